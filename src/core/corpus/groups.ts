/**
 * From matched passage pairs to duplicate groups. Two spans of one file that overlap by at least half of
 * the shorter are one passage (its extent is their union); a group is a connected set of passages. Groups
 * are sorted by reach (files, then passages, then length).
 */
import type { Folding } from '../types';
import type { MatchPiece } from './align';

/** A matched passage pair between two document slots. */
export interface SlotPiece extends MatchPiece {
  a: number;
  b: number;
  /** What an `exact` piece's texts differ by (see folding.ts); then `exact` is false. */
  folded?: Folding[];
}

export interface SlotPassage {
  slot: number;
  start: number;
  end: number;
}

export interface SlotGroup {
  passages: SlotPassage[];
  similarity: number;
  exact: boolean;
  /** What the pieces' texts differ by where only folding made them match (see folding.ts). */
  folded: Folding[];
  /** Direct links between passages of the group (indices into passages) with their similarity. */
  links: { x: number; y: number; similarity: number }[];
  /** The matched pairs the group is made of. */
  pieces: SlotPiece[];
  /** Sort keys: how many files, and how many characters in all. */
  reach: number;
  length: number;
}

class UnionFind {
  private parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) { p[x] = p[p[x]]; x = p[x]; }
    return x;
  }
  union(x: number, y: number): void {
    const a = this.find(x), b = this.find(y);
    if (a !== b) this.parent[Math.max(a, b)] = Math.min(a, b);
  }
}

const overlapsEnough = (s0: number, e0: number, s1: number, e1: number): boolean =>
  Math.min(e0, e1) - Math.max(s0, s1) >= 0.5 * Math.min(e0 - s0, e1 - s1);

/** Group the pieces (unsorted); `nameOf` orders the passages of a group deterministically. */
export function groupPieces(pieces: readonly SlotPiece[], nameOf: (slot: number) => string): SlotGroup[] {
  // span k is side k & 1 of piece k >> 1
  const n = pieces.length * 2;
  const slot = new Int32Array(n), start = new Int32Array(n), end = new Int32Array(n);
  for (let p = 0; p < pieces.length; p++) {
    const q = pieces[p];
    slot[2 * p] = q.a; start[2 * p] = q.as; end[2 * p] = q.ae;
    slot[2 * p + 1] = q.b; start[2 * p + 1] = q.bs; end[2 * p + 1] = q.be;
  }
  // spans of one file that overlap enough are one passage
  const node = new UnionFind(n);
  const bySpan = new Int32Array(n);
  for (let k = 0; k < n; k++) bySpan[k] = k;
  bySpan.sort((x, y) => slot[x] - slot[y] || start[x] - start[y] || end[x] - end[y] || x - y);
  for (let lo = 0; lo < n;) {
    let hi = lo;
    while (hi < n && slot[bySpan[hi]] === slot[bySpan[lo]]) hi++;
    for (let x = lo; x < hi; x++) {
      const kx = bySpan[x];
      for (let y = x + 1; y < hi && start[bySpan[y]] < end[kx]; y++) {
        const ky = bySpan[y];
        if (overlapsEnough(start[kx], end[kx], start[ky], end[ky])) node.union(kx, ky);
      }
    }
    lo = hi;
  }
  // passages joined by a piece are one group (a set's root is its smallest member, in both)
  const group = new UnionFind(n);
  const nodeOf = new Int32Array(n);
  for (let k = 0; k < n; k++) { nodeOf[k] = node.find(k); group.union(k, nodeOf[k]); }
  for (let p = 0; p < pieces.length; p++) group.union(2 * p, 2 * p + 1);
  const groupOf = new Int32Array(n);
  for (let k = 0; k < n; k++) groupOf[k] = group.find(k);
  // a passage's extent is the union of its spans; its root comes first (the smallest member)
  const extent: (SlotPassage | undefined)[] = new Array(n);
  const size = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const r = nodeOf[k];
    if (r === k) { extent[k] = { slot: slot[k], start: start[k], end: end[k] }; size[groupOf[k]]++; }
    else { const e = extent[r] as SlotPassage; if (start[k] < e.start) e.start = start[k]; if (end[k] > e.end) e.end = end[k]; }
  }
  const byPassage = (x: SlotPassage, y: SlotPassage): number =>
    x.slot === y.slot ? x.start - y.start || x.end - y.end : nameOf(x.slot) < nameOf(y.slot) ? -1 : 1;
  // groups of two passages or more, in the order of their roots; each passage's index in its group
  const groups: (SlotGroup | undefined)[] = new Array(n);
  const out: SlotGroup[] = [];
  const roots: number[][] = [];
  const ordinal = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    if (nodeOf[k] !== k) continue;
    const g = groupOf[k];
    if (size[g] < 2) continue;
    if (!groups[g]) {
      ordinal[g] = out.length;
      out.push((groups[g] = { passages: [], similarity: 0, exact: true, folded: [], links: [], pieces: [], reach: 0, length: 0 }));
      roots.push([]);
    }
    roots[ordinal[g]].push(k);
  }
  const indexOf = new Int32Array(n);
  out.forEach((sg, x) => {
    const list = roots[x].sort((a, b) => byPassage(extent[a] as SlotPassage, extent[b] as SlotPassage));
    sg.passages = list.map((r, i) => { indexOf[r] = i; return extent[r] as SlotPassage; });
  });
  // links and similarity
  for (let p = 0; p < pieces.length; p++) {
    const sg = groups[groupOf[2 * p]];
    if (!sg) continue;
    sg.pieces.push(pieces[p]);
    const x = indexOf[nodeOf[2 * p]], y = indexOf[nodeOf[2 * p + 1]];
    if (x === y) continue;
    sg.links.push({ x: Math.min(x, y), y: Math.max(x, y), similarity: pieces[p].similarity });
    if (!pieces[p].exact) sg.exact = false;
    for (const f of pieces[p].folded ?? []) if (!sg.folded.includes(f)) sg.folded.push(f);
  }
  for (const g of out) {
    g.folded.sort();
    g.links.sort((l, m) => l.x - m.x || l.y - m.y || l.similarity - m.similarity);
    // passages are sorted by file: each file's are together
    let reach = 0, length = 0;
    g.passages.forEach((p, i) => { if (i === 0 || p.slot !== g.passages[i - 1].slot) reach++; length += p.end - p.start; });
    g.reach = reach;
    g.length = length;
    const sum = g.links.reduce((s, l) => s + l.similarity, 0);
    g.similarity = g.links.length ? Math.round((1000 * sum) / g.links.length) / 1000 : 1;
  }
  return out;
}

/** Groups sorted by reach: files, then passages, then length, then where the first passage stands. */
export function sortByReach(groups: readonly SlotGroup[], nameOf: (slot: number) => string): SlotGroup[] {
  return [...groups].sort((x, y) => y.reach - x.reach || y.passages.length - x.passages.length || y.length - x.length ||
    (x.passages[0].slot === y.passages[0].slot ? x.passages[0].start - y.passages[0].start : nameOf(x.passages[0].slot) < nameOf(y.passages[0].slot) ? -1 : 1));
}
