/**
 * Answers kept by their string argument (src/core/text/memo.ts), the one cache of the name and lexicon lookups
 * (people/personName.ts nameWords, cleanName, firstKey, personKey; people/canonical.ts kindOfName; people/lexicon.ts
 * firstNameGender, titleGender).
 */
import * as assert from 'assert';
import { keptForLastText, keptPer, memoized } from '../../src/core/text/memo';
import { findQuoteSpans, quoteSpansOf } from '../../src/core/quotes/marks';
import { tokenize } from '../../src/core/quotes/tokens';
import { sentenceRanges } from '../../src/core/quotes/sentences';
import { firstNameGender, titleGender } from '../../src/core/people/lexicon';
import { cleanName } from '../../src/core/people/personName';

describe('memoized lookups', () => {
  it('reads each distinct argument once, an undefined answer too', () => {
    const asked: string[] = [];
    const f = memoized((x: string): string | undefined => { asked.push(x); return x === 'none' ? undefined : x.toUpperCase(); }, 10);
    assert.deepStrictEqual([f('a'), f('a'), f('none'), f('none'), f('b')], ['A', 'A', undefined, undefined, 'B']);
    assert.deepStrictEqual(asked, ['a', 'none', 'b']);
  });
  it('empties its table when full, and answers the same after', () => {
    let reads = 0;
    const f = memoized((x: string): number => { reads++; return x.length; }, 3);
    for (const w of ['a', 'bb', 'ccc']) f(w);
    assert.strictEqual(reads, 3);
    assert.strictEqual(f('dddd'), 4); // (the table held 3: cleared, then 'dddd' kept)
    assert.strictEqual(f('a'), 1);
    assert.strictEqual(reads, 5);
  });
  it('keptPer reads once per object, an undefined answer too, and apart for another object', () => {
    const asked: object[] = [];
    const f = keptPer((x: { n: number }): number | undefined => { asked.push(x); return x.n > 0 ? x.n : undefined; });
    const one = { n: 1 }, none = { n: 0 };
    assert.deepStrictEqual([f(one), f(one), f(none), f(none), f({ n: 1 })], [1, 1, undefined, undefined, 1]);
    assert.strictEqual(asked.length, 3);
  });
  it('sentenceRanges, kept per token array: the same ranges asked again ("He said so. She did not.")', () => {
    const toks = tokenize('He said so. She did not.');
    const first = sentenceRanges(toks);
    assert.deepStrictEqual(first, [{ a: 0, b: 4 }, { a: 4, b: 8 }]);
    assert.strictEqual(sentenceRanges(toks), first);
  });
  it('the lexicon and name lookups answer as before, asked again ("Hillary", "Mrs.", "Sen. Ted Cruz")', () => {
    for (let k = 0; k < 2; k++) {
      assert.strictEqual(firstNameGender('Hillary'), 'f');
      assert.strictEqual(firstNameGender('Qwzx'), undefined);
      assert.strictEqual(titleGender('Mrs.'), 'f');
      assert.strictEqual(titleGender('Sen.'), undefined);
      assert.strictEqual(cleanName('Sen. Ted Cruz'), 'Ted Cruz');
    }
  });
});

describe('kept for the last text (memo.ts keptForLastText: marks.ts quoteSpansOf, people/sentences.ts sentencesOf)', () => {
  it('reads a text once while it is asked again, and again for another text, of the same length too', () => {
    const asked: string[] = [];
    const f = keptForLastText((t: string) => { asked.push(t); return { upper: t.toUpperCase() }; });
    const a = f('abc');
    assert.strictEqual(f('abc'), a);
    assert.strictEqual(f('abd').upper, 'ABD');
    assert.strictEqual(f('abcd').upper, 'ABCD');
    assert.notStrictEqual(f('abc'), a); // (read again after another text: one entry)
    assert.deepStrictEqual(asked, ['abc', 'abd', 'abcd', 'abc']);
  });
  it('two documents asked about in turn each get their own quotations, the same as found afresh', () => {
    const one = '"We will build it," the mayor said.\n\nThe council met on Monday.';
    const two = 'The council met on Monday.\n\n"We will not pay for it," the premier said. "Not now."';
    for (let k = 0; k < 2; k++) {
      assert.deepStrictEqual(quoteSpansOf(one), findQuoteSpans(one));
      assert.deepStrictEqual(quoteSpansOf(two), findQuoteSpans(two));
    }
    assert.deepStrictEqual(quoteSpansOf(one).map(q => one.slice(q.start, q.end)), ['"We will build it,"']);
    assert.deepStrictEqual(quoteSpansOf(two).map(q => two.slice(q.start, q.end)), ['"We will not pay for it,"', '"Not now."']);
    assert.strictEqual(quoteSpansOf(two), quoteSpansOf(two));
  });
});
