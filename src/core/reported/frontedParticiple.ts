/**
 * Rule family — a participle of stance or speech opening the sentence, its object the content, reported by the subject
 * of the main clause after its comma: "After blasting ⟦the Drudge Report for linking to a Breitbart article about his
 * latest fast⟧, Glenn Beck doubled down …", "After savaging ⟦major party funders as corrupt insiders during the
 * primaries⟧, Trump is finding them reluctant …", "Reprising ⟦one of her own favorite lines⟧, the former secretary of
 * state talked about …", "Reflecting on ⟦his earlier career as a trial lawyer⟧, the Senate Democratic leader said …",
 * "In describing ⟦fellow billionaire Donald Trump⟧, Cuban said …" (PolNeAR train: Breitbart 2016-05-03 and 2016-06-22,
 * Huffington Post 2016-01-28, Washington Post 2016-06-09, Western Journal 2016-03-14). A "that"-clause after such a
 * participle is ./gerund.ts's. The participle opens the sentence or follows an opening "After", "While", "Before", "In",
 * "Besides", "Despite" or "Since" (s50-uk: "Since announcing ⟦former Massachusetts governor William Weld as his
 * running mate⟧, Johnson has risen in the polls", Washington Post 2016-08-28, and "Since announcing in October ⟦that he
 * would not seek the presidency⟧, Mr. Biden has been …", NYT 2016-08-17: train 2 gained, 0 lost, 0 false positives;
 * "By" gained nothing — "By calling out Clinton on …, Axelrod occupied …", "By looking beyond …" have no topic's
 * particle or verb of the lists — and is left out); its object runs to the comma before the main clause, whose subject
 * (and verb) must follow that comma (./gerund.ts openingReporter). The verbs: the participles of the verbs of stance and topic whose object PolNeAR
 * takes as content (./objectCue.ts TOPIC_VERBS, ./lexicon.ts OBJECT_VERBS) with no particle or a topic's, and
 * FRONTED_ONLY below. PolNeAR train (s50-ua): 16 gold gained, 0 lost, 1 false positive ("In reflecting on ⟦the
 * campaign⟧, Ms. Henry articulated …", NYT 2016-01-30); folds 1/0 4/1 2/0 5/0 4/0. Measured and left out: "Speaking",
 * "Addressing", "Citing", "Pointing to", "Recalling", whose opening phrase names an audience or a ground far more often
 * than a content ("Speaking to supporters in South Carolina …, Cruz said", "Addressing attendees of the … gala Thursday,
 * Trump described", "Citing local news outlets, the Associated Press reports", "Pointing to one big change in staffing,
 * Walsh noted", "Recalling the pitfalls of the previous presidential election, the RNC began …": 34 opening
 * phrases on train, 3 gold); "Responding to" (train 1 gold, "Responding to ⟦Trump's remarks⟧, Clinton wrote", 1 false
 * positive, "Responding to ⟦this criticism in the ITV interview⟧, Trump said"; two outlet fixtures' "Responding to the
 * criticism, Mr Kataria said …" outside their judged snippets).
 */
import { CUES } from '../quotes/lexicon';
import { wordSet } from '../people/lexicon';
import { OBJECT_VERBS, SUBJECT_PRONOUNS } from './lexicon';
import { particleAt, TOPIC_VERBS } from './objectCue';
import { contentSpan } from './clause';
import { openingReporter } from './gerund';
import { type Report, reportOf, type SentenceContext } from './report';

/**
 * Participles that report only where they open the sentence: after a main clause's comma ("…, attacking …") or as a
 * clause's verb they found as many false positives as attributions on train (./objectCue.ts), opening it they name what
 * the main clause's subject then says or does.
 */
const FRONTED_ONLY: ReadonlyMap<string, readonly string[]> = new Map([
  ...['blasting', 'savaging', 'thanking', 'reciting', 'discussing', 'rejecting', 'emphasizing', 'denouncing', 'attacking',
    'criticizing', 'praising', 'listing', 'reprising', 'adopting', 'echoing', 'challenging', 'painting', 'acknowledging',
    'questioning', 'celebrating', 'mocking'].map((v): [string, readonly string[]] => [v, ['']]),
]);
/** Opening participles whose phrase names an audience or a ground more often than a content (see the header). */
const NOT_FRONTED = wordSet('citing|pointing|recalling');

/**
 * The particles read after an opening participle: none, or a topic's ("After talking about ⟦security⟧", "Reflecting on
 * ⟦his earlier career …⟧"). A side or a goal ("campaigning against", "pushing for", "calling for") names what its
 * subject did, and no opening one is gold on train.
 */
const TOPIC_PARTICLES = wordSet('about|on');

/** Each opening participle with the particles that may follow it ('' for none). */
export const FRONTED_PARTICIPLES: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  const add = (v: string, p: string) => {
    if (!NOT_FRONTED.has(v) && (!p || TOPIC_PARTICLES.has(p.split(' ').pop() ?? ''))) m.set(v, [...(m.get(v) ?? []), p]);
  };
  for (const [v, particles] of TOPIC_VERBS) if (v.endsWith('ing')) for (const p of particles) add(v, p);
  for (const [v, p] of OBJECT_VERBS) if (v.endsWith('ing')) add(v, p);
  for (const [v, particles] of FRONTED_ONLY) for (const p of particles) add(v, p);
  return m;
})();

/** Words that may open the sentence before the participle ("After blasting …", "In describing …"). */
const OPENERS = wordSet('after|while|before|in|besides|despite|since');
/** The most tokens the object may take before its comma. */
const MAX_OBJECT = 30;

export function frontedParticiples(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const c = OPENERS.has(toks[a].l) && toks[a].cap ? a + 1 : a;
  if (c >= b - 3 || (c === a && !toks[c].cap)) return [];
  const particles = FRONTED_PARTICIPLES.get(toks[c].l);
  if (!particles) return [];
  // (the longest particle that follows, objectCue.ts particleAt: "pushing back against" before "pushing for"; none
  // where the participle takes its object bare)
  const particle = particleAt(toks, c + 1, particles);
  if (!particle && !particles.includes('')) return [];
  const k = c + 1 + particle;
  // (a "that"-clause is ./gerund.ts's)
  if (k >= b || toks[k].punct || toks[k].l === 'that') return [];
  const r = openingReporter(ctx, k);
  if (!r || r.comma <= k || r.comma - k > MAX_OBJECT) return [];
  // (a pronoun and its cue before the comma are the main clause, whose subject the comma does not follow: "Listing
  // several of Trumps business ventures she added, Donald Trump is a proven businessman …", PolNeAR train, Breitbart
  // 2016-06-05)
  if (CUES.has(toks[r.comma - 1].l) && SUBJECT_PRONOUNS.has(toks[r.comma - 2]?.l ?? '')) return [];
  const span = contentSpan(ctx, k, r.comma);
  return span ? [reportOf(span, { s: toks[c].s, e: toks[k - 1].e }, r.mention, 'object')] : [];
}
