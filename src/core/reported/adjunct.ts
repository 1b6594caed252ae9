/**
 * Where a verb's object ends before a phrase of circumstance: the time, the occasion or the channel of the speaking is
 * the writer's, not part of what was said. PolNeAR's annotators end the content at the object ("Jerry Brown criticized
 * ⟨Bill Clinton⟩ during a debate", "Donald Trump praised ⟨Breitbart News’ Washington Political Editor Matthew Boyle⟩ at
 * a press conference in Hanahan", "the campaign has touted ⟨his endorsement⟩ on its Facebook page", "Harry Reid (D)
 * relentlessly attacked ⟨the Koch brothers⟩ from the Senate floor", "Trump called for ⟨a ban on Muslims entering the
 * United States⟩ following the mass shooting in San Bernardino", "Trump tried to defend ⟨his remarks calling the Chinese
 * government ''strong''⟩ when it violently ended the democracy movement"). A clause after the occasion's noun is the
 * occasion's ("Peter Westmacott praised ⟨Obama’s presidency⟩ in an interview published Saturday", "Jane offered a
 * preview of ⟨the candidate's thinking⟩ in an interview with The Washington Post just before New Yorkers went to the polls").
 */
import { DASHES, DETERMINERS, HEARERS } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { LED_PERIODS, PARTS_OF_DAY, RELATIVE_DAYS, WEEKDAYS } from '../text/calendar';
import { finite } from './bareClause';
import { ING_NOUNS, OCCASION_NOUNS } from './lexicon';
import { isPluralPeopleNoun, wordSet } from '../people/lexicon';
import { isOnePersonWord } from '../people/roleHead';
import { digitFirst } from '../text/wordShape';

/** Words that open a clause inside an object ("reports that …", "the man who …", "what it was like …"). */
const CLAUSE_WORDS = wordSet('that|who|which|whom|whose|what|whether|how|why|where|when');

/**
 * Words that open an adjunct of time or circumstance, never more of an object ("during a debate", "since the Monday
 * night debate"; but "since 1984" may date the object). "when", "while", "after" and "following" were tried: they end
 * as many objects that PolNeAR keeps whole ("praised George W. Bush for reaching out to Muslims when he was in the White
 * House", "the impeachment of … Loretta Lynch following news that …") as they fix.
 */
const CIRCUMSTANCE_OPENERS: ReadonlySet<string> = new Set(['during', 'since', 'until', 'amid']);
/** Prepositions that open a phrase of place or channel ("at a press conference", "in a statement", "on Twitter", "from the Senate floor"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'from', 'via', 'through']);
/** Words that stand before a weekday or a period and make it a time ("last week", "this month", "on Monday"). */
const TIME_LEADS: ReadonlySet<string> = new Set(['last', 'this', 'next', 'earlier', 'later', 'on']);
/** Nouns of a period after a time lead ("last week", "this month"). */
const PERIODS: ReadonlySet<string> = new Set([...LED_PERIODS, ...PARTS_OF_DAY]);
/** How many words may stand between the preposition and the occasion's noun ("on his regular radio call-in show"). */
const MAX_OCCASION_MODIFIERS = 3;

const OF_BY = wordSet('of|by');
/**
 * Token k is a weekday or a relative day ("Monday", "yesterday"), not one that modifies a noun ("Monday’s installment",
 * "Wednesday Martin", "the events of Tuesday").
 */
function dayAt(toks: Tok[], k: number): boolean {
  const t = toks[k], next = toks[k + 1];
  return !!t && !t.punct && !t.poss && (WEEKDAYS.has(t.l) || RELATIVE_DAYS.has(t.l)) && !(next && next.cap && !next.punct) && !OF_BY.has(toks[k - 1]?.l ?? '');
}

