/**
 * Quotes and speakers of one article: quoted strings (marks.ts), their attribution (attribution.ts) and the
 * resolution of every mention to a canonical name (names.ts): pronouns to the person last speaking or named,
 * descriptions ("the envoy") to the person the article described so, short names to the fullest form.
 * A quote with no cue of its own that stands inside reported speech is the reported speaker's ("Trump said he’d
 * asked his “people” to …"); else it inherits from the quote it continues (the same multi-paragraph quote, a quote
 * of the same sentence, the previous quote of the paragraph, or the previous paragraph's speaker when a paragraph
 * is all quote). Quoted strings with no speaker in reach keep `speaker: null`.
 */
import { headline, trackPeople, type Reading } from '../people/track';
import { isDocumentNoun } from '../people/documents';
import type { AttributionRule, Quote, Span, Speaker } from '../types';
import { accordingToSource, APPOSED_TERM_MAX_WORDS, attribute, colonLeadIn, echoedQuote, namedAfter, namedInLede, personAfterTitleQuote, subjectOfProfileTitle, labelOpeningQuote, modifierOnly, participlePhraseSubject, peopleNounAfterName, pollSource, relativeClauseSpeaker, reportedBy, sentenceSubjectOf, signatureLine, transcriptLeadIn, type Attribution, type Mention } from './attribution';
import { isBoilerplateLine } from './boilerplate';
import { CUES, DETERMINERS, RELATIVES, SENTENCE_STOPS as STOPS, WEAK_CUES, WORK_KINDS } from './lexicon';
import { quoteSpansOf, type QuoteSpan } from './marks';
import { midSentenceCaps, NameTable, nameWithin } from './names';
import { nextSentenceEnd, paragraphOf } from './sentences';
import { namedThing, sourceClosesSentence } from './titles';
import { isLetterOrDigitUnit, tokenAt, tokenize, type Tok } from './tokens';
import { anonymityTerms, findReportedSpeech, type Report } from '../reported';
import { findUnsourced } from '../reported/sourceless';
import { contentsAroundQuotes, type QuotedFragment } from '../reported/aroundQuote';
import { phraseHead } from '../reported/speaker';
import { countBefore } from '../text/sortedSearch';
import { DASH_CHAR, DASH_CHARS } from '../text/dashes';
import { endsOnComma, isSpaceAt } from '../text/wordShape';

/**
 * What stands before a title: "CNN’s", "the film", "star of", "titled", "on Fox News’ …", a word of saying or appearing
 * and "on" ("Mrs. Clinton said on ''The Late Show With Stephen Colbert''", "he said on “Meet the Press.”", "offered
 * analysis on ''Monday Night Baseball,''", PolNeAR train: NYT 2016-05-18, HuffPost 2015-11-08, NYT 2016-04-21; not "a
 * video of Trump on "Meet the Press"", which PolNeAR's annotators paired with its speaker); and a show a guest is
 * told or interviewed by, or a network's "channel" ('Fiorina told "Fox and Friends,"', 'In an interview with "Fox and
 * Friends," Donald Trump pointed to …', "Mr. Trump told the MSNBC hosts of ''Morning Joe,''", 'Sunday on Fox News
 * channel’s “Sunday Morning Futures,” Rep. Darrell Issa said …', PolNeAR train: Politico 2015-12-28, 2016-01-05,
 * 2016-06-13, NYT 2016-02-22, Breitbart 2016-01-31); a work named by what is done with it or by the word for it ("In his
 * autobiography, ''A Time for Truth,''", "star of cult classic “Thelma and Louise,”", "the network canceled ''Minority
 * Report,''", "ABC is axing its revival of ''The Muppets,''", "bought the rights to ''Equity,''", "One of his recent
 * reads, ''This Kind of War,''", "who proceeded to perform "Bridge Over Troubled Water."", "after she took the stage to
 * ''Eye of the Tiger.''", "added Latin hits including "La Gozadera"", PolNeAR train: NYT 2015-12-18, 2016-05-17,
 * 2016-02-01, 2016-05-09, 2016-04-28, Breitbart 2016-03-29, Politico 2016-07-25, Washington Post 2016-06-05; not
 * "published", which a writer's book takes with its author's name: "after Mr. Singer published ''Character Studies,''").
 * After it, a word of the trade: "another ''Today'' anchor", "production offices for “The Apprentice” TV show" (NYT
 * 2016-05-18, HuffPost 2016-08-23).
 */
const TITLE_LEAD = new RegExp(`(?:\\p{Lu}[\\p{L}.&-]*['’]s?|\\b(?:${[
  // the kind of work, and the words that name it
  WORK_KINDS,
  'sitcom|drama|comedy|broadcast|podcast|magazine|newspaper',
  'titled|entitled|dubbed|called|named',
  // its people, and the show a guest is told or interviewed by
  'star of|hosts? of|hosts?|anchor of|author of|starred in|appearance on',
  "(?:channel|network)['’]s|told|interview(?:ed)? with",
  // a work named by the word for it or by what is done with it
  'autobiography|biography|classic|revival of|rights to|roles? in|canceled|cancelled|renewed|stream|reads|perform',
  'signed on for|missing from|stage to|hits including',
  // a word of saying or appearing and "on"
  '(?:said|says|told|spoke|speaking|appeared|appearing|appearance|analysis|aired|interview|interviewed)(?:\\s+\\p{L}+)?\\s+on',
].join('|')})),?\\s*$`, 'u');

/** How far (in characters) before and after a quote its sentence is looked for. */
const SENTENCE_REACH_CHARS = 600;
/** A quote's own sentence has at least this many tokens before it for its subject to speak it before inheritance. */
const SUBJECT_BEFORE_QUOTE_MIN_TOKENS = 3;
/** A quote this close (in characters, no sentence end between) before the next one shares its speaker. */
const NEXT_QUOTE_GAP_CHARS = 16;
/** A dash right before an attribution's mention opens an aside ("the sign — which read “…” —"). */
const ASIDE_DASH_BEFORE = new RegExp(`[${DASH_CHARS}]\\s*$`);
/** How far before the mention that dash is looked for (the dash and its spaces). */
const ASIDE_DASH_LOOKBACK_CHARS = 3;
/** How many later quotes of a sentence are looked at for the one whose cue closes it. */
const CLOSING_CUE_QUOTES_AHEAD = 4;
/** A quote of at least this many words inherits the speaker of the paragraph's previous quote. */
const INHERIT_IN_PARAGRAPH_MIN_WORDS = 3;
/** A quote opening its paragraph, of at least this many words, continues the previous paragraph's speaker. */
const INHERIT_PARAGRAPH_MIN_WORDS = 4;
/** A short paragraph of quote has at least this many words to go on with the previous quote's speaker. */
const SHORT_SPEECH_MIN_WORDS = 2;
/** Paragraphs at most this far apart (characters between them) are adjacent. */
const ADJACENT_PARAGRAPH_GAP_CHARS = 4;
/** …or the previous quote ends at most this far (characters) before the paragraph. */
const PREVIOUS_QUOTE_REACH_CHARS = 400;
/** The last speaker carries over to a paragraph of speech at most this far (characters) after their quote. */
const LAST_SPEAKER_REACH_CHARS = 600;
/** A title in quotation marks ("New Day") has at most this many words. */
const TITLE_MAX_WORDS = 6;
/** How much text before and after a quoted title is read for what names it ("CNN’s", ", star of"). */
const TITLE_LEAD_CHARS = 60;
const TITLE_TAIL_CHARS = 24;
/**
 * What follows a title to name its kind or its people ("“Trainwreck” star", "another ''Today'' anchor", "production
 * offices for “The Apprentice” TV show"), after a comma or none.
 */
