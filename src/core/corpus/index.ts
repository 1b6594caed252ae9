/**
 * The corpus index: duplicate passages and quote variants across a set of articles, kept up to date one
 * file at a time. Pure TypeScript (no Node API): it runs in the extension host, a worker and a browser.
 *
 * Each article is tokenized once (the same text again costs nothing; a deleted text re-added is reused), its shingles go into a shared postings table,
 * and the passages it shares with every other article (and with itself) are computed per pair of articles
 * and kept. A change to one file removes its postings and pairs, re-indexes it and recomputes only its pairs;
 * grouping the kept pairs into groups is cheap and done on demand.
 */
import type { DocumentAnalysis, DuplicateGroup, QuoteVariantGroup } from '../types';
import { matchPair } from './align';
import type { SlotGroup, SlotPiece } from './groups';
import { GroupSet } from './groupSet';
import { WordIds } from './normalize';
import { ShingleTable } from './postings';
import { fingerprints } from './shingles';
import { tokenize, type DocTokens } from './tokenize';
import { quoteEntries, variantGroups, type QuoteEntry } from './quoteVariants';

/** A shingle standing in more places than this is too common to seed a match (performance guard). */
const MAX_POSTINGS = 64;
/** A pair of articles needs this many shared shingles to be compared. */
const MIN_SEEDS = 2;
/** Two seeds of one passage are at most this many words apart ... */
const COHERENT_SPAN = 40;
/** ... and their diagonals differ by at most this many words (inserted or deleted words between them). */
const COHERENT_SHIFT = 8;
const SLOT_SPAN = 2 ** 21;
/** How many deleted articles' tokens are kept for a quick re-add (a rename seen as delete + create). */
const RECYCLE = 32;

