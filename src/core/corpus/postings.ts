/**
 * The shingle index: for every k-word shingle hash, where it stands (document slot, word position). An
 * open-addressing hash table over one typed array ([key, first posting + 1] per slot, so that a
 * probe touches one cache line) with a linked pool of postings, so that 5,000 articles (about five million
 * postings) fit in a few tens of megabytes and a document's postings can be removed when it changes.
 * (Fingerprints are the smallest hashes of their windows, so keys are mixed again before probing.)
 */

const EMPTY = 0;
const KEY = 0, HEAD = 1, STRIDE = 2;

export class ShingleTable {
  private table: Int32Array = new Int32Array((1 << 12) * STRIDE);
  private capacity = 1 << 12;
  private shift = 32 - 12;
  private used = 0;
  private pDoc: Int32Array = new Int32Array(1 << 12);
  private pPos: Int32Array = new Int32Array(1 << 12);
  private pNext: Int32Array = new Int32Array(1 << 12);
  private top = 0;
  private free = -1;

  private static keyOf(hash: number): number {
    return hash === EMPTY ? 1 : hash | 0;
  }

  /** Index (into the table array) of the entry for `key`, or of the empty entry where it would go. */
  private probe(key: number): number {
    const mask = this.capacity - 1, t = this.table;
    let s = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = t[s * STRIDE];
      if (k === key || k === EMPTY) return s * STRIDE;
      s = (s + 1) & mask;
    }
  }

  /** Make room for `keys` more shingles and `postings` more postings without growing later. */
  reserve(keys: number, postings: number): void {
    if ((this.used + keys) * 10 > this.capacity * 7) this.rehash(keys);
    const need = this.top + postings;
    if (need > this.pDoc.length) this.growPool(need);
  }

  /** The entry holding `hash`, or -1. */
  find(hash: number): number {
    const e = this.probe(ShingleTable.keyOf(hash));
    return this.table[e + KEY] === EMPTY ? -1 : e;
  }

  /**
   * Add many postings at once: (hashes[k], positions[k]) for k < n, given in insertion order, the postings
   * [runStart[x], runStart[x + 1]) being of document runDoc[x] (x < runs, n = runStart[runs]); and
   * collect into `pairs`, for every new posting, the postings under its shingle it is to be compared with
   * (see chainPairs: a bounded sample, so that a shingle standing in a thousand places still links them all).
   * The postings go in in the order of the table slots they go to (a stable counting sort, so every chain
   * is the same as when they are added one by one): the table and the posting pool are filled front to
   * back instead of at random, and a chain is walked while it is in cache.
   */
  addAll(hashes: Int32Array, positions: Int32Array, runDoc: Int32Array, runStart: Int32Array, runs: number, sample: ChainSample, pairs: PostingPairs): void {
    const n = runStart[runs];
    this.reserve(n, n);
    // (each step is a function of its own: a loop run once over millions of items is optimised sooner so)
    // with no freed postings to reuse, the batch takes the pool's next n entries in slot order: slotOrder writes
    // their documents and positions straight there (no copy of the batch, no second pass)
    const at = this.free < 0 ? this.top : -1;
    const sorted = slotOrder(hashes, positions, runDoc, runStart, runs, this.shift, at >= 0 ? this.pDoc : null, at >= 0 ? this.pPos : null, at);
    pairs.n = 0;
    this.used += insertInOrder(this, sorted.hash, sorted.doc, sorted.pos, n, sample, pairs, at);
    if (at >= 0) this.top = at + n;
  }

  /** The posting pool, for insertInOrder (which fills it). */
  get pool(): { table: Int32Array; doc: Int32Array; pos: Int32Array; next: Int32Array; capacity: number; shift: number } {
    return { table: this.table, doc: this.pDoc, pos: this.pPos, next: this.pNext, capacity: this.capacity, shift: this.shift };
  }


  /** Remove every posting of `doc` under `hash`, in one walk of the chain (a repetitive text puts thousands there). */
  removeDoc(hash: number, doc: number): void {
    const e = this.find(hash);
    if (e < 0) return;
    const t = this.table;
    let prev = -1;
    for (let p = t[e + HEAD] - 1; p >= 0;) {
      const next = this.pNext[p];
      if (this.pDoc[p] === doc) {
        if (prev < 0) t[e + HEAD] = next + 1;
        else this.pNext[prev] = next;
        this.pNext[p] = this.free;
        this.free = p;
      } else prev = p;
      p = next;
    }
  }

  /** A free posting (the pool has room: see reserve). */
  allocPosting(): number {
    if (this.free >= 0) { const p = this.free; this.free = this.pNext[p]; return p; }
    if (this.top === this.pDoc.length) this.growPool(this.top * 2);
    return this.top++;
  }

  private growPool(size: number): void {
    const grow = (a: Int32Array): Int32Array => { const b = new Int32Array(size); b.set(a); return b; };
    this.pDoc = grow(this.pDoc); this.pPos = grow(this.pPos); this.pNext = grow(this.pNext);
  }

  /** Rebuild the table with room for `extra` more keys, dropping keys that no longer have postings. */
  private rehash(extra: number): void {
    const old = this.table, oldCapacity = this.capacity;
    let live = 0;
    for (let s = 0; s < oldCapacity; s++) if (old[s * STRIDE] !== EMPTY && old[s * STRIDE + HEAD] !== 0) live++;
    let bits = 12;
    while ((live + extra) * 10 > (1 << bits) * 6) bits++;
    this.capacity = 1 << bits;
    this.shift = 32 - bits;
    this.table = new Int32Array(this.capacity * STRIDE);
    this.used = 0;
    for (let s = 0; s < oldCapacity; s++) {
      const o = s * STRIDE;
      if (old[o] === EMPTY || old[o + HEAD] === 0) continue;
      const e = this.probe(old[o]);
      this.table[e] = old[o]; this.table[e + HEAD] = old[o + HEAD];
      this.used++;
    }
  }
}

