/**
 * The reporter's words around a quoted fragment, as reported speech of the fragment's speaker (#16: a mixed quote
 * keeps the direct quote as it is, and the indirect content around it is added). A direct quote whose own cue stands
 * before it in the sentence ('cue before the quote', 'participle'), with words of the writer's between the cue and the
 * quotation, and whose quoted words open in lower case, goes on with the writer's sentence: PolNeAR attributes the
 * whole clause, from after the cue ("NBC News will accuse ⟦you of engaging in a “freak out.”⟧", "He asked ⟦them
 * “prayerfully consider” the future of their campaigns⟧", "Clinton celebrated in Florida with supporters, declaring ⟦it
 * “another super Tuesday for our campaign”⟧ and said …", "Sanders promised Sunday at a Las Vegas rally ⟦to end “the
 * excessively wasteful $18 million deportation regime.”⟧", "And he continued on, mocking ⟦Trump’s bluster about being
 * able to negotiate “a stronger deal” with Cuba⟧.", "he promises ⟦the government will help "up-skill" workers⟧ - and
 * he makes sure …"; PolNeAR train). The content starts right after the cue (a phrase of time or place before the
 * object stays in: "Sunday at a Las Vegas rally to end …", which still matches), and ends with the quotation when that
 * closes on a mark of its own, else at the clause's next comma, colon, semicolon, dash, "and" or "but", or before the
 * sentence's stop. The cue and the quotation stand in one sentence: an abbreviation or an initial between them ends none
 * ("Speaker Paul D. Ryan … on Tuesday called ⟦Donald J. Trump's remarks about a Latino judge ''racist,''⟧", "Mr. Scott, who
 * has called ⟦Mr. Trump's comments ''racially toxic,''⟧"; PolNeAR train, NYT 2016-06-09).
 *
 * Not when the words between are only glue ("said that “…”": the direct quote's own relation), end on "that", a
 * colon or a comma (the quotation is the cue's whole complement: 'told reporters outside a polling location in
 * Greenville that “to be able to beat expectations …”'), open with "and|or|but" (a second verb's: "she laughed and
 * admitted “emails have been wonderful …”") or hold a bracket ("writes fiction on the side (his … book … includes
 * one on a cooking competition “where the loser …”)"); nor when a quotation opening in capitals follows ("said on
 * Twitter on Monday, …, “Next summer, Charlotte is going to be …”": a whole sentence quoted), nor where reported
 * speech already covers the words; nor a pseudo-cleft, "what" before the speaker and a copula between ("what Mr. Obama
 * said in Springfield was a ''poisonous political climate …''", "But what we should ask is “who has God anointed?”":
 * the copula's complement is what was said).
 *
 * A quote the quotes stage gave its sentence's subject ('sentence subject') or an "as" clause's ('as clause': "As X put
 * it, …") has its own cue before it too when that verb is one of speech (the quote lexicon's cues), of depiction, blame
 * or citing (objectCue.ts PREDICATIVE) or of charge or credit (charge.ts): "Meg Whitman, …, labeled ⟦Mr. Trump ''unfit to
 * be president.''⟧", "A friend referred ⟦to him as “the most beautiful soul I’ve ever met in my whole life”⟧ in a
 * Facebook post", "Sanders credited ⟦Clinton's victory to "a closed primary, …"⟧", "Trump did post ⟦on Twitter Friday
 * that his claims were “sarcasm”⟧ but, boy, …", "They state ⟦their goal is to expand “califphate”⟧"; after an "as"
 * clause the content opens after its comma: "As House Speaker Paul Ryan (R-Wis.) has pointed out, ⟦that’s basically the
 * “textbook definition” of racism⟧", "as an American diplomat put it, ⟦an ''extreme makeover'' that Mr. Manafort
 * oversaw⟧" (PolNeAR train). Any other verb of the subject is no cue of speech ("Sanders has consistently pushed his
 * promise of “free college”", "He seized on the issue of ''religious liberty''": 70 false positives for 56 gold on
 * train); nor when the mention is a relative clause's subject, the relative its object ("whom Michelle Obama referred
 * to in her prime-time address, were ''well fed''").
 */
