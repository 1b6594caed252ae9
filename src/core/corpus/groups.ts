/**
 * From matched passage pairs to duplicate groups. Two spans of one file that overlap by at least half of
 * the shorter are one passage (its extent is their union); a group is a connected set of passages. Groups
 * are sorted by reach (files, then passages, then length).
 */
import type { MatchPiece } from './align';

/** A matched passage pair between two document slots. */
export interface SlotPiece extends MatchPiece {
  a: number;
  b: number;
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
  const n = pieces.length * 2;
  const slot = (k: number): number => (k & 1 ? pieces[k >> 1].b : pieces[k >> 1].a);
  const start = (k: number): number => (k & 1 ? pieces[k >> 1].bs : pieces[k >> 1].as);
  const end = (k: number): number => (k & 1 ? pieces[k >> 1].be : pieces[k >> 1].ae);
  // spans of one file that overlap enough are one passage
  const node = new UnionFind(n);
  const bySlot = new Map<number, number[]>();
  for (let k = 0; k < n; k++) {
    let list = bySlot.get(slot(k));
    if (!list) bySlot.set(slot(k), (list = []));
    list.push(k);
  }
  for (const list of bySlot.values()) {
    list.sort((x, y) => start(x) - start(y) || end(x) - end(y));
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length && start(list[y]) < end(list[x]); y++) {
        if (overlapsEnough(start(list[x]), end(list[x]), start(list[y]), end(list[y]))) node.union(list[x], list[y]);
      }
    }
  }
  // passages joined by a piece are one group
  const group = new UnionFind(n);
  for (let k = 0; k < n; k++) group.union(k, node.find(k));
  for (let p = 0; p < pieces.length; p++) group.union(2 * p, 2 * p + 1);

  const nodeExtent = new Map<number, SlotPassage>();
  for (let k = 0; k < n; k++) {
    const r = node.find(k);
    const e = nodeExtent.get(r);
    if (!e) nodeExtent.set(r, { slot: slot(k), start: start(k), end: end(k) });
    else { e.start = Math.min(e.start, start(k)); e.end = Math.max(e.end, end(k)); }
  }
  const members = new Map<number, number[]>(); // group root -> node roots
  for (const r of nodeExtent.keys()) {
    const g = group.find(r);
    let list = members.get(g);
    if (!list) members.set(g, (list = []));
    list.push(r);
  }
  const byPassage = (x: SlotPassage, y: SlotPassage): number =>
    x.slot === y.slot ? x.start - y.start || x.end - y.end : nameOf(x.slot) < nameOf(y.slot) ? -1 : 1;
  const out: SlotGroup[] = [];
  const groupOf = new Map<number, { g: SlotGroup; index: Map<number, number> }>();
  for (const [g, roots] of members) {
    if (roots.length < 2) continue;
    roots.sort((x, y) => byPassage(nodeExtent.get(x) as SlotPassage, nodeExtent.get(y) as SlotPassage));
    const sg: SlotGroup = { passages: roots.map(r => nodeExtent.get(r) as SlotPassage), similarity: 0, exact: true, links: [], pieces: [], reach: 0, length: 0 };
    groupOf.set(g, { g: sg, index: new Map(roots.map((r, i) => [r, i])) });
    out.push(sg);
  }
  // links and similarity
  for (let p = 0; p < pieces.length; p++) {
    const entry = groupOf.get(group.find(2 * p));
    if (!entry) continue;
    entry.g.pieces.push(pieces[p]);
    const x = entry.index.get(node.find(2 * p)) as number, y = entry.index.get(node.find(2 * p + 1)) as number;
    if (x === y) continue;
    entry.g.links.push({ x: Math.min(x, y), y: Math.max(x, y), similarity: pieces[p].similarity });
    if (!pieces[p].exact) entry.g.exact = false;
  }
  for (const g of out) {
    g.links.sort((l, m) => l.x - m.x || l.y - m.y || l.similarity - m.similarity);
    g.reach = new Set(g.passages.map(p => p.slot)).size;
    g.length = g.passages.reduce((s, p) => s + p.end - p.start, 0);
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
