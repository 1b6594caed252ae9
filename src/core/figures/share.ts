/**
 * A share written "N in M" or "N out of M": its second number M, read on the tokens after the first ("one in three
 * Andium households", "1 in 4 residents", "Six in 10 Virginia Democratic primary voters", "three out of five", "one in a
 * hundred"). M is up to three digits, a small number's word or "a hundred", larger than N, and no time ("two in five
 * years", "265,000 in 2017" are no shares). Read by figure.ts ratioOf (the share's first counts the noun after M, M
 * counts nothing) and carriedUnit.ts (a share's first number is no amount that takes a unit from before it: "61 percent
 * said they have their minds made up compared to nearly four in 10", PolNeAR train, Politico 2016-04-06).
 */
import { SMALL } from './numberWords';
import { tokensFrom, type Tok } from './tokens';
import { TIME_UNITS } from './units';

/** A number that can end a share ("1 in 4", "one in three", "Six in 10"): up to three digits, or a small one's word. */
export function shareNumber(t: Tok | undefined): number | null {
  if (!t) return null;
  if (t.k === 'n') return /^\d{1,3}$/.test(t.w) ? +t.w : null;
  return t.k === 'w' && t.l in SMALL ? SMALL[t.l] : null;
}

/**
 * The share's second number after a first of `value` whose last token is toks[j - 1]: toks[j] "in" (or "out of") and
 * the second; its value and the index of the token after it, or null when no share is written there.
 */
export function shareSecondAt(toks: readonly Tok[], j: number, value: number): { value: number; next: number } | null {
  const out = toks[j]?.l === 'out' && toks[j + 1]?.l === 'of' ? 1 : 0;
  if (toks[j]?.l !== 'in' && !out) return null;
  const at = j + 1 + out;
  const hundred = toks[at]?.l === 'a' && toks[at + 1]?.l === 'hundred';
  const second = hundred ? 100 : shareNumber(toks[at]);
  const next = at + (hundred ? 2 : 1);
  return second === null || !(second > value) || (toks[next]?.l ?? '') in TIME_UNITS ? null : { value: second, next };
}

/** The number of `value` that ends at `end` is a share's first ("nearly four in 10"): its second is written after it. */
export function shareFirstEndingAt(text: string, end: number, value: number): boolean {
  return shareSecondAt(tokensFrom(text, end, 5), 0, value) !== null;
}
