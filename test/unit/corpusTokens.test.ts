import * as assert from 'assert';
import { CorpusIndex } from '../../src/core/corpus';
import { WordIds, wordId } from '../../src/core/corpus/normalize';
import { tokenize, TokenPacker, unpackTokens } from '../../src/core/corpus/tokenize';
import { readSample, sampleFiles } from './helpers';

describe('corpus index: tokens prepared elsewhere', () => {
  const texts = sampleFiles().map(f => readSample(f));

  it('TokenPacker + unpackTokens give what tokenize gives, article by article', () => {
    const packer = new TokenPacker(), words = new WordIds();
    const inputs: (string | undefined)[] = [texts[0], undefined, '', ...texts.slice(1), texts[0]];
    for (const t of inputs) packer.add(t, words);
    const packed = packer.take();
    inputs.forEach((t, k) => {
      const got = unpackTokens(packed, k);
      if (t === undefined) { assert.strictEqual(got.length, 0); return; }
      const want = tokenize(t, new WordIds());
      assert.strictEqual(got.length, want.length);
      assert.deepStrictEqual([...got.ids], [...want.ids]);
      assert.deepStrictEqual([...got.starts], [...want.starts]);
      assert.deepStrictEqual([...got.ends], [...want.ends]);
      assert.deepStrictEqual([...got.flags], [...want.flags]);
    });
    // the packer starts afresh after take()
    packer.add(texts[1], words);
    const again = packer.take();
    assert.strictEqual(again.docStart.length, 2);
    assert.deepStrictEqual([...unpackTokens(again, 0).ids], [...tokenize(texts[1], words).ids]);
  });

  it('a word table that starts small (and grows) gives the ids and kinds of the default one', () => {
    const small = new WordIds(2), big = new WordIds();
    for (const t of texts) {
      const a = tokenize(t, small), b = tokenize(t, big);
      assert.deepStrictEqual([...a.ids], [...b.ids]);
      assert.deepStrictEqual([...a.flags], [...b.flags]);
    }
  });

  it('setTokenized leaves the index as set does, through later set, delete and rename', () => {
    const files = sampleFiles();
    const a = new CorpusIndex(), b = new CorpusIndex();
    const packer = new TokenPacker(), words = new WordIds();
    for (const t of texts) packer.add(t, words);
    const packed = packer.take();
    files.forEach((f, k) => { a.set(f, texts[k]); b.setTokenized(f, texts[k], unpackTokens(packed, k)); });
    assert.deepStrictEqual(b.duplicates(), a.duplicates());
    for (const index of [a, b]) {
      index.set(files[1], texts[1].replace('said', 'stated'));
      index.delete(files[2]);
      index.rename(files[3], 'z.txt');
    }
    assert.deepStrictEqual(b.duplicates(), a.duplicates());
    assert.deepStrictEqual(b.passagesOf(files[0]), a.passagesOf(files[0]));
  });

  it('setTokenized uses the tokens it is given (it does not tokenize the text again)', () => {
    const index = new CorpusIndex();
    const a = texts[0], b = 'x'.repeat(a.length); // b's own tokens: none; given a's, it reads as a copy of a
    index.set('a.txt', a);
    index.setTokenized('b.txt', b, tokenize(a, new WordIds()));
    assert.ok(index.duplicates().some(g => g.passages.some(p => p.file === 'b.txt')));
  });

  it("a word's id does not depend on the words seen before it (raw-hash collisions)", () => {
    // 'pbaasour' (canonical 'pbaasor', by the -our rule) and 'lrkddqif' have the same 32-bit FNV-1a raw hash: a
    // cache keyed by that hash alone gave the second word seen the first one's id
    const want = [wordId('pbaasour'), wordId('lrkddqif')];
    assert.notStrictEqual(want[0], want[1]);
    assert.deepStrictEqual([...tokenize('pbaasour lrkddqif', new WordIds()).ids], want);
    assert.deepStrictEqual([...tokenize('lrkddqif pbaasour', new WordIds()).ids], [want[1], want[0]]);
  });
});
