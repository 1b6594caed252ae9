/**
 * The subject of an inverted cue, walking right from token k: "said Mirsky", "said the Britain-based Syrian
 * Observatory for Human Rights", "said Republican strategist Ryan Williams", "said spokesman John Kirby",
 * "said Florida’s Rick Wilson", "said former Vermont governor Howard Dean", "said Rubio’s deputy campaign manager, Rich
 * Beeson," (the name beside the owner's role), and a determiner standing alone before a mark: '"Better watch out for
 * illegal conduct by Grimes …," tweeted another.' → another (PolNeAR train wash-post_2016-05-19, another of the
 * supporters quoted before it).
 */
import { BODY_NAME_JOINERS, CALENDAR_NAMES, BEFORE_CUE_WORDS, CUES, DETERMINERS, STANDALONE_DETERMINERS, LEGISLATOR_TITLES, NOT_NOUN, NOUN_AFTER_DET, NOUN_TOO, OTHER_PRONOUNS, OWNER_PREPOSITIONS, PERSON_PRONOUNS, PREPOSITIONS, RELATIVE_PRONOUNS, RELATIVE_TIME_WORDS, ROLE_HINT, TITLES } from '../lexicon';
import { ATTACHED_ADJECTIVES } from '../../text/adjectives';
import { looksAdverb } from '../../text/adverbs';
import { isCommonWord, isPeopleGroup, isRoleNoun, isVerbForm } from '../../people/lexicon';
import { memberForRiding, onlyTitles, runAt } from '../names';
import { pastSecondDepartment, PORTFOLIO_OPENING, portfolioAfterTitle } from '../../people/portfolio';
import type { Tok } from '../tokens';
import { appositionNameAfter } from './appositionAfter';
import { isFullName, nameMention, nameMentionAsWritten, personBeforeAffiliation, type Mention } from './mention';

/** The most role words between a name and the name they introduce ("Republican strategist | Ryan Williams"). */
const ROLE_WORDS_REACH = 4;
/** How far after the cue the name after lowercase role words may start ("said former Obama adviser | David Axelrod"). */
const ROLE_BEFORE_NAME_REACH = 5;
/** The most words a description after an inverted cue may take. */
const DESCRIPTION_AFTER_REACH = 8;

/**
 * A verb form that is no common word and no past in -ed, which may be an adjective too ("retired", "noted"): an
 * irregular past or a present ("met", "told", "led", "won"; not "press", "cut", "head").
 */
const onlyVerb = (w: string): boolean => isVerbForm(w) && !isCommonWord(w) && !w.endsWith('ed');
/**
 * A lower-case word that may stand among the role words before a name ("Republican strategist | Ryan Williams"), not a
 * verb or an adverb between a subject and its object: "Mrs. Schlafly endorsed Donald J. Trump", "Angela Merkel met
 * Barack Obama", "Clinton also praised …".
 */
export const mayBeRoleWord = (w: string): boolean => !/(?:ed|es)$/.test(w) && !looksAdverb(w) && !CUES.has(w) && !onlyVerb(w);

/** The subject that starts at token k and ends before `ceil`. */
export function subjectAfter(toks: Tok[], k: number, ceil: number): Mention | null {
  if (k >= ceil) return null;
  const t = toks[k];
  if (t.punct) return null;
  // ("said its chair, Dr Owen Brathwaite-Ure": the name in apposition to the role, ./appositionAfter.ts)
  const apposed = appositionNameAfter(toks, k, ceil);
  if (apposed) return apposed;
  if (PERSON_PRONOUNS.has(t.l) || OTHER_PRONOUNS.has(t.l)) return { s: t.s, e: t.e, kind: 'pronoun', i: k, j: k + 1 };
  if (t.cap) return capitalisedAfter(toks, k, ceil);
  if (PART_OF_GROUP.has(t.l) && toks[k + 1]?.l === 'of') return partOfGroupAfter(toks, k, ceil);
  if (PREPOSITIONS.has(t.l) || NOT_NOUN.has(t.l)) return null;
  if (standsAlone(toks, k, ceil)) return { s: t.s, e: t.e, kind: 'description', i: k, j: k + 1, head: t.l };
  if (!DETERMINERS.has(t.l)) return nameAfterRoleWords(toks, k, ceil);
  return descriptionAfter(toks, k, ceil);
}

