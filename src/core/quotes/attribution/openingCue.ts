/**
 * Rule families "inverted cue opening the sentence" and "as clause": a cue at the head of the sentence before the
 * quote. Examples (PolNeAR train):
 *   'Said Comey, "The thought that an error on our part …"' → Comey (a comma or a colon after the name; the colon was
 *     first written on a PolNeAR dev example, "Said Ellis: “…”", and no train or fixture article writes one)
 *   'Said Dorothy Poynter, who grew up with Ali in the neighborhood, “…”' → Dorothy Poynter
 *   'As House Speaker Paul Ryan (R-Wis.) has pointed out, that’s basically the “textbook definition” of racism' → Paul Ryan
 *   'As Vulture put it, “Hello, it’s the Biebs.”' → Vulture (HuffPost 2016-01-12; the example was a PolNeAR dev one,
 *     "As Ms. Simonyan put it in a statement …, RT is ''providing …''")
 *   "As Professor Foner put it: ''The United States does a better job …''" → Professor Foner
 *   'As RealClearPolitics’ David Byler pointed out in December, “In the week before …”' → David Byler (past its owner)
 *   (not a clause of time: 'As the crowd began to chant, Silverman … joked, “…”' is no crowd's)
 *   "Yanukovych, who owed his election to, as an American diplomat put it, an ''extreme makeover'' that Mr. Manafort
 *   oversaw, bolted …" → an American diplomat (an "as" clause set off by commas inside the sentence, its cue closing
 *   it, a few words before the quote: asClauseBeforeQuote; New York Times 2016-08-02)
 */
import { CUES, OPENING_INVERTED_CUES } from '../lexicon';
import type { QuoteContext } from './context';
import { tokenCue } from './cue';
import type { Attribution } from './mention';

/** How far into an "As …" clause its cue may stand. */
const AS_CLAUSE_REACH = 14;
/**
 * Cue forms that open a clause of time, not of speech, after "As" ("As voters went to the polls", "As the crowd began
 * to chant": PolNeAR train): no cue there, nor an infinitive after them.
 */
const AS_CLAUSE_NO_CUE: ReadonlySet<string> = new Set(['go', 'goes', 'went', 'begin', 'begins', 'began', 'start', 'starts', 'started']);

/** The most words between the comma closing an "as" clause inside the sentence and the quote ("…, an ''…''"). */
const AS_CLAUSE_GAP = 3;

/** "Said Comey, “…”": an inverted cue opening the sentence, its subject up to the quote. */
export function invertedCueOpening(ctx: QuoteContext): Attribution | null {
  const { toks, before, startTok } = ctx;
  if (before - 1 <= startTok || !OPENING_INVERTED_CUES.has(toks[startTok].l) || (toks[before].t !== ':' && toks[before].t !== ',')) return null;
  const subj = ctx.subjectAfter(startTok + 1, before);
  if (subj && (subj.j === before || (toks[before].t === ',' && toks[subj.j].t === ','))) return { mention: subj, cue: tokenCue(toks[startTok]), rule: 'inverted cue opening the sentence' };
  return null;
}

/** Tokens [a, i) are a capitalised possessive owner ("RealClearPolitics’" before "David Byler"). */
function ownerBefore(toks: QuoteContext['toks'], a: number, i: number): boolean {
  if (i <= a || !toks[i - 1].poss) return false;
  for (let k = a; k < i; k++) if (!toks[k].cap) return false;
  return true;
}

/** "As X has pointed out, …": the subject of a cue in an "As" clause opening the sentence. */
export function asClause(ctx: QuoteContext): Attribution | null {
  const { toks, before, openTok } = ctx;
  if (ctx.word(openTok) !== 'as' || openTok >= before) return null;
  for (let c = openTok + 2; c < before && c < openTok + AS_CLAUSE_REACH; c++) {
    if (toks[c].t === '(') { while (c < before && toks[c].t !== ')') c++; continue; }
    if (toks[c].punct || AS_CLAUSE_NO_CUE.has(toks[c].l)) break;
    if (!CUES.has(toks[c].l) || toks[c].cap) continue;
    const subj = ctx.subjectBefore(c - 1, openTok + 1);
    if (subj && (subj.i === openTok + 1 || ownerBefore(toks, openTok + 1, subj.i))) return ctx.byCue(subj, c, before + 1, 'as clause');
    break;
  }
  return null;
}

/**
 * "…, as an American diplomat put it, an ''extreme makeover''": an "as" clause set off by commas inside the sentence,
 * closed by its cue (and "it") at most AS_CLAUSE_GAP words before the quote; its subject speaks.
 */
export function asClauseBeforeQuote(ctx: QuoteContext): Attribution | null {
  const { toks, before, openTok } = ctx;
  for (let close = before; close > openTok && close >= before - AS_CLAUSE_GAP; close--) {
    if (toks[close].t === ',') return asClauseClosedAt(ctx, close);
    if (toks[close].punct) return null;
  }
  return null;
}

/** The "as" clause ", as X put it," whose closing comma is token `close`, and its subject; else null. */
function asClauseClosedAt(ctx: QuoteContext, close: number): Attribution | null {
  const { toks, before, openTok } = ctx;
  const cue = toks[close - 1]?.l === 'it' ? close - 2 : close - 1;
  if (cue <= openTok || !CUES.has(toks[cue].l) || toks[cue].cap) return null;
  for (let a = cue - 1; a > openTok && a > close - AS_CLAUSE_REACH; a--) {
    if (toks[a].punct) return null;
    if (toks[a].l !== 'as' || toks[a - 1].t !== ',') continue;
    const subj = ctx.subjectBefore(cue - 1, a + 1);
    return subj && subj.i === a + 1 ? ctx.byCue(subj, cue, before + 1, 'as clause') : null;
  }
  return null;
}
