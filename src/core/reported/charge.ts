/**
 * Rule family — a charge, a thanks or a credit, its object and its reason: "Sen. Bernie Sanders (I-Vt.) called him
 * divisive and accused him of preventing Americans from being …", "accusing it of ''creating a Great Wall of sand''",
 * "Washington … thanked Obama for “taking action”". PolNeAR attributes the object and the reason as content, an object
 * pronoun included; "accused Trump of …" with a name is read by the object rule too (./objectCue.ts).
 */
import { contentEnd, contentSpan, words } from './clause';
import { particleAfterObject } from './depiction';
import type { Report, SentenceContext } from './report';
import { REPORTED_VERB_FORMS } from './reportedVerbs.generated';
import { reporterOf, verbAt } from './speaker';

/** The verbs of charge, thanks and credit in their finite forms (./reportedVerbs.json). */
export const CHARGING_VERBS: ReadonlySet<string> = new Set(REPORTED_VERB_FORMS.charging.split(' '));

/** The particle that opens the reason: "accused … of", "thanked … for", "credited … for/with". */
const REASON = /^(?:of|for|with)$/;
/** The particle each verb takes, by its first letters. */
const PARTICLE_OF: readonly [RegExp, RegExp][] = [[/^accus/, /^of$/], [/^thank/, /^for$/], [/^credit/, /^(?:for|with)$/]];
/** The fewest words of the object and its reason. */
const MIN_WORDS = 3;

/** The charge whose verb is at token c, or null. */
export function chargeAt(ctx: SentenceContext, c: number): Report | null {
  const { toks, b } = ctx;
  if (c >= b - 3) return null;
  const t = toks[c];
  if (t.cap || !verbAt(toks, c, false)) return null;
  const particle = PARTICLE_OF.find(([verb]) => verb.test(t.l))?.[1] ?? REASON;
  const k = c + 1, o = toks[k];
  if (!o || o.punct || REASON.test(o.l) || /^(?:that|to|by)$/.test(o.l)) return null;
  const p = particleAfterObject(ctx, k, particle);
  if (p < 0 || p + 1 >= b || toks[p + 1].punct) return null;
  const end = contentEnd(ctx, k, true);
  if (end <= p + 1 || words(toks, k, end) < MIN_WORDS) return null;
  const span = contentSpan(ctx, k, end);
  const mention = reporterOf(ctx, c);
  return span && mention && mention.e <= t.s ? { ...span, cue: { s: t.s, e: t.e }, mention, rule: 'object' } : null;
}
