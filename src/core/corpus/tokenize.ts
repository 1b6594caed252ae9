/**
 * An article as the corpus index stores it: its words as ids (canonical spelling, see ./normalize), each with
 * the character span it covers (opening and closing punctuation attached, so that a passage that ends on a
 * word ends after its full stop and closing quote), and flags for the first word of a sentence and of a
 * paragraph and for words of site furniture. Words are runs of letters and digits; an apostrophe between
 * two of them belongs to the word; dashes, hyphens and every other mark separate words.
 */
import { paragraphSpans } from './paragraphs';
import { WORD_BYLINE, WORD_FUNCTION, WORD_FURNITURE, WordIds, wordId } from './normalize';
import { BYLINE_MAX_WORDS, isFurniture } from './furniture';
import { ABBREVIATIONS } from '../text/abbreviations';

export const SENT_START = 1;
export const PARA_START = 2;
export const FURNITURE = 4;
/** A function word (see ./functionWords). */
export const FUNCTION_WORD = 8;

export interface DocTokens {
  /** Word ids (see ./normalize). */
  ids: Int32Array;
  /** Start of each word, opening quotes and brackets included. */
  starts: Uint32Array;
  /** End of each word (exclusive), closing punctuation and quotes included. */
  ends: Uint32Array;
  flags: Uint8Array;
  length: number;
}

/** Abbreviations after which a full stop does not end a sentence, as word ids. */
const ABBREVIATION_IDS = new Set([...ABBREVIATIONS].map(wordId));

const ID_PER = wordId('per'), ID_CENT = wordId('cent'), ID_PERCENT = wordId('percent');

/** A letter, a digit or a combining mark (for a code unit past Latin-1). */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c < 0xc0 || (c >= 0xd800 && c <= 0xdfff)) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  return WORD_CHARACTER.test(String.fromCharCode(c));
}

function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

