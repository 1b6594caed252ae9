/**
 * Rule family — a question and what it asks about: "CNBC moderator Carl Quintanilla asked Carson about his
 * relationship with a nutritional-supplement-maker", "Attorney General Bill Schuette (R) asked the Supreme Court for
 * quick action", and the passive whose asker follows "by": "Rubio was asked by Fox Business
 * moderator Gerard Baker whether his proposed expansion of child tax credits …", "When asked by a reporter whether
 * this differed from Nazi Germany …". PolNeAR attributes the topic or the question to the asker. (A wh-clause right
 * after the asker's hearer is the that-clause rule's.)
 */
import { subjectAfter, type Mention } from '../quotes/attribution';
import { PREPOSITIONS } from '../quotes/lexicon';
import { contentEnd, contentSpan, words } from './clause';
import { afterHearer } from './hearer';
import { WH_WORDS } from './lexicon';
import type { Report, SentenceContext } from './report';
import { reporterOf, verbAt } from './speaker';

export const ASKING_VERBS: ReadonlySet<string> = new Set(['asked', 'asks', 'asking', 'ask']);

/** What opens the topic of a question ("about", "for") or the question itself ("whether", "if", "why"). */
const TOPIC = /^(?:about|for)$/;

/** The fewest words of a question's content. */
const MIN_WORDS = 2;

export function questions(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 2; c++) {
    const t = toks[c];
    if (t.cap || !ASKING_VERBS.has(t.l)) continue;
    let mention: Mention | null = null;
    let k: number;
    if (toks[c + 1].l === 'by') {
      // the passive: the asker after "by", then the question
      const m = subjectAfter(toks, c + 2, b);
      if (!m || m.i !== c + 2) continue;
      mention = m;
      k = m.j;
      if (!(WH_WORDS.has(toks[k]?.l ?? '') || TOPIC.test(toks[k]?.l ?? ''))) continue;
    } else {
      if (!verbAt(toks, c, false)) continue;
      // (the hearer is named: "Nobody asked about …", "he is often asked about …" have no asker in reach)
      k = afterHearer(toks, c + 1, b);
      if (k === c + 1 || !TOPIC.test(toks[k]?.l ?? '')) continue;
      mention = reporterOf(ctx, c);
    }
    if (!mention) continue;
    const from = TOPIC.test(toks[k].l) ? k + 1 : k;
    const o = toks[from];
    if (!o || o.punct || PREPOSITIONS.has(o.l)) continue;
    const end = contentEnd(ctx, from, true);
    if (words(toks, from, end) < MIN_WORDS) continue;
    const span = contentSpan(ctx, from, end);
    if (span) out.push({ ...span, cue: { s: t.s, e: t.e }, mention, rule: 'object' });
  }
  return out;
}
