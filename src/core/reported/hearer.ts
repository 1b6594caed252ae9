/** A name whose first letter is small and second a capital ("iWitness", "eNCA", "iTnews"). */
const SMALL_FIRST_LETTER_NAME = /^[a-z][A-Z]/;

/**
 * The hearer a cue may name before its content: "told reporters", "told CNN", "warned the crowd", "told him".
 * Returns the token after the hearer, or `k` when there is none.
 */
import { endsInS } from '../text/endings';
import { ARTICLES } from '../text/determiners';
import { DETERMINERS, HEARER_SHOW_FORMS, HEARER_VERBS, HEARERS, NOT_NOUN, PREPOSITIONS, SHOWN_SUBJECTS, TELL_FORMS } from '../quotes/lexicon';
import { runAt } from '../quotes/names';
import { isPluralPeopleNoun, wordSet } from '../people/lexicon';
import type { Tok } from '../quotes/tokens';
import { MONTHS, WEEKDAYS } from '../text/calendar';

const TO_NOT_THAT = wordSet('to|not|that');
export function afterHearer(toks: Tok[], k: number, b: number): number {
  const t = toks[k];
  if (!t || k >= b || t.punct) return k;
  // ("told analysts on a conference call that …", "told investigators they were unaware …": a plural noun of people)
  if (HEARERS.has(t.l) || isPluralPeopleNoun(t.l)) return k + 1;
  if (t.cap) {
    // ("told The Associated Press": the run starts after its capitalised article)
    const r = runAt(toks, k);
    if (!(r && (r.i === k || (r.i === k + 1 && t.l === 'the')) && r.j <= b)) return k;
    // ("told Holyrood's net zero, energy and transport committee on Tuesday that …", a Herald-style probe, test/fixtures/
    // outlets uk-herald-holyrood-ferries.txt: a name's possessive opens the hearer's noun phrase, as a determiner does)
    if (toks[r.j - 1].poss && r.j < b && !toks[r.j].cap && !toks[r.j].punct) {
      const j = nounAfter(toks, r.j - 1, b);
      if (j > r.j) return j;
    }
    // ("told MPs the Government was …": a "the" right after the hearer's name opens the clause, not more of the name)
    for (let x = r.i + 1; x < r.j; x++) if (toks[x].t === 'the' && toks[x - 1].cap) return x;
    // ("told Flint residents not to drink …": a plural noun after the name is the hearer's head)
    const head = toks[r.j], next = toks[r.j + 1];
    return head && next && !head.cap && !head.punct && endsInS(head.l) && TO_NOT_THAT.has(next.l) ? r.j + 1 : pastStationNumber(toks, r.j, b);
  }
  // ("told iWitness News he sells about EC$300 worth of produce …", an iWitness News-style probe, probes-uu,
  // test/fixtures/outlets vc-iwnews-kingstown-market-fees.txt: an outlet's name whose first letter is small, before its
  // capitalised words, is the hearer)
  if (SMALL_FIRST_LETTER_NAME.test(t.t) && toks[k + 1]?.cap) {
    const r = runAt(toks, k + 1);
    if (r && r.i === k + 1 && r.j <= b) return r.j;
  }
  if (DETERMINERS.has(t.l) && t.l !== 'that') {
    // ("told the BBC the investigation was ongoing", "told the Guardian the cap would go": a name after the article is
    // the hearer, and the article after it opens the clause)
    const named = toks[k + 1]?.cap ? runAt(toks, k + 1) : null;
    if (named && named.i === k + 1 && named.j < b && DETERMINERS.has(toks[named.j].l) && toks[named.j].l !== 'that') return named.j;
    return nounAfter(toks, k, b);
  }
  return k;
}

/**
 * The most words of a hearer's noun phrase after its determiner or its owner's possessive ("the ⟨jury⟩"), and after the
 * "and" of a list of its modifiers ("Holyrood's net zero, energy and ⟨transport committee⟩").
 */
const HEARER_NOUN_WORDS = 4;

/**
 * The token after the lower-case noun phrase that the determiner or the name's possessive at k opens, as a hearer ("the
 * AP", "Holyrood's transport committee"), or k when no word follows it.
 */
function nounAfter(toks: Tok[], k: number, b: number): number {
  let j = k + 1;
  // ("told the AP his firm worked …": the hearer ends before a possessive or a pronoun that opens the clause, or an
  // article after its noun: "told the jury the fire was no accident", "told the meeting the count was done …",
  // Toronto Star and CBC North-style probes; or a name after it: "told the court Marchetti had been drinking", a
  // Hamilton Spectator-style probe)
  let reach = k + 1 + HEARER_NOUN_WORDS;
  for (;;) {
    while (j < b && j < reach && !toks[j].punct && !(NOT_NOUN.has(toks[j].l) && !GATHERING.has(toks[j].l)) && !PREPOSITIONS.has(toks[j].l) && toks[j].l !== 'that' && !CLAUSE_OPENER.has(toks[j].l) && !(j > k + 1 && (ARTICLES.has(toks[j].l) || nameAfterNoun(toks, j)))) j++;
    // (past a list of the words that modify its noun: "Holyrood's net zero, energy and transport committee")
    const and = j > k + 1 ? listAnd(toks, j, b) : -1;
    if (and < 0) break;
    j = and + 1;
    reach = j + HEARER_NOUN_WORDS;
  }
  return j > k + 1 ? pastPlace(toks, j, b) : k;
}

