/**
 * The reported-speech rules' words, kept under their old module name: they live in the one lexicon,
 * ../quotes/lexicon.ts (merged there so that no word list exists twice).
 */
export { BELIEF_VERBS, BARE_VERBS, INFINITIVE_VERBS, OBJECT_VERBS, WH_VERBS, WH_WORDS, HEARER_VERBS, SUBJECT_PRONOUNS, AUXILIARIES, IRREGULAR_PAST, TIME_WORDS, TAIL_PARTICIPLES } from '../quotes/lexicon';

/**
 * People who speak for someone named after "to" ("Aides to Clinton say", "advisers to the island's government"): the
 * speaker is the entourage, not the person it serves.
 */
export const ENTOURAGE = /^(?:aides|advisers|advisors|allies|associates|lawyers|attorneys|spokesmen|spokespeople|heirs|successors|confidants|donors)$/;

/**
 * Words no source ends with, though the subject rules may stop on them: adverbs of frequency and comparatives ("it can
 * sometimes [feel] like", "Grayson had ever [said]", "have a larger [say] than", "deflected numerous [questions about]").
 */
export const NOT_A_HEAD = /^(?:sometimes|instead|ever|never|always|often|again|too|very|least|larger|smaller|numerous)$/;
