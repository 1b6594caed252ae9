import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { buildPanelHtml, contentSecurityPolicy, escapeHtml, makeNonce } from '../../src/extension/panel/html';
import { ROOT } from './helpers';

describe('panel HTML and Content-Security-Policy', () => {
  const input = {
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
    nonce: makeNonce(),
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/panel.js',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/panel.css',
  };
  const html = buildPanelHtml(input);

  it('gives a fresh, unguessable nonce each time', () => {
    const a = makeNonce(), b = makeNonce();
    assert.notStrictEqual(a, b);
    assert.match(a, /^[A-Za-z0-9+/]{43}=$/);
  });

  it('denies everything by default and allows the script by nonce, styles from the webview source', () => {
    const csp = contentSecurityPolicy(input.cspSource, input.nonce);
    const directives = new Map(csp.split(';').map(d => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepStrictEqual(directives.get('default-src'), ["'none'"]);
    assert.deepStrictEqual(directives.get('script-src'), [`'nonce-${input.nonce}'`]);
    assert.deepStrictEqual(directives.get('style-src'), [input.cspSource]);
    assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'));
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    assert.ok(meta, 'CSP meta tag present');
    assert.strictEqual(meta![1].replace(/&#39;/g, "'"), csp);
  });

  it('has no inline script, no inline style, no inline event handler', () => {
    const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
    assert.strictEqual(scripts.length, 1);
    assert.strictEqual(scripts[0], `<script nonce="${escapeHtml(input.nonce)}" src="${input.scriptUri}"></script>`);
    assert.ok(!/\son[a-z]+\s*=/i.test(html), 'no on*= attribute');
    assert.ok(!/<style\b|\sstyle\s*=/i.test(html), 'no inline style');
    assert.ok(!/javascript:/i.test(html));
  });

  it('has the sections and controls the e2e tests hook into', () => {
    for (const id of ['nl-duplicates', 'nl-variants', 'nl-figures', 'nl-status', 'nl-this-file', 'nl-progress', 'nl-notice']) {
      assert.ok(html.includes(`id="${id}"`), id);
    }
    assert.ok(/<section id="nl-duplicates"[^>]*>/.test(html));
  });

  it('escapes what goes into attributes', () => {
    assert.strictEqual(escapeHtml(`"><img src=x onerror='alert(1)'>&`), '&#34;&#62;&#60;img src=x onerror=&#39;alert(1)&#39;&#62;&#38;');
    const odd = buildPanelHtml({ ...input, scriptUri: 'x"><script>alert(1)</script>' });
    assert.strictEqual((odd.match(/<script\b/g) ?? []).length, 1);
  });

  it('panel.js builds the DOM without HTML parsing of strings (article text stays text)', () => {
    const js = fs.readFileSync(path.join(ROOT, 'media', 'panel.js'), 'utf8');
    for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function', 'setAttribute(\'on', 'srcdoc']) {
      assert.ok(!js.includes(sink), `panel.js uses ${sink}`);
    }
    assert.ok(js.includes('textContent'));
  });

  it('panel.css uses theme colours only', () => {
    const css = fs.readFileSync(path.join(ROOT, 'media', 'panel.css'), 'utf8');
    const literal = css.replace(/\/\*[\s\S]*?\*\//g, '').match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/gi);
    assert.strictEqual(literal, null, `literal colours: ${literal}`);
    assert.ok((css.match(/var\(--vscode-/g) ?? []).length > 20);
  });
});
