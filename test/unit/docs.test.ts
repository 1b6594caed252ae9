/** Every setting and every palette command the extension contributes is documented in the README. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './helpers';

describe('documentation', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

  it('documents every setting with a description in package.json and a row in the README', () => {
    for (const [key, spec] of Object.entries<any>(pkg.contributes.configuration.properties)) {
      assert.ok(spec.description || spec.markdownDescription, `${key} has a description`);
      assert.ok(readme.includes(`| \`${key}\` |`), `${key} is in the README's settings table`);
    }
  });

  it('documents every command in the README', () => {
    for (const c of pkg.contributes.commands) assert.ok(readme.includes(`\`${c.command}\``), `${c.command} is in the README`);
  });

  it('every theme colour has light, dark and high-contrast defaults', () => {
    for (const c of pkg.contributes.colors) for (const k of ['light', 'dark', 'highContrast', 'highContrastLight']) assert.ok(c.defaults[k], `${c.id} ${k}`);
  });
});
