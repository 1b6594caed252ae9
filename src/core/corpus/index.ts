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
import { foldedDifferences } from './folding';
import { GroupSet } from './groupSet';
import { WordIds } from './normalize';
import { PostingPairs, ShingleTable, type ChainSample } from './postings';
import { fingerprints, fingerprintsInto, PrintList } from './shingles';
import { tokenize, type DocTokens } from './tokenize';
import { attachParaphrases, quoteEntries, variantGroups, type QuoteEntry } from './quoteVariants';
import { forQuoteVariants, paraphrasesOf } from '../reported/variants';

/**
 * A new place of a shingle is compared with every other place of it when they are few (at most WALK places,
 * in at most ALL other documents and OWN places of its own document), else with a sample (see chainPairs): a
 * shingle in a thousand documents links every one of them to the group in bounded time, a text repeating
 * itself links each repeat to the one before, and no shingle is ever dropped for being common.
 */
const CHAIN_SAMPLE: ChainSample = { walk: 64, all: 8, own: 2, latest: 1 };
/**
 * Documents are indexed in batches of about this many words (bounds the memory the seeds of a batch take). Each batch
 * goes into the shingle table in the order of its slots (ShingleTable.addAll), a sweep of the whole table: in fewer,
 * larger batches a table line is loaded once for several inserts rather than once per insert. 5,000 generated
 * documents (3.8 M words, test/bench/dupbench.mjs): 4 batches at 2^20 words, 1 at 2^22; the inserts' CPU 250–300 →
 * 145–170 ms, the seeds 97 k → 269 k at once (some 64 bytes each), peak RSS 270 → 273 MB (fifty-first session).
 */
const BATCH_WORDS = 1 << 22;
/** A document with more likely partners than this is matched with enough of them to cover its seeds ... */
const FULL_PARTNERS = 8;
/** ... each seed by this many partners (see matchSeeds). */
const COVER = 1;
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
  /** Its paraphrases (indirect quotes), attached to the variant groups they match. */
  paraphrases: QuoteEntry[];
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

/**
 * Whether some two seeds of a pair of documents (sorted by position in the first) lie close together on nearly
 * the same diagonal, as the fingerprints of a shared passage do (seeds scattered by common phrases do not: no
 * need to align them).
 */
function coherent(mine: Int32Array, theirs: Int32Array, lo: number, hi: number): boolean {
  for (let k = lo; k < hi; k++) {
    const i = mine[k], diag = theirs[k] - i;
    for (let m = k + 1; m < Math.min(hi, k + 6); m++) {
      const j = mine[m];
      if (Math.abs(j - i) <= COHERENT_SPAN && Math.abs(theirs[m] - j - diag) <= COHERENT_SHIFT) return true;
    }
  }
  return false;
}

/** `order` stably sorted by key[order[r]] (non-negative), 13 bits a pass, as many passes as the largest key needs. */
function radixPass(order: Int32Array, key: Int32Array, n: number): Int32Array {
  let max = 0;
  for (let q = 0; q < n; q++) if (key[q] > max) max = key[q];
  let tmp: Int32Array = new Int32Array(n);
  const BITS = 13, MASK = (1 << BITS) - 1, count = new Int32Array(MASK + 2);
  for (let shift = 0; shift === 0 || (shift < 32 && max >>> shift); shift += BITS) {
    count.fill(0);
    for (let r = 0; r < n; r++) count[((key[order[r]] >>> shift) & MASK) + 1]++;
    for (let b = 0; b <= MASK; b++) count[b + 1] += count[b];
    for (let r = 0; r < n; r++) { const q = order[r]; tmp[count[(key[q] >>> shift) & MASK]++] = q; }
    const swap = order; order = tmp; tmp = swap;
  }
  return order;
}

/** Order runs of seeds with the same document, partner and position here by position there (insertion sort: runs are short). */
function tiesByTheirs(order: Int32Array, owner: Int32Array, other: Int32Array, mine: Int32Array, theirs: Int32Array, m: number): void {
  for (let r = 1; r < m; r++) {
    const q = order[r];
    let k = r - 1;
    for (; k >= 0; k--) {
      const p = order[k];
      if (owner[p] !== owner[q] || other[p] !== other[q] || mine[p] !== mine[q] || theirs[p] <= theirs[q]) break;
      order[k + 1] = p;
    }
    order[k + 1] = q;
  }
}

