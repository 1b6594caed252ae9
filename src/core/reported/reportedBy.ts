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
 * A stance or a judgement in the passive with its agent ("was hotly criticized by …") is its own family, ./passiveStance.ts.
 */
import { accordingToSourceAt } from '../quotes/attribution';
import { CLAUSE_RELATIVES, CONTENT_SUBORDINATORS } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { contentSpan } from './clause';
import { type Report, reportOf, type SentenceContext } from './report';
import { wordSet } from '../people/lexicon';
import { PARTS_OF_DAY, POINTS_OF_DAY, RELATIVE_DAYS, WEEKDAYS } from '../text/calendar';
import { digitFirst } from '../text/wordShape';

/** The participles of a report, one of which is in every sentence where this family finds anything. */
export const REPORTED_PARTICIPLES: readonly string[] = ['reported', 'claimed', 'announced', 'unveiled', 'disclosed', 'revealed'];
export const PARTICIPLE: ReadonlySet<string> = new Set(REPORTED_PARTICIPLES);
/** The adverbs of a first report ("a fact first reported by"). */
export const FIRST = wordSet('first|initially|originally');
/** Forms of "be" of the passive ("was first reported"). */
export const BE = wordSet('is|are|was|were|been|being|be|has|have|had');
/** The longest subject, in tokens ("Tinder's ban of Ms. Gedrich"). */
const MAX_SUBJECT = 12;

/** Words that open a time after "by", a deadline ("by nightfall", "by Friday", "by then", "by the end of …"). */
const DEADLINE_WORDS: ReadonlySet<string> = new Set([...POINTS_OF_DAY, ...WEEKDAYS, ...RELATIVE_DAYS, 'then', 'now', 'late', 'early']);
/** Nouns of a time after "by the" ("by the end of the day", "by the evening"). */
const DEADLINE_NOUNS: ReadonlySet<string> = new Set([...PARTS_OF_DAY, 'end', 'time', 'weekend']);
/** Token k (right after "by") opens a time, a deadline and no agent ("reported by nightfall", "by the end of …"). */
export const deadlineAt = (toks: Tok[], k: number): boolean =>
  DEADLINE_WORDS.has(toks[k]?.l ?? '') || digitFirst(toks[k]?.t ?? '') || (toks[k]?.l === 'the' && DEADLINE_NOUNS.has(toks[k + 1]?.l ?? ''));

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
export function reportedBy(ctx: SentenceContext): Report[] {
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
    if (span) out.push(reportOf(span, { s: toks[first ? c - 1 : c].s, e: t.e }, mention, 'object'));
  }
  return out;
}

