/**
 * Rule family "according to": what a sentence attributes "according to" someone is theirs. Examples (PolNeAR train):
 *   'According to GMA News, Salceda said the “ugliness …”' → GMA News (even when the sentence names who spoke)
 *   'Walker said, according to an Associated Press account, …' → an Associated Press account
 *   'According to Variety, Trump brought “SNL” its highest ratings …' → Variety (a quote with no cue: the sentence
 *     subject gives way to the source, ../index.ts)
 *   '“…,” according to X' (./cueAfterQuote.ts) and 'According to X, “…”' (before the quote, here)
 *   '“…,” Mr. Pence said during the closed-door session, according to audio provided to The Times.' → audio (a bare
 *     noun: "according to officials with knowledge of the closed-door meeting" → officials)
 */
import { tokenAt, type Tok } from '../tokens';
import type { QuoteContext } from './context';
import { cueSpan } from './cue';
import { CUE_ADVERBS, CUES, NOT_NOUN, PREPOSITIONS } from '../lexicon';
import type { Attribution, Mention } from './mention';
import { subjectAfter } from './subjectAfter';

/** The most words a bare description after "according to" may take ("excerpts", "senior officials"). */
const BARE_DESCRIPTION_REACH = 3;

/**
 * The source starting at token k after "according to": a subject (./subjectAfter.ts), else a bare noun phrase without
 * a determiner ("audio provided to The Times" → audio, "officials with knowledge of …" → officials).
 */
function sourceAfter(toks: Tok[], k: number, ceil: number): Mention | null {
  const subj = subjectAfter(toks, k, ceil);
  if (subj) return subj;
  const isWord = (x: number): boolean => x < ceil && !toks[x].punct && !toks[x].cap && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[x].t)
    && !PREPOSITIONS.has(toks[x].l) && !NOT_NOUN.has(toks[x].l) && !CUE_ADVERBS.has(toks[x].l) && !CUES.has(toks[x].l) && !/(?:ed|ing|ly)$/.test(toks[x].l);
  let j = k;
  while (j < k + BARE_DESCRIPTION_REACH && isWord(j)) j++;
  if (j === k) return null;
  return { s: toks[k].s, e: toks[j - 1].e, kind: 'description', i: k, j, head: toks[j - 1].l };
}

const isAccordingTo = (toks: Tok[], c: number): boolean => toks[c].l === 'according' && toks[c + 1]?.l === 'to';

/** 'According to X, “…”': token c opens "according to" before the quote. */
export function accordingToBeforeQuote(ctx: QuoteContext, c: number): Attribution | null {
  if (!isAccordingTo(ctx.toks, c)) return null;
  const subj = ctx.subjectAfter(c + 2, ctx.before + 1);
  return subj ? ctx.byCue(subj, c, ctx.before + 1, 'according to') : null;
}

/**
 * The source named "according to" anywhere in the sentence [sentOpen, sentEnd) (not inside the quote [qs, qe), not
 * the attribution's own cue), which overrides the attribution `att` found for the quote.
 */
export function accordingToSource(toks: Tok[], att: Attribution, qs: number, qe: number, sentOpen: number, sentEnd: number): Attribution | null {
  const lo = tokenAt(toks, sentOpen), hi = tokenAt(toks, sentEnd);
  for (let c = lo; c + 2 < hi; c++) {
    if (!isAccordingTo(toks, c) || (toks[c].s >= qs && toks[c].s < qe) || toks[c].s === att.cue.s) continue;
    const src = sourceAfter(toks, c + 2, hi);
    if (src && src.kind !== 'pronoun' && (src.s < qs || src.s >= qe)) return { mention: src, cue: cueSpan(toks, c, hi), rule: 'according to' };
  }
  return null;
}

/** The first "according to" source of the sentence's tokens [lo, hi) that is no pronoun (a poll's, ./pollSource.ts). */
export function firstAccordingTo(toks: Tok[], lo: number, hi: number): Attribution | null {
  for (let c = lo; c + 2 < hi; c++) {
    if (!isAccordingTo(toks, c)) continue;
    const src = subjectAfter(toks, c + 2, hi);
    if (src && src.kind !== 'pronoun') return { mention: src, cue: cueSpan(toks, c, hi), rule: 'poll source' };
  }
  return null;
}
