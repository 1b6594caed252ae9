/**
 * Paragraphs of an article as the corpus index sees them, whatever the layout: blank-line separated, one
 * paragraph per line, or hard-wrapped lines (a block whose lines all run to a similar width is one paragraph).
 * Returns [start, end) pairs of character offsets, trimmed of surrounding white space.
 */

/** Lines of a hard-wrapped paragraph are at least this long (except the last) ... */
const WRAP_MIN = 25;
/** ... and at most this long. A block with a longer line is laid out one paragraph per line. */
const WRAP_MAX = 100;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}

/** Paragraph spans as a flat array [s0, e0, s1, e1, ...]. */
export function paragraphSpans(text: string): number[] {
  const out: number[] = [];
  const block: number[] = []; // trimmed line spans of the current block
  const flush = (): void => {
    const lines = block.length / 2;
    if (!lines) return;
    let wrapped = lines >= 2;
    for (let l = 0; wrapped && l < lines; l++) {
      const len = block[2 * l + 1] - block[2 * l];
      if (len > WRAP_MAX || (l < lines - 1 && len < WRAP_MIN)) wrapped = false;
    }
    if (wrapped) out.push(block[0], block[block.length - 1]);
    else for (let i = 0; i < block.length; i++) out.push(block[i]);
    block.length = 0;
  };
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    let s = pos, e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) block.push(s, e);
    else flush();
    pos = nl + 1;
  }
  flush();
  return out;
}
