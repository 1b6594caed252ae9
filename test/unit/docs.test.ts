/**
 * Every setting and every palette command the extension contributes is documented in the README (settings with the
 * same names and defaults as package.json's), with a default, a description per choice and the News Lens category.
 */
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

  /** The README's settings table: each row's setting and its default, as written there. */
  const readmeSettings = (): Map<string, string> => {
    const rows = new Map<string, string>();
    for (const m of readme.matchAll(/^\| `(newsLens\.[\w.]+)` \| `([^`]*)` \|/gm)) rows.set(m[1], m[2]);
    return rows;
  };
  /** A default as the README writes it: a string bare, a list as JSON with a space after each comma. */
  const written = (v: unknown): string => typeof v === 'string' ? v : JSON.stringify(v).replace(/","/g, '", "');

  it('lists the same settings in the README as package.json, with the same defaults', () => {
    const props = pkg.contributes.configuration.properties;
    const rows = readmeSettings();
    assert.deepStrictEqual([...rows.keys()].sort(), Object.keys(props).sort());
    for (const [key, spec] of Object.entries<any>(props)) {
      assert.ok('default' in spec, `${key} has a default`);
      assert.strictEqual(rows.get(key), written(spec.default), `${key}'s default in the README`);
    }
  });

  it('describes every choice of an enum setting', () => {
    for (const [key, spec] of Object.entries<any>(pkg.contributes.configuration.properties)) {
      if (!spec.enum) continue;
      assert.strictEqual(spec.enumDescriptions?.length, spec.enum.length, `${key} has a description per choice`);
      assert.ok(spec.enum.includes(spec.default), `${key}'s default is one of its choices`);
    }
  });

  it('gives every command a title and the News Lens category', () => {
    for (const c of pkg.contributes.commands) {
      assert.ok(c.title, `${c.command} has a title`);
      assert.strictEqual(c.category, 'News Lens', `${c.command}'s category`);
    }
  });

  it('shows the commands that act on the article in the editor in the palette only when one is active', () => {
    const palette = new Map<string, string>(pkg.contributes.menus.commandPalette.map((m: any) => [m.command, m.when]));
    for (const id of ['newsLens.nextQuote', 'newsLens.previousQuote', 'newsLens.copyQuoteWithAttribution', 'newsLens.showInPanel']) {
      assert.strictEqual(palette.get(id), 'newsLens.activeArticle', id);
    }
  });

  it('documents every command in the README', () => {
    for (const c of pkg.contributes.commands) assert.ok(readme.includes(`\`${c.command}\``), `${c.command} is in the README`);
  });

  it('the VSIX takes the bundles the manifest runs and nothing else of dist/ (.vscodeignore)', () => {
    const shipped = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n')
      .filter(l => l.startsWith('!dist/')).map(l => l.slice(1)).sort();
    // main and browser, and the worker each of them starts
    const runs = [pkg.main, pkg.browser].map((f: string) => f.replace(/^\.\//, ''));
    assert.deepStrictEqual(shipped, [...runs, ...runs.map(f => f.replace(/extension\.js$/, 'worker.js'))].sort());
  });

  /** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
  const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
  const anchorsOf = (markdown: string) => new Set([...markdown.matchAll(/^#{1,6} (.+)$/gm)].map(m => slug(m[1])));

  it('every relative link in the README and its measured history reaches a file, a heading and the VSIX', () => {
    const shipped = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').filter(l => l.startsWith('!')).map(l => l.slice(1));
    for (const doc of ['README.md', 'test/eval/HISTORY.md']) {
      const text = fs.readFileSync(path.join(ROOT, doc), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target)) continue;
        const [file, anchor] = target.split('#');
        const resolved = file ? path.normalize(path.join(path.dirname(doc), file)) : doc;
        assert.ok(fs.existsSync(path.join(ROOT, resolved)), `${doc} links to ${target}, which exists`);
        if (anchor) assert.ok(anchorsOf(fs.readFileSync(path.join(ROOT, resolved), 'utf8')).has(anchor), `${doc}: #${anchor} is a heading of ${resolved}`);
        if (doc === 'README.md' && file) {
          const ships = shipped.some(p => p === resolved || (p.endsWith('/*.webp') && resolved.startsWith(p.slice(0, -6)) && resolved.endsWith('.webp')));
          assert.ok(ships, `the README's link ${file} ships in the VSIX (.vscodeignore)`);
        }
      }
    }
  });

  it('every theme colour has light, dark and high-contrast defaults', () => {
    for (const c of pkg.contributes.colors) for (const k of ['light', 'dark', 'highContrast', 'highContrastLight']) assert.ok(c.defaults[k], `${c.id} ${k}`);
  });
});
