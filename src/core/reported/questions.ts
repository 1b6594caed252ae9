/**
 * Rule family — a question and what it asks about: "CNBC moderator Carl Quintanilla asked Carson about his
 * relationship with a nutritional-supplement-maker", "Attorney General Bill Schuette (R) asked the Supreme Court for
 * quick action", and the passive whose asker follows "by": "Rubio was asked by Fox Business
 * moderator Gerard Baker whether his proposed expansion of child tax credits …", "When asked by a reporter whether
 * this differed from Nazi Germany …". PolNeAR attributes the topic or the question to the asker. (A wh-clause right
 * after the asker's hearer is the that-clause rule's.)
 *
 * And a question's second verb, which reports nothing: a cue right after "and|or" whose content comes after it, in a
 * sentence that ends in a question mark. The verb shares the question's subject and auxiliary, so what it would report
 * is asked about: "Does the candidate have the kind of stamina to put in the long hours of campaigning, or does that
 * person get tired and say the wrong thing or make bad decisions?", "Does the FSA and other rebel groups backed by
 * Ankara have no choice but to do its bidding and agree its “provisional” equation to allow Assad to remain in
 * power?" (and a question's relative clause: "And the North American Free Trade Agreement, which Trump had called a
 * "disaster" and promised to "rip up"?", its source read as the agreement). PolNeAR train: 3 such reports, none gold
 * (test/eval/reported-gates.mjs "stray3: a question, cue right after "and""); a question's first verb is often gold
 * ("Do you think Glass-Steagall should be reinstated?", "Did the Clinton Foundation refuse to turn over relevant
 * documents?": a question with "?" right after an unquoted content, 12 of 17 gold) and stays.
 */
import { subjectAfter, type Mention } from '../quotes/attribution';
import { CUES, PREPOSITIONS } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { contentStart } from './fronted';
import { contentEnd, contentSpan, words } from './clause';
import { afterHearer } from './hearer';
import { AUXILIARIES, WH_WORDS } from './lexicon';
import { type Report, reportOf, type SentenceContext } from './report';
import { REPORTED_VERB_FORMS } from './reportedVerbs.generated';
import { reporterOf, verbAt } from './speaker';
import { wordSet } from '../people/lexicon';

/** The forms of "ask" (./reportedVerbs.json). */
export const ASKING_VERBS: ReadonlySet<string> = new Set(REPORTED_VERB_FORMS.asking.split(' '));

/** What opens the topic of a question ("about", "for") or the question itself ("whether", "if", "why"). */
const TOPIC = wordSet('about|for');

/** The fewest words of a question's content. */
const MIN_WORDS = 2;

/** How many words of a title may stand before the asker's name ("by host John Dickerson", "by Fox Business moderator Gerard Baker"). */
const MAX_ASKER_TITLE = 4;
/** How many tokens a hearer may take before the question's "whether" or "if". */
const MAX_HEARER = 9;
/** Words that open a yes-no or an open question after its hearer. */
const QUESTION_WORD = wordSet('whether|if|why|how');

/** Whether token w may be part of a hearer between a form of "ask" and its question: no punctuation and no verb. */
function hearerWord(w: Tok): boolean {
  return !w.punct && (w.cap || !(PREPOSITIONS.has(w.l) || CUES.has(w.l) || AUXILIARIES.has(w.l) || w.l === 'that' || w.l === 'to'));
}

/**
 * The "whether"/"if"/"why"/"how" after a hearer of more than one word ("asked former Attorney General Eric Holder whether
 * …"), or -1: the words between are no verb and no punctuation.
 */
function longHearer(toks: Tok[], c: number, b: number): number {
  for (let k = c + 2; k < b && k <= c + 1 + MAX_HEARER; k++) {
    const w = toks[k];
    if (QUESTION_WORD.has(w.l)) return k;
    if (!hearerWord(w)) return -1;
  }
  return -1;
}

