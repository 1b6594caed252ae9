/**
 * Rule family — a stance taken on someone or something, or a judgement of it, in the passive with its agent after "by"
 * (32nd session): "⟦The move⟧ was hotly criticized by left-leaning economists", "⟦This proposal⟧ was rejected by 64
 * percent of the electorate", "⟦Trump has been criticized by some of his rivals for failing to spend enough time in the
 * state⟧", "⟦the staffing change … was seen by some as a demotion for Mr. Manafort⟧", "⟦which has been accused by the
 * Turkish government of attempting a coup in that country⟧" (PolNeAR train: 10 gold gained, 1 false positive added,
 * "Clinton has been mocked by Trump already as a script-addicted, overly prepared debater", which the annotators left
 * out). The subject, the "be" of the passive and a deadline after "by" are read as ./reportedBy.ts reads them.
 * A reduced passive, with no "be" (33rd session), is read on a noun phrase a comma or dash sets off: the writer's
 * comment, "He dismissed ideological labels altogether, ⟦a sentiment⟧ endorsed by the 10,000 people in the arena", "…,
 * ⟦a practice⟧ criticized by Miller and some civil rights advocates", "… - ⟦an allegation⟧ rejected by a series of
 * congressional inquiries", "…, ⟦an option seen by organizers as a “lifeboat” for conservatives⟧"; or, for a stance,
 * the phrase before the participle's comma, "⟦The immigration bill⟧, opposed by House Republicans, never became law",
 * "A district judge blocked ⟦the GOP-sponsored law⟧, opposed by Democrats," (PolNeAR train: 7 gold gained, 0 false
 * positives; a verb's or a preposition's object with no mark between was gold 0 times of 9: "sought a compromise plan
 * endorsed by top Senate Democrats", "through the Senate, supported by …").
 * A stance of scorn or liking (41st session): "⟦These policy proposals⟧ have been applauded by Wall Street critics",
 * "⟦Trump has been rebuked by opponents for his proposal to temporarily ban Muslims …⟧", "⟦His comments⟧ were quickly
 * derided by Armin Laschet", "⟦She⟧ is well liked by Mr. Trump's daughter Ivanka", and the subject opening after a
 * wh-word and its adverbs, "what is even more stunning is how greatly ⟦she⟧ is disliked by supporters of her opponent"
 * (PolNeAR train: 5 gold gained, 0 false positives).
 */
import { accordingToSourceAt } from '../quotes/attribution';
import type { Mention } from '../quotes/attribution';
import { CLAUSE_MARKS, CLAUSE_RELATIVES, MOTION_PREPOSITIONS, PREPOSITIONS, QUANTIFIER_SUBJECTS, WH_WORDS } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { wordSet } from '../people/lexicon';
import { looksAdverb } from '../text/adverbs';
import { DASH_GAP } from '../text/dashes';
import { ARTICLES, without } from '../text/determiners';
import { contentEnd, contentSpan } from './clause';
import { JUDGED_PARTICIPLES, MODAL, PERCENT_WORDS, STANCE_PARTICIPLES } from './lexicon';
import { type Report, reportOf, type SentenceContext } from './report';
import { BE, deadlineAt, subjectStart } from './reportedBy';

/** The participles of a stance or a judgement in the passive, one of which is in every sentence where passiveStances finds anything. */
export const PASSIVE_STANCE_PARTICIPLES: readonly string[] = [...STANCE_PARTICIPLES, ...JUDGED_PARTICIPLES.keys()];
const STANCE: ReadonlySet<string> = new Set(STANCE_PARTICIPLES);
/** The words that open what a stance's subject is blamed or praised for, or taken as ("criticized by … for failing …"). */
const STANCE_COMPLEMENT = wordSet('for|as');
/** Adverbs between the passive's "be" and its participle ("was hotly criticized", "has been repeatedly criticized"). */
const PASSIVE_ADVERB = wordSet('also|widely|often|long|since|once|now|already|even|still|well');
/** How many tokens the agent may take before the complement's word ("by other leaders of the party as"). */
const MAX_AGENT = 10;
/** How many tokens a reduced passive's noun phrase may take after its article ("the GOP-sponsored law"). */
const MAX_REDUCED_PHRASE = 4;

