/** Hover markdown: article text in a hover renders as that text, never as a link, code, emphasis or HTML. */
import * as assert from 'assert';
import { escapeMarkdown } from '../../src/extension/markdown';

// markdown-it is what VS Code's markdown preview uses; with linkify it also turns bare URLs and e-mail addresses
// into links, as GFM does in hovers
 
const MarkdownIt = require('markdown-it');
const md = new MarkdownIt({ html: true, linkify: true });

const decode = (html: string): string => html.replace(/<[^>]+>/g, '')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('hover markdown escaping', () => {
  const quotes = [
    '"See \\](https://evil.example/x) now," he said.',
    '"Click [here](https://evil.example) and `rm -rf` *now* _please_ ~~ok~~," she said.',
    '<img src=x onerror=alert(1)> &amp; <https://evil.example> a@b.example www.evil.example https://evil.example',
    '$(warning) | a | b |\n# not a heading\n- not a list\n1. not a list either',
    '![image](https://evil.example/i.png) [ref]: https://evil.example "t"',
  ];

  for (const q of quotes) {
    it(`renders ${JSON.stringify(q.slice(0, 40))}… as text inside one command link`, () => {
      const html = md.renderInline(`[${escapeMarkdown(q)}](command:newsLens.revealRange?x)`);
      const links = html.match(/<a /g) ?? [];
      assert.strictEqual(links.length, 1, html);
      assert.ok(html.startsWith('<a href="command:newsLens.revealRange?x">') && html.endsWith('</a>'), html);
      assert.ok(!/<(img|code|em|strong|s|del)\b/.test(html), html);
      assert.strictEqual(decode(html), q.replace(/\n/g, ' '));
    });

    it(`renders ${JSON.stringify(q.slice(0, 40))}… as text on its own`, () => {
      const html = md.render(`- ${escapeMarkdown(q)}`);
      assert.ok(!/<(a|img|code|em|strong|s|del|h\d|table|blockquote)\b/.test(html), html);
      assert.strictEqual(decode(html).replace(/\s+$/, '').replace(/^\s+/, ''), q.replace(/\n/g, ' '));
    });
  }

  it('escapes a backslash before a bracket, so that "\\](" cannot close the label', () => {
    assert.strictEqual(escapeMarkdown('a\\](b)'), 'a\\\\\\](b)');
  });

  it('leaves ordinary hover text readable: names, percentages and parentheses untouched', () => {
    assert.strictEqual(escapeMarkdown('Lakhdar Brahimi'), 'Lakhdar Brahimi');
    assert.strictEqual(escapeMarkdown('002 (100%)'), '002 (100%)');
    assert.strictEqual(escapeMarkdown('over 45,000'), 'over 45,000');
  });
});
