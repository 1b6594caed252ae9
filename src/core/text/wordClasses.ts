/**
 * Word classes answered from the token: the rule files ask the same few lexicons about every token of every
 * sentence ("is it a dash", "a pronoun of a person", "a participle of expectation"), some 20 times per token in a
 * run. Each class the rules ask most is one bit; the tokenizer (../quotes/tokens.ts) looks up once what classes its
 * lower-case word belongs to and keeps them on the token (`tok.f`), so that a question is a bit read (`inClass`)
 * instead of a hash lookup in a set.
 *
 * A class is registered where its words are defined, once, when its module loads (`wordClass`); that is always
 * before a token of the text is made, as every rule file is loaded before it is run. The words of a class are
 * compared with the token's `l` (its lower case, possessive stripped; punctuation is its own lower case).
 */

import type { WordForms } from './sharedWords';

/** A word's classes, by word (a word in no class has no entry). */
const CLASSES_OF_WORD = new Map<string, number>();
/** Classes fit in a small integer (V8 keeps a bit field of up to 30 bits unboxed). */
const MAX_WORD_CLASSES = 30;
let classes = 0;

/** Register a class of words; returns its bit (for `inClass`). At most MAX_WORD_CLASSES classes: for the hot ones. */
export function wordClass(words: Iterable<string>): number {
  if (classes >= MAX_WORD_CLASSES) throw new Error(`more than ${MAX_WORD_CLASSES} word classes`);
  const bit = 1 << classes++;
  for (const w of words) CLASSES_OF_WORD.set(w, (CLASSES_OF_WORD.get(w) ?? 0) | bit);
  return bit;
}

/** The classes of a lower-case word (for the tokenizer: each token's `f`). */
export const classesOfWord = (l: string): number => CLASSES_OF_WORD.get(l) ?? 0;

/**
 * The classes of a shared word's lower case (./sharedWords.ts), looked up once per word and kept on it (again when
 * a class was registered since: the answer is always classesOfWord's). The tokenizer's question for most tokens.
 */
export function classesOfShared(w: WordForms): number {
  if (w.classesAt !== classes) {
    w.classes = classesOfWord(w.lower);
    w.classesAt = classes;
  }
  return w.classes;
}

/** The token (absent: none) is a word of the class `bit`. */
export const inClass = (t: { readonly f: number } | undefined, bit: number): boolean => t !== undefined && (t.f & bit) !== 0;
