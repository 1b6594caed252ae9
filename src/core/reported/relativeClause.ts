/**
 * Rule family — a verb of saying inside a relative clause, whose own verb follows the cue with no subject of its
 * own: "a fair sentence, which I said was not a prison sentence", "the kind of job that many economists say is the
 * future", "adapt to what she said is growing demand for fitness facilities". The content runs from the relative
 * pronoun to the end of its clause, the reporter and the cue inside it (as PolNeAR marks it).
 */
import { cueSpan, subjectBefore } from '../quotes/attribution';
import { AUXILIARIES, CUE_RELATIVES, OTHER_PRONOUNS, PERSON_PRONOUNS } from '../quotes/lexicon';
import { WH_VERBS } from './lexicon';
import { inClass, wordClass } from '../text/wordClasses';
import { finite } from './bareClause';
import { contentEnd, contentSpan, words } from './clause';
import type { Report, SentenceContext } from './report';

/** Verbs of saying and believing that a relative clause's verb may follow at once ("which he said was …"). */
export const RELATIVE_CUES: ReadonlySet<string> = new Set(['say', 'says', 'said', 'claim', 'claims', 'claimed', 'believe', 'believes', 'believed',
  'argue', 'argues', 'argued', 'contend', 'contends', 'contended', 'insist', 'insists', 'insisted', 'think', 'thinks', 'thought',
  'estimate', 'estimates', 'estimated', 'allege', 'alleges', 'alleged']);
const RELATIVE_CUE = wordClass(RELATIVE_CUES);
/** Auxiliaries and adverbs between the reporter and the cue ("which she has repeatedly said"). */
const BETWEEN = /^(?:has|have|had|also|once|repeatedly|previously|long|often|publicly|privately|later|earlier|now|himself|herself|themselves)$/;
/** How many tokens the reporter may take between the pronoun and the cue. */
const MAX_REPORTER = 8;

export function relativeClauses(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 2; c < b - 2; c++) {
    const t = toks[c], next = toks[c + 1];
    if (t.cap || !inClass(t, RELATIVE_CUE)) continue;
    // the relative clause's verb follows the cue at once: "said | was", "say | is", "says | had"
    if (next.punct || next.cap || !(AUXILIARIES.has(next.l) || finite(next) || /^(?:is|are|was|were)$/.test(next.l))) continue;
    let v = c;
    while (v - 1 > a && BETWEEN.test(toks[v - 1].l)) v--;
    // the reporter: a pronoun, or a name or description the quote rules read, right after the relative pronoun
    let rel = -1;
    let mention = null;
    const p = toks[v - 1];
    if (p && (PERSON_PRONOUNS.has(p.l) || (OTHER_PRONOUNS.has(p.l) && p.l !== 'who' && p.l !== 'it'))) {
      rel = v - 2;
      mention = { s: p.s, e: p.e, kind: 'pronoun' as const, i: v - 1, j: v };
    } else {
      const m = subjectBefore(toks, v - 1, Math.max(a, v - 1 - MAX_REPORTER));
      if (m && m.j === v) { rel = m.i - 1; mention = m; }
    }
    // ("when asked who they thought was …": a question, not a relative clause)
    if (rel < a || !mention || !CUE_RELATIVES.has(toks[rel].l) || WH_VERBS.has(toks[rel - 1]?.l ?? '')) continue;
    let end = contentEnd(ctx, c + 1);
    // (", which she has repeatedly said was a mistake, was a major factor": a clause between commas ends at the second)
    if (toks[rel - 1]?.t === ',') for (let k = c + 1; k < end; k++) if (toks[k].t === ',') { end = k; break; }
    if (words(toks, c + 1, end) < 2) continue;
    const span = contentSpan(ctx, rel, end);
    if (span) out.push({ ...span, cue: cueSpan(toks, c, c + 1), mention, rule: 'relative' });
  }
  return out;
}
