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

  /** Whether the last `add` went to a shingle that had postings already. */
  lastExisted = false;

  /** First posting of an entry (-1 for none); walk with `next`. */
  head(entry: number): number {
    return this.table[entry + HEAD] - 1;
  }
  next(posting: number): number {
    return this.pNext[posting];
  }
  doc(posting: number): number {
    return this.pDoc[posting];
  }
  pos(posting: number): number {
    return this.pPos[posting];
  }

  /** Add a posting; returns its entry (valid until the next `add` that grows the table). */
  add(hash: number, doc: number, pos: number): number {
    if ((this.used + 1) * 10 > this.capacity * 7) this.rehash(1);
    const key = ShingleTable.keyOf(hash);
    const e = this.probe(key), t = this.table;
    if (t[e + KEY] === EMPTY) { t[e + KEY] = key; this.used++; }
    this.lastExisted = t[e + HEAD] !== 0;
    const p = this.allocPosting();
    this.pDoc[p] = doc; this.pPos[p] = pos; this.pNext[p] = t[e + HEAD] - 1;
    t[e + HEAD] = p + 1;
    return e;
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

  private allocPosting(): number {
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
