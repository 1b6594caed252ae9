/**
 * Reported speech: what people said, believe, plan or found, attributed without quotation marks ("Lavrov said
 * that Assad would not step down"). Each rule family has its file; this one runs them sentence by sentence, keeps
 * the direct quotes' words theirs (mixed.ts) and drops what two rules found twice. Linear in the text: every rule
 * looks a bounded number of tokens around each cue.
 */
import { withoutPossessive } from '../text/endings';
import type { Mention } from '../quotes/attribution';
import { isAdjective, isVerbForm, wordSet } from '../people/lexicon';
import { SPEECH_NOUNS } from '../quotes/attribution';
import { ANONYMITY, ANSWER_CUES, ARTICLES, CUES, FINITE_SAY_TELL_FORMS, NUMBER_WORDS_TO_TEN, OPENING_SUBORDINATORS, PERSUASION_VERBS, PREPOSITIONS, PRONOUN_SUBJECTS, RELATIVE_PRONOUNS, SEEM_FORMS } from '../quotes/lexicon';
import { looksAdverb } from '../text/adverbs';
import { PARTS_OF_DAY, RELATIVE_DAYS, WEEKDAYS } from '../text/calendar';
import type { QuoteSpan } from '../quotes/marks';
import { tokenAt, type Tok } from '../quotes/tokens';
import { inClass, wordClass } from '../text/wordClasses';
import { paragraphOf } from '../quotes/sentences';
import { EDITORS_NOTE } from '../corpus/furniture';
import { accordingTo } from './accordingTo';
import { askedBy } from './askedBy';
import { asClauses } from './asClause';
import { bareClauses, finite } from './bareClause';
import { ALL_TAIL_CUES, words } from './clause';
import { continuedEnd, SAYING_RULES } from './continued';
import { courtHeard, HEARING_VERBS } from './courtHeard';
import { CONTROL_VERBS, controlledCues, INFINITIVE_CUES } from './controlled';
import { cueFamilies, FAMILY_VERBS } from './cueFamilies';
import { BELIEF_TAIL_CUES, contentStart, FINDING_TAIL_CUES, frontedContent } from './fronted';
import { gerunds } from './gerund';
import { headlines } from './headline';
import { heldViews, HOLDERS } from './hearsayNoun';
import { HEADLINE_VERBS, headlineVerbs } from './headlineVerb';
import { conjecturedHope, infinitives, INTENTION_VERBS, REQUEST_VERBS, WANT_FORMS, WISH_VERBS } from './infinitive';
import { AND_OR, ATTACK_NOUNS, ROLE_NOUNS, BARE_VERBS, BELIEF_VERBS, GESTURE_NOUNS, INFINITIVE_VERBS, NOT_A_HEAD, OBJECT_VERBS, THAT_GERUNDS, THOUGHT_NOUNS, TITLE_CUES } from './lexicon';
import { directOnly, endAroundQuotes, quoteAt, quotedAfter, quotedSequelEnd, startAroundQuote } from './mixed';
import { freeRelativeObjectEnd, NAMING_VERBS, namings, SELF_NAMING } from './naming';
import type { Report, SentenceContext } from './report';
import { sentenceRanges } from './sentences';
import { worthIt } from './sourceless';
import { GERUND_OBJECT_VERBS, objectCues, PROGRESSIVE_FORMS, TOPIC_VERBS } from './objectCue';
import { INSET_CUES, parentheticals } from './parenthetical';
import { CONVICTION, EMOTIONS, HOPE_NOUNS, PHRASES, phrasalCues } from './phrasal';
import { quotedLeads } from './quotedLead';
import { questionSecondVerb } from './questions';
import { RELATIVE_CUES, relativeClauses } from './relativeClause';
import { sayClauses } from './sayClause';
import { ASIDE, endBeforeConcession, endBeforeSecondReport, shareReporterAfterAnd } from './secondReport';
import { shortAnswers } from './shortAnswer';
import { readerSource } from './sourcePhrase';
import { endsOnStrandedPreposition, relativeSource } from './speaker';
import { AGENT_SPEECH_NOUNS, agentSpeechNouns, INFINITIVE_ONLY_NOUNS, speechNouns } from './speechNoun';
import { SOUNDING_VERBS, soundings } from './sounding';
import { DISAGREEMENT_WORDS, disagreements } from './disagreement';
import { endBeforeMainReport, endOfSubordinate } from './subordinate';
import { contestReports, FINDING_VERBS, personShows } from './evidence';
import { findingContrastEnd } from './findings';
import { CHOICE_VERBS, POLL_CHOICE_WORDS, pollChoices, shareGapEnd } from './pollChoice';
import { POLL_NOUNS, pollFronted } from './pollFronted';
import { MAKE_FORMS, madeStatements } from './madeStatement';
import { PASSIVE_STANCE_PARTICIPLES, passiveStances } from './passiveStance';
import { REPORTED_PARTICIPLES, reportedBy } from './reportedBy';
import { attackNouns, roleNouns } from './attackNoun';
import { LIGHT_VERB_OPENERS, LIGHT_VERBS, lightVerbs } from './lightVerb';
import { FRONTED_PARTICIPLES, frontedParticiples } from './frontedParticiple';
import { BACKING_NOUNS, backings, REACTION_NOUNS, reactions } from './backing';
import { TALKING_VERBS, talksTo } from './talkedTo';
import { thatClauses } from './thatClause';
import { outsideTurns } from './transcript';
import { EVIDENCE_TITLE_CUES, titleHeadlines } from './titleHeadline';
import { inWhoseView, toWhom, VIEW_HELD } from './toWhom';
import { DASH_CHARS, DASH_PATTERN } from '../text/dashes';
import { countBefore } from '../text/sortedSearch';
import { allDigits, digitFirst } from '../text/wordShape';

export type { Report } from './report';

/**
 * A rule family, and the words (lower case) one of which stands in every sentence where it finds anything: each of
 * these families looks for its cue word first, token by token, and reads nothing else around a token that is none.
 * A sentence holding none of them is not given to the family (the same finds, less work). No words: always run. The
 * words are a list or a set, read again by the tests and test/eval (a map's keys() is an iterator, read once).
 */
export interface RuleFamily {
  find: (ctx: SentenceContext) => Report[];
  words?: readonly string[] | ReadonlySet<string>;
  /**
   * The words one of which makes a sentence worth reading for this family (TRIGGER_WORDS is the union of every
   * family's): its `words` when absent. A family whose word is too common to open a sentence alone gives none ("to",
   * "as": it runs where another family's word opened the sentence), and one that needs a second word names that
   * ("tried to defend …": the verb before "to").
   */
  opens?: readonly string[] | ReadonlySet<string>;
}