/** The first token of the passive's verb ("was", "has been", "will be") before the participle at c, past adverbs; -1 when there is no "be". */
function passiveStart(toks: Tok[], a: number, c: number): number {
  let v = c;
  while (v - 1 > a && (looksAdverb(toks[v - 1].l) || PASSIVE_ADVERB.has(toks[v - 1].l))) v--;
  if (!BE.has(toks[v - 1]?.l ?? '')) return -1;
  while (v - 1 > a && (BE.has(toks[v - 1].l) || MODAL.has(toks[v - 1].l) || toks[v - 1].l === 'not')) v--;
  return v;
}

/** The token of the complement's word (`word`, or STANCE_COMPLEMENT's when undefined) after the agent that opens at k, or -1. */
function complementAfter(toks: Tok[], k: number, b: number, word: string | undefined): number {
  for (let j = k + 1; j < b && j <= k + MAX_AGENT; j++) {
    const t = toks[j];
    if (t.punct) return -1;
    if (word ? t.l === word : STANCE_COMPLEMENT.has(t.l)) return j;
  }
  return -1;
}

/** A share of voters at token k, an agent and no deadline ("rejected by 64 percent of the electorate", "by 34%"). */
const shareAt = (toks: Tok[], k: number): boolean => /^\d[\d.,]*%?$/.test(toks[k]?.t ?? '') && (toks[k].t.endsWith('%') || PERCENT_WORDS.has(toks[k + 1]?.l ?? ''));

/**
 * The subject's start past a spaced hyphen that is no token (the writer's break: "only if ⟨it replaced income taxes -⟩
 * he was criticized by libertarians", PolNeAR train): the first token after the last such hyphen in [start, v); start
 * (or -1) when there is none.
 */
function afterGapDash(ctx: SentenceContext, start: number, v: number): number {
  if (start < 0) return start;
  for (let k = v - 1; k > start; k--) if (DASH_GAP.test(ctx.text.slice(ctx.toks[k - 1].e, ctx.toks[k].s))) return k;
  return start;
}

/** The wh-words that open a clause with a subject of its own ("how greatly ⟨she⟩ is disliked"); not "what" nor a relative, a subject themselves ("what he proposed was criticized", "which has been accused by"). */
const WH_OPENERS = without(WH_WORDS, 'what', ...CLAUSE_RELATIVES);
/** The subject's start past a wh-word and its adverbs, which open the clause the subject stands in ("what is even more stunning is how greatly ⟨she⟩ is disliked by …"); start when there is none in [start, v). */
function afterWhWord(toks: Tok[], start: number, v: number): number {
  if (start < 0) return start;
  for (let k = v - 1; k >= start; k--) {
    if (!WH_OPENERS.has(toks[k].l)) continue;
    let j = k + 1;
    while (j < v && looksAdverb(toks[j].l)) j++;
    return j < v ? j : -1;
  }
  return start;
}

/** The agent that opens at token k (before `ceil`): a name or a description, or a quantifier alone ("seen by some as"). */
function agentAt(toks: Tok[], k: number, ceil: number): Mention | null {
  const t = toks[k];
  if (k + 1 === ceil && QUANTIFIER_SUBJECTS.has(t.l)) return { s: t.s, e: t.e, kind: 'description', i: k, j: k + 1, head: t.l };
  return accordingToSourceAt(toks, k, ceil);
}

/** Whether a comma, a dash or a spaced hyphen stands right before token k. */
function breakBefore(ctx: SentenceContext, k: number): boolean {
  const { toks, text } = ctx;
  const prev = toks[k - 1];
  return !!prev && ((prev.punct && CLAUSE_MARKS.has(prev.t)) || DASH_GAP.test(text.slice(prev.e, toks[k].s)));
}
/** Words whose object a reduced passive's phrase after a comma may not be ("through the Senate, supported by …"). */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([...PREPOSITIONS, ...MOTION_PREPOSITIONS]);

