/**
 * A capitalised subject ending at token k, for ./subjectBefore.ts: the name, or the person an "of" phrase, a role
 * or a coordination around it points to. Examples (PolNeAR train):
 *   "Stacy Baker of Columbia, South Carolina says" → Stacy Baker (a state after a town after "of")
 *   "Cory James, 22, of Flint, Mich., said" → Cory James (a place in an apposition is no speaker)
 *   "A reporter for Agence France-Presse called it" → A reporter for Agence France-Presse (a role before its body)
 *   "Another intelligence source speaking to Fox News said" → Another intelligence source (not the outlet)
 *   "James Pethokoukis of the American Enterprise Institute wrote" → James Pethokoukis
 *   "Managing Director of the Tehran Urban and Suburban Railway Operation Company Seyyed Mahmoud Tabatabaei-Nasab said"
 *     → the whole run, read as Mahmoud Tabatabaei-Nasab (an office's words before "of", no person's: probes-jj)
 *   "nuclear experts David Albright and Serena Kelleher-Vergantini of Washington's Institute for Science and
 *     International Security wrote" → David Albright and Serena Kelleher-Vergantini (role words before two names; a
 *     place's possessive and an "and" inside the body's name)
 *   "state Senate leader Phil Berger and House Speaker Tim Moore, both Republicans, said" → Phil Berger and … Tim Moore
 *   "Cruz and Trump have slammed" → Cruz and Trump (both names speak)
 *   "District Collector Smt. V. Kavitha, IAS, in a statement, appealed to …" → V. Kavitha (a post-nominal set off by commas)
 *   "Rice and cash crop farmers along the Mahaica River say" → Rice and cash crop farmers along the Mahaica River, head
 *     farmers (a Stabroek News-style probe, test/fixtures/outlets: people along a place)
 *   "some of the displaced persons at the Internally Displaced Persons camp at the Lokoja Government Girls' Secondary
 *     School alleged" → some of the displaced persons … (a Punch-style probe: people at a place at a place)
 */
import { AFFILIATION_PREPOSITIONS, AGE_NOUN, CLAUSE_OPENERS, DETERMINERS, NOT_NOUN, ORIGIN_PREPOSITIONS, PREPOSITIONS, QUANTIFIER_SUBJECTS, ROLE_HINT, ROLE_PREPOSITIONS_AND_IN, SPEAKING_TO, TITLES } from '../lexicon';
import { isDocumentNoun } from '../../people/documents';
import { firstNameGender, isPeopleGroup, isPluralPeopleNoun } from '../../people/lexicon';
import { runAt } from '../names';
import { ARTICLES } from '../../text/determiners';
import { endsInS } from '../../text/endings';
import { kindOfName } from '../../people/canonical';
import { wordEnd, type Tok } from '../tokens';
import { PLACE_MAX_WORDS } from './apposition';
import { FULL_NAME_MIN_WORDS, isFullName, nameMention, nationOrPartyAdjective, type Mention } from './mention';
import { subjectBefore } from './subjectBefore';
import { allDigits } from '../../text/wordShape';

/** How many lowercase modifiers may stand between a role's preposition and its body ("a spokesman for committee Democrats"). */
const BODY_MODIFIERS_REACH = 4;

/** The subject whose last word is the capitalised token k. */
export function nameBefore(toks: Tok[], k: number, floor: number): Mention | null {
  const r = runAt(toks, k);
  if (!r || r.j !== k + 1) return null;
  const named = titleOnly(toks, r, floor) ?? postNominalOf(toks, r, floor) ?? placeAfterPerson(toks, r, floor) ?? roleOfBody(toks, r, floor) ?? personOfBody(toks, r, floor) ?? shareOfGroup(toks, r, floor);
  if (named) return named;
  // ("David Albright of the Institute for Science and International Security wrote": a body's name holding "and" after
  // the person's "of" is that body's, not two names)
  const joined = toks[r.i - 1]?.l === 'and' ? runAt(toks, r.i - 2) : null;
  const body = joined && joined.j === r.i - 1 && joined.i > floor ? personOfBody(toks, { i: joined.i, j: r.j }, floor) : null;
  return body ?? coordinatedNames(toks, r, floor) ?? nameMention(toks, r.i, r.j);
}

