/**
 * A word's shape, read by its character codes where that answers: the tests the rule files ask of most tokens
 * (`/^\d/`, `/^\p{Lu}/u`, `/^\d+$/`), without making and running an expression for each (a literal inside a function
 * is a new RegExp object at each call).
 */

/** An upper-case first letter beyond ASCII: what \p{Lu} reads, surrogate pairs included. */
const UPPER_FIRST = /^\p{Lu}/u;

const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** The word opens with a digit 0-9 (what `/^\d/` tests, without running an expression; false for ''). */
export const digitFirst = (t: string): boolean => isAsciiDigit(t.charCodeAt(0));

/** The word opens with an upper-case letter (what `/^\p{Lu}/u` tests: ASCII answered at once, anything else by \p{Lu}). */
export const upperFirst = (t: string): boolean => { const c = t.charCodeAt(0); return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER_FIRST.test(t); };

/** A word written in capital letters only ("FBI", "WSJ", "JOHN"). */
export const inCapitals = (word: string): boolean => CAPITALS_ONLY.test(word);
const CAPITALS_ONLY = /^\p{Lu}+$/u;

/** The word is digits 0-9 only, one or more (what `/^\d+$/` tests, read by its codes). */
export const allDigits = (t: string): boolean => {
  if (t.length === 0) return false;
  for (let i = 0; i < t.length; i++) if (!isAsciiDigit(t.charCodeAt(i))) return false;
  return true;
};

/** The code of a character `/\s/` matches: JavaScript's white space and line terminators. */
export const isSpaceCode = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));

/** The character at `i` of `text` is a blank (what `/\s/.test(text[i])` tests: false past either end). */
export const isSpaceAt = (text: string, i: number): boolean => isSpaceCode(text.charCodeAt(i));

/**
 * `text` from `from` (≥ 0) to `to` ends on a comma, blanks alone after it: what `/,\s*$/.test(text.slice(from, to))`
 * tests, read back from `to` (the expression reads the whole span, as long as a one-line text when it opens far back).
 */
export function endsOnComma(text: string, from: number, to: number): boolean {
  let k = Math.min(to, text.length);
  while (k > from && isSpaceAt(text, k - 1)) k--;
  return k > from && text.charCodeAt(k - 1) === COMMA;
}
const COMMA = 0x2c;
