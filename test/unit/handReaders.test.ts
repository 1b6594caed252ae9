/**
 * Character tests that stand in for regular expressions where the rules run them per token (for speed: issue #12 /
 * #16, the CLI against the compromise-only peer): each gives exactly what the expression it replaces gave.
 */
import * as assert from 'assert';
import { digitFirst, upperFirst } from '../../src/core/quotes/tokens';

/** Random strings of `alphabet`'s pieces (a fixed seed: the same strings every run). */
function randomStrings(alphabet: string[], count: number, maxPieces: number): string[] {
  let seed = 11;
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    for (let i = rnd(maxPieces + 1); i > 0; i--) text += alphabet[rnd(alphabet.length)];
    out.push(text);
  }
  return out;
}

describe('hand readers give what their regular expressions gave', () => {
  it('quotes: a token opening with a capital (/^\\p{Lu}/u) or a digit (/^\\d/)', () => {
    const alphabet = ['A', 'a', 'É', 'é', 'Ω', 'ω', '𝐀', '𝐚', '1', '９', '٣', ' ', '.', '\ud835', 'ǅ', 'Ⅻ', 'İ'];
    for (const t of randomStrings(alphabet, 3000, 3)) {
      assert.strictEqual(upperFirst(t), /^\p{Lu}/u.test(t), JSON.stringify(t));
      assert.strictEqual(digitFirst(t), /^\d/.test(t), JSON.stringify(t));
    }
  });
});