/**
 * "the Prime Minister said", "The President told reporters": a capitalised title after "the" with no name is a
 * description of whoever holds it, as in British, Canadian and Australian copy — not a name "Minister".
 */
export function titleOnly(toks: Tok[], r: { i: number; j: number }, floor: number): Mention | null {
  const the = r.i - 1;
  if (the < floor || toks[the].l !== 'the' || !toks.slice(r.i, r.j).every(w => TITLES.has(w.l))) return null;
  return { s: toks[the].s, e: wordEnd(toks[r.j - 1]), kind: 'description', i: the, j: r.j, head: toks[r.j - 1].l };
}

/**
 * "Some Democrats now worry", "many Republicans say": a quantifier before a plural group's name is part of the source,
 * a description of some of them (PolNeAR train, NYT 2016-03-01), not the whole party.
 */
function shareOfGroup(toks: Tok[], r: { i: number; j: number }, floor: number): Mention | null {
  const q = r.i - 1;
  const word = toks[r.i];
  if (q < floor || !QUANTIFIER_SUBJECTS.has(toks[q].l) || r.j - r.i !== 1 || word.poss || !endsInS(word.l)) return null;
  // (a plural of people: "Democrats", "Americans", "Conservatives"; not a person's or a place's name in -s)
  const kind = kindOfName(word.t);
  if (!isPeopleGroup(word.t) && (kind === 'person' || kind === 'place')) return null;
  return { s: toks[q].s, e: wordEnd(toks[r.i]), kind: 'description', i: q, j: r.j, head: toks[r.i].l };
}

/** A service's or an honour's initials written after a name ("IAS", "IPS", "QC"). */
const POST_NOMINAL = /^[A-Z]{2,4}$/;

/**
 * A service's or an honour's initials set off by commas after a person's name are that person's, no speaker of their
 * own: "District Collector Smt. V. Kavitha, IAS, in a statement, appealed to the fishermen to call off the strike" (a
 * Hindu-style probe, test/fixtures/outlets in-hindu-fishermen-arrest.txt, whose source was "IAS" past the aside).
 */
function postNominalOf(toks: Tok[], r: { i: number; j: number }, floor: number): Mention | null {
  if (r.j - r.i !== 1 || !POST_NOMINAL.test(toks[r.i].t) || toks[r.j]?.t !== ',' || toks[r.i - 1]?.t !== ',' || r.i - 2 < floor) return null;
  const person = subjectBefore(toks, r.i - 2, floor);
  return person && person.kind === 'name' && person.j === r.i - 1 && kindOfName(toks.slice(person.i, person.j).map(t => t.t).join(' ')) === 'person' ? person : null;
}

/** "Stacy Baker of Columbia, South Carolina says", "Cory James, 22, of Flint, Mich., said": the person before the place. */
function placeAfterPerson(toks: Tok[], r: { i: number; j: number }, floor: number): Mention | null {
  // "Stacy Baker of Columbia, South Carolina says": a state after a town after "of"
  if (r.i - 3 >= floor && toks[r.i - 1].t === ',' && toks[r.i - 2].cap && r.j - r.i <= PLACE_MAX_WORDS) {
    const town = runAt(toks, r.i - 2);
    if (town && town.j === r.i - 1 && ORIGIN_PREPOSITIONS.has(toks[town.i - 1]?.l ?? '') && toks[town.i - 2]?.cap) {
      const person = subjectBefore(toks, town.i - 2, floor);
      if (person && person.kind === 'name') return person;
    }
    // (the name run may have swallowed "Stacy Baker of Columbia")
    const of = town && town.j === r.i - 1 ? toks.slice(town.i, town.j).findIndex(w => w.l === 'of') : -1;
    if (town && of >= FULL_NAME_MIN_WORDS) return { s: toks[town.i].s, e: toks[town.i + of - 1].e, kind: 'name', i: town.i, j: town.i + of };
  }
  // "Cory James, 22, of Flint, Mich., said": a place in an apposition is no speaker, the name before it is
  if (r.i - 2 >= floor && ORIGIN_PREPOSITIONS.has(toks[r.i - 1].l) && toks[r.i - 2].t === ',') {
    const person = subjectBefore(toks, r.i - 2, floor);
    if (person && person.kind === 'name') return person;
  }
  return null;
}

