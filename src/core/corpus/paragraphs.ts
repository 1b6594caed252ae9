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

/** Whether a line ending in this character is a paragraph of its own: . ! ? : ; " ” ’ ' ) ] … */
function endsParagraph(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 34 || c === 0x201d || c === 0x2019 ||
    c === 39 || c === 41 || c === 93 || c === 0x2026;
}

export interface Paragraph {
  start: number;
  end: number;
}

type Check = (line: string) => boolean;

/** Paragraph spans [start, end, start, end, ...] (shared between calls: valid until the next one). */
export interface Spans {
  spans: Int32Array;
  /** Number of paragraphs (the spans' length is twice as much). */
  n: number;
}

const out: Spans = { spans: new Int32Array(1 << 10), n: 0 };
let block = new Int32Array(1 << 10);
let furnitureOf = new Int8Array(1 << 9);

function push(s: number, e: number): void {
  if (2 * out.n + 2 > out.spans.length) { const b = new Int32Array(out.spans.length * 2); b.set(out.spans); out.spans = b; }
  out.spans[2 * out.n] = s; out.spans[2 * out.n + 1] = e;
  out.n++;
}

/** Split a block of `lines` lines (block[2l], block[2l + 1]: start and end of line l) into paragraphs. */
function splitBlock(text: string, lines: number, isFurniture: Check): void {
  if (furnitureOf.length < lines) furnitureOf = new Int8Array(2 * lines);
  furnitureOf.fill(-1, 0, lines);
  const furniture = (l: number): boolean => {
    if (furnitureOf[l] < 0) furnitureOf[l] = isFurniture(text.slice(block[2 * l], block[2 * l + 1])) ? 1 : 0;
    return furnitureOf[l] === 1;
  };
  let wrapped = lines >= 2;
  for (let l = 0; wrapped && l < lines; l++) {
    const len = block[2 * l + 1] - block[2 * l];
    if (len > WRAP_MAX || (l < lines - 1 && len < WRAP_MIN)) wrapped = false;
  }
  for (let l = 0; wrapped && l < lines; l++) if (furniture(l)) wrapped = false;
  if (wrapped) {
    push(block[0], block[2 * lines - 1]);
    return;
  }
  let prevWraps = false;
  for (let l = 0; l < lines; l++) {
    const s = block[2 * l], e = block[2 * l + 1], len = e - s;
    if (prevWraps && !furniture(l)) out.spans[2 * out.n - 1] = e;
    else push(s, e);
    prevWraps = len >= LONE_WRAP_MIN && len <= WRAP_MAX && !endsParagraph(text.charCodeAt(e - 1)) && !furniture(l);
  }
}

/** The paragraphs of a text, in order, trimmed of surrounding white space, as spans. */
export function paragraphSpans(text: string, isFurniture: Check): Spans {
  out.n = 0;
  let lines = 0;
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    let s = pos, e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      if (2 * lines + 2 > block.length) { const b = new Int32Array(block.length * 2); b.set(block); block = b; }
      block[2 * lines] = s; block[2 * lines + 1] = e;
      lines++;
    } else if (lines) { splitBlock(text, lines, isFurniture); lines = 0; }
    pos = nl + 1;
  }
  if (lines) splitBlock(text, lines, isFurniture);
  return out;
}

/** The paragraphs of a text, in order, trimmed of surrounding white space. */
export function paragraphs(text: string, isFurniture: Check): Paragraph[] {
  const { spans, n } = paragraphSpans(text, isFurniture);
  const list: Paragraph[] = [];
  for (let k = 0; k < n; k++) list.push({ start: spans[2 * k], end: spans[2 * k + 1] });
  return list;
}