/** Token k is "another" or "one" standing alone as the subject: a mark (or the clause's end) follows it. */
function standsAlone(toks: Tok[], k: number, ceil: number): boolean {
  return STANDALONE_DETERMINERS.has(toks[k].l) && (k + 1 >= ceil || toks[k + 1].punct);
}

function capitalisedAfter(toks: Tok[], k: number, ceil: number): Mention | null {
  const t = toks[k];
  // "The Trayvon Martin Foundation did not …": a capitalised article before a name
  if (t.l === 'the' && k + 1 < ceil && toks[k + 1].cap) {
    const body = runAt(toks, k + 1);
    // (but "The Florida senator", "The Q poll", "The Obama campaign", "The GOP leaders" are descriptions: a noun follows the name)
    const next = toks[body?.j ?? k];
    const verbNext = !next || next.punct || NOT_NOUN.has(next.l) || CUES.has(next.l) || BEFORE_CUE_WORDS.has(next.l) || PREPOSITIONS.has(next.l) || (/(?:ed|s)$/.test(next.l) && !ROLE_HINT.test(next.l) && !isPeopleGroup(next.l));
    if (body && body.i === k + 1 && body.j <= ceil && verbNext) return nameMention(toks, body.i, body.j);
  }
  const r = runAt(toks, k);
  if (!r || r.i !== k) return null;
  // "said Deputy Prime Minister and Finance Minister Chrystia Freeland": two offices joined, then the name
  if (onlyTitles(toks, r.i, r.j) && toks[r.j]?.l === 'and' && r.j + 1 < ceil) {
    const held = runAt(toks, r.j + 1);
    if (held && held.i === r.j + 1 && held.j <= ceil && !onlyTitles(toks, held.i, held.j) && toks.slice(held.i, held.j - 1).some(w => TITLES.has(w.l))) return nameMention(toks, held.i, held.j);
  }
  // "said Minister of Health and Welfare Jeong Hye-rim", "said Minister of Environment and Physical Planning Bujar
  // Rexhepi-Shaqiri": a title's portfolio of two departments, then its holder's name (the run ends at the first
  // department; probes-ww, whose quote had no speaker)
  const holder = toks[r.j]?.l === 'and' && portfolioAfterTitle(toks, r.j) ? pastSecondDepartment(toks, r.j - 1, ceil) : -1;
  if (holder > r.j) {
    // (the run read at the holder's first word is the whole, title and all: its end is the name's)
    const end = runAt(toks, holder)?.j ?? -1;
    if (end > holder && end <= ceil && isFullName({ i: holder, j: end })) return nameMention(toks, holder, end);
  }
  // "said Florida’s Rick Wilson": the name after a possessive place (but the person before "of" when the run took in
  // the place: "Ng-Bérubé's lawyer, Ayesha Quintero-Mbeki of Toronto's Mbeki Employment Law, called", a Law
  // Times-style probe, where the source was the firm)
  if (toks[r.j - 1].poss && r.j < ceil && toks[r.j].cap) {
    const affiliated = personBeforeAffiliation(toks, r.i, r.j);
    if (affiliated) return affiliated;
    const r2 = runAt(toks, r.j);
    if (r2 && r2.i === r.j && isFullName(r2)) return nameMention(toks, r2.i, r2.j);
  }
  // "said Republican strategist Ryan Williams", "said RNC spokesman Sean Spicer": the name after the role words
  let x = r.j;
  while (x < ceil && x < r.j + ROLE_WORDS_REACH && !toks[x].punct && !toks[x].cap && !PREPOSITIONS.has(toks[x].l) && !NOT_NOUN.has(toks[x].l)) x++;
  // only across role words, not a verb: "Mrs. Schlafly endorsed Donald J. Trump" is Schlafly, and so is "Angela Merkel
  // met Barack Obama" (an irregular past, a verb form that is no common word: "met", "told", "led"; not "press")
  if (x > r.j && x < ceil && toks[x].cap && toks.slice(r.j, x).every(w => mayBeRoleWord(w.l))) {
    const r2 = runAt(toks, x);
    if (r2 && r2.i === x && isFullName(r2)) return nameMention(toks, r2.i, r2.j);
    // "Band member Flea shared …": a one-word name after a common noun and a role noun is the person's (the common
    // noun is no name)
    if (r2 && r2.i === x && r2.j === x + 1 && r.j === r.i + 1 && ROLE_HINT.test(toks[x - 1].l) && isCommonWord(toks[r.i].t) && !isCommonWord(toks[x].t)) return nameMention(toks, r2.i, r2.j);
  }
  // "said Rubio’s deputy campaign manager, Rich Beeson, who …": an owner's role is not the owner; the name set beside
  // it speaks, else the description (PolNeAR train; a kin noun too, which the hint's endings miss: "Surette-d'Entremont's
  // cousin, Réal d'Entremont, … was less conciliatory. He said …", a Chronicle Herald-style probe)
  if (toks[r.j - 1].poss && x > r.j && isRoleWord(toks[x - 1].l)) {
    // (after role words of its own: "exhorted Clinton's introducer, actress Jamie Lee Curtis.")
    const beside = nameBesideRole(toks, x, ceil);
    if (beside) return beside;
    return { s: toks[r.i].s, e: toks[x - 1].e, kind: 'description', i: r.i, j: x, head: toks[x - 1].l };
  }
  // "said FSB development manager for Yorkshire, Dominic Hale.": a body's role (its place after "for" or "of"), a comma,
  // then a full name closing the clause: the name speaks, not the body (a Yorkshire Post-style probe,
  // test/fixtures/outlets uk-yorkshirepost-bakery-closure.txt)
  const comma = bodyRoleComma(toks, r.j, ceil);
  const beside = comma > r.j ? nameBesideRole(toks, comma, ceil) : null;
  return beside ?? nameMention(toks, r.i, r.j);
}

