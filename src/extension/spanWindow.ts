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

/** Offsets below this pack into one exactly representable number per span: start × PACK + end. */
const PACK = 2 ** 26;

export class SortedSpans {
  /** The spans' starts and ends, ordered by start, then end. */
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  /** maxEnd[i]: the largest end among the first i + 1 spans (non-decreasing, so it can be searched). */
  private readonly maxEnd: Float64Array;

  constructor(spans: Iterable<Span>) {
    const list = Array.isArray(spans) ? (spans as Span[]) : [...spans];
    const n = list.length;
    this.starts = new Float64Array(n);
    this.ends = new Float64Array(n);
    // A long article's speaker mentions come one speaker after another, thousands of them: sorted as packed
    // numbers in a typed array (a native numeric sort) rather than as objects through a comparator.
    const keys = new Float64Array(n);
    let packed = true;
    for (let i = 0; i < n && packed; i++) {
      const { start, end } = list[i];
      packed = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start && end < PACK;
      keys[i] = start * PACK + end;
    }
    if (packed) {
      keys.sort();
      for (let i = 0; i < n; i++) { const e = keys[i] % PACK; this.starts[i] = (keys[i] - e) / PACK; this.ends[i] = e; }
    } else {
      const sorted = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
      for (let i = 0; i < n; i++) { this.starts[i] = sorted[i].start; this.ends[i] = sorted[i].end; }
    }
    this.maxEnd = new Float64Array(n);
    let m = -Infinity;
    for (let i = 0; i < n; i++) this.maxEnd[i] = m = Math.max(m, this.ends[i]);
  }

  get length(): number {
    return this.starts.length;
  }

  /** The spans that overlap [start, end) (an empty span: that lie in [start, end]), in order of their start. */
  within(w: OffsetWindow): Span[] {
    const { starts, ends, maxEnd } = this;
    // the first span whose end (or an earlier span's end) reaches the window
    let lo = 0, hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (maxEnd[mid] >= w.start) hi = mid; else lo = mid + 1;
    }
    const out: Span[] = [];
    for (let i = lo; i < starts.length && starts[i] <= w.end; i++) {
      const start = starts[i], end = ends[i];
      if (start === end ? start >= w.start : start < w.end && end > w.start) out.push({ start, end });
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
    for (const start of this.starts) {
      if (start < end) continue;
      out.push(start);
      end = bandEnd(bandOf(start));
    }
    return out;
  }
}

/** Whether the visible stretch [a, b] lies inside a window, at least `slack` from an edge the text goes on past. */
export function covers(w: OffsetWindow | undefined, a: number, b: number, length: number, slack: number): boolean {
  if (!w) return false;
  return (w.start <= 0 || a >= w.start + slack) && (w.end >= length || b <= w.end - slack);
}
