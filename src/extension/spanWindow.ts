/**
 * The spans of one decoration category of a long article, sorted, so that those meeting a window of offsets
 * (the visible part of the editor and a margin) are found by a binary search instead of a pass over all of
 * them. No vscode import: unit-tested directly.
 */
import type { Span } from '../core/types';

export interface OffsetWindow {
  start: number;
  end: number;
}

export class SortedSpans {
  private readonly spans: Span[];
  /** maxEnd[i]: the largest end among spans[0..i] (non-decreasing, so it can be searched). */
  private readonly maxEnd: Float64Array;

  constructor(spans: Iterable<Span>) {
    const list = [...spans];
    let sorted = true;
    for (let i = 1; i < list.length && sorted; i++) sorted = list[i - 1].start <= list[i].start;
    if (!sorted) list.sort((a, b) => a.start - b.start || a.end - b.end);
    this.spans = list;
    this.maxEnd = new Float64Array(list.length);
    let m = -Infinity;
    for (let i = 0; i < list.length; i++) this.maxEnd[i] = m = Math.max(m, list[i].end);
  }

  get length(): number {
    return this.spans.length;
  }

  /** The spans that overlap [start, end) (an empty span: that lie in [start, end]), in order of their start. */
  within(w: OffsetWindow): Span[] {
    const { spans, maxEnd } = this;
    // the first span whose end (or an earlier span's end) reaches the window
    let lo = 0, hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (maxEnd[mid] >= w.start) hi = mid; else lo = mid + 1;
    }
    const out: Span[] = [];
    for (let i = lo; i < spans.length && spans[i].start <= w.end; i++) {
      const s = spans[i];
      if (s.start === s.end ? s.start >= w.start : s.start < w.end && s.end > w.start) out.push(s);
    }
    return out;
  }

  /**
   * One representative offset (the first span's start) per stretch of the text where the category has spans:
   * `bandOf` maps an offset to its stretch (a band of lines), `bandEnd` gives the offset where a band ends, so
   * that the spans after the first in a band are skipped without looking their line up.
   */
  summary(bandOf: (offset: number) => number, bandEnd: (band: number) => number): number[] {
    const out: number[] = [];
    let end = -Infinity;
    for (const s of this.spans) {
      if (s.start < end) continue;
      out.push(s.start);
      end = bandEnd(bandOf(s.start));
    }
    return out;
  }
}

/** Whether the visible stretch [a, b] lies inside a window, at least `slack` from an edge the text goes on past. */
export function covers(w: OffsetWindow | undefined, a: number, b: number, length: number, slack: number): boolean {
  if (!w) return false;
  return (w.start <= 0 || a >= w.start + slack) && (w.end >= length || b <= w.end - slack);
}
