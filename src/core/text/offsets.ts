/** Conversions of the model's UTF-16 offsets: to code-point offsets (brat, W3C Web Annotation) and to lines. */

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

/**
 * The one offset-to-line table: line starts and lengths of a text, breaking lines at \r\n, \r and \n as VS Code
 * does. Editor positions (src/extension/positions.ts), the side panel's line numbers and the CSV export's line
 * column all read it.
 */
export class LineTable {
  protected readonly starts: Uint32Array;
  /** Length of each line without its line break. */
  protected readonly lengths: Uint32Array;

  constructor(text: string) {
    // String.prototype.indexOf scans natively: about 100 times faster than charCodeAt over a 1 MB text, whose
    // line table is otherwise the longest piece of work on the extension host's thread when it changes.
    const cr = text.indexOf('\r') >= 0;
    const breaks: number[] = [];
    if (!cr) for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
    else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) breaks.push(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      }
    }
    const n = breaks.length + 1;
    this.starts = new Uint32Array(n);
    this.lengths = new Uint32Array(n);
    for (let line = 0; line < breaks.length; line++) {
      const i = breaks[line];
      this.lengths[line] = i - this.starts[line];
      this.starts[line + 1] = i + (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1);
    }
    this.lengths[n - 1] = text.length - this.starts[n - 1];
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The offset of a line's start (clamped to the last line). */
  offsetOfLine(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** The offset just past a line's text, without its line break (clamped to the last line). */
  endOfLine(line: number): number {
    const l = Math.max(0, Math.min(line, this.starts.length - 1));
    return this.starts[l] + this.lengths[l];
  }

  lineOf(offset: number): number {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
}
