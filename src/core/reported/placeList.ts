/**
 * A subject whose noun a list of places follows: "⟨Most Republican voters in Alabama, Georgia and Virginia⟩ said they
 * felt betrayed by their own party's politicians" (PolNeAR train, USA Today 2016-03-02: was "Georgia", the list's
 * commas cutting the subject); "⟨Subscribers in Achrafieh, Hamra and Furn al-Chebbak⟩ contacted by L'Orient Today said
 * their bills matched the ministry's rate" (a L'Orient Today-style probe, test/fixtures/outlets
 * lb-lorienttoday-generator-tariffs.txt: was "L'Orient Today", the outlet that contacted them). Two places joined by
 * "and" are a list too: "⟨PINEAPPLE and vegetable farmers in North and Central Eleuthera⟩ say they have yet to receive
 * relief payments" (a Tribune-style probe, test/fixtures/outlets bs-tribune-eleuthera-farm-relief.txt: was "Central
 * Eleuthera", the "and" of the subject's own nouns sending the coordination rule to the last place), "Because ⟨exit polls
 * in New Hampshire and Iowa⟩ indicated that Trump was strongly supported by early deciders" (PolNeAR train, Politico
 * 2016-02-17: was "Iowa"; the gold Source; past the subordinator opening the sentence). An item may open with "the", a
 body's name: "⟨Officials from Texas, Ohio and the Agriculture Department⟩ said benefit payments would continue" (a probe,
 test/fixtures/us-probes us-ap-stopgap-vote.txt: was "Ohio and the Agriculture Department"). The source is the noun
 * with its places, as a reader copies it; never the places, nor the agent of a participle after them.
 */
import type { Mention } from '../quotes/attribution';
import { DETERMINERS, PREPOSITIONS } from '../quotes/lexicon';
import { runAt } from '../quotes/names';
import type { Tok } from '../quotes/tokens';
import { endsInS } from '../text/endings';
import { contentStart } from './fronted';
import { AUX_OR_ADVERB, CLAUSE_OPENER } from './lexicon';
import type { SentenceContext } from './report';
import { wordSet } from '../people/lexicon';

/** Prepositions that tie a plural noun to the places a list names ("voters ⟨in⟩ …", "residents ⟨from⟩ …"). */
const PLACE_LIST_PREPOSITIONS = wordSet('in|from|across');
/** The most words of the noun phrase before the preposition ("Most Republican voters"). */
const MAX_NOUN_WORDS = 4;
/** The most places in the list. */
const MAX_PLACES = 6;
/** Participles whose agent after "by" may follow the list ("contacted by L'Orient Today"). */
const AGENT_PARTICIPLE = /^[a-z]{3,}ed$/;

/**
 * The token past an article "the" at k that opens an item of the list, the name of a body: "Officials from Texas, Ohio
 * and ⟨the⟩ Agriculture Department said …" (test/fixtures/us-probes us-ap-stopgap-vote: was "Ohio and the Agriculture
 * Department", the article stopping the list); k when there is none.
 */
const pastThe = (toks: Tok[], k: number): number => toks[k]?.l === 'the' && toks[k + 1]?.cap ? k + 1 : k;

/** The token past the list of names from k ("Alabama, Georgia and Virginia", "North and Central Eleuthera"), two names or more; -1 when none. */
function placeListEnd(toks: Tok[], k: number, c: number): number {
  let items = 0;
  for (let x = k; x < c && items < MAX_PLACES;) {
    x = pastThe(toks, x);
    const r = runAt(toks, x);
    if (!r || r.i !== x || r.j > c) return -1;
    items++;
    // (a run the name reader joined over the last "and": "Georgia and Virginia")
    if (items >= 2 && toks.slice(r.i, r.j).some(t => t.l === 'and' && !t.cap)) return r.j;
    x = r.j;
    if (toks[x]?.t === ',' && toks[x + 1]?.l !== 'and') { x++; continue; }
    if (toks[x]?.t === ',') x++;
    if (toks[x]?.l !== 'and' || toks[x].cap) return -1;
    const at = pastThe(toks, x + 1), last = runAt(toks, at);
    return last && last.i === at && last.j <= c ? last.j : -1;
  }
  return -1;
}

/** The words from `end` to the cue at c are nothing but auxiliaries, or a participle and its agent ("contacted by L'Orient Today"). */
function restBeforeCue(toks: Tok[], end: number, c: number): boolean {
  let v = c;
  while (v > end && AUX_OR_ADVERB.has(toks[v - 1].l)) v--;
  if (v === end) return true;
  if (!AGENT_PARTICIPLE.test(toks[end].t) || toks[end + 1]?.l !== 'by') return false;
  const k = toks[end + 2]?.l === 'the' ? end + 3 : end + 2;
  const agent = runAt(toks, k);
  return !!agent && agent.i === k && agent.j === v;
}

/**
 * The noun phrase opening the sentence with its list of places, when the subject found before the cue at c (`before`)
 * lies in that list or after it; null when the sentence opens otherwise.
 */
export function placeListSubject(ctx: SentenceContext, c: number, before: Mention): Mention | null {
  const { toks } = ctx;
  // (past a subordinator that opens the sentence: "Because ⟨exit polls in New Hampshire and Iowa⟩ indicated that …")
  const start = contentStart(ctx);
  const open = CLAUSE_OPENER.has(toks[start]?.l ?? '') ? start + 1 : start;
  let p = open + 1;
  while (p < c && p - open < MAX_NOUN_WORDS && !toks[p].punct && !PLACE_LIST_PREPOSITIONS.has(toks[p].l)) p++;
  const noun = toks[p - 1];
  if (p >= c || !PLACE_LIST_PREPOSITIONS.has(toks[p].l) || toks[p].cap || (noun.cap && p - 1 !== open) || noun.punct || !endsInS(noun.l) || before.i <= p) return null;
  for (let k = open; k < p - 1; k++) if (toks[k].punct || PREPOSITIONS.has(toks[k].l) || (k > open && DETERMINERS.has(toks[k].l))) return null;
  const end = placeListEnd(toks, p + 1, c);
  if (end < 0 || !restBeforeCue(toks, end, c)) return null;
  return { s: toks[open].s, e: toks[end - 1].e, kind: 'description', i: open, j: end, head: noun.l };
}
