/**
 * Vague quantities: "tens of thousands", "hundreds of thousands of refugees", "hundreds of people",
 * "dozens", "scores of", "several hundred", "a few thousand". Their value is null; `vagueBounds` gives the
 * order of magnitude they stand for, for comparisons.
 */
import { currencyWord } from './money';
import { PLURAL_SCALES, SCALES } from './numberWords';
import type { Tok } from './tokens';
import { unitNoun } from './units';
import { wordTable } from '../text/wordTable';

export interface VagueCore {
  /** Index of the first token after the vague phrase (before any "of NOUN"). */
  next: number;
}

/** A plural-scale phrase starting at toks[i] ("tens of thousands", "hundreds of millions", "dozens"). */
export function readVague(toks: Tok[], i: number): VagueCore | null {
  const t = toks[i];
  if (!t || t.k !== 'w' || !(t.l in PLURAL_SCALES)) return null;
  let j = i + 1;
  // "tens of thousands", "hundreds of thousands", "thousands upon thousands"
  while ((toks[j]?.l === 'of' || toks[j]?.l === 'upon') && toks[j + 1]?.k === 'w' && toks[j + 1].l in PLURAL_SCALES && toks[j + 1].l !== 'tens' && toks[j + 1].l !== 'scores' && toks[j + 1].l !== 'dozens') j += 2;
  if ((t.l === 'tens') && j === i + 1) return null;
  if (t.l === 'scores' && toks[j]?.l !== 'of') return null;
  return { next: j };
}

/** What a vague quantity counts, from toks[j]: "of (the) refugees", "of dollars", "people" ("dozens of", "thousands people"). */
export function vagueCounted(toks: Tok[], j: number): { unit: string | null; next: number } {
  const k = toks[j]?.l === 'of' ? j + 1 : j;
  const cw = currencyWord(toks, k);
  if (cw) return { unit: cw.code, next: cw.next };
  const u = unitNoun(toks, k > j && toks[k]?.l === 'the' ? k + 1 : k, false);
  return u ? { unit: u.unit, next: u.next } : { unit: null, next: j };
}

/** Words before a bare scale word that make it vague ("several hundred", "a few thousand", "a couple hundred"). */
export function vagueLead(prev: Tok[]): number | null {
  const p0 = prev[0];
  if (!p0 || p0.k !== 'w') return null;
  if (p0.l === 'several' || p0.l === 'many' || p0.l === 'some') return p0.s;
  if (p0.l === 'few') return prev[1]?.l === 'a' ? prev[1].s : p0.s;
  if (p0.l === 'couple') return prev[1]?.l === 'a' ? prev[1].s : p0.s;
  if (p0.l === 'of' && prev[1]?.l === 'couple') return prev[2]?.l === 'a' ? prev[2].s : prev[1].s;
  return null;
}

const LOW_MULT: Readonly<Record<string, number>> = wordTable({ several: 3, few: 2, couple: 2, many: 3, some: 2 });

/**
 * The interval [low, high] a vague quantity stands for, read from its text: "tens of thousands" -> [1e4, 1e5],
 * "hundreds of people" -> [100, 1000], "several hundred" -> [300, 1000], "dozens" -> [24, 144]. Null when the text
 * holds no vague scale.
 */
export function vagueBounds(text: string): [number, number] | null {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  let low = 1, high = 1, found = false, lead = 0;
  for (const w of words) {
    if (w in LOW_MULT && !found) { lead = LOW_MULT[w]; continue; }
    if (w in PLURAL_SCALES) {
      const s = PLURAL_SCALES[w];
      if (!found) { low = s === 12 ? 24 : s; high = s === 12 ? 144 : s === 20 ? 200 : s * 10; }
      else { low *= s; high *= s; }
      found = true;
      continue;
    }
    if ((w in SCALES || w === 'dozen') && lead && !found) {
      const s = w === 'dozen' ? 12 : SCALES[w];
      low = lead * s; high = 10 * s; found = true;
    }
  }
  return found ? [low, high] : null;
}
