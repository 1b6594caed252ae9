/**
 * Paragraphs of an article as the corpus index sees them, whatever the layout: blank-line separated, one
 * paragraph per line, or hard-wrapped lines. A block (lines between blank lines) whose lines all run to a
 * similar width is one paragraph; elsewhere a line break is a wrap, not a paragraph end, when the line is
 * of wrapping width and does not end a sentence (a hard-wrapped paragraph pasted into a one-per-line
 * article). Site furniture lines are never joined to their neighbours. `furniture` is asked only about the
 * lines that might be joined; the caller checks the other paragraphs itself.
 */
/** Lines of a hard-wrapped paragraph are at least this long (except the last) ... */
const WRAP_MIN = 25;
/** ... and at most this long. */
const WRAP_MAX = 100;
/** A single wrapped line inside a one-paragraph-per-line block is at least this long. */
const LONE_WRAP_MIN = 40;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}

/** Characters that end a line of text that is a paragraph of its own. */
const ENDS_PARAGRAPH = /[.!?:;"”’')\]…]$/;

export interface Paragraph {
  start: number;
  end: number;
}

type Check = (line: string) => boolean;

function splitBlock(text: string, block: number[], isFurniture: Check, out: Paragraph[]): void {
  const lines = block.length / 2;
  const len = (l: number): number => block[2 * l + 1] - block[2 * l];
  const furniture = (l: number): boolean => isFurniture(text.slice(block[2 * l], block[2 * l + 1]));
  let wrapped = lines >= 2;
  for (let l = 0; wrapped && l < lines; l++) if (len(l) > WRAP_MAX || (l < lines - 1 && len(l) < WRAP_MIN)) wrapped = false;
  for (let l = 0; wrapped && l < lines; l++) if (furniture(l)) wrapped = false;
  if (wrapped) {
    out.push({ start: block[0], end: block[block.length - 1] });
    return;
  }
  let cur: Paragraph | null = null;
  let prevWraps = false;
  for (let l = 0; l < lines; l++) {
    const s = block[2 * l], e = block[2 * l + 1];
    if (cur && prevWraps && !furniture(l)) cur.end = e;
    else out.push((cur = { start: s, end: e }));
    prevWraps = len(l) >= LONE_WRAP_MIN && len(l) <= WRAP_MAX && !ENDS_PARAGRAPH.test(text.slice(s, e)) && !furniture(l);
  }
}

/** The paragraphs of a text, in order, trimmed of surrounding white space. */
export function paragraphs(text: string, isFurniture: Check): Paragraph[] {
  const out: Paragraph[] = [];
  const block: number[] = [];
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    let s = pos, e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) block.push(s, e);
    else if (block.length) { splitBlock(text, block, isFurniture, out); block.length = 0; }
    pos = nl + 1;
  }
  if (block.length) splitBlock(text, block, isFurniture, out);
  return out;
}