const slotOf = (hash: number, shift: number): number => Math.imul(hash === EMPTY ? 1 : hash | 0, 0x9e3779b1) >>> shift;

/**
 * The batch in the order of its table slots: a stable counting sort on the slot's top bits (each bucket is a
 * small stretch of the table), the postings copied out in that order so that the inserts read them front to back.
 * Documents and positions go to `intoDoc` and `intoPos` from index `at` when given (the posting pool), else to
 * new arrays from index 0.
 */
function slotOrder(hashes: Int32Array, positions: Int32Array, runDoc: Int32Array, runStart: Int32Array, runs: number, shift: number,
  intoDoc: Int32Array | null, intoPos: Int32Array | null, at: number): { hash: Int32Array; doc: Int32Array; pos: Int32Array } {
  const n = runStart[runs];
  const bits = Math.min(10, 32 - shift), low = 32 - shift - bits;
  const count = new Int32Array((1 << bits) + 1);
  const bucket = new Uint16Array(n);
  for (let k = 0; k < n; k++) {
    const b = slotOf(hashes[k], shift) >>> low;
    bucket[k] = b;
    count[b + 1]++;
  }
  for (let b = 0; b < 1 << bits; b++) count[b + 1] += count[b];
  const hash = new Int32Array(n);
  const doc = intoDoc ?? new Int32Array(n), pos = intoPos ?? new Int32Array(n);
  const off = intoDoc ? at : 0;
  if (off) for (let b = 0; b <= 1 << bits; b++) count[b] += off;
  for (let x = 0; x < runs; x++) {
    const d = runDoc[x];
    for (let k = runStart[x]; k < runStart[x + 1]; k++) {
      const r = count[bucket[k]]++;
      hash[r - off] = hashes[k]; doc[r] = d; pos[r] = positions[k];
    }
  }
  return { hash, doc, pos };
}

/**
 * ShingleTable.addAll's inserts, in order; returns how many keys were new. With `at` >= 0, `docs` and `positions`
 * are the pool's own arrays, already holding the batch from `at` on (see slotOrder): posting r is pool entry at + r.
 */
