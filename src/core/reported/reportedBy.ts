/**
 * Rule family — news reported, announced or claimed by someone, in the passive: "O’Malley’s move was first reported by
 * MSNBC", "The meeting was first reported by Politico", "the email, which was first reported by The Associated Press",
 * "a fact first reported by Christopher Heath, an Orlando TV reporter", "Both incidents were claimed by the so-called
 * Islamic State". PolNeAR attributes the subject (what was reported) to the agent after "by". The cue is the
 * participle, with "first" or "initially" before it or after a form of "be" (train: "first reported by" 10 of 11 in a
 * gold attribution).
 * A time after "by" is a deadline, no agent: "No deaths had been reported by nightfall" (an AP-style probe,
 * test/fixtures/outlets gr-ap-island-wildfire-evacuation.txt), "had been announced by Friday", "by the end of the day"
 * (not a month: "announced by May" may be a person's).
 * A stance or a judgement in the passive is read here too (passiveStances, 32nd session): "⟦The move⟧ was hotly criticized
 * by left-leaning economists", "⟦This proposal⟧ was rejected by 64 percent of the electorate", "⟦Trump has been criticized
 * by some of his rivals for failing to spend enough time in the state⟧", "⟦the staffing change … was seen by some as a
 * demotion for Mr. Manafort⟧", "⟦which has been accused by the Turkish government of attempting a coup in that country⟧"
 * (PolNeAR train: 10 gold gained, 1 false positive added, "Clinton has been mocked by Trump already as a script-addicted,
 * overly prepared debater", which the annotators left out).
 */
import { accordingToSourceAt } from '../quotes/attribution';
import { CLAUSE_RELATIVES, CONTENT_SUBORDINATORS, QUANTIFIER_SUBJECTS } from '../quotes/lexicon';
import type { Mention } from '../quotes/attribution';
import type { Tok } from '../quotes/tokens';
import { contentEnd, contentSpan } from './clause';
import { JUDGED_PARTICIPLES, MODAL, STANCE_PARTICIPLES } from './lexicon';
import type { Report, SentenceContext } from './report';
import { wordSet } from '../people/lexicon';
import { looksAdverb } from '../text/adverbs';
import { DASH_GAP } from '../text/dashes';
import { PARTS_OF_DAY, POINTS_OF_DAY, RELATIVE_DAYS, WEEKDAYS } from '../text/calendar';

/** The participles of a report, one of which is in every sentence where this family finds anything. */
export const REPORTED_PARTICIPLES: readonly string[] = ['reported', 'claimed', 'announced', 'unveiled', 'disclosed', 'revealed'];
export const PARTICIPLE: ReadonlySet<string> = new Set(REPORTED_PARTICIPLES);
/** The adverbs of a first report ("a fact first reported by"). */
export const FIRST = wordSet('first|initially|originally');
/** Forms of "be" of the passive ("was first reported"). */
const BE = wordSet('is|are|was|were|been|being|be|has|have|had');
/** The longest subject, in tokens ("Tinder's ban of Ms. Gedrich"). */
const MAX_SUBJECT = 12;

/** Words that open a time after "by", a deadline ("by nightfall", "by Friday", "by then", "by the end of …"). */
const DEADLINE_WORDS: ReadonlySet<string> = new Set([...POINTS_OF_DAY, ...WEEKDAYS, ...RELATIVE_DAYS, 'then', 'now', 'late', 'early']);
/** Nouns of a time after "by the" ("by the end of the day", "by the evening"). */
const DEADLINE_NOUNS: ReadonlySet<string> = new Set([...PARTS_OF_DAY, 'end', 'time', 'weekend']);
/** Token k (right after "by") opens a time, a deadline and no agent ("reported by nightfall", "by the end of …"). */
const deadlineAt = (toks: Tok[], k: number): boolean =>
  DEADLINE_WORDS.has(toks[k]?.l ?? '') || /^\d/.test(toks[k]?.t ?? '') || (toks[k]?.l === 'the' && DEADLINE_NOUNS.has(toks[k + 1]?.l ?? ''));

