// FIRST CUT, to be replaced by the figures engine: digit runs.
import type { Figure } from '../types';

export function findFigures(text: string): Figure[] {
  const out: Figure[] = [];
  const re = /\d[\d,]*(?:\.\d+)?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: Number(m[0].replace(/,/g, '')), unit: null });
  return out;
}
