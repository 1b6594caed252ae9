/**
 * Cue family — what someone or something points to, the object after "to" the content: "critics point to ⟦Saudi
 * charities that fund organizations suspected of ties to militant cells⟧" (nyt_2016-08-22 foundation-and-donors),
 * "Activists here point to ⟦a number of factors that are fanning the embers⟧" (politico_2016-07-02 sanders-california),
 * "At first, Mr. Rubio would point to ⟦his lengthy résumé as both a state legislator and speaker of the Florida House of
 * Representatives⟧" (nyt_2016-02-09 rubio-is-tested), "The findings point to ⟦growing momentum among Democrats for
 * changing a system …⟧" (politico_2016-06-21 sanders-anti-superdelegate): PolNeAR train. The object is read as the other
 * verbs of stance's are (./objectCue.ts TOPIC_VERBS). "pointed", "points", "pointing" before "to" were read already (the
 * quote lexicon's OBJECT_VERBS); the base form, after a plural subject or a modal, was not.
 */
import { REPORTED_VERB_FORMS } from './reportedVerbs.generated';

/** "point" (./reportedVerbs.json), before "to". */
export const POINTING_VERBS: readonly string[] = REPORTED_VERB_FORMS.pointing.split(' ');
