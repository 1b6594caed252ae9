/**
 * Rule family — a question put by someone named after a passive "asked": "Asked by Matt Lauer whether she had practiced
 * her speech, she said …", "When asked by Ingraham on Thursday about increasing the number of foreign workers …",
 * "Asked by Stephanopoulos to respond to Trump’s criticism, Carson said …". The question is the asker's content (the
 * answer is the subject's own, reported by the other rules); with no asker named it is ./sourceless.ts's.
 */
import { subjectAfter } from '../quotes/attribution';
import { QUESTION_OPENERS, TIME_WORDS } from '../quotes/lexicon';
import { contentSpan, words } from './clause';
import { type Report, reportOf, type SentenceContext } from './report';
import { questionEnd } from './sourceless';
import { wordSet } from '../people/lexicon';

/** What may stand before the passive "asked": nothing (the sentence's start), a comma or a subordinator of time. */
const BEFORE_ASKED = /^(?:,|when|after|once|if|while)$/;
/** How many words of time or place may stand between the asker and the question ("on Thursday", "in an interview"). */
const MAX_BETWEEN = 6;

const ON_IN_AT_DURING = wordSet('on|in|at|during');
export function askedBy(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a; c < b - 4; c++) {
    if (toks[c].l !== 'asked' || toks[c + 1].l !== 'by' || (c > a && !BEFORE_ASKED.test(toks[c - 1].l))) continue;
    const mention = subjectAfter(toks, c + 2, b);
    if (!mention) continue;
    // past words of time after the asker ("on Thursday", "Tuesday") to the question's opener
    let k = mention.j;
    while (k < b && k < mention.j + MAX_BETWEEN && (TIME_WORDS.has(toks[k].l) || ON_IN_AT_DURING.has(toks[k].l)) && !QUESTION_OPENERS.has(toks[k].l)) k++;
    const opener = toks[k]?.l ?? '';
    if (!(QUESTION_OPENERS.has(opener) || opener === 'about' || opener === 'if' || opener === 'to')) continue;
    const end = questionEnd(toks, k, b);
    const from = opener === 'about' ? k + 1 : k;
    if (end < 0 || words(toks, from, end) < 2) continue;
    const span = contentSpan(ctx, from, end);
    if (span) out.push(reportOf(span, { s: toks[c].s, e: toks[c + 1].e }, mention, 'asked-by'));
  }
  return out;
}
