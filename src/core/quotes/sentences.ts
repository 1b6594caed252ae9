/**
 * The one sentence splitter of the engine: paragraphs and sentence ends of an article, in time bounded by the window
 * asked about (never a scan of the whole text or paragraph per call): a table of newline offsets searched by
 * bisection, and a sentence-end search that stops at its limit; and the same article's sentences as token ranges
 * (sentenceRanges), for the reported-speech rules.
 */
import type { Tok } from './tokens';
import { ABBREVIATIONS, DEGREE_FIELDS, QUOTE_SPLITTER_EXCEPTIONS } from '../text/abbreviations';
import { firstAtLeast } from '../text/sortedSearch';
import { keptPer } from '../text/memo';

/** Offsets of every '\n' of the last text asked about (one article is analysed at a time; a new text rebuilds it). */
let newlines: { text: string; at: number[] } | null = null;

function newlineTable(text: string): number[] {
  if (newlines && newlines.text === text) return newlines.at;
  const at: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) at.push(i);
  newlines = { text, at };
  return at;
}

/**
 * The paragraph (line) that holds `pos`: from after the previous '\n' to the next '\n' or the end of the text. The
 * same offsets as `text.lastIndexOf('\n', pos - 1) + 1` and `text.indexOf('\n', pos)`, found by bisection.
 */
export function paragraphOf(text: string, pos: number): { s: number; e: number } {
  const nl = newlineTable(text);
  // (lastIndexOf clamps its start to [0, length - 1]: the last newline at or before that)
  const back = Math.min(Math.max(pos - 1, 0), text.length - 1);
  const k = firstAtLeast(nl, back + 1) - 1;
  const s = k >= 0 ? nl[k] + 1 : 0;
  const n = firstAtLeast(nl, Math.max(pos, 0));
  const e = n < nl.length ? nl[n] : text.length;
  return { s, e };
}

