/**
 * Rule family 12 — a verb of stance or speech in an infinitive after a verb of beginning, trying or wanting, whose
 * subject is the reporter: "long before White House officials started to portray the apparent jihad shooting as a
 * “workplace” issue", "Mr. Cruz tried to defend his record on immigration", "Trump continued to attack the judge".
 * The infinitive's object is the content, as for the finite verb (./objectCue.ts).
 */
import { looksAdverb } from '../text/adverbs';
import { cueSpan } from '../quotes/attribution';
import { DETERMINERS, OBJECT_AND_REFLEXIVE_PRONOUNS, PREPOSITIONS } from '../quotes/lexicon';
import { contentEnd, contentSpan, words } from './clause';
import type { Report, SentenceContext } from './report';
import { reporterOf } from './speaker';

/** Verbs whose subject is also the subject of the infinitive after them. */
export const CONTROL_VERBS: ReadonlySet<string> = new Set([
  'started', 'starts', 'start', 'began', 'begins', 'begin', 'continued', 'continues', 'continue', 'tried', 'tries', 'try',
  'sought', 'seeks', 'seek', 'wanted', 'wants', 'want', 'moved', 'rushed', 'went', 'refused', 'refuses', 'declined',
  'seemed', 'seems', 'appeared', 'appears', 'decided', 'chose', 'hastened', 'attempted', 'struggled', 'managed',
]);

/** Base forms of verbs of stance and speech, and the particle each takes before its object ('' for none). */
export const INFINITIVE_CUES: ReadonlyMap<string, string> = new Map([
  ...['portray', 'defend', 'attack', 'criticize', 'mock', 'praise', 'blame', 'accuse', 'describe', 'oppose', 'question', 'reject',
    'condemn', 'denounce', 'tout', 'cite', 'mention', 'highlight', 'emphasize', 'characterize', 'frame', 'dismiss', 'discuss',
    'address', 'downplay', 'distance', 'paint', 'cast', 'dispute', 'deny', 'promote', 'promise', 'pledge'].map(v => [v, ''] as [string, string]),
  ...['call', 'push', 'argue', 'advocate', 'press'].map(v => [v, 'for'] as [string, string]),
  ...['talk', 'joke', 'complain'].map(v => [v, 'about'] as [string, string]),
  ...['comment', 'weigh'].map(v => [v, 'on'] as [string, string]),
]);

export function controlledCues(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 2; c < b - 2; c++) {
    const t = toks[c];
    const particle = INFINITIVE_CUES.get(t.l);
    if (particle === undefined || t.cap || toks[c - 1].l !== 'to') continue;
    // the verb before "to", past an adverb ("started to portray", "has repeatedly sought to defend")
    let v = c - 2;
    if (v > a && looksAdverb(toks[v].l)) v--;
    if (!CONTROL_VERBS.has(toks[v].l) || toks[v].cap) continue;
    let k = c + 1;
    if (particle) {
      // ("weigh in on", "called for"): the particle, past "in"
      if (toks[k]?.l === 'in' && particle === 'on') k++;
      if (toks[k]?.l !== particle) continue;
      k++;
    }
    const o = toks[k];
    // ("any proposals she would not want to defend in a general election": a preposition opens an adjunct, the object
    // stands before the verb)
    if (!particle && o && PREPOSITIONS.has(o.l)) continue;
    if (!o || o.punct || o.l === 'that' || o.l === 'to' || (!o.cap && !o.poss && !DETERMINERS.has(o.l) && OBJECT_AND_REFLEXIVE_PRONOUNS.has(o.l) && !toks[k + 1]?.l.match(/^(?:as|for|of)$/))) continue;
    const end = contentEnd(ctx, k, true);
    if (words(toks, k, end) < 2) continue;
    const span = contentSpan(ctx, k, end);
    const mention = reporterOf(ctx, v);
    if (span && mention) out.push({ ...span, cue: cueSpan(toks, c, k), mention, rule: 'object' });
  }
  return out;
}
