/**
 * Rule family "sentence subject": the sentence's own subject speaks a quote with no cue; the verb after it stands as
 * the cue. Examples (PolNeAR train):
 *   'Weaver dismissed that suggestion as a sign of an opposing campaign in "disarray."' → Weaver (Washington Post
 *     2016-02-10; first written on a PolNeAR dev example, 'Gingrich cynically dismissed Estonia as being in the
 *     “suburbs of St. Petersburg”')
 *   'Donald Trump has delivered an impassioned defense of “New York values,” …' → Donald Trump
 *   'The radioman pointed out that Trump was once an advocate for …, including “big government, …”' → The radioman (a description)
 *   'Corey Lewandowski, Donald Trump’s fired campaign manager, ripped …' → Corey Lewandowski (past an apposition)
 *   'Sen. Susan Collins (Maine) joined the group this week, publishing an op-ed … hammering his “unsuitability for
 *   office.”' → Sen. Susan Collins (past a party or state tag: ./apposition.ts pastPartyTag)
 *   "And Mr. Christie gloated: ''I told you he wouldn't be ready.''" → Mr. Christie (past the opening "And")
 *   'Then he cut into Bush, calling him a "stiff"' → he (past an opening adverb)
 *   'When Trump used the words, “I’m not quite there yet,” he was echoing Ryan' → Trump (the subject of the
 *   subordinate clause holding the quote: ./sentenceSubject.ts openingClauseSubject)
 *   "While Mr. Ryan, representing the Republicans' governing wing, laid out a vision for ''a reformed tax code …,''
 *   Ben Carson …" → Mr. Ryan
 *   "Mr. Trump sent it after Mr. Singer published ''Character Studies,'' …" → Mr. Singer (the subject of a
 *   subordinate clause inside the sentence that holds the quote: innerClauseSubject)
 *   "In 2011 she spoke out for ''shotgun marriages''" → she (past an opening phrase with no comma)
 *   'swipes at Marco Rubio, who he dubbed “the little senator.”' → he (a "who" before a pronoun is its verb's object)
 *   'In declaring Donald J. Trump's statements as "not Christian," the Latin American pope again demonstrated …' → the
 *   Latin American pope (a quote inside a participle phrase opening the sentence: the main clause's subject,
 *   participlePhraseSubject)
 *   'One such document, obtained by The Post, includes a "no-disparagement" clause …' → One such document (a document
 *   opening the sentence when no person does: ./documentSubject.ts)
 * The cue is the subject's verb, or past a word that is no verb the word of saying after it ('Cruz himself said …'); a
 * quote in a predicate noun phrase with no word of saying has none ('he was a tea party favorite who crushed the GOP’s
 * “establishment” candidate': no speaker, the cue was "a").
 * Not a possessive ("Sekhon's office rejected the comparison, saying …": ./opener.ts), not a name inside a quote, not
 * a short term quoted inside an apposition to a name ("… named for Eddie Mannix, a studio ''fixer'' who …": the
 * writer's word).
 */
import { looksAdverb } from '../../text/adverbs';
import { endsInS } from '../../text/endings';
import { WEEKDAYS } from '../../text/calendar';
import { isIngForm, isPeopleGroup, isRoleNoun, isVerbForm, wordSet } from '../../people/lexicon';
import { without } from '../../text/determiners';
import { ARTICLES, AUXILIARIES, BE_AND_FORMS, BEFORE_CUE_WORDS, COORDINATORS, DETERMINERS, IMPERSONAL_IT_VERBS, NOMINATIVE_PRONOUNS, NOT_NOUN, OTHER_PRONOUNS, OTHER_RELATIVES, PERSON_PRONOUNS, PERSONAL_SUBJECT_PRONOUNS, PREDICATE_OPENERS, PREPOSITIONS, REFLEXIVE_PRONOUNS, RELATIVE_PRONOUNS, ROLE_HINT, SENTENCE_ADVERBS, SUBORDINATORS } from '../lexicon';
import { tokenAt, type Tok } from '../tokens';
import { pastPartyTag } from './apposition';
import { isCue, tokenCue } from './cue';
import { pronounMention, type Attribution, type Mention } from './mention';
import { documentSubject } from './documentSubject';
import { descriptionOpeningAnyClause, sentenceOpener } from './opener';
import { subjectAfter } from './subjectAfter';