function insertInOrder(table: ShingleTable, hashes: Int32Array, docs: Int32Array, positions: Int32Array, n: number,
  sample: ChainSample, pairs: PostingPairs, at: number): number {
  const { table: t, doc: pDoc, pos: pPos, next: pNext, capacity, shift } = table.pool;
  const mask = capacity - 1;
  let added = 0;
  for (let r = 0; r < n; r++) {
    const key = hashes[r] === EMPTY ? 1 : hashes[r] | 0;
    let s = slotOf(key, shift);
    for (let kk = t[s * STRIDE]; kk !== key && kk !== EMPTY; kk = t[s * STRIDE]) s = (s + 1) & mask;
    const e = s * STRIDE;
    if (t[e + KEY] === EMPTY) { t[e + KEY] = key; added++; }
    const head = t[e + HEAD];
    const off = at >= 0 ? at + r : r;
    if (head !== 0) chainPairs(pDoc, pPos, pNext, head - 1, docs[off], positions[off], sample, pairs);
    let p: number;
    if (at >= 0) p = off;
    else { p = table.allocPosting(); pDoc[p] = docs[r]; pPos[p] = positions[r]; }
    pNext[p] = head - 1;
    t[e + HEAD] = p + 1;
  }
  return added;
}

/** How many postings under a shingle a new posting is compared with (see chainPairs). */
export interface ChainSample {
  /** A chain of at most `walk` postings, of at most `all` other documents and at most `own` of the new
   * posting's document, pairs it with every posting ... */
  walk: number;
  all: number;
  own: number;
  /** ... a longer one with its document's nearest posting, or else the latest posting of the latest `latest`
   * other documents. */
  latest: number;
}

let chainDoc = new Int32Array(64), chainPos = new Int32Array(64);

/**
 * Pair the new posting (doc, pos) with postings of the chain from `p` (newest first; a document's postings
 * under one shingle are consecutive in it, since a document goes in in one batch, in position order).
 * A short chain (see ChainSample) gives every pair, so that a corpus where no shingle is common gets the same
 * pairs whatever the order its documents came in. A long one gives a sample, in bounded time, and is never
 * dropped:
 * - when the document already has the shingle (the chain starts with its own postings), its nearest earlier
 *   place: a text repeating itself links each repeat to the one before, not every repeat to every other (the
 *   repeats still end up in one group, by transitivity);
 * - otherwise the latest posting of the latest `latest` other documents having it: a shingle in a thousand
 *   documents links each to the ones before it (one group, by transitivity).
 */
function chainPairs(pDoc: Int32Array, pPos: Int32Array, pNext: Int32Array, p: number, doc: number, pos: number, sample: ChainSample, pairs: PostingPairs): void {
  if (chainDoc.length < sample.walk) { chainDoc = new Int32Array(sample.walk); chainPos = new Int32Array(sample.walk); }
  let n = 0, own = 0, docs = 0, last = -1;
  for (; p >= 0 && n < sample.walk && docs <= sample.all; p = pNext[p], n++) {
    const d = pDoc[p];
    if (d === doc) own++;
    else if (d !== last) docs++;
    last = d;
    chainDoc[n] = d; chainPos[n] = pPos[p];
  }
  if (p < 0 && own <= sample.own && docs <= sample.all) {
    for (let k = 0; k < n; k++) pairs.push(doc, pos, chainDoc[k], chainPos[k]);
    return;
  }
  if (own) { pairs.push(doc, pos, doc, chainPos[0]); return; }
  let taken = 0;
  last = -1;
  for (let k = 0; k < n && taken < sample.latest; k++) {
    if (chainDoc[k] === last) continue;
    last = chainDoc[k];
    pairs.push(doc, pos, last, chainPos[k]);
    taken++;
  }
}

/** Pairs of postings under one shingle (see ShingleTable.addAll): the later one's document and position, the earlier one's. */
export class PostingPairs {
  laterDoc: Int32Array = new Int32Array(1024);
  laterPos: Int32Array = new Int32Array(1024);
  doc: Int32Array = new Int32Array(1024);
  pos: Int32Array = new Int32Array(1024);
  n = 0;
  push(laterDoc: number, laterPos: number, doc: number, pos: number): void {
    if (this.n === this.doc.length) {
      const grow = (a: Int32Array): Int32Array => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
      this.laterDoc = grow(this.laterDoc); this.laterPos = grow(this.laterPos);
      this.doc = grow(this.doc); this.pos = grow(this.pos);
    }
    const q = this.n++;
    this.laterDoc[q] = laterDoc; this.laterPos[q] = laterPos; this.doc[q] = doc; this.pos[q] = pos;
  }
}
