/**
 * Rule family — a depiction and what it makes of its object: "Democrats have portrayed Mr. Trump as a threat to the
 * nation's security", "Mr. Obama described him as a leader who …", "critics characterized the plan as a giveaway".
 * PolNeAR attributes the object and its "as" phrase as content; an object pronoun counts ("described him as"). A
 * view is one too: "Mr. Obama sees Mr. Netanyahu as captured by a hard-line philosophy that blocks progress", "Yet
 * voters increasingly view Mrs. Clinton as less able to fulfill that economic promise" ("see", "sees" and "view",
 * "viewed", "views", train: 38 found, 7 false positives; "saw" is left out: "The Obama campaign saw the DNC as a tool …"
 * was no attribution twice as often as it was one).
 */
import { contentEnd, contentSpan, words } from './clause';
import type { Report, SentenceContext } from './report';
import { REPORTED_VERB_FORMS } from './reportedVerbs.generated';
import { reporterOf, verbAt } from './speaker';

/** The verbs of depiction in their finite forms (./reportedVerbs.json). */
export const DEPICTING_VERBS: ReadonlySet<string> = new Set(REPORTED_VERB_FORMS.depicting.split(' '));

const AS = /^as$/;
/** Words that open no object of a depiction ("The grim view of the political climate": the noun, whose "of" opens no object). */
const NOT_AN_OBJECT = /^(?:as|that|to|of)$/;
/** How many tokens the object may take before its particle. */
const MAX_OBJECT = 8;
/** The fewest words of the object and its particle's phrase. */
const MIN_WORDS = 3;

/** The particle (`particle`: "as", "of", …) after the object that starts at k, or -1: no punctuation and no "that" between. */
function particleAfterObject(ctx: SentenceContext, k: number, particle: RegExp): number {
  const { toks, b } = ctx;
  for (let j = k + 1; j < b && j <= k + MAX_OBJECT; j++) {
    const w = toks[j];
    if (particle.test(w.l) && !w.cap) return j;
    if (w.punct || w.l === 'that' || w.l === 'to') return -1;
  }
  return -1;
}

/** The depiction whose verb is at token c, or null. */
export const depictionAt = (ctx: SentenceContext, c: number): Report | null => objectAndParticleAt(ctx, c, AS, NOT_AN_OBJECT);

/**
 * The verb at token c with its object and the particle after it, the two as content ("portrayed Mr. Trump ⟨as⟩ a
 * threat", "accused him ⟨of⟩ preventing …", ./charge.ts): an object that opens with no word of `notObject`. Null when
 * not so.
 */
export function objectAndParticleAt(ctx: SentenceContext, c: number, particle: RegExp, notObject: RegExp): Report | null {
  const { toks, b } = ctx;
  if (c >= b - 3) return null;
  const t = toks[c];
  if (t.cap || !verbAt(toks, c, false)) return null;
  const k = c + 1, o = toks[k];
  if (!o || o.punct || notObject.test(o.l)) return null;
  const p = particleAfterObject(ctx, k, particle);
  if (p < 0 || p + 1 >= b || toks[p + 1].punct) return null;
  const end = contentEnd(ctx, k, true);
  if (end <= p + 1 || words(toks, k, end) < MIN_WORDS) return null;
  const span = contentSpan(ctx, k, end);
  const mention = reporterOf(ctx, c);
  return span && mention && mention.e <= t.s ? { ...span, cue: { s: t.s, e: t.e }, mention, rule: 'object' } : null;
}
