/**
 * Rule family 1 — a cue and its `that`-clause (or, after "ask", "wonder", "explain", a wh-clause):
 * "Lavrov said that Assad would not step down", "Sanders's top advisers said Sunday that the campaign would not
 * accept …", "Polling of union voters shows that Mrs. Clinton remains broadly popular", "Sanders had previously
 * said, “We’ll see,” when asked whether he would fundraise" (a passive "asked" has no reporter: not taken); a channel's
 * plural noun and a body's initials in brackets in the phrase before "that": "The director …, Eng. Ahmad Sobhi
 * al-Ibrahim, said in statements to the official Syrian Arab News Agency (SANA) that the cuts were caused by a shortage of
 * gas supplies" (probes-jj). A prepositional phrase with its own "is|was" between is none ("What gives establishment
 * candidates reason for optimism is that the contests … will award delegates on a proportional basis": the "that" is
 * the copula's).
 */
import { cueSpan } from '../quotes/attribution';
import { BE_FORMS, BELIEF_VERB, CUE, CUES, DETERMINERS, PERSUASION_VERBS, PREPOSITIONS, SAY_FORMS, SENTENCE_ADVERBS, WEAK_CUES } from '../quotes/lexicon';
import { looksAdverb } from '../text/adverbs';
import { PARTS_OF_DAY, TIME_UNITS } from '../text/calendar';
import { endsInS } from '../text/endings';
import { BRACKETED_INITIALS, initialsInBrackets, type Tok } from '../quotes/tokens';
import { inClass } from '../text/wordClasses';
import { contentEnd, contentSpan, words } from './clause';
import { hearerEnd } from './hearer';
import { articleTime, channelNoun, finite } from './bareClause';
import { AUXILIARIES, IS_ARE_WAS_WERE, OCCASION_NOUNS, PHRASE_PREPOSITION, TIME_WORDS, WH_VERBS, WH_WORDS } from './lexicon';
import { type Report, reportOf, type SentenceContext } from './report';
import { clauseReporter, verbAt } from './speaker';
import { hasVerb } from './sayClause';
import { relativeThat, timeGapThat, wideGapCue, wideGapThat } from './wideGap';
import { impersonalIt } from './sourceless';
import { wordSet } from '../people/lexicon';


/** How far a prepositional or time phrase may separate the cue from "that" ("said in a statement Tuesday that"). */
const MAX_GAP = 8;

/** Words that open the occasion after or before which something was said ("said after his win that"; not "despite all that, …"). */
const OCCASION_OPENER = wordSet('after|before|following');