interface DocEntry {
  file: string;
  /** The text (a reference: "same text again" is a string comparison). */
  text: string;
  /** See contentKey: orients a pair by content, not by which file changed last. */
  key: number;
  toks: DocTokens;
  quotes: QuoteEntry[];
  /** Whether its shingles are in the table (they go in, in one batch, when results are next asked for). */
  indexed: boolean;
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

/** A content key: the number of words and a hash of the first ones (ties are broken by the text). */
function contentKey(ids: Int32Array): number {
  let h = 0x811c9dc5 ^ ids.length;
  for (let i = 0; i < Math.min(ids.length, 64); i++) h = Math.imul(h ^ ids[i], 0x01000193);
  return h >>> 0;
}

/** Growable seed buffer: (partner slot, position in this doc, position in the partner). */
class Seeds {
  other: Int32Array = new Int32Array(1024);
  mine: Int32Array = new Int32Array(1024);
  theirs: Int32Array = new Int32Array(1024);
  n = 0;
  private si: Int32Array = new Int32Array(1024);
  private sj: Int32Array = new Int32Array(1024);
  scratchI(n: number): Int32Array { if (this.si.length < n) this.si = new Int32Array(n * 2); return this.si; }
  scratchJ(n: number): Int32Array { if (this.sj.length < n) this.sj = new Int32Array(n * 2); return this.sj; }
  push(other: number, mine: number, theirs: number): void {
    if (this.n === this.other.length) {
      const grow = (a: Int32Array): Int32Array => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
      this.other = grow(this.other); this.mine = grow(this.mine); this.theirs = grow(this.theirs);
    }
    this.other[this.n] = other; this.mine[this.n] = mine; this.theirs[this.n] = theirs;
    this.n++;
  }
}

/**
 * Whether some two seeds of a pair of documents lie close together on nearly the same diagonal, as the
 * fingerprints of a shared passage do (seeds scattered by common phrases do not: no need to align them).
 */
function coherent(order: Float64Array, lo: number, hi: number, seeds: Seeds): boolean {
  for (let k = lo; k < hi; k++) {
    const s = order[k] % 2 ** 26, i = seeds.mine[s], diag = seeds.theirs[s] - i;
    for (let m = k + 1; m < Math.min(hi, k + 6); m++) {
      const t = order[m] % 2 ** 26, j = seeds.mine[t];
      if (Math.abs(j - i) <= COHERENT_SPAN && Math.abs(seeds.theirs[t] - j - diag) <= COHERENT_SHIFT) return true;
    }
  }
  return false;
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
  /** Tokens of recently deleted texts, by text. */
  private recycled = new Map<string, DocTokens>();
  private groups = new GroupSet();
  /** What duplicates() reports for each group (a group object is replaced whenever it changes). */
  private views = new WeakMap<SlotGroup, DuplicateGroup>();
  /** Documents changed (set, replaced, deleted) since the groups were last brought up to date. */
  private changed = new Set<number>();
  private variantCache: QuoteVariantGroup[] | null = null;

  /** Add or replace a file. The same text again costs nothing; `analysis` supplies quotes for variants. */
  set(file: string, text: string, analysis?: DocumentAnalysis): void {
    let slot = this.slotOf.get(file);
    const quotes = analysis ? quoteEntries(analysis) : [];
    const old = slot === undefined ? undefined : this.docs[slot];
    if (old && old.text === text) {
      if (analysis) { old.quotes = quotes; this.variantCache = null; }
      return;
    }
    const recycled = this.recycled.size ? this.recycled.get(text) : undefined;
    if (recycled) this.recycled.delete(text);
    const toks = recycled ?? tokenize(text, this.words);
    if (slot === undefined) slot = this.allocate(file);
    else this.unindex(slot);
    this.docs[slot] = { file, text, key: contentKey(toks.ids), toks, quotes, indexed: false };
    this.dirty.add(slot);
    this.isDirty[slot] = 1;
    this.changed.add(slot);
    this.variantCache = null;
  }

  delete(file: string): void {
    const slot = this.slotOf.get(file);
    if (slot === undefined) return;
    const doc = this.docs[slot] as DocEntry;
    this.unindex(slot);
    this.recycled.set(doc.text, doc.toks);
    if (this.recycled.size > RECYCLE) this.recycled.delete(this.recycled.keys().next().value as string);
    this.docs[slot] = undefined;
    this.dirty.delete(slot);
    this.isDirty[slot] = 0;
    this.slotOf.delete(file);
    this.freeSlots.push(slot);
    this.changed.add(slot);
    this.variantCache = null;
  }

  rename(from: string, to: string): void {
    const slot = this.slotOf.get(from);
    if (slot === undefined || from === to) return;
    this.delete(to);
    this.slotOf.delete(from);
    this.slotOf.set(to, slot);
    (this.docs[slot] as DocEntry).file = to;
    this.changed.add(slot); // passages are ordered by file name: regroup around it (its pairs stay)
    this.variantCache = null;
  }

  has(file: string): boolean {
    return this.slotOf.has(file);
  }

  files(): string[] {
    return [...this.slotOf.keys()].sort();
  }

  /** Groups of passages standing in several places, sorted by reach. Shared between calls: read-only. */
  duplicates(): DuplicateGroup[] {
    return this.slotGroups().map(g => {
      let view = this.views.get(g);
      if (!view) {
        view = {
          passages: g.passages.map(p => ({ file: this.nameOf(p.slot), start: p.start, end: p.end })),
          similarity: g.similarity,
          kind: g.exact ? 'exact' : 'near',
        };
        this.views.set(g, view);
      }
      return view;
    });
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
    if (doc.indexed) {
      const prints = fingerprints(doc.toks);
      const hashes = new Set<number>();
      for (let f = 1; f < prints.length; f += 2) hashes.add(prints[f]);
      for (const h of hashes) this.table.removeDoc(h, slot);
      doc.indexed = false;
    }
    for (const other of this.partners[slot]) {
      this.pairs.delete(Math.min(slot, other) * SLOT_SPAN + Math.max(slot, other));
      if (other !== slot) this.partners[other].delete(slot);
    }
    this.partners[slot].clear();
  }

  private slotGroups(): SlotGroup[] {
    if (this.dirty.size) this.matchDirty();
    if (this.changed.size) {
      this.groups.update(this.changed, {
        piecesOf: slot => this.piecesOf(slot),
        partnersOf: slot => (this.docs[slot] ? this.partners[slot] : []),
        nameOf: slot => this.nameOf(slot),
      });
      this.changed.clear();
    }
    return this.groups.list(slot => this.nameOf(slot));
  }

  private *piecesOf(slot: number): Iterable<SlotPiece> {
    if (!this.docs[slot]) return;
    for (const other of this.partners[slot]) yield* this.pairs.get(Math.min(slot, other) * SLOT_SPAN + Math.max(slot, other)) ?? [];
  }

  /**
   * Index the changed documents, then compute their pairs with every document, each pair once: from the
   * document indexed later, whose fingerprints find the earlier one's in the table.
   */
  private matchDirty(): void {
    const dirty = [...this.dirty].sort((x, y) => x - y);
    const prints = dirty.map(d => fingerprints((this.docs[d] as DocEntry).toks));
    const total = prints.reduce((s, p) => s + p.length / 2, 0);
    this.table.reserve(total, total);
    // insert; keep the table entry of fingerprints that stand in an earlier place too (else -1)
    dirty.forEach((d, k) => {
      const list = prints[k];
      for (let f = 0; f < list.length; f += 2) {
        const e = this.table.add(list[f + 1], d, list[f]);
        list[f + 1] = this.table.lastExisted ? e : -1;
      }
      (this.docs[d] as DocEntry).indexed = true;
    });
    const seeds = new Seeds();
    dirty.forEach((d, k) => {
      const list = prints[k];
      seeds.n = 0;
      for (let f = 0; f < list.length; f += 2) {
        const i = list[f], e = list[f + 1];
        if (e < 0) continue;
        const mark = seeds.n;
        let count = 0;
        for (let p = this.table.head(e); p >= 0; p = this.table.next(p)) {
          if (++count > MAX_POSTINGS) { seeds.n = mark; break; }
          const d2 = this.table.doc(p), j = this.table.pos(p);
          if (d2 === d) { if (j < i) seeds.push(d, j, i); }
          else if (!this.isDirty[d2] || d2 < d) seeds.push(d2, i, j);
        }
      }
      this.matchSeeds(d, seeds);
    });
    for (const d of dirty) this.isDirty[d] = 0;
    this.dirty.clear();
  }

  private matchSeeds(d: number, seeds: Seeds): void {
    const n = seeds.n;
    if (!n) return;
    const order = new Float64Array(n);
    for (let s = 0; s < n; s++) order[s] = seeds.other[s] * 2 ** 26 + s;
    order.sort();
    const si = seeds.scratchI(n), sj = seeds.scratchJ(n);
    for (let lo = 0; lo < n;) {
      const d2 = Math.floor(order[lo] / 2 ** 26);
      let hi = lo;
      while (hi < n && Math.floor(order[hi] / 2 ** 26) === d2) hi++;
      if (hi - lo >= MIN_SEEDS && coherent(order, lo, hi, seeds)) this.matchPairOf(d, d2, order, lo, hi, seeds, si, sj);
      lo = hi;
    }
  }

  private matchPairOf(d: number, d2: number, order: Float64Array, lo: number, hi: number, seeds: Seeds, si: Int32Array, sj: Int32Array): void {
    const A = this.docs[d] as DocEntry, B = this.docs[d2] as DocEntry;
    // orient by content so that a pair's result does not depend on which file changed last
    const flip = d !== d2 && (B.key < A.key || (B.key === A.key && B.text < A.text));
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
