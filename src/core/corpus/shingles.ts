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
