/**
 * Rule family — a depiction and what it makes of its object: "Democrats have portrayed Mr. Trump as a threat to the
 * nation's security", "Mr. Obama described him as a leader who …", "critics characterized the plan as a giveaway".
 * PolNeAR attributes the object and its "as" phrase as content; an object pronoun counts ("described him as"). A
 * view is one too: "Mr. Obama sees Mr. Netanyahu as captured by a hard-line philosophy that blocks progress", "Yet
 * voters increasingly view Mrs. Clinton as less able to fulfill that economic promise" ("see", "sees" and "view",
 * "viewed", "views", train: 38 found, 7 false positives; "saw" is left out: "The Obama campaign saw the DNC as a tool …"
 * was no attribution twice as often as it was one). "cast", "frame", "position", "pitch", "denounce", "dismiss", "label"
 * and "tout" joined them in the 45th session (castNoDepiction): "And Cruz has cast him as weak on immigration", "Sen.
 * Bernie Sanders has cast former secretary of State Hillary Clinton as unqualified", "Democrats also framed gun control as
 * an issue that is directly linked to national security" (PolNeAR train: "cast" 12 gained, 2 false positives, both
 * depictions the annotators left, "Carson has tried to turn these questions to his advantage, casting them as evidence of
 * media bias"; the other seven 8 gained, none false).
 */
import { CLAUSE_OPENERS, DETERMINERS, GERUND_PREPOSITIONS, SUBORDINATORS } from '../quotes/lexicon';
import { anyPreposition, finite, presentVerb } from './bareClause';
import type { Tok } from '../quotes/tokens';
import { BALLOT_NOUNS, VOTE_VERBS } from './lexicon';
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
export const depictionAt = (ctx: SentenceContext, c: number): Report | null =>
  (castNoDepiction(ctx, c) ? null : objectAndParticleAt(ctx, c, AS, NOT_AN_OBJECT, NEWLY_UNQUOTED.test(ctx.toks[c].l) ? asPhraseEnd : undefined));

/**
 * Where the "as" phrase at p of a depiction by one of NEWLY_UNQUOTED ends inside the content's end (the other depictions'
 * ends are left as they were: on PolNeAR train the rule moved only one of theirs, a false positive, "The offensive views
 * ⟦include … as one solution …⟧"): before a comma that a preposition, a subordinator or a verb
 * with tense follows ("cast ⟦himself as a Washington outsider⟧, despite pursuing support from fellow lawmakers", "Clinton,
 * casting ⟦herself as a champion of working people⟧, appeared to assuage …"), or before "and" and a verb in the present
 * the reporter goes on with ("Sanders has cast ⟦the Clintons as part of the Democratic establishment during the
 * primaries⟧ and holds a solid lead …", PolNeAR train); not a comma between two adjectives ("as a favor-trading,
 * self-enriching agent of overseas powers").
 */
function asPhraseEnd(toks: Tok[], p: number, end: number): number {
  for (let j = p + 2; j < end - 1; j++) {
    const n = toks[j + 1];
    if (toks[j].t === ',' && !n.cap && (anyPreposition(n.l) || SUBORDINATORS.has(n.l) || finite(n))) return j;
    if (toks[j].l === 'and' && presentVerb(toks, j + 1)) return j;
  }
  return end;
}

/**
 * "cast", "frame", "position", "pitch", "denounce", "dismiss", "label" and "tout" depict as the other verbs do, quotation
 * or not (45th session; they stood in reportedVerbs.json "depictingQuoted"): "Sen. Bernie Sanders has cast ⟦former secretary
 * of State Hillary Clinton as unqualified⟧", "And Cruz has cast ⟦him as weak on immigration⟧", "Throughout his remarks,
 * Trump cast ⟦himself as a change agent and Clinton as a guardian of the status quo⟧", "Democrats also framed ⟦gun control
 * as an issue that is directly linked to national security⟧", "In his speech, Obama positioned ⟦Clinton as the most
 * qualified person ever to run for president⟧", "While liberals dismissed ⟦him as a Hollywood actor⟧, …" (PolNeAR train).
 * True where such a verb depicts nothing: a gerund of another verb between the object and "as" (below); and for "cast", a vote or a ballot
 * cast (a choice, ./pollChoice.ts: "Hundreds cast their votes for other candidates as questions nag campaign"); "casting"
 * right after a noun, which describes that noun ("with cable spots casting Johnson as an "honorable choice"", "an attack
 * ad campaign against Cruz this week casting him as a flip-flopper": the quote rules' speaker of the first was Purple PAC),
 * or set off after the subject before its verb ("Clinton, casting herself as a champion of working people, appeared to
 * …", as ./objectCue.ts commaStance reads no inset); a part given to a performer, an "as" phrase that opens on a name
 * ("Marvel … cast actor Michael B. Jordan as the Human Torch").
 */
