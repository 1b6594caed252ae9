/**
 * What the corpus index's word folding hid between two passages that match word for word: the index compares
 * words case-folded, without apostrophes and with British spellings folded to American ones, and ignores the
 * punctuation between words, so "apologise" = "apologize" and "–-" = "-". A passage pair is exact only when
 * its texts are the same (white space aside); otherwise it is near and says what was folded (its similarity,
 * by folded words, stays 1).
 */
import type { Folding } from '../types';
import type { DocTokens } from './tokenize';
import { DASH_CHARS } from '../text/dashes';
import { APOSTROPHES } from './normalize';

/** A hyphen, a minus sign or a dash (../text/dashes.ts). */
const DASHES = new RegExp(`[-‐‑−${DASH_CHARS}]`);
const QUOTES = /["“”„‟″'‘’‛`´]/;
const APOSTROPHE = /['’ʼ]/;
const LETTERS = /[\p{L}\p{N}]+/gu;
const SPACES = /\s+/g;

/** The kind of difference between two different strings (a word or the gap between two words) the index took as equal. */
function kindOf(a: string, b: string): Folding {
  const la = (a.match(LETTERS) ?? []).join(''), lb = (b.match(LETTERS) ?? []).join('');
  if (la !== lb) {
    if (la.toLowerCase() === lb.toLowerCase()) return 'case';
    if (a.replace(APOSTROPHES, '').toLowerCase().match(LETTERS)?.join('') === b.replace(APOSTROPHES, '').toLowerCase().match(LETTERS)?.join('')) return 'apostrophes';
    return 'spelling';
  }
  const punctA = a.replace(LETTERS, ''), punctB = b.replace(LETTERS, '');
  const differing = [...punctA, ...punctB].filter(c => !punctA.includes(c) || !punctB.includes(c) || punctA.split(c).length !== punctB.split(c).length);
  if (differing.length && differing.every(c => DASHES.test(c))) return 'dashes';
  if (differing.length && differing.every(c => APOSTROPHE.test(c)) && /\p{L}['’ʼ]\p{L}/u.test(a + ' ' + b)) return 'apostrophes';
  if (differing.length && differing.every(c => QUOTES.test(c))) return 'quotation marks';
  return 'punctuation';
}

/**
 * Compare the passages of A from word `at` and of B from word `bt`, `words` words each, matched word for word
 * (by the index's folded ids): what was folded, sorted (empty when the texts are the same, white space aside).
 */
export function foldedDifferences(textA: string, A: DocTokens, at: number, textB: string, B: DocTokens, bt: number, words: number): Folding[] {
  if (words <= 0 || textA.slice(A.starts[at], A.ends[at + words - 1]) === textB.slice(B.starts[bt], B.ends[bt + words - 1])) return [];
  const kinds = new Set<Folding>();
  for (let k = 0; k < words; k++) {
    const wa = textA.slice(A.starts[at + k], A.ends[at + k]), wb = textB.slice(B.starts[bt + k], B.ends[bt + k]);
    if (wa !== wb) kinds.add(kindOf(wa, wb));
    if (k + 1 === words) break;
    const ga = textA.slice(A.ends[at + k], A.starts[at + k + 1]).replace(SPACES, ' '), gb = textB.slice(B.ends[bt + k], B.starts[bt + k + 1]).replace(SPACES, ' ');
    if (ga !== gb && ga.trim() !== gb.trim()) kinds.add(kindOf(ga, gb));
  }
  return [...kinds].sort();
}
