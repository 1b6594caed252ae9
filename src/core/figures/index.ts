/**
 * The figures engine: every numeric quantity of a news text, normalised (value, unit, approximate). A scan
 * for candidate positions (digits, currency symbols, number words) with a bounded look around each: linear
 * in the text, no tagger, no Node API.
 */
import type { Figure } from '../types';
import { readFigure } from './figure';
import { FRACTIONS, PLURAL_SCALES, SCALES, SMALL, TENS } from './numberWords';
import { SYMBOLS } from './money';
import { withHomeDollar } from './homeDollar';

export { describeFigure, formatReading } from './describe';
export { vagueBounds } from './vague';

const WORDS = [...Object.keys(SMALL), ...Object.keys(TENS), ...Object.keys(SCALES), 'dozen', ...Object.keys(PLURAL_SCALES), ...Object.keys(FRACTIONS)];
const SYMBOL_CLASS = Object.keys(SYMBOLS).map(s => (s === '$' ? '\\$' : s)).join('');
/**
 * Where a figure may start: a digit, a decimal point before one, a currency symbol, a number word. One expression for
 * every text (findFigures sets its lastIndex to 0 first; nothing it calls reads figures again), not a copy per text: a
 * copy made by `new RegExp` is compiled again whenever V8's cache of compiled expressions has dropped it (about half a
 * millisecond each time: its source holds every number word).
 */
const ANCHOR = new RegExp(`[0-9０-９]|(?<![0-9])\\.(?=[0-9])|[${SYMBOL_CLASS}]|\\b(?:${WORDS.sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');

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
const ORDINAL_DENOMINATORS = new Set(['fourth', 'sixth', 'eighth', 'tenth']);
const OF_AFTER = /^\s+of\b/i;

/** Every figure of the text, sorted, not overlapping, `text` equal to its slice. Never throws. */
export function findFigures(text: string): Figure[] {
  const out: Figure[] = [];
  if (typeof text !== 'string' || !text) return out;
  // read only when a capitalised number word opens a sentence (rare), once per text
  let names: Set<string> | null = null;
  const namesOf = (): ReadonlySet<string> => (names ??= numberNames(text));
  const re = ANCHOR;
  re.lastIndex = 0;
  let floor = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const pos = m.index;
    // an ordinal that is also a denominator ("the fourth quarter") is read only as "one-eighth" or "a tenth of"
    if (m[0].length > 4 && ORDINAL_DENOMINATORS.has(m[0].toLowerCase()) && text[pos - 1] !== '-' && !OF_AFTER.test(text.slice(pos + m[0].length, pos + m[0].length + 4))) continue;
    let r;
    try {
      r = readFigure(text, pos, floor, { names: namesOf });
    } catch {
      r = { figure: null, skip: pos + m[0].length };
    }
    const f = r.figure;
    if (f && f.start >= floor && f.end > f.start) {
      out.push(f);
      floor = f.end;
    }
    re.lastIndex = Math.max(r.skip, pos + 1, f ? f.end : 0);
  }
  return withHomeDollar(text, out);
}
