/**
 * The corpus index: duplicate passages and quote variants across a set of articles, kept up to date one
 * file at a time. Pure TypeScript (no Node API): it runs in the extension host, a worker and a browser.
 *
 * Each article is tokenized once (cached by content hash), its shingles go into a shared postings table,
 * and the passages it shares with every other article (and with itself) are computed per pair of articles
 * and kept. A change to one file removes its postings and pairs, re-indexes it and recomputes only its pairs;
 * grouping the kept pairs into groups is cheap and done on demand.
 */
import type { DocumentAnalysis, DuplicateGroup, QuoteVariantGroup } from '../types';
import { matchPair } from './align';
import { groupPieces, type SlotGroup, type SlotPiece } from './groups';
import { WordIds } from './normalize';
import { ShingleTable } from './postings';
import { K, shingleAt } from './shingles';
import { tokenize, type DocTokens } from './tokenize';
import { quoteEntries, variantGroups, type QuoteEntry } from './quoteVariants';

/** A shingle standing in more places than this is too common to seed a match (performance guard). */
const MAX_POSTINGS = 64;
/** A pair of articles needs this many shared shingles to be compared. */
const MIN_SEEDS = 2;
const SLOT_SPAN = 2 ** 21;
/** How many deleted articles' tokens are kept for a quick re-add (a rename seen as delete + create). */
const RECYCLE = 32;

interface DocEntry {
  file: string;
  hash: number;
  length: number;
  toks: DocTokens;
  quotes: QuoteEntry[];
}

export interface PassageLink {
  file: string;
  start: number;
  end: number;
  similarity: number;
}

export interface FilePassage {
  start: number;
  end: number;
  others: PassageLink[];
}

function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Growable seed buffer: (partner slot, position in this doc, position in the partner). */
class Seeds {
  other: Int32Array = new Int32Array(1024);
  mine: Int32Array = new Int32Array(1024);
  theirs: Int32Array = new Int32Array(1024);
  n = 0;
  push(other: number, mine: number, theirs: number): void {
    if (this.n === this.other.length) {
      const grow = (a: Int32Array): Int32Array => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
      this.other = grow(this.other); this.mine = grow(this.mine); this.theirs = grow(this.theirs);
    }
    this.other[this.n] = other; this.mine[this.n] = mine; this.theirs[this.n] = theirs;
    this.n++;
  }
}

export class CorpusIndex {
  private docs: (DocEntry | undefined)[] = [];
  private freeSlots: number[] = [];
  private slotOf = new Map<string, number>();
  private table = new ShingleTable();
  private words = new WordIds();
  private dirty = new Set<number>();
  private isDirty = new Uint8Array(64);
  private pairs = new Map<number, SlotPiece[]>();
  private partners: Set<number>[] = [];
  private recycled = new Map<string, DocTokens>();
  private groupCache: SlotGroup[] | null = null;
  private variantCache: QuoteVariantGroup[] | null = null;

  /** Add or replace a file. The same text again costs nothing; `analysis` supplies quotes for variants. */
  set(file: string, text: string, analysis?: DocumentAnalysis): void {
    const hash = hashText(text);
    let slot = this.slotOf.get(file);
    const quotes = analysis ? quoteEntries(analysis) : [];
    const old = slot === undefined ? undefined : this.docs[slot];
    if (old && old.hash === hash && old.length === text.length) {
      if (analysis) { old.quotes = quotes; this.variantCache = null; }
      return;
    }
    const key = `${hash}:${text.length}`;
    const toks = this.recycled.get(key) ?? tokenize(text, this.words);
    this.recycled.delete(key);
    if (slot === undefined) slot = this.allocate(file);
    else this.unindex(slot);
    this.docs[slot] = { file, hash, length: text.length, toks, quotes };
    for (let i = 0; i + K <= toks.length; i++) {
      const h = shingleAt(toks, i);
      if (h) this.table.add(h, slot, i);
    }
    this.dirty.add(slot);
    this.isDirty[slot] = 1;
    this.invalidate();
  }

  delete(file: string): void {
    const slot = this.slotOf.get(file);
    if (slot === undefined) return;
    const doc = this.docs[slot] as DocEntry;
    this.unindex(slot);
    this.recycled.set(`${doc.hash}:${doc.length}`, doc.toks);
    if (this.recycled.size > RECYCLE) this.recycled.delete(this.recycled.keys().next().value as string);
    this.docs[slot] = undefined;
    this.dirty.delete(slot);
    this.isDirty[slot] = 0;
    this.slotOf.delete(file);
    this.freeSlots.push(slot);
    this.invalidate();
  }

  rename(from: string, to: string): void {
    const slot = this.slotOf.get(from);
    if (slot === undefined || from === to) return;
    this.delete(to);
    this.slotOf.delete(from);
    this.slotOf.set(to, slot);
    (this.docs[slot] as DocEntry).file = to;
    this.invalidate();
  }

  has(file: string): boolean {
    return this.slotOf.has(file);
  }

  files(): string[] {
    return [...this.slotOf.keys()].sort();
  }

  /** Groups of passages standing in several places, sorted by reach. */
  duplicates(): DuplicateGroup[] {
    return this.slotGroups().map(g => ({
      passages: g.passages.map(p => ({ file: this.nameOf(p.slot), start: p.start, end: p.end })),
      similarity: g.similarity,
      kind: g.exact ? 'exact' as const : 'near' as const,
    }));
  }