/** "A reporter for Agence France-Presse called it", "Another intelligence source speaking to Fox News said": the role speaks. */
function roleOfBody(toks: Tok[], r: { i: number; j: number }, floor: number): Mention | null {
  let q = r.i - 1;
  // ("a spokesman for committee Democrats said": lowercase modifiers before the body; a party's or nation's adjective
  // among them: "A spokesman for Democratic presidential candidate Hillary Clinton called a report …", PolNeAR train)
  while (q > r.i - BODY_MODIFIERS_REACH && q > floor && toks[q] && !toks[q].punct && (!toks[q].cap || nationOrPartyAdjective(toks[q])) && !PREPOSITIONS.has(toks[q].l) && !DETERMINERS.has(toks[q].l) && !NOT_NOUN.has(toks[q].l)) q--;
  q = pastPlacePossessive(toks, q + 1, floor) - 1;
  // (an article before the body: "The chief of ⟨a⟩ northern Saskatchewan First Nation says", a CBC-style fixture)
  if (ARTICLES.has(toks[q]?.l ?? '')) q--;
  q = pastPlaceBetween(toks, q, floor);
  // "Another intelligence source speaking to Fox News said": the source, not the outlet
  if (q - 2 >= floor && SPEAKING_TO.has(toks[q].l) && /ing$/.test(toks[q - 1].l) && !toks[q - 1].cap) {
    const d = subjectBefore(toks, q - 2, floor);
    if (d && d.kind !== 'pronoun') return d;
  }
  const role = toks[q - 1];
  // ("A recent survey by Comcast Xfinity found", "a story by the website Politco says that “…”": a work by its author,
  // whatever its noun, PolNeAR train)
  const byAuthor = toks[q]?.l === 'by' && !!role && isDocumentNoun(role.l);
  // (a plural of people opening the sentence is capitalised as any first word is: "Irrigators in the southern
  // Murray-Darling Basin say", an ABC-style fixture)
  const lowerOrOpening = !!role && (!role.cap || (q - 1 === floor && isPluralPeopleNoun(role.l)));
  // (people along a place: "Rice and cash crop farmers along the Mahaica River say", a Stabroek News-style probe,
  // test/fixtures/outlets gy-stabroeknews-mahaica-flooding.txt, whose source was the river)
  const peopleAlong = !!role && PEOPLE_ALONG.has(toks[q]?.l ?? '') && isPluralPeopleNoun(role.l);
  if (q - 1 >= floor && (ROLE_PREPOSITIONS_AND_IN.has(toks[q].l) || byAuthor || peopleAlong) && role && lowerOrOpening && !role.punct && (byAuthor || ROLE_HINT.test(role.l) || isPluralPeopleNoun(role.l))) {
    if (role.cap) return { s: role.s, e: wordEnd(toks[r.j - 1]), kind: 'description', i: q - 1, j: r.j, head: role.l };
    const d = subjectBefore(toks, q - 1, floor);
    if (d && d.kind === 'description') return { ...d, e: wordEnd(toks[r.j - 1]), j: r.j };
  }
  // ("The mayor of a small town on Quebec's Gaspé Peninsula says": the place ends the role's "of" phrase, a CBC-style probe)
  if (q - 1 >= floor && PLACE_PREPOSITIONS.has(toks[q].l)) {
    let d = q - 1;
    while (d > floor && d > q - PLACE_NOUN_REACH && !toks[d].punct && !toks[d].cap && !DETERMINERS.has(toks[d].l)) d--;
    const ofRole = d - 2 >= floor && DETERMINERS.has(toks[d].l) && toks[d - 1].l === 'of' && !toks[d - 2].cap && ROLE_HINT.test(toks[d - 2].l);
    const m = ofRole ? subjectBefore(toks, d - 2, floor) : null;
    if (m && m.kind === 'description') return { ...m, e: wordEnd(toks[r.j - 1]), j: r.j };
  }
  return null;
}

