import * as assert from 'assert';
import { eitherCase, globToRegExp, isArticlePath, searchGlobs } from '../../src/extension/glob';

describe('include/exclude globs', () => {
  const include = '**/*.{txt,text,article}';
  it('the default include matches article files at any depth, case-insensitively', () => {
    for (const p of ['a.txt', 'news/2012/x.TXT', 'b.article', 'c.text']) assert.ok(isArticlePath(p, include, []), p);
    for (const p of ['a.md', 'a.txt.bak', 'dir.txt/readme.md']) assert.ok(!isArticlePath(p, include, []), p);
  });
  it('exclude globs win over include', () => {
    const exclude = ['**/node_modules/**', 'drafts/*', '**/*-old.txt'];
    assert.ok(!isArticlePath('node_modules/x/a.txt', include, exclude));
    assert.ok(!isArticlePath('drafts/a.txt', include, exclude));
    assert.ok(isArticlePath('drafts/deep/a.txt', include, exclude));
    assert.ok(!isArticlePath('x/story-old.txt', include, exclude));
  });
  it('? and [...] classes, and regex characters taken literally', () => {
    assert.ok(globToRegExp('a?c.txt').test('abc.txt'));
    assert.ok(!globToRegExp('a?c.txt').test('a/c.txt'));
    assert.ok(globToRegExp('[0-9][0-9][0-9]_*.txt').test('003_x.txt'));
    assert.ok(!globToRegExp('a+b.txt').test('aab.txt'));
    assert.ok(isArticlePath('./sub\\a.txt', 'sub/*.txt', []));
  });
  it('the scan\'s search glob finds, matched case-sensitively as VS Code does on Linux, every path the matcher takes', () => {
    const paths = ['a.txt', 'news/2012/X.TXT', 'B.Article', 'c.text', 'Drafts/Old/a.TxT', 'a.md', 'n/A.MD', '003_x.txt'];
    for (const inc of [include, '**/*.txt', 'news/**/*.{TXT,article}', '[0-9][0-9][0-9]_*.txt', 'd[!x]afts/**/*.txt']) {
      const search = globToRegExp(searchGlobs(inc, []).include, { caseSensitive: true });
      for (const p of paths) if (isArticlePath(p, inc, [])) assert.ok(search.test(p), `${inc}: ${p} via ${searchGlobs(inc, []).include}`);
    }
    assert.strictEqual(eitherCase('**/*.{txt,a1}'), '**/*.{[tT][xX][tT],[aA]1}');
    assert.strictEqual(eitherCase('[a-c]x/[!q]'), '[a-cA-C][xX]/[!qQ]');
  });
  it('the excludes go to the search as one glob when they can, so that VS Code skips those folders', () => {
    assert.deepStrictEqual(searchGlobs('*.txt', ['**/node_modules/**', '**/.git/**']).exclude, '{**/node_modules/**,**/.git/**}');
    assert.deepStrictEqual(searchGlobs('*.txt', ['**/old/**']).exclude, '**/old/**');
    assert.deepStrictEqual(searchGlobs('*.txt', ['**/{a,b}/**', 'c/**']).exclude, null);
    assert.deepStrictEqual(searchGlobs('*.txt', []).exclude, null);
  });
});