/** The token of the complementizer after the cue at c, past a hearer and a short phrase; -1 when there is none. */
function complementizer(ctx: SentenceContext, c: number, wh: boolean): number {
  const { toks, b } = ctx;
  let k = c + 1;
  k = hearerEnd(toks, c, k, b);
  const isComp = (t: typeof toks[number]) => t.l === 'that' || (wh && WH_WORDS.has(t.l));
  if (k < b && isComp(toks[k])) return k;
  // ("It said the day earlier that …": a phrase of time with an article)
  const dated = articleTime(toks, k, b);
  if (dated > k && dated < b && toks[dated].l === 'that') return dated;
  // a phrase of time or place between: it must open with a preposition or a word of time
  // (only after a verb that always means speech or belief: not "pointed to the poll that shows")
  // (and never after a verb of belief: "hinted at a possible solution that would …" is a relative clause)
  // (or of place and manner: "said outside the hearing room that …", "said over the phone that …", a Canadian
  // Press-style probe, where a subject in apposition left no other rule to read it)
  // (or of the occasion after or before which it was said: "Lindqvist-Boyd, a three-time champion, said after his win
  // that he had not expected …", a TSN-style probe, and "Tenants said after the meeting that they had agreed …", a
  // Nunatsiaq News-style probe, where the inner "agreed to" was the MLA's; PolNeAR train's "said after a lunch on
  // Tuesday that" was read already, by the day, and "told The Huffington Post before he spoke before the committee
  // that he believed …" now reads the outer report, the gold matched as before)
  if (k >= b || !(PREPOSITIONS.has(toks[k].l) || PHRASE_PREPOSITION.has(toks[k].l) || TIME_WORDS.has(toks[k].l) || OCCASION_OPENER.has(toks[k].l)) || WEAK_CUES.has(toks[c].l) || !CUES.has(toks[c].l)) return -1;
  // (a channel's noun restarts the reach: "said in a written submission to the committee last year that …", a National
  // Post-style probe, test/fixtures/outlets ca-np-arctic-drone-delay.txt)
  const channel = channelNoun(toks, k, b, true);
  // (a body's initials in brackets after its name are no mark that ends the phrase, nor words of its reach: "said in
  // statements to the official Syrian Arab News Agency (SANA) that the cuts were caused by …", an Enab Baladi-style
  // probe, test/fixtures/outlets sy-enabbaladi-aleppo-ampere-generators.txt, probes-jj)
  let reach = Math.max(k, channel) + MAX_GAP;
  for (let g = k + 1; g < b && g <= reach; g++) {
    const t = toks[g];
    if (initialsInBrackets(toks, g) && toks[g - 1].cap) { g += BRACKETED_INITIALS - 1; reach += BRACKETED_INITIALS; continue; }
    if (t.punct && t.t !== ',') return -1;
    // ("What gives establishment candidates reason for optimism is that the contests … will award delegates on a
    // proportional basis", PolNeAR train, Washington Post 2016-01-31: a tense of "be" right after the noun of a
    // prepositional phrase makes the "that" the complement of that verb, and the cue's word a noun; not after a comma,
    // "told me on Friday, is that …", nor in a phrase that opens with no preposition)
    // (a tense of "be": no prepositional phrase between a cue and its "that" holds one)
    if (IS_ARE_WAS_WERE.has(t.l) && PREPOSITIONS.has(toks[k].l) && !toks[g - 1].punct) return -1;
    // ("hinted at a possible solution that would persuade …": a "that" followed by its verb is a relative pronoun)
    // (nor a pronoun that a comma follows after an occasion's opener: "said after all that, he …")
    if (t.l === 'that') return g + 1 < b && (AUXILIARIES.has(toks[g + 1].l) || finite(toks[g + 1]) || relativeThat(toks, g) || (OCCASION_OPENER.has(toks[k].l) && toks[g + 1].t === ',')) ? -1 : g;
    // (a cue's noun after a determiner is part of a prepositional phrase: "said in her opening remarks that", "wrote in
    // a note to clients that")
    // (nor a cue's word that modifies the channel after it: "said on state television on Wednesday evening that the army
    // was …", an AFP-style probe, test/fixtures/outlets fr-afp-mali-fuel-blockade.txt, where "state" read as the verb)
    if (CUES.has(t.l) && !t.cap && !(PREPOSITIONS.has(toks[k].l) && nounAfterDeterminer(toks, g)) && !OCCASION_NOUNS.has(toks[g + 1]?.l ?? '')) return -1;
  }
  return -1;
}


/** The word at g follows a determiner (a possessive too), with at most one modifier between: a noun ("a note", "her opening remarks"). */
function nounAfterDeterminer(toks: Tok[], g: number): boolean {
  const owner = (t: Tok | undefined) => !!t && DETERMINERS.has(t.l);
  return owner(toks[g - 1]) || (owner(toks[g - 2]) && !toks[g - 1].punct && !CUES.has(toks[g - 1].l));
}

/** How many words may stand between a tense of "be" and its participle ("is still persuaded", "are now more convinced"). */
const BE_GAP = 2;
/** The word at c follows a tense of "be", past at most BE_GAP small words (no mark, no name between). */
function afterBe(toks: Tok[], c: number): boolean {
  for (let j = c - 1; j >= 0 && j >= c - 1 - BE_GAP; j--) {
    if (BE_FORMS.has(toks[j].l)) return true;
    if (toks[j].punct || toks[j].cap) return false;
  }
  return false;
}

/** Prepositions after which "that" is a pronoun when no verb follows ("that in a news conference", "that given the crop …"). */
const AFTER_PRONOUN_THAT = wordSet('in|on|at|during|before|after|given|with|for|since|until|over|from');

