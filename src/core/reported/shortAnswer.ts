/**
 * Rule family — a short answer after a verb of saying: "72 percent of Democrats said yes", "after 55 percent said
 * so", "64 percent who say the same of Sanders", "the Republican presidential candidate said no". What was said is
 * the answer alone (PolNeAR marks it so).
 */
import { ANSWER_CUE, ANSWER_ENDS, PREPOSITIONS } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { inClass } from '../text/wordClasses';
import { looksAdverb } from '../text/adverbs';
import { cueSpan } from '../quotes/attribution';
import { contentEnd, contentSpan } from './clause';
import { type Report, reportOf, type SentenceContext } from './report';
import { reporterOf, verbAt } from './speaker';
import { wordSet } from '../people/lexicon';

/** One-word answers. */
const ANSWER = wordSet('yes|no|so');
/** "the same", "the opposite", optionally "thing" and "of"/"about" a name or noun phrase up to the clause's end. */
const SAME = wordSet('same|opposite');
/** What may follow "the same" when it is the whole answer. */
const AFTER_SAME = wordSet('of|about|for|in|at|on|last|this|while|but|and|when|as');
/** How far "the same of …" may run. */
const MAX_SAME = 6;

/**
 * A phrase of time, place or manner after the answer, no part of it: "after half said so ⟨in⟩ the earlier poll", "after
 * 55 percent said so ⟨in⟩ December", "don't want to say so ⟨publicly⟩" (PolNeAR train). Not "to", which "no" takes.
 */
function adjunctAfter(t: Tok): boolean {
  return !t.cap && ((PREPOSITIONS.has(t.l) && t.l !== 'to' && t.l !== 'of') || (looksAdverb(t.l) && t.l.length > 4));
}

const OF_ABOUT_FOR = wordSet('of|about|for');
export function shortAnswers(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 1; c++) {
    const t = toks[c];
    if (t.cap || !inClass(t, ANSWER_CUE)) continue;
    let end = -1;
    const n = toks[c + 1];
    if (ANSWER.has(n.l) && !n.cap && (c + 2 >= b || toks[c + 2].punct || ANSWER_ENDS.has(toks[c + 2].l) || adjunctAfter(toks[c + 2]))) end = c + 2;
    // ("He said no to the Iraq war": a refusal and what it refuses)
    else if (n.l === 'no' && toks[c + 2]?.l === 'to' && !toks[c + 3]?.punct) end = Math.max(c + 4, contentEnd(ctx, c + 3, true));
    else if (n.l === 'the' && SAME.has(toks[c + 2]?.l ?? '')) {
      end = c + 3;
      if (toks[end]?.l === 'thing') end++;
      // ("said the same technology could …": "the same" opens a noun phrase of the clause)
      if (end < b && !toks[end].punct && !AFTER_SAME.has(toks[end].l)) continue;
      if (OF_ABOUT_FOR.has(toks[end]?.l ?? '')) {
        let k = end + 1;
        while (k < b && k <= end + MAX_SAME && !toks[k].punct && !ANSWER_ENDS.has(toks[k].l)) k++;
        end = k;
      }
    }
    if (end < 0 || !verbAt(toks, c, true)) continue;
    const span = contentSpan(ctx, c + 1, end);
    const mention = reporterOf(ctx, c);
    if (span && mention) out.push(reportOf(span, cueSpan(toks, c, c + 1), mention, 'short-answer'));
  }
  return out;
}
