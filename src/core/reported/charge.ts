/**
 * Rule family — a charge, a thanks or a credit, its object and its reason: "Sen. Bernie Sanders (I-Vt.) called him
 * divisive and accused him of preventing Americans from being …", "accusing it of ''creating a Great Wall of sand''",
 * "Washington … thanked Obama for “taking action”". PolNeAR attributes the object and the reason as content, an object
 * pronoun included; "accused Trump of …" with a name is read by the object rule too (./objectCue.ts).
 */
import { objectAndParticleAt } from './depiction';
import type { Report, SentenceContext } from './report';
import { REPORTED_VERB_FORMS } from './reportedVerbs.generated';

/** The verbs of charge, thanks and credit in their finite forms (./reportedVerbs.json). */
export const CHARGING_VERBS: ReadonlySet<string> = new Set(REPORTED_VERB_FORMS.charging.split(' '));

/** The particle that opens the reason: "accused … of", "thanked … for", "credited … for/with". */
const REASON = /^(?:of|for|with)$/;
/** The particle each verb takes, by its first letters. */
const PARTICLE_OF: readonly [RegExp, RegExp][] = [[/^accus/, /^of$/], [/^thank/, /^for$/], [/^credit/, /^(?:for|with)$/]];
/** Words that open no object of a charge: a reason's particle, "that", "to", "by". */
const NOT_AN_OBJECT = /^(?:of|for|with|that|to|by)$/;

/** The charge whose verb is at token c, or null. */
export function chargeAt(ctx: SentenceContext, c: number): Report | null {
  const verb = ctx.toks[c]?.l ?? '';
  return objectAndParticleAt(ctx, c, PARTICLE_OF.find(([v]) => v.test(verb))?.[1] ?? REASON, NOT_AN_OBJECT);
}