/** A lower-case word that names a role ("manager", "spokesman", "chair"). */
const isRoleWord = (w: string): boolean => ROLE_HINT.test(w) || isRoleNoun(w);

/**
 * The comma after a body's role that starts at token `from`: lower-case role words ending on a role noun, perhaps
 * a place or body after "for" or "of" ("development manager for Yorkshire"), within ROLE_WORDS_REACH words and the
 * place's run; `from` when there is no such role.
 */
function bodyRoleComma(toks: Tok[], from: number, ceil: number): number {
  let x = from;
  while (x < ceil && x < from + ROLE_WORDS_REACH && !toks[x].punct && !toks[x].cap && mayBeRoleWord(toks[x].l) && !PREPOSITIONS.has(toks[x].l) && !NOT_NOUN.has(toks[x].l)) x++;
  if (x === from || !isRoleWord(toks[x - 1].l)) return from;
  if (PORTFOLIO_OPENING.has(toks[x]?.l ?? '') && toks[x + 1]?.cap) {
    const place = runAt(toks, x + 1);
    x = place && place.i === x + 1 ? place.j : x;
  }
  return x < ceil && toks[x].t === ',' ? x : from;
}

/** The full name set off after the comma at token `comma` that closes the clause ("…, Rich Beeson, who"); else null. */
function nameBesideRole(toks: Tok[], comma: number, ceil: number): Mention | null {
  if (toks[comma]?.t !== ',' || comma + 1 >= ceil) return null;
  const beside = toks[comma + 1].cap ? capitalisedAfter(toks, comma + 1, ceil) : nameAfterRoleWords(toks, comma + 1, ceil);
  return beside && beside.kind === 'name' && isFullName(beside) && (beside.j >= ceil || toks[beside.j].punct) ? beside : null;
}

/** Words for some of a group before "of" ("said one of those advisers"). */
const PART_OF_GROUP: ReadonlySet<string> = new Set(['one', 'some', 'many', 'several', 'two', 'three', 'both', 'most']);