/**
 * Whether the wh-word at k ("who", "what", "which") opens the question of a form of "ask" whose hearer ends right
 * before it: "we ask 30 smart political types ⟦who they think is the strongest candidate⟧", "Glenn Beck asked the
 * conservative ⟦who he thought would win the presidency⟧" (PolNeAR train: a question, which PolNeAR gives to the asker,
 * not a relative clause on the hearer reporting what "they think").
 */
export function askedAfterHearer(toks: Tok[], a: number, k: number): boolean {
  if (!WH_WORDS.has(toks[k]?.l ?? '')) return false;
  for (let c = k - 2; c >= a && c >= k - 1 - MAX_HEARER; c--) {
    if (!hearerWord(toks[c + 1])) return false;
    if (!toks[c].cap && ASKING_VERBS.has(toks[c].l)) return true;
  }
  return false;
}

/** The question whose verb is at token c (a form of "ask"), or null. */
export function questionAt(ctx: SentenceContext, c: number): Report | null {
  const { toks, b } = ctx;
  if (c >= b - 2) return null;
  const t = toks[c];
  if (!ASKING_VERBS.has(t.l) || (t.cap && c > contentStart(ctx))) return null;
  let mention: Mention | null = null;
  let k: number;
  if (toks[c + 1].l === 'by') {
    // the passive: the asker after "by" ("by host John Dickerson", "by a reporter"), then the question
    const m = subjectAfter(toks, c + 2, b);
    if (!m || m.i > c + 2 + MAX_ASKER_TITLE || toks.slice(c + 2, m.i).some(x => x.punct)) return null;
    mention = m.i === c + 2 ? m : { ...m, s: toks[c + 2].s, i: c + 2 };
    k = m.j;
    if (!(WH_WORDS.has(toks[k]?.l ?? '') || TOPIC.has(toks[k]?.l ?? ''))) return null;
  } else if (!t.cap && (k = longHearer(toks, c, b)) > 0) {
    // "HuffPost asked the 2016 Democratic White House contender if …": a hearer longer than the that-clause rule reads
    if (!verbAt(toks, c, false)) return null;
    mention = reporterOf(ctx, c);
  } else {
    if (t.cap) return null;
    if (!verbAt(toks, c, false)) return null;
    // (the hearer is named: "Nobody asked about …", "he is often asked about …" have no asker in reach)
    k = afterHearer(toks, c + 1, b);
    if (k === c + 1 || !TOPIC.has(toks[k]?.l ?? '')) return null;
    mention = reporterOf(ctx, c);
  }
  if (!mention) return null;
  const from = TOPIC.has(toks[k].l) ? k + 1 : k;
  const o = toks[from];
  if (!o || o.punct || PREPOSITIONS.has(o.l)) return null;
  const end = contentEnd(ctx, from, true);
  if (words(toks, from, end) < MIN_WORDS) return null;
  const span = contentSpan(ctx, from, end);
  return span ? reportOf(span, { s: t.s, e: t.e }, mention, 'object') : null;
}

/** How far after a content its sentence's stop is looked for, in characters. */
const STOP_REACH = 200;
/** "and" or "or" right before a cue. */
const AND_OR_BEFORE = /\b(?:and|or)\s+$/i;
/** The characters read before a cue for AND_OR_BEFORE. */
const AND_OR_REACH = 5;
/**
 * A report with cue `cue` and content [s, e) is a question's second verb (see the header): the cue follows "and|or",
 * the content follows the cue, and the first stop or line break after the content is a question mark.
 */
export function questionSecondVerb(text: string, cue: { s: number; e: number }, s: number, e: number): boolean {
  if (s < cue.e || !AND_OR_BEFORE.test(text.slice(Math.max(0, cue.s - AND_OR_REACH), cue.s))) return false;
  for (let i = e, end = Math.min(text.length, e + STOP_REACH); i < end; i++) {
    const c = text[i];
    if (c === '?') return true;
    if (c === '.' || c === '!' || c === '\n') return false;
  }
  return false;
}
