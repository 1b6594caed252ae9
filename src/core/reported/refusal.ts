/**
 * A refusal's infinitive as PolNeAR bounds it (./infinitive.ts reads "refused|refuses|refusing|refuse to …" and
 * "declined to …"): the act refused, without the writer's clause of time or concession after it — "Ali famously
 * converted to the Islamic faith and refused ⟦to fight in the Vietnam War⟧, though it cost him years of his boxing
 * career" (breitbart_2016-06-05 the-latest-mourners), "Wasserman Schultz refused ⟦to speak to reporters⟧ as she left the
 * breakfast on Monday" (breitbart_2016-07-26 cash-for-opponent), PolNeAR train.
 */
import type { Tok } from '../quotes/tokens';
import { CUES, NAMING_VERBS, OBJECT_PRONOUNS, PRONOUN_SUBJECTS, SAY_FORMS, SUBORDINATORS, WH_WORDS } from '../quotes/lexicon';
import { particleAt, TOPIC_VERBS } from './objectCue';
import { wordSet } from '../people/lexicon';

/** Subordinators of time and concession that open the writer's clause after a refused act. */
const AFTER_ACT = wordSet('as|when|while|though|although|until|before');

/**
 * Where the refused act that starts at "to" (token `to`) ends, before `end`: at a subordinator of AFTER_ACT (after a
 * comma or not) whose clause has a pronoun subject ("as she left", ", though it cost him"), or at "on … occasions".
 */
export function refusalEnd(toks: Tok[], to: number, end: number): number {
  for (let k = to + 2; k < end - 1; k++) {
    // ("the campaign refused ⟦to answer⟧ on multiple occasions", breitbart_2016-03-20 ted-cruz-refuses: how often, the writer's count)
    if (toks[k].l === 'on' && toks[k + 2]?.l === 'occasions' && k + 3 >= end) return k;
    if (!AFTER_ACT.has(toks[k].l) || !PRONOUN_SUBJECTS.has(toks[k + 1].l)) continue;
    return toks[k - 1].t === ',' ? k - 1 : k;
  }
  return end;
}

/**
 * The refused act names no more than a thing said before it — "to VERB" and an object pronoun, nothing else: "a federal
 * judge refused to let them" (breitbart_2015-11-19 exclusive-excerpt), "Mr. Netanyahu refused to extend it"
 * (nyt_2015-11-10 netanyahu-and-obama), PolNeAR train, neither gold.
 */
export function refusedPronoun(toks: Tok[], to: number, end: number): boolean {
  return end === to + 3 && OBJECT_PRONOUNS.has(toks[to + 2].l);
}

/**
 * The refused act is a saying, a naming or a talk about a topic, whose object PolNeAR takes as the content and whose
 * verb joins the cue: "he refused to discuss ⟦the matter⟧" (politico_2016-07-29 sex-lies-and-the-grayson), "his father
 * refused to call ⟦him Ted⟧" (nyt_2015-12-18 rubio-and-cruz-diverge), PolNeAR train — not when a clause follows the
 * verb ("refused to say that Jerusalem should be …", "declined to say whether he would schedule the vote": the infinitive
 * is the content, as before).
 */
export function refusedSaying(toks: Tok[], to: number, end: number): boolean {
  const v = toks[to + 1], o = toks[to + 2];
  return to + 2 < end && !o.punct && !SUBORDINATORS.has(o.l) && !WH_WORDS.has(o.l) && o.l !== 'that' && (SAY_FORMS.has(v.l) || NAMING_VERBS.has(v.l) || TOPIC_VERBS.has(v.l));
}

/**
 * Subordinators of time whose clause tells what happened before or while the main clause's subject acted ("He later
 * walked out of the assembly after Speaker Malik Ahmad Saeed Khan refused to take up an adjournment motion", an Express
 * Tribune-style probe, test/fixtures/outlets pk-tribune-wheat-sit-in.txt, where the Speaker's refusal made him the
 * source the next "he told reporters" went to): the writer's narrative, no report of the refusal's subject, unless the
 * act refused is a saying. ("when" is left out: "Wednesday when Dana Perino … refused to go along with …" is PolNeAR
 * train gold, nyt_2016-08-22 pundit-turns-adviser.)
 */
const TIME_SUBORDINATOR = wordSet('after|before|until');
/**
 * The refused act's verb at v is a saying, a naming or a talk about a topic, its particle after it ("after Clinton refused
 * to say …", "… to discuss …" are reports; "to take up an adjournment motion" is no "take aim at").
 */
function sayingAct(toks: Tok[], v: number): boolean {
  const verb = toks[v];
  if (!verb) return false;
  const particles = TOPIC_VERBS.get(verb.l) ?? [];
  return SAY_FORMS.has(verb.l) || NAMING_VERBS.has(verb.l) || particles.includes('') || particleAt(toks, v + 1, particles) > 0;
}

/** How far back from a refusal's gerund "for" is looked for. */
const BLAME_REACH = 12;

/**
 * The refusal is another's words or the writer's blame, no report of its subject's: its subject opens the clause of a
 * verb of saying ("A Mississauga woman … says her carrier refused to reduce the charges": the saying holds it), or its gerund follows "for", the reason of a
 * reproach ("chastised Snyder for refusing to ask for federal assistance", huff-post_2016-01-19 flint-water-response;
 * "railed against Republicans for refusing to give the president a fair hearing", politico_2016-02-23
 * obama-s-gitmo-plan; PolNeAR train, neither gold; "ejected for calling the Treasurer "a fraud" and refusing to withdraw
 * the remark").
 */
export function refusalHeld(toks: Tok[], a: number, c: number, subject: { i: number }): boolean {
  const before = toks[subject.i - 1];
  if (subject.i > a && before && !before.cap && CUES.has(before.l)) return true;
  if (subject.i > a && before && !before.cap && TIME_SUBORDINATOR.has(before.l) && !sayingAct(toks, c + 2)) return true;
  if (!/ing$/.test(toks[c].l)) return false;
  for (let k = c - 1; k >= a && k >= c - BLAME_REACH; k--) {
    if (toks[k].l === 'for') return /ing$/.test(toks[k + 1].l);
    if (toks[k].t === ',' || toks[k].t === ';') return false;
  }
  return false;
}
