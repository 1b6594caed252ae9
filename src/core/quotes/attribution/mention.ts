/** What the attribution rules find: the mention of a speaker (a name, a pronoun, a description) and its cue. */
import type { AttributionRule } from '../../types';
import { isDemonym, isPluralPeopleNoun } from '../../people/lexicon';
import { AFFILIATION_PREPOSITIONS, AUXILIARIES, BEFORE_CUE_WORDS, CUES, GROUP_NOUNS } from '../lexicon';
import { memberForRiding, officeRun, runAt } from '../names';
import { kindOfName } from '../../people/canonical';
import { wordEnd, type Tok } from '../tokens';

export type MentionKind = 'name' | 'pronoun' | 'description';

export interface Mention {
  readonly s: number;
  readonly e: number;
  readonly kind: MentionKind;
  /** Token range of the mention. */
  readonly i: number;
  readonly j: number;
  /** Head noun of a description ("envoy"). */
  readonly head?: string;
}

export interface Attribution {
  mention: Mention;
  cue: { s: number; e: number };
  /** The rule family that found it (the hover's "Why:"). */
  rule: AttributionRule;
}

export interface Bounds {
  /** Sentence start and end around the quote, and the neighbouring quotes' edges (what the cue may not cross). */
  sentStart: number;
  sentEnd: number;
  /** Where the sentence really starts, when an earlier quote in it moved sentStart (for its opening subject). */
  sentOpen?: number;
}

/**
 * The mention of the name in tokens [i, j), its possessive ending left out ("Trump’s" → "Trump"). A run of title words
 * alone names no one: "the Prime Minister said", "the Foreign Minister said" is a description of whoever holds the
 * office, as "the prime minister said" is (never the name "Minister").
 */
export function nameMention(toks: Tok[], i: number, j: number): Mention {
  const last = toks[j - 1];
  if (officeRun(toks, i, j)) {
    const a = i > 0 && toks[i - 1].l === 'the' ? i - 1 : i;
    return { s: toks[a].s, e: wordEnd(last), kind: 'description', i: a, j, head: last.l };
  }
  // ("the Conservative MP for Beauce-Sud said": a member by the riding, whose head is the title)
  // (opening its sentence with no "the", it starts at its own first word: "MP for Henveiru Dhekunu, NAME, alleged …" opening
  // a text threw, and after a sentence the description took in that sentence's stop)
  const title = memberForRiding(toks, i, j);
  if (title >= 0) {
    const a = toks[i - 1]?.l === 'the' ? i - 1 : i;
    return { s: toks[a].s, e: wordEnd(last), kind: 'description', i: a, j, head: toks[title].l };
  }
  return { s: toks[i].s, e: wordEnd(last), kind: 'name', i, j };
}

/** The mention of the name in tokens [i, j) as written, a possessive ending included. */
export function nameMentionAsWritten(toks: Tok[], i: number, j: number): Mention {
  return { s: toks[i].s, e: toks[j - 1].e, kind: 'name', i, j };
}

/** A one-token mention of a pronoun, its possessive ending left out ("his" stays, "he’s" → "he"). */
export function pronounMention(toks: Tok[], k: number): Mention {
  const t = toks[k];
  return { s: t.s, e: wordEnd(t), kind: 'pronoun', i: k, j: k + 1 };
}

/** A name of at least two words ("Sergei Lavrov", not "Lavrov"): what several rules demand of a name they take. */
export const FULL_NAME_MIN_WORDS = 2;
export const isFullName = (m: { i: number; j: number }): boolean => m.j - m.i >= FULL_NAME_MIN_WORDS;

/**
 * The full name that opens tokens [i, j) before a lower-case "of", "from" or "at" and a place's possessive, the name
 * run having taken them in ("Ayesha Quintero-Mbeki of Toronto's", before the firm "Mbeki Employment Law"): the
 * person's words; null when the run is not so.
 */
export function personBeforeAffiliation(toks: Tok[], i: number, j: number): Mention | null {
  let of = i;
  while (of < j && !(AFFILIATION_PREPOSITIONS.has(toks[of].t))) {
    if (!toks[of].cap || toks[of].poss) return null;
    of++;
  }
  if (of >= j - 1 || !toks[j - 1].poss) return null;
  const person = nameMention(toks, i, of);
  return isFullName(person) ? person : null;
}

/**
 * The full name at tokens [i, j) before a lower-case "of", "from" or "at", perhaps "the", and a body's name that ends at
 * token k ("Associate Professor Goh Tiong Beng of the National University of Singapore", "Mary Smith of the University
 * of Toronto"): the person's words; null when the words are not so. (The body is its own name run there.)
 */
export function personBeforeBody(toks: Tok[], i: number, j: number, k: number): Mention | null {
  let b = j;
  if (!AFFILIATION_PREPOSITIONS.has(toks[b]?.t ?? '')) return null;
  if (toks[++b]?.l === 'the') b++;
  const body = b < k ? runAt(toks, b) : null;
  if (!body || body.i !== b || body.j !== k || kindOfName(toks.slice(b, k).map(t => t.t).join(' ')) !== 'organization') return null;
  const person = nameMention(toks, i, j);
  return isFullName(person) ? person : null;
}

/** Party adjectives that modify a noun as a demonym does ("Democratic leaders", "Republican claims"). */
const PARTY_ADJECTIVES: ReadonlySet<string> = new Set(['democratic', 'republican']);

/** Token t is a capitalised adjective of nation or party ("Democratic", "Mexican"), a modifier, no name. */
export const nationOrPartyAdjective = (t: Tok): boolean => t.cap && !t.poss && (isDemonym(t.t) || PARTY_ADJECTIVES.has(t.l));

/**
 * A one-word name that is an adjective of nation or party and modifies the noun after it is no speaker: "Mexican
 * immigrants", "Democratic leaders", "Republican claims of …" (PolNeAR train) — but "Cuban said" is Mark Cuban.
 */
export function modifierOnly(toks: Tok[], m: Mention): boolean {
  if (m.kind !== 'name' || m.j - m.i !== 1) return false;
  const w = toks[m.i], next = toks[m.j];
  if (!nationOrPartyAdjective(w) || !next || next.punct || next.cap || next.br) return false;
  // (a cue word is the name's verb, unless a noun's "of" follows it: "Republican claims of")
  const verb = CUES.has(next.l) || AUXILIARIES.has(next.l) || BEFORE_CUE_WORDS.has(next.l);
  return !verb || toks[m.j + 1]?.l === 'of';
}

/**
 * A one-word name that only opens a description of people ("Democratic leaders", "Legal observers"): the description
 * they make together, the plural people noun its head; else null.
 */
export function peopleNounAfterName(toks: Tok[], m: Mention): Mention | null {
  const next = toks[m.j];
  if (m.kind !== 'name' || m.j - m.i !== 1 || !next || next.punct || next.cap || next.br || !(isPluralPeopleNoun(next.l) || GROUP_NOUNS.has(next.l))) return null;
  return { s: m.s, e: next.e, kind: 'description', i: m.i, j: m.j + 1, head: next.l };
}