/**
 * '"There won't be a path for Bernie to succeed," said one of those advisers, who spoke on the condition of
 * anonymity', 'said one of two witnesses who relayed the same story' (PolNeAR train): the part and its group.
 */
function partOfGroupAfter(toks: Tok[], k: number, ceil: number): Mention | null {
  let j = k + 2;
  while (j < ceil && j < k + 2 + DESCRIPTION_AFTER_REACH && !toks[j].punct && !PREPOSITIONS.has(toks[j].l) && (!NOT_NOUN.has(toks[j].l) || DETERMINERS.has(toks[j].l)) && !CUES.has(toks[j].l)) j++;
  if (j === k + 2 || DETERMINERS.has(toks[j - 1].l)) return null;
  return { s: toks[k].s, e: toks[j - 1].e, kind: 'description', i: k, j, head: toks[j - 1].l };
}

/**
 * "said spokesman John Kirby", "said former Sen. Evan Bayh", "said former Obama adviser David Axelrod", "said master of
 * ceremonies Asab Al-Tabchi" (PolNeAR train: an "of" between a role's lowercase words).
 */
function nameAfterRoleWords(toks: Tok[], k: number, ceil: number): Mention | null {
  // (not after a verb: "The German chancellor, Angela Merkel, | met Barack Obama"; "said | retired neurosurgeon Ben
  // Carson" is a role)
  if (onlyVerb(toks[k].l)) return null;
  for (let x = k + 1; x < ceil && x < k + ROLE_BEFORE_NAME_REACH && !toks[x].punct; x++) {
    if (toks[x].l === 'of' && !toks[x].cap && /^[a-z]+$/.test(toks[x + 1]?.t ?? '') && !DETERMINERS.has(toks[x + 1].l) && !NOT_NOUN.has(toks[x + 1].l)) continue;
    if (toks[x].cap) {
      const r = runAt(toks, x);
      if (r && r.i === x) {
        // "said former Vermont governor Howard Dean": a place before a role word qualifies the role
        const y = r.j;
        if (y + 1 < ceil && !toks[y].punct && !toks[y].cap && ROLE_HINT.test(toks[y].l) && toks[y + 1].cap && !toks[r.j - 1].poss) {
          const r2 = runAt(toks, y + 1);
          if (r2 && r2.i === y + 1) return nameMention(toks, r2.i, r2.j);
        }
        return nameMention(toks, r.i, r.j);
      }
    }
    // (nor past a determiner: role words hold none; "One former Brightpath youth worker, whom the Star is calling Teresa
    // …, said" is Teresa's, not the Star's, test/fixtures/outlets ca-star-group-home-documents.txt; first written on a
    // PolNeAR dev example, "looping the streets around Bank of America Stadium", no train article moves without it)
    if (NOT_NOUN.has(toks[x].l) || PREPOSITIONS.has(toks[x].l) || DETERMINERS.has(toks[x].l)) break;
  }
  return null;
}

/**
 * "said the Britain-based Syrian Observatory for Human Rights" (a name inside wins), "said a senior official",
 * "said a spokesman for the Ministry of Defence" (the body it speaks for included), "reads a Wednesday editorial in
 * The Des Moines Register" (a day before its noun).
 */
