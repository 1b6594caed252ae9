import { nextTask } from './nextTask';

/** A fast content hash of a text (two 32-bit FNV-style hashes and the length), for the analysis caches. */
export function hash(text: string): string {
  return finish(step(0x811c9dc5, 0x01000193, text, 0, text.length), text.length);
}

/** Characters hashed between two yields to the event loop by hashInSlices. */
export const HASH_SLICE = 1 << 17;

/**
 * The same hash as `hash`, computed a slice at a time with a yield to the event loop between slices, so that
 * hashing a long text on the extension host's thread never holds it for long.
 */
export async function hashInSlices(text: string, slice = HASH_SLICE): Promise<string> {
  if (text.length <= slice) return hash(text);
  let h: [number, number] = [0x811c9dc5, 0x01000193];
  for (let from = 0; from < text.length; from += slice) {
    if (from) await nextTask();
    h = step(h[0], h[1], text, from, Math.min(text.length, from + slice));
  }
  return finish(h, text.length);
}

function step(h1: number, h2: number, text: string, from: number, to: number): [number, number] {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return [h1, h2];
}

function finish([h1, h2]: [number, number], length: number): string {
  return `${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}:${length}`;
}
