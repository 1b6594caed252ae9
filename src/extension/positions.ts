/**
 * Offsets to editor positions for many offsets at once, from the text the analysis was made of (the same text
 * as the document: Articles.forDocument checks it). Much cheaper than TextDocument.positionAt per offset on a
 * long article, which goes through the extension host's document model each time. Lines break at \r\n, \r and
 * \n as in VS Code; an offset inside a line break is put at the end of its line, as positionAt does.
 */
import * as vscode from 'vscode';

export class Positions {
  private readonly starts: Uint32Array;
  /** Length of each line without its line break. */
  private readonly lengths: Uint32Array;

  constructor(text: string) {
    // String.prototype.indexOf scans natively: about 100 times faster than charCodeAt over a 1 MB text, whose
    // line table is otherwise the longest piece of work on the extension host's thread when it changes.
    const cr = text.indexOf('\r') >= 0;
    const breaks: number[] = [];
    if (!cr) for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
    else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) breaks.push(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      }
    }
    const n = breaks.length + 1;
    this.starts = new Uint32Array(n);
    this.lengths = new Uint32Array(n);
    for (let line = 0; line < breaks.length; line++) {
      const i = breaks[line];
      this.lengths[line] = i - this.starts[line];
      this.starts[line + 1] = i + (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1);
    }
    this.lengths[n - 1] = text.length - this.starts[n - 1];
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The offset of a line's start (clamped to the last line). */
  offsetOfLine(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** The offset just past a line's text, without its line break (clamped to the last line). */
  endOfLine(line: number): number {
    const l = Math.max(0, Math.min(line, this.starts.length - 1));
    return this.starts[l] + this.lengths[l];
  }

  lineOf(offset: number): number {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): vscode.Position {
    const line = this.lineOf(Math.max(0, offset));
    return new vscode.Position(line, Math.min(Math.max(0, offset) - this.starts[line], this.lengths[line]));
  }

  /** Ranges of many spans; one Range constructor and two binary searches each. */
  ranges(spans: Iterable<{ start: number; end: number }>): vscode.Range[] {
    const R = vscode.Range;
    const out: vscode.Range[] = [];
    for (const s of spans) {
      const a = Math.max(0, s.start), b = Math.max(a, s.end);
      const l1 = this.lineOf(a), l2 = this.lineOf(b);
      out.push(new R(l1, Math.min(a - this.starts[l1], this.lengths[l1]), l2, Math.min(b - this.starts[l2], this.lengths[l2])));
    }
    return out;
  }
}

const cache = new WeakMap<object, Positions>();

/** The positions of an article's text, kept as long as the article (an object per text) lives. */
export function positionsOf(owner: object, text: string): Positions {
  let p = cache.get(owner);
  if (!p) cache.set(owner, (p = new Positions(text)));
  return p;
}
