/**
 * Shingles: runs of K consecutive words inside one paragraph, outside site furniture, not made only of
 * function words. They are the seeds from which matching passages are grown (./align).
 */
import { FUNCTION_WORD, FURNITURE, PARA_START, type DocTokens } from './tokenize';

export const K = 4;

/**
 * The hash of the shingle starting at word `i`, or 0 when no shingle starts there (too close to the end,
 * crossing a paragraph, touching furniture, or only function words).
 */
export function shingleAt(doc: DocTokens, i: number): number {
  if (i + K > doc.length) return 0;
  const { ids, flags } = doc;
  let h = 0x811c9dc5, all = FUNCTION_WORD;
  for (let t = i; t < i + K; t++) {
    const f = flags[t];
    if ((f & FURNITURE) || (t > i && (f & PARA_START))) return 0;
    all &= f;
    h = Math.imul(h ^ ids[t], 0x01000193);
    h ^= h >>> 15;
  }
  return all ? 0 : (h >>> 0) || 1;
}

let scratch = new Uint32Array(1 << 12);

/** Winnowing window: of every W consecutive shingles, the smallest is indexed. */
export const W = 3;

/** A growable list of fingerprints (position, hash) of several documents, one after another. */
export class PrintList {
  pos: Int32Array = new Int32Array(1 << 12);
  hash: Int32Array = new Int32Array(1 << 12);
  n = 0;
  reserve(more: number): void {
    if (this.n + more <= this.pos.length) return;
    const size = Math.max(2 * this.pos.length, this.n + more);
    const grow = (a: Int32Array): Int32Array => { const b = new Int32Array(size); b.set(a.subarray(0, this.n)); return b; };
    this.pos = grow(this.pos); this.hash = grow(this.hash);
  }
}

/** Every shingle hash of a document (shingleAt at each position, in one pass) into `h`. */
function shingleHashes(doc: DocTokens, n: number, h: Uint32Array): void {
  const { ids, flags } = doc;
  for (let i = 0; i < n; i++) {
    const f0 = flags[i], f1 = flags[i + 1], f2 = flags[i + 2], f3 = flags[i + 3];
    if (((f0 | f1 | f2 | f3) & FURNITURE) || ((f1 | f2 | f3) & PARA_START) || (f0 & f1 & f2 & f3 & FUNCTION_WORD)) { h[i] = 0; continue; }
    let x = Math.imul(0x811c9dc5 ^ ids[i], 0x01000193); x ^= x >>> 15;
    x = Math.imul(x ^ ids[i + 1], 0x01000193); x ^= x >>> 15;
    x = Math.imul(x ^ ids[i + 2], 0x01000193); x ^= x >>> 15;
    x = Math.imul(x ^ ids[i + 3], 0x01000193); x ^= x >>> 15;
    h[i] = (x >>> 0) || 1;
  }
}

/**
 * The fingerprints of a document (winnowing), appended to `out`: in every window of W consecutive shingle
 * positions, the position of the smallest shingle hash (the rightmost on ties), each position once. Two
 * documents that share a run of W + K - 1 words share at least one fingerprint.
 */
export function fingerprintsInto(doc: DocTokens, out: PrintList): void {
  const n = doc.length - K + 1;
  if (n <= 0) return;
  if (scratch.length < n) scratch = new Uint32Array(2 * n);
  const h = scratch;
  shingleHashes(doc, n, h);
  out.reserve(n);
  const pos = out.pos, hash = out.hash;
  let m = out.n, last = -1;
  for (let s = 0; s === 0 || s + W <= n; s++) {
    let best = -1;
    const end = Math.min(s + W, n);
    for (let i = s; i < end; i++) if (h[i] && (best < 0 || h[i] <= h[best])) best = i;
    if (best > last) { pos[m] = best; hash[m] = h[best] | 0; m++; last = best; }
  }
  out.n = m;
}

/** The fingerprints of one document: [position, hash | 0, ...]. */
export function fingerprints(doc: DocTokens): Int32Array {
  const list = new PrintList();
  fingerprintsInto(doc, list);
  const out = new Int32Array(2 * list.n);
  for (let k = 0; k < list.n; k++) { out[2 * k] = list.pos[k]; out[2 * k + 1] = list.hash[k]; }
  return out;
}