function castNoDepiction(ctx: SentenceContext, c: number): boolean {
  const { toks, a } = ctx;
  const t = toks[c], prev = toks[c - 1];
  if (!NEWLY_UNQUOTED.test(t.l)) return false;
  const gerund = /ing$/.test(t.l);
  if (gerund && prev && !prev.punct && !GERUND_PREPOSITIONS.has(prev.l) && !CLAUSE_OPENERS.has(prev.l)) return true;
  if (gerund && prev?.t === ',' && !toks.slice(a, c - 1).some(w => !w.cap && finite(w))) return true;
  // (a gerund between the object and "as" has the "as" phrase: "Both women framed their remarks on Monday by portraying
  // ⟦Mr. Trump as a selfish corporate titan …⟧", the portrayal's)
  const as = particleAfterObject(ctx, c + 1, AS);
  for (let j = c + 2; j < as; j++) if (!toks[j].cap && /ing$/.test(toks[j].l) && GERUND_PREPOSITIONS.has(toks[j - 1].l)) return true;
  if (!CAST.has(t.l)) return false;
  const n = DETERMINERS.has(toks[c + 1]?.l ?? '') ? c + 2 : c + 1;
  if (BALLOT_NOUNS.has(toks[n]?.l ?? '') || VOTE_VERBS.has(toks[n]?.l ?? '')) return true;
  const named = toks[as + 1]?.l === 'the' ? toks[as + 2] : toks[as + 1];
  return as > 0 && !!named?.cap;
}
const CAST = new Set(['cast', 'casts', 'casting']);
/**
 * The forms of the verbs that depicted only before a quotation until the 45th session (cast, frame, position, pitch,
 * denounce, dismiss, label, tout): their participles right after a noun or as an inset are read as "casting"'s (castNoDepiction;
 * "The drumbeat of high-profile names from the GOP’s past denouncing Republican presidential nominee Donald Trump grew
 * louder Wednesday as Patti Davis … attacked Trump …", PolNeAR train, was a report that cut a gold one). The older
 * depictions' participles keep their reading ("Clinton spent much of the run-up to the Nevada caucuses portraying ⟦Sanders
 * as singularly focused on economic issues⟧", gold).
 */
const NEWLY_UNQUOTED = /^(?:cast|casts|casting|fram(?:e|es|ed|ing)|position(?:s|ed|ing)|pitch(?:es|ed|ing)|denounc(?:e|es|ed|ing)|dismiss(?:es|ed|ing)|label(?:s|ed|led|ing|ling)|tout(?:s|ed|ing))$/;

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
export function objectAndParticleAt(ctx: SentenceContext, c: number, particle: RegExp, notObject: RegExp, cut?: (toks: Tok[], p: number, end: number) => number): Report | null {
  const { toks, b } = ctx;
  const t = verbCueAt(ctx, c, 3);
  if (!t) return null;
  const k = c + 1, o = toks[k];
  if (!o || o.punct || notObject.test(o.l)) return null;
  const p = particleAfterObject(ctx, k, particle);
  if (p < 0 || p + 1 >= b || toks[p + 1].punct) return null;
  const whole = contentEnd(ctx, k, true);
  const end = cut ? cut(toks, p, whole) : whole;
  if (end <= p + 1 || words(toks, k, end) < MIN_WORDS) return null;
  return reportOfVerb(ctx, c, k, end, t.e, 'object');
}
