/**
 * Rule family — what a court, a jury or an inquest heard: the evidence put before it, reported as the court's, in the
 * way Canadian, British, Irish and Singaporean court copy writes it (test/fixtures/outlets, where every one was missed):
 * "Court heard that ⟦between 2019 and 2023, Bautista-Ocampo created 14 seasonal employees …⟧" (a Leader-Post-style
 * probe), "Court heard ⟦he targeted at least 14 seniors in the city's northeast …⟧" (CTV), "The court heard that ⟦at
 * least 17 victims … lost their savings …⟧" (CNA), "Court heard during the three-week trial that ⟦the fire started in a
 * second-floor room …⟧" and, after its content, "⟦The 58-year-old … bought the three-storey house in 2016 and rented 11
 * rooms in it⟧, court heard." (Toronto Star-style probes), "⟦Liam Pereira … was driving home … when his car was struck by
 * a stolen SUV …⟧, court heard." (National Post). "Heard" is no cue of speech elsewhere ("heard from voters", "I heard
 * that …", "the court heard arguments"), so only a hearing body's "heard" before a clause, or closing a sentence, is read.
 * PolNeAR train and dev have no such sentence. (Read inside ./cueFamilies.ts until the 32nd session, when the rule
 * families outgrew a 32-bit selection; now a family of its own, run right after that one.)
 */
import { cueSpan } from '../quotes/attribution';
import type { Mention } from '../quotes/attribution';
import { ARTICLES } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { anyPreposition, clauseStart } from './bareClause';
import { beforeClosingStops, contentEnd, contentSpan, words } from './clause';
import { contentStart } from './fronted';
import { HEARING_BODIES, PERFECT_AUXILIARIES, TIME_WORDS } from './lexicon';
import { reportsAtVerbs, type FamilyAt } from './cueFamilies';
import { type Report, reportOf, type SentenceContext } from './report';

/** The verb of a hearing body's report. */
// (and a headline's present: "Inquest hears ambulance took almost two hours to reach Kerry farmer", an RTÉ-style probe)
export const HEARING_VERBS: readonly string[] = ['heard', 'hears'];
/** The most tokens of a phrase of time or occasion between "heard" and its "that" ("during the three-week trial"). */
const MAX_OCCASION_TOKENS = 6;
/** The fewest words of a content before a closing "…, court heard." */
const MIN_TAIL_CONTENT_WORDS = 4;

/**
 * The body that heard, the hearing noun before the cue at c and its article ("Court", "the court", "The inquest"), past a
 * perfect's auxiliary ("An inquest ⟨has⟩ heard that …") or the place it sits in ("The inquest ⟨in Tralee⟩ heard that …",
 * "The inquest ⟨at Stockport Coroner's Court⟩ heard", an RTÉ-style probe and an older inquest story, test/fixtures/outlets
 * ie-rte-inquest-ambulance-delay.txt, uk-inquest-cyclist.txt, where the first was missed and the second read "Court").
 */
function hearingBody(toks: Tok[], a: number, c: number): Mention | null {
  let n = PERFECT_AUXILIARIES.has(toks[c - 1]?.l ?? '') ? c - 2 : c - 1;
  const place = sittingPlace(toks, a, n);
  if (place > 0) n = place - 1;
  const noun = toks[n];
  if (!noun || n < a || noun.poss || !HEARING_BODIES.has(noun.l)) return null;
  const i = ARTICLES.has(toks[n - 1]?.l ?? '') && n - 1 >= a ? n - 1 : n;
  return { s: toks[i].s, e: noun.e, kind: 'description', i, j: n + 1, head: noun.l };
}

/** The prepositions of where a hearing body sits ("in Tralee", "at Stockport Coroner's Court"). */
const SITTING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at']);
/** The most capitalised words of that place. */
const MAX_PLACE_WORDS = 4;

/**
 * The token of "in" or "at" opening a place of capitalised words that ends at token n, after a hearing body ("inquest |
 * in | Tralee"); -1 when there is none.
 */
function sittingPlace(toks: Tok[], a: number, n: number): number {
  let k = n;
  while (k > a && n - k < MAX_PLACE_WORDS && toks[k].cap && !toks[k].punct) k--;
  return k < n && k > a && SITTING_PREPOSITIONS.has(toks[k].l) && HEARING_BODIES.has(toks[k - 1]?.l ?? '') ? k : -1;
}

/**
 * The token after "heard" at c and a phrase of time or occasion ("Thursday", "during the three-week trial") that a
 * "that" ends, the "that"; c + 1 when there is none. Not a phrase of "from": "heard from the victim's mother that …" is
 * the mother's report, -1.
 */
function afterOccasion(toks: Tok[], c: number, b: number): number {
  const k = c + 1;
  if (toks[k]?.l === 'from') return -1;
  if (k < b && (TIME_WORDS.has(toks[k].l) || anyPreposition(toks[k].l))) {
    for (let g = k; g < b && g <= k + MAX_OCCASION_TOKENS && !toks[g].punct; g++) if (toks[g].l === 'that') return g;
  }
  let j = k;
  while (j < b && TIME_WORDS.has(toks[j].l)) j++;
  return j;
}

/** "Court heard (Thursday) (that) CLAUSE": the clause after a hearing body's "heard" at c. */
function heardClause(ctx: SentenceContext, c: number, mention: Mention): Report | null {
  const { toks, b } = ctx;
  const k = afterOccasion(toks, c, b);
  if (k < 0) return null;
  const that = toks[k]?.l === 'that';
  const from = that ? k + 1 : k;
  if (from >= b || !(that || clauseStart(toks, from, b))) return null;
  const end = contentEnd(ctx, from);
  const span = words(toks, from, end) >= 2 ? contentSpan(ctx, that ? k : from, end) : null;
  return span ? reportOf(span, cueSpan(toks, c, k), mention, that ? 'that-clause' : 'bare-clause') : null;
}

/** "CONTENT, (the) court heard (Thursday).": the sentence before a hearing body set off by a comma that closes it with "heard" at c. */
function heardTail(ctx: SentenceContext, c: number, mention: Mention): Report | null {
  const { toks, b } = ctx;
  let k = c + 1;
  while (k < b && TIME_WORDS.has(toks[k].l)) k++;
  const comma = mention.i - 1;
  if (k !== beforeClosingStops(toks, c, b) || toks[comma]?.t !== ',') return null;
  const open = contentStart(ctx);
  const span = words(toks, open, comma) >= MIN_TAIL_CONTENT_WORDS ? contentSpan(ctx, open, comma) : null;
  return span ? reportOf(span, { s: toks[c].s, e: toks[c].e }, mention, 'fronted') : null;
}

/** The report of a hearing body's "heard" at c. */
function courtHeardAt(ctx: SentenceContext, c: number): Report | null {
  const { toks, a } = ctx;
  if (toks[c].cap) return null;
  const mention = hearingBody(toks, a, c);
  return mention && (heardClause(ctx, c, mention) ?? heardTail(ctx, c, mention));
}

/** Each verb of HEARING_VERBS, read by courtHeardAt. */
const HEARING: ReadonlyMap<string, readonly FamilyAt[]> = new Map(HEARING_VERBS.map(v => [v, [courtHeardAt]]));

/** What a court, a jury or an inquest heard, in the sentence. */
export function courtHeard(ctx: SentenceContext): Report[] {
  return reportsAtVerbs(ctx, HEARING);
}
