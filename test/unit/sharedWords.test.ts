/**
 * Words as shared strings (src/core/text/sharedWords.ts): a speed measure only, so every string the tokenizers give is
 * the one they gave before, whatever the word's script, length or case, and however many words went before.
 */
import * as assert from 'assert';
import { tokenize } from '../../src/core/quotes/tokens';
import { lowerWord, wideText, wordForms, type WordForms } from '../../src/core/text/sharedWords';

const textAndLower = (f: WordForms): { text: string; lower: string } => ({ text: f.text, lower: f.lower });

describe('shared words', () => {
  const words = ['Trump', 'said', 'SAID', 'Ünal', 'İstanbul', 'ΣΟΦΙΑ', 'Москва', 'naïve', 'O’Brien', 'x'.repeat(33) + 'Y', 'ß', '', 'Ǆemal'];

  it('gives the same characters as the word itself, and the lower case toLowerCase gives', () => {
    for (const w of words) {
      // (a slice of a two-byte text, as a tokenizer meets it)
      const slice = ('’' + w).slice(1);
      assert.deepStrictEqual(textAndLower(wordForms(slice)), { text: w, lower: w.toLowerCase() });
      assert.strictEqual(lowerWord(slice), w.toLowerCase());
      assert.strictEqual(lowerWord(w), w.toLowerCase());
    }
  });

  it('still does after its tables were emptied (many distinct words)', () => {
    for (let k = 0; k < 120_000; k++) {
      assert.strictEqual(lowerWord(`W${k}`), `w${k}`);
      assert.strictEqual(wordForms(`X${k}`).lower, `x${k}`);
    }
    for (const w of words) {
      assert.strictEqual(lowerWord(w), w.toLowerCase());
      assert.deepStrictEqual(textAndLower(wordForms(w)), { text: w, lower: w.toLowerCase() });
    }
  });

  it('the quotes tokenizer gives the same tokens for a word in a one-byte and in a two-byte article', () => {
    const plain = tokenize('Mr. Smith\'s aide said the SENATE voted.');
    const curly = tokenize('Mr. Smith’s aide said the SENATE voted.');
    assert.deepStrictEqual(curly.map(t => t.l), plain.map(t => t.l));
    assert.deepStrictEqual(curly.map(t => t.l), ['mr.', 'smith', 'aide', 'said', 'the', 'senate', 'voted', '.']);
  });

  it('wideText gives the same text, whatever it holds (only how V8 stores it differs)', () => {
    for (const t of ['', 'a', 'Mr. Smith said the plan is dead.', 'Ünal “said” ☃ 😀 x', '\ufeffhead', 'x'.repeat(100_000), ...words]) {
      assert.strictEqual(wideText(t), t);
      assert.strictEqual(wideText(t).length, t.length);
    }
    assert.deepStrictEqual(tokenize(wideText('Mr. Smith\'s aide said the SENATE voted.')), tokenize('Mr. Smith\'s aide said the SENATE voted.'));
  });
});
