/**
 * Cue family — what someone believes in, the object after "in" the content: "In a changing economy, Millennials still
 * believe in ⟦the American dream⟧" (usa-today_2016-03-16 american-dream), "Horrified at the prospect of Trump becoming
 * president, Ramos believes in ⟦journalism that “takes sides.”⟧" (breitbart_2016-04-12 mexican-anchor), "one of the
 * reasons we're a country is because we believe in ⟦freedom of religion⟧" (usa-today_2016-03-18 laura-bush-sees), "I
 * believe in ⟦accomplishing things quietly and with hard work⟧" (usa-today_2016-07-28 the-hillary-speech): PolNeAR train.
 * The object is read as the other verbs of stance's are (./objectCue.ts TOPIC_VERBS); a clause after "believe" is
 * ./thatClause.ts's and ./bareClause.ts's.
 */
import { REPORTED_VERB_FORMS } from './reportedVerbs.generated';

/** "believe", "believes", "believed", "believing" (./reportedVerbs.json), each before "in". */
export const BELIEVING_IN_VERBS: readonly string[] = REPORTED_VERB_FORMS.believingIn.split(' ');