/** The most words of a list's item between its comma and its "and" ("net zero, ⟨energy⟩ and transport committee"). */
const MODIFIER_ITEM_WORDS = 2;

/**
 * The comma at j goes on with a list's items in lower case, then "and" and a lower-case word: that "and", else -1.
 */
function listAnd(toks: Tok[], j: number, b: number): number {
  if (toks[j]?.t !== ',') return -1;
  for (let x = j + 1; x < b && x <= j + 1 + MODIFIER_ITEM_WORDS; x++) {
    const t = toks[x];
    if (t.l === 'and' && x > j + 1) return toks[x + 1] && !toks[x + 1].cap && !toks[x + 1].punct && !NOT_NOUN.has(toks[x + 1].l) && !CLAUSE_OPENER.has(toks[x + 1].l) ? x : -1;
    if (t.punct || t.cap || NOT_NOUN.has(t.l) || PREPOSITIONS.has(t.l) || DETERMINERS.has(t.l) || CLAUSE_OPENER.has(t.l)) return -1;
  }
  return -1;
}

/** A broadcaster's noun after a programme's name ("the Today programme", "the 7:30 show"). */
const PROGRAMME_NOUN = wordSet('programme|program|show|podcast|bulletin');

/**
 * Past a station's number and the programme's name after a broadcaster's name ("told BBC Radio 4's Today programme:",
 * "told Channel 4 News that …"), from token j after the name.
 */
function pastStationNumber(toks: Tok[], j: number, b: number): number {
  if (j >= b || !/^\d+(?:['’]s)?$/.test(toks[j].t)) return j;
  let end = j + 1;
  const show = toks[end]?.cap ? runAt(toks, end) : null;
  if (show && show.i === end && show.j <= b) end = show.j;
  return end < b && PROGRAMME_NOUN.has(toks[end].l) ? end + 1 : end;
}

/** Words that are no subject's head but may end a hearer ("told a news conference", "told a briefing"). */
const GATHERING = wordSet('conference|briefing|interview|call|speech|meeting|rally|hearing|forum|summit|audience|crowd|gathering');

const CLAUSE_OPENER = wordSet('his|her|their|its|our|my|he|she|they|we|it|i');

/** Token j, after a lower-case hearer's noun, is a capitalised word that is no day or month ("the court Marchetti had …"; not "the crowd Tuesday that …"). */
function nameAfterNoun(toks: Tok[], j: number): boolean {
  const t = toks[j], noun = toks[j - 1];
  return !noun.cap && !noun.punct && !DETERMINERS.has(noun.l) && t.cap && !WEEKDAYS.has(t.l) && !MONTHS.has(t.l);
}

const IN_AT = wordSet('in|at');
/** Past a short phrase of place after the hearer ("told a Planned Parenthood gathering in Washington she will …"). */
function pastPlace(toks: Tok[], j: number, b: number): number {
  if (j + 1 >= b || !IN_AT.has(toks[j].l) || !toks[j + 1].cap) return j;
  const r = runAt(toks, j + 1);
  return r && r.i === j + 1 && r.j < b && CLAUSE_OPENER.has(toks[r.j].l) ? r.j : j;
}


/**
 * The token after the hearer of the cue at c, or `k` when it names none: a verb of telling takes any hearer ("told
 * reporters"); "show" only one before "that" or a pronoun that opens a clause ("Trump would show voters he is serious"
 * — not "the poll shows voters prefer Clinton", where the voters are the clause's subject).
 */
/** Forms of "tell", which name their hearer before what was told. */

/** The most words of the clause's subject right after "told" (toldWithoutHearer). */
const TOLD_SUBJECT_WORDS = 3;

/**
 * A form of "tell" at c with no hearer before its content at k, whose first words are a plain noun and its verb: a
 * headline's passive, whose subject is the hearer ("Bushfire inquiry told warnings were ignored", "Court told driver
 * was texting"); no report of the subject's. (Not "told investigators they were unaware", where the hearer was not
 * recognised: a pronoun opens the clause after it.) `finite` tells a verb of the clause.
 */
export function toldWithoutHearer(toks: Tok[], c: number, k: number, finite: (t: Tok) => boolean): boolean {
  if (k !== c + 1 || !TELL_FORMS.has(toks[c].l)) return false;
  for (let j = k; j < k + TOLD_SUBJECT_WORDS + 1; j++) {
    const t = toks[j];
    if (!t || t.punct || t.poss || DETERMINERS.has(t.l) || PREPOSITIONS.has(t.l) || CLAUSE_OPENER.has(t.l)) return false;
    if (j > k && finite(t)) return true;
  }
  return false;
}

export function hearerEnd(toks: Tok[], c: number, k: number, b: number): number {
  const cue = toks[c].l;
  if (HEARER_VERBS.has(cue)) return afterHearer(toks, k, b);
  if (!HEARER_SHOW_FORMS.has(cue)) return k;
  const j = afterHearer(toks, k, b);
  return j > k && j < b && SHOWN_SUBJECTS.has(toks[j].l) ? j : k;
}
