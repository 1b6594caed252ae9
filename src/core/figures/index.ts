/**
 * The figures engine: every numeric quantity of a news text, normalised (value, unit, approximate). A scan
 * for candidate positions (digits, currency symbols, number words) with a bounded look around each: linear
 * in the text, no tagger, no Node API.
 */
import type { Figure } from '../types';
import { readFigure } from './figure';
import { FRACTIONS, PLURAL_SCALES, SCALES, SMALL, TENS } from './numberWords';
import { letterSignOf, type LetterSigns, SYMBOLS } from './money';
import { withHomeDollar } from './homeDollar';
import { codeWordsOf, LETTER_SIGN_WORDS, letterSignsOf, withHomeCurrency } from './homeCurrency';
import { withCarriedUnits } from './carriedUnit';

export { describeFigure, formatReading } from './describe';
export { vagueBounds } from './vague';

const WORDS = [...Object.keys(SMALL), ...Object.keys(TENS), ...Object.keys(SCALES), 'dozen', ...Object.keys(PLURAL_SCALES), ...Object.keys(FRACTIONS)];
const SYMBOL_CLASS = Object.keys(SYMBOLS).map(s => (s === '$' ? '\\$' : s)).join('');
/**
 * Where a figure may start: a digit, a decimal point before one, a currency symbol, a number word. One expression for
 * every text (nextAnchor sets its lastIndex first; nothing findFigures calls reads figures again), not a copy per text: a
 * copy made by `new RegExp` is compiled again whenever V8's cache of compiled expressions has dropped it (about half a
 * millisecond each time: its source holds every number word). No u flag and an ASCII \b: V8 scans it about three times
 * as fast as the same words bound by a Unicode lookbehind/lookahead. Without the u flag a number word is matched by
 * ASCII letters only, so "ſix" or "thouſand" (long s) and "la\u212Ah" (Kelvin sign) are no number words: a word spelled
 * with a letter that only folds to an ASCII one is not written as a number (test/unit/figures.test.ts).
 */
const NUMBER_WORDS = WORDS.sort((a, b) => b.length - a.length).join('|');
const ANCHOR = new RegExp(`[0-9０-９]|(?<![0-9])\\.(?=[0-9])|[${SYMBOL_CLASS}]|\\b(?:${NUMBER_WORDS})\\b`, 'gi');
/**
 * A letter or digit of any script against a number word: \b's word characters are ASCII, so "Stan Nepremičnine", an
 * agency in a Slovenia Times-style probe (test/fixtures/outlets si-sloveniatimes-ljubljana-student-rents.txt,
 * probes-hh), would be the number "nine" after its "č". Read on the code point before (two code units) or after.
 */
const LETTER_OR_DIGIT_BEFORE = /[\p{L}\p{N}]$/u;
const LETTER_OR_DIGIT_AFTER = /^[\p{L}\p{N}]/u;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** ANCHOR's first match at or after `from` (null: none) that is no number word glued to a letter or digit of any script. */
function nextAnchor(text: string, from: number): RegExpExecArray | null {
  ANCHOR.lastIndex = from;
  for (let m; (m = ANCHOR.exec(text));) {
    const q = m.index, end = q + m[0].length;
    // \b has already turned down an ASCII letter, digit or "_" on either side: only a non-ASCII neighbour is read
    if (!isAsciiLetter(m[0].charCodeAt(0))
      || !((q > 0 && text.charCodeAt(q - 1) > 127 && LETTER_OR_DIGIT_BEFORE.test(text.slice(Math.max(0, q - 2), q)))
        || (text.charCodeAt(end) > 127 && LETTER_OR_DIGIT_AFTER.test(text.slice(end, end + 2))))) return m;
    ANCHOR.lastIndex = q + 1;
  }
  return null;
}

const CAPITAL_WORDS = [...Object.keys(SMALL), ...Object.keys(TENS)].map(w => w[0].toUpperCase() + w.slice(1));
/** A capitalised number word and the capitalised word after it, inside a sentence ("on Zero Hedge", "the Fantastic Four"). */
const NAME_IN_SENTENCE = new RegExp(`(?:[a-z]|,["”’]?) +(${CAPITAL_WORDS.join('|')}) +([A-Z][a-z]+)`, 'g');

/**
 * Names the article writes with a capitalised number word inside a sentence ("comparison done on Zero Hedge"): at
 * the start of a sentence the same words are that name too ("Zero Hedge asked"), not a number.
 */
function numberNames(text: string): Set<string> {
  const names = new Set<string>();
  NAME_IN_SENTENCE.lastIndex = 0;
  for (let m; (m = NAME_IN_SENTENCE.exec(text));) names.add(`${m[1].toLowerCase()} ${m[2].toLowerCase()}`);
  return names;
}

