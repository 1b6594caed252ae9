/**
 * Rule family — a request and whom it asks to do what, when the hearer is longer than the infinitive rule reads it:
 * "Sen. Bernie Sanders (I-Vt.) called on Michigan Gov. Rick Snyder (R) to resign over the lead poisoning crisis in
 * Flint", "Trump called upon Mayor Bill de Blasio to restart surveillance of mosques", "The American Legion has asked
 * the campaign of Democratic presidential candidate Bernie Sanders to “cease and desist” …". The hearer and the
 * infinitive are the content, as PolNeAR marks them. An appeal to a hearer is a request too (s34; no train sentence
 * has one outside a quotation; test/fixtures/outlets): "SMALL-scale farmers in Eastern Province have appealed to
 * Government to speed up the delivery of inputs" (zm-dailymail-fisp-fertiliser-delays), "Superintendent Michael
 * Dua-Kerenga appealed to the community not to block the road" (pg-postcourier-highlands-highway-repairs), "Paramount
 * Chief Foday Kpaka-Gbondo … appealed to the council and the traders to settle the matter peacefully"
 * (sl-awoko-bo-market-relocation), "District Collector … appealed to the fishermen to call off the strike"
 * (in-hindu-fishermen-arrest).
 */
import { ANONYMITY, CUES, DASH_TOKENS, DESCRIPTION_OPENERS, PREPOSITIONS } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { contentEnd, contentSpan, words } from './clause';
import { AUXILIARIES } from './lexicon';
import { type Report, reportOf, type SentenceContext } from './report';
import { REPORTED_VERB_FORMS } from './reportedVerbs.generated';
import { reporterOf, verbAt } from './speaker';

/** Verbs of request in every form (./reportedVerbs.json) and the particles each takes before its hearer ('' for none). */
export const REQUEST_PARTICLES: ReadonlyMap<string, readonly string[]> = new Map([
  ...REPORTED_VERB_FORMS.requestOn.split(' ').map((v): [string, readonly string[]] => [v, ['on', 'upon']]),
  ...REPORTED_VERB_FORMS.requestTo.split(' ').map((v): [string, readonly string[]] => [v, ['to']]),
  ...REPORTED_VERB_FORMS.request.split(' ').map((v): [string, readonly string[]] => [v, ['']]),
]);

/** How many tokens the hearer may take before "to". */
const MAX_HEARER = 16;
/** The fewest words of the hearer and the infinitive. */
const MIN_WORDS = 4;

/** The "to" that opens the infinitive after a hearer starting at k, or -1: no verb, no "that", no punctuation but a parenthesised tag. */
function infinitiveTo(toks: Tok[], k: number, b: number): number {
  let paren = false;
  for (let j = k + 1; j < b && j <= k + MAX_HEARER; j++) {
    const w = toks[j];
    if (w.t === '(') { paren = true; continue; }
    if (w.t === ')') { paren = false; continue; }
    if (paren) continue;
    if (w.l === 'to' && !w.cap) {
      const v = toks[j + 1];
      return v && !v.punct && !v.cap && !PREPOSITIONS.has(v.l) && !DESCRIPTION_OPENERS.has(v.l) && !/\d/.test(v.t) ? j : -1;
    }
    if (w.punct && w.t !== ',' && !DASH_TOKENS.has(w.t)) return -1;
    if (!w.cap && (w.l === 'that' || AUXILIARIES.has(w.l) || (CUES.has(w.l) && !/ing$/.test(w.l)))) return -1;
  }
  return -1;
}

/** The request whose verb is at token c (a verb of REQUEST_PARTICLES), or null. */
export function requestAt(ctx: SentenceContext, c: number): Report | null {
  const { toks, b } = ctx;
  if (c >= b - 3) return null;
  const t = toks[c];
  const particles = REQUEST_PARTICLES.get(t.l);
  if (!particles || t.cap) return null;
  let k = c + 1;
  if (particles[0] !== '') {
    if (!particles.includes(toks[k].l)) return null;
    k++;
  }
  const h = toks[k];
  if (!h || h.punct || h.l === 'to' || PREPOSITIONS.has(h.l) || !verbAt(toks, c, false)) return null;
  const to = infinitiveTo(toks, k, b);
  if (to < 0) return null;
  // ("an 86-year-old widow who asked not to be named, said …", a Global News-style probe, test/fixtures/outlets
  // ca-global-police-says.txt, where "not" was the hearer: a source's terms of anonymity are no report of theirs, as
  // PolNeAR train leaves them: 21 of its 24 anonymity clauses ("speaking on the condition of anonymity", "who declined to
  // be named for fear of trouble with the authorities", wash-post_2015-12-28 tug-of-war) are no attribution; "asked not
  // to be named" is in none of train's articles and in fourteen test/fixtures/outlets ones)
  if (ANONYMITY.test(ctx.text.slice(h.s, toks[Math.min(b - 1, to + 2)].e))) return null;
  // (a hearer and an infinitive have no subject of their own: "called on Kurds not to cross …, and turned a blind eye
  // to …" ends before the reporter's second verb)
  const end = contentEnd(ctx, k, true);
  if (end <= to + 1 || words(toks, k, end) < MIN_WORDS) return null;
  const span = contentSpan(ctx, k, end);
  const mention = reporterOf(ctx, c);
  return span && mention ? reportOf(span, { s: t.s, e: toks[k - 1].e }, mention, 'infinitive') : null;
}
