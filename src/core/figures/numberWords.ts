/**
 * Numbers written in digits and in words: "45,000", "1.5", "twenty-four", "four million", "one hundred and
 * twenty", "a dozen", "two-dozen", "seven-and-a-half", "5 ½", "4 1/2", "$1billion", "2.3bn", "14.7 bln".
 */
import { joined, type Tok } from './tokens';
import { wordTable } from '../text/wordTable';

export const SMALL: Readonly<Record<string, number>> = wordTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
export const TENS: Readonly<Record<string, number>> = wordTable({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
export const SCALES: Readonly<Record<string, number>> = wordTable({
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  // (South Asian English: "2 lakh homes", "Rs 500 crore")
  lakh: 1e5, crore: 1e7,
});
/** Scale abbreviations written against the digits ("2.3bn", "$5m", "$50k"). `money` ones need a currency. */
export const SCALE_ABBREV: Readonly<Record<string, { value: number; money: boolean }>> = wordTable({
  bn: { value: 1e9, money: false }, bln: { value: 1e9, money: false }, tn: { value: 1e12, money: false }, trn: { value: 1e12, money: false },
  mn: { value: 1e6, money: false }, mln: { value: 1e6, money: false }, m: { value: 1e6, money: true }, b: { value: 1e9, money: true },
  k: { value: 1e3, money: true },
  // ("RM200mil", The Star's style, test/fixtures/outlets my-thestar-kelantan-flood-aid.txt)
  mil: { value: 1e6, money: true },
});
/**
 * The scale abbreviations also written apart from the digits, as TASS's and Ahram's English copy writes them ("14.7 bln
 * rubles ($190 mln)", "RUB 2.3 bln", ru-tass-yakutia-northern-delivery; "subsidy bill still EGP 125 bln",
 * eg-ahram-bread-subsidy-price: were 14.7, 190, nothing and 125). Not "bn", "mn" or "m": apart they are other words.
 */
const SPACED_SCALE_ABBREV: ReadonlySet<string> = new Set(['bln', 'mln']);
/** Plural scale words of vague quantities ("thousands", "dozens", "tens of thousands"). */
export const PLURAL_SCALES: Readonly<Record<string, number>> = wordTable({
  tens: 10, dozens: 12, scores: 20, hundreds: 1e2, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
});
/** Fraction denominators ("a third of", "two-thirds of", "three quarters of a million"). */
export const FRACTIONS: Readonly<Record<string, number>> = wordTable({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10,
  // (probes-pp: "that is almost one-seventh of it gone", sc-nation-praslin-ferry-fares, was a count of 1 "seventh"; "when
  // heating takes a seventh of it", ee-err-tartu-district-heating-price, was unread)
  seventh: 7, sevenths: 7, ninth: 9, ninths: 9,
});
const UNICODE_FRACTIONS: Readonly<Record<string, number>> = wordTable({ '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 });
const SLASH_FRACTIONS: Readonly<Record<string, number>> = wordTable({ '1/2': 0.5, '1/4': 0.25, '3/4': 0.75, '1/3': 1 / 3, '2/3': 2 / 3 });

/**
 * The words of a cardinal ("seven", "forty", "million", "dozen") in one set: asked of every word of a name, where
 * `in` on the tables (objects without a prototype, which V8 keeps as dictionaries) takes its slow path for a word
 * made at run time.
 */
const NUMBER_WORDS: ReadonlySet<string> = new Set([...Object.keys(SMALL), ...Object.keys(TENS), ...Object.keys(SCALES), 'dozen']);

export function isNumberWord(l: string): boolean {
  return NUMBER_WORDS.has(l);
}

/** Digits, with the commas and points of a written number ("21,000", "8", "1.5"). */
const FIGURES = /^\d[\d,.]*$/;
/** A number written as one word, in figures or in words: "21,000", "8", "two", "forty", "eleven", "million", "dozen". */
export function isNumeral(l: string): boolean {
  return FIGURES.test(l) || NUMBER_WORDS.has(l);
}

/** The three words before token j are a poll's share of ten people ("four in 10", "6 in 10", "Six in ten"). */
export function inTenBefore(toks: readonly { l: string }[], j: number): boolean {
  return j >= 3 && (toks[j - 1].l === '10' || toks[j - 1].l === 'ten') && toks[j - 2].l === 'in' && isNumeral(toks[j - 3].l);
}

/** Round away binary noise (1.1 * 1e6). */
export function tidy(x: number): number {
  return Number.isInteger(x) || !Number.isFinite(x) ? x : +x.toPrecision(12);
}

export interface Cardinal {
  value: number;
  /** Index of the first token after the number. */
  next: number;
  /** Written in words (at least its first part). */
  words: boolean;
  /** The number is a bare scale word ("hundred", "million", "dozen") possibly after "a". */
  bareScale: boolean;
  /** Multiplied by a scale word or abbreviation. */
  scaled: boolean;
  /** A scale abbreviation that is only a scale next to a currency ("5m", "$50k") was read. */
  moneyAbbrev: boolean;
}

/** Digits with commas and at most one point, as most text writes them. */
const PLAIN_DIGITS = /^[0-9,]*\.?[0-9]*$/;

/** A decimal comma, as ./tokens.ts NUM reads one before a scale word ("3,2 million"). */
const DECIMAL_COMMA = /^[0-9]{1,3},[0-9]{1,2}$/;

/**
 * The value of a digit token: "45,000" -> 45000, "1.5" -> 1.5, ".5" -> 0.5, "45 000" and "４５,000" -> 45000, "1.500.000" ->
 * 1500000, "3,2" -> 3.2.
 */
export function digitValue(w: string): number {
  if (PLAIN_DIGITS.test(w)) return parseFloat(w.indexOf(',') < 0 ? w : DECIMAL_COMMA.test(w) ? w.replace(',', '.') : w.replace(/,/g, ''));
  const ascii = w.replace(/[０-９]/g, d => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
  const plain = /^\d{1,3}(?:\.\d{3}){2,}$/.test(ascii) ? ascii.replace(/\./g, '') : ascii.replace(/[,\s\u00a0\u2009\u202f]/g, '');
  return parseFloat(plain);
}

/** Scale words and abbreviations after index `j`: "million", "-million", "billion", "bn" (joined). */
function readScales(toks: Tok[], j: number, value: number): { value: number; next: number; scaled: boolean; moneyAbbrev: boolean } {
  let scaled = false, moneyAbbrev = false;
  for (let guard = 0; guard < 3; guard++) {
    const t = toks[j];
    if (!t) break;
    if (t.k === 'w' && t.l in SCALES && (t.l !== 'hundred' || !scaled)) { value *= SCALES[t.l]; j++; scaled = true; continue; }
    if (t.k === 'p' && t.w === '-' && joined(t, toks[j + 1]) && !t.sp && toks[j + 1].k === 'w' && toks[j + 1].l in SCALES) {
      value *= SCALES[toks[j + 1].l]; j += 2; scaled = true; continue;
    }
    if (!scaled && t.k === 'w' && !t.sp && t.l in SCALE_ABBREV && j > 0 && joined(toks[j - 1], t)) {
      // "50K" in capitals is a thousand whatever follows; "5m" without a currency may be metres
      value *= SCALE_ABBREV[t.l].value; moneyAbbrev = SCALE_ABBREV[t.l].money && t.w !== 'K'; j++; scaled = true; continue;
    }
    if (!scaled && t.k === 'w' && t.sp && !t.nl && SPACED_SCALE_ABBREV.has(t.l)) { value *= SCALE_ABBREV[t.l].value; j++; scaled = true; continue; }
    break;
  }
  return { value, next: j, scaled, moneyAbbrev };
}

/** A number in digits at toks[i], with a fraction ("5 ½", "4 1/2") and scale words after it. */
function readDigits(toks: Tok[], i: number): Cardinal {
  let value = digitValue(toks[i].w), j = i + 1;
  const a = toks[j];
  if (a && a.k === 'p' && a.w in UNICODE_FRACTIONS) { value += UNICODE_FRACTIONS[a.w]; j++; }
  else if (a && a.k === 'n' && a.sp && toks[j + 1]?.w === '/' && joined(a, toks[j + 1]) && joined(toks[j + 1], toks[j + 2])) {
    const f = SLASH_FRACTIONS[`${a.w}/${toks[j + 2].w}`];
    if (f !== undefined && !joined(toks[j + 2], toks[j + 3])) { value += f; j += 3; }
  }
  const s = readScales(toks, j, value);
  return { value: tidy(s.value), next: s.next, words: false, bareScale: false, scaled: s.scaled, moneyAbbrev: s.moneyAbbrev };
}

/** Index after "and a half" / "and-a-half" starting at toks[j] ("and"), or -1. */
function andAHalf(toks: Tok[], j: number): number {
  let k = j + 1;
  if (toks[k]?.w === '-' && !toks[k].sp) k++;
  if (toks[k]?.l !== 'a') return -1;
  k++;
  if (toks[k]?.w === '-' && !toks[k].sp) k++;
  return toks[k]?.l === 'half' ? k + 1 : -1;
}

type Part = 'start' | 'small' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and' | 'dozen' | 'a';

/** A number in words at toks[i] ("twenty-four", "four million", "a dozen", "seven-and-a-half"). */
function readWords(toks: Tok[], i: number): Cardinal | null {
  let total = 0, cur: number | null = null, last: Part = 'start', j = i, end = i, scaled = false;
  let bare = true, lastScale = 0;
  while (j < toks.length) {
    let t = toks[j];
    // words are joined by spaces or by a hyphen written against both ("twenty-four", "two-dozen")
    if (j > i) {
      const prev = toks[j - 1];
      if (t.k === 'p' && t.w === '-' && joined(prev, t) && joined(t, toks[j + 1])) { j++; t = toks[j]; }
      else if (!t.sp && t.k === 'w') break;
      if (!t || t.k !== 'w' || t.nl) break;
    }
    const l = t.l;
    // "and a half" after a number ("seven-and-a-half", "one and a half million")
    if (l === 'and' && (cur !== null || last === 'scale') && last !== 'and') {
      const h = andAHalf(toks, j);
      // "seven-and-a-half"; "a million and a half" is half of that scale
      if (h > 0 && cur !== null) { cur += 0.5; j = h; end = j; last = 'small'; bare = false; continue; }
      if (h > 0) { total += lastScale / 2; j = h; end = j; break; }
    }
    if (l === 'a' || l === 'an') {
      if (last !== 'start') break;
      const n = toks[j + 1];
      if (!n || !(n.l in SCALES || n.l === 'dozen')) break;
      cur = 1; last = 'a'; j++; continue;
    }
    if (l === 'and') {
      if (last !== 'hundred' && last !== 'scale') break;
      const n = toks[j + 1];
      if (!n || !(n.l in SMALL || n.l in TENS)) break;
      last = 'and'; j++; continue;
    }
    if (l in SMALL) {
      const v = SMALL[l], teen = v >= 10;
      if (last === 'tens' && !teen && v > 0) cur = (cur ?? 0) + v;
      else if (last === 'start' || last === 'hundred' || last === 'scale' || last === 'and') cur = (cur ?? 0) + v;
      else break;
      last = teen ? 'teen' : 'small'; bare = false; j++; end = j; continue;
    }
    if (l in TENS) {
      if (last === 'start' || last === 'hundred' || last === 'scale' || last === 'and') cur = (cur ?? 0) + TENS[l];
      else break;
      last = 'tens'; bare = false; j++; end = j; continue;
    }
    if (l === 'hundred') {
      if (last === 'hundred' || last === 'and' || last === 'dozen') break;
      cur = (cur ?? 1) * 100; last = 'hundred'; scaled = true; j++; end = j; continue;
    }
    if (l in SCALES) {
      if (last === 'scale' || last === 'and' || last === 'dozen') break;
      total += (cur ?? 1) * SCALES[l]; lastScale = SCALES[l]; cur = null; last = 'scale'; scaled = true; j++; end = j; continue;
    }
    if (l === 'dozen') {
      if (last !== 'start' && last !== 'small' && last !== 'teen' && last !== 'a' && last !== 'tens') break;
      cur = (cur ?? 1) * 12; last = 'dozen'; scaled = true; j++; end = j; continue;
    }
    break;
  }
  if (end === i) return null;
  return { value: tidy(total + (cur ?? 0)), next: end, words: true, bareScale: bare, scaled, moneyAbbrev: false };
}

/** The cardinal number starting at toks[i], or null. */
export function readCardinal(toks: Tok[], i: number): Cardinal | null {
  const t = toks[i];
  if (!t) return null;
  if (t.k === 'n') return readDigits(toks, i);
  if (t.k === 'w') return readWords(toks, i);
  return null;
}