/** The rule families, most specific first: an earlier family's find wins over a later one's for the same content. */
export const RULES: readonly RuleFamily[] = [
  { find: accordingTo, words: ['according'] },
  { find: pollFronted, words: POLL_NOUNS },
  { find: toWhom, words: ['to'], opens: [] },
  { find: inWhoseView, words: VIEW_HELD },
  { find: asClauses, words: ['as'], opens: [] },
  { find: speechNouns, words: [...SPEECH_NOUNS, ...THOUGHT_NOUNS, ...INFINITIVE_ONLY_NOUNS] },
  { find: soundings, words: SOUNDING_VERBS },
  { find: disagreements, words: DISAGREEMENT_WORDS },
  { find: thatClauses, words: [...CUES, ...BELIEF_VERBS, ...PERSUASION_VERBS] },
  { find: gerunds, words: [...CUES, ...BELIEF_VERBS, ...THAT_GERUNDS] },
  { find: phrasalCues, words: [...PHRASES.keys(), ...CONVICTION, ...HOPE_NOUNS, ...EMOTIONS] },
  // (a verb of request opens no sentence: "It encouraged people to drive somewhat less …", "a crowd-sourced fundraising
  // campaign encouraging him to run for the Virginia House of Delegates" — PolNeAR train NYT 2016-03-03 and USA Today
  // 2016-08-09, neither gold; those that are cues, "told", "asked", open it as such)
  { find: infinitives, words: [...REQUEST_VERBS, ...INFINITIVE_VERBS, ...INTENTION_VERBS, ...WISH_VERBS, ...WANT_FORMS], opens: [...INFINITIVE_VERBS, ...INTENTION_VERBS, ...WISH_VERBS, ...WANT_FORMS] },
  { find: bareClauses, words: BARE_VERBS },
  { find: relativeClauses, words: RELATIVE_CUES },
  { find: shortAnswers, words: ANSWER_CUES },
  { find: frontedContent, words: [...ALL_TAIL_CUES, ...BELIEF_TAIL_CUES, ...FINDING_TAIL_CUES, ...FINDING_VERBS] },
  { find: parentheticals, words: INSET_CUES },
  { find: namings, words: [...NAMING_VERBS, ...SELF_NAMING] },
  { find: objectCues, words: [...OBJECT_VERBS.keys(), ...TOPIC_VERBS.keys(), ...GERUND_OBJECT_VERBS, ...PROGRESSIVE_FORMS] },
  { find: controlledCues, words: [...INFINITIVE_CUES.keys(), ...SEEM_FORMS], opens: CONTROL_VERBS },
  { find: cueFamilies, words: FAMILY_VERBS },
  { find: courtHeard, words: HEARING_VERBS },
  { find: sayClauses, words: FINITE_SAY_TELL_FORMS },
  { find: quotedLeads, words: CUES },
  { find: pollChoices, words: POLL_CHOICE_WORDS },
  { find: madeStatements, words: MAKE_FORMS },
  { find: reportedBy, words: REPORTED_PARTICIPLES },
  { find: passiveStances, words: PASSIVE_STANCE_PARTICIPLES },
  { find: backings, words: BACKING_NOUNS },
  { find: reactions, words: REACTION_NOUNS },
  { find: frontedParticiples, words: [...FRONTED_PARTICIPLES.keys()] },
  { find: attackNouns, words: ATTACK_NOUNS },
  { find: roleNouns, words: ROLE_NOUNS },
  { find: lightVerbs, words: LIGHT_VERBS, opens: LIGHT_VERB_OPENERS },
  { find: talksTo, words: TALKING_VERBS },
  { find: headlines, words: [':'] },
  { find: titleHeadlines, words: [...TITLE_CUES, ...EVIDENCE_TITLE_CUES] },
  { find: headlineVerbs, words: [...HEADLINE_VERBS.keys()] },
  { find: askedBy, words: ['asked'] },
  { find: agentSpeechNouns, words: AGENT_SPEECH_NOUNS },
  // ("among" opens no sentence of its own: the view's noun or another family's word opens it, as on every train case)
  { find: heldViews, words: HOLDERS, opens: [] },
];

/** Families per word of a selection (the bits of a Uint32Array's element). */
const FAMILIES_PER_WORD = 32;
/** The words of a selection: enough for every family of RULES, however many there are. */
const SELECTION_WORDS = Math.ceil(RULES.length / FAMILIES_PER_WORD);

/**
 * A selection of RULES' families: bit n % 32 of word n / 32 stands for RULES[n] (words of 32 bits, so that RULES may
 * hold more than 32 families; no bigint in the loop over a sentence's tokens).
 */
export type FamilySelection = Uint32Array;

/** An empty selection. */
export const noFamilies = (): FamilySelection => new Uint32Array(SELECTION_WORDS);

/** The selection holds RULES[n]. */
export const selects = (families: FamilySelection, n: number): boolean => (families[n >>> 5] & (1 << (n & 31))) !== 0;

/** Adds RULES[n] to the selection. */
function select(families: FamilySelection, n: number): void {
  families[n >>> 5] |= 1 << (n & 31);
}

/** Every family without words (runs in every sentence). */
const ALWAYS_RUN: FamilySelection = (() => {
  const always = noFamilies();
  RULES.forEach((r, n) => { if (!r.words) select(always, n); });
  return always;
})();
/** For each word, the families it can be the cue of. */
const FAMILIES_OF_WORD: ReadonlyMap<string, FamilySelection> = (() => {
  const of = new Map<string, FamilySelection>();
  RULES.forEach((r, n) => {
    if (!r.words) return;
    for (const w of r.words) {
      const families = of.get(w) ?? noFamilies();
      select(families, n);
      of.set(w, families);
    }
  });
  return of;
})();
/** The words of FAMILIES_OF_WORD, as a word class: only their tokens are looked up there. */
const FAMILY_WORD = wordClass(FAMILIES_OF_WORD.keys());

/**
 * The rule families to run on the sentence [a, b): those without words, and those whose word it holds; written into
 * `into` (a selection the caller reuses from sentence to sentence), which is returned.
 */
export function familiesFor(toks: Tok[], a: number, b: number, into: FamilySelection = noFamilies()): FamilySelection {
  for (let w = 0; w < SELECTION_WORDS; w++) into[w] = ALWAYS_RUN[w];
  for (let k = a; k < b; k++) {
    if (!inClass(toks[k], FAMILY_WORD)) continue;
    const families = FAMILIES_OF_WORD.get(toks[k].l);
    if (families) for (let w = 0; w < SELECTION_WORDS; w++) into[w] |= families[w];
  }
  return into;
}

/** The selection holds no family. */
function selectsNone(families: FamilySelection): boolean {
  for (let w = 0; w < SELECTION_WORDS; w++) if (families[w] !== 0) return false;
  return true;
}

/** The words that open a sentence to the families: each one's `opens`, else its `words`. */
export function openingWords(families: readonly RuleFamily[]): ReadonlySet<string> {
  return new Set(families.flatMap(r => [...(r.opens ?? r.words ?? [])]));
}

