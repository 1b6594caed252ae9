/**
 * Cue words: is token c a verb of speech here, and how far does its cue span reach ("told Al-Jazeera television",
 * "according to", "said that").
 */
import { AUXILIARIES, BE_FORMS, CALENDAR_NAMES, CUES, DEGREE_WORDS, DETERMINERS, NOUN_AFTER_DET, NOUN_MARKERS, NOUN_TOO, OBJECT_PRONOUNS, OTHER_PRONOUNS, PERSON_PRONOUNS, PREPOSITIONS, TELL_FORMS, THIRD_PERSON_NOUN_MARKERS, TITLE_TOO, WEAK_CUES } from '../lexicon';
import type { Tok } from '../tokens';
import { isAdjective, isPeopleGroup } from '../../people/lexicon';
import { ADJECTIVE_ENDING } from '../../text/adjectives';

/** The most words the hearer of "told" may take in the cue span ("told Al-Jazeera television"). */
const HEARER_MAX_TOKENS = 4;
/** How many more words a name the hearer ends on may take past HEARER_MAX_TOKENS ("… radio host Hugh Hewitt"). */
const NAME_PAST_LIMIT = 3;

const word = (toks: Tok[], k: number): string => toks[k]?.l ?? '';

/** Token c is a speech cue; a noun-like cue after a determiner, a possessive or a capitalised word is a noun. */
/**
 * "told" ending a headline with no stop, the passive of a UK headline ("Islanders "abandoned" as new ferries delayed for
 * another year, MSPs told", "Teacher numbers pledge 'in tatters', MSPs told", test/fixtures/outlets
 * uk-herald-holyrood-ferries.txt and uk-scotsman-holyrood-teacher-numbers.txt, were the MSPs' words): the words before
 * it are the hearers, no source. No PolNeAR train or dev line ends so.
 */
export const hearersTold = (toks: Tok[], c: number): boolean => toks[c]?.l === 'told' && (!toks[c + 1] || toks[c + 1].br);

export function isCue(toks: Tok[], c: number, strongOnly: boolean): boolean {
  const t = toks[c];
  if (!t || t.cap || !CUES.has(t.l) || (strongOnly && WEAK_CUES.has(t.l)) || hearersTold(toks, c)) return false;
  const prev = toks[c - 1];
  // ("But “dumping Trump” is easier said than done": the idiom says nothing, PolNeAR train, Politico 2015-12-11)
  if (t.l === 'said' && word(toks, c + 1) === 'than' && (prev?.l === 'easier' || prev?.l === 'easily')) return false;
  // ("Obama and Clinton call them “lone wolves”": a verb before its object pronoun; first written on that PolNeAR dev
  // sentence, and it holds on no train article: without it PolNeAR train, outlets and us-probes outputs are unchanged)
  const afterArticle = !!prev && NOUN_MARKERS.has(prev.l);
  if (OBJECT_PRONOUNS.has(word(toks, c + 1)) && !afterArticle) return true;
  // "his proposed expansion", "the alleged scheme", "a reported deal": after an article or a possessive it is no verb
  // (but "He’s claiming", "Trump’s saying": a contracted "is" before a participle)
  if (afterArticle || (prev && !prev.punct && prev.poss && !t.l.endsWith('ing') && !PERSON_PRONOUNS.has(prev.l) && !OTHER_PRONOUNS.has(prev.l))) return false;
  // "FBI general counsel James Baker said": a title before a name, not a verb after its subject ("he would counsel Clinton")
  if (TITLE_TOO.has(t.l) && toks[c + 1]?.cap && prev && !prev.punct && !AUXILIARIES.has(prev.l) && prev.l !== 'to'
    && !PERSON_PRONOUNS.has(prev.l) && !OTHER_PRONOUNS.has(prev.l)) return false;
  // "the state of Ohio", "his claims were"
  if (NOUN_TOO.has(t.l) && (word(toks, c + 1) === 'of' || prev?.l === 'of')) return false;
  // "An early tweet quoted …": an article and an adjective before a noun-like cue
  if (NOUN_TOO.has(t.l) && prev && !prev.punct && !prev.cap && (THIRD_PERSON_NOUN_MARKERS.has(word(toks, c - 2)) || !!toks[c - 2]?.poss)) return false;
  // "Mr. Trump's more divisive remarks about Mexicans", "there were near-constant calls of “Feel the Bern”": after an
  // adjective it is a noun
  if ((NOUN_TOO.has(t.l) || NOUN_AFTER_DET.has(t.l)) && adjectiveBefore(toks, c)) return false;
  if (NOUN_TOO.has(t.l) && inIndefinitePhrase(toks, c)) return false;
  if (NOUN_AFTER_DET.has(t.l)) return !(prev && !prev.punct && (prev.poss || DETERMINERS.has(prev.l)));
  return !(NOUN_TOO.has(t.l) && prev && !prev.punct && (prev.cap || prev.poss || DETERMINERS.has(prev.l)) && !verbAfterPeople(toks, c));
}