const TITLE_TAIL = /^,?\s*(?:star|stars|actor|actress|host|anchor|creator|episode|show|series|syllabus|segment|movement|TV)\b/;
/** A word of a quoted title of four letters or more, apostrophes and hyphens counted ("Trainwreck", "Friends"). */
const TITLE_LONGER_WORD = /^[\p{L}'’-]{4,}$/u;
/** A word that opens with a capital. */
const CAPITALISED_WORD = /^\p{Lu}/u;
/** A comma (inside or after the closing mark) and a name or pronoun with its verb, then more words: a main clause. */
const MAIN_CLAUSE_AFTER_QUOTE = /^[^\s]*,["”’']*\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*(?:\p{Lu}[\p{L}'’-]+|he|she|they)\s+\p{Ll}+(?:\s|$)/u;
/** A short lead-in opening a paragraph with a time word and ending on a colon ("Then, later that month on CNN:"). */
const TIME_LEAD_IN = /^(?:And\s+|But\s+)?(?:Then|Later|Earlier|Afterward|Afterwards|Still later|Days later|Weeks later|Months later|Years later|The next day|The following day|Last year|In \d{4})\b[^.!?:"“”]{0,50}:\s*$/;
/** A quote of at most this many words is a partial quote (a fragment inside reported speech). */
const PARTIAL_MAX_WORDS = 6;

interface Resolved {
  name: string;
  mention: Mention;
  cue: Attribution['cue'];
  inherited?: boolean;
  rule: AttributionRule;
  reading: Reading;
}

/**
 * `r` carried over to another quote, under `rule`, written out as attributed's inherited literal: `{ ...r, inherited:
 * true, rule }` gave each copy of a reading not yet inherited a hidden class of its own in V8 (see
 * ../reported/report.ts reportOf).
 */
function carriedOver(r: Resolved, rule: AttributionRule): Resolved {
  return { name: r.name, mention: r.mention, cue: r.cue, inherited: true, rule, reading: r.reading };
}

function sentenceBounds(text: string, q: QuoteSpan, prevEnd: number, nextStart: number): { sentStart: number; sentEnd: number; sentOpen: number } {
  const para = paragraphOf(text, q.start);
  const lo = Math.max(para.s, q.start - SENTENCE_REACH_CHARS);
  let sentOpen = lo;
  let m: RegExpExecArray | null;
  for (let from = lo; (m = nextSentenceEnd(text, from, q.start)); from = m.index + m[0].length) sentOpen = m.index + m[0].length;
  const sentStart = Math.max(sentOpen, prevEnd);
  // a quote that ends its own sentence ('…position."') is followed by the attribution only up to the next period
  return { sentStart, sentEnd: sentenceEndAfter(text, q, nextStart, para.e), sentOpen };
}

/**
 * Where the sentence holding quote q ends: its first sentence end after q, within its paragraph (ending at `paraEnd`),
 * the reach, and `limit` (the next quote's start, or past any later quote in it by default).
 */
function sentenceEndAfter(text: string, q: QuoteSpan, limit = text.length, paraEnd = paragraphOf(text, q.start).e): number {
  const hi = Math.min(paraEnd, limit, q.end + SENTENCE_REACH_CHARS);
  const m = nextSentenceEnd(text, q.end, hi);
  return m ? m.index + 1 : hi;
}

/** A gloss in brackets right after a quote, on its line: a translation ('"Nasaan ang pera?" (Where is the money?)'). */
const GLOSS_AFTER_QUOTE = /^[ \t]*\([^()\n]+\)/;
/** The most characters such a gloss and the space before it take. */
const GLOSS_MAX_CHARS = 100;

/** After a quote: its subject, capitalised, and the comma opening an apposition, no sentence end nor quote between. */
const SUBJECT_AND_APPOSITION = /^[,"”’']*\s+\p{Lu}[^.!?"“”]*,\s[^.!?"“”]*$/u;
/** A quote that ends on a comma inside or after its closing mark. */
const CLASSIC_END = /,["”’']*$/;
/** After the term: the rest of the apposition, its closing comma and a lower-case word (the cue). */
const APPOSITION_CLOSE = /^[^.!?"“”]{0,60},\s+\p{Ll}/u;

/**
 * The quote `next` is a short term inside the apposition to the subject right after quote q: '“…,” Texas delegate Bill
 * Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said …' (PolNeAR train).
 */
function termInSubjectApposition(text: string, q: QuoteSpan, next: QuoteSpan): boolean {
  // (after a quote that ends the classic way, on a comma: '“…,” Texas delegate …')
  if (!CLASSIC_END.test(text.slice(q.start, q.end)) || text.slice(next.innerStart, next.innerEnd).trim().split(/\s+/).length > APPOSED_TERM_MAX_WORDS) return false;
  return SUBJECT_AND_APPOSITION.test(text.slice(q.end, next.start)) && APPOSITION_CLOSE.test(text.slice(next.end, next.end + 80));
}

/** How many quotes before a mention are looked at for one holding it (a bound for text of quotes inside one long quote). */
const MAX_HOLDING_QUOTES = 64;

/** reach[k]: the furthest end of the words of spans[0..k] (spans are in text order), so a walk back stops once no earlier quote reaches a mention. */
function quoteReach(spans: readonly QuoteSpan[]): number[] {
  const reach: number[] = [];
  for (let k = 0; k < spans.length; k++) reach.push(Math.max(k > 0 ? reach[k - 1] : -1, spans[k].innerEnd));
  return reach;
}

/**
 * The mention stands inside the words of a quote other than `q` that does not hold `q` (a quote's own words name no
 * speaker of another). Only quotes that start before the mention and reach past it can hold it: found by binary search
 * and a walk back bounded by `reach` (quoteReach), so a document of many quotes stays linear.
 */
function insideOtherQuote(spans: readonly QuoteSpan[], reach: readonly number[], q: QuoteSpan, m: Mention): boolean {
  const lo = countBefore(spans, (o) => o.start <= m.s);
  for (let k = lo - 1; k >= 0 && k >= lo - MAX_HOLDING_QUOTES && reach[k] >= m.e; k--) {
    const o = spans[k];
    if (o !== q && o.innerStart <= m.s && m.e <= o.innerEnd && !(o.start <= q.start && q.end <= o.end)) return true;
  }
  return false;
}

/** The line holding `pos` is page furniture (./boilerplate.ts). */
function inFurniture(text: string, pos: number): boolean {
  const line = paragraphOf(text, pos);
  return isBoilerplateLine(text, line.s, line.e);
}

/** The last reported speech that ends at or before `pos`, if any. */
function lastReportBefore(reports: readonly Report[], pos: number): Report | null {
  const lo = countBefore(reports, (r) => r.e <= pos);
  return lo > 0 ? reports[lo - 1] : null;
}

/** How many reports starting before a position are tried for the one holding it. */
const MAX_HOLDING_REPORTS = 4;

/**
 * The latest of the last few reported speeches starting at or before `pos` that `holds` accepts, if any: found by binary
 * search and a walk back of at most MAX_HOLDING_REPORTS, so a document of many reports stays linear.
 */
function reportHolding(reports: readonly Report[], pos: number, holds: (r: Report) => boolean): Report | null {
  const lo = countBefore(reports, (r) => r.s <= pos);
  for (let k = lo - 1; k >= 0 && k >= lo - MAX_HOLDING_REPORTS; k--) if (holds(reports[k])) return reports[k];
  return null;
}

/** The reported speech whose content holds the whole quote q (a fragment quoted inside a paraphrase), if any. */
function reportAround(reports: readonly Report[], q: QuoteSpan): Report | null {
  return reportHolding(reports, q.start, (r) => r.e >= q.end);
}

/** How far before a subject its opening phrase is looked for (phraseHead takes a few words before a link). */
const PHRASE_REACH_TOKENS = 16;
/** The rules whose mention is the subject of their cue, a verb after it. */
const SUBJECT_RULES: ReadonlySet<AttributionRule> = new Set(['cue before the quote', 'cue after the quote', 'cue later in the sentence', 'participle']);

/**
 * The whole noun phrase opening the subject when the mention a rule found is only the object of its preposition, as
 * reported speech reads it (../reported/speaker.ts phraseHead): "One Club for Growth ad, which is currently airing,
 * argues that “…”" (PolNeAR train, Breitbart 2016-04-24: not "Growth ad"), '“…,” the pitch on Kickstarter says' (NYT
 * 2016-07-05: not Kickstarter), "A Department of Health and Social Care spokesperson said: '…'" (test/fixtures/outlets
 * uk-guardian-strike-talks.txt). The attribution itself otherwise.
 */
function subjectPhrase(toks: Tok[], text: string, spans: readonly QuoteSpan[], q: QuoteSpan, sentOpen: number, att: Attribution): Attribution {
  const m = att.mention;
  if (!SUBJECT_RULES.has(att.rule) || m.kind === 'pronoun' || m.e > att.cue.s) return att;
  // (the phrase opens the sentence, or the clause after the quote when the subject follows it; in a long sentence, the
  // clause after a comma close before it, as phraseHead would take it: a bounded window, never a walk to a far start)
  let a = tokenAt(toks, m.s >= q.end ? q.end : sentOpen);
  if (m.i - a > PHRASE_REACH_TOKENS) {
    let k = m.i - 1;
    while (k > m.i - PHRASE_REACH_TOKENS && toks[k].t !== ',') k--;
    if (toks[k].t !== ',') return att;
    a = k + 1;
  }
  const head = phraseHead({ toks, text, a, b: tokenAt(toks, att.cue.s), quotes: spans }, m);
  return head === m ? att : { ...att, mention: head };
}

/** Prepositions of a relative "which" that leads into a piece's contents ("in which", "during which"). */
const IN_WHICH: ReadonlySet<string> = new Set(['in', 'during']);

/**
 * A cue before the quote whose subject opens the "that" clause of another speaker's reported speech: the quote is part of
 * what that speaker said, and theirs (PolNeAR train: "… the source recalled, adding that Grayson said of his fiancée:
 * “I’m going to marry her.”" → the source; "The next series of emails shows that Reines asked the “reporter” to join
 * him" → the emails; "He also laid out his plan …, stating that the United States should formally declare war on …
 * a "caliphate"" → He). Not a clause of its own after the report ("She said that experts had determined …, to which
 * O'Malley interjected: "It's just not true."": O'Malley's).
 */
function outerSpeaker(toks: Tok[], reports: readonly Report[], q: QuoteSpan, att: Attribution): Attribution {
  const m = att.mention;
  if (att.rule !== 'cue before the quote' || att.cue.e > q.start) return att;
  // ("that Reines asked", "that the United States should")
  const before = toks[m.i - 1]?.l !== 'that' && DETERMINERS.has(toks[m.i - 1]?.l ?? '') ? m.i - 2 : m.i - 1;
  if (toks[before]?.l !== 'that') return att;
  // (the report whose content holds the mention and reaches the quote)
  const r = reportHolding(reports, m.s, (o) => o.e >= q.start && o.mention.e <= o.s && o.cue.e <= toks[before].s);
  return r ? { mention: r.mention, cue: r.cue, rule: 'inside reported speech' } : att;
}

/**
 * A name speaking in an "in which" clause after what the sentence's subject published or obtained (an interview, a
 * video): the quote is the subject's, who brings it (PolNeAR train: "Cruz's campaign also went on the offensive,
 * tweeting and emailing a video of Trump on "Meet the Press" from 1999, in which Trump called himself "very
 * pro-choice"" → Cruz's campaign; "An Israeli newspaper owned by Adelson also this week published an interview with
 * Trump …, in which Trump declared that his success was "tremendous news for Israel."" → the newspaper). Not a
 * pronoun, the owner speaking in their own piece ("a new TV ad in the state aimed at evangelicals, in which he
 * declares, ''…''": his).
 */
function publisherOfWhatWasSaid(toks: Tok[], text: string, sentOpen: number, att: Attribution): Attribution {
  const m = att.mention;
  if (att.rule !== 'cue before the quote' || m.kind !== 'name' || toks[m.i - 1]?.l !== 'which' || !IN_WHICH.has(toks[m.i - 2]?.l ?? '')) return att;
  const outer = sentenceSubjectOf(toks, text, sentOpen, toks[m.i - 2].s);
  return outer && outer.mention.kind !== 'pronoun' ? outer : att;
}

/** Runs of letters and digits in [s, e) (each UTF-16 unit tested alone). */
function wordCount(text: string, s: number, e: number): number {
  let n = 0;
  for (let i = s, inWord = false; i < e; i++) {
    const w = isLetterOrDigitUnit(text.charCodeAt(i));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Where a report ends: its content or, in "…, Trump said", its speaker. */
const reportEnd = (r: Report): number => Math.max(r.e, r.mention.e);

/** The quote's inner text ends on a full stop, an exclamation or a question mark. */
function endsOnStop(text: string, q: QuoteSpan): boolean {
  return q.innerEnd > q.innerStart && STOPS.has(text.charAt(q.innerEnd - 1));
}

/**
 * A stop or a line break anywhere in text[a, b), read by characters: an abbreviation's period counts too ("Mrs."), where
 * oneSentence below, reading tokens, lets it pass.
 */
function stopOrBreakIn(text: string, a: number, b: number): boolean {
  return /[.!?\n]/.test(text.slice(a, b));
}

/**
 * A quote ending on a question or an exclamation mark, followed by a lowercase word, does not close its sentence:
 * '“But why?” reporter Jackie Nespral asked him.', '"They want me!" he said.' (PolNeAR train).
 */
function closesItsSentence(text: string, q: QuoteSpan): boolean {
  if (!endsOnStop(text, q)) return false;
  const last = text.charCodeAt(q.innerEnd - 1);
  return last === 0x2e || !/^\s*\p{Ll}/u.test(text.slice(q.end, q.end + 8));
}

const NOT_SPACE = /\S+/g;

/** `s` holds more than `max` words between white space (what split(/\s+/) keeps), counted no further than that. */
function moreWordsThan(s: string, max: number): boolean {
  NOT_SPACE.lastIndex = 0;
  let n = 0;
  // (test, not exec: the words are counted, no match array made for each)
  while (NOT_SPACE.test(s)) if (++n > max) return true;
  return false;
}

/**
 * The quote's words are few and every longer one is capitalised ("Trainwreck", "Fox and Friends"), or, none longer,
 * two or more and every one capitalised ("on CNN’s “New Day,”", PolNeAR train, Breitbart 2016-04-14, 2016-05-11,
 * Politico 2015-11-09): it may be a title.
 */
function shortTitleCase(text: string, q: QuoteSpan): boolean {
  const inner = text.slice(q.innerStart, q.innerEnd).replace(/[.,!?;:]+$/, '');
  if (moreWordsThan(inner, TITLE_MAX_WORDS)) return false;
  const words = inner.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > TITLE_MAX_WORDS) return false;
  const longer = words.filter(w => TITLE_LONGER_WORD.test(w));
  if (longer.length === 0) return words.length >= 2 && words.every(w => CAPITALISED_WORD.test(w));
  return longer.every(w => CAPITALISED_WORD.test(w));
}

/** The quote is a nickname inside a name, its words marked so (tokens.ts markQuotedNicknames). */
function quotedNickname(toks: Tok[], q: QuoteSpan): boolean {
  let k = tokenAt(toks, q.innerStart);
  if (!toks[k]?.nick || toks[k].s !== q.innerStart) return false;
  while (toks[k + 1]?.nick && toks[k].e < q.innerEnd) k++;
  return toks[k].e === q.innerEnd;
}

export function analyzeQuotes(text: string): { quotes: Quote[]; speakers: Speaker[] } {
  const toks: Tok[] = tokenize(text);
  // (a nickname in quotes inside a name is no quote: 'Sen. Ronaldo "Dodong" de la Paz … asked', test/fixtures/outlets)
  const spans = quoteSpansOf(text).filter(q => !quotedNickname(toks, q));
  const reach = quoteReach(spans);
  const titleEnd = headline(text);
  const names = new NameTable(toks, text, spans, titleEnd);
  const resolved: (Resolved | null)[] = [];
  /** The quote pieces that are a pull quote's signature line, no speech: left out of the quotes (signatureLine). */
  const signatures = new Set<number>();
  const people = trackPeople(text, toks, names, spans);
  /** Names that have spoken so far: a one-word name ("Lavrov") counts as a person once it has. */
  const spoken = new Set<string>();
  const resolve = (m: Mention, pos: number, said?: string): Reading => people.resolve(m, pos, said);
  /**
   * Quote q said by the mention `a` gives, with its cue, by `rule`: the mention read at the quote, whose words are what
   * it says (`inherited`: the cue is no cue of this quote's own).
   */
  const attributed = (q: QuoteSpan, a: Pick<Attribution, 'mention' | 'cue'>, rule: AttributionRule, inherited = false): Resolved => {
    const reading = resolve(a.mention, q.start, text.slice(q.innerStart, q.innerEnd));
    return inherited ? { name: reading.name, mention: a.mention, cue: a.cue, inherited, rule, reading } : { name: reading.name, mention: a.mention, cue: a.cue, rule, reading };
  };
  /** The attribution to the description of people its one-word name only opens ("Democratic leaders", "Legal observers"), else null. */
  const withPeopleNoun = (a: Attribution): Attribution | null => {
    const m = peopleNounAfterName(toks, a.mention);
    return m ? { ...a, mention: m } : null;
  };
  const said = (r: Reading, q: QuoteSpan) => {
    spoken.add(r.name);
    // (at the quote's end: its last sentence is the one the next pronoun is measured from)
    people.spoke(r, Math.max(q.start, q.end - 1), q.end);
  };

  // reported speech (../reported), resolved in text order with the direct quotes: a report is as much "the last
  // thing someone said" for the next pronoun as a quote is
  // (none in page furniture: the title a video player repeats, "Quebec premier says province cannot absorb …")
  const reports = findReportedSpeech(text, toks, spans).filter(r => !inFurniture(text, r.mention.s));
  const reportReadings: Reading[] = [];
  const reportsInOrder = reports.map((_, k) => k).sort((a, b) => reportEnd(reports[a]) - reportEnd(reports[b]));
  let nextReport = 0;
  /** Resolves the reports that end before `pos`, each as speech of its speaker. */
  const reportsBefore = (pos: number): void => {
    for (; nextReport < reportsInOrder.length && reportEnd(reports[reportsInOrder[nextReport]]) <= pos; nextReport++) {
      const k = reportsInOrder[nextReport], r = reports[k];
      // (a participle set off after its clause, "And he wants to avoid giving any grist to her opponents, recalling how
      // the Obama campaign exploited Mr. Clinton's remark", is the writer's paraphrase of its subject's thought, whose
      // names do not rule its subject out: no words passed for NAMED_IN_WORDS_PENALTY; PolNeAR train, NYT 2016-01-29,
      // where "he" went to Bernie Sanders, named as an object a paragraph before)
      const adjunct = r.mention.e < r.cue.s && endsOnComma(text, r.mention.e, r.cue.s) && /ing$/.test(text.slice(r.cue.s, r.cue.e));
      const reading = reportReadings[k] = resolve(r.mention, r.s, adjunct ? undefined : text.slice(r.s, r.e));
      people.spoke(reading, reportEnd(r) - 1, reportEnd(r), true, text.slice(r.s, r.e));
    }
  };

  const bounds: { sentStart: number; sentEnd: number; sentOpen: number }[] = [];
  for (let n = 0; n < spans.length; n++) {
    const q = spans[n];
    reportsBefore(q.start);
    const b = bounds[n] = sentenceBounds(text, q, n > 0 ? spans[n - 1].end : 0, n + 1 < spans.length ? spans[n + 1].start : text.length);
    const closes = closesItsSentence(text, q);
    // a transcript's speaker label opening the quote: '"PENCE: Well, look, …'
    const label = labelOpeningQuote(text, toks, q.innerStart, q.innerEnd);
    if (label) {
      // (a document's noun labels what follows, no one named: '"VIDEO: Hillary and Obama and Panetta … all told me …',
      // PolNeAR train, breitbart_2016-03-09_hillary-benghazi-vi, was a person named Video)
      const document = label.words.length === 1 && isDocumentNoun(label.words[0]);
      const name = document ? label.words[0].toLowerCase() : names.canonical(label.words.join(' '));
      const reading: Reading = document ? { name, chain: [name], unnamed: true, thing: true } : { name, chain: [name] };
      resolved.push({ name, mention: label.mention, cue: label.cue, rule: 'transcript label', reading });
      said(reading, q);
      continue;
    }
    // ('"…⏎Dean Baker, Center for Economic and Policy Research."': a pull quote signed on its last piece, whose name
    // stands inside the quote)
    const signed = q.runsOn && !q.continued ? signatureLine(toks, text, spans[n + 1], q.group) : null;
    if (signed) {
      // (the signature line itself names the speaker and says nothing: no quote of its own — PolNeAR has none)
      signatures.add(n + 1);
      const r = attributed(q, signed, signed.rule);
      resolved.push(r);
      said(r.reading, q);
      continue;
    }
    let att = q.runsOn && !q.continued ? attribute(toks, text, q.start, q.end, { sentStart: b.sentStart, sentEnd: q.end }) ?? null : attribute(toks, text, q.start, q.end, b, closes);
    // ('“…,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said …', PolNeAR train: a
    // term quoted inside the apposition to the subject after the quote does not end the sentence's reach)
    if (!att && !closes && n + 1 < spans.length && termInSubjectApposition(text, q, spans[n + 1])) {
      att = attribute(toks, text, q.start, q.end, { ...b, sentEnd: sentenceEndAfter(text, q, n + 2 < spans.length ? spans[n + 2].start : text.length) }, closes);
    }
    // ('"Nasaan ang pera?" (Where is the money?) De la Paz asked.', test/fixtures/outlets ph-inquirer-flood-control-hearing:
    // a translation in brackets right after the quote stands between it and its cue)
    const gloss = att ? null : GLOSS_AFTER_QUOTE.exec(text.slice(q.end, q.end + GLOSS_MAX_CHARS));
    if (gloss) {
      const glossed = { ...q, end: q.end + gloss[0].length };
      att = attribute(toks, text, q.start, glossed.end, { ...b, sentEnd: sentenceEndAfter(text, glossed, n + 1 < spans.length ? spans[n + 1].start : text.length) }, closes);
    }
    // 'Cruz continued:' closing the paragraph before a paragraph of quote
    const para = paragraphOf(text, q.start);
    if (!att && q.start === para.s && para.s > 1) {
      let prevEnd = para.s;
      while (prevEnd > 0 && isSpaceAt(text, prevEnd - 1)) prevEnd--;
      if (text[prevEnd - 1] === ':') {
        const pp = paragraphOf(text, prevEnd - 1);
        // ('Transcript as follows:': the transcript is the mention, the person quoted before it the name)
        const transcript = transcriptLeadIn(text, toks, pp.s, prevEnd);
        if (transcript) {
          let before: Resolved | null = null;
          for (let k = n - 1; k >= 0 && !before; k--) before = resolved[k];
          const reading: Reading = before ? { ...before.reading, chain: [text.slice(transcript.mention.s, transcript.mention.e), ...before.reading.chain] } : resolve(transcript.mention, q.start);
          resolved.push({ name: reading.name, mention: transcript.mention, cue: transcript.cue, rule: 'transcript label', reading });
          said(reading, q);
          continue;
        }
        let from = pp.s;
        let m: RegExpExecArray | null;
        for (let f = pp.s; (m = nextSentenceEnd(text, f, prevEnd)); f = m.index + m[0].length) from = m.index + m[0].length;
        const sentStart = Math.max(from, n > 0 ? spans[n - 1].end : 0);
        att = attribute(toks, text, prevEnd, q.end, { sentStart, sentEnd: q.start });
        // "Republican presidential nominee Donald Trump issued the following statement:" (PolNeAR train, Western
        // Journalism 2016-07-23) — no cue in reach of the quote, but the sentence's subject
        if (!att) att = sentenceSubjectOf(toks, text, sentStart, prevEnd - 1);
      }
    }
    // '… delivered a blunt message to Trump: "It's time to quit …"': a lead-in with no cue, and a colon (in a
    // sentence with no quote before this one: not '… host of “The Apprentice,” listed an NBC show as …: “…”')
    if (!att && b.sentStart === b.sentOpen) att = colonLeadIn(toks, text, b.sentStart, q.start);
    // ('…,” said Kristen Day, …, reports USA Today.': the outlet the sentence closes on; not the next sentence's)
    // (past the sentence's later quotes: "… promoting “lesbianism, …” … on his weekly radio show, “Generations with Kevin
    // Swanson,” Right Wing Watch first reported.", PolNeAR train)
    if (!closes) att = reportedBy(toks, q.end, b.sentOpen, sentenceEndAfter(text, q)) ?? att;
    // (not the next sentence's source after a quote that closes its own: "… he did not ''use it that much.'' According
    // to F.A.A. records, the Boeing has flown …", PolNeAR train)
    if (att) att = pollSource(toks, att, b.sentOpen, b.sentEnd) ?? accordingToSource(toks, att, q.start, q.end, b.sentOpen, closes && att.cue.s < q.start ? q.end : b.sentEnd) ?? att;
    // ('“We're not going anywhere.” That was the message from Chief Wilfred King …': the sentence after names them)
    if (!att && endsOnStop(text, q)) att = namedAfter(toks, text, q.end) ?? namedInLede(toks, text, q.start, q.end, titleEnd);
    // (the whole subject phrase; the speaker of a report or a piece the mention only speaks in)
    if (att) att = publisherOfWhatWasSaid(toks, text, b.sentOpen, outerSpeaker(toks, reports, q, subjectPhrase(toks, text, spans, q, b.sentOpen, att)));
    // (a photo credit or a share prompt names no speaker)
    if (att && inFurniture(text, att.mention.s)) att = null;
    // (nor a word inside another quote that does not hold this one: '"We are gravely concerned," the members wrote …,
    // that the Department of Homeland Security "may have …"' is not the "We"'s, PolNeAR train)
    if (att && insideOtherQuote(spans, reach, q, att.mention)) att = null;
    // (nor does a word that only modifies a noun: "Mexican immigrants", "Democratic leaders")
    if (att && modifierOnly(toks, att.mention)) att = withPeopleNoun(att);
    if (att) {
      const r = attributed(q, att, att.rule);
      resolved.push(r);
      said(r.reading, q);
    } else resolved.push(null);
  }

  /** The words of quote n's inner text, counted once. */
  const counts: number[] = [];
  const wordsOf = (n: number): number => (counts[n] ??= wordCount(text, spans[n].innerStart, spans[n].innerEnd));

  const groupSize = new Map<number, number>();
  for (const q of spans) groupSize.set(q.group, (groupSize.get(q.group) ?? 0) + 1);
  // a quote with no cue in reach is the sentence subject's ("Gingrich cynically dismissed Estonia as being in the
  // “suburbs of St. Petersburg”")
  const subjectFallback = (n: number, embeddedOnly: boolean): void => {
    if (resolved[n]) return;
    const q = spans[n], b = bounds[n];
    // (a headline's quote with no cue has no subject to fall back on: "Beloved Halifax music teacher remembered as
    // 'the heart of the North End'" is not "Beloved Halifax"'s)
    if (q.end <= titleEnd) return;
    // (before inheritance, only for a quote inside a sentence of its own, not one that continues an earlier quote)
    if (embeddedOnly) {
      const prev = spans[n - 1];
      if (tokenAt(toks, q.start) - tokenAt(toks, b.sentOpen) < SUBJECT_BEFORE_QUOTE_MIN_TOKENS) return;
      if (prev && prev.end > b.sentOpen) return;
      if ((groupSize.get(q.group) ?? 0) > 1) return;
    }
    // (a title inside a relative clause is no speech of its "who": "Norbert Leo Butz, who stars in “Bloodline,”")
    const subject = (shortTitleCase(text, q) ? null : relativeClauseSpeaker(toks, b.sentOpen, q.start)) ?? sentenceSubjectOf(toks, text, b.sentOpen, q.start)
      ?? participlePhraseSubject(toks, b.sentOpen, q.start, q.end, b.sentEnd);
    // ("According to Variety, Trump brought “SNL” its highest ratings since …": the source the sentence names; not the
    // next sentence's after a quote that closes its own: "… his guilty pleasure is “Football Life.” Christie has …")
    const ownEnd = endsOnStop(text, q) ? q.end : b.sentEnd;
    const own = subject && modifierOnly(toks, subject.mention) ? withPeopleNoun(subject) : subject;
    let att = own && !insideOtherQuote(spans, reach, q, own.mention) ? accordingToSource(toks, own, q.start, q.end, b.sentOpen, ownEnd) ?? own
      : accordingToSource(toks, null, q.start, q.end, b.sentOpen, ownEnd);
    // a lone capitalised word known as no one's name ("Legal observers note the White House wouldn't “close” …": the
    // description it opens, else none)
    const lone = att && att.mention.kind === 'name' && att.mention.j - att.mention.i === 1 ? text.slice(att.mention.s, att.mention.e) : null;
    if (lone && names.canonical(lone) === lone && !spoken.has(lone) && !midSentenceCaps(toks).has(toks[att!.mention.i].l)) att = withPeopleNoun(att!);
    if (!att) return;
    resolved[n] = attributed(q, att, att.rule, true);
  };
  // a quote inside reported speech is its speaker's ("Trump at the time said he’d asked his “people” to “look into”
  // paying the fees"): before the sentence subject, which would take the sentence's opening name
  // FINDINGS (s34, PolNeAR train): a quote with a speaker of its own rule that lies inside the content of a report
  // whose source differs is NOT handed the report's source. "…, the Sanders campaign sent out a fund-raising email with
  // an image of Mrs. Clinton and her husband, Bill Clinton, …, and accused Clinton allies of being ''traitors''"
  // (NYT 2016-04-28: the quote went to Bill Clinton, the report to the Sanders campaign) is one case, but over train's
  // 59 such gold quotes the gold agrees with the report's source alone 17 times and with the quote's own 22 (both right
  // 14, both wrong 6); by fold (report:quote) 4:4 6:3 3:11 4:2 0:2. No quote rule wins 2:1 for the report in every
  // fold ("cue before the quote" 7:7, "cue after the quote" 4:4, "participle" 3:5), nor do the quotes whose cue is the
  // report's own cue (5:6). Measured by a script over core.analyzeText and the scorer's speakerCorrect.
  reportsBefore(Infinity);
  // (not a quote whose sentence has an attributed quote before it: that one's speaker goes on, below; unless the
  // report's speaker stands after that quote, a clause of their own: 'Santilli, whose comments U.S. District Judge
  // Michael W. Mosman called "distasteful," Santilli expressed a desire to "try, convict and shoot …"', PolNeAR train;
  // not that quote's own cue, nor a relative "who", which goes back to its speaker)
  const sameSentenceAsPrevious = (n: number): boolean => n > 0 && !!resolved[n - 1] && !/[.!?\n]["”’']*\s/.test(text.slice(spans[n - 1].end - 3, spans[n].start));
  for (let n = 0; n < spans.length; n++) {
    const r = resolved[n] ? null : reportAround(reports, spans[n]);
    if (!r || (sameSentenceAsPrevious(n) && (r.mention.s < spans[n - 1].end || r.mention.s === resolved[n - 1]!.mention.s || RELATIVES.has(toks[r.mention.i].l)))) continue;
    const q = spans[n];
    const a = attributed(q, r, 'inside reported speech', true);
    // (a quote after the cue of a content set before it is no fragment inside the paraphrase but the speech going on
    // after the sentence, which the content was taken on over (../reported/continued.ts): 'Assad “has repeatedly said
    // …,” Lavrov said. “There’s no possibility to change this position.”', the seeds — it continues the quote before it,
    // the same speaker's, else the reported speech)
    if (r.s < r.cue.s && q.start >= r.cue.e) a.rule = resolved[n - 1]?.name === a.name ? 'continues a quote' : 'continues reported speech';
    resolved[n] = a;
  }
  for (let n = 0; n < spans.length; n++) subjectFallback(n, true);

  // inheritance: multi-paragraph groups, "A" and "B," he said, "A," he said. "B.", paragraphs of quote
  // the quote is a sentence of its own: after a sentence's end, ending with one
  const ownSentence = (q: QuoteSpan): boolean => endsOnStop(text, q) && /(?:^|[.!?]["”’']*)\s*$/.test(text.slice(Math.max(0, q.start - 4), q.start));
  // the quote's own attribution is a cue after it, in its sentence
  const cueClosesSentence = (k: number): boolean => {
    const r = resolved[k];
    return !!r && !r.inherited && r.cue.s >= spans[k].end && !stopOrBreakIn(text, spans[k].end, r.cue.s);
  };
  /** No sentence ends in [a, b) (an abbreviation's period ends none: "… the ''Remain'' campaign and Mrs. Clinton …"). */
  const oneSentence = (a: number, b: number): boolean => {
    for (let k = tokenAt(toks, a); k < toks.length && toks[k].s < b; k++) if (toks[k].br || STOPS.has(toks[k].t)) return false;
    return true;
  };
  /**
   * The later quote of quote n's sentence whose own cue closes the sentence, past other short quotes with no speaker yet:
   * "The ''Stronger Together'' slogan shared by the ''Remain'' campaign and Mrs. Clinton feels bloodless … compared
   * with … the ''Leave'' movement, he said." (PolNeAR train); -1 when there is none.
   */
  const closingCueAhead = (n: number): number => {
    if (endsOnStop(text, spans[n])) return -1;
    for (let k = n + 1; k < spans.length && k <= n + CLOSING_CUE_QUOTES_AHEAD && oneSentence(spans[k - 1].end, spans[k].start); k++) {
      if (cueClosesSentence(k)) return k;
      if (resolved[k] || endsOnStop(text, spans[k]) || wordsOf(k) > PARTIAL_MAX_WORDS) return -1;
    }
    return -1;
  };
  /** Quote n goes on with reported speech r's speaker. */
  const continueWith = (n: number, r: Report): void => {
    resolved[n] = attributed(spans[n], r, 'continues reported speech', true);
  };
  /**
   * The reported speech a quote with no cue goes on with, if any: the last one before the quote, after the previous
   * quote, standing where `place` says (`para` is the quote's paragraph).
   * - 'paragraph before': in the paragraph right before the one the quote opens ("Carter said that for decades some
   *   critics had been predicting … ⏎ “That’s because this region … remains the most consequential for America’s own
   *   security.”": PolNeAR train).
   * - 'between quotes': in a sentence of its own between the previous quote and this one, the last thing said before
   *   it: "… Gloria Garcia … She says people should be able to use the bathroom they prefer. "It is their life; …""
   *   (PolNeAR train: the "She" is the speaker). Not a report inside the previous quote's sentence, an aside about its
   *   speaker: '"…," Trump assured Jones, after Jones assured Trump that most of his listeners supported his
   *   candidacy. "I will not let you down."' (PolNeAR train).
   * - 'earlier in paragraph': in an earlier sentence of the quote's paragraph, with no quote between them, by a word of
   *   saying: "Brill has argued that the law was crippled from the outset because of the political tradeoffs … As a
   *   result, there's still “a very powerful industry that has the freedom to charge whatever.”" (PolNeAR train).
   */
  const reportToGoOnWith = (n: number, para: { s: number; e: number }, place: 'paragraph before' | 'between quotes' | 'earlier in paragraph'): Report | null => {
    const q = spans[n], prev = spans[n - 1], r = lastReportBefore(reports, q.start);
    if (!r) return null;
    const from = Math.min(r.s, r.mention.s);
    if ((prev && prev.end > from) || reportEnd(r) > q.start) return null;
    if (place === 'paragraph before') return /^\s*$/.test(text.slice(paragraphOf(text, r.e).e, q.start)) ? r : null;
    if (place === 'between quotes') {
      // (the sentence of the previous quote ends after its cue: '"And I'm not being paid!" LeVell declared, a point he
      // likes to make after … callers asked how much money he was getting', PolNeAR train)
      const said = resolved[n - 1];
      const prevSentence = Math.max(prev.innerStart, prev.innerEnd - 1, said?.cue.e ?? 0, said?.mention.e ?? 0);
      return nextSentenceEnd(text, prevSentence, from) ? r : null;
    }
    if (from < para.s) return null;
    // (a word of saying, not of finding or showing: "Syracuse showed an awkward … transition")
    // (a finite one: not "an awkward but promising transition")
    const cue = toks[tokenAt(toks, r.cue.s)];
    if (!cue || !CUES.has(cue.l) || WEAK_CUES.has(cue.l) || cue.l.endsWith('ing')) return null;
    // (a sentence of its own, after the report's, with no word of saying or subject of its own before the quote:
    // 'Corporate lobbyists describe such work as "a different cup of tea"')
    const open = bounds[n].sentOpen;
    for (let k = tokenAt(toks, open); k < toks.length && toks[k].s < q.start; k++) if (CUES.has(toks[k].l)) return null;
    return nextSentenceEnd(text, reportEnd(r) - 1, q.start) && !sentenceSubjectOf(toks, text, open, q.start) ? r : null;
  };
  /**
   * The previous quote's attribution stands in an aside set off by dashes that closes before this quote: "He held up
   * the sign — which read “Hispanics 4 Trump” — and waved it around, mouthing “thank you”" (PolNeAR train): the sign
   * speaks only inside the aside.
   */
  const leavesAside = (n: number): boolean => {
    const m = resolved[n - 1]?.mention;
    return !!m && ASIDE_DASH_BEFORE.test(text.slice(Math.max(0, m.s - ASIDE_DASH_LOOKBACK_CHARS), m.s)) && DASH_CHAR.test(text.slice(spans[n - 1].end, spans[n].start));
  };
  /**
   * A short sentence of quote that is a whole paragraph, right after the paragraph of the quote before it, goes on
   * with its speaker: '"…," said Liberal immigration critic André Morin-Castellanos. ⏎ "It is shameful."'
   * (test/fixtures/outlets). Not a cry of one word, the crowd's answer: '"…?" Clinton asked. ⏎ "Nooooo!"' (PolNeAR train).
   */
  const shortParagraphOfSpeech = (n: number, para: { s: number; e: number }): boolean => {
    const q = spans[n], prevPara = paragraphOf(text, spans[n - 1].start);
    return q.start === para.s && q.end === para.e && ownSentence(q) && wordsOf(n) >= SHORT_SPEECH_MIN_WORDS && para.s - prevPara.e < ADJACENT_PARAGRAPH_GAP_CHARS;
  };
  /**
   * A paragraph that opens with a short lead-in of time or place and a colon, no one named in it, before its quote:
   * 'Then, later that month on CNN: "I've never said we made a mistake going into Afghanistan."' (PolNeAR train) —
   * the quote goes on as a paragraph of speech does. Not a lead-in naming someone ("Clinton's answer:", "Hillary
   * Clinton:"): no possessive, no two capitalised words in a row, no word of saying.
   */
  const timeLeadIn = (s: number, qs: number): boolean => {
    if (!TIME_LEAD_IN.test(text.slice(s, qs))) return false;
    for (let k = tokenAt(toks, s); k < toks.length && toks[k].s < qs; k++) {
      const t = toks[k];
      if (t.poss || CUES.has(t.l) || (k > tokenAt(toks, s) && t.cap && toks[k - 1].cap)) return false;
    }
    return true;
  };
  /**
   * The previous quote stands in a subordinate clause whose subject spoke it, and a main clause with a subject of its
   * own follows it before this quote: "While Sullivan proclaims the article a “terrific piece …,” Clinton fixates on
   * the “pivot” line." (PolNeAR train) — "pivot" is Clinton's, the sentence subject's, not Sullivan's.
   */
  const subjectOfItsOwn = (n: number): boolean => resolved[n - 1]?.rule === 'sentence subject' && MAIN_CLAUSE_AFTER_QUOTE.test(text.slice(spans[n - 1].end - 2, spans[n].start));
  const inherit = (to: number, from: number) => { const r = resolved[from]; if (r) resolved[to] = carriedOver(r, 'continues a quote'); };
  // (the first piece of each group attributed on its own: this loop only adds inherited ones)
  const groupSpeaker = new Map<number, number>();
  spans.forEach((x, k) => { if (resolved[k] && !resolved[k]!.inherited && !groupSpeaker.has(x.group)) groupSpeaker.set(x.group, k); });
  for (let n = 0; n < spans.length; n++) {
    if (resolved[n]) continue;
    const q = spans[n];
    const sameGroup = groupSpeaker.get(q.group) ?? -1;
    if (sameGroup >= 0) { inherit(n, sameGroup); continue; }
    const next = spans[n + 1], prev = spans[n - 1];
    // (a term quoted inside the apposition to the last quote's subject is the writer's: '… Bill Eastland, wearing a
    // cowboy hat and “Ted Cruz” campaign pins, said …')
    if (prev && termInSubjectApposition(text, prev, q)) continue;
    if (sameSentenceAsPrevious(n) && !leavesAside(n) && !subjectOfItsOwn(n)) { inherit(n, n - 1); continue; }
    if (next && resolved[n + 1] && next.start - q.end < NEXT_QUOTE_GAP_CHARS && !stopOrBreakIn(text, q.end, next.start)) { inherit(n, n + 1); continue; }
    // ('… will carry "a great deal of weight" and help bring candidates the "grass-roots firepower" they need to win, DFA
    // spokesman Neil Sroka said.': the cue after the sentence's last quote speaks for its earlier ones)
    const closing = closingCueAhead(n);
    if (closing >= 0) { inherit(n, closing); continue; }
    const words = wordsOf(n);
    const para = paragraphOf(text, q.start);
    // (a shorter quote only when it is a sentence of its own: '"…," Tester said. "Very good."')
    if (prev && resolved[n - 1] && prev.start >= para.s && (words >= INHERIT_IN_PARAGRAPH_MIN_WORDS || ownSentence(q))) {
      const r = reportToGoOnWith(n, para, 'between quotes');
      if (r) continueWith(n, r); else inherit(n, n - 1);
      continue;
    }
    const report = q.start === para.s ? words >= INHERIT_PARAGRAPH_MIN_WORDS && reportToGoOnWith(n, para, 'paragraph before')
      : words >= INHERIT_IN_PARAGRAPH_MIN_WORDS && reportToGoOnWith(n, para, 'earlier in paragraph');
    if (report) { continueWith(n, report); continue; }
    if (prev && resolved[n - 1] && (q.start === para.s || timeLeadIn(para.s, q.start)) && words >= INHERIT_PARAGRAPH_MIN_WORDS) {
      const prevPara = paragraphOf(text, prev.start);
      if (para.s - prevPara.e < ADJACENT_PARAGRAPH_GAP_CHARS || para.s - prev.end < PREVIOUS_QUOTE_REACH_CHARS) inherit(n, n - 1);
    } else if (prev && resolved[n - 1] && shortParagraphOfSpeech(n, para)) inherit(n, n - 1);
  }

  // last resort for a quote of some length: the nearest attribution anywhere in its paragraph, else the speaker
  // of the previous paragraph's quote
  for (let n = 0, lastResolved = -1; n < spans.length; n++) {
    if (n > 0 && resolved[n - 1]) lastResolved = n - 1;
    if (resolved[n]) continue;
    const q = spans[n];
    if (wordsOf(n) < INHERIT_PARAGRAPH_MIN_WORDS) continue;
    const para = paragraphOf(text, q.start);
    const att = attribute(toks, text, q.start, q.end, { sentStart: Math.max(para.s, n > 0 ? spans[n - 1].end : 0), sentEnd: Math.min(para.e, n + 1 < spans.length ? spans[n + 1].start : para.e) });
    if (att) { resolved[n] = attributed(q, att, 'cue in the paragraph', true); continue; }
    const k = lastResolved;
    // (only for a quote that opens its paragraph, as a paragraph of speech continuing the last one; a quote inside a
    // paragraph with no attribution in reach keeps speaker: null rather than a guess; a headline's words go on in no
    // later paragraph: attribution/headlineLeadIn.ts)
    if (k >= 0 && resolved[k]!.rule !== 'headline lead-in' && q.start === para.s && q.start - spans[k].end < LAST_SPEAKER_REACH_CHARS && paragraphOf(text, spans[k].start).s !== para.s) inherit(n, k);
  }

  for (let n = 0; n < spans.length; n++) subjectFallback(n, false);

  // a title in quotation marks is no speech: a show, a film, a book, a slogan's name ("on CNN’s “New Day,”",
  // "her blockbuster film, “Trainwreck.”") — short, every longer word capitalised
  for (let n = 0; n < spans.length; n++) {
    if (!resolved[n] || !shortTitleCase(text, spans[n]) || sourceClosesSentence(toks, text, spans[n], resolved[n]!)) continue;
    const lead = text.slice(Math.max(0, spans[n].start - TITLE_LEAD_CHARS), spans[n].start);
    const tail = text.slice(spans[n].end, spans[n].end + TITLE_TAIL_CHARS);
    if (TITLE_LEAD.test(lead) || TITLE_TAIL.test(tail)) resolved[n] = null;
    else if (namedThing(toks, spans[n], resolved[n]!.cue)) resolved[n] = null;
  }

  // a headline's quote that a body quote repeats is that quote's speaker's ("‘It’s a mess’: Riders fume …"; also a deck
  // that is a quote alone, in double marks, under the headline: "Canadians Are Boycotting Maple Basket For A Month.
  // Here's What They Told Us. ⏎ “I'm not doing this to make a point. …”", a HuffPost Canada-style probe, where the
  // deck went to "Here's What They")
  /** The person's full name a run names as written (`written`) when the article names them again at `from` or after. */
  const namedAgainFrom = (written: string, from: number): string | undefined => {
    const name = names.canonical(written);
    return name.includes(' ') && people.kindOf(name) === 'person' && names.runs.some(r => r.s >= from && names.canonical(r.name) === name) ? name : undefined;
  };
  for (let n = 0; n < spans.length; n++) {
    if (!spans[n].titleLine && !deckQuote(text, spans[n])) continue;
    const k = echoedQuote(text, spans, n, m => !!resolved[m]);
    if (k >= 0) { resolved[n] = carriedOver(resolved[k]!, 'headline echoes a quote'); continue; }
    // ("'…': Q&A with Conservative leadership hopeful Étienne de La Fontaine": the one person the line names after it)
    if (resolved[n]) continue;
    const lineEnd = paragraphOf(text, spans[n].start).e;
    // (a person the body names too)
    // ("'…': the headteacher who took on the exam board ⏎ For 30 years Margaret Oyelaran-Hurst ran …": the person the
    // next paragraph names first, named again below it)
    const named = personAfterTitleQuote(text, names.runs, spans[n], lineEnd, run => namedAgainFrom(run.name, lineEnd))
      ?? subjectOfProfileTitle(text, names.runs, spans[n], lineEnd, run => namedAgainFrom(run.name, run.e + 1));
    if (named) {
      const { run, name } = named;
      const reading: Reading = { name, chain: [name] };
      resolved[n] = { name, mention: { s: run.s, e: run.e, kind: 'name', i: run.i, j: run.j }, cue: { s: spans[n].end, e: spans[n].end + 1 }, inherited: true, rule: 'headline names the speaker', reading };
    }
  }

  const quotes: Quote[] = [];
  const bySpeaker = new Map<string, Span[]>();
  const addMention = (name: string, s: Span) => { const l = bySpeaker.get(name) ?? []; l.push(s); bySpeaker.set(name, l); };
  /** The attributed quotes, for the contents around them (below). */
  const fragments: (QuotedFragment & { quote: Quote })[] = [];
  spans.forEach((q, n) => {
    if (signatures.has(n)) return;
    const r = resolved[n];
    const words = wordsOf(n);
    const quote: Quote = { start: q.start, end: q.end, text: text.slice(q.start, q.end), speaker: null, group: q.group };
    if (words <= PARTIAL_MAX_WORDS) quote.partial = true;
    if (r) {
      const name = r.reading.shown ?? r.name;
      quote.speaker = { name, start: r.mention.s, end: r.mention.e, ...(r.reading.unnamed ? { unnamed: true } : {}) };
      quote.cue = { start: r.cue.s, end: r.cue.e, text: text.slice(r.cue.s, r.cue.e) };
      quote.why = { rule: r.rule, chain: r.reading.chain };
      addMention(name, { start: r.mention.s, end: r.mention.e });
      fragments.push({ q, cue: r.cue, mention: r.mention, rule: r.rule, quote });
    }
    quotes.push(quote);
  });
  // reported speech (../reported): appended after the direct quotes, its speakers resolved by the same people stage
  reports.forEach((r, k) => {
    // (a source's terms of anonymity are no report, though its source spoke: resolved above, not shown)
    if (anonymityTerms(text, r)) return;
    const reading = reportReadings[k];
    quotes.push({
      start: r.s, end: r.e, text: text.slice(r.s, r.e), kind: 'indirect',
      speaker: { name: reading.shown ?? reading.name, start: (r.phrase ?? r.mention).s, end: (r.phrase ?? r.mention).e, ...(reading.unnamed ? { unnamed: true } : {}) },
      cue: { start: r.cue.s, end: r.cue.e, text: text.slice(r.cue.s, r.cue.e) },
      why: { rule: 'reported speech', chain: reading.chain },
    });
    addMention(reading.shown ?? reading.name, { start: r.mention.s, end: r.mention.e });
  });
  // contents no one is named for ("X is expected to …", "X seems …"): reported speech with no speaker
  for (const u of findUnsourced(text, toks, spans, reports)) {
    quotes.push({ start: u.s, end: u.e, text: text.slice(u.s, u.e), kind: 'indirect', speaker: null, cue: { start: u.cue.s, end: u.cue.e, text: text.slice(u.cue.s, u.cue.e) }, why: { rule: 'reported speech', chain: [] } });
  }
  // the writer's words around a quoted fragment ("NBC News will accuse ⟦you of engaging in a “freak out.”⟧"): reported
  // speech of the fragment's speaker, the fragment staying a direct quote (../reported/aroundQuote.ts)
  const reported = quotes.filter(x => x.kind === 'indirect').sort((x, y) => x.start - y.start);
  for (const c of contentsAroundQuotes(text, spans, fragments, reported)) {
    const said = c.fragments[0].quote;
    quotes.push({ start: c.s, end: c.e, text: text.slice(c.s, c.e), kind: 'indirect', speaker: said.speaker && { ...said.speaker }, cue: said.cue && { ...said.cue }, why: { rule: 'reported speech', chain: said.why?.chain ?? [] } });
  }
  quotes.sort((x, y) => x.start - y.start || x.end - y.end);
  sentenceCapitalsFolded(quotes, bySpeaker, people);
  const descriptions = new Map<string, string>();
  names.runs.forEach((run, k) => {
    const c = names.canonicalOfRun(k);
    const d = names.shownDescriptions.get(run.name);
    if (d && !descriptions.has(c)) descriptions.set(c, d);
    if (bySpeaker.has(c) && !people.inQuote(k)) addMention(c, nameWithin(text, run, c));
  });
  const speakers: Speaker[] = [];
  for (const [name, ms] of bySpeaker) {
    ms.sort((a, b) => a.start - b.start || a.end - b.end);
    const mentions: Span[] = [];
    for (const m of ms) if (!mentions.length || m.start >= mentions[mentions.length - 1].end) mentions.push(m);
    const description = descriptions.get(name);
    speakers.push({ name, mentions, kind: people.speakerKind(name), ...(description ? { description } : {}), ...(people.isUnnamed(name) ? { unnamed: true } : {}) });
  }
  speakers.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return { quotes, speakers };
}

/** The most lines (the headline, a kicker) above a deck that is a quote alone. */
const DECK_LINE = 2;

/** Quote q is a paragraph of its own right under the article's headline (its second or third non-empty line): a deck. */
function deckQuote(text: string, q: QuoteSpan): boolean {
  if (q.continued || q.runsOn) return false;
  const para = paragraphOf(text, q.start);
  if (q.start !== para.s || text.slice(q.end, para.e).trim()) return false;
  let lines = 0;
  for (const line of text.slice(0, para.s).split('\n')) if (line.trim() && ++lines > DECK_LINE) return false;
  return lines >= 1;
}

/**
 * One unnamed speaker for a description written both at a sentence's start and inside a sentence ("Experts say …" and
 * "…, experts say", PolNeAR train, NYT 2016-02-08; "Current and former officials said" and "current and former
 * officials said", Washington Post 2016-03-03): shown as written inside a sentence, the capital being the sentence's.
 * Renames the quotes' speakers and merges the mentions in `bySpeaker`.
 */
function sentenceCapitalsFolded(quotes: Quote[], bySpeaker: Map<string, Span[]>, people: { isUnnamed(name: string): boolean }): void {
  const folded = new Map<string, string>();
  for (const name of bySpeaker.keys()) {
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    if (lower !== name && bySpeaker.has(lower) && people.isUnnamed(lower)) folded.set(name, lower);
  }
  for (const [upper, lower] of folded) {
    bySpeaker.get(lower)!.push(...bySpeaker.get(upper)!);
    bySpeaker.delete(upper);
  }
  for (const q of quotes) {
    const lower = q.speaker && folded.get(q.speaker.name);
    if (q.speaker && lower) q.speaker = { ...q.speaker, name: lower, unnamed: true };
  }
}
