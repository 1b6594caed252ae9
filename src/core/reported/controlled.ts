/**
 * Rule family 12 — a verb of stance or speech in an infinitive after a verb of beginning, trying or wanting, whose
 * subject is the reporter: "long before White House officials started to portray the apparent jihad shooting as a
 * “workplace” issue", "Mr. Cruz tried to defend his record on immigration", "Trump continued to attack the judge".
 * The infinitive's object is the content, as for the finite verb (./objectCue.ts). An object that ends in "by saying"
 * is the means of a report whose words come after it, no content ("The Republican candidate appeared to assert his
 * leadership plans by saying, “I am trying to save lives …”": meansOfSaying). A speaker who uses an occasion or a
 * medium to make the report controls the infinitive as well: "Ramos used his acceptance speech to call for ⟦the
 * resignation of President Enrique Pena Nieto⟧" (usedFor). A doubt that something leaves or leads people to has
 * those people as its source: "…, leaving some to question ⟦whether she or her replacement … deserved credit⟧"
 * (leftToDoubt; 50th session, PolNeAR train: 4 gained, 0 lost, no false positive; folds 3:0, 0:0, 0:0, 1:0, 0:0).
 */
import { looksAdverb } from '../text/adverbs';
import { cueSpan } from '../quotes/attribution';
import { CUES, DETERMINERS, OBJECT_AND_REFLEXIVE_PRONOUNS, PREPOSITIONS, WEAK_CUES } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { contentEnd, contentSpan, words } from './clause';
import { type Report, reportOf, type SentenceContext } from './report';
import { FINDING_VERBS } from './evidence';
import { reporterOf } from './speaker';
import { IMPRESSION } from './sourceless';
import { inClass } from '../text/wordClasses';
import { wordSet } from '../people/lexicon';
import { AND_OR_BUT } from './lexicon';

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

/**
 * Verbs of speech and of showing that an impression's infinitive holds: "a recent review of Hillary Clinton’s emails
 * seems to ⟨show⟩ that a CNN reporter coordinated with Clinton’s staff", "he seemed to ⟨confirm⟩ … the most pointed
 * critiques of his candidacy", "he seemed to ⟨indicate⟩ he knows her tendencies" (after "to", any form listed is the
 * infinitive). Not a verb of thought ("Trump seems to understand …", "Investors seem to agree"), nor a cue only next to
 * a quote (WEAK_CUES): the writer's impression of a mind, which PolNeAR leaves with no source (./sourceless.ts).
 */
const SEEMED_STANCE: ReadonlySet<string> = new Set([...[...CUES].filter(w => !WEAK_CUES.has(w)), ...FINDING_VERBS]);

/**
 * The token of the verb of seeming before the infinitive `c` of a verb of speech or showing ("seemed to confirm",
 * "appears to show"), past an adverb ("seemed almost to …" is none: "to" stands right before the verb); -1 when none,
 * and for INFINITIVE_CUES, which controlledCues reads after every verb of CONTROL_VERBS ("Mr. Cruz seemed to mock …").
 * Its subject is the reporter, and the verb's clause or object is the content (./sourceless.ts still reports the
 * whole impression with no source, which PolNeAR marks so when it reads no act of speech in it: "Trump seemed to
 * suggest he had silenced his former wife").
 */
function seemedStance(toks: Tok[], a: number, c: number): number {
  const t = toks[c];
  if (!t || t.cap || toks[c - 1]?.l !== 'to' || !SEEMED_STANCE.has(t.l) || INFINITIVE_CUES.has(t.l)) return -1;
  let v = c - 2;
  if (v > a && looksAdverb(toks[v].l)) v--;
  return v >= a && inClass(toks[v], IMPRESSION) && !toks[v].cap ? v : -1;
}

/** Gerunds of saying after "by" that end an object: the words said follow ("by saying, “…”"). */
const SAYING = wordSet('saying|stating|declaring|writing|telling|noting|adding');

/**
 * The content [k, end) ends in "by" and a gerund of saying (42nd session, s42-precision-pp: "The Republican candidate
 * appeared to assert ⟦his leadership plans by saying⟧, “I am trying to save lives and prevent the next terrorist
 * attack”", PolNeAR train, Western Journal 2016-06-13, no gold over it): the means of the report, whose words follow.
 */
function meansOfSaying(toks: Tok[], k: number, end: number): boolean {
  return end - k >= 3 && toks[end - 2].l === 'by' && SAYING.has(toks[end - 1].l);
}

/** Forms of "use" whose object is the means of the infinitive after it ("used his speech to …"). */
const USE_FORMS = wordSet('used|uses|using');

/**
 * What a speaker uses to make a report: an occasion or a medium ("used his acceptance speech|keynote speech|platform|
 * much of their time to …", "has used it to advocate for …"), or the matter at hand ("are using the failed legislation
 * to portray …"; PolNeAR train: Breitbart 2016-04-12, Washington Post 2016-07-06, Politico 2016-08-23, Western Journal
 * 2016-05-27, USA Today 2016-01-29). Not money or influence ("prevent the federal government from using its money and
 * influence to promote national standards", Politico 2015-11-30, no gold), nor a device ("used BlackBerrys to
 * discuss"), nor the words themselves: "using an expletive to describe ⟦the Bush administration⟧" is gold, but "used a
 * socially unacceptable word to describe ⟦rival Ted Cruz⟧, a word Trump then repeated" runs past the gold's end at the
 * apposition of the word (Western Journal 2016-02-09), and "criticized for using the term to describe his
 * achievements" is no report (USA Today 2015-12-01).
 */