function isUpperOrDigit(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc;
/** Marks that stick to the start of a word: quotes, brackets, currency. */
const isOpener = (c: number): boolean =>
  c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0x201e || c === 40 || c === 91 || c === 0xab || c === 36 || c === 0xa3 || c === 0x20ac;
/** Marks that stick to the end of a word: stops, commas, closing quotes and brackets. */
const isCloser = (c: number): boolean =>
  c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 34 || c === 39 || c === 0x201d ||
  c === 0x2019 || c === 41 || c === 93 || c === 0xbb || c === 0x2026 || c === 37;
const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;
const isBlank = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

/**
 * Character classes and lower-case forms of the first TABLE_SIZE code points, precomputed (the tokenizer's inner
 * loop) when the first article is tokenized (buildTables): a run that asks for no duplicates never pays for them.
 * One entry per code point, its lower-case form above its class bits (LOWER_SHIFT): the word loop reads one entry a
 * character.
 */
const C_WORD = 1, C_APOS = 2, C_OPENER = 4, C_CLOSER = 8, C_STOP = 16, C_UPPER_DIGIT = 32, C_BLANK = 64;
const CLASS_BITS = 0xff, LOWER_SHIFT = 8;
const TABLE_SIZE = 0x2100;
const ENTRY = new Int32Array(TABLE_SIZE);
let tablesBuilt = false;
function buildTables(): void {
  for (let c = 0; c < TABLE_SIZE; c++) {
    ENTRY[c] = (isWordCode(c) ? C_WORD : 0) | (isApostrophe(c) ? C_APOS : 0) | (isOpener(c) ? C_OPENER : 0) |
      (isCloser(c) ? C_CLOSER : 0) | (isStop(c) ? C_STOP : 0) | (isUpperOrDigit(c) ? C_UPPER_DIGIT : 0) | (isBlank(c) ? C_BLANK : 0) |
      lowerCode(c) << LOWER_SHIFT;
  }
  tablesBuilt = true;
  primeScan();
}

/**
 * A text that takes every branch of scan and its helpers: a byline, "per cent", an abbreviation, characters past
 * the tables (a capital and a letter past U+2100, a symbol, a surrogate pair), apostrophes, quotes, "©", a
 * furniture line, and a British spelling for each of foldWord's rules (new words are folded in WordIds.add).
 * Tokenized once (with word ids of its own, in a table small enough to grow) before any article, so that V8
 * optimises the tokenizer and the word table with type feedback for every branch: a branch first taken in optimised
 * code throws that code out (a deopt: scan 3 times, WordIds.id and add 3 times each in a 5,000-document index run)
 * and the function is compiled again on a compiler thread (30–60 ms for scan).
 */
const PRIMER = 'By Jane Doe\n\n\u201cThe rate rose 5 per cent,\u201d Mr. Smith said. It fell (again) to 3% \u2014 ' +
  '\u2126mega \u4e2d\u6587 \u2665 \ud83d\ude00 caf\u00e9\u2019s don\'t! U.S. officials agreed.\n\n' +
  'Grey neighbours organised, analysed and travelled to the centre, the theatres and a catalogue of crises in ' +
  'colour.\n\n\u00a9 2020. All rights reserved.\n';
/** log2 of the primer's word table's entries: small, so that it grows. */
const PRIMER_TABLE_LOG2 = 2;
/**
 * Times PRIMER is tokenized: V8 gives a function its feedback vector (where the type feedback goes) only after it has
 * run a while, in the middle of the first pass here.
 */
const PRIMER_PASSES = 3;

/** Tokenize PRIMER into the scratch arrays (the next scan resets them), with a word table of its own. */
function primeScan(): void {
  for (let pass = 0; pass < PRIMER_PASSES; pass++) scan(PRIMER, new WordIds(PRIMER_TABLE_LOG2));
}
/** The table entry of a code unit past the tables: a letter or digit, upper case, and its lower-case form. */
const entryPast = (c: number): number =>
  (isWordCode(c) ? C_WORD : 0) | (isUpperOrDigit(c) ? C_UPPER_DIGIT : 0) | lowerCode(c) << LOWER_SHIFT;
const entryOf = (c: number): number => (c < TABLE_SIZE ? ENTRY[c] : entryPast(c));
const classOf = (c: number): number => entryOf(c) & CLASS_BITS;

/** Scratch arrays shared by every call (tokenizing is synchronous), copied out at the end. */
class Scratch {
  ids = new Int32Array(1 << 14);
  starts = new Uint32Array(1 << 14);
  ends = new Uint32Array(1 << 14);
  flags = new Uint8Array(1 << 14);
  n = 0;
  /** Room for every word of a text of `chars` characters (a word takes at least two). */
  reset(chars: number): void {
    const need = (chars >> 1) + 2;
    if (need > this.ids.length) {
      this.ids = new Int32Array(need); this.starts = new Uint32Array(need);
      this.ends = new Uint32Array(need); this.flags = new Uint8Array(need);
    }
    this.n = 0;
  }
  push(id: number, start: number, end: number, flags: number): void {
    const n = this.n++;
    this.ids[n] = id; this.starts[n] = start; this.ends[n] = end; this.flags[n] = flags;
  }
  /** The words, copied into one buffer (one allocation per document). */
  done(): DocTokens {
    const n = this.n;
    const buffer = new ArrayBuffer(n * 13);
    const doc: DocTokens = {
      ids: new Int32Array(buffer, 0, n), starts: new Uint32Array(buffer, 4 * n, n),
      ends: new Uint32Array(buffer, 8 * n, n), flags: new Uint8Array(buffer, 12 * n, n), length: n,
    };
    doc.ids.set(this.ids.subarray(0, n)); doc.starts.set(this.starts.subarray(0, n));
    doc.ends.set(this.ends.subarray(0, n)); doc.flags.set(this.flags.subarray(0, n));
    return doc;
  }
}
const scratch = new Scratch();

/** What scanWord found besides the word's end: the FNV-1a hash of its lower-case letters, and a second, independent one. */
let wordHash = 0, wordHash2 = 0;

/**
 * The end of the word starting at `i` (letters and digits, with apostrophes between them), its hash in
 * wordHash and wordHash2. (The character loops are small functions of their own: they are optimised after a few articles.)
 */
function scanWord(text: string, i: number, pe: number): number {
  // (the FNV offset basis as a 32-bit integer, the value `h ^ c` reads it as: written 2166136261, above 2^31, it makes h
  // a double to V8, converted to an integer and back at every character)
  let h = 0x811c9dc5 | 0, h2 = 0;
  let end = i;
  while (i < pe) {
    const e = entryOf(text.charCodeAt(i));
    if (e & C_WORD) {
      const c = e >>> LOWER_SHIFT;
      h = Math.imul(h ^ c, 0x01000193);
      h2 = (h2 << 5) - h2 + c | 0;
      end = ++i;
    } else if ((e & C_APOS) && i + 1 < pe && classOf(text.charCodeAt(i + 1)) & C_WORD) i++;
    else break;
  }
  wordHash = h; wordHash2 = h2;
  return end;
}

/** Whether skipNonWord passed a "©". */
let sawCopyright = false;

/** The next word start at or after `i` (or `pe`). */
function skipNonWord(text: string, i: number, pe: number): number {
  for (; i < pe; i++) {
    const c = text.charCodeAt(i);
    if (c < TABLE_SIZE ? ENTRY[c] & C_WORD : isWordCode(c)) break;
    if (c === 0xa9) sawCopyright = true;
  }
  return i;
}

/** The start of a word at `ws` with its opening marks. */
function withOpeners(text: string, ws: number, ps: number): number {
  while (ws > ps && classOf(text.charCodeAt(ws - 1)) & C_OPENER) ws--;
  return ws;
}

/** Whether withClosers passed a full stop, "!", "?" or "…". */
let sawStop = false;

/** The end of a word ending at `we` with its closing marks. */
function withClosers(text: string, we: number, pe: number): number {
  let stop = false, k: number;
  for (; we < pe && (k = classOf(text.charCodeAt(we))) & C_CLOSER; we++) if (k & C_STOP) stop = true;
  sawStop = stop;
  return we;
}

/** Whether a sentence starts after the closing marks ending at `end`: space, then a capital or digit (after openers). */
function sentenceFollows(text: string, end: number, pe: number): boolean {
  let k = end;
  while (k < pe && classOf(text.charCodeAt(k)) & C_BLANK) k++;
  if (k === end) return false;
  while (k < pe && classOf(text.charCodeAt(k)) & C_OPENER) k++;
  return k < pe && (classOf(text.charCodeAt(k)) & C_UPPER_DIGIT) !== 0;
}

/** Tokenize one article. */
export function tokenize(text: string, words: WordIds): DocTokens {
  scan(text, words);
  return scratch.done();
}

/**
 * Several articles' tokens in one buffer, as a worker thread hands them over (the buffers are transferable):
 * [ids: Int32 × n | starts: Uint32 × n | ends: Uint32 × n | flags: Uint8 × n], n = docStart[docs], article
 * k being words [docStart[k], docStart[k + 1]).
 */
export interface PackedTokens {
  buffer: ArrayBuffer;
  docStart: Int32Array;
}

/** Tokenizes articles one after another into one PackedTokens (its growing arrays are reused between batches). */
export class TokenPacker {
  private ids = new Int32Array(1 << 14);
  private starts = new Uint32Array(1 << 14);
  private ends = new Uint32Array(1 << 14);
  private flags = new Uint8Array(1 << 14);
  private n = 0;
  private docStart: number[] = [0];

  /** Tokenize one more article (undefined: an article with no text, no words). */
  add(text: string | undefined, words: WordIds): void {
    if (text !== undefined) {
      scan(text, words);
      const m = scratch.n, need = this.n + m;
      if (need > this.ids.length) {
        const size = Math.max(need, 2 * this.ids.length);
        const grow = <T extends Int32Array | Uint32Array | Uint8Array>(a: T, b: T): T => { b.set(a.subarray(0, this.n)); return b; };
        this.ids = grow(this.ids, new Int32Array(size)); this.starts = grow(this.starts, new Uint32Array(size));
        this.ends = grow(this.ends, new Uint32Array(size)); this.flags = grow(this.flags, new Uint8Array(size));
      }
      this.ids.set(scratch.ids.subarray(0, m), this.n); this.starts.set(scratch.starts.subarray(0, m), this.n);
      this.ends.set(scratch.ends.subarray(0, m), this.n); this.flags.set(scratch.flags.subarray(0, m), this.n);
      this.n = need;
    }
    this.docStart.push(this.n);
  }

  /** The articles added since the last take, packed into one exact-size buffer. */
  take(): PackedTokens {
    const n = this.n, buffer = new ArrayBuffer(13 * n);
    new Int32Array(buffer, 0, n).set(this.ids.subarray(0, n));
    new Uint32Array(buffer, 4 * n, n).set(this.starts.subarray(0, n));
    new Uint32Array(buffer, 8 * n, n).set(this.ends.subarray(0, n));
    new Uint8Array(buffer, 12 * n, n).set(this.flags.subarray(0, n));
    const packed = { buffer, docStart: Int32Array.from(this.docStart) };
    this.n = 0;
    this.docStart = [0];
    return packed;
  }
}

/** Article k of a PackedTokens (views into its buffer, no copy). */
export function unpackTokens(packed: PackedTokens, k: number): DocTokens {
  const { buffer, docStart } = packed;
  const n = docStart[docStart.length - 1], s = docStart[k], length = docStart[k + 1] - s;
  return {
    ids: new Int32Array(buffer, 4 * s, length), starts: new Uint32Array(buffer, 4 * (n + s), length),
    ends: new Uint32Array(buffer, 4 * (2 * n + s), length), flags: new Uint8Array(buffer, 12 * n + s, length), length,
  };
}

/** "cent" after "per" in one paragraph: the two are one word, "percent" (ending at `end`); whether they were joined. */
function joinPerCent(out: Scratch, flags: number, end: number): boolean {
  const last = out.n - 1;
  if (last < 0 || out.ids[last] !== ID_PER || flags & PARA_START) return false;
  out.ids[last] = ID_PERCENT;
  out.ends[last] = end;
  return true;
}

/** Tokenize one article into the shared scratch arrays. */
function scan(text: string, words: WordIds): void {
  if (!tablesBuilt) buildTables();
  const out = scratch;
  out.reset(text.length);
  const paras = paragraphSpans(text, isFurniture);
  for (let x = 0; x < paras.n; x++) {
    const ps = paras.spans[2 * x], pe = paras.spans[2 * x + 1];
    let flags = PARA_START | SENT_START;
    const t0 = out.n;
    let byline = false;
    sawCopyright = false;
    let suspect = false;
    for (let i = skipNonWord(text, ps, pe); i < pe; i = skipNonWord(text, i, pe)) {
      const ws = i;
      const we = scanWord(text, ws, pe);
      const id = words.id(wordHash, wordHash2, text, ws, we);
      const kind = words.kind;
      if (kind & WORD_FURNITURE) suspect = true;
      if (out.n === t0 && (kind & WORD_BYLINE)) byline = true;
      const start = withOpeners(text, ws, ps);
      const end = withClosers(text, we, pe);
      if (id !== ID_CENT || !joinPerCent(out, flags, end)) out.push(id, start, end, kind & WORD_FUNCTION ? flags | FUNCTION_WORD : flags);
      flags = 0;
      // a sentence ends at a stop followed by space and a capital or digit, unless the word is an abbreviation
      if (sawStop && end < pe && !(text.charCodeAt(we) === 46 && (we - ws === 1 || ABBREVIATION_IDS.has(id))) && sentenceFollows(text, end, pe)) {
        flags = SENT_START;
      }
      i = end;
    }
    // site furniture: checked only on paragraphs that contain one of its words or start like a byline
    if ((suspect || sawCopyright || (byline && out.n - t0 <= BYLINE_MAX_WORDS)) && isFurniture(text.slice(ps, pe))) {
      for (let t = t0; t < out.n; t++) out.flags[t] |= FURNITURE;
    }
  }
}
