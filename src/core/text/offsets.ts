/** Conversions between the model's UTF-16 offsets and code-point offsets (brat, W3C Web Annotation). */

/** A function from a UTF-16 offset to the code-point offset of the same place in `text`. */
export function codePointOffsets(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return u => u;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { map[i + 1] = cp; i++; }
    }
    cp++;
  }
  map[text.length] = cp;
  return u => map[Math.max(0, Math.min(text.length, u))];
}

/** Line (0-based) of a UTF-16 offset, from precomputed line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  // indexOf scans natively: far faster than charCodeAt over a long article (the side panel and the CSV export ask)
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function lineOf(starts: number[], offset: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}
