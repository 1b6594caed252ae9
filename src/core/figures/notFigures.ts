/**
 * Numbers that are not figures: dates and times, years and decades, ordinals, identifiers ("No. 14",
 * "Section 3", "G20"), phone numbers, list numbering, numbers inside URLs, e-mail addresses and hashtags.
 */
import { isDigit, isSpace, type Tok } from './tokens';

const MONTHS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Words a number after which is a name or an identifier, not a quantity ("Section 3", "Flight 370"). */
const IDENTIFIER_BEFORE = new Set([
  'no', 'nos', 'section', 'sec', 'article', 'chapter', 'title', 'proposition', 'prop', 'route', 'highway', 'interstate',
  'flight', 'room', 'suite', 'apt', 'page', 'pp', 'vol', 'volume', 'episode', 'precinct', 'district', 'ward', 'exhibit',
  'fig', 'figure', 'table', 'version', 'phase', 'amendment', 'resolution', 'gate', 'terminal', 'platform', 'unit',
  'rule', 'part', 'item', 'paragraph', 'clause', 'lot', 'level', 'grade', 'channel', 'ext', 'box', 'zone', 'tier',
]);

/** A capitalised month name (or its abbreviation) in a token. */
export function isMonth(t: Tok | undefined): boolean {
  return !!t && t.k === 'w' && MONTHS.has(t.l) && /^[A-Z]/.test(t.w);
}

/** The number is part of a date: next to a month name ("January 30", "30 Jan", "Dec. 6-9", "March 2011"). */
export function isDatePart(prev: Tok[], next: Tok[]): boolean {
  const p0 = prev[0], p1 = prev[1];
  if (isMonth(p0) && p0.e <= (next[0]?.s ?? Infinity)) return true;
  if (p0?.w === '.' && isMonth(p1) && !p0.sp) return true;
  if (p0?.w === ',' && prev[1] && WEEKDAYS.has(prev[1].l)) return false;
  const n0 = next[0];
  if (isMonth(n0) && n0.sp) return true;
  if (n0?.l === 'of' && isMonth(next[1])) return true;
  return false;
}

/** "a.m.", "pm", "o'clock", time zones after the number. */
export function isTimePart(next: Tok[]): boolean {
  const n0 = next[0];
  if (!n0 || n0.k !== 'w') return false;
  if ((n0.l === 'a' || n0.l === 'p') && next[1]?.w === '.' && !next[1].sp && next[2]?.l === 'm') return true;
  if ((n0.l === 'am' || n0.l === 'pm') && (!n0.sp || /^[AP]M$/.test(n0.w) || next[1]?.w === '.')) return true;
  if (n0.l === "o'clock" || n0.l === 'o’clock') return true;
  if (/^(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|MST|ET|PT|CET|BST)$/.test(n0.w)) return true;
  return false;
}

/** A four-digit year ("2012"), not money, not a percentage. */
export function isYearNumber(w: string): boolean {
  if (!/^\d{4}$/.test(w)) return false;
  const v = +w;
  return v >= 1500 && v <= 2100;
}

/** A name or identifier word right before the number ("No. 14", "Section 3", "#2"). */
export function isIdentifierBefore(text: string, prev: Tok[]): boolean {
  const p0 = prev[0];
  if (!p0) return false;
  if (p0.w === '#' && !p0.sp) return true;
  if (p0.w === '.' && prev[1]?.l === 'no' && /^No$/.test(prev[1].w)) return true;
  if (p0.k === 'w' && IDENTIFIER_BEFORE.has(p0.l)) {
    if (p0.l === 'no') return /^No$/.test(p0.w) && text.charCodeAt(p0.e) === 32 && isDigit(text.charCodeAt(p0.e + 1));
    if (p0.l === 'unit' || p0.l === 'level' || p0.l === 'grade' || p0.l === 'part' || p0.l === 'item' || p0.l === 'box') return /^[A-Z]/.test(p0.w);
    return true;
  }
  return false;
}

/** A small number opens a line and is followed by "." or ")" (list numbering), or stands alone on its line. */
export function isListNumber(text: string, start: number, end: number): boolean {
  // list numbers are small whole numbers ("30,000." or "7.7." opening a line is a figure)
  if (end - start > 2 || !/^\d+$/.test(text.slice(start, end))) return false;
  let i = start - 1;
  if (i >= 0 && text[i] === '(') i--;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i >= 0 && text[i] !== '\n' && text[i] !== '\r') return false;
  const c = text[end];
  if (c === '.' || c === ')' || c === ':') {
    const d = text.charCodeAt(end + 1);
    return end + 1 >= text.length || isSpace(d);
  }
  let j = end;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  return j >= text.length || text[j] === '\n' || text[j] === '\r';
}

const CHUNK = 64;

/** The number stands in a URL, an e-mail address, a hashtag or a handle (judged on its whitespace-free chunk). */
export function inLinkOrHandle(text: string, start: number, end: number): boolean {
  let a = start, b = end;
  const lo = Math.max(0, start - CHUNK), hi = Math.min(text.length, end + CHUNK);
  while (a > lo && !isSpace(text.charCodeAt(a - 1))) a--;
  while (b < hi && !isSpace(text.charCodeAt(b))) b++;
  const chunk = text.slice(a, b);
  if (/^[("'“‘[]*[#@]/.test(chunk)) return true;
  if (/:\/\/|www\.|@[A-Za-z]|\.(?:com|org|net|gov|edu|html?|php|aspx?)\b/i.test(chunk)) return true;
  return /[A-Za-z]\/|\/[A-Za-z]/.test(chunk) && /\//.test(text.slice(Math.max(a, start - 3), Math.min(b, end + 3)));
}

const PHONE = /(?:\+?1[-.\s])?(?:\(\d{3}\)\s?|\d{3}[-.\s])\d{3}[-.]\d{4}(?!\d)/y;

/** End of a phone number starting at `start` (or at the "(" before it), or -1. */
export function phoneEnd(text: string, start: number): number {
  for (const s of [start, start - 1, start - 2]) {
    if (s < 0) continue;
    if (s < start && !/[(+]/.test(text[s])) continue;
    PHONE.lastIndex = s;
    const m = PHONE.exec(text);
    if (m) return s + m[0].length;
  }
  return -1;
}
