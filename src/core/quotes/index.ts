// FIRST CUT, to be replaced by the quotes engine: pairs double quotation marks within a paragraph.
import type { Quote, Speaker } from '../types';

export function analyzeQuotes(text: string): { quotes: Quote[]; speakers: Speaker[] } {
  const quotes: Quote[] = [];
  const re = /["\u201C]([^"\u201C\u201D\n]{1,2000})["\u201D]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) quotes.push({ start: m.index, end: m.index + m[0].length, text: m[0], speaker: null });
  return { quotes, speakers: [] };
}