import type { AttributionRule } from '../types';
import type { QuoteSpan } from '../quotes/marks';
import { countBefore } from '../text/sortedSearch';
import { DASH_PATTERN } from '../text/dashes';
import { nextSentenceEnd } from '../quotes/sentences';
import { AND_BUT, AND_OR_BUT, ASPECT_VERBS, IS_ARE_WAS_WERE } from './lexicon';
import { endAroundQuotes, GLUE } from './mixed';
import { COMMA_RELATIVES, CUES, WH_VERBS } from '../quotes/lexicon';
import { PREDICATIVE } from './objectCue';
import { CHARGING_VERBS } from './charge';
import { isSpaceAt } from '../text/wordShape';
import { questionSecondVerb } from './questions';

/** The attributions whose cue is the quote's own, read before it in its sentence. */
const OWN_CUE_BEFORE: ReadonlySet<AttributionRule> = new Set(['cue before the quote', 'participle']);

/** The attributions whose cue is the quote's own when it is a verb of SAYING_VERBS (see the header). */
const OWN_CUE_IF_SAYING: ReadonlySet<AttributionRule> = new Set(['sentence subject', 'as clause']);
/** Verbs of speech, of depiction, blame or citing, and of charge or credit. */
const SAYING_VERBS: ReadonlySet<string> = new Set([...CUES, ...PREDICATIVE, ...CHARGING_VERBS]);
/** An object relative right before the mention, a title between ("whom Michelle Obama referred to …"). */
const OBJECT_RELATIVE_BEFORE = /\b(?:whom|which|that)\s+(?:\p{Lu}\p{L}*\.?\s+)?$/iu;
/** The word a cue opens with. */
const CUE_HEAD = /^\p{L}[\p{L}'’-]*/u;

/** A direct quote with its speaker's cue, as the quotes stage attributed it. */
export interface QuotedFragment {
  q: QuoteSpan;
  cue: { s: number; e: number };
  /** Where the speaker is named. */
  mention: { s: number; e: number };
  rule: AttributionRule;
}

/** A content found: [s, e), the cue, and the fragments (one or more quotes of one cue) it holds. */
export interface ContentAround<F extends QuotedFragment> {
  s: number;
  e: number;
  cue: { s: number; e: number };
  fragments: F[];
}

/** The most characters between a cue and its quotation read as the writer's words of one clause (bounds the scan). */
const MAX_BETWEEN = 240;
/** The most characters a content runs on after its last quotation, to the clause's end (bounds the scan). */
const TAIL_REACH = 400;
/**
 * Between `s` and `e`: a line break, or a sentence's end — not the period of an abbreviation or an initial ("Sen.", "J."
 * in 'called Donald J. Trump's remarks about a Latino judge ''racist,''', PolNeAR train, NYT 2016-06-09).
 */
function sentenceBreakBetween(text: string, s: number, e: number): boolean {
  return text.slice(s, e).includes('\n') || nextSentenceEnd(text, s, e) !== null;
}
/** A bracket or a dash between the cue and the quotation: the quotation stands in an aside. */
const ASIDE = new RegExp(`[()]|${DASH_PATTERN}`);
/**
 * A relative pronoun right before the cue (an adverb between): the cue is a relative clause's, whose subject is the
 * pronoun; another mention read for it is a guess ("… to make a controversial comment that egregiously described all
 * young black men as “super predators.”", PolNeAR train, Washington Post 2016-06-13, went to "The Crime Bill").
 */
const RELATIVE_BEFORE_CUE = /\b(?:that|which|who)\s+(?:\p{L}+ly\s+)?$/iu;
/** The characters read back from the cue for that pronoun. */
const RELATIVE_REACH = 30;

/** The cue of `f` stands right after a relative pronoun that is not the speaker's mention (RELATIVE_BEFORE_CUE). */
function relativeOfAnother(text: string, f: QuotedFragment): boolean {
  const from = Math.max(0, f.cue.s - RELATIVE_REACH);
  const m = RELATIVE_BEFORE_CUE.exec(text.slice(from, f.cue.s));
  return !!m && f.mention.e <= from + m.index;
}
/** The words between end on "that", a colon or a comma: the quotation is the cue's complement, whole. */
const COMPLEMENT_LINK = /(?:\bthat|[:,])$/i;
/** The first word of the words between, past the cue's comma. */
const FIRST_WORD = /^[\s,]*(\p{L}+)/u;
/** A quotation's inner text opening in lower case, past marks and an ellipsis: a fragment of the writer's sentence. */
const LOWER_OPENING = /^[\s“"‘'«[.…]*\p{Ll}/u;
/** A quotation that closes on a mark of its own: the content ends with it. */
const CLOSES_ON_MARK = /[,;:.!?][”"’'\s]*$/;
/** A sentence's end after the quotation: a stop before a capital or an opening mark, or a line break. */
const SENTENCE_END = /[.!?][”"’']*\s+(?=[\p{Lu}“"‘'])|\n/u;
/** The text's last sentence's stop. */
const FINAL_STOP = /[.!?][”"’']*\s*$/;
/**
 * The clause's end after the quotation: a comma, colon or semicolon, a dash, "and" or "but" (one a comma follows too:
 * 'Trump did post ⟦on Twitter Friday that his claims were “sarcasm”⟧ but, boy, …', PolNeAR train).
 */
const CLAUSE_END = new RegExp(`[,;:]\\s|${DASH_PATTERN}|\\s(?:${[...AND_BUT].join('|')})[\\s,]`);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const SPACE_OR_LEAD = /[\s,:]/;

/** `between` holds a word that is no glue. */
function saysSomething(between: string): boolean {
  for (const w of between.toLowerCase().match(WORD) ?? []) if (!GLUE.has(w)) return true;
  return false;
}

/** "what" right before the speaker's mention, a title between ("what Mr. Obama said"): the cue's object is "what". */
const WHAT_BEFORE_MENTION = /\b[Ww]hat\s+(?:\p{Lu}\p{L}*\.?\s+)?$/u;
/** The characters read back from the mention for that "what". */
const WHAT_REACH = 20;

/**
 * A pseudo-cleft, "what X said … was “…”": "what" before the mention of `f` and a copula in the words `between`. The
 * copula's complement is what was said, no clause of the cue's ("what Mr. Obama said in Springfield was a ''poisonous
 * political climate …''", "But what we should ask is “who has God anointed?”"; PolNeAR train, neither a content of its
 * own). Not "what" with no copula ("In what he acknowledged ⟦as a news conference-ending "rant,"⟧", train, a content).
 */
function pseudoCleft(text: string, f: QuotedFragment, between: string): boolean {
  if (!WHAT_BEFORE_MENTION.test(text.slice(Math.max(0, f.mention.s - WHAT_REACH), f.mention.s))) return false;
  return (between.toLowerCase().match(WORD) ?? []).some(w => IS_ARE_WAS_WERE.has(w));
}
/** The words between the cue's end and the first quotation let the quotation be a fragment of the clause. */
function fragmentFrame(text: string, between: string, first: QuoteSpan): boolean {
  // (opening with a conjunction, the words are a second verb's: the quotation is that verb's)
  if (ASIDE.test(between) || AND_OR_BUT.has(FIRST_WORD.exec(between)?.[1].toLowerCase() ?? '')) return false;
  if (COMPLEMENT_LINK.test(between.trim()) || !saysSomething(between)) return false;
  return LOWER_OPENING.test(text.slice(first.innerStart, Math.min(first.innerEnd, first.innerStart + 8)));
}

/** Where a content ending with the quotation `last` ends: the quotation's end, or the clause's after it. */
function contentEnd(text: string, last: QuoteSpan): number {
  if (CLOSES_ON_MARK.test(text.slice(last.innerStart, last.end))) return last.end;
  const tail = text.slice(last.end, Math.min(text.length, last.end + TAIL_REACH));
  // (the stop stays out of the content; the text's last stop only when the text ends in reach)
  const sentence = SENTENCE_END.exec(tail) ?? (last.end + TAIL_REACH >= text.length ? FINAL_STOP.exec(tail) : null);
  const sentenceEnd = sentence ? sentence.index : tail.length;
  const clause = CLAUSE_END.exec(tail);
  let e = last.end + (clause && clause.index < sentenceEnd ? clause.index : sentenceEnd);
  while (e > last.end && isSpaceAt(text, e - 1)) e--;
  return e;
}

/** The most characters read back from a speaker's mention to its sentence's start. */
const SUBJECT_REACH = 300;
/** A comma right after the cue: the cue's clause is an inset. */
const INSET_COMMA = /^\s*,/;
/** A participle after that comma, past one word ("meaning", "instead seeking"): it opens a content of its own. */
const PARTICIPLE_AFTER_COMMA = /^\s*,\s*(?:\p{L}+\s+)?\p{L}+ing\b/u;
/** The characters read after the cue for that participle. */
const PARTICIPLE_REACH = 40;
/** A quotation mark. */
const QUOTE_MARK = /[“”"]|''/;
/** The start of the sentence holding `pos`, read back at most SUBJECT_REACH: after its last line break or sentence end. */
function sentenceStartBefore(text: string, pos: number): number {
  const from = Math.max(0, pos - SUBJECT_REACH);
  let s = from + text.slice(from, pos).lastIndexOf('\n') + 1;
  for (let m = nextSentenceEnd(text, s, pos); m; m = nextSentenceEnd(text, s, pos)) s = m.index + m[0].length;
  return s;
}

/**
 * The cue of `f` is an inset after a quotation its sentence opens with ("Those who spend … on ''certain fringes of the
 * internet,'' he said, wind up in a debate that's ''divorced from reality.''", "… the prime minister ''looked ashen,''
 * Mr. Arad said, from ''the direct body blow.''"; PolNeAR train): the report began before the cue, and the words after
 * it are no content of their own. Not a participle after the inset, which opens a content of its own ('"Savage," she
 * said, meaning ⟦that he's "radical enough …"⟧', '…," Devine said, instead seeking to focus on ⟦the "big substantive
 * differences" …⟧').
 */
function insetAfterQuotation(text: string, f: QuotedFragment): boolean {
  const after = text.slice(f.cue.e, f.cue.e + PARTICIPLE_REACH);
  if (!INSET_COMMA.test(after) || PARTICIPLE_AFTER_COMMA.test(after)) return false;
  return QUOTE_MARK.test(text.slice(sentenceStartBefore(text, f.mention.s), f.mention.s));
}

/** A gerund right after a cue, past a day ("started Thursday listening to …"): the verb whose words follow. */
const GERUND_AFTER = /^\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day\s+|(?:today|yesterday|tonight)\s+)?(\p{Ll}+ing)\b/u;
/** The characters read after a cue for that gerund. */
const GERUND_REACH = 30;

/**
 * The cue of `f` is a verb of beginning or going on (./lexicon.ts ASPECT_VERBS) whose gerund is no verb of saying: the
 * activity is the gerund's, and the quotation in its words no report ("Thompson started Thursday listening to the vice
 * presidential nominee … and then joining the Republican National Committee for a "unity" lunch", PolNeAR train, USA
 * Today 2016-07-22; "started asking …" stays a cue).
 */
function aspectOfActivity(text: string, f: QuotedFragment, head: string): boolean {
  if (!ASPECT_VERBS.has(head)) return false;
  const gerund = GERUND_AFTER.exec(text.slice(f.cue.e, f.cue.e + GERUND_REACH))?.[1];
  return !!gerund && !SAYING_VERBS.has(gerund);
}

/**
 * "in" right before the cue: "in order to show there was “no conflict of interest.”" (PolNeAR train, Breitbart
 * 2016-04-12) has a noun of purpose, no cue, where the quotes stage read "order" as one.
 */
const IN_BEFORE = /\bin\s+$/i;
/** The characters read back from the cue for that "in". */
const IN_REACH = 4;

/** The cue of `f` is the quote's own, read before it (OWN_CUE_BEFORE, or OWN_CUE_IF_SAYING with a verb of SAYING_VERBS). */
function ownCueBefore(text: string, f: QuotedFragment): boolean {
  const head = CUE_HEAD.exec(text.slice(f.cue.s, f.cue.e))?.[0].toLowerCase();
  if (head === 'order' && IN_BEFORE.test(text.slice(Math.max(0, f.cue.s - IN_REACH), f.cue.s))) return false;
  if (OWN_CUE_BEFORE.has(f.rule)) return !head || !aspectOfActivity(text, f, head);
  if (!OWN_CUE_IF_SAYING.has(f.rule)) return false;
  if (!head || !SAYING_VERBS.has(head)) return false;
  return !OBJECT_RELATIVE_BEFORE.test(text.slice(Math.max(0, f.mention.s - RELATIVE_REACH), f.mention.s));
}

/** Relative words that open a clause after a noun (../quotes/lexicon.ts COMMA_RELATIVES, "where", "when"). */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set([...COMMA_RELATIVES, 'where', 'when']);

/**
 * The content from s opens with a relative word and the cue of `f` takes no question (../quotes/lexicon.ts WH_VERBS):
 * the cue's word is the noun the relative clause is about, no verb ("There was no primary state where ''very
 * conservative'' voters represented a larger share …", PolNeAR train, NYT 2016-02-04, the quotation given to "primary";
 * "asked where “…”" stays an indirect question).
 */
function relativeAfterNoun(text: string, f: QuotedFragment, s: number): boolean {
  const first = FIRST_WORD.exec(text.slice(s, s + RELATIVE_WORD_REACH))?.[1].toLowerCase();
  if (!first || !RELATIVE_OPENERS.has(first)) return false;
  const head = CUE_HEAD.exec(text.slice(f.cue.s, f.cue.e))?.[0].toLowerCase();
  return !head || !WH_VERBS.has(head);
}
/** The characters read for that relative word. */
const RELATIVE_WORD_REACH = 8;

/** The largest end of the spans sorted by start, over each prefix: `[k]` is the largest end of the first k. */
function endsSoFar(spans: readonly { start: number; end: number }[]): number[] {
  const out = [-1];
  for (const x of spans) out.push(Math.max(out[out.length - 1], x.end));
  return out;
}

/**
 * The contents around the quoted fragments of `fragments` (sorted by position; `quotes`: all the article's quotes) that no span of `reported` (reported
 * speech found already, sorted by start) overlaps; see the header.
 */
export function contentsAroundQuotes<F extends QuotedFragment>(text: string, quotes: readonly QuoteSpan[], fragments: readonly F[], reported: readonly { start: number; end: number }[]): ContentAround<F>[] {
  const byCue = new Map<number, F[]>();
  for (const f of fragments) {
    if (f.cue.e > f.q.start || f.q.start - f.cue.e > MAX_BETWEEN || sentenceBreakBetween(text, f.cue.e, f.q.start)) continue;
    const list = byCue.get(f.cue.s);
    if (list) list.push(f); else byCue.set(f.cue.s, [f]);
  }
  const ends = endsSoFar(reported);
  const out: ContentAround<F>[] = [];
  for (const list of byCue.values()) {
    const cue = list[0].cue, first = list[0].q, last = list[list.length - 1].q;
    // (the first quote's attribution is the cue's own; the later ones of the cue may go on from it)
    if (!ownCueBefore(text, list[0]) || !fragmentFrame(text, text.slice(cue.e, first.start), first)) continue;
    // (an inverted cue's words after it are its speaker: '“…,” said Ramos, whose new book features … “rebellious” people')
    if (list[0].mention.s >= cue.e || insetAfterQuotation(text, list[0])) continue;
    if (relativeOfAnother(text, list[0]) || pseudoCleft(text, list[0], text.slice(cue.e, first.start))) continue;
    // (after an "as" clause, from past its comma: "As X has pointed out, ⟦that’s …⟧")
    let s = list[0].rule === 'as clause' ? cue.e + text.slice(cue.e, first.start).indexOf(',') + 1 : cue.e;
    while (s < first.start && SPACE_OR_LEAD.test(text[s])) s++;
    if (relativeAfterNoun(text, list[0], s)) continue;
    // (a quote the clause's end falls in is taken in whole)
    const e = endAroundQuotes(quotes, s, contentEnd(text, last));
    // (a question's second verb reports nothing: ./questions.ts questionSecondVerb)
    if (e === null || questionSecondVerb(text, cue, s, e)) continue;
    // (reported speech over the same words: the rules' own content stands)
    if (ends[countBefore(reported, x => x.start < e)] > s) continue;
    out.push({ s, e, cue, fragments: list });
  }
  return out;
}