const LINK_OR_PRONOUN = wordSet('of|for|to|and|or|he|she|they|it|we|i|you');
/** The phrase at k, a preposition, names an occasion, channel or place of speaking within reach. */
function occasionAt(toks: Tok[], k: number, end: number): boolean {
  for (let j = k + 1; j < end && j <= k + 1 + MAX_OCCASION_MODIFIERS; j++) {
    const t = toks[j];
    if (t.punct) return false;
    if (OCCASION_NOUNS.has(t.l) || dayAt(toks, j)) return true;
    // (a second preposition, a clause word, a pronoun or a verb closes the phrase: "a ban on Muslims entering …", "the
    // city's delay in releasing the video", "the candidate's unrelenting assault on what he calls …")
    if (!t.cap && !DETERMINERS.has(t.l) && (LINK_OR_PRONOUN.has(t.l) || CLAUSE_WORDS.has(t.l) || verbInIng(t))) return false;
  }
  return false;
}

/** A verb in "-ing" ("releasing", "grabbing"; not "early-morning" or one of ING_NOUNS). */
function verbInIng(t: Tok): boolean {
  return !t.cap && !t.l.includes('-') && t.l.length > 4 && /ing$/.test(t.l) && !ING_NOUNS.has(t.l);
}

/**
 * How many tokens the phrase of circumstance at k takes (0: none there): a weekday or a period, with its lead ("Wednesday",
 * "Tuesday night", "last week", "on Monday"), taking one to three tokens; a time preposition ("during a debate", "since the
 * Monday night debate", not "since 1984") or a preposition before an occasion, a channel or a place of speaking ("at a
 * press conference", "in early-morning tweets"), taking the rest of the object [k, end).
 */
function adjunctLength(toks: Tok[], k: number, end: number): number {
  const t = toks[k];
  if (!t || k >= end || t.punct) return 0;
  let n = 0;
  if (TIME_LEADS.has(t.l) && (dayAt(toks, k + 1) || PERIODS.has(toks[k + 1]?.l ?? ''))) n = 2;
  else if (dayAt(toks, k)) n = 1;
  if (n) return PERIODS.has(toks[k + n]?.l ?? '') ? n + 1 : n;
  if (t.cap) return 0;
  if (CIRCUMSTANCE_OPENERS.has(t.l) && !digitFirst(toks[k + 1]?.t ?? '')) return end - k;
  if (PLACE_PREPOSITIONS.has(t.l) && occasionAt(toks, k, end)) return end - k;
  return 0;
}

/** Marks that end the stretch of an object looked at (a comma, a semicolon, a dash, a colon). */
export const STRETCH_MARKS: ReadonlySet<string> = new Set([',', ';', ':', ...DASHES]);

/** Prepositions before a verb in "-ing" that opens a clause inside an object ("accused Lewandowski of grabbing her"). */
const BEFORE_GERUND = wordSet('of|for|by|about|without|from|after|before|to');

/** Token k of the object that opens at `from` opens or holds a clause: a verb with tense, a clause word, a gerund after a preposition or a name. */
function clauseWordAt(toks: Tok[], k: number, from: number): boolean {
  const t = toks[k];
  return finite(t) || CLAUSE_WORDS.has(t.l) || (verbInIng(t) && k > from && (BEFORE_GERUND.has(toks[k - 1].l) || toks[k - 1].cap));
}

/**
 * Token k opens a place phrase whose noun has a determiner or an owner ("in an interview", "at last week's forum"), as
 * an occasion of speaking does; not "at city hall", "on stage", nor a time ("last year") or "during|since|until|amid".
 */
function determinedPlace(toks: Tok[], k: number): boolean {
  const next = toks[k + 1], after = toks[k + 2];
  return PLACE_PREPOSITIONS.has(toks[k].l) && !!next && !next.punct && (DETERMINERS.has(next.l) || next.poss || (!!after && !after.punct && after.poss));
}

