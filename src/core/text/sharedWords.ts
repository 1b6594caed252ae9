/**
 * Words as shared strings: each distinct word of the articles (up to MAX_SHARED_LENGTH characters) is one string
 * object, its lower case worked out once, for the quotes tokenizer (../quotes/tokens.ts). The same
 * text, the same output; what changes is the work: a fresh slice of the article would be lower-cased anew, hashed anew
 * at every lexicon lookup, and — when the article holds any character past U+00FF (a curly quote will do) — be a
 * two-byte string, which V8 lower-cases through its runtime and for which it compiles every regular expression that
 * tests it a second time (once per string width).
 */
/** A word as written and its lower case, both as shared strings. */
export interface WordForms {
  readonly text: string;
  readonly lower: string;
  /**
   * The word classes of `lower` and how many classes there were when they were looked up: kept here by
   * ./wordClasses.ts (classesOfShared), so that a word's classes are looked up once, not at each of its tokens.
   */
  classes: number;
  classesAt: number;
}

/** The forms of a word (its classes not looked up yet). */
const forms = (text: string, lower: string): WordForms => ({ text, lower, classes: 0, classesAt: -1 });

const WORDS = new Map<string, WordForms>();
const LOWER = new Map<string, string>();
/** Longer tokens (a run of characters with no space) are left as they are: not worth keeping. */
const MAX_SHARED_LENGTH = 32;
/** The tables are emptied when they reach this many words (a corpus of any size stays in bounded memory). */
const MAX_SHARED_WORDS = 50_000;

/** The character codes of the word being narrowed (reused: narrow makes no string but its result). */
const codes: number[] = [];

/** The same characters as a one-byte string when every one fits in a byte (else `x` itself). */
function narrow(x: string): string {
  codes.length = x.length;
  for (let i = 0; i < x.length; i++) {
    const c = x.charCodeAt(i);
    if (c > 0xff) return x;
    codes[i] = c;
  }
  // (one string made at once: V8 makes it one byte wide when every code fits in a byte)
  return String.fromCharCode.apply(null, codes);
}

/** The shared forms of a word's text (one table lookup for both). */
export function wordForms(x: string): WordForms {
  if (x.length > MAX_SHARED_LENGTH) return forms(x, x.toLowerCase());
  let w = WORDS.get(x);
  if (w === undefined) {
    if (WORDS.size >= MAX_SHARED_WORDS) WORDS.clear();
    const text = narrow(x);
    WORDS.set(x, (w = forms(text, narrow(text.toLowerCase()))));
  }
  return w;
}

/** The shared lower case of a word's text (for a part of a word: "Trump" of "Trump’s"). */
export function lowerWord(x: string): string {
  if (x.length > MAX_SHARED_LENGTH) return x.toLowerCase();
  let y = LOWER.get(x);
  if (y === undefined) {
    if (LOWER.size >= MAX_SHARED_WORDS) LOWER.clear();
    LOWER.set(x, (y = narrow(x.toLowerCase())));
  }
  return y;
}

/** A character past Latin-1: a string holding one is two bytes wide. */
const WIDE_CHARACTER = '\u0100';

/**
 * The same text, held by V8 as a two-byte string even when every character of it fits in a byte. V8 compiles a
 * regular expression once for each width of the strings it runs on; an article in ASCII or Latin-1 (about 40% of
 * PolNeAR) is a one-byte string and the others two-byte ones (a curly quote will do), so every expression the rules
 * run on the text or its slices was compiled twice in a run over both kinds. As two-byte text, each is compiled once
 * for the text (the words, narrowed above, stay one byte wide). The characters are the same: `wideText(x) === x`.
 */
export function wideText(text: string): string {
  // (a slice of a two-byte string is a view of it, two bytes wide; the joined string is made flat once, by slice)
  return (WIDE_CHARACTER + text).slice(WIDE_CHARACTER.length);
}
