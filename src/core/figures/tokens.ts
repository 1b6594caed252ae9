/**
 * A bounded token reader around one position of the text: the figures engine looks a few tokens forward and
 * backward from each candidate number, never further, so the whole scan stays linear in the text length.
 */

import { wordForms } from '../text/sharedWords';

export type TokKind = 'w' | 'n' | 'p';

export interface Tok {
  s: number;
  e: number;
  /** The token text as written. */
  w: string;
  /** Lower case. */
  l: string;
  /** word, number (digits with , and . inside), punctuation (one character). */
  k: TokKind;
  /** Whitespace separates it from the token before it. */
  sp: boolean;
  /** That whitespace holds a line break. */
  nl: boolean;
}

const WORD = /[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?/y;
/**
 * A number as most text writes it: "45,000", "1.5"; or with a decimal comma before a scale word, which a thousands
 * separator never stands as (one or two digits after it): "inputs for 3,2 million households", "owed ZiG2,4 billion"
 * (test/fixtures/outlets zw-herald-gmb-arrears.txt, zw-newsday-harare-water-tariff-hike.txt).
 */
const NUM = /[0-9]{1,3},[0-9]{1,2}(?=[ \u00a0](?:million|billion|trillion)\b)|[0-9]+(?:,[0-9]{3}(?![0-9]))*(?:\.[0-9]+)?/y;
/**
 * The rarer ways, tried when the plain reading stops at a space, a point or a full-width digit: "４５,000" (full-width
 * digits), "45 000" / "45\u00a0000" (thousands after a space, no-break or thin space: groups of three after a first
 * group of one to three digits), "1.500.000" (continental thousands).
 */
const WIDE_NUM = /[0-9０-９]{1,3}(?:\.[0-9]{3}){2,}(?![0-9])|[0-9０-９]{1,3}(?:[ \u00a0\u2009\u202f][0-9]{3}(?![0-9,.]?[0-9]))+(?=[^0-9]|$)|[0-9０-９]+(?:,[0-9０-９]{3}(?![0-9０-９]))*(?:\.[0-9]+)?/y;
/** A decimal written without its leading zero (".5 percent"). */
const POINT_NUM = /\.[0-9]+/y;
/** Longest single token read (longer words are cut: they never hold a figure). */
const MAX_TOKEN = 40;

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x2009 || c === 0x202f;
}

/** An ASCII or full-width digit. */
export function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

export function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * The length of the match of the sticky expression `re` at `i`, 0 when none (no match array made: the reader runs
 * for every token around every candidate number).
 */
function matchLength(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex - i : 0;
}

function make(text: string, s: number, e: number, k: TokKind, sp: boolean, nl: boolean): Tok {
  const { text: w, lower: l } = wordForms(text.slice(s, e));
  return { s, e, w, l, k, sp, nl };
}

/**
 * The point at i closes a letter and a slash ("S/.12,000", "B/.45": the Peruvian sol's and the Panamanian balboa's signs,
 * ../text/abbreviations.ts LETTERED_CURRENCY_SIGNS), so the digits after it are a number of their own, not a decimal without its zero.
 */
function afterLetterAndSlash(text: string, i: number): boolean {
  return text.charCodeAt(i - 1) === 47 && isLetter(text.charCodeAt(i - 2));
}

/** The length of the number whose first digit `c` stands at i: the plain reading, or a rarer one (WIDE_NUM) when longer. */
function numberLength(text: string, i: number, c: number): number {
  let len = 1;
  if (c <= 57) len = matchLength(NUM, text, i) || 1;
  const after = text.charCodeAt(i + len);
  if (c > 57 || isSpace(after) || after === 46 || (after >= 0xff10 && after <= 0xff19)) len = Math.max(len, matchLength(WIDE_NUM, text, i));
  return len;
}

/** The length of a decimal without its leading zero at the point at i (".5 percent"), 0 when none stands there. */
function pointNumberLength(text: string, i: number): number {
  return isDigit(text.charCodeAt(i + 1)) && !isDigit(text.charCodeAt(i - 1)) && !afterLetterAndSlash(text, i) ? matchLength(POINT_NUM, text, i) : 0;
}

/**
 * The token starting at or after `pos` (skipping whitespace), or null at the end of the text. (Its end and kind are
 * read first and the token made at one place: V8's optimising compiler inlines `make` once, not once for each kind.)
 */
export function tokenAt(text: string, pos: number): Tok | null {
  let i = pos, nl = false;
  while (i < text.length && isSpace(text.charCodeAt(i))) { if (text.charCodeAt(i) === 10) nl = true; i++; }
  if (i >= text.length) return null;
  const sp = i > pos;
  const c = text.charCodeAt(i);
  let len: number, k: TokKind;
  if (isDigit(c)) { len = numberLength(text, i, c); k = 'n'; }
  else if (isLetter(c)) { len = Math.min(matchLength(WORD, text, i) || 1, MAX_TOKEN); k = 'w'; }
  else if (c === 46 && (len = pointNumberLength(text, i)) > 0) k = 'n';
  else { len = (text.codePointAt(i) ?? c) > 0xffff ? 2 : 1; k = 'p'; }
  return make(text, i, i + len, k, sp, nl);
}

/** Up to `max` tokens from `pos` on. */
export function tokensFrom(text: string, pos: number, max: number): Tok[] {
  const out: Tok[] = [];
  let p = pos;
  while (out.length < max) {
    const t = tokenAt(text, p);
    if (!t) break;
    out.push(t);
    p = t.e;
  }
  return out;
}

/**
 * Up to `max` tokens before `pos`, nearest first, not reaching before `floor`. Read forward from a point a
 * bounded distance back, so a long run of letters or digits costs no more than that distance.
 */
export function tokensBefore(text: string, pos: number, max: number, floor: number): Tok[] {
  const from = Math.max(floor, pos - 12 * max);
  let p = from;
  // start on a token boundary: step back to the start of a word or number the window cuts
  if (p > floor) {
    while (p < pos && !isSpace(text.charCodeAt(p - 1)) && (isLetter(text.charCodeAt(p)) || isDigit(text.charCodeAt(p)))) p++;
  }
  const all: Tok[] = [];
  while (p < pos) {
    const t = tokenAt(text, p);
    if (!t || t.s >= pos) break;
    if (t.e > pos) break;
    all.push(t);
    p = t.e;
  }
  all.reverse();
  if (all.length > max) all.length = max;
  return all;
}

/** `b` is written against `a`, with no space between them. */
export function joined(a: Tok | undefined, b: Tok | undefined): boolean {
  return !!a && !!b && !b.sp && a.e === b.s;
}

/** Whitespace between `a` and `b` on one line (or none at all). */
export function sameLine(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 10) return false;
  return true;
}