function descriptionAfter(toks: Tok[], k: number, ceil: number): Mention | null {
  const t = toks[k];
  let j = k + 1;
  while (j < ceil && j < k + DESCRIPTION_AFTER_REACH && !toks[j].punct && !PREPOSITIONS.has(toks[j].l) && (!NOT_NOUN.has(toks[j].l) || dayBeforeNoun(toks, j, ceil)) && (!CUES.has(toks[j].l) || NOUN_TOO.has(toks[j].l) || NOUN_AFTER_DET.has(toks[j].l)) && !(RELATIVE_TIME_WORDS.has(toks[j].l) && NOT_NOUN.has(toks[j + 1]?.l ?? ''))) j++;
  if (j === k + 1) return null;
  const last = toks[j - 1];
  // "the Britain-based Syrian Observatory for Human Rights": a capitalised name inside the description wins
  // (but not an office's title words alone, "said the Deputy Prime Minister", nor a member's title, "said a Tory MP":
  // the description of someone unnamed stays)
  for (let x = k + 1; x < j; x++) if (toks[x].cap) {
    const r = runAt(toks, x);
    // (nor a member by the riding: "said the Liberal MP for Ottawa South")
    if (r && r.j >= j && !onlyTitles(toks, r.i, r.j) && !(r.j === j && LEGISLATOR_TITLES.has(toks[j - 1].t)) && memberForRiding(toks, r.i, r.j) < 0) return nameMentionAsWritten(toks, r.i, r.j);
  }
  const attached = attachedPhraseEnd(toks, k, j, ceil);
  if (attached !== null) return { s: t.s, e: toks[attached - 1].e, kind: 'description', i: k, j: attached, head: toks[j - 2].l };
  const owner = ownerAfter(toks, j, ceil);
  return { s: t.s, e: (owner ? toks[owner - 1] : last).e, kind: 'description', i: k, j: owner ?? j, head: last.l };
}

/** The most tokens of an attached adjective's prepositional phrase ("close | to the campaign"). */
const ATTACHED_PHRASE_REACH = 8;

/**
 * "said a person close to the Clintons.", "said one Democrat familiar with the discussion, who added" (PolNeAR train):
 * a description [k, j) that ends on an adjective which takes a preposition (../../text/adjectives.ts) goes on through
 * that phrase to the mark, relative or cue that closes it, as "a source familiar with … said" does before its cue
 * (./descriptionBefore.ts). The end token, or null when the description ends otherwise or the phrase runs on.
 */
function attachedPhraseEnd(toks: Tok[], k: number, j: number, ceil: number): number | null {
  if (j - k < 2 || !ATTACHED_ADJECTIVES.has(toks[j - 1].l) || j >= ceil || !PREPOSITIONS.has(toks[j].l)) return null;
  let end = j + 1;
  while (end < ceil && end < j + ATTACHED_PHRASE_REACH && !toks[end].punct && !RELATIVE_PRONOUNS.has(toks[end].l) && !CUES.has(toks[end].l)) end++;
  return end > j + 1 && (end >= ceil || toks[end].punct || RELATIVE_PRONOUNS.has(toks[end].l)) ? end : null;
}

/** A day's name before the noun it dates: "reads a Wednesday editorial in The Des Moines Register" (PolNeAR train). */
function dayBeforeNoun(toks: Tok[], j: number, ceil: number): boolean {
  const next = toks[j + 1];
  return CALENDAR_NAMES.has(toks[j].l) && j + 1 < ceil && !next.punct && !next.cap && !NOT_NOUN.has(next.l) && !PREPOSITIONS.has(next.l);
}

/** The most words of the body's name after the preposition. */
const OWNER_REACH = 8;

/**
 * "said a spokesman for the Ministry of Defence", "said an official at the State Department": the capitalised body,
 * ending the phrase, after the head's preposition belongs to the description (the end token past it), as "a spokesman for the campaign
 * said" does before a cue (./descriptionBefore.ts).
 */
function ownerAfter(toks: Tok[], j: number, ceil: number): number | null {
  if (j + 1 >= ceil || !OWNER_PREPOSITIONS.has(toks[j].l)) return null;
  let x = j + 1;
  if (toks[x].l === 'the' && !toks[x].punct) x++;
  if (x >= ceil || !toks[x].cap || toks[x].punct) return null;
  const limit = Math.min(ceil, x + OWNER_REACH);
  let end = x;
  while (end < limit && !toks[end].punct && !toks[end].poss && (toks[end].cap || (BODY_NAME_JOINERS.has(toks[end].l) && end + 1 < limit && toks[end + 1].cap))) end++;
  // (only a whole name that ends the phrase: not "familiar with the Clinton campaign's organization")
  return end >= ceil || toks[end].punct ? end : null;
}
