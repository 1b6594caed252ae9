import * as assert from 'assert';
import { articleTitle } from '../../src/extension/panel/title';
import { readSample, sampleFiles } from './helpers';

describe('panel title: an article\'s headline past the page furniture it opens with', () => {
  it('seed 002: past the Dari banner, the logo letters, the address table and the agency\'s name', () => {
    assert.strictEqual(articleTitle(readSample('002_f17298152769845d.txt')), 'Russian FM says Assad won\'t go');
  });

  it('the other samples keep their first line (004\'s byline and date under its headline are not reached)', () => {
    for (const f of sampleFiles().filter(x => !x.startsWith('002'))) {
      const text = readSample(f);
      const first = /\S[^\r\n]*/.exec(text)![0].replace(/\s+/g, ' ').trim();
      assert.strictEqual(articleTitle(text), first.length > 60 ? first.slice(0, 59).trimEnd() + '…' : first, f);
    }
  });

  it('skips share and print links, bylines, an outlet alone, a date alone, a link and a line of punctuation', () => {
    const text = 'Share\nPrint\n• Article by: JANE MORRISON\nThe Associated Press\nNew York Times\nDecember 29, 2012 - 7:19 PM\n'
      + 'www.example.com/news\n-----\nCouncil approves bike lanes after heated six-hour debate\n\nThe council voted 9-4 on Tuesday.';
    assert.strictEqual(articleTitle(text), 'Council approves bike lanes after heated six-hour debate');
  });

  it('keeps an article in another script to its first line, and takes the first line when every line is furniture', () => {
    assert.strictEqual(articleTitle('افغانستان آزاد\n\nمتن مقاله'), 'افغانستان آزاد');
    assert.strictEqual(articleTitle('Share\nPrint\n'), 'Share');
    assert.strictEqual(articleTitle('  \n\n'), undefined);
  });

  it('keeps a one-line headline with a wire service in it and cuts a long one', () => {
    assert.strictEqual(articleTitle('Reuters poll: Clinton leads Trump by 6 points\nbody'), 'Reuters poll: Clinton leads Trump by 6 points');
    const long = 'A headline that runs on and on well past the sixty characters the panel has room for';
    assert.strictEqual(articleTitle(long), long.slice(0, 59).trimEnd() + '…');
  });
});