/**
 * The preposition before a place that stands between people and the place named last, when toks[q] is the preposition
 * of that last place: "some of the displaced persons ⟨at⟩ the Internally Displaced Persons camp at the Lokoja Government
 * Girls' Secondary School alleged" (a Punch-style probe, test/fixtures/outlets ng-punch-kogi-flood-relief.txt, whose
 * source was the school). The place between is "the", capitalised words and one lower-case noun that is no role; a
 * plural of people stands before its preposition. q itself otherwise.
 */
function pastPlaceBetween(toks: Tok[], q: number, floor: number): number {
  const noun = q - 1;
  if (noun - 3 < floor || !ROLE_PREPOSITIONS_AND_IN.has(toks[q]?.l ?? '') || toks[noun].cap || toks[noun].punct || ROLE_HINT.test(toks[noun].l) || isPluralPeopleNoun(toks[noun].l)) return q;
  let k = noun - 1;
  while (k > floor && toks[k].cap && !toks[k].punct) k--;
  const p = k - 1;
  return k < noun - 1 && ARTICLES.has(toks[k].l) && p - 1 >= floor && ROLE_PREPOSITIONS_AND_IN.has(toks[p].l) && isPluralPeopleNoun(toks[p - 1].l) ? p : q;
}

/** Prepositions between a plural of people and the place they live or work along ("farmers along the Mahaica River"). */
const PEOPLE_ALONG = new Set(['along']);

/** Prepositions before a place that ends a role's "of" phrase ("of a small town on Quebec's Gaspé Peninsula"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'near']);
/** The most words of the noun phrase between "of" and that preposition, its determiner included ("a small town"). */
const PLACE_NOUN_REACH = 4;

/** The most lower-case words between "the" and a body's name that describe the body ("the main opposition"). */
const BODY_DESCRIBERS = 2;

/** "James Pethokoukis of the American Enterprise Institute wrote": the person before "of (the)" speaks. */
function personOfBody(toks: Tok[], r: { i: number; j: number }, floor: number): Mention | null {
  // (past "the", or a place's possessive: "of Washington's Institute for Science and International Security")
  let p = pastPlacePossessive(toks, r.i, floor) - 1;
  // (or a number, a police division's: "Det.-Sgt. Wei Chen of 41 Division says", a Toronto Sun-style probe)
  // (and past lower-case words between "the" and the body's name that describe it: "Rep. Han Seung-woo of the ruling
  // Democratic Party, who sits on …, said", "Rep. Kwon Ji-yeon of the main opposition People Power Party said", a Korea
  // Herald-style probe, test/fixtures/outlets kr-koreaherald-medical-quota-talks.txt, where the party spoke)
  if (p === r.i - 1) {
    let m = p;
    while (m > floor && m > p - BODY_DESCRIBERS && /^\p{Ll}+$/u.test(toks[m].t) && toks[m].l !== 'the') m--;
    if (toks[m]?.l === 'the' || (m === p && allDigits(toks[p]?.t ?? ''))) p = m - 1;
  }
  if (p - 1 >= floor && AFFILIATION_PREPOSITIONS.has(toks[p].l) && toks[p - 1].cap && !toks[p - 1].poss) {
    // (a name run bridges "of" before a possessive, "David Albright of Washington's": the name is its words before "of")
    const words = wordsBefore(toks, p, floor);
    const person = subjectBefore(toks, p - 1, floor) ?? (words && (coordinatedNames(toks, words, floor) ?? words));
    if (person && person.kind === 'name' && isFullName(person)) return titleWordsOnly(toks, person) ? nameMention(toks, person.i, r.j) : person;
  }
  return null;
}

