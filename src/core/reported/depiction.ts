/**
 * Rule family — a depiction and what it makes of its object: "Democrats have portrayed Mr. Trump as a threat to the
 * nation's security", "Mr. Obama described him as a leader who …", "critics characterized the plan as a giveaway".
 * PolNeAR attributes the object and its "as" phrase as content; an object pronoun counts ("described him as"). A
 * view is one too: "Mr. Obama sees Mr. Netanyahu as captured by a hard-line philosophy that blocks progress", "Yet
 * voters increasingly view Mrs. Clinton as less able to fulfill that economic promise" ("see", "sees" and "view",
 * "viewed", "views", train: 38 found, 7 false positives; "saw" is left out: "The Obama campaign saw the DNC as a tool …"
 * was no attribution twice as often as it was one).
 */
import { CLAUSE_OPENERS, GERUND_PREPOSITIONS } from '../quotes/lexicon';
import { contentEnd, words } from './clause';
import { quoteAt } from './mixed';
import type { Report, SentenceContext } from './report';
import { REPORTED_VERB_FORMS } from './reportedVerbs.generated';
import { verbCueAt, reportOfVerb } from './verbReport';

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
 * Verbs of praise, blame and naming that depict only when what their object is made "as" is a quotation, the words of
 * the reporter ("Mike Huckabee agreed, praising his former presidential primary opponent as "one of the most gifted,
 * up-and-coming Republican stars that we've got."", "Angela Merkel heralded the European Union's deal with Turkey as a
 * "breakthrough."", "introduced him as ''a fighter for families''": PolNeAR train); without one, "as" is mostly a
 * role or a time ("introduced him as the next speaker", "dismissed as the meeting ended"). Train: 6 gained, no false
 * positive, no direct quote's speaker changed; dev: 1 false positive, not annotated ("Chris Christie … blasted Clinton as
 * a “disgrace” Wednesday"). (objectCue.ts's PREDICATIVE reads these verbs and DEPICTING_VERBS for another job: after
 * them "as" opens what an object standing before them is called, quotation or not, "whom he described as “volatile”".)
 */
export const QUOTED_DEPICTING_VERBS: ReadonlySet<string> = new Set(REPORTED_VERB_FORMS.depictingQuoted.split(' '));

/** Words that may come between "as" and its quotation ("as a “breakthrough”", "as simply ''Big Coal …''"). */
const BEFORE_QUOTED = /^(?:a|an|the|simply|merely|just)$/;

/**
 * The depiction at token c whose "as" phrase opens a quotation (QUOTED_DEPICTING_VERBS), or null. A participle goes on
 * from its reporter's clause, after a comma, a conjunction or "while", "by" …; right after a noun it describes that noun
 * ("with cable spots casting Johnson as an "honorable choice"", "a "Party of Trump" campaign dubbing GOP candidates as
 * "Retrumplicans."": PolNeAR train, the first a content of the sentence's subject, Purple PAC, the second unattributed).
 */
export function quotedDepictionAt(ctx: SentenceContext, c: number): Report | null {
  const { toks, quotes } = ctx;
  const prev = toks[c - 1];
  if (/ing$/.test(toks[c].l) && prev && !prev.punct && !GERUND_PREPOSITIONS.has(prev.l) && !CLAUSE_OPENERS.has(prev.l)) return null;
  const o = toks[c + 1];
  if (!o || o.punct || NOT_AN_OBJECT.test(o.l)) return null;
  const p = particleAfterObject(ctx, c + 1, AS);
  if (p < 0) return null;
  let k = p + 1;
  // (a word inside the quotation is no word before it: "introduced him as ''a fighter for families''" opens at "a")
  if (toks[k] && BEFORE_QUOTED.test(toks[k].l) && !quoteAt(quotes, toks[k].s)) k++;
  const q = toks[k] ? quoteAt(quotes, toks[k].s) : null;
  return q && q.start >= toks[k - 1].e ? objectAndParticleAt(ctx, c, AS, NOT_AN_OBJECT) : null;
}

/**
 * The verb at token c with its object and the particle after it, the two as content ("portrayed Mr. Trump ⟨as⟩ a
 * threat", "accused him ⟨of⟩ preventing …", ./charge.ts): an object that opens with no word of `notObject`. Null when
 * not so.
 */
export function objectAndParticleAt(ctx: SentenceContext, c: number, particle: RegExp, notObject: RegExp): Report | null {
  const { toks, b } = ctx;
  const t = verbCueAt(ctx, c, 3);
  if (!t) return null;
  const k = c + 1, o = toks[k];
  if (!o || o.punct || notObject.test(o.l)) return null;
  const p = particleAfterObject(ctx, k, particle);
  if (p < 0 || p + 1 >= b || toks[p + 1].punct) return null;
  const end = contentEnd(ctx, k, true);
  if (end <= p + 1 || words(toks, k, end) < MIN_WORDS) return null;
  return reportOfVerb(ctx, c, k, end, t.e, 'object');
}