/**
 * An adjective stands right before token c, after a word that opens a noun phrase or leaves it no subject: a word of
 * degree and any word of an adjective's ending ("Mr. Trump's more divisive remarks"), or a determiner, a possessive, a
 * preposition or a form of "be" and an adjective compromise lists as nothing else ("there were near-constant calls of
 * “Feel the Bern”": PolNeAR train); not an adverb between a subject and its verb ("Trump still claims").
 */
function adjectiveBefore(toks: Tok[], c: number): boolean {
  const a = toks[c - 1], b = toks[c - 2];
  if (!a || !b || a.punct || a.cap || b.punct) return false;
  if (DEGREE_WORDS.has(b.l)) return isAdjective(a.l) || ADJECTIVE_ENDING.test(a.l);
  return isAdjective(a.l) && (DETERMINERS.has(b.l) || b.poss || PREPOSITIONS.has(b.l) || BE_FORMS.has(b.l));
}

/** The most lower-case words between "a" or a possessive and a noun-like cue that ends the phrase ("in its most recent annual report"). */
const PHRASE_WORDS = 3;
/** The determiners that open such a phrase: "the" is left out ("Residents in the area report that …" is their verb). */
const PHRASE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'its', 'his', 'her', 'their', 'our']);

/**
 * Token c closes a phrase that a preposition after a cue and "a" or a possessive open, lower-case words between ("said
 * in a brief phone call that …", a Nunatsiaq News-style probe, where "a brief phone" was the speaker of "call"; "The
 * commission said in its most recent annual report that …", a CTV-style probe, "recent annual" the speaker of
 * "report"): the channel of that cue, a noun. (Not after another verb: "Clinton began Sunday with a personally signed
 * tweet that drew no conclusions" reports in the tweet, PolNeAR train.)
 */
export function inIndefinitePhrase(toks: Tok[], c: number): boolean {
  for (let k = c - 1; k >= 1 && k >= c - PHRASE_WORDS - 1; k--) {
    const w = toks[k];
    if (w.punct || w.cap || w.poss) return false;
    if (PHRASE_DETERMINERS.has(w.l)) return k < c - 1 && PREPOSITIONS.has(toks[k - 1].l) && CUES.has(toks[k - 2]?.l ?? '');
  }
  return false;
}

/**
 * A cue word that is also a noun, after a people's plural and before a preposition, "that" or a mark, is the people's
 * verb: '"…," the Saudis state in the white paper' (PolNeAR train), not "the Indiana state firefighters union".
 */
function verbAfterPeople(toks: Tok[], c: number): boolean {
  const prev = toks[c - 1], next = toks[c + 1];
  return prev.cap && !prev.poss && isPeopleGroup(prev.t) && (!next || next.punct || PREPOSITIONS.has(next.l) || next.l === 'that');
}

/** The cue span of token c: "told" with its hearer ("told Al-Jazeera television", "told reporters"), "according to", "said that". */
export function cueSpan(toks: Tok[], c: number, ceil: number): { s: number; e: number } {
  const t = toks[c];
  let e = t.e;
  if (TELL_FORMS.has(t.l)) {
    let j = c + 1;
    while (j < ceil && j <= c + HEARER_MAX_TOKENS && !toks[j].punct && toks[j].l !== 'that' && !PREPOSITIONS.has(toks[j].l) && !CUES.has(toks[j].l)) j++;
    // (a name the limit cut goes on to its end: "told conservative radio host Hugh ⟨Hewitt⟩ on Wednesday that …",
    // PolNeAR train, Politico 2016-01-14)
    while (j < ceil && j <= c + HEARER_MAX_TOKENS + NAME_PAST_LIMIT && toks[j - 1].cap && toks[j].cap && !toks[j].punct && !CALENDAR_NAMES.has(toks[j].l)) j++;
    if (j > c + 1) e = toks[j - 1].e;
  } else if (t.l === 'according' && toks[c + 1]?.l === 'to') e = toks[c + 1].e;
  else if (toks[c + 1] && toks[c + 1].l === 'that' && c + 1 < ceil) e = toks[c + 1].e;
  return { s: t.s, e };
}

/** The cue of a single token (a label's colon, a dash before a signature, a speech noun). */
export const tokenCue = (t: Tok): { s: number; e: number } => ({ s: t.s, e: t.e });