/** A subject and its verb: at least this many tokens before the quote. */
const SUBJECT_AND_VERB_MIN = 2;
/** How far past the subject the comma closing its apposition may stand. */
const APPOSITION_TO_VERB_REACH = 20;
/** How far past the subject its verb may stand (adverbs and marks between). */
const VERB_REACH = 24;
/** A mark that closes a clause. */
const SENTENCE_MARK = /[.;:!?]/;

/** Pronouns that may stand as a sentence's subject speaking: he, she, I, they, we, and "it" as a body. */
function speakingPronoun(toks: Tok[], m: Mention): boolean {
  const w = toks[m.i].l;
  const next = toks[m.j]?.l ?? '';
  return PERSON_PRONOUNS.has(w) || w === 'they' || w === 'we' || (w === 'it' && !toks[m.i].poss && !BEFORE_CUE_WORDS.has(next) && !NOT_NOUN.has(next) && !IMPERSONAL_IT_VERBS.has(next));
}

/**
 * "Trump, who has postured himself as the “law and order candidate,” has taken …": a quote inside the relative clause
 * after the subject is spoken by its "who" (which resolves to the name), its verb the cue (PolNeAR train).
 */
function relativeClauseHolding(toks: Tok[], m: Mention, qTok: number): Attribution | null {
  return m.kind === 'name' && toks[m.j]?.t === ',' ? whoClause(toks, m.j + 1, qTok) : null;
}

/** Relative pronouns that open a "who" clause ("who", and "whom" when a subject of its own follows it). */
const WHO_WORDS: ReadonlySet<string> = new Set(['who', 'whom']);

/**
 * The "who" at token `who` and its verb before the quote at qTok, with no sentence mark between them. When a pronoun
 * follows the "who", the "who" is the verb's object and the pronoun speaks: 'swipes at Marco Rubio, who he dubbed “the
 * little senator.”' → he, not Rubio (PolNeAR train; also "Clinton, whom he called “the most divisive …”").
 */
function whoClause(toks: Tok[], who: number, qTok: number): Attribution | null {
  if (!WHO_WORDS.has(toks[who]?.l ?? '')) return null;
  for (let x = who + 1; x < qTok; x++) if (toks[x].punct && toks[x].t !== ',') return null;
  let subject = who;
  if (NOMINATIVE_PRONOUNS.has(toks[who + 1]?.l ?? '') && !toks[who + 1].cap) subject = who + 1;
  else if (toks[who].l !== 'who') return null;
  let v = subject + 1;
  while (v < qTok && BEFORE_CUE_WORDS.has(toks[v].l)) v++;
  return v < qTok && !toks[v].cap && !toks[v].punct ? { mention: pronounMention(toks, subject), cue: tokenCue(toks[v]), rule: 'sentence subject' } : null;
}

/** How far back from a quote with no cue the ", who" of the relative clause holding it may stand. */
const RELATIVE_REACH = 30;

/**
 * A quote with no cue inside a relative clause further on in its sentence is the "who"'s: "the star journalist, who
 * is promoting his 12th book, “Sin Miedo”", "an introduction by his daughter Ivanka Trump, who portrayed him as … "the
 * people's champion"" (PolNeAR train). The nearest ", who" before the quote, its clause not closed by a sentence mark.
 */
export function relativeClauseSpeaker(toks: Tok[], sentStart: number, qs: number): Attribution | null {
  const qTok = tokenAt(toks, qs);
  const from = tokenAt(toks, sentStart);
  for (let w = qTok - 1; w > from && w > qTok - RELATIVE_REACH; w--) {
    if ((toks[w].punct && toks[w].t !== ',') || OTHER_RELATIVES.has(toks[w].l)) return null;
    if (WHO_WORDS.has(toks[w].l)) return toks[w - 1].t === ',' ? whoClause(toks, w, qTok) : null;
  }
  return null;
}