  /** Quotes of one speaker reported in different words in different files. */
  quoteVariants(): QuoteVariantGroup[] {
    if (!this.variantCache) {
      const entries: { file: string; quotes: QuoteEntry[] }[] = [];
      for (const d of this.docs) if (d && d.quotes.length) entries.push({ file: d.file, quotes: d.quotes });
      this.variantCache = variantGroups(entries);
    }
    return this.variantCache;
  }

  /** The passages of a file that stand elsewhere, with where else and how similar. */
  passagesOf(file: string): FilePassage[] {
    const slot = this.slotOf.get(file);
    if (slot === undefined) return [];
    const out: FilePassage[] = [];
    for (const g of this.slotGroups()) {
      g.passages.forEach((p, x) => {
        if (p.slot !== slot) return;
        const others: PassageLink[] = [];
        g.passages.forEach((q, y) => {
          if (y === x) return;
          let similarity = -1;
          for (const l of g.links) if ((l.x === x && l.y === y) || (l.x === y && l.y === x)) similarity = Math.max(similarity, l.similarity);
          others.push({ file: this.nameOf(q.slot), start: q.start, end: q.end, similarity: Math.round(1000 * (similarity < 0 ? g.similarity : similarity)) / 1000 });
        });
        out.push({ start: p.start, end: p.end, others });
      });
    }
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  private nameOf(slot: number): string {
    return (this.docs[slot] as DocEntry).file;
  }

  private invalidate(): void {
    this.groupCache = null;
    this.variantCache = null;
  }

  private allocate(file: string): number {
    const slot = this.freeSlots.length ? (this.freeSlots.pop() as number) : this.docs.length;
    if (slot === this.docs.length) this.docs.push(undefined);
    if (slot >= this.isDirty.length) { const b = new Uint8Array(this.isDirty.length * 2); b.set(this.isDirty); this.isDirty = b; }
    this.partners[slot] = new Set();
    this.slotOf.set(file, slot);
    return slot;
  }

  /** Remove a document's postings and every pair it takes part in. */
  private unindex(slot: number): void {
    const doc = this.docs[slot] as DocEntry;
    for (let i = 0; i + K <= doc.toks.length; i++) {
      const h = shingleAt(doc.toks, i);
      if (h) this.table.remove(h, slot, i);
    }
    for (const other of this.partners[slot]) {
      this.pairs.delete(Math.min(slot, other) * SLOT_SPAN + Math.max(slot, other));
      if (other !== slot) this.partners[other].delete(slot);
    }
    this.partners[slot].clear();
  }

  private slotGroups(): SlotGroup[] {
    if (this.dirty.size) this.matchDirty();
    if (!this.groupCache) {
      const pieces: SlotPiece[] = [];
      for (const list of this.pairs.values()) for (const p of list) pieces.push(p);
      this.groupCache = groupPieces(pieces, s => this.nameOf(s));
    }
    return this.groupCache;
  }

  /** Compute the pairs of every changed document with every document (each pair once). */
  private matchDirty(): void {
    const seeds = new Seeds();
    for (const d of [...this.dirty].sort((x, y) => x - y)) {
      const toks = (this.docs[d] as DocEntry).toks;
      seeds.n = 0;
      for (let i = 0; i + K <= toks.length; i++) {
        const h = shingleAt(toks, i);
        if (!h) continue;
        const s = this.table.find(h);
        if (s < 0 || this.table.count(s) > MAX_POSTINGS) continue;
        for (let p = this.table.head(s); p >= 0; p = this.table.next(p)) {
          const d2 = this.table.doc(p), j = this.table.pos(p);
          if (d2 === d ? j > i : !this.isDirty[d2] || d2 > d) seeds.push(d2, i, j);
        }
      }
      this.matchSeeds(d, seeds);
    }
    for (const d of this.dirty) this.isDirty[d] = 0;
    this.dirty.clear();
  }

  private matchSeeds(d: number, seeds: Seeds): void {
    const n = seeds.n;
    const order = new Float64Array(n);
    for (let s = 0; s < n; s++) order[s] = seeds.other[s] * 2 ** 26 + s;
    order.sort();
    const si = new Int32Array(n), sj = new Int32Array(n);
    for (let lo = 0; lo < n;) {
      const d2 = Math.floor(order[lo] / 2 ** 26);
      let hi = lo;
      while (hi < n && Math.floor(order[hi] / 2 ** 26) === d2) hi++;
      if (hi - lo >= MIN_SEEDS) this.matchPairOf(d, d2, order, lo, hi, seeds, si, sj);
      lo = hi;
    }
  }

  private matchPairOf(d: number, d2: number, order: Float64Array, lo: number, hi: number, seeds: Seeds, si: Int32Array, sj: Int32Array): void {
    const A = this.docs[d] as DocEntry, B = this.docs[d2] as DocEntry;
    // orient by content so that a pair's result does not depend on which file changed last
    const flip = d !== d2 && (B.hash < A.hash || (B.hash === A.hash && B.length < A.length));
    const n = hi - lo;
    for (let k = 0; k < n; k++) {
      const s = order[lo + k] % 2 ** 26;
      si[k] = flip ? seeds.theirs[s] : seeds.mine[s];
      sj[k] = flip ? seeds.mine[s] : seeds.theirs[s];
    }
    const [a, b] = flip ? [d2, d] : [d, d2];
    const found = matchPair((this.docs[a] as DocEntry).toks, (this.docs[b] as DocEntry).toks, si, sj, n, d === d2);
    if (!found.length) return;
    this.pairs.set(Math.min(d, d2) * SLOT_SPAN + Math.max(d, d2), found.map(p => ({ ...p, a, b })));
    this.partners[d].add(d2);
    this.partners[d2].add(d);
  }
}
