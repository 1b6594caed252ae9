/**
 * The cue families read at their verb, in one pass over a sentence's tokens: what a poll shows or found
 * (./findings.ts), a question's topic (./questions.ts), a request's hearer and infinitive (./requests.ts), an
 * endorsement's object (./endorsement.ts), a depiction's object and its "as" phrase (./depiction.ts), a charge's or a thanks' object and reason (./charge.ts), a
 * comparison's two terms (./comparison.ts), a feeling expressed and what it is about (./expression.ts), a story told and what it is about (./story.ts), a view
 * offered and what it is about (./viewOffered.ts). Each family looks a bounded number of tokens around its verb.
 */
import { CHARGING_VERBS, chargeAt } from './charge';
import { COMPARING_VERBS, comparisonAt } from './comparison';
import { DEPICTING_VERBS, depictionAt, QUOTED_DEPICTING_VERBS, quotedDepictionAt } from './depiction';
import { ENDORSING_VERBS, endorsementAt, RELATIVE_ENDORSING_VERBS } from './endorsement';
import { EXPRESSING_VERBS, expressionAt } from './expression';
import { FINDING_VERBS } from './evidence';
import { findingAt } from './findings';
import { ASKING_VERBS, questionAt } from './questions';
import type { Report, SentenceContext } from './report';
import { REQUEST_PARTICLES, requestAt } from './requests';
import { storyAt } from './story';
import { GIVING_VERBS, OFFERING_VERBS, supportGivenAt, viewAt } from './viewOffered';
import { TELL_FORMS } from '../quotes/lexicon';

/** A family's report at the verb at token c, or null. */
export type FamilyAt = (ctx: SentenceContext, c: number) => Report | null;

/**
 * The families to try at each verb form, in the order their finds win over each other's. Exported for
 * test/eval/reportedFamilies.ts, which names each find by the family (the function) that made it.
 */
export const FAMILIES_OF: ReadonlyMap<string, readonly FamilyAt[]> = (() => {
  const m = new Map<string, FamilyAt[]>();
  const add = (words: Iterable<string>, at: FamilyAt) => { for (const w of words) m.set(w, [...(m.get(w) ?? []), at]); };
  add(FINDING_VERBS, findingAt);
  add(ASKING_VERBS, questionAt);
  add(REQUEST_PARTICLES.keys(), requestAt);
  add(ENDORSING_VERBS, endorsementAt);
  add(RELATIVE_ENDORSING_VERBS, endorsementAt);
  add(DEPICTING_VERBS, depictionAt);
  add(QUOTED_DEPICTING_VERBS, quotedDepictionAt);
  add(CHARGING_VERBS, chargeAt);
  add(COMPARING_VERBS, comparisonAt);
  add(EXPRESSING_VERBS, expressionAt);
  add(TELL_FORMS, storyAt);
  add(OFFERING_VERBS, viewAt);
  add(GIVING_VERBS, supportGivenAt);
  return m;
})();

/** Every verb form of the families: a sentence with none of them has nothing for them. */
export const FAMILY_VERBS: readonly string[] = [...FAMILIES_OF.keys()];

/**
 * The reports of the families `familiesOf` gives each verb form, tried at every token of the sentence but its first,
 * in token order, and at one token in the order of the form's list.
 */
export function reportsAtVerbs(ctx: SentenceContext, familiesOf: ReadonlyMap<string, readonly FamilyAt[]>): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b; c++) {
    const families = familiesOf.get(toks[c].l);
    if (!families) continue;
    for (const at of families) {
      const r = at(ctx, c);
      if (r) out.push(r);
    }
  }
  return out;
}

/** The reports of the cue families in the sentence. */
export function cueFamilies(ctx: SentenceContext): Report[] {
  return reportsAtVerbs(ctx, FAMILIES_OF);
}
