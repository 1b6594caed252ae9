/**
 * The shingle index: for every k-word shingle hash, where it stands (document slot, word position). An
 * open-addressing hash table over typed arrays with a linked pool of postings, so that 5,000 articles
 * (about five million postings) fit in a few tens of megabytes and a document's postings can be removed
 * when it changes.
 */

const EMPTY = 0;

export class ShingleTable {
  private keys = new Int32Array(1 << 16);
  private heads = new Int32Array(1 << 16).fill(-1);
  private counts = new Int32Array(1 << 16);
  private used = 0;
  private pDoc: Int32Array = new Int32Array(1 << 16);
  private pPos: Int32Array = new Int32Array(1 << 16);
  private pNext: Int32Array = new Int32Array(1 << 16);
  private top = 0;
  private free = -1;

  private static keyOf(hash: number): number {
    return hash === EMPTY ? 1 : hash | 0;
  }

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let s = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const k = this.keys[s];
      if (k === key || k === EMPTY) return s;
      s = (s + 1) & mask;
    }
  }

  /** The table slot holding `hash`, or -1. */
  find(hash: number): number {
    const s = this.slot(ShingleTable.keyOf(hash));
    return this.keys[s] === EMPTY ? -1 : s;
  }

  /** How many postings the slot has. */
  count(slot: number): number {
    return this.counts[slot];
  }

  /** First posting of a slot (-1 for none); walk with `next`. */
  head(slot: number): number {
    return this.heads[slot];
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

  add(hash: number, doc: number, pos: number): void {
    if ((this.used + 1) * 10 > this.keys.length * 6) this.rehash(this.keys.length * 2);
    const key = ShingleTable.keyOf(hash);
    const s = this.slot(key);
    if (this.keys[s] === EMPTY) { this.keys[s] = key; this.used++; }
    const p = this.allocPosting();
    this.pDoc[p] = doc; this.pPos[p] = pos; this.pNext[p] = this.heads[s];
    this.heads[s] = p;
    this.counts[s]++;
  }

  remove(hash: number, doc: number, pos: number): void {
    const s = this.find(hash);
    if (s < 0) return;
    let prev = -1;
    for (let p = this.heads[s]; p >= 0; prev = p, p = this.pNext[p]) {
      if (this.pDoc[p] !== doc || this.pPos[p] !== pos) continue;
      if (prev < 0) this.heads[s] = this.pNext[p];
      else this.pNext[prev] = this.pNext[p];
      this.pNext[p] = this.free;
      this.free = p;
      this.counts[s]--;
      return;
    }
  }

  private allocPosting(): number {
    if (this.free >= 0) { const p = this.free; this.free = this.pNext[p]; return p; }
    if (this.top === this.pDoc.length) {
      const cap = this.top * 2;
      const grow = (a: Int32Array): Int32Array => { const b = new Int32Array(cap); b.set(a); return b; };
      this.pDoc = grow(this.pDoc); this.pPos = grow(this.pPos); this.pNext = grow(this.pNext);
    }
    return this.top++;
  }

  /** Rebuild the table with `size` slots, dropping keys that no longer have postings. */
  private rehash(size: number): void {
    const { keys, heads, counts } = this;
    let live = 0;
    for (let s = 0; s < keys.length; s++) if (keys[s] !== EMPTY && counts[s] > 0) live++;
    while (live * 10 > size * 5) size *= 2;
    this.keys = new Int32Array(size);
    this.heads = new Int32Array(size).fill(-1);
    this.counts = new Int32Array(size);
    this.used = 0;
    for (let s = 0; s < keys.length; s++) {
      if (keys[s] === EMPTY || counts[s] === 0) continue;
      const t = this.slot(keys[s]);
      this.keys[t] = keys[s]; this.heads[t] = heads[s]; this.counts[t] = counts[s];
      this.used++;
    }
  }
}