const CLAUSE_LINK = wordSet('and|but|because|after|when|while|since|though|although');
/** The first token of the subject that ends before token v, or -1 when it does not start within reach. */
export function subjectStart(toks: Tok[], a: number, v: number): number {
  for (let k = v - 1; k >= a && k >= v - MAX_SUBJECT; k--) {
    const t = toks[k];
    // (a relative pronoun is the content: "the email, ⟦which⟧ was first reported by …")
    if (CLAUSE_RELATIVES.has(t.l)) return k === v - 1 ? k : -1;
    // (a "that" before the verb opens a relative clause whose antecedent is out of reach: "the April 5 killing of a
    // Saudi security officer that was claimed by …")
    if (t.l === 'that' && k === v - 1) return -1;
    if (t.punct && !/^['’]/.test(t.t)) return k + 1 < v ? k + 1 : -1;
    if (CONTENT_SUBORDINATORS.has(t.l) || CLAUSE_LINK.has(t.l)) return k + 1 < v ? k + 1 : -1;
    if (k === a) return a;
  }
  return -1;
}

/** News first reported, announced or claimed by someone (the participles of REPORTED_PARTICIPLES). */
function firstReports(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 1; c++) {
    const t = toks[c];
    if (!PARTICIPLE.has(t.l) || toks[c + 1].l !== 'by') continue;
    const first = FIRST.has(toks[c - 1].l);
    // "X was first reported by", "X were claimed by": the subject; "a fact first reported by": the noun phrase right before
    let v = first ? c - 1 : c;
    if (!BE.has(toks[v - 1]?.l ?? '') && !(first && t.l === 'reported')) continue;
    while (v > a && BE.has(toks[v - 1].l)) v--;
    if (deadlineAt(toks, c + 2)) continue;
    const mention = accordingToSourceAt(toks, c + 2, b);
    if (!mention) continue;
    const start = subjectStart(toks, a, v);
    if (start < 0) continue;
    const span = contentSpan(ctx, start, v);
    if (span) out.push({ ...span, cue: { s: toks[first ? c - 1 : c].s, e: t.e }, mention, rule: 'object' });
  }
  return out;
}

/** The participles of a stance or a judgement in the passive, one of which is in every sentence where passiveStances finds anything. */
export const PASSIVE_STANCE_PARTICIPLES: readonly string[] = [...STANCE_PARTICIPLES, ...JUDGED_PARTICIPLES.keys()];
const STANCE: ReadonlySet<string> = new Set(STANCE_PARTICIPLES);
/** The words that open what a stance's subject is blamed or praised for, or taken as ("criticized by … for failing …"). */
const STANCE_COMPLEMENT = wordSet('for|as');
/** Adverbs between the passive's "be" and its participle ("was hotly criticized", "has been repeatedly criticized"). */
const PASSIVE_ADVERB = wordSet('also|widely|often|long|since|once|now|already|even|still');
/** How many tokens the agent may take before the complement's word ("by other leaders of the party as"). */
const MAX_AGENT = 10;

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
const shareAt = (toks: Tok[], k: number): boolean => /^\d[\d.,]*%?$/.test(toks[k]?.t ?? '') && (toks[k].t.endsWith('%') || SHARE_WORDS.has(toks[k + 1]?.l ?? ''));
const SHARE_WORDS = wordSet('percent|%|per');

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

/** The agent that opens at token k (before `ceil`): a name or a description, or a quantifier alone ("seen by some as"). */
function agentAt(toks: Tok[], k: number, ceil: number): Mention | null {
  const t = toks[k];
  if (k + 1 === ceil && QUANTIFIER_SUBJECTS.has(t.l)) return { s: t.s, e: t.e, kind: 'description', i: k, j: k + 1, head: t.l };
  return accordingToSourceAt(toks, k, ceil);
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
function passiveStances(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 2; c++) {
    const t = toks[c];
    const judged = JUDGED_PARTICIPLES.get(t.l);
    if (t.cap || toks[c + 1].l !== 'by' || !(judged || STANCE.has(t.l)) || (deadlineAt(toks, c + 2) && !shareAt(toks, c + 2))) continue;
    const v = passiveStart(toks, a, c);
    const start = v < 0 ? -1 : afterGapDash(ctx, subjectStart(toks, a, v), v);
    if (start < 0) continue;
    const q = complementAfter(toks, c + 2, b, judged);
    const mention = agentAt(toks, c + 2, q < 0 ? b : q);
    const complement = q >= 0 && mention?.j === q;
    if (!mention || (!complement && (judged || CLAUSE_RELATIVES.has(toks[start].l)))) continue;
    const span = contentSpan(ctx, start, complement ? contentEnd(ctx, q + 1) : v);
    if (span) out.push({ ...span, cue: { s: t.s, e: t.e }, mention, rule: 'passive' });
  }
  return out;
}

/** The family's finds: news reported by someone, and a stance or a judgement in the passive. */
export function reportedBy(ctx: SentenceContext): Report[] {
  return [...firstReports(ctx), ...passiveStances(ctx)];
}