/** A sentence end: the stop, a closing mark, the space, and a capital or a digit (perhaps after an opening mark, NYT's '' included). */
const SENT_END = /[.!?](?:''|["”’'“«»])?\s+(?=(?:''|``|["“‘'(„»«])?[\p{Lu}\p{N}])/uy;

/**
 * An abbreviation written with a capital ("Sen."), a single letter ("V.") or a dotted initialism ("U.S."), before a
 * period; and a degree's field, written in lower case after its title ("Dr. iur. Sabine Hasler-Quaderer").
 */
const capitalized = (w: string): string => w[0].toUpperCase() + w.slice(1);
const ABBREV = new RegExp(`(?:^|[\\s(])(?:\\p{L}|${[...ABBREVIATIONS].filter(w => !QUOTE_SPLITTER_EXCEPTIONS.has(w)).map(capitalized).join('|')}|${DEGREE_FIELDS.join('|')}|U\\.S|U\\.N|D\\.C|U\\.K|E\\.U)\\.$`, 'u');

/**
 * Words that open a new sentence after an abbreviation's period, a pronoun, an article or a conjunction: "… attacks in
 * the U.S. He says …", "… from entering the U.S. While Clinton has …" (PolNeAR train), never "U.S. officials".
 */
const CLAUSE_AFTER_ABBREVIATION = /^(?:He|She|They|It|We|I|The|But|And|In|This|That|There|While)$/;
/** An abbreviation longer than one letter and its period ("U.S.", "Calif."), not an initial ("V."). */
const LONG_ABBREVIATION = /[\p{L}.]{2,}\.$/u;
/** The letters a text opens with (none or more). */
const LEADING_LETTERS = /^\p{L}*/u;

/**
 * The period at i, where SENT_END matched `length` characters, ends a sentence: it closes no abbreviation, or a longer one before a word that opens a clause ("the U.S. He says"). (Out of nextSentenceEnd's
 * loop: the loop stays small for V8's optimising compiler, and this expression is made once, not once per call.)
 */
function periodEndsSentence(text: string, i: number, length: number): boolean {
  const word = text.slice(Math.max(0, i - 6), i + 1);
  return !ABBREV.test(word) || (LONG_ABBREVIATION.test(word) && CLAUSE_AFTER_ABBREVIATION.test(LEADING_LETTERS.exec(text.slice(i + length, i + length + 6))![0]));
}

/**
 * The next real sentence end starting at or after `from` and before `limit` (not "V. Lavrov", "Sen. Cruz", "U.S.
 * officials"; but "the U.S. He says"). Only the stops in [from, limit) are tried, so a call costs its window, not the
 * rest of the text.
 */
export function nextSentenceEnd(text: string, from: number, limit: number): RegExpExecArray | null {
  const end = Math.min(limit, text.length);
  for (let i = Math.max(from, 0); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f) continue; // . ! ?
    SENT_END.lastIndex = i;
    const m = SENT_END.exec(text);
    if (!m) continue;
    if (c !== 0x2e || periodEndsSentence(text, i, m[0].length)) return m;
    i += m[0].length - 1;
  }
  return null;
}

/**
 * Sentences as token ranges: a sentence ends after ".", "!" or "?" before a new sentence (abbreviations and initials
 * keep their period inside the word token: "Mr.", "U.S.", "V."), at ";" never, and at every line break. One linear
 * pass, once per token array (do not modify the list).
 */
export const sentenceRanges: (toks: Tok[]) => readonly { a: number; b: number }[] = keptPer(readSentenceRanges);

/**
 * Token k is a point written between a capital letter's slash and digits, a lettered currency sign's ("costs between S/.12,000 and
 * S/.15,000 to plant, and that …", a Peru Reports-style probe, probes-cc, test/fixtures/outlets
 * pe-perureports-potato-farmers-strike.txt, whose report ended at "S"; text/abbreviations.ts LETTERED_CURRENCY_SIGNS): no sentence's end.
 */
const signPoint = (toks: Tok[], k: number): boolean => {
  // (the slash is no token: the sign's one capital letter ends one character before the point)
  const letter = toks[k - 1], digits = toks[k + 1];
  return !!letter && !!digits && /^[A-Z]$/.test(letter.t) && letter.e === toks[k].s - 1 && digits.s === toks[k].e && /^\d/.test(digits.t);
};

function readSentenceRanges(toks: Tok[]): { a: number; b: number }[] {
  const out: { a: number; b: number }[] = [];
  let a = 0;
  for (let k = 0; k < toks.length; k++) {
    // (a token knows whether a line break stands before it: see Tok.br)
    if (k > a && toks[k].br) { out.push({ a, b: k }); a = k; }
    const t = toks[k].t;
    // ("(R-Ky.) said", "Inc., the …": a period before a bracket, a comma or a lower-case word ends no sentence)
    const next = toks[k + 1];
    // ("… attacks in the U.S. He says …": an abbreviation's period ends the sentence before a pronoun or an article)
    if (t.length > 2 && t.endsWith('.') && next && CLAUSE_AFTER_ABBREVIATION.test(next.t)) { out.push({ a, b: k + 1 }); a = k + 1; continue; }
    // ("… nine Congressional districts.) But if Trump fails …": a sentence that closes an aside in brackets ends after
    // the bracket when a capital follows and a word, no abbreviation, stands before the stop; "(R-Ky.) said" does not)
    if ((t === '.' || t === '!' || t === '?') && next?.t === ')' && toks[k + 2]?.cap && /^\p{Ll}{3,}$/u.test(toks[k - 1]?.t ?? '')) { out.push({ a, b: k + 2 }); a = k + 2; k++; continue; }
    if ((t === '.' || t === '!' || t === '?') && !(next && (/^[),;]$/.test(next.t) || (!next.punct && !next.cap && /^\p{Ll}/u.test(next.t)))) && !signPoint(toks, k)) { out.push({ a, b: k + 1 }); a = k + 1; }
  }
  if (a < toks.length) out.push({ a, b: toks.length });
  return out;
}
