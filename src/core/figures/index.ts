/**
 * The figures engine: every numeric quantity of a news text, normalised (value, unit, approximate). A scan
 * for candidate positions (digits, currency symbols, number words) with a bounded look around each: linear
 * in the text, no tagger, no Node API.
 */
import type { Figure } from '../types';
import { readFigure } from './figure';
import { FRACTIONS, PLURAL_SCALES, SCALES, SMALL, TENS } from './numberWords';
import { SYMBOLS } from './money';

export { describeFigure, formatReading } from './describe';
export { vagueBounds } from './vague';

const WORDS = [...Object.keys(SMALL), ...Object.keys(TENS), ...Object.keys(SCALES), 'dozen', ...Object.keys(PLURAL_SCALES), ...Object.keys(FRACTIONS)];
const SYMBOL_CLASS = Object.keys(SYMBOLS).map(s => (s === '$' ? '\\$' : s)).join('');
const ANCHOR = new RegExp(`\\d|[${SYMBOL_CLASS}]|\\b(?:${WORDS.sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');

/** Every figure of the text, sorted, not overlapping, `text` equal to its slice. Never throws. */
export function findFigures(text: string): Figure[] {
  const out: Figure[] = [];
  if (typeof text !== 'string' || !text) return out;
  const re = new RegExp(ANCHOR.source, ANCHOR.flags);
  let floor = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const pos = m.index;
    let r;
    try {
      r = readFigure(text, pos, floor);
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
  return out;
}
