/**
 * A content set before its cue that goes on in quotation marks after the cue's sentence: "Yet Trump is also a
 * “change agent,” Cole said. “That’s exactly what people want right now, so in that sense he’s very well-positioned
 * for a general election.”", "But when it comes to Carrier, ''we've all worked our butts off,'' he said. ''And now
 * they're going to throw us under the bus?''". When the paragraph goes on with a quotation that opens right after
 * the sentence and has no verb of saying of its own outside the marks, PolNeAR's annotators take the rest of the
 * paragraph into the content (train: 70 of 82 such paragraphs; with a verb of saying of their own — "“Not even one,”
 * he said." — 2 of 57). The direct quote stays as it is (mixed.ts): the indirect content is only made longer.
 *
 * A clause after its verb of saying goes on the same way when it runs to its sentence's end and one quotation, the
 * paragraph's last words, follows: "Greene added that the Fed very much wants to get out of the way before the
 * election. “They don’t like to talk about it, but I think they will be moving more for political reasons than economic
 * ones.”", "She says people should be able to use the bathroom they prefer. "It is their life; …"" (train: 8
 * gold attributions more matched, none fewer; a clause after a verb that frames the words — "noting that …",
 * "suggesting that …", "referring to the two Trump resorts. ''I assume …''" — gains as many as it loses, and does not
 * go on).
 */
import { CUES, RELATIVE_PRONOUNS, SAY_FORMS } from '../quotes/lexicon';
import type { QuoteSpan } from '../quotes/marks';
import { paragraphOf } from '../quotes/sentences';
import type { Report } from './report';
import { countBefore } from '../text/sortedSearch';

/** The rules whose content comes before its cue, or around it (not "which Mozloom thinks …": a relative clause's). */
const BEFORE_CUE: ReadonlySet<Report['rule']> = new Set(['fronted', 'parenthetical', 'according-to']);

/** How far the quotation after the sentence may run, in characters (a paragraph of a few sentences; bounded, so linear). */
const MAX_CONTINUATION = 1200;

/** A word outside quotation marks, for the verb-of-saying check. */
const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** The first quote that starts at or after `pos` (quotes sorted by start), by binary search; its index. */
function firstQuoteFrom(quotes: readonly QuoteSpan[], pos: number): number {
  return countBefore(quotes, q => q.start < pos);
}

/**
 * The rules that read a clause after its verb ("said that …", "says people should …"): the families of a verb of saying
 * and its clause (./index.ts reads a pronoun's inner report in their content as part of what was said).
 */
export const SAYING_RULES: ReadonlySet<Report['rule']> = new Set(['say-clause', 'that-clause', 'bare-clause']);

/**
 * The verbs of saying after which the speaker's words go on ("said", "adding", "explaining"); not the verbs that frame
 * them ("suggesting that …", "noting that …", "mentioned that …", "asked how …": train, the quotation after them is
 * not taken in).
 */
const SAY_ADD_EXPLAIN: ReadonlySet<string> = new Set([...SAY_FORMS, 'add', 'adds', 'added', 'adding', 'explain', 'explains', 'explained', 'explaining']);

/** A verb of saying among the words of text[s, e). */
function cueIn(text: string, s: number, e: number): boolean {
  const part = text.slice(s, e);
  WORD.lastIndex = 0;
  // (lower-case words only: "Said" opening a name or a title is none)
  for (let m = WORD.exec(part); m; m = WORD.exec(part)) if (/^\p{Ll}/u.test(m[0]) && CUES.has(m[0])) return true;
  return false;
}

/** Nothing but spaces and a sentence's stops. */
const ONLY_STOPS = /^[\s.!?]*$/;

/**
 * Report r's content is a clause after its cue, a verb of saying, and runs to the end of its sentence (`sentenceEnd`)
 * but for the closing stop.
 */
function clauseToSentenceEnd(text: string, sentenceEnd: number, r: Report): boolean {
  if (!SAYING_RULES.has(r.rule) || !ONLY_STOPS.test(text.slice(r.e, sentenceEnd))) return false;
  // (not a relative clause's report: "said Nicky Driscoll, 24, from Manchester, who said …", "said Elizabeth Arnold,
  // 32, a former staff member …, who said …" — the quotation after it goes on with the quote before the cue)
  if (text.slice(r.mention.s, r.cue.s).toLowerCase().split(/[^\p{L}]+/u).slice(-3).some(w => RELATIVE_PRONOUNS.has(w))) return false;
  return SAY_ADD_EXPLAIN.has(text.slice(r.cue.s, r.cue.e).toLowerCase().split(/\s+/)[0]);
}

/**
 * The end of report r's content taken on to the end of its paragraph when a quotation opens right after the
 * sentence that ends at `sentenceEnd` and the rest of the paragraph holds no verb of saying outside quotation marks;
 * r.e itself otherwise. Only a content that starts before its cue is taken on, or a clause after a verb of saying
 * that the quotation closing the paragraph follows.
 */
export function continuedEnd(text: string, quotes: readonly QuoteSpan[], sentenceEnd: number, r: Report): number {
  if (r.s >= r.cue.s ? !clauseToSentenceEnd(text, sentenceEnd, r) : !BEFORE_CUE.has(r.rule)) return r.e;
  let p = sentenceEnd;
  while (p < text.length && (text[p] === ' ' || text[p] === '\t')) p++;
  const n = firstQuoteFrom(quotes, p);
  const q = quotes[n];
  if (!q || q.start !== p) return r.e;
  const para = paragraphOf(text, p);
  if (para.s > r.s || para.e - p > MAX_CONTINUATION) return r.e;
  // (after the cue: the one quotation closes the paragraph)
  if (r.s > r.cue.s && !/^[\s.]*$/.test(text.slice(q.end, para.e))) return r.e;
  // the words outside quotation marks in the rest of the paragraph
  let pos = p, end = p;
  for (let k = n; k < quotes.length && quotes[k].start < para.e; k++) {
    if (cueIn(text, pos, quotes[k].start)) return r.e;
    pos = Math.max(pos, quotes[k].end);
    end = Math.max(end, Math.min(quotes[k].end, para.e));
  }
  if (cueIn(text, pos, para.e)) return r.e;
  // (to the paragraph's last word: a closing stop after the last quotation is the writer's)
  let e = para.e;
  while (e > end && /[\s.]/.test(text[e - 1])) e--;
  return Math.max(e, end, r.e);
}
