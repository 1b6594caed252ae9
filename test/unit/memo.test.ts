/**
 * Answers kept by their string argument (src/core/text/memo.ts), the one cache of the name and lexicon lookups
 * (people/personName.ts nameWords, cleanName, firstKey, personKey; people/canonical.ts kindOfName; people/lexicon.ts
 * firstNameGender, titleGender).
 */
import * as assert from 'assert';
import { memoized } from '../../src/core/text/memo';
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
