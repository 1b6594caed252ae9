/**
 * An article as the corpus index stores it: its words as ids (canonical spelling, see ./normalize), each with
 * the character span it covers (opening and closing punctuation attached, so that a passage that ends on a
 * word ends after its full stop and closing quote), and flags for the first word of a sentence and of a
 * paragraph and for words of site furniture. Words are runs of letters and digits; an apostrophe between
 * two of them belongs to the word; dashes, hyphens and every other mark separate words.
 */
import { paragraphs } from './paragraphs';
import { WORD_BYLINE, WORD_FUNCTION, WORD_FURNITURE, WordIds, wordId } from './normalize';
import { BYLINE_MAX_WORDS, isFurniture } from './furniture';

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

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'sgt',
  'capt', 'cmdr', 'adm', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'vs', 'no', 'jan', 'feb', 'mar', 'apr', 'aug',
  'sept', 'sep', 'oct', 'nov', 'dec', 'ft', 'mt', 'pres', 'prof', 'rev', 'atty', 'supt', 'dept', 'est', 'approx', 'etc',
  'calif', 'ariz', 'mass', 'conn', 'penn', 'fla', 'ga', 'pa', 'va', 'wis', 'mich', 'minn', 'tenn', 'ky', 'la', 'md',
  'nev', 'okla', 'ore', 'wash', 'colo', 'ala', 'ark', 'ill', 'ind', 'kan', 'neb', 'vt', 'mo', 'miss'].map(wordId));

const ID_PER = wordId('per'), ID_CENT = wordId('cent'), ID_PERCENT = wordId('percent');

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c < 0xc0 || (c >= 0xd800 && c <= 0xdfff)) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  return /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c));
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

class Growable {
  ids = new Int32Array(256);
  starts = new Uint32Array(256);
  ends = new Uint32Array(256);
  flags = new Uint8Array(256);
  n = 0;
  push(id: number, start: number, end: number, flags: number): void {
    if (this.n === this.ids.length) {
      const cap = this.n * 2;
      const grow = <T extends Int32Array | Uint32Array | Uint8Array>(a: T, b: T): T => { b.set(a); return b; };
      this.ids = grow(this.ids, new Int32Array(cap));
      this.starts = grow(this.starts, new Uint32Array(cap));
      this.ends = grow(this.ends, new Uint32Array(cap));
      this.flags = grow(this.flags, new Uint8Array(cap));
    }
    this.ids[this.n] = id; this.starts[this.n] = start; this.ends[this.n] = end; this.flags[this.n] = flags;
    this.n++;
  }
  done(): DocTokens {
    const n = this.n;
    return { ids: this.ids.slice(0, n), starts: this.starts.slice(0, n), ends: this.ends.slice(0, n), flags: this.flags.slice(0, n), length: n };
  }
}

/** Tokenize one article. */
export function tokenize(text: string, words: WordIds): DocTokens {
  const out = new Growable();
  for (const { start: ps, end: pe } of paragraphs(text, isFurniture)) {
    let flags = PARA_START | SENT_START;
    const t0 = out.n;
    let suspect = false, byline = false;
    let i = ps;
    while (i < pe) {
      const c = text.charCodeAt(i);
      if (!isWordCode(c)) { if (c === 0xa9) suspect = true; i++; continue; }
      // a word: letters and digits, with apostrophes between them
      const ws = i;
      let h = 0x811c9dc5;
      let lastWordChar = i;
      while (i < pe) {
        const d = text.charCodeAt(i);
        if (isWordCode(d)) {
          h = Math.imul(h ^ lowerCode(d), 0x01000193);
          lastWordChar = i;
          i++;
        } else if (isApostrophe(d) && i + 1 < pe && isWordCode(text.charCodeAt(i + 1))) i++;
        else break;
      }
      const we = lastWordChar + 1;
      i = we;
      const id = words.id(h, text, ws, we);
      const kind = words.kind;
      if (kind & WORD_FURNITURE) suspect = true;
      if (out.n === t0 && (kind & WORD_BYLINE)) byline = true;
      let start = ws;
      while (start > ps && isOpener(text.charCodeAt(start - 1))) start--;
      let end = we, stop = false;
      while (end < pe && isCloser(text.charCodeAt(end))) { if (isStop(text.charCodeAt(end))) stop = true; end++; }
      if (id === ID_CENT && out.n > 0 && out.ids[out.n - 1] === ID_PER && !(flags & PARA_START)) {
        out.ids[out.n - 1] = ID_PERCENT; // "per cent" is "percent"
        out.ends[out.n - 1] = end;
      } else {
        out.push(id, start, end, kind & WORD_FUNCTION ? flags | FUNCTION_WORD : flags);
      }
      flags = 0;
      // a sentence ends at a stop followed by space and a capital or digit, unless the word is an abbreviation
      if (stop && end < pe && !(text.charCodeAt(we) === 46 && (we - ws === 1 || ABBREVIATIONS.has(id)))) {
        let k = end;
        while (k < pe && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k++;
        if (k > end) {
          while (k < pe && isOpener(text.charCodeAt(k))) k++;
          if (k < pe && isUpperOrDigit(text.charCodeAt(k))) flags |= SENT_START;
        }
      }
      i = end;
    }
    // site furniture: checked only on paragraphs that contain one of its words or start like a byline
    if ((suspect || (byline && out.n - t0 <= BYLINE_MAX_WORDS)) && isFurniture(text.slice(ps, pe))) {
      for (let t = t0; t < out.n; t++) out.flags[t] |= FURNITURE;
    }
  }
  return out.done();
}