/**
 * Words without which no rule finds anything: a sentence with none of them is skipped at once. The union of every
 * family's `opens` (or `words`), so that a new family's words are in it.
 */
export const TRIGGER_WORDS: ReadonlySet<string> = openingWords(RULES);
const TRIGGER = wordClass(TRIGGER_WORDS);

function triggered(toks: Tok[], a: number, b: number): boolean {
  // (a capitalised "To" may open a view: "To many, …", ./toWhom.ts, whose lower-case "to" opens no sentence)
  for (let k = a; k < b; k++) if (inClass(toks[k], TRIGGER) || (toks[k].l === 'to' && toks[k].cap)) return true;
  return false;
}

/** The rule families whose content holds its reporter ("The goal, he said, is …", "which I said was …", "what he calls …"). */
const REPORTER_INSIDE: ReadonlySet<Report['rule']> = new Set(['parenthetical', 'according-to', 'relative', 'naming', 'passive']);

/** Words a source never opens with ("Having announced that …, Judge Berman proceeded": a participle, no source). */
const NO_SOURCE_START = wordSet('that|which|for|of|to|in|on|at|with|from|by|about|and|or|but|if|when|while|as|because|having|being');
/** The opening of a quantity that is a source ("About 4 in 10", "about half", "at least half"). */
const QUANTITY_START = /^(?:about (?:\d[\d,.]*|half|a third|one|two|three|four|five|six|seven|eight|nine|ten)|at (?:least|most))\b/;
/**
 * Words a source never ends with: a preposition ("most of her time campaigning in California without [mentioning]"),
 * "whom" ("his family, most of whom [thought]": the antecedent is out of the phrase's reach).
 */
const NO_SOURCE_END = wordSet('of|for|at|with|in|from|on|to|by|about|without|whom');

/**
 * A source that is no source: one that opens with a participle or a preposition, ends with a preposition, "whom", an
 * adverb of frequency or a comparative (NOT_A_HEAD),
 * or is an article and an adverb ("a widely [denounced] tweet": the adjective's adverb). The source after "according
 * to" is that rule's own phrase ("according to an interview his brother gave to …").
 */
/**
 * A sentence's opening "That" and one noun is a demonstrative subject, no conjunction: "That person said the outright
 * hostility Cruz faced …", "That letter, on Trump Organization letterhead, demanded that …" (PolNeAR train). Not a verb
 * in the past after it ("That prompted calls for …").
 */
function demonstrativeSubject(toks: Tok[], m: Mention): boolean {
  const noun = toks[m.i + 1];
  return m.j - m.i === 2 && toks[m.i].t === 'That' && !!noun && !noun.cap && !noun.punct && !/(?:ed|ing)$/.test(noun.l) && !isVerbForm(noun.l);
}

/**
 * A source read with the "that" of the clause it opens, before a number: "One thing working in Ayotte's favor is that
 * ⟨78 percent of voters in a recent CBS News poll⟩ said they think she is a different kind of Republican" (PolNeAR
 * train, Washington Post 2016-08-26): the number opens the source, and "that" is no part of it.
 */
function pastClauseThat(toks: Tok[], r: Report): void {
  const m = r.mention;
  if (m.j - m.i > 2 && toks[m.i].l === 'that' && digitFirst(toks[m.i + 1].t)) r.mention = { ...m, i: m.i + 1, s: toks[m.i + 1].s };
}

function noSource(toks: Tok[], r: Report): boolean {
  const first = toks[r.mention.i], last = toks[r.mention.j - 1];
  // ("it's worth noting that …": the writer's aside, a content with no source, ./sourceless.ts)
  if (worthIt(toks, r.mention.i, tokenAt(toks, r.cue.s)) === r.mention.i) return true;
  // (but "About 4 in 10 say …", "at least half said …": a quantity's opening word)
  if (!first || !last || (NO_SOURCE_START.has(first.l) && !QUANTITY_START.test(`${first.l} ${toks[r.mention.i + 1]?.l ?? ''}`) && !relativeSource(toks, r.mention, tokenAt(toks, r.cue.s)) && !demonstrativeSubject(toks, r.mention))) return true;
  if (r.rule !== 'according-to' && !last.cap && (NO_SOURCE_END.has(last.l) || NOT_A_HEAD.has(last.l)) && !endsOnStrandedPreposition(toks, r.mention, tokenAt(toks, r.cue.s))) return true;
  if (gestureAt(toks, r.mention)) return true;
  return r.mention.j - r.mention.i === 2 && ARTICLES.has(first.l) && looksAdverb(last.l);
}

/** The source is an article and a gesture's noun aimed at someone ("a nod to the front-runner"): no one speaks. */
function gestureAt(toks: Tok[], m: { i: number; j: number }): boolean {
  const noun = toks[m.i + 1], after = toks[m.i + 2];
  return ARTICLES.has(toks[m.i].l) && !!noun && GESTURE_NOUNS.has(noun.l) && !!after && GESTURE_TARGETS.has(after.l);
}
const GESTURE_TARGETS: ReadonlySet<string> = new Set(['to', 'at']);

/** The longest noun phrase before a subject's "who", in tokens ("A majority of those", "Voters registered as Democrats and those"). */
const MAX_SUBJECT_BEFORE_WHO = 8;

const AMONG_OR_DUMMY_SUBJECT = wordSet('among|it|there|this|that');
/**
 * A report told inside a restrictive relative clause on the sentence's subject: "Those who said the economy was their
 * top issue split about evenly between the two candidates", "Voters who say the economy is most important in their vote
 * decision were evenly divided", "Even people who unequivocally endorsed the plan sounded equivocal", "Republicans who
 * agree that the prison should be closed were irritated about the lack of detail". The clause picks out a group for
 * the sentence's own verb; PolNeAR's annotators attribute nothing there (train: 8 such reports, none gold). Not a
 * share's choice ("More than half of the respondents who support Sanders are in college": pollChoice.ts), nor an
 * aside between dashes, nor a group after a preposition ("Among those who said …"). After an opening subordinate
 * clause the subject follows its comma: "While most adoptees received legal permanent residency when they arrived,
 * those who thought they had become citizens were unaware that they had to renew the permits" (train).
 */
