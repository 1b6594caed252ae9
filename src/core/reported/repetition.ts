/**
 * Cue family — words said again, the verb's object the content: "Christie, New Jersey’s sitting governor, repeated ⟦accusations that Rubio recites the same campaign points⟧"
 * (breitbart_2016-02-08 the-latest-nh-towns), "…,” he said, repeating ⟦a refrain that has become common for him on the
 * campaign trail⟧" (politico_2016-03-23 sanders-scrambles), "He repeated ⟦his position⟧ at a town hall in Laconia"
 * (wash-post_2015-12-20 marco-rubio-s-strategy): PolNeAR train. The object is read as the other verbs of stance's are
 * (./objectCue.ts TOPIC_VERBS). Train: 6 found, 2 false positives. Tried and left out (found / false positives):
 * "reiterated" 2 / 3 ("He has reiterated his neutrality comments through speeches and debates": the object's end),
 * "referenced", "referencing" 8 / 4 ("…,” Christie added, referencing a job he's widely believed to want"),
 * "recounted" 3 / 2, "echoed", "echoing" 2 gold of 8 occurrences (a title, a tone or a text echoes; "echoing security
 * experts who say …" names whom one agrees with).
 */
import { PREPOSITIONS } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { REPORTED_VERB_FORMS } from './reportedVerbs.generated';
import { ADJUNCT_PREPOSITION } from './speaker';

/** "repeated", "repeats", "repeating" (./reportedVerbs.json). */
export const REPEATING_VERBS: readonly string[] = REPORTED_VERB_FORMS.repeating.split(' ');

/**
 * "repeated" at token c is an adjective, not a verb: after a preposition (PREPOSITIONS, or one that opens an adjunct,
 * ./speaker.ts ADJUNCT_PREPOSITION: "after repeated clashes") or a gerund ("immigrants come under repeated
 * assault by Mr. Trump", nyt_2015-12-18 rubio-and-cruz-diverge; "committing repeated gaffes", nyt_2016-08-18
 * trump-hires-conservative: PolNeAR train, neither gold).
 */
export function repeatedAdjective(toks: Tok[], c: number): boolean {
  const prev = toks[c - 1];
  return toks[c].l === 'repeated' && !!prev && !prev.punct && (PREPOSITIONS.has(prev.l) || ADJUNCT_PREPOSITION.has(prev.l) || /^[a-z]{3,}ing$/.test(prev.l));
}
