/**
 * Rule family — a comparison and its two terms: "She also compared ⟦Trump to Democratic presidential candidate Hillary
 * Clinton⟧, saying they are both part of the system" (huff-post_2016-03-09 carly-fiorina-endorses), "An EP member
 * cynically likened ⟦the EU-Turkey deal to Donald Trump’s proposal …⟧" (huff-post_2016-03-10 refoulement-violates),
 * "Mexican President Enrique Peña Nieto compared ⟦anti-global ideologies with that of 20th century dictators⟧"
 * (usa-today_2016-06-30 three-amigos), "Donald Trump unleashed a harsh attack on Ben Carson last night, comparing ⟦Carson
 * to a child molester⟧" (west-journal_2015-11-13 ben-carson-just). PolNeAR attributes the object and the "to" or "with"
 * phrase as content, as it does a depiction's "as" phrase (./depiction.ts). Not the writer's "compared with|to" of
 * figures, which has no object before its particle ("64 percent, compared with 31 percent who …"), nor one's comparison
 * with oneself ("Sanders compared himself to Clinton, saying, …": PolNeAR train, twice, no gold), nor a study's or a
 * document's, which is its method ("A new Pew Research report compares a variety of web samples against government
 * data sources", PolNeAR train, no gold; "The study … compared more than 62,000 museum specimens … with surveys", the
 * outlet fixtures' ca-cp-science-bumblebees, not judged a report).
 */
import { objectAndParticleAt } from './depiction';
import { evidenceMention } from './evidence';
import type { Report, SentenceContext } from './report';
import { REPORTED_VERB_FORMS } from './reportedVerbs.generated';

/** "compared", "likened" and their other finite forms and gerunds (./reportedVerbs.json). */
export const COMPARING_VERBS: ReadonlySet<string> = new Set(REPORTED_VERB_FORMS.comparing.split(' '));

/** The particle that opens the second term. */
const TERM = /^(?:to|with)$/;
/** Words that open no first term: the particle itself (the writer's "compared with …"), "that", "by", a reflexive pronoun. */
const NOT_A_TERM = /^(?:to|with|that|by|as|himself|herself|themselves|itself)$/;

/** The comparison whose verb is at token c, or null. */
export function comparisonAt(ctx: SentenceContext, c: number): Report | null {
  const r = objectAndParticleAt(ctx, c, TERM, NOT_A_TERM);
  return r && !evidenceMention(ctx.toks, r.mention) ? r : null;
}