/** The article that opens a short noun phrase ending before token e, with no mark inside it ("the GOP-sponsored law"); -1 when none. */
function articleBefore(toks: Tok[], a: number, e: number): number {
  for (let k = e - 2; k >= a && k >= e - 1 - MAX_REDUCED_PHRASE; k--) {
    if (toks[k].punct) return -1;
    if (ARTICLES.has(toks[k].l)) return k;
  }
  return -1;
}

/**
 * The noun phrase [start, end) that a reduced passive's participle at c (no "be" before it) is said of: an article's
 * phrase set off by a comma or dash after a clause, the writer's comment on it ("…, ⟦a sentiment⟧ endorsed by the
 * 10,000 people in the arena", "…, ⟦a practice⟧ criticized by Miller", "… - ⟦an allegation⟧ rejected by a series of
 * congressional inquiries", "…, ⟦an option seen by organizers as a “lifeboat” for conservatives⟧"), or, for a stance,
 * the phrase the participle's comma follows, at the sentence's start or after a verb ("⟦The immigration bill⟧, opposed by
 * House Republicans, never became law", "A district judge blocked ⟦the GOP-sponsored law⟧, opposed by Democrats,"; PolNeAR
 * train). The phrase is no preposition's object ("as it was sailing through the Senate, supported by the entire liberal
 * media", not gold), nor a verb's object with no mark between ("sought a compromise plan endorsed by top Senate Democrats",
 * "rejecting a treaty favored by the mainstream parties", "at a dinner sponsored by …": none gold).
 */
function reducedSubject(ctx: SentenceContext, c: number, stance: boolean): { start: number; end: number } | null {
  const { toks, a } = ctx;
  let v = c;
  while (v - 1 > a && looksAdverb(toks[v - 1].l)) v--;
  if (breakBefore(ctx, v)) {
    const end = toks[v - 1].punct ? v - 1 : v;
    const start = articleBefore(toks, a, end);
    const before = toks[start - 1];
    return stance && start >= a && (start === a || (!before.punct && !OBJECT_PREPOSITIONS.has(before.l))) ? { start, end } : null;
  }
  const start = articleBefore(toks, a, v);
  return start > a && breakBefore(ctx, start) ? { start, end: v } : null;
}

/**
 * A stance taken on the subject or a judgement of it, in the passive with its agent after "by": "The move was hotly
 * criticized by ⟨left-leaning economists⟩", "Trump has been criticized by ⟨some of his rivals⟩ for failing to spend enough
 * time in the state", "This proposal was rejected by ⟨64 percent of the electorate⟩", "the staffing change … was seen by
 * ⟨some⟩ as a demotion for Mr. Manafort" (PolNeAR train). PolNeAR attributes the subject to the agent, and with it what the
 * subject is blamed for or taken as (the content runs from the subject over the verb and agent to the complement's
 * end). A relative pronoun as the subject takes the complement only ("which has been accused by the Turkish government of
 * attempting a coup"; "Keystone XL pipeline, which is widely supported by Republicans", "who was backed by liberals" are
 * no attribution on train).
 */
export function passiveStances(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 2; c++) {
    const t = toks[c];
    const judged = JUDGED_PARTICIPLES.get(t.l);
    if (t.cap || toks[c + 1].l !== 'by' || !(judged || STANCE.has(t.l)) || (deadlineAt(toks, c + 2) && !shareAt(toks, c + 2))) continue;
    const v = passiveStart(toks, a, c);
    const reduced = v < 0 ? reducedSubject(ctx, c, !judged) : null;
    const start = reduced ? reduced.start : v < 0 ? -1 : afterWhWord(toks, afterGapDash(ctx, subjectStart(toks, a, v), v), v);
    if (start < 0) continue;
    const q = complementAfter(toks, c + 2, b, judged);
    const mention = agentAt(toks, c + 2, q < 0 ? b : q);
    const complement = q >= 0 && mention?.j === q;
    if (!mention || (!complement && (judged || CLAUSE_RELATIVES.has(toks[start].l)))) continue;
    const span = contentSpan(ctx, start, complement ? contentEnd(ctx, q + 1) : reduced ? reduced.end : v);
    if (span) out.push(reportOf(span, { s: t.s, e: t.e }, mention, 'passive'));
  }
  return out;
}
