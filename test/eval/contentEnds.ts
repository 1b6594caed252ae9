/**
 * Reported speech (#16), the data of ./reported-learned-end.mjs, an experiment: a learned end for a content after its
 * cue. For each such content the engine finds (src/core/reported/index.ts, as it is), the candidate ends — the current
 * one, and each clause or punctuation boundary of its sentence from the content's start to the sentence's end — with
 * the features of a linear model over them. Not part of the engine: only bundled by that script.
 */
import { analyzeQuotes } from '../../src/core/quotes';
import { CUES, NOT_NOUN, PREPOSITIONS } from '../../src/core/quotes/lexicon';
import { findQuoteSpans, type QuoteSpan } from '../../src/core/quotes/marks';
import { sentenceRanges } from '../../src/core/quotes/sentences';
import { tokenAt, tokenize, type Tok } from '../../src/core/quotes/tokens';
import { findReportedSpeech, type Report } from '../../src/core/reported';

/** A candidate end and its features. */
export interface EndCandidate {
  e: number;
  feats: string[];
}

/** The most tokens past the content's start a candidate end lies. */
const MAX_REACH = 80;
/** Sentence-closing marks, left out of a content. */
const CLOSING = /^[.?!]$/;

/** A token's shape for the features: its mark, its word when lower case, else a class. */
export function shape(t: Tok | undefined): string {
  if (!t) return '#';
  if (t.punct) return t.t;
  if (/^\d/.test(t.t)) return 'NUM';
  if (t.cap) return 'CAP';
  return t.l;
}
/** The coarse class of a token: a mark, a capitalised word, a number, an -ing word, an -ed word, or another word. */
export function coarse(t: Tok | undefined): string {
  if (!t) return '#';
  if (t.punct) return t.t;
  if (/^\d/.test(t.t)) return 'NUM';
  if (t.cap) return 'CAP';
  if (/ing$/.test(t.l)) return 'ING';
  if (/ed$/.test(t.l)) return 'ED';
  return 'w';
}
export const bucket = (n: number): string => (n <= 3 ? String(n) : n <= 6 ? '4-6' : n <= 12 ? '7-12' : n <= 25 ? '13-25' : '26+');
export const ratio = (x: number): string => (x < 0.5 ? '<.5' : x < 0.67 ? '<.67' : x < 0.9 ? '<.9' : x <= 1.1 ? '1' : x <= 1.5 ? '<1.5' : x <= 2 ? '<2' : '>2');
const signedBucket = (n: number): string => (n === 0 ? '0' : n < 0 ? '-' + bucket(-n) : '+' + bucket(n));

/** The quote whose inner text holds offset i strictly inside, if any. */
export function quoteAround(quotes: readonly QuoteSpan[], i: number): QuoteSpan | undefined {
  for (const q of quotes) if (q.innerStart < i && i < q.innerEnd) return q;
  return undefined;
}

/**
 * The tokens of report r's content in the sentence whose tokens end before token b: its first (k0), its last (cur), and
 * the sentence's last before its closing marks (last).
 */
export function contentTokens(toks: Tok[], b: number, r: Report): { k0: number; cur: number; last: number } {
  const k0 = tokenAt(toks, r.s);
  let last = b - 1;
  while (last > k0 && CLOSING.test(toks[last].t)) last--;
  return { k0, last, cur: Math.max(k0, tokenAt(toks, r.e) - 1) };
}

/**
 * The candidate ends of report r's content (which follows its cue) in the sentence whose tokens end before token b,
 * the current end r.e first. A candidate ends after a token; after one that closes a quotation, it takes in the
 * closing mark. None inside a direct quote.
 */
