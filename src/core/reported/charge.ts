/**
 * Rule family — a charge, a thanks, a credit or a cause given, its object and its reason: "Sen. Bernie Sanders (I-Vt.) called him
 * divisive and accused him of preventing Americans from being …", "accusing it of ''creating a Great Wall of sand''",
 * "Washington … thanked Obama for “taking action”". PolNeAR attributes the object and the reason as content, an object
 * pronoun included; "accused Trump of …" with a name is read by the object rule too (./objectCue.ts).
 */
import { kindOfName } from '../people/canonical';
import { runAt } from '../quotes/names';
import { objectAndParticleAt } from './depiction';
import type { Report, SentenceContext } from './report';
import { REPORTED_VERB_FORMS } from './reportedVerbs.generated';

/** The verbs of charge, thanks and credit in their finite forms (./reportedVerbs.json). */
export const CHARGING_VERBS: ReadonlySet<string> = new Set(REPORTED_VERB_FORMS.charging.split(' '));

/** The particle that opens the reason: "accused … of", "thanked … for", "credited … for/with". */
const REASON = /^(?:of|for|with)$/;
/**
 * The particle each verb takes, by its first letters: "attributed … to" too, a cause given ("Officials have attributed
 * ⟦the glacial pace to thousands of vote-by-mail and provisional ballots still being counted⟧", PolNeAR train, Politico
 * 2016-07-02; "The Clinton campaign attributed ⟦her unexpectedly narrow Iowa win … to the states' overwhelmingly white
 * electorates⟧", USA Today 2016-02-18; "The Ministry of Trade and Regional Integration attributed ⟦the rise to the higher
 * cost of imported wheat⟧", an Addis Standard-style probe, test/fixtures/outlets et-addisstandard-bread-loaf-weight.txt),
 * the object and the cause its content as train marks them; not the passive, "The statement was attributed to Dr. …".
 */
const PARTICLE_OF: readonly [RegExp, RegExp][] = [[/^accus/, /^of$/], [/^thank/, /^for$/], [/^credit/, /^(?:for|with)$/], [/^attribut/, /^to$/]];
/** Words that open no object of a charge: a reason's particle, "that", "to", "by". */
const NOT_AN_OBJECT = /^(?:of|for|with|that|to|by)$/;

/** The verbs that give a cause ("attributed", "attributes"). */
const ATTRIBUTING = /^attribut/;

/** The charge whose verb is at token c, or null. */
export function chargeAt(ctx: SentenceContext, c: number): Report | null {
  const verb = ctx.toks[c]?.l ?? '';
  const report = objectAndParticleAt(ctx, c, PARTICLE_OF.find(([v]) => v.test(verb))?.[1] ?? REASON, NOT_AN_OBJECT);
  return report && ATTRIBUTING.test(verb) && toPerson(ctx, c) ? null : report;
}

/**
 * The first "to" after the verb at token c opens a person's name: words given to their source, no cause ("Mr. Ross
 * attributed this to Malcolm Hoenlein, chief executive of …", PolNeAR train, NYT 2015-11-10, which train does not mark).
 */
function toPerson(ctx: SentenceContext, c: number): boolean {
  const { toks, b } = ctx;
  let k = c + 1;
  while (k < b && toks[k].l !== 'to') k++;
  const run = runAt(toks, k + 1);
  return !!run && run.i === k + 1 && kindOfName(toks.slice(run.i, run.j).map(t => t.t).join(' ')) === 'person';
}