/** The "that" at k is a pronoun followed by a phrase, with no verb or clause after a comma in the content that ends at `end`. */
function demonstrativePronoun(toks: Tok[], k: number, end: number): boolean {
  if (!AFTER_PRONOUN_THAT.has(toks[k + 1]?.l ?? '')) return false;
  for (let j = k + 1; j < end; j++) {
    const t = toks[j];
    // (a comma after the phrase opens the clause: 'Bush thought for a moment and said that in the current political
    // climate, "I think it's kind of an advantage …"', PolNeAR train, Washington Post 2016-07-06)
    if (t.t === ',' && j + 1 < end) return false;
    if (!t.punct && (/['’](?:s|re|ll|d|ve|m)$/.test(t.t) || (!t.cap && (finite(t) || AUXILIARIES.has(t.l))))) return false;
  }
  return !hasVerb(toks, k, end);
}

/** The most words of a platform's name after "on" ("on X", "on Facebook", "on Truth Social", "on social media"). */
const PLATFORM_WORDS = 2;
/** A possessive before a platform ("on his Facebook page"). */
const PLATFORM_OWNER = wordSet('his|her|their|its');
/** Common words that name a channel of posting, beside capitalised platforms ("on social media", "on his Facebook page"). */
const CHANNEL_WORDS = wordSet('social|media|page|account|feed|blog|website');

/** Whether a token is a word of a platform's name: capitalised (not a day) or a channel word. */
const platformWord = (t: Tok): boolean => !t.punct && !TIME_WORDS.has(t.l) && (t.cap || CHANNEL_WORDS.has(t.l));

/**
 * "Jennifer Keesmaat-Lindo posted on X that the province needed to close a loophole", "posted on his Facebook page
 * that refugees should “burn alive”" (train), "later posted on social media that Westlake's answers had been …": a
 * weak cue ("posted") and a platform after "on" before its "that". The "that" token, or null when the words after the
 * cue are not so.
 */
function platformThat(toks: Tok[], c: number, b: number): number | null {
  if (toks[c + 1]?.l !== 'on') return null;
  let k = c + 2;
  if (PLATFORM_OWNER.has(toks[k]?.l ?? '')) k++;
  const first = k;
  // (a possessive's platform may end with its noun: "his Facebook page")
  const most = first + PLATFORM_WORDS + (first > c + 2 ? 1 : 0);
  while (k < b && k < most && platformWord(toks[k])) k++;
  if (k === first) return null;
  return toks[k]?.l === 'that' && k + 1 < b && !AUXILIARIES.has(toks[k + 1].l) && !finite(toks[k + 1]) ? k : null;
}

/**
 * The token after a time that "that" before j determines ("that night", "that same day"), or -1 when no such time
 * stands at j. A verb right after the time makes it the subject of the clause ("said that day was the worst"): -1 too.
 */
function demonstrativeTime(toks: Tok[], j: number, b: number): number {
  if (toks[j]?.l === 'same') j++;
  const t = toks[j];
  if (!t || j >= b || !(PARTS_OF_DAY.has(t.l) || (TIME_UNITS.has(t.l) && !endsInS(t.l)))) return -1;
  const next = toks[j + 1];
  return next && !next.punct && (AUXILIARIES.has(next.l) || finite(next)) ? -1 : j + 1;
}

/** A clause opens at t: a word, not a mark or a preposition ("that same day, as mentioned above" opens none). */
const opensClause = (t: Tok | undefined): boolean => !!t && !t.punct && !PREPOSITIONS.has(t.l);

/** Plural nouns that are also forms of a cue ("states", "reports"). */
const PLURAL_NOUN = wordSet('states|reports|claims|promises|pledges|vows|threats|notes|remarks|comments|estimates|demands');

/**
 * The cue at c is a passive participle after a tense of "be", past an adverb or two: "Thiel’s support for Trump was
 * first noted when he was on a list of California GOP delegates" (PolNeAR train) — a "when" after it is a time, no
 * question's content.
 */
function passiveAt(toks: Tok[], c: number, a: number): boolean {
  let k = c - 1;
  while (k > a && k >= c - 2 && (looksAdverb(toks[k].l) || SENTENCE_ADVERBS.has(toks[k].l))) k--;
  return k >= a && BE_FORMS.has(toks[k].l) && /ed$/.test(toks[c].l);
}

/** Words after "that way" that make "way" an adverb of degree or direction, the "that" a complementizer ("that way too many …"). */
const WAY_AS_ADVERB = wordSet('too|more|less|better|worse|ahead|behind|beyond|above|below|off|out|up|down|over|back');

const WHEN_WHERE = wordSet('when|where');
export function thatClauses(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 2; c++) {
    const t = toks[c];
    if (t.cap || t.punct) continue;
    const speech = inClass(t, CUE), persuasion = PERSUASION_VERBS.has(t.l);
    if (!speech && !persuasion && !inClass(t, BELIEF_VERB)) continue;
    if (!verbAt(toks, c, speech) || impersonalIt(toks, a, c) >= 0) continue;
    // (a verb of persuasion after a tense of "be" is its passive or adjective, whose "that" is a relative pronoun: "is
    // still persuaded of the long-established benefits that global trade confers", PolNeAR train, NYT 2016-04-27)
    if (persuasion && afterBe(toks, c)) continue;
    // (else a "that" further on, past an aside: wideGap.ts)
    let k = complementizer(ctx, c, WH_VERBS.has(t.l));
    if (k < 0 && wideGapCue(t)) k = wideGapThat(toks, c, b);
    // (a verb of persuasion reports only past its hearer: "has persuaded wealthy donors, Republican Party elders and his
    // colleagues in Congress that he represents their best chance …", PolNeAR train, NYT 2016-02-25)
    if (persuasion && k <= c + 1) continue;
    // (a cue with other common senses, "reported", only past a phrase of time: not "moves to Western states this week that …")
    else if (k < 0 && WEAK_CUES.has(t.l) && !PLURAL_NOUN.has(t.l)) k = platformThat(toks, c, b) ?? timeGapThat(toks, c, b);
    if (k < 0) continue;
    // ("Rust Belt states that have suffered intensely": a plural noun and its relative clause, whose verb follows "that")
    if (PLURAL_NOUN.has(t.l) && toks[k].l === 'that' && k + 1 < b && (AUXILIARIES.has(toks[k + 1].l) || finite(toks[k + 1]))) continue;
    // ("campaigning in Massachusetts and Vermont, states that vote on March 1": a plural noun set off by a comma after a
    // name is its apposition — a verb there would have its subject before the comma with nothing between)
    if (PLURAL_NOUN.has(t.l) && c - 2 >= a && toks[c - 1].t === ',' && toks[c - 2].cap && !toks[c - 2].poss) continue;
    // ("thought that, for $35,000, they might …": the comma after "that" is no content)
    let from = toks[k].l === 'that' ? k + 1 : k;
    if (toks[from]?.t === ',') from++;
    // ("CNN reported that night Ex-CIA chief Petraeus testifies …", "the lawsuit Lynch announced that same day, as …":
    // "that" before a time is its determiner — the clause, if any, opens after the time, the "that" is no complementizer)
    let start = k;
    const timed = toks[k].l === 'that' ? demonstrativeTime(toks, k + 1, b) : -1;
    if (timed > 0) {
      if (!opensClause(toks[timed])) continue;
      start = from = timed;
    }
    const end = contentEnd(ctx, from);
    // ("Cook did not say when.": a wh-word alone is a question's content too; but "said when Boyle asked him a
    // question" is a time, not a question)
    const alone = end === k + 1 && WH_WORDS.has(toks[k].l);
    if (words(toks, from, end) < (alone ? 1 : 2) || (!alone && (SAY_FORMS.has(t.l) || passiveAt(toks, c, a)) && WHEN_WHERE.has(toks[k].l))) continue;
    // ("the city of Nice urged people to seek shelter that way, and …", "Sanders may now feel that way himself": "that"
    // before "way" is its determiner — but "said that way too many …" opens a clause)
    if (toks[k].l === 'that' && toks[k + 1]?.l === 'way' && !WAY_AS_ADVERB.has(toks[k + 2]?.l ?? '')) continue;
    // ("Brown hinted at that in a news conference Monday", "she doesn't mention that on the campaign trail",
    // "Investigations have revealed that before the attacks, …": "that" and a phrase with no verb is a pronoun, no clause)
    if (toks[k].l === 'that' && demonstrativePronoun(toks, k, end)) continue;
    // (the content keeps its "that", as PolNeAR's annotators mark it: 2,312 of 2,341 train contents after a "that")
    const reporter = clauseReporter(ctx, c, k, end);
    const span = reporter ? contentSpan(ctx, start, reporter.end) : null;
    if (!span || !reporter) continue;
    const { mention } = reporter;
    out.push(reportOf(span, cueSpan(toks, c, k), mention, 'that-clause'));
  }
  return out;
}
