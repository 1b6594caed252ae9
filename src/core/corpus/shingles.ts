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
let prints = new Int32Array(1 << 13);

/** Winnowing window: of every W consecutive shingles, the smallest is indexed. */
export const W = 3;

/**
 * The fingerprints of a document (winnowing): in every window of W consecutive shingle positions, the
 * position of the smallest shingle hash (the rightmost on ties), each position once. Two documents that
 * share a run of W + K - 1 words share at least one fingerprint. Returns [position, hash | 0, ...].
 */
export function fingerprints(doc: DocTokens): Int32Array {
  const n = doc.length - K + 1;
  if (n <= 0) return new Int32Array(0);
  if (scratch.length < n) scratch = new Uint32Array(2 * n);
  const h = scratch;
  for (let i = 0; i < n; i++) h[i] = shingleAt(doc, i);
  if (prints.length < 2 * n) prints = new Int32Array(4 * n);
  const out = prints;
  let m = 0, last = -1;
  for (let s = 0; s === 0 || s + W <= n; s++) {
    let best = -1;
    const end = Math.min(s + W, n);
    for (let i = s; i < end; i++) if (h[i] && (best < 0 || h[i] <= h[best])) best = i;
    if (best > last) { out[m++] = best; out[m++] = h[best] | 0; last = best; }
  }
  return out.slice(0, m);
}