/**
 * The name run m is an office's words, no person's: its last word a title and its first no given name ("Managing Director
 * of the Tehran Urban and Suburban Railway Operation Company Seyyed Mahmoud Tabatabaei-Nasab said …", a Tehran
 * Times-style probe, test/fixtures/outlets ir-tehrantimes-metro-bus-fares.txt, probes-jj, was "Managing Director"; "Deputy
 * Chairman of the Brest Oblast Executive Committee NAME told …", by-belta-brest-heating-networks, "Chairman" alone out of
 * its paragraph; not after an article, "The President of Parliament's Committee C for Public Finance, NAME, said"): the whole run speaks, the office, the body and the holder's name, which the name's reading ends on
 * (../../people/personName.ts), not the title before its "of". Not "Tony Bishop of …".
 */
const titleWordsOnly = (toks: Tok[], m: { i: number; j: number }): boolean =>
  TITLES.has(toks[m.j - 1].l) && !ARTICLES.has(toks[m.i].l) && firstNameGender(toks[m.i].t) === undefined;

/**
 * Where a body's name starts when a place's possessive stands before it, token i being the body's first word:
 * "of Washington's Institute for Science and International Security" (PolNeAR train), "a spokesperson for Manitoba's
 * Municipal Relations Minister" (a Canadian-style fixture) → the place's first word; i itself when there is none.
 */
export function pastPlacePossessive(toks: Tok[], i: number, floor: number): number {
  let p = i - 1;
  // ("Sgt. Noreen Ballantyne of the force's Major Collision Bureau", a CTV-style fixture: a body's possessive noun
  // after "the" → the "the")
  if (p - 1 > floor && toks[p]?.poss && !toks[p].cap && toks[p - 1].l === 'the') return p - 1;
  if (!toks[p]?.cap || !toks[p].poss) return i;
  while (p - 1 > floor && toks[p - 1].cap && !toks[p - 1].poss) p--;
  return p;
}

/** The capitalised words right before token p, as a name (null when there are none). */
function wordsBefore(toks: Tok[], p: number, floor: number): Mention | null {
  let i = p;
  while (i - 1 >= floor && toks[i - 1].cap && !toks[i - 1].poss && !toks[i - 1].punct) i--;
  return i < p ? nameMention(toks, i, p) : null;
}

/** The most words (an age, a role) between the "and" of coordinated names and the second name. */
const SECOND_NAME_MODIFIERS = 2;

/** "Cruz and Trump have slammed …": both names speak. */
function coordinatedNames(toks: Tok[], r: { i: number; j: number }, floor: number): Mention | null {
  // (past an age or a role before the second name: "Zeliff and 24-year-old Tom Giancola, a fellow New Hampshire Sanders
  // veteran, explained", PolNeAR train)
  let and = r.i - 1;
  while (and > floor && and > r.i - 1 - SECOND_NAME_MODIFIERS && !toks[and].cap && !toks[and].punct && (AGE_NOUN.test(toks[and].t) || ROLE_HINT.test(toks[and].l)) && toks[and].l !== 'and') and--;
  if (and - 1 >= floor && toks[and].l === 'and' && toks[and - 1].cap && !toks[and - 1].poss) {
    const first = runAt(toks, and - 1);
    // (after role words too: "nuclear experts David Albright and Serena Kelleher-Vergantini wrote", PolNeAR train)
    const before = first ? toks[first.i - 1] : undefined;
    if (first && first.j === and && (first.i === floor || !before || before.punct || DETERMINERS.has(before.l) || CLAUSE_OPENERS.has(before.l) || (!before.cap && ROLE_HINT.test(before.l)))) {
      return nameMention(toks, first.i, r.j);
    }
  }
  return null;
}
