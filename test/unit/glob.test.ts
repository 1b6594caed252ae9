import * as assert from 'assert';
import { globToRegExp, isArticlePath } from '../../src/extension/glob';

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
});
