/**
 * A relative clause whose object is the noun before it: "the policy points ⟨he hopes to see⟩", "an agenda that ⟨he
 * plans to roll out⟩", "what celebrities ⟨he is hoping to woo⟩". Its infinitive lacks its object (the noun before
 * the reporter), so it is no content of its own.
 */
import type { Mention } from '../quotes/attribution';
import { AUXILIARIES, BELIEF_VERBS, CUES, DETERMINERS, NOT_NOUN, OBJECT_AND_REFLEXIVE_PRONOUNS, OBJECT_RELATIVES, POSSESSIVES_BUT_YOUR, PREPOSITIONS, RELATIVE_PRONOUNS } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { wordSet } from '../people/lexicon';
import { digitFirst } from '../text/wordShape';

/** Subjects short enough to open such a clause: a pronoun or a name of up to three words. */
const MAX_GAP_SUBJECT = 3;
/** How far back from the word before the reporter the noun phrase's determiner may stand ("the policy points he"). */
const NOUN_REACH = 3;
const POSSESSIVE_OR_WH = wordSet('his|her|their|its|our|my|what|which');
/** Words that open an object after the infinitive's verb ("to build a wall", "to protect Christianity", "to tell him"). */

/** The lower-case word at k heads a noun phrase that a determiner or a possessive opens within reach. */
function nounHead(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!t || t.punct || t.cap || NOT_NOUN.has(t.l) || PREPOSITIONS.has(t.l) || CUES.has(t.l) || BELIEF_VERBS.has(t.l) || AUXILIARIES.has(t.l) || /(?:ly|ed)$/.test(t.l)) return false;
  for (let j = k - 1; j >= 0 && j >= k - NOUN_REACH; j--) {
    const w = toks[j];
    if (w.punct) return false;
    // ("telling his aides he planned": the hearer of a cue, not a relative clause's antecedent)
    if ((DETERMINERS.has(w.l) && w.l !== 'that') || w.poss || POSSESSIVE_OR_WH.has(w.l)) return !CUES.has(toks[j - 1]?.l ?? '');
    if (CUES.has(w.l) || AUXILIARIES.has(w.l) || PREPOSITIONS.has(w.l)) return false;
  }
  return false;
}

/** The verb at v takes an object of its own (a determiner, a name, a pronoun, a number, a gerund) or a predicate ("described as"). */
function hasObject(toks: Tok[], v: number): boolean {
  const o = toks[v + 1];
  return !!o && !o.punct && (o.l === 'as' || (DETERMINERS.has(o.l) && o.l !== 'that') || o.poss || o.cap || OBJECT_AND_REFLEXIVE_PRONOUNS.has(o.l) || digitFirst(o.t) || /ing$/.test(o.l) || POSSESSIVES_BUT_YOUR.has(o.l));
}

/**
 * The reporter `m` opens a relative clause whose object is the noun phrase before it, and the infinitive's verb at v
 * has no object of its own ("the policy points he hopes to see on the party platform").
 */
export function objectGap(toks: Tok[], m: Mention, v: number): boolean {
  // ("a rare presidential candidate who hopes to": the relative pronoun is the subject, the clause keeps its object)
  if (m.j - m.i > MAX_GAP_SUBJECT || hasObject(toks, v) || RELATIVE_PRONOUNS.has(toks[m.i].l)) return false;
  const k = m.i - 1, x = toks[k];
  if (!x || x.punct) return false;
  // "an agenda that he plans to", "the $64 million it pledged": "that"/"which" after a noun, or the noun itself
  if (OBJECT_RELATIVES.has(x.l)) return x.l === 'what' || x.l === 'whom' || nounHead(toks, k - 1);
  return nounHead(toks, k);
}
