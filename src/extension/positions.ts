/**
 * Offsets to editor positions for many offsets at once, from the text the analysis was made of (the same text
 * as the document: Articles.forDocument checks it). Much cheaper than TextDocument.positionAt per offset on a
 * long article, which goes through the extension host's document model each time. Lines break at \r\n, \r and
 * \n as in VS Code; an offset inside a line break is put at the end of its line, as positionAt does.
 */
import * as vscode from 'vscode';
import { LineTable } from '../core/text/offsets';

export class Positions extends LineTable {
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