function subjectRelative(ctx: SentenceContext, r: Report): boolean {
  const { toks } = ctx;
  const k = r.mention.i;
  // (a share's choice is its own report: "More than half of the respondents who support Sanders are in college")
  if (r.mention.j - k !== 1 || toks[k].l !== 'who' || r.s < r.cue.e || CHOICE_VERBS.has(ctx.text.slice(r.cue.s, r.cue.e).toLowerCase())) return false;
  const open = pastOpeningClause(toks, contentStart(ctx), k);
  if (k <= open || k - open > MAX_SUBJECT_BEFORE_WHO || PREPOSITIONS.has(toks[open].l) || AMONG_OR_DUMMY_SUBJECT.has(toks[open].l)) return false;
  // (an aside between dashes is no restrictive clause: "GOP front-runner Donald Trump - who previously said …")
  if (ASIDE.test(ctx.text.slice(toks[open].s, toks[k].s))) return false;
  for (let x = open; x < k; x++) {
    const t = toks[x];
    if (t.punct || (!t.cap && (finite(t) || CUES.has(t.l))) || (/['’](?:s|re)$/.test(t.t) && !t.poss)) return false;
  }
  return true;
}

/**
 * The first word of the main clause when the sentence opens with a subordinate clause that a comma closes before
 * token k ("While most adoptees received legal permanent residency when they arrived, ⟨those⟩ who thought …"); open
 * otherwise.
 */
function pastOpeningClause(toks: Tok[], open: number, k: number): number {
  if (!OPENING_SUBORDINATORS.has(toks[open]?.l ?? '')) return open;
  for (let x = open + 1; x < k; x++) if (toks[x].t === ',') return x + 1;
  return open;
}

/**
 * A cue that opens with a participle in -ing (", recalling …", ", hoping …"): the participle rules' own, a verb of a
 * series only after a short object (SHORT_OBJECT_WORDS).
 */
const PARTICIPLE_CUE = /^\p{L}+ing\b/u;
/**
 * The most words of a first verb's object, a name or a short noun phrase, after which a participle is the reporter's
 * next verb with a content of its own: "Ryan has previously called out ⟦Trump⟧, slamming ⟦his proposed ban on Muslims
 * …⟧", "Rubio has railed against ⟦Christie⟧, taking aim at ⟦his past support for …⟧", "he echoed ⟦that comment⟧,
 * recalling …" (PolNeAR train, Politico 2016-05-05, Washington Post 2016-01-24, NYT 2015-12-31: 3 gained, 1 false
 * positive; after a that-clause or a longer object the participle's content is the first's, "Cruz warned ⟦that the
 * incident could foreshadow the future with Iran, remarking that …⟧").
 */
const SHORT_OBJECT_WORDS = 4;
/** What stands between the first verb's content start and the second verb of a series: words with no mark, then a comma. */
const SERIES_JOIN = /^[^,;:()"“”‘’'—–-]+,\s+$/;
/**
 * Reports x and y are two verbs of one series, the second's cue after the comma that closes the first's object:
 * "Biden defended ⟦Bernie Sanders as a mainstream candidate⟧, mocked ⟦the Republican Party and its leading presidential
 * contenders⟧", "Donald Trump joked about ⟦Jewish stereotypes⟧, declined ⟦to affirm his support for a united
 * Jerusalem⟧" (PolNeAR train, Politico 2016-02-19 and 2015-12-03: the reporter's second verb, read by
 * ./speaker.ts seriesFirstVerb, each with its own gold content). Not after a mark inside the first content, nor a first
 * verb in -ing.
 */
function seriesPair(text: string, toks: Tok[], x: Report, y: Report): boolean {
  const [first, second] = x.cue.s < y.cue.s ? [x, y] : [y, x];
  return first.mention.s === second.mention.s && first.cue.e <= first.s && first.s < second.cue.s && second.cue.e <= first.e
    && SERIES_JOIN.test(text.slice(first.s, second.cue.s)) && !PARTICIPLE_CUE.test(text.slice(first.cue.s, first.cue.e))
    && (!PARTICIPLE_CUE.test(text.slice(second.cue.s, second.cue.e)) || words(toks, tokenAt(toks, first.s), tokenAt(toks, second.cue.s)) <= SHORT_OBJECT_WORDS);
}

/** Tokens per bucket of the duplicate check: more than the longest content (MAX_CONTENT) and its opening. */
const BUCKET = 256;

/** Two contents are one when each covers at least half of the other. */
function same(x: Report, y: Report): boolean {
  const ov = Math.min(x.e, y.e) - Math.max(x.s, y.s);
  return ov > 0 && ov * 2 >= x.e - x.s && ov * 2 >= y.e - y.s;
}

/**
 * The kept report in bucket `bucket` or a neighbouring one that is the same content as r and no verb of a series with
 * it (`series`), if any. A series pair is passed over, not taken for the twin: "And a couple of years later, he echoed
 * ⟦that comment⟧, recalling ⟦an anecdote about watching Mr. Clinton work a crowd⟧" (PolNeAR train, New York Times
 * 2015-12-31) has "recalling" found by two families; the second find, compared with "echoed" alone (whose content
 * still ran on over "recalling …"), was kept beside the first, and the article listed the same report twice (one a
 * false positive whatever the gold: the scorer matches one prediction to a gold).
 */
function sameNear(near: ReadonlyMap<number, readonly Report[]>, bucket: number, r: Report, series: (x: Report) => boolean): Report | undefined {
  for (let n = bucket - 1; n <= bucket + 1; n++) {
    const list = near.get(n);
    if (list) for (let k = 0; k < list.length; k++) if (same(list[k], r) && !series(list[k])) return list[k];
  }
  return undefined;
}

/**
 * The kept intention k, or a pronoun's report k under a verb of saying, lies inside r's content, its subject and verb
 * included: "Sokolova said ⟦her team plans to follow 300 pregnancies …⟧" holds "her team ⟨plans⟩ ⟦to follow …⟧", "Mr.
 * Leenders said ⟦he believed that …⟧" holds "he ⟨believed⟩ ⟦that …⟧", both found first by an earlier family. The outer
 * report is what PolNeAR attributes (see nestedIn), and whose words they are, so it takes the inner one's place (train:
 * source accuracy 0.9430 → 0.9439, no gold lost; "She says ⟦it underscores that …⟧" had "it" resolved to a body). A
 * named reporter's too, when the whole inner report (source, cue, content) lies in the outer content: "Mr. Ross said
 * ⟦Mr. Obama had told Jewish leaders that …⟧", "Rep. Gregory Meeks (D-N.Y.) said ⟦Clinton reassured them that …⟧",
 * "Monte Haines says ⟦his family assumed that …⟧" (train: source accuracy 0.9473 → 0.9481, 1 gold gained, none lost).
 * A content told before its reporter holds an intention inside it ("⟦Donald Trump plans to empower the black community
 * …⟧, Ben Carson said Monday", "⟦After more than two decades in Congress as an independent, Sanders plans to remain a
 * Democrat …⟧, Devine said"; train: source accuracy 0.9481 → 0.9491, no gold gained or lost, 8 sources set right, 2
 * wrong). Not a fronted clause's other reports ("But if Carson implied that he would not criticize Cruz, he did not say
 * so" is no report of "he"'s around the implication). A contact or relative clause's report inside the outer content
 * qualifies a noun of it, whatever comma stands before it: "She said ⟦the rope on the whale, a female the team believes
 * is about two years old, was not from any active fishery⟧" (a CBC Radio-style probe; no train case moves). A content
 * told before its reporter holds another's whole report too: "⟦Democratic presidential nominee Hillary Clinton told
 * federal investigators in July she was advised by …⟧, the New York Times reported", "⟦A witness interviewed by
 * congressional staff said the FDIC’s current head …⟧, the report said": PolNeAR's Source is the one named after it
 * (train: 8 sources set right, 1 wrong, 4 gold gained, none lost).
 */
const holds = (text: string, toks: Tok[], r: Report, k: Report): boolean =>
  (k.rule === 'infinitive' || ((SAYING_RULES.has(r.rule) || r.rule === 'fronted') && !FIRST_PERSON.has(text.slice(k.mention.s, k.mention.e))))
  && r.s <= k.mention.s && r.s <= k.cue.s && r.s <= k.s && k.e <= r.e && k.mention.e <= r.e && (r.mention.e <= r.s || (r.rule === 'fronted' && r.e <= r.mention.s && (k.rule === 'infinitive' || (r.mention.kind !== 'pronoun' && opensWithReporter(toks, r, k)))))
  && (k.rule === 'infinitive' || k.rule === 'relative' || !CLAUSE_BEFORE.test(text.slice(r.s, Math.min(k.mention.s, k.cue.s, k.s)).replace(/^that\b/, '')))
  || sameReporterHeld(text, r, k) || insetHeld(r, k);
/**
 * The outer report r is set in the middle of its content ("In the spring of 2024, ⟨she says⟩, …") and the whole inner
 * report k (source, cue, content) lies in that content after the inset: "In the spring of 2024, she says, ⟦her
 * supervisor began asking her to sign off on sanitation reports …⟧" is her account of the request (a Walrus-style
 * probe, ca-walrus-profile-whistleblower, where "asking" took the sentence for the supervisor). The inner report's
 * subject may also open the content before the inset ("⟦His wife⟧, he says, ⟦plans to leave the Democratic Party …⟧",
 * PolNeAR train, Politico 2016-07-02), and the content may start after the inset when an opening word stands before it
 * ("Instead, she said, ⟦her boss told her he had booked a room for them⟧", NYT 2016-02-01).
 */
const insetHeld = (r: Report, k: Report): boolean =>
  r.rule === 'parenthetical' && r.s <= k.mention.s && r.cue.e <= k.cue.s && r.cue.e <= k.s && k.e <= r.e
  && (k.mention.e <= r.mention.s || r.cue.e <= k.mention.s);
/**
 * The inner report k, found first, has the outer report r's own reporter (the pronoun of r's content read as r's
 * subject) and lies inside r's content after its opening words: "The Ebelings said ⟦they were hoping to spend some
 * personal time with Clinton …⟧" holds "Ebelings ⟨hoping⟩ ⟦to spend …⟧", "Romney's associates said ⟦he is not planning
 * to offer an endorsement …⟧" holds "⟨planning⟩ ⟦to offer …⟧", "Ms. Sherry said ⟦she wanted to write about the mortgage
 * crisis in an engaging way that …⟧" holds "⟨write⟩ ⟦that ordinary readers could understand …⟧" (PolNeAR train,
 * Politico 2016-01-31, Washington Post 2016-03-03, NYT 2016-02-01). PolNeAR attributes the outer content, with the
 * verb of saying for its cue (train: 4 cues set right, the same contents matched). Not past a comma inside the outer
 * content (CLAUSE_BEFORE: a clause of its own).
 */
function sameReporterHeld(text: string, r: Report, k: Report): boolean {
  return SAYING_RULES.has(r.rule) && k.mention.s === r.mention.s && r.mention.e <= r.s && r.s < k.cue.s && r.s <= k.s && k.e <= r.e
    && !CLAUSE_BEFORE.test(text.slice(r.s, k.cue.s).replace(/^that\b/, ''));
}
/**
 * The inner report's reporter opens the outer content, past words of no verb ("⟦Planned Parenthood’s president Cecile
 * Richards noted that …⟧, reported the Washington Examiner"): the outer content is that whole report, not a clause of
 * the writer's with a reporter inside ("That stand allows Putin to tell …, said Mirsky" keeps Putin's report), nor a
 * subordinate clause ("But if Carson implied that …, he did not say so").
 */
function opensWithReporter(toks: Tok[], r: Report, k: Report): boolean {
  for (let x = tokenAt(toks, r.s); x < toks.length && toks[x].s < k.mention.s; x++) {
    const t = toks[x];
    if ((t.punct && !t.poss) || OPENING_SUBORDINATORS.has(t.l) || (!t.cap && (finite(t) || isVerbForm(t.l) || CUES.has(t.l)))) return false;
  }
  return true;
}
/**
 * A word and a comma before the inner report, inside the outer content (past its opening "that"): the inner report is
 * a clause of its own after the outer one's, not its subject and verb ("Americans say they do not trust Mrs. Clinton,
 * even some allies questioned why …", "Mrs. Clinton has said little about the plan in recent months, and people
 * familiar with her thinking say …": PolNeAR train). "The AP reported that, according to an analysis …, 85 of …" holds it.
 */
const CLAUSE_BEFORE = /[^\s,].*,/s;
/** A speaker's own "I" or "we", whose inner report is theirs as much as the outer one ("I said when I announced …"). */
const FIRST_PERSON = wordSet('I|we|We');
// (SAYING_RULES, ./continued.ts: the families of a verb of saying and its clause, whose content holds an inner report of
// a pronoun's as what was said, "Cardin also said ⟦he thinks that the administration would be just as pleased …⟧",
// PolNeAR train, Wash. Post 2016-07-16: the pronoun's inner report is part of what was said, not a report of its own)

/** The last dash inside a source's span. */
const DASH_AT = new RegExp(`(?:${DASH_PATTERN})(?!.*(?:${DASH_PATTERN}))`);
/**
 * One or two words and a dash open the content: an aside between dashes ("a sweeping - some say reckless - promise"; first
 * written on a PolNeAR dev sentence, no train or fixture article has one).
 */
const ASIDE_OPENING = new RegExp(`^\\S+(?:\\s\\S+)?\\s(?:-|--|[${DASH_CHARS}])\\s`);
/** Words of time alone are no content ("a spokesman announced Monday morning"). */
const TIME_ONLY: ReadonlySet<string> = new Set([...WEEKDAYS, ...RELATIVE_DAYS, ...PARTS_OF_DAY, 'last', 'this', 'next', 'week', 'month', 'year', 'earlier', 'later', 'on', 'in', 'at',
  // ("the 86,000 it announced two years ago": a span back from now)
  'ago', 'days', 'weeks', 'months', 'years', 'decades', 'a', 'few', 'several', ...NUMBER_WORDS_TO_TEN]);

/**
 * A verb of saying in an impersonal frame tells nobody's words: "It is too soon to say whether her policies will
 * prove successful", "it's fair to say that …", "Only time will tell if his staying power will last" (PolNeAR train:
 * 4 such reports, none gold).
 */
const IMPERSONAL_FRAME = /(?:\b(?:too (?:soon|early)|fair|safe|hard|difficult|impossible|needless|suffice it) to|\btime will)\s+$/i;
/** How far before the cue the frame is looked for, in characters. */
const IMPERSONAL_REACH = 24;

/** "sounds|seems|looks like" right before a source, a title between. */
const LIKE_FRAME = /\b(?:sounds?|sounded|seems?|seemed|looks?|looked)\s+like\s+(?:\p{Lu}\p{L}*\.?\s+)?$/u;
/** How far before the source the frame is looked for, in characters. */
const LIKE_FRAME_REACH = 30;

/**
 * The writer's guess at what the source knows or believes, a frame of seeming before it and a verb of belief (./lexicon.ts
 * BELIEF_VERBS) as the cue, is no report of the source's: "It doesn't sound like Rubio knows what he'll do next"
 * (PolNeAR train, Huffington Post 2016-04-22; the writer's conjecture, as conjecturedHope's "will hope" is). A verb of
 * saying after the frame ("It sounds like Trump said …") stays a report.
 */
function conjecturedBelief(text: string, toks: Tok[], r: Report): boolean {
  const cue = toks[tokenAt(toks, r.cue.s)];
  return !!cue && BELIEF_VERBS.has(cue.l) && r.mention.e <= r.cue.s && LIKE_FRAME.test(text.slice(Math.max(0, r.mention.s - LIKE_FRAME_REACH), r.mention.s));
}

const KING_PING_MING_LING = wordSet('king|ping|ming|ling');
/**
 * A source's terms of anonymity in a content: "on (the) condition" and the terms (ANONYMITY, "condition of anonymity",
 * "that his last name not be used"). They are the terms a source spoke on, not what the source said, and a content
 * that holds them is no report of anyone's words — the terms themselves ("Bob agreed to talk on the condition that his
 * last name not be used because …", "said one source who identified Sullivan but spoke on the condition of anonymity
 * because of the sensitive nature of the issue", "a person who attended and described her remarks on the condition of
 * anonymity"), or a report run on into them ("He was unable to find a single taker, he said, on condition of anonymity
 * to speak freely about his party's nominee"). PolNeAR train: 4 such contents, none gold (reported-gates.mjs
 * "stray2: content holds condition of anonymity"); the terms alone without "on condition" ("Neither wanted to share
 * his name with a reporter") are gold, and stay. ./requests.ts and ./lightVerb.ts leave such terms out of their own
 * contents already. Such a report is still its source's speech for the people stage (../quotes/index.ts shows it not,
 * but resolves it: "He was unable …, he said, on condition of anonymity …. “Not even one,” he said." — the quote's
 * "he" is the delegate the report keeps in mind).
 */
const ON_CONDITION = /\bon (?:the )?condition\b/;
/** The content of `r` holds a source's terms of anonymity (see ON_CONDITION): a report the output leaves out. */
export function anonymityTerms(text: string, r: Report): boolean {
  const content = text.slice(r.s, r.e);
  return ON_CONDITION.test(content) && ANONYMITY.test(content);
}
/**
 * What a reader would see as nonsense, left out: an aside between dashes ("a sweeping - some say reckless - promise"),
 * a content of time words only. A source before its cue that runs across a dash starts after it (one
 * after its cue, "according to the National Academies report - still believe …", reads across an aside: none); one that ends on a
 * relative pronoun ("a letter from his doctor … that [says]") loses it: first written on a PolNeAR dev example, and it
 * holds on no train article — it fires on no train, fixture or us-probes article; without it that one dev source's span
 * runs on to "that", its speaker unchanged.
 */
function plausible(text: string, toks: Tok[], r: Report): boolean {
  if (IMPERSONAL_FRAME.test(text.slice(Math.max(0, r.cue.s - IMPERSONAL_REACH), r.cue.s))) return false;
  if (conjecturedBelief(text, toks, r)) return false;
  // ("… than Mr. Trump - 60 percent of voters said": the source starts after the dash; but "a sweeping - some say
  // reckless - promise" is an aside between dashes)
  const m = DASH_AT.exec(text.slice(r.mention.s, r.mention.e));
  if (m) {
    // (a source after its cue that runs across a dash closes an aside the cue stands in, and its content is no report:
    // "most Americans - 63 percent in 2014, according to the National Academies report - still believe …", PolNeAR
    // train, NYT 2015-12-10, was "still believe immigration")
    if (ASIDE_OPENING.test(text.slice(r.s, r.e)) || r.mention.s > r.cue.s) return false;
    const i = tokenAt(toks, r.mention.s + m.index + m[0].length);
    if (i >= r.mention.j) return false;
    r.mention = { ...r.mention, i, s: toks[i].s };
  }
  if (r.mention.j - r.mention.i > 1 && RELATIVE_PRONOUNS.has(toks[r.mention.j - 1].l)) {
    r.mention = { ...r.mention, j: r.mention.j - 1, e: toks[r.mention.j - 2].e };
  }
  // ("several delegates cheerfully [said]", "Kerry's … partners in Tehran relentlessly [insisted]", "a state and Cruz
  // strongly [denied]": the adverb before the cue, and a coordinator left before it, are no part of the source)
  let j = r.mention.j;
  while (r.mention.kind !== 'pronoun' && !PRONOUN_SUBJECTS.has(withoutPossessive(toks[r.mention.i].l)) && j - r.mention.i > 1 && !toks[j - 1].cap && (looksAdverb(toks[j - 1].l) || AND_OR.has(toks[j - 1].l))) j--;
  if (j < r.mention.j) r.mention = { ...r.mention, j, e: toks[j - 1].e };
  // (a lone -ing word is no source: "dueling", "borrowing", "Polling [shows]" as a verb's subject is the activity)
  if (r.mention.j - r.mention.i === 1 && /ing$/.test(toks[r.mention.i].l) && !KING_PING_MING_LING.has(toks[r.mention.i].l) && !toks[r.mention.i].cap) return false;
  const k0 = tokenAt(toks, r.s);
  // (a lone adjective before a comma and another word opens a list of the noun's adjectives, no object: "since most
  // have proposed new, deep tax cuts", PolNeAR train, NYT 2016-01-20, was "proposed ⟦new⟧")
  if (loneListAdjective(toks, k0, r.e)) return false;
  let timeOnly = true;
  for (let k = k0; k < toks.length && toks[k].s < r.e && timeOnly; k++) if (!toks[k].punct && !TIME_ONLY.has(toks[k].l) && !allDigits(toks[k].t)) timeOnly = false;
  return !timeOnly;
}

/** The content from token k ending at e is one adjective (../people/lexicon.ts isAdjective) that a comma and a lower-case word follow. */
function loneListAdjective(toks: Tok[], k: number, e: number): boolean {
  const t = toks[k], comma = toks[k + 1], next = toks[k + 2];
  return !!t && !!next && t.e >= e && !t.cap && comma.t === ',' && !next.punct && !next.cap && isAdjective(t.l);
}

/**
 * A report whose cue and reporter lie inside another report's content is part of what that reporter said ("Trump
 * said the warning was indicative that the President did not know what he was talking about"): PolNeAR's annotators
 * attribute the outer content and leave the inner report to it (on train, 107 of 115 such inner reports beside a
 * matched outer one are in no gold attribution). An outer content that holds its own reporter ("…, according to two
 * senators present", "…, the vice president said, …") takes in the reports inside it too: "Senator Kelly Ayotte …
 * used a closed-door luncheon to complain that Mr. Trump's comments were obscuring the party's economic message and
 * urged Mr. Sessions to …, according to two senators present" is the senators' account (train: 27 such inner reports
 * matched no gold, 8 did); a relative clause's ("which I said was …") is too short to hold one.
 */
function nestedIn(text: string, kept: readonly Report[], longest: number, r: Report): boolean {
  // (kept is sorted by start, and a content that holds the cue starts at most `longest` before the cue's end: only
  // those are looked at, so a sentence with many reports — a text with no full stops — stays linear)
  const lo = countBefore(kept, x => x.s < r.cue.e - longest);
  for (let x = lo; x < kept.length && kept[x].s <= r.mention.s; x++) {
    const k = kept[x];
    // (an aside between dashes or parentheses is the writer's again: "… - has vowed to fight on", "(Obama has proposed …)")
    // (an outer content that holds its reporter holds the inner one's only when their reporters differ: "Trump continued
    // to question Cruz's temperament" is no account of Trump's around his own question)
    if (k !== r && k.rule !== 'relative' && k.mention.s !== r.mention.s && r.cue.e <= k.e && k.e - k.s > r.e - r.s && !ASIDE.test(text.slice(k.s, Math.min(r.mention.s, r.cue.s)))) return true;
  }
  return false;
}
/** The length of the longest content of `reports`, in characters (0 for none). */
function longestContent(reports: readonly Report[]): number {
  return reports.reduce((m, k) => Math.max(m, k.e - k.s), 0);
}
/** Two words or more before the inner cue inside the outer content (not "continued ⟦to question …⟧"). */
const WORDS_BEFORE_INNER_CUE = /\S+\s+\S+/;
/**
 * A comma, and an adverb, right before the inner cue: a participle of the reporter's own after the outer content ("Trump
 * raised questions about ⟦Obama’s birthplace and religion⟧, falsely suggesting that …"), however far that content runs.
 */
const AFTER_COMMA = /,\s*(?:\S+ly\s+)?$/;

/**
 * A report whose cue lies inside the content of another report of the same reporter, after that content's opening
 * words, and whose content ends inside it, is a verb of that content, read again with the reporter for its subject:
 * "Purcell said ⟦she made her decision based on numbers from the 2008 presidential primary and thought many people
 * would mail in ballots …⟧" (the one who thought is the content's "she"), "Manafort told friends ⟦that the candidate
 * knew all about his work … and thought the criticism he received for it was a “badge of honor.”⟧", "Sanders responds
 * ⟦that he doesn’t need Dodd-Frank’s guidelines to tell him the banks are too big⟧", "Stanton wrote ⟦a letter to
 * Attorney General Loretta E. Lynch asking the Justice Department to investigate …⟧". PolNeAR attributes the outer
 * content whole (train: 6 such inner reports in no gold, 1 gold; dev: 1 in no gold).
 */
function sameReporterInside(text: string, kept: readonly Report[], longest: number, r: Report): boolean {
  // (kept is sorted by start; the contents are final, after endBeforeSecondReport has ended each before its reporter's
  // next report: what is still inside is no next report)
  // (and a content that holds r's end starts at most `longest` before it: a long line with no full stop of one subject's
  // many light verbs, "officials spoke about how … took a shot at … had harsh words for …", read every earlier report
  // for each, test/bench/growth.mjs)
  const lo = countBefore(kept, x => x.s < Math.max(r.mention.e, r.e - longest));
  for (let x = lo; x < kept.length && kept[x].s < r.cue.s; x++) {
    const k = kept[x];
    if (k !== r && k.mention.s === r.mention.s && r.e <= k.e && WORDS_BEFORE_INNER_CUE.test(text.slice(k.s, r.cue.s)) && !ASIDE.test(text.slice(k.s, r.cue.s)) && !AFTER_COMMA.test(text.slice(k.s, r.cue.s))) return true;
  }
  return false;
}

/**
 * An aside of three words or more in parentheses that closes the content, with no quotation inside: the writer's
 * comment on the report, not the reporter's words ("as he mentioned raising the minimum wage (with far less intensity
 * than Mr. Sanders's passionate plea for $15 an hour)", "Trump never cited a source for his claim … (Obama has
 * proposed accepting 10,000 Syrians)", "But he's also said much over the years about the Senate's sacred obligation
 * to confirm a president's judicial picks (back when it was Republicans who were picking them)"). Train: 3 contents
 * set right, none lost; an abbreviation or a label ("(ACA)", "(R-Texas)", "(38%)") stays.
 */
const CLOSING_ASIDE = /\s+\((?:[^()\s"“”]+\s+){2,}[^()\s"“”]+\)$/;

/** The end of r's content before a closing aside in parentheses (CLOSING_ASIDE); r.e when there is none. */
function beforeClosingAside(text: string, r: Report): number {
  if (text.charCodeAt(r.e - 1) !== 0x29) return r.e;
  const m = CLOSING_ASIDE.exec(text.slice(r.s, r.e));
  // (the New York Times' quotation marks are two apostrophes: "(''Oh, I'm definitely voting for Eric'')" is a quote)
  return m && m.index > 0 && !m[0].includes("''") ? r.s + m.index : r.e;
}

/**
 * The sentence [s, e) is an editor's note of one sentence, a label the outlet puts under its stories, whose verbs
 * report nobody's words: HuffPost's note under its Trump stories ("Editor’s note: Donald Trump … is a serial liar,
 * rampant xenophobe, racist, misogynist and birther who has repeatedly pledged to ban all Muslims …"; PolNeAR train: 2
 * of its 17 copies annotated). A longer note is a correction, with reports of its own ("Editor's Note: An article on
 * Monday … On Wednesday, however, the director of the F.B.I., James B. Comey, said that …").
 */
function editorsLabel(text: string, s: number, e: number): boolean {
  const p = paragraphOf(text, s);
  return !text.slice(p.s, s).trim() && !text.slice(e, p.e).trim() && EDITORS_NOTE.test(text.slice(s, e));
}

/**
 * A cue reports one content: when a sentence's reports share a cue and one of them lies before it while another runs
 * on from it, the one before is dropped — "PORTLAND, Maine - On Friday morning, …, Libertarian presidential nominee
 * Gary Johnson told a joke", "He had no known political affiliations, the airline added, and had passed all
 * background security checks" (the whole is the airline's). PolNeAR train: 4 such contents before their cue, none gold.
 */
/** How far after its cue a content starts that follows it right away, in characters (a space). */
const RIGHT_AFTER = 1;

function dropFrontedOfSharedCue(kept: Report[]): void {
  if (kept.length < 2) return;
  const after = new Set<number>();
  for (let k = 0; k < kept.length; k++) {
    const r = kept[k];
    // (around the cue, or right after it: not a clause further on — "…, Premier Danica Smythe-Okoro announced Monday,
    // reviving a fight with Ottawa that many pension experts say …": without the bound test/fixtures/outlets
    // ca-globe-premier-desc.txt and ca-record-coaticook-er.txt each lose their fronted content; no PolNeAR train or dev
    // output moves)
    if ((r.s <= r.cue.s && r.e > r.cue.e) || (r.s >= r.cue.e && r.s - r.cue.e <= RIGHT_AFTER)) after.add(r.cue.s);
  }
  for (let k = kept.length - 1; k >= 0; k--) if (kept[k].e <= kept[k].cue.s && after.has(kept[k].cue.s)) kept.splice(k, 1);
}

/** Reported speech in the article whose tokens are `toks` and whose direct quotes are `quotes` (sorted). */
export function findReportedSpeech(text: string, toks: Tok[], quotes: readonly QuoteSpan[]): Report[] {
  const out: Report[] = [];
  const families = noFamilies();
  // the kept reports by the token where they start, in buckets of BUCKET tokens: two contents that are one start
  // less than a content's longest length apart (see MAX_CONTENT), so only the neighbouring buckets are compared;
  // and the kept namings by where their content starts, for freeRelativeObjectEnd (one look-up a report, not a scan
  // of kept). Both hold one sentence's reports: made once a call, emptied before a sentence when the last one
  // filled them (most sentences keep no report)
  const near = new Map<number, Report[]>();
  const namingsAt = new Map<number, Report[]>();
  for (const { a, b } of sentenceRanges(toks)) {
    if (b - a < 4 || !triggered(toks, a, b)) continue;
    familiesFor(toks, a, b, families);
    if (selectsNone(families) || editorsLabel(text, toks[a].s, toks[b - 1].e)) continue;
    const ctx: SentenceContext = { toks, text, a, b, quotes };
    const kept: Report[] = [];
    if (near.size > 0) near.clear();
    if (namingsAt.size > 0) namingsAt.clear();
    for (let n = 0; n < RULES.length; n++) {
      if (!selects(families, n)) continue;
      const found = RULES[n].find(ctx);
      for (let f = 0; f < found.length; f++) {
        const r = found[f];
        // a report made inside a subordinate clause ends where the main clause begins
        endOfSubordinate(ctx, r);
        r.e = findingContrastEnd(ctx, r);
        r.e = shareGapEnd(ctx, r);
        // a report inside someone's quotation marks is their speech, and a content that is only a quote is a direct quote
        r.s = startAroundQuote(text, quotes, r.s, r.e, r.cue.s);
        const end = endAroundQuotes(quotes, r.s, r.e);
        if (end === null || quoteAt(quotes, r.mention.s) || quotedAfter(quotes, r.cue.s, r.s)) continue;
        r.e = beforeClosingAside(text, { ...r, e: quotedSequelEnd(text, quotes, { ...r, e: end }, toks[a].s) });
        r.e = freeRelativeObjectEnd(namingsAt.get(r.s), r);
        if (!REPORTER_INSIDE.has(r.rule) && r.mention.s < r.e && r.mention.e > r.s) continue;
        // a source opens with a word that can open a noun phrase ("that joining international" is none)
        pastClauseThat(toks, r);
        if (noSource(toks, r) || personShows(text, toks, r) || contestReports(toks, r) || subjectRelative(ctx, r) || conjecturedHope(toks, r.cue.s)) continue;
        if (directOnly(text, quotes, r.s, r.e)) continue;
        if (!plausible(text, toks, r) || !readerSource(ctx, r) || questionSecondVerb(text, r.cue, r.s, r.e)) continue;
        const bucket = Math.floor(tokenAt(toks, r.s) / BUCKET);
        // (a verb in a series is no twin of the one before it: endBeforeSecondReport gives each its own content)
        const twin = sameNear(near, bucket, r, x => seriesPair(text, toks, x, r));
        if (twin && !holds(text, toks, r, twin)) continue;
        if (twin) {
          // (the outer report takes the inner one's place, in the kept list and in the buckets)
          kept[kept.indexOf(twin)] = r;
          const its = near.get(Math.floor(tokenAt(toks, twin.s) / BUCKET));
          its?.splice(its.indexOf(twin), 1);
          const namings = namingsAt.get(twin.s);
          const at = namings ? namings.indexOf(twin) : -1;
          if (at >= 0) namings?.splice(at, 1);
        } else kept.push(r);
        const list = near.get(bucket);
        if (list) list.push(r); else near.set(bucket, [r]);
        if (r.rule === 'naming') {
          const namings = namingsAt.get(r.s);
          if (namings) namings.push(r); else namingsAt.set(r.s, [r]);
        }
      }
    }
    dropFrontedOfSharedCue(kept);
    // (a content before its cue goes on in the quotation after the sentence, when that has no cue of its own)
    for (let k = 0; k < kept.length; k++) kept[k].e = continuedEnd(text, quotes, toks[b - 1].e, kept[k]);
    kept.sort((x, y) => x.s - y.s);
    // (a report in the sentence's opening phrase ends before the main clause's report of another reporter)
    endBeforeMainReport(text, kept, toks[a].s);
    const longest = longestContent(kept);
    // (a content ends before a concession that reports on its own, which then stands, no longer nested)
    endBeforeConcession(text, kept, longest);
    const reports = kept.filter(r => !nestedIn(text, kept, longest, r));
    // (a cue right after "and" at another report's content end is that reporter's second verb)
    shareReporterAfterAnd(text, reports);
    // (a content that runs into its reporter's next report ends before it)
    endBeforeSecondReport(text, toks, reports);
    const longestLeft = longestContent(reports);
    out.push(...reports.filter(r => !sameReporterInside(text, reports, longestLeft, r)));
  }
  // a transcript's turn is its speaker's, whole: the reports inside it are left to that attribution
  return outsideTurns(text, toks, out);
}