function endCandidates(text: string, toks: Tok[], quotes: readonly QuoteSpan[], b: number, r: Report): EndCandidate[] {
  const { k0, last, cur: curTok } = contentTokens(toks, b, r);
  const rule = r.rule;
  const quoted = quotes.some(q => q.start >= r.s && q.end <= r.e);
  const ends = new Map<number, number>();
  ends.set(r.e, curTok);
  for (let k = k0; k <= last && k - k0 <= MAX_REACH; k++) {
    const t = toks[k], n = toks[k + 1];
    if ((t.punct && t.t !== ')') || (k < last && !n.punct && !NOT_NOUN.has(n.l) && !PREPOSITIONS.has(n.l))) continue;
    let e = t.e;
    const q = quotes.find(x => x.innerEnd >= e && x.innerEnd - e <= 2 && x.innerStart < e);
    if (q && /^[.,?!]?$/.test(text.slice(e, q.innerEnd))) e = q.end;
    else if (quoteAround(quotes, e)) continue;
    if (!ends.has(e)) ends.set(e, k);
  }
  const out: EndCandidate[] = [];
  const sentEnd = toks[last].e, len = Math.max(1, r.e - r.s);
  const cur = [`cn=${shape(toks[curTok + 1])}`, `cnn=${shape(toks[curTok + 1])}_${shape(toks[curTok + 2])}`, `cat=${curTok >= last ? 'end' : 'in'}`];
  for (const [e, k] of ends) {
    const pos = e === r.e ? 'cur' : e < r.e ? 'cut' : 'ext';
    const p = toks[k], n = toks[k + 1], n2 = toks[k + 2];
    const atEnd = k >= last;
    const base: string[] = [
      'bias', `r=${rule}`, `n=${shape(n)}`, `nn=${shape(n)}_${shape(n2)}`, `nc=${coarse(n)}_${coarse(n2)}`, `p=${shape(p)}`, `pc=${coarse(p)}`,
      `pn=${coarse(p)}_${shape(n)}`, `len=${bucket(k - k0 + 1)}`, `d=${signedBucket(k - curTok)}`,
    ];
    if (atEnd) base.push('send');
    // (its length beside the current content's and the whole rest of the sentence's: the scorer matches a content
    // that covers half of the gold's and is half covered by it)
    base.push(`rc=${ratio((e - r.s) / len)}`, `re=${ratio((e - r.s) / Math.max(1, sentEnd - r.s))}`);
    for (const f of cur) base.push(f, `${f}|rc=${ratio((e - r.s) / len)}`);
    if (e > p.e) base.push('qclose');
    if (quoted) base.push('hasq');
    let commas = 0;
    for (let x = k0; x <= k; x++) if (toks[x].t === ',') commas++;
    base.push(`commas=${bucket(commas)}`);
    for (let x = k + 1; x <= Math.min(last, k + 4); x++) if (!toks[x].cap && CUES.has(toks[x].l)) { base.push('cueAfter'); break; }
    const feats = [`pos=${pos}`, `pos=${pos}|r=${rule}`];
    for (const f of base) feats.push(`${pos}|${f}`);
    // (the same around every candidate, whatever its place: what a good end looks like)
    for (const f of base) if (f !== 'bias') feats.push(f);
    out.push({ e, feats });
  }
  return out;
}

/** A content after its cue as the engine finds it: offsets, the cue's start, the rule; and what `read` makes of it. */
export type AfterCue<T> = { s: number; e: number; cue: number; rule: string } & T;

/**
 * A text's quotes (the engine's) and each content that follows its cue, with what read(toks, spans, b, r) makes of it
 * (b: the token after the cue's sentence).
 */
export function contentsAfterCues<T>(text: string, read: (toks: Tok[], spans: readonly QuoteSpan[], b: number, r: Report) => T): { quotes: ReturnType<typeof analyzeQuotes>['quotes']; contents: AfterCue<T>[] } {
  const { quotes } = analyzeQuotes(text);
  const spans = findQuoteSpans(text), toks = tokenize(text);
  const ranges = sentenceRanges(toks);
  const contents: AfterCue<T>[] = [];
  let n = 0;
  for (const r of findReportedSpeech(text, toks, spans).sort((x, y) => x.cue.s - y.cue.s)) {
    if (r.s < r.cue.e) continue;
    while (n < ranges.length && toks[ranges[n].b - 1].e <= r.cue.s) n++;
    if (n >= ranges.length) break;
    contents.push({ s: r.s, e: r.e, cue: r.cue.s, rule: r.rule, ...read(toks, spans, ranges[n].b, r) });
  }
  return { quotes, contents };
}

/** A text's quotes (the engine's) and its contents after their cues with their candidate ends. */
export const contentEnds = (text: string): ReturnType<typeof contentsAfterCues<{ cands: EndCandidate[] }>> =>
  contentsAfterCues(text, (toks, spans, b, r) => ({ cands: endCandidates(text, toks, spans, b, r) }));