const USED_MEANS = wordSet('speech|speeches|remarks|address|appearance|platform|time|column|interview|statement|testimony|'
  + 'op-ed|letter|tweet|tweets|post|microphone|pulpit|podium|stage|forum|moment|opportunity|occasion|event|rally|ad|ads|'
  + 'video|it|legislation');

/**
 * The token of "used|uses|using" before the object whose last word, at v, stands before "to" ("Ramos used his acceptance
 * speech to call for …"): up to five words of object, opened by a determiner, a possessive, "much" or "it", no
 * punctuation; -1 when none. Its subject is the reporter.
 */
function usedFor(toks: Tok[], a: number, v: number): number {
  if (!USED_MEANS.has(toks[v].l) || toks[v].cap) return -1;
  for (let u = v - 1; u >= a && u >= v - 5; u--) {
    const t = toks[u];
    if (t.punct) return -1;
    if (!USE_FORMS.has(t.l) || t.cap) continue;
    // (a second verb's subject the reporter reads wrong: "… brought up the rear in the race debated earlier in the
    // evening and used much of their time to criticize …", USA Today 2016-01-29, read "rear in the race")
    if (AND_OR_BUT.has(toks[u - 1]?.l ?? '')) return -1;
    const o = toks[u + 1];
    return o.l === 'it' || o.l === 'much' || o.poss || DETERMINERS.has(o.l) ? u : -1;
  }
  return -1;
}

/** Verbs that leave or lead someone to a doubt ("leaving some to question whether …"). */
const LEAVING = wordSet('leaving|leading|left|led|leaves|leads|prompting|prompted');
/** Doubts in an infinitive whose subject is the object of LEAVING before them. */
const DOUBTS = wordSet('question|wonder|speculate');
/** How many words the people left to doubt may take. */
const MAX_DOUBTERS = 4;

/**
 * A doubt that something leaves people with, at the cue c after "to": "But its fortunes truly turned only after
 * Fiorina left, leaving some to question ⟦whether she or her replacement, Mark Hurd, deserved credit⟧", "…, leading law
 * enforcement authorities to question ⟦whether this was an isolated incident …⟧", "The abrupt announcement led some to
 * speculate ⟦that disagreement over Donald Trump's presidential campaign …⟧" (PolNeAR train: Washington Post 2016-01-20,
 * West Journal 2016-07-23 and 2016-06-13, Breitbart): the people between the verb and "to" are the source, the clause
 * after the doubt the content.
 */
function leftToDoubt(ctx: SentenceContext, c: number, out: Report[]): void {
  const { toks, a } = ctx;
  if (!DOUBTS.has(toks[c].l) || toks[c].cap || toks[c - 1]?.l !== 'to') return;
  let v = c - 2;
  while (v > a && v >= c - 1 - MAX_DOUBTERS && !toks[v].punct && !LEAVING.has(toks[v].l)) v--;
  if (v <= a || v >= c - 2 || !LEAVING.has(toks[v].l) || toks[v].cap) return;
  const k = c + 1, o = toks[k];
  if (!o || (o.l !== 'whether' && o.l !== 'if' && o.l !== 'that')) return;
  const end = contentEnd(ctx, k, false);
  if (words(toks, k, end) < 3) return;
  const span = contentSpan(ctx, k, end);
  const first = toks[v + 1], last = toks[c - 2];
  if (span) out.push(reportOf(span, cueSpan(toks, c, k), { s: first.s, e: last.e, kind: 'description', i: v + 1, j: c - 1 }, 'object'));
}

export function controlledCues(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 2; c < b - 2; c++) {
    const t = toks[c];
    leftToDoubt(ctx, c, out);
    const seemed = seemedStance(toks, a, c);
    if (seemed >= 0) { seemedReport(ctx, seemed, c, out); continue; }
    const particle = INFINITIVE_CUES.get(t.l);
    if (particle === undefined || t.cap || toks[c - 1].l !== 'to') continue;
    // the verb before "to", past an adverb ("started to portray", "has repeatedly sought to defend")
    let v = c - 2;
    if (v > a && looksAdverb(toks[v].l)) v--;
    if (!CONTROL_VERBS.has(toks[v].l) || toks[v].cap) v = usedFor(toks, a, v);
    if (v < 0) continue;
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
    if (words(toks, k, end) < 2 || meansOfSaying(toks, k, end)) continue;
    const span = contentSpan(ctx, k, end);
    const mention = reporterOf(ctx, v);
    if (span && mention) out.push(reportOf(span, cueSpan(toks, c, k), mention, 'object'));
  }
  return out;
}

/**
 * "Messages seem to show overlapping interests with State Department", "On Wednesday, he seemed to indicate he knows
 * her tendencies": the subject of the verb of seeming at v is the source, "seemed to VERB" the cue, and what the verb
 * at c takes — an object, a "that" clause or a bare clause — the content (PolNeAR train: NYT 2016-08-11 'Messages seem
 * to show …', NYT 2016-02-09 'After the Republican seemed to confirm critiques of his candidacy', Western Journal
 * 2015-11-25 'a recent review of Hillary Clinton’s emails seems to show that …').
 */
function seemedReport(ctx: SentenceContext, v: number, c: number, out: Report[]): void {
  const { toks } = ctx;
  const k = c + 1, o = toks[k];
  if (!o || o.punct || o.l === 'to' || PREPOSITIONS.has(o.l) && o.l !== 'that') return;
  const end = contentEnd(ctx, k, o.l !== 'that');
  if (words(toks, k, end) < 2 || meansOfSaying(toks, k, end)) return;
  const span = contentSpan(ctx, k, end);
  const mention = reporterOf(ctx, v);
  if (span && mention) out.push(reportOf(span, { s: toks[v].s, e: cueSpan(toks, c, k).e }, mention, 'object'));
}