/** Denominator words that are mostly ordinals: a candidate only before "of" or after a hyphen. */
const ORDINAL_DENOMINATORS = new Set(['fourth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
const OF_AFTER = /^\s+of\b/i;

/** Every figure of the text, sorted, not overlapping, `text` equal to its slice. Never throws. */
export function findFigures(text: string): Figure[] {
  const out: Figure[] = [];
  if (typeof text !== 'string' || !text) return out;
  // read only when a capitalised number word opens a sentence (rare), once per text
  let names: Set<string> | null = null;
  const namesOf = (): ReadonlySet<string> => (names ??= numberNames(text));
  const letterSigns = letterSignsOf(text);
  const codeWords = codeWordsOf(text);
  let from = 0;
  let floor = 0;
  let m: RegExpExecArray | null;
  while ((m = nextAnchor(text, from))) {
    const pos = m.index;
    from = pos + m[0].length;
    // an ordinal that is also a denominator ("the fourth quarter") is read only as "one-eighth" or "a tenth of"
    if (m[0].length > 4 && ORDINAL_DENOMINATORS.has(m[0].toLowerCase()) && text[pos - 1] !== '-' && !OF_AFTER.test(text.slice(pos + m[0].length, pos + m[0].length + 4))) continue;
    let r;
    try {
      r = readFigure(text, pos, floor, { names: namesOf, letterSigns, codeWords });
    } catch {
      r = { figure: null, skip: pos + m[0].length };
    }
    const f = r.figure;
    if (f && f.start >= floor && f.end > f.start) {
      out.push(f);
      floor = f.end;
    }
    from = Math.max(r.skip, pos + 1, f ? f.end : 0);
  }
  return withCarriedUnits(text, withHomeCurrency(text, withHomeDollar(text, withHomeSigns(text, out, letterSigns))));
}

/** The letter signs of the tables (homeCurrency.ts LETTER_SIGN_WORDS), as one alternation. */
const LETTER_SIGN = `(?<![\\p{L}\\p{N}])(${LETTER_SIGN_WORDS.join('|')})`;
/** A letter written against digits that may be a currency's sign ("P45", "R50", "Sh65", "N225"). */
const LETTER_BEFORE_DIGITS = new RegExp(`${LETTER_SIGN}(?=\\d)`, 'gu');
/** The letter sign a figure's text writes ("P" of "up to P1 million"). */
const SIGN_WRITTEN = new RegExp(`${LETTER_SIGN}\\d`, 'u');

/**
 * The figures with the plain amounts after a letter the article writes as its currency's sign: an Inquirer-style
 * probe that writes "P1 million" and "P30 billion" writes "sell at P45" and "P34 a kilo" too (test/fixtures/outlets
 * ph-inquirer-rice-price-cap.txt; "buy water at R50 for 25 litres" by "R3 000", za-news24-water-outages.txt; "the price
 * of a 400g loaf from Sh65 to Sh75" by "Sh140 billion", ke-standard-finance-bill-bread-vat.txt; "paying N225 per
 * kilowatt-hour" by "N2.9 trillion", ng-premiumtimes-senate-power-tariff.txt; "the increase of E170 per tonne" by "E60 million",
 * sz-timesofeswatini-maize-intake-price.txt, probes-qq). Only a priced amount is read (a price
 * word before it in its sentence, a rate or a price word after it): "N95 masks" and "the R2 road" stay no figures.
 */
function withHomeSigns(text: string, figures: Figure[], letterSigns: LetterSigns): Figure[] {
  const signs = new Set<string>();
  for (const f of figures) {
    const written = f.unit ? SIGN_WRITTEN.exec(f.text) : null;
    if (written && letterSignOf(f.unit ?? '', letterSigns) === written[1]) signs.add(written[1]);
  }
  if (!signs.size) return figures;
  const out: Figure[] = [];
  let k = 0, floor = 0;
  LETTER_BEFORE_DIGITS.lastIndex = 0;
  for (let m; (m = LETTER_BEFORE_DIGITS.exec(text));) {
    if (!signs.has(m[0])) continue;
    const pos = m.index + m[0].length;
    while (k < figures.length && figures[k].end <= m.index) { floor = figures[k].end; out.push(figures[k++]); }
    if (k < figures.length && figures[k].start <= pos) continue;
    const f = readFigure(text, pos, floor, { homeSigns: { text, signs }, letterSigns }).figure;
    if (!f || f.start < floor || f.end > (figures[k]?.start ?? text.length)) continue;
    out.push(f);
    floor = f.end;
  }
  while (k < figures.length) out.push(figures[k++]);
  return out;
}