/** What follows a participle that opens a quote: '"…', ', "…', ': “…'. */
const OPENS_QUOTE = /^[,:]?\s*["“‘']/;
/** The most characters between a participle and its quote's opening mark. */
const PARTICIPLE_TO_MARK = 3;

/**
 * The quote at qTok stands in an absolute phrase after the verb at v, whose own subject speaks it, not the sentence's:
 * "Orlando was not far from the thoughts of celebrants, with many marchers and spectators chanting "We are Orlando""
 * (PolNeAR train) — ", with" and a word in "-ing" that opens a quote (this one or one before it).
 */
function inAbsolutePhrase(toks: Tok[], text: string, v: number, qTok: number): boolean {
  for (let w = v + 1; w + 1 < qTok; w++) {
    if (toks[w].t !== ',' || toks[w + 1].l !== 'with') continue;
    // (the participle opens a quote: not "with cable spots casting Johnson as an "honorable choice"")
    for (let x = w + 2; x < qTok; x++) if (/ing$/.test(toks[x].l) && !toks[x].cap && OPENS_QUOTE.test(text.slice(toks[x].e, toks[x].e + PARTICIPLE_TO_MARK))) return true;
  }
  return false;
}

/** The most words of a term quoted inside an apposition ("a studio ''fixer''", "“Ted Cruz” campaign pins"). */
export const APPOSED_TERM_MAX_WORDS = 2;
/** The most words between an apposition's comma and article and the quoted term ("a studio | ''fixer''"). */
const APPOSED_TERM_REACH = 3;

/**
 * The quote at qs (token qTok) is a short term inside an apposition that describes a name: "Josh Brolin stars, in a
 * role inspired by and named for Eddie Mannix, a studio ''fixer'' who for decades kept obstreperous celebrities in
 * line" (PolNeAR train) — the writer's word for Mannix, not the sentence subject's.
 */
function termInApposition(toks: Tok[], text: string, qs: number, qTok: number): boolean {
  const words = countWords(text, qs);
  if (words > APPOSED_TERM_MAX_WORDS) return false;
  for (let a = qTok - 1; a >= 1 && a >= qTok - APPOSED_TERM_REACH; a--) {
    if (toks[a].punct) return false;
    if (ARTICLES.has(toks[a].l)) return toks[a - 1].t === ',' && !!toks[a - 2]?.cap;
  }
  return false;
}

/** The words of the quote opening at qs, up to its closing mark. */
function countWords(text: string, qs: number): number {
  const m = /^["“‘'`]+([^"”’']*)/.exec(text.slice(qs, qs + 200));
  return m ? m[1].trim().split(/\s+/).filter(Boolean).length : Infinity;
}

/**
 * The subject right after an adverb or a subordinator opening the sentence, when no main clause subject stands before
 * the quote at qTok (PolNeAR train):
 *   'Then he cut into Bush, calling him a "stiff"', 'Maybe he figures that … “Saturday Night Live” …' → he
 *   'When Trump used the words, “I’m not quite there yet,” he was echoing Ryan' → Trump
 *   'While Sullivan proclaims the article a “terrific piece …,” Clinton fixates on …' → Sullivan
 *   'After he blasted the hit Disney film “Frozen“ and …' → he
 * A name or a pronoun only (not "As the debate progressed"), and for a subordinate clause the quote stands inside it:
 * no comma before the quote opens a clause of another subject ("When Trump spoke, the crowd chanted “…”").
 */
function openingClauseSubject(toks: Tok[], startTok: number, qTok: number): Mention | null {
  const w = toks[startTok].l;
  const subordinate = SUBORDINATORS.has(w);
  if (!subordinate && !SENTENCE_ADVERBS.has(w) && !looksAdverb(w)) return null;
  const m = subjectAfter(toks, startTok + 1, qTok);
  if (!m || m.kind === 'description' || m.j >= qTok) return null;
  if (subordinate) for (let x = m.j; x < qTok; x++) if (toks[x].t === ',' && x + 1 < qTok && opensOtherClause(toks[x + 1])) return null;
  return m;
}

/** The most tokens of an opening prepositional phrase with no comma before the subject ("On the morning of Feb. 28 | Trump"). */
const OPENING_PHRASE_REACH = 8;
/** Pronouns that may stand as the subject after such a phrase. */
const PHRASE_SUBJECT_PRONOUNS: ReadonlySet<string> = without(PERSONAL_SUBJECT_PRONOUNS, 'i', 'you');

/**
 * The subject right after a prepositional phrase that opens the sentence with no comma (PolNeAR train):
 *   "In 2011 she spoke out for ''shotgun marriages''" → she
 *   'On the morning of Feb. 28 Trump jumped onto his Twitter account … named “ilduce2016”' → Trump
 * A pronoun, or a name after a number or a lower-case word (not one inside the phrase's own name: "In New York Trump"),
 * followed by its verb.
 */
function subjectAfterOpeningPhrase(toks: Tok[], startTok: number, qTok: number): Mention | null {
  if (!PREPOSITIONS.has(toks[startTok].l)) return null;
  for (let x = startTok + 2; x < qTok - 1 && x <= startTok + OPENING_PHRASE_REACH; x++) {
    const t = toks[x], prev = toks[x - 1];
    if (t.punct) return null;
    const pronoun = PHRASE_SUBJECT_PRONOUNS.has(t.l) && !t.cap;
    const name = t.cap && !prev.cap && !prev.punct && !PREPOSITIONS.has(prev.l) && !DETERMINERS.has(prev.l);
    if (!pronoun && !name) continue;
    const m = subjectAfter(toks, x, qTok);
    if (!m || m.kind === 'description' || m.j >= qTok) return null;
    const verb = toks[m.j];
    return !verb.punct && !verb.cap && !PREPOSITIONS.has(verb.l) ? m : null;
  }
  return null;
}

/** How far before the quote the subordinator of a clause holding it may stand. */
const INNER_CLAUSE_REACH = 25;
/** Words before "as" that make it no subordinator ("such as", "as well as", "known as"). */
const NOT_SUBORDINATE_AS: ReadonlySet<string> = new Set(['such', 'as', 'well', 'known', 'same', 'so', 'just', 'long']);
/** The writer's own word before a quoted term: no one in the sentence speaks it ("the so-called “rebels”"). */
const WRITERS_TERM = 'so-called';

/**
 * The subject of a subordinate clause inside the sentence that holds the quote at qTok (PolNeAR train):
 *   'The rejection … was complete when Trump in his announcement speech called undocumented immigrants from Mexico
 *   “rapists”' → Trump, not "The rejection"
 *   "Freddy circled it as his friends jeered, ''Do svidaniya!''" → his friends
 *   'The Florida senator likes “The Walking Dead,” while the former Florida governor loves “Lilyhammer.”' → the former
 *   Florida governor
 *   'The rejection … was complete when Trump in his announcement speech called … “rapists”' → Trump (past a short
 *   prepositional phrase before the clause's cue)
 * The nearest subordinator before the quote, in the middle of the sentence, with its subject and no comma opening a
 * clause of another subject before the quote.
 */
function innerClauseSubject(toks: Tok[], startTok: number, qTok: number): Mention | null {
  if (toks[qTok - 1]?.l === WRITERS_TERM) return null;
  for (let w = qTok - 1; w > startTok && w >= qTok - INNER_CLAUSE_REACH; w--) {
    const t = toks[w];
    if (t.punct && t.t !== ',') return null;
    if (!SUBORDINATORS.has(t.l) || t.cap) continue;
    if (t.l === 'as' && NOT_SUBORDINATE_AS.has(toks[w - 1].l)) return null;
    const m = beforeItsVerb(toks, subjectAfter(toks, w + 1, qTok));
    if (!m || m.j >= qTok || !clauseSubject(toks, m)) return null;
    // (nor one the comma closes before the main clause's verb: "as I made on Friday, would have resulted in …")
    for (let x = m.j; x < qTok; x++) if (toks[x].t === ',' && x + 1 < qTok && (opensOtherClause(toks[x + 1]) || AUXILIARIES.has(toks[x + 1].l))) return null;
    return m;
  }
  return null;
}

/**
 * A description that ran on into its clause's verb ends before it: a verb in -s after a singular role or body noun
 * ("while the former Florida governor | loves “Lilyhammer.”", "when the party | meets next Wednesday to select … 27
 * “at-large” delegates", PolNeAR train); not a plural of people after its modifier ("the campaign officials").
 */
function beforeItsVerb(toks: Tok[], m: Mention | null): Mention | null {
  if (!m || m.kind !== 'description') return m;
  for (let x = m.i + 2; x < m.j; x++) {
    const head = toks[x - 1], verb = toks[x];
    if (head.poss || verb.poss || verb.cap || endsInS(head.l) || !ROLE_HINT.test(head.l) || !endsInS(verb.l) || ROLE_HINT.test(verb.l) || isPeopleGroup(verb.l)) continue;
    // (a verb goes on to its object or adjunct: not "after his Tuesday-night primary victories, in which …")
    if (!toks[x + 1] || toks[x + 1].punct) continue;
    return { ...m, e: head.e, j: x, head: head.l };
  }
  return m;
}

/**
 * The mention after a subordinator is its clause's subject: a name, a pronoun or a description of people ("the man",
 * "his friends"; not "a sign", "his right knee blew"), followed by its verb, not by a preposition or a relative ("as a
 * former liberal who would “unravel” …", "as the perfect driver to speed …": "as" a preposition).
 */
function clauseSubject(toks: Tok[], m: Mention): boolean {
  const next = toks[m.j];
  if (PREPOSITIONS.has(next.l) && !next.cap && m.kind === 'name') return cueAfterPhrase(toks, m.j + 1);
  if (next.punct || next.cap || PREPOSITIONS.has(next.l) || RELATIVE_PRONOUNS.has(next.l)) return false;
  return m.kind !== 'description' || (!!m.head && (ROLE_HINT.test(m.head) || isPeopleGroup(m.head)));
}

/** The most words of a prepositional phrase between a clause's subject and its cue ("Trump | in his announcement speech | called"). */
const PHRASE_BEFORE_CUE_REACH = 5;

/**
 * A cue stands within a short prepositional phrase's reach from token k, no mark between: "when Trump in his
 * announcement speech called undocumented immigrants from Mexico “rapists”" (PolNeAR train, HuffPost 2016-07-18).
 */
function cueAfterPhrase(toks: Tok[], k: number): boolean {
  for (let x = k; x < toks.length && x <= k + PHRASE_BEFORE_CUE_REACH; x++) {
    if (toks[x].punct) return false;
    if (x > k && isCue(toks, x, false)) return true;
  }
  return false;
}

/** A word after a comma that may open a clause with a subject of its own: a name, a determiner, a pronoun. */
function opensOtherClause(t: Tok): boolean {
  return t.cap || t.punct || DETERMINERS.has(t.l) || PERSON_PRONOUNS.has(t.l) || OTHER_PRONOUNS.has(t.l);
}

/** The subject opening the sentence at sentStart before the quote at qs, and its verb as the cue; null when there is none. */
export function sentenceSubjectOf(toks: Tok[], text: string, sentStart: number, qs: number): Attribution | null {
  const qTok = tokenAt(toks, qs);
  let startTok = tokenAt(toks, sentStart);
  if (termInApposition(toks, text, qs, qTok)) return null;
  // ("And Mr. Christie gloated: …": a sentence opening with a coordinator)
  if (COORDINATORS.has(toks[startTok]?.l ?? '') && startTok + 1 < qTok) startTok++;
  if (qTok - startTok < SUBJECT_AND_VERB_MIN) return null;
  // a name or pronoun, or a description of a person or body opening the sentence or its main clause
  const m = innerClauseSubject(toks, startTok, qTok) ?? sentenceOpener(toks, startTok, qTok) ?? descriptionOpeningAnyClause(toks, startTok, qTok) ?? openingClauseSubject(toks, startTok, qTok) ?? subjectAfterOpeningPhrase(toks, startTok, qTok);
  // (else a document opening the sentence: "The Rove ad hits Clinton for taking “…”"; not a term the writer calls so:
  // "The analysis relied on thousands of so-called “independent expenditure” reports", PolNeAR train)
  if (!m) return toks[qTok - 1]?.l !== WRITERS_TERM ? documentSubject(toks, text, startTok, qTok) : null;
  if (m.j >= qTok) return null;
  if (m.kind === 'pronoun' && !speakingPronoun(toks, m)) return null;
  if (toks[m.j - 1].poss || (toks[m.j] && toks[m.j].poss)) return null;
  // ("Democrat politicians and the media pushed …", "Party elders did produce an “autopsy”": the name only qualifies
  // the people noun that is the subject)
  if (qualifiesPeopleNoun(toks[m.j])) return null;
  const relative = relativeClauseHolding(toks, m, qTok);
  if (relative) return relative;
  // ("Sen. Ron Johnson (R-Wis.) kept asking her why …": past the name's party tag)
  let v = m.kind === 'name' ? pastPartyTag(toks, m.j) : m.j;
  // ("Corey Lewandowski, Donald Trump’s fired campaign manager, ripped …": past an apposition to the verb)
  if (toks[v]?.t === ',' && m.kind !== 'description') {
    let w = v + 1;
    while (w < qTok && w < v + APPOSITION_TO_VERB_REACH && toks[w].t !== ',' && !(toks[w].punct && SENTENCE_MARK.test(toks[w].t))) w++;
    if (toks[w]?.t === ',') v = w + 1;
  }
  const verbFrom = v;
  while (v < qTok && (toks[v].punct || BEFORE_CUE_WORDS.has(toks[v].l)) && v < m.j + VERB_REACH) v++;
  // ("Sen. Jeff Sessions (R-AL) and former New York City Mayor Rudy Giuliani wore …": past the second conjunct of the
  // subject to its verb; "former" is no cue; PolNeAR train)
  if (v > verbFrom && v < qTok && COORDINATORS.has(toks[v - 1].l)) v = pastConjunct(toks, v, qTok);
  if (v >= qTok || toks[v].cap || toks[v].punct || inAbsolutePhrase(toks, text, v, qTok)) return null;
  const cue = subjectCue(toks, verbFrom, v, qTok);
  return cue === null ? null : { mention: m, cue: tokenCue(toks[cue]), rule: 'sentence subject' };
}

/** The most words of a subject's second conjunct before its verb ("and | former New York City Mayor Rudy Giuliani | wore"). */
const CONJUNCT_REACH = 8;

/** The verb after a subject's second conjunct that starts at v (a word compromise knows as a verb form), else v. */
function pastConjunct(toks: Tok[], v: number, qTok: number): number {
  for (let w = v; w < qTok && w < v + CONJUNCT_REACH && !toks[w].punct; w++) {
    if (!toks[w].cap && isVerbForm(toks[w].l)) return w;
  }
  return v;
}

/** Verbs that open a predicate as a copula does ("he became a “rock star”"). */
const LINKING_VERBS: ReadonlySet<string> = new Set(without(PREDICATE_OPENERS, 'as', ...BE_AND_FORMS));

/**
 * The cue of a sentence subject whose verb stands at v (past auxiliaries and adverbs from `from`), before the quote at
 * qTok: the verb itself, or a word of saying further on when v holds no verb. Null when the quote sits in a predicate
 * noun phrase that only describes the subject and no word of saying stands before it: 'Only six years earlier, he was a
 * tea party favorite who crushed the GOP’s “establishment” candidate' (PolNeAR train; the cue was "a").
 * Past a word that is no verb ('Cruz himself said', 'A spokesman for Platte River declined … but said', 'Trump last
 * week invited …'): the first word of saying, else the first verb.
 */
function subjectCue(toks: Tok[], from: number, v: number, qTok: number): number | null {
  let afterCopula = toks.slice(from, v).some(t => BE_AND_FORMS.has(t.l));
  // ("They are surprisingly skeptical of …", "some Republicans could be heard grousing": past a form of "be" and its adverbs)
  if (BE_AND_FORMS.has(toks[v].l) && v + 1 < qTok && !toks[v + 1].punct) {
    v++;
    afterCopula = true;
    while (v + 1 < qTok && (BEFORE_CUE_WORDS.has(toks[v].l) || looksAdverb(toks[v].l))) v++;
  }
  // ("Trump was asked, “What’s the most dangerous place …?”", "Pence was asked about the “not there yet” remark":
  // the subject of a passive question is the one asked, not the asker; PolNeAR train)
  if (afterCopula && ASKED_PASSIVE.has(toks[v].l)) return null;
  const linking = LINKING_VERBS.has(toks[v].l);
  // ("his answer was that “…”": a clause, not a noun phrase)
  const det = toks[linking ? v + 1 : v]?.l ?? '';
  if ((afterCopula || linking) && DETERMINERS.has(det) && det !== 'that') return wordOfSaying(toks, v + 1, qTok);
  if (!noVerb(toks[v].l)) return v;
  return wordOfSaying(toks, v + 1, qTok) ?? firstVerb(toks, v + 1, qTok) ?? v;
}

/** Participles of a question put to someone, which a form of "be" makes passive ("was asked", "were pressed"). */
const ASKED_PASSIVE = wordSet('asked|questioned|pressed|quizzed');

/** A lower-case role or people noun right after a name: the name is its modifier ("Democrat politicians", "CIA operative"). */
function qualifiesPeopleNoun(t: Tok | undefined): boolean {
  return !!t && !t.punct && !t.cap && (isRoleNoun(t.l) || isPeopleGroup(t.l));
}

/** A word of a closed class that is never a clause's verb: a determiner, a preposition, a pronoun, a relative, "there", an -ly adverb. */
function noVerb(w: string): boolean {
  return DETERMINERS.has(w) || PREPOSITIONS.has(w) || PERSON_PRONOUNS.has(w) || OTHER_PRONOUNS.has(w) || REFLEXIVE_PRONOUNS.has(w)
    || RELATIVE_PRONOUNS.has(w) || w === THERE || looksAdverb(w);
}

/** "There" after a subject: no verb. */
const THERE = 'there';

/** The first word of saying in [from, to), within the clause (no sentence mark between). */
function wordOfSaying(toks: Tok[], from: number, to: number): number | null {
  for (let x = from; x < to; x++) {
    if (toks[x].punct && SENTENCE_MARK.test(toks[x].t)) return null;
    if (isCue(toks, x, false)) return x;
  }
  return null;
}

/** The first verb in [from, to), within the clause: lower case, not a form of "be" or "have", not after a determiner. */
function firstVerb(toks: Tok[], from: number, to: number): number | null {
  for (let x = from; x < to; x++) {
    const t = toks[x];
    if (t.punct && SENTENCE_MARK.test(t.t)) return null;
    if (!t.punct && !t.cap && isVerbForm(t.l) && !AUXILIARIES.has(t.l) && !BE_AND_FORMS.has(t.l) && !DETERMINERS.has(toks[x - 1]?.l ?? '') && !toks[x - 1]?.poss) return x;
  }
  return null;
}

/** Prepositions and subordinators that open a participle phrase before its verb in -ing ("in declaring", "while denouncing"). */
const PARTICIPLE_PHRASE_OPENERS: ReadonlySet<string> = new Set(['in', 'while', 'when', 'after', 'before', 'by', 'since', 'upon', 'on', 'without', 'despite']);
/** How far past the quote the comma that closes the participle phrase may stand. */
const PARTICIPLE_PHRASE_CLOSE_REACH = 25;

/**
 * A quote inside a participle phrase that opens the sentence is the words of the main clause's subject, who does what
 * the participle says (PolNeAR train):
 *   'In declaring Donald J. Trump's statements as "not Christian," the Latin American pope again demonstrated …' → the
 *   Latin American pope
 *   "But while denouncing the ''perversion'' of corporate tax avoidance to campaign audiences, she hasn't outlined a
 *   plan …" → she
 *   'And in explaining why many of those “common-sense solutions” had not been passed already, Clinton described a rigged
 *   system …' → Clinton; 'After spending the past week bickering over whether the other is “qualified” to be president,
 *   Clinton on Monday ripped into Sanders' → Clinton (past a day)
 * The phrase: a coordinator maybe, a preposition or subordinator, the verb in -ing, no mark before the quote; its comma
 * after the quote (the one inside the closing mark too); then a subject and its verb. The participle is the cue.
 */
export function participlePhraseSubject(toks: Tok[], sentStart: number, qs: number, qe: number, sentEnd: number): Attribution | null {
  let k = tokenAt(toks, sentStart);
  const qTok = tokenAt(toks, qs), endTok = tokenAt(toks, sentEnd);
  if (COORDINATORS.has(toks[k]?.l ?? '')) k++;
  if (!PARTICIPLE_PHRASE_OPENERS.has(toks[k]?.l ?? '')) return null;
  const v = k + 1;
  if (v >= qTok || toks[v].cap || !isIngForm(toks[v].l)) return null;
  for (let x = v + 1; x < qTok; x++) if (toks[x].punct) return null;
  // (the comma closing the phrase: right inside the quote's closing mark, or the first after it)
  let c = tokenAt(toks, qe);
  if (!(c > qTok && toks[c - 1].t === ',')) {
    while (c < endTok && c < tokenAt(toks, qe) + PARTICIPLE_PHRASE_CLOSE_REACH && !toks[c].punct) c++;
    if (toks[c]?.t !== ',') return null;
    c++;
  }
  const m = subjectAfter(toks, c, endTok);
  if (!m || m.j >= endTok || (m.kind === 'pronoun' && !NOMINATIVE_PRONOUNS.has(toks[m.i].l))) return null;
  // (past a day: "Clinton on Monday ripped into Sanders")
  const w = toks[m.j].l === 'on' && WEEKDAYS.has(toks[m.j + 1]?.l ?? '') ? m.j + 2 : m.j;
  const verb = toks[w];
  return w < endTok && !verb.punct && !verb.cap && !PREPOSITIONS.has(verb.l) ? { mention: m, cue: tokenCue(toks[v]), rule: 'sentence subject' } : null;
}
