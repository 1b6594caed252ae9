/**
 * Rule family 10 — a cue of several words and its that-clause: "Sanders pointed out that veterans’ issues were
 * largely ignored", "some Republicans made clear that they would like to see him come around", "he expressed
 * concern that the billionaire businessman was encouraging violence", "Mr. Ackman is convinced that Valeant will be a
 * comeback story" (PolNeAR train: "pointed out" 27, "made clear" 22, "concern" 9, "convinced" 8, "confident" 6 missed
 * before this rule).
 */
import { contentEnd, contentSpan, words } from './clause';
import type { Report, SentenceContext } from './report';
import { beforeDegreeWords, reporterOf, verbAt } from './speaker';
import { DASH, LINKING_VERBS } from '../quotes/lexicon';
import { inClass } from '../text/wordClasses';
import { mainClauseSubject } from './mainSubject';

/** A verb and the words that complete it as a cue ("pointed" + "out"); each alternative is a word sequence. */
type Phrases = readonly (readonly string[])[];
const POINT: Phrases = [['out']];
const MAKE: Phrases = [['clear'], ['it', 'clear'], ['the', 'case'], ['the', 'argument'], ['the', 'point'], ['plain']];
/** A retort ("Osei-Lindqvist shot back that many of her own residents could not afford a car", British "hit back that"). */
const BACK: Phrases = [['back']];
const EXPRESS: Phrases = [['concern'], ['concerns'], ['confidence'], ['hope'], ['optimism'], ['fear'], ['fears'], ['doubt'], ['doubts'], ['skepticism'], ['frustration']];
export const PHRASES: ReadonlyMap<string, Phrases> = new Map([
  ...['point', 'points', 'pointed', 'pointing'].map((v): [string, Phrases] => [v, POINT]),
  ...['make', 'makes', 'made', 'making'].map((v): [string, Phrases] => [v, MAKE]),
  ...['express', 'expresses', 'expressed', 'expressing', 'voice', 'voiced', 'voicing'].map((v): [string, Phrases] => [v, EXPRESS]),
  ...['shot', 'shoots', 'fired', 'fires', 'hit', 'hits'].map((v): [string, Phrases] => [v, BACK]),
]);

/**
 * Adjectives of conviction or feeling after a linking verb ("is convinced that", "remain confident that", "Progressives
 * have been especially upset that …", "Political pundits are shocked that …", "those who thought they had become
 * citizens were unaware that …"), or set off by a comma or a dash after the main clause, whose subject reports.
 */
export const CONVICTION: ReadonlySet<string> = new Set(['convinced', 'confident', 'certain', 'sure', 'hopeful', 'optimistic', 'adamant', 'aware', 'worried', 'concerned', 'skeptical',
  'unaware', 'surprised', 'shocked', 'upset', 'frustrated', 'mystified', 'aghast', 'nervous']);

/**
 * A hope the main clause's subject acts in, after "in" or "with" (and "the"), and its "that"-clause: "Dozens of them …
 * rallied outside of the hotel …, in the hopes that the platform will endorse a $15 wage nationally", "He has carefully
 * avoided alienating supporters of Carson and Donald Trump in hopes that …" (PolNeAR train: 3 such phrases, all gold).
 */
export const HOPE_NOUNS: ReadonlySet<string> = new Set(['hope', 'hopes']);
const IN_OR_WITH: ReadonlySet<string> = new Set(['in', 'with']);

export function phrasalCues(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 3; c++) {
    const t = toks[c];
    if (t.cap || t.punct) continue;
    // (`verb`: the token whose subject reports, the cue's verb, or, when `main`, the mark or the preposition after the
    // main clause, whose subject does)
    let k = -1, verb = c, cue = c, main = false;
    const alts = PHRASES.get(t.l);
    // (an infinitive too, its subject the controller's: "Advisers to Mr. Rubio are quick to point out that …")
    if (alts && (verbAt(toks, c, false) || toks[c - 1].l === 'to')) {
      for (const alt of alts) if (alt.every((w, n) => toks[c + 1 + n]?.l === w)) { k = c + 1 + alt.length; break; }
    } else if (CONVICTION.has(t.l)) {
      // (the linking verb's subject reports: "Mr. Ackman is convinced that", "they remain confident that", past words
      // of degree: "are now more convinced that")
      const be = beforeDegreeWords(toks, c, a);
      if (be >= a && LINKING_VERBS.has(toks[be].l)) {
        k = c + 1;
        verb = be;
      } else if (be > a && (toks[be].t === ',' || inClass(toks[be], DASH))) {
        // (after the main clause: "Clinton's campaign … deployed precinct captains …, confident that Democrats would be
        // drawn to Mrs. Clinton's plans", "… served in the U.S. military and voted - unaware that they were not
        // citizens", PolNeAR train)
        k = c + 1;
        verb = be;
        main = true;
      }
    } else if (HOPE_NOUNS.has(t.l)) {
      const p = toks[c - 1].l === 'the' ? c - 2 : c - 1;
      if (p > a && IN_OR_WITH.has(toks[p].l)) {
        k = c + 1;
        verb = p;
        main = true;
        cue = p;
      }
    }
    if (k < 0 || toks[k]?.l !== 'that') continue;
    const end = contentEnd(ctx, k + 1);
    if (words(toks, k + 1, end) < 3) continue;
    const span = contentSpan(ctx, k, end);
    const mention = main ? mainClauseSubject(ctx, verb) : reporterOf(ctx, verb);
    if (span && mention) out.push({ ...span, cue: { s: toks[cue].s, e: toks[k - 1].e }, mention, rule: 'phrasal' });
  }
  return out;
}
