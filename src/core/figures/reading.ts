/** What reading at one position of the text gives: a figure, or a rejection, and where the scan goes on. */
import type { Figure } from '../types';

export interface Reading {
  figure: Figure | null;
  /** Offset the scan resumes at (after the figure, or past what was rejected). */
  skip: number;
}

export const reject = (skip: number): Reading => ({ figure: null, skip });

/** A figure over text[start, end) with its reading. */
export function figureOf(text: string, start: number, end: number, f: Omit<Figure, 'start' | 'end' | 'text'>): Figure {
  return { start, end, text: text.slice(start, end), ...f };
}