/**
 * The token where the object [from, end) stops before its phrases of circumstance (adjunctLength), those that close it:
 * a time word or a time preposition, or a preposition before an occasion ("praised Boyle at a press conference in
 * Hanahan, South Carolina on Monday"), after which the object has nothing more or another such phrase ("announced his
 * candidacy last spring"; but "proposed a steep levy last year on the most heavily polluting generators" goes on);
 * `end` when none. The object keeps at least its first word, and an object that holds a clause of its own keeps all
 * ("the strategy Obama trumpeted during Sunday's address", "reports that Mateen said in a 911 call …", "accused
 * Lewandowski of grabbing her at a press conference", "describes what happens on a video") — a clause BEFORE the
 * phrase: one after the occasion's noun is the occasion's own ("praised ⟦Obama’s presidency⟧ in an interview published
 * Saturday", Politico 2015-12-26; "offered a preview of ⟦the candidate's thinking⟧ in an interview with The Washington
 * Post just before New Yorkers went to the polls", Washington Post 2016-04-21; 45th session, s45-ends-yd, PolNeAR train
 * 2 gained, 0 lost, no other output moved) — when the phrase is a place with a determiner or an owner (determinedPlace).
 * Not so after "during|since|until|amid", whose clause may be the object's own verb's: "urged ⟦Obama last year not to
 * close the prison until there was a way to house detainees …⟧" (Politico 2016-02-23, gold) keeps it; nor after a place
 * with no determiner, which the object's complement may follow: "attacked ⟦other candidates on stage for accepting his
 * personal donations⟧" (USA Today 2016-09-23, PolNeAR dev), "ordered ⟦flags at city hall lowered to half-mast⟧".
 */
export function objectBeforeAdjunct(toks: Tok[], from: number, end: number): number {
  // (only the object's first stretch, up to a mark, is looked at: what follows a comma is the content's own business —
  // "criticized Bill Clinton during a debate, Hillary shot back")
  let stretch = from;
  while (stretch < end && !(toks[stretch].punct && STRETCH_MARKS.has(toks[stretch].t))) stretch++;
  // (the object's own clause, if any, and only the phrases before it are looked at)
  let clause = from;
  while (clause < stretch && (toks[clause].punct || !clauseWordAt(toks, clause, from))) clause++;
  for (let k = from + 1; k < clause; k++) {
    const t = toks[k];
    if (t.punct || (clause < stretch && !determinedPlace(toks, k))) continue;
    const n = adjunctLength(toks, k, stretch);
    if (!n) continue;
    const next = k + n;
    if (next >= stretch || toks[next].punct || adjunctLength(toks, next, stretch) > 0) return k;
  }
  return end;
}

/** Verbs of discussing: a "with" after their topic names the one talked with, not more of the topic. */
export const DISCUSSING = wordSet('discuss|discussed|discusses|discussing');
/** How many words may stand between "with" and the head of the one talked with ("with radio host Hugh Hewitt"). */
const MAX_INTERLOCUTOR_MODIFIERS = 2;

/** The phrase after "with" at k names people: a name, a hearer ("reporters", "him") or a noun of people or of one person. */
function interlocutorAt(toks: Tok[], k: number, end: number): boolean {
  for (let j = k + 1; j < end && j <= k + 1 + MAX_INTERLOCUTOR_MODIFIERS; j++) {
    const t = toks[j];
    if (t.punct || CLAUSE_WORDS.has(t.l)) return false;
    if (t.cap || HEARERS.has(t.l) || isPluralPeopleNoun(t.l) || isOnePersonWord(t.l)) return true;
  }
  return false;
}

/**
 * The token where a discussion's topic [from, end) stops before "with" and the people it was discussed with, PolNeAR's
 * annotators leaving them out as they leave out a cue's hearer: "Dorothy Woods … discussed ⟦the Trump controversy⟧ with
 * radio host Hugh Hewitt on Thursday" (Western Journal 2016-08-05), "Sanders - who … discussed ⟦a path ahead⟧ with
 * advisers and family Wednesday aboard a cross-country flight home to Vermont -" (Washington Post 2016-06-09): PolNeAR
 * train, 2 gained, 0 lost. Only in the topic's first stretch and before a clause of its own, whose "with" may be its
 * own verb's ("discussed ⟦the recent violence that has marred Trump’s rallies and protesters have clashed with the
 * candidate’s supporters⟧", "discussed ⟦legislation he was introducing which would revoke … “extreme carelessness” with
 * classified information⟧"); `end` when there is none.
 */
export function topicBeforeInterlocutor(toks: Tok[], from: number, end: number): number {
  for (let k = from + 1; k < end; k++) {
    const t = toks[k];
    if ((t.punct && STRETCH_MARKS.has(t.t)) || clauseWordAt(toks, k, from)) return end;
    if (t.l === 'with' && interlocutorAt(toks, k, end)) return k;
  }
  return end;
}