export class CorpusIndex {
  private docs: (DocEntry | undefined)[] = [];
  private freeSlots: number[] = [];
  private slotOf = new Map<string, number>();
  private table = new ShingleTable();
  private words = new WordIds();
  private dirty = new Set<number>();
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
    this.put(file, text, analysis, undefined);
  }

  /**
   * (Internal.) set() with the text already tokenized elsewhere: `toks` must be what tokenize(text) gives (the
   * CLI tokenizes in worker threads and hands the tokens over packed, see TokenPacker and unpackTokens).
   */
  setTokenized(file: string, text: string, toks: DocTokens, analysis?: DocumentAnalysis): void {
    this.put(file, text, analysis, toks);
  }

  private put(file: string, text: string, analysis: DocumentAnalysis | undefined, given: DocTokens | undefined): void {
    let slot = this.slotOf.get(file);
    // (reported speech stays out of the quote variants: see ../reported/variants.ts)
    const quotes = analysis ? quoteEntries(forQuoteVariants(analysis)) : [];
    const paraphrases = analysis ? quoteEntries(paraphrasesOf(analysis)) : [];
    const old = slot === undefined ? undefined : this.docs[slot];
    if (old && old.text === text) {
      if (analysis) { old.quotes = quotes; old.paraphrases = paraphrases; this.variantCache = null; }
      return;
    }
    const recycled = this.recycled.size ? this.recycled.get(text) : undefined;
    if (recycled) this.recycled.delete(text);
    const toks = recycled ?? given ?? tokenize(text, this.words);
    if (slot === undefined) slot = this.allocate(file);
    else this.unindex(slot);
    this.docs[slot] = { file, text, key: contentKey(toks.ids), toks, quotes, paraphrases, indexed: false };
    this.dirty.add(slot);
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
        if (g.folded.length) view.folded = g.folded;
        this.views.set(g, view);
      }
      return view;
    });
  }

  /** Quotes of one speaker reported in different words in different files. */
  quoteVariants(): QuoteVariantGroup[] {
    if (!this.variantCache) {
      const entries: { file: string; quotes: QuoteEntry[] }[] = [];
      const paraphrases: { file: string; quotes: QuoteEntry[] }[] = [];
      for (const d of this.docs) {
        if (d && d.quotes.length) entries.push({ file: d.file, quotes: d.quotes });
        if (d && d.paraphrases.length) paraphrases.push({ file: d.file, quotes: d.paraphrases });
      }
      this.variantCache = attachParaphrases(variantGroups(entries), entries, paraphrases);
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
    // every changed document's fingerprints in one list (document by document, in position order)
    const prints = new PrintList();
    let words = 0;
    for (const d of dirty) words += (this.docs[d] as DocEntry).toks.length;
    prints.reserve(words); // an upper bound: no copying as the list grows
    const runDoc = Int32Array.from(dirty), runStart = new Int32Array(dirty.length + 1);
    dirty.forEach((d, k) => {
      fingerprintsInto((this.docs[d] as DocEntry).toks, prints);
      runStart[k + 1] = prints.n;
      (this.docs[d] as DocEntry).indexed = true;
    });
    this.table.reserve(prints.n, prints.n); // room for all at once: no rehash between batches
    // in batches of about BATCH_WORDS words (the seeds of a batch are held at once; the result is the same as
    // in one batch: a document indexed later finds the earlier ones in the table either way)
    for (let lo = 0; lo < dirty.length;) {
      let hi = lo;
      words = 0;
      while (hi < dirty.length && (hi === lo || words + (this.docs[dirty[hi]] as DocEntry).toks.length <= BATCH_WORDS)) words += (this.docs[dirty[hi++]] as DocEntry).toks.length;
      const from = runStart[lo], to = runStart[hi];
      this.matchBatch(prints.hash.subarray(from, to), prints.pos.subarray(from, to), runDoc.subarray(lo, hi), runStart.slice(lo, hi + 1).map(x => x - from), hi - lo);
      lo = hi;
    }
    this.dirty.clear();
  }

  /** Insert the fingerprints of documents runDoc[x] (hashes and positions [runStart[x], runStart[x + 1])) and match them. */
  private matchBatch(hashes: Int32Array, positions: Int32Array, runDoc: Int32Array, runStart: Int32Array, runs: number): void {
    // insert, and get every pair of places that share a fingerprint, found from the place indexed later
    const pairs = new PostingPairs();
    this.table.addAll(hashes, positions, runDoc, runStart, runs, CHAIN_SAMPLE, pairs);
    // seeds: (document, partner, position here, position there), sorted in that order; a document's pairs
    // with itself are oriented earlier -> later
    const m = pairs.n;
    const owner = pairs.laterDoc, other = pairs.doc, mine = new Int32Array(m), theirs = new Int32Array(m);
    for (let q = 0; q < m; q++) {
      if (other[q] === owner[q]) { mine[q] = pairs.pos[q]; theirs[q] = pairs.laterPos[q]; } else { mine[q] = pairs.laterPos[q]; theirs[q] = pairs.pos[q]; }
    }
    let order: Int32Array = new Int32Array(m);
    for (let q = 0; q < m; q++) order[q] = q;
    order = radixPass(order, mine, m);
    const slots = this.docs.length;
    if (slots * slots < 2 ** 31) {
      const pairKey = new Int32Array(m);
      for (let q = 0; q < m; q++) pairKey[q] = owner[q] * slots + other[q];
      order = radixPass(order, pairKey, m);
    } else {
      order = radixPass(order, other, m);
      order = radixPass(order, owner, m);
    }
    tiesByTheirs(order, owner, other, mine, theirs, m);
    const so = new Int32Array(m), si = new Int32Array(m), sj = new Int32Array(m);
    for (let r = 0; r < m; r++) { const q = order[r]; so[r] = other[q]; si[r] = mine[q]; sj[r] = theirs[q]; }
    for (let lo = 0; lo < m;) {
      const d = owner[order[lo]];
      let hi = lo;
      while (hi < m && owner[order[hi]] === d) hi++;
      this.matchSeeds(d, so, si, sj, lo, hi);
      lo = hi;
    }
  }

  /**
   * Match a document with each partner its seeds [lo, hi) (sorted by partner and position) make likely. With
   * more than FULL_PARTNERS such partners (a story many outlets carry), the partners with the most seeds come
   * first and a partner is matched only when it brings a seed no COVER partners matched so far share: every
   * shared place is still linked (the group forms by transitivity), in time linear in the number of copies.
   */
  private matchSeeds(d: number, other: Int32Array, mine: Int32Array, theirs: Int32Array, lo: number, hi: number): void {
    const runs: number[] = [];
    for (let a = lo; a < hi;) {
      const d2 = other[a];
      let b = a;
      while (b < hi && other[b] === d2) b++;
      if (b - a >= MIN_SEEDS && coherent(mine, theirs, a, b)) runs.push(a, b);
      a = b;
    }
    const many = runs.length / 2 > FULL_PARTNERS;
    let cover: Uint8Array | null = null;
    if (many) {
      const order = [...Array(runs.length / 2).keys()].sort((x, y) => (runs[2 * y + 1] - runs[2 * y]) - (runs[2 * x + 1] - runs[2 * x]) || x - y);
      const sorted = order.flatMap(x => [runs[2 * x], runs[2 * x + 1]]);
      runs.splice(0, runs.length, ...sorted);
      cover = new Uint8Array((this.docs[d] as DocEntry).toks.length);
    }
    for (let r = 0; r < runs.length; r += 2) {
      const a = runs[r], b = runs[r + 1];
      if (cover) {
        let fresh = false;
        for (let k = a; k < b && !fresh; k++) if (cover[mine[k]] < COVER) fresh = true;
        if (!fresh) continue;
        for (let k = a; k < b; k++) if (cover[mine[k]] < COVER) cover[mine[k]]++;
      }
      this.matchPairOf(d, other[a], mine.subarray(a, b), theirs.subarray(a, b));
    }
  }

  private matchPairOf(d: number, d2: number, mine: Int32Array, theirs: Int32Array): void {
    const A = this.docs[d] as DocEntry, B = this.docs[d2] as DocEntry;
    // orient by content so that a pair's result does not depend on which file changed last
    const flip = d !== d2 && (B.key < A.key || (B.key === A.key && B.text < A.text));
    const a = flip ? d2 : d, b = flip ? d : d2;
    const found = matchPair((this.docs[a] as DocEntry).toks, (this.docs[b] as DocEntry).toks, flip ? theirs : mine, flip ? mine : theirs, mine.length, d === d2);
    if (!found.length) return;
    const docA = this.docs[a] as DocEntry, docB = this.docs[b] as DocEntry;
    this.pairs.set(Math.min(d, d2) * SLOT_SPAN + Math.max(d, d2), found.map(p => {
      const piece: SlotPiece = { as: p.as, ae: p.ae, bs: p.bs, be: p.be, similarity: p.similarity, exact: p.exact, a, b };
      if (p.exact && p.words !== undefined) {
        // every word matched: exact only when the texts are the same too (see folding.ts)
        const folded = foldedDifferences(docA.text, docA.toks, p.at as number, docB.text, docB.toks, p.bt as number, p.words);
        if (folded.length) { piece.exact = false; piece.folded = folded; }
      }
      return piece;
    }));
    this.partners[d].add(d2);
    this.partners[d2].add(d);
  }
}
