/**
 * Rule family 7 — an attribution set in the middle of its content: "The goal, he said, is to forge a durable
 * cease-fire", "Therefore any attempt to debunk a falsehood by Mr. Trump, he said, becomes hopeless", "Part of the problem
 * in detecting tunnels, say experts like Paul Bauman, is the ground"; after an opening word and its comma ("Still, he
 * said, officials have to decide who gets extra scrutiny", "But, Carson added, he did not support …"); an opening
 * whose noun is also a cue's form ("In his state, Christie said, nonviolent first-time drug offenders are sent …",
 * "At one point, she said, she was considering …"); a content that goes on as a clause with a present verb ("And, he
 * acknowledged, it's unclear how far his advice goes"); an inverted source after a lone opening adverb, before a clause
 * ("Otherwise, said Adelino Neto, the communities of Mé-Zóchi will suspend the sale of their cocoa", a Téla Nón-style
 * probe, probes-mm). A relative clause after an inverted source is the source's, and
 * what was said the opening alone ("⟦A more subdued Bill Clinton may not be such a bad thing either⟧, say some
 * Democrats, who cringe as they recall …": PolNeAR train, NYT 2016-01-29, 1 gained, none lost). A span of time from another
 * event after the closing comma is the writer's timing, and what was said the opening alone ("⟦Hillary Clinton won the
 * Missouri Democratic primary⟧, the Associated Press declared on Thursday, two days after voters went to the polls …":
 * PolNeAR train, HuffPost 2016-03-16, 1 gained, none lost; clause.ts closingTimeSpan).
 */
import { subjectAfter, subjectBefore, type Mention } from '../quotes/attribution';
import { ADJACENT_ONLY, ARTICLES, BE_AND_FORMS, COMMA_RELATIVES_BUT_WHOM, COORDINATORS, CUES, DASH_TOKEN, DETERMINERS, FINITE_BE_HAVE, OBJECT_ONLY_PRONOUNS, SUBORDINATORS, TENSE_OF_BE_OR_HAVE } from '../quotes/lexicon';
import { inClass } from '../text/wordClasses';
import type { Tok } from '../quotes/tokens';
import { clauseStart, finite, presentTense } from './bareClause';
import { ALL_TAIL_CUES, closingTimeSpan, COMMENT_TAIL_CUES, commentVerbAt, contentEnd, contentSpan, dashAt, TAIL_CUES, words } from './clause';
import { BELIEF_ATTRIBUTION_VERBS, TAIL_PARTICIPLES } from './lexicon';
import { quoteAt } from './mixed';
import { contentStart } from './fronted';
import { type Report, reportOf, type SentenceContext } from './report';
import { phraseHead } from './speaker';
import { looksAdverb } from '../text/adverbs';
import { wordSet } from '../people/lexicon';
import { SINGULAR_DEMONSTRATIVES, without } from '../text/determiners';

/** A word in -ing ("speaking", "citing"). */
const ING_WORD = /^\w+ing$/;
/** Words that open an adverbial phrase, not the content's subject. */
const ADVERBIAL_WORDS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'after', 'before', 'if', 'while', 'when', 'of', 'so', 'still', 'however',
  'instead', 'indeed', 'as', 'yet', 'also', 'then', 'for', 'with', 'by', 'during', 'since', 'until', 'although', 'though', 'because', 'but', 'and',
  'later', 'earlier', 'overall', 'now', 'today', 'yesterday', 'again', 'meanwhile']);
/** One of the words, an adverb in -ly or a word in -ing. */
const isAdverbial = (l: string): boolean => ADVERBIAL_WORDS.has(l) || looksAdverb(l) || ING_WORD.test(l);

/** Openings that comment on what follows rather than belong to it. */
const SET_PHRASE = wordSet('if anything|in fact|of course|in short|in addition|at the same time|in other words|for example|for instance|in the end|by contrast');

/** How long the opening before the attribution may be ("The goal", "Russia's military successes in Syria …"). */
const MAX_OPENING = 14;

/**
 * How long an opening may be at most: past MAX_OPENING tokens the content is the opening's last stretch after a comma
 * or a dash, with what follows the inset ("As China builds militarily fortified islands in the South China Sea, a
 * strategic waterway …, ⟦it is his job, he said, to talk to Congress …⟧", "… enter into new agreements with Tehran -
 * ⟦a provision, Corker said, that is meant to make sure …⟧"), or the whole opening when no mark parts it ("⟦If
 * British Columbia were to proceed on its own without providing some form of protection to its energy-intensive
 * industries, Mr. Finlayson argued, they would simply lose markets …⟧", nyt_2016-03-03).
 */
const MAX_LONG_OPENING = 40;

/** The start of the opening's last stretch before the comma at m: the token after its last comma or dash, or `open`. */
function lastStretch(ctx: SentenceContext, open: number, m: number): number {
  const { toks } = ctx;
  for (let k = m - 1; k > open; k--) {
    if (toks[k].t === ',' || inClass(toks[k], DASH_TOKEN)) return k + 1;
    // (a spaced hyphen is no token: "… with Tehran - a provision, Corker said, …")
    if (dashAt(ctx, k)) return k;
  }
  return open;
}

/** Tokens [i, m) are a range with no verb: "from", then "to" before m ("from produce to auto parts"). */
function rangeWithoutVerb(toks: Tok[], i: number, m: number): boolean {
  return toks[i].l === 'from' && toks.slice(i + 2, m).some(t => t.l === 'to') && !finiteVerbBetween(toks, i, m);
}

/** After the closing comma the content goes on with its verb ("is to forge", "could be solidified"), not an apposition. */
function continues(toks: Tok[], k: number, b: number): boolean {
  for (let j = k; j < b && j < k + 10; j++) {
    if (toks[j].punct) return false;
    if (finite(toks[j]) || FINITE_BE_HAVE.has(toks[j].l) || presentTense(toks[j])) return true;
  }
  return false;
}


/**
 * Words after the closing comma that carry on an opening which is a clause with its own verb: an infinitive, a
 * reason, a condition, a participle ("it is his job, he said, to talk to Congress", "He’s leaning toward Kasich, he
 * said, because he prizes electability", "it makes sense, strategists said, for Democrats to put …").
 */
const CARRIES_ON = wordSet('to|because|since|although|though|unless|especially|particularly|for|so|if|even|rather');

/**
 * After an opening clause with its verb (open..m), the words after the closing comma at `close` go on with it: a word
 * of CARRIES_ON, or anything after an opening that ends on its verb ("It was, he said, one of the bitterest
 * failures") — but not a quotation ('There was, she said, "an implicit bargain."': a mixed quote's introduction).
 */
function carriesOn(ctx: SentenceContext, open: number, m: number, close: number): boolean {
  const { toks } = ctx;
  if (!plainWordAt(ctx, close + 1) || !finiteVerbBetween(toks, open, m)) return false;
  if (FINITE_BE_HAVE.has(toks[m - 1].l) && m - 1 > open) return true;
  return CARRIES_ON.has(toks[close + 1].l);
}

/**
 * After the inset's closing comma a quotation opens on a lower-case word: the quoted words carry on the opening's
 * sentence, and the whole is one content in part quoted ("No name change, he said, ''hides what it really is.''", "It is
 * time for the country to be led, he said, ''not only by a strong leader …''", "In other words, he said, ''the era of
 * Silicon Valley exceptionalism is over.''"; PolNeAR train: 20 of 24 such sentences are one attribution; the others
 * open on a lone "But," or "Still,", an aside the content leaves out, and so a direct quote alone).
 */
function quoteCarriesOn(ctx: SentenceContext, open: number, m: number, close: number): boolean {
  // (not after an opening that ends on its verb or a participle, the quotation's introduction: 'There was, she said,
  // "an implicit bargain."', '…, including, he said, "politicians who tweet …"')
  const last = ctx.toks[m - 1];
  if (m - 1 > open && (FINITE_BE_HAVE.has(last.l) || ING_WORD.test(last.l))) return false;
  // (quotation marks are no tokens: the word after the comma is the quotation's first)
  const word = ctx.toks[close + 1];
  if (!word || word.punct || word.cap || !/^[a-z]/.test(word.t)) return false;
  const q = quoteAt(ctx.quotes, word.s);
  return !!q && q.start >= ctx.toks[close].e;
}

/** How many tokens a quoted content's inset may take past its cue ("he said", "explained Rosenberg"): no clause of its own. */
const MAX_QUOTED_INSET_TAIL = 3;

/** Token k is a lower-case word outside quotation marks. */
function plainWordAt(ctx: SentenceContext, k: number): boolean {
  const t = ctx.toks[k];
  return !!t && !t.punct && !t.cap && !quoteAt(ctx.quotes, t.s);
}

/**
 * A finite verb among tokens [from, to), a form of "be" or "have" or a contracted "is" among them. Not sayClause's
 * hasVerb, which skips the first token and capitalised words and reads a present form after its subject: using that
 * one here changes which asides report (PolNeAR train).
 */
function finiteVerbBetween(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!toks[k].punct && (finite(toks[k]) || FINITE_BE_HAVE.has(toks[k].l) || contractedBe(toks[k]) || presentTense(toks[k]))) return true;
  return false;
}

const SUBJECT_WORD = wordSet('he|she|it|that|there');
/** A pronoun with a contracted "is" or "are" ("He’s leaning toward Kasich": the tokenizer reads "he" with a possessive's mark; "they’re"). */
function contractedBe(t: Tok): boolean {
  return (t.poss && SUBJECT_WORD.has(t.l)) || /^(?:they|we|you)['’]re$/.test(t.l);
}

/**
 * A cue among tokens [from, to): the opening has its own reporter. A cue's form after a determiner, a possessive or
 * "one" is a noun ("In his state, Christie said, …", "At one point, she said, …"), and a verb that is a cue only next
 * to a quote is none here ("Russia's military successes in Syria since the campaign began last year, they said, …"),
 * nor is an infinitive ("The effects are difficult to predict, many economists say, because …"), nor a passive's
 * participle after a form of "be", whose reporter is not the opening's ("⟦After being informed that he would be charged,
 * police said, Lewandowski voluntarily went to police headquarters⟧", PolNeAR train, Washington Post 2016-03-30: 1 gold
 * gained, none lost, no false positive added).
 */
function cueBetween(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!toks[k].cap && CUES.has(toks[k].l) && !ADJACENT_ONLY.has(toks[k].l) && !nounAfter(toks, k) && toks[k - 1]?.l !== 'to' && !BE_AND_FORMS.has(toks[k - 1]?.l ?? '')) return true;
  return false;
}

function nounAfter(toks: Tok[], k: number): boolean {
  const prev = toks[k - 1];
  return !!prev && !prev.punct && (DETERMINERS.has(prev.l) || prev.poss || prev.l === 'one');
}

/**
 * Openings of a scene, not of a content: a place or time ("In an interview with TMZ Sports,", "Soon after Wasserman
 * Schultz was booed Monday …,", "While he was speaking with the press in Miami on Wednesday,": PolNeAR train, no gold),
 * a participle ("Asked what …,", "Holding open a book,"). (Not "After …": 'After she blurted it out, she said,
 * “Everybody behind me …”' is one gold content, west-journal_2016-02-09.)
 */
const SCENE = /^(?:in|on|at|during|soon|when|while|later|earlier|upon|asked|less|\w+ing)$/;

/**
 * "In an interview with TMZ Sports, Walker said, “I’ve had …”", "Asked what he would like the nominee to embody, Adelson
 * said, “They have got to …”": a scene, the speaker and a direct quote — the quote's introduction, not an inset
 * attribution (but "An economic downturn, he said, “could be a good time …”" is a mixed quote around its subject).
 */
function introducesQuote(ctx: SentenceContext, open: number, close: number): boolean {
  const next = ctx.toks[close + 1];
  return !!next && !!quoteAt(ctx.quotes, next.s) && SCENE.test(ctx.toks[open].l);
}

/** The word after an inset's closing comma carries on its source's sentence: a participle or a coordinator (", telling them …", ", and …"). */
function sentenceGoesOn(t: Tok | undefined): boolean {
  return !!t && !t.punct && !t.cap && (ING_WORD.test(t.l) || COORDINATORS.has(t.l));
}

/** Words that open the short tail of an inset cue: a preposition, a time, an adverb, a hearer's name ("he said in his email", "they said Tuesday", "told POLITICO"). */
const TAIL_OPENERS = wordSet('in|on|at|to|of|reporters|supporters|listeners|viewers|investors|donors|during|via|through|after|before|from|with|by|for|last|this|earlier|later|recently|yesterday|today|tonight|again|privately|publicly|monday|tuesday|wednesday|thursday|friday|saturday|sunday');

/** Token t can open an inset cue's tail. */
function insetTail(t: Tok): boolean {
  // ("The solution, the partner told them, was simple": a hearer's pronoun)
  return t.cap || TAIL_OPENERS.has(t.l) || HEARER_PRONOUNS.has(t.l) || (looksAdverb(t.l) && t.l.length > 4);
}
/** Object pronouns that are no possessive ("her server" is a noun phrase of the content). */
const HEARER_PRONOUNS: ReadonlySet<string> = without(OBJECT_ONLY_PRONOUNS, 'it');

/** Conjunctions after the opening's comma that open a subordinate clause, never an inset attribution. */
const INSET_SUBORDINATOR: ReadonlySet<string> = without(SUBORDINATORS, 'as');

/** How many tokens a source's description may take before its head ("the former CEO of Hewlett-Packard"). */
const MAX_DESCRIPTION = 6;

/**
 * The cues of an attribution set between commas: the tail cues, the verbs of belief and argument, and a record's "show"
 * ("During the same stretch, F.A.A. records show, the Cessna has flown roughly 216 hours", "What is less certain, the
 * survey shows, is whether they'll bother to vote in 2016"; PolNeAR train: 2 found, both gold), and an admission
 * ("The leeks, she admits, have suffered", an Observer-style long read; no PolNeAR train case; not "admitted", a
 * passive's participle as often: "the majority of Syrian refugees admitted are women", PolNeAR train, one more false
 * positive).
 */
export const INSET_CUES: ReadonlySet<string> = new Set([...ALL_TAIL_CUES, ...BELIEF_ATTRIBUTION_VERBS, 'show', 'shows', 'showed', 'admits']);

/**
 * The opening [open, m) is a subject set off in two parts, with no verb: a description and its name ("The hamlet's
 * senior administrative officer, Peter Tagornak"), or a name and its description ("Peter Tagornak, the officer").
 */
function apposedSubject(toks: Tok[], open: number, m: number): boolean {
  return toks.slice(open + 1, m - 1).some(t => t.t === ',') && !finiteVerbBetween(toks, open, m);
}

/** The opening [from, m) alone as what was said, its cue at c: the words after the inset are no more of it. */
function openingAlone(ctx: SentenceContext, from: number, m: number, c: number, mention: Mention): Report[] {
  const span = contentSpan(ctx, from, m);
  return span ? [reportOf(span, { s: ctx.toks[c].s, e: ctx.toks[c].e }, mention, 'parenthetical')] : [];
}

/** How many tokens the subject and cue may take between the two commas. */
const MAX_INSET = 9;

const THINK_THOUGHT = wordSet('think|thought');
export function parentheticals(ctx: SentenceContext): Report[] {
  const { toks, b } = ctx;
  const open = contentStart(ctx);
  // ("Still, he said, officials have to decide …": after an opening word and its comma the attribution may come first)
  const first = toks[open - 1]?.t === ',' && open - 1 > ctx.a ? open - 1 : open + 1;
  for (let m = first; m < b - 4 && m <= open + MAX_LONG_OPENING; m++) {
    if (toks[m].t !== ',') continue;
    // ('"…," said X, a pollster.': a comma inside a quotation is a direct quote's; an opening with its own cue is no content)
    if (quoteAt(ctx.quotes, toks[m].s)) return [];
    if (cueBetween(toks, open, m)) return [];
    // ("Barkley, who said he typically votes democratic, said …": a relative clause, not an inset attribution)
    if (COMMA_RELATIVES_BUT_WHOM.has(toks[m + 1]?.l ?? '')) continue;
    // ("From the first days of his papacy, when he insisted on paying his hotel bill himself, Francis has …": a
    // subordinate clause's verb, not an inset attribution)
    if (INSET_SUBORDINATOR.has(toks[m + 1]?.l ?? '')) continue;
    let c = m + 1;
    while (c < b && c <= m + MAX_INSET && !toks[c].punct && !(INSET_CUES.has(toks[c].l) && !toks[c].cap)) c++;
    if (c >= b || toks[c].punct || c > m + MAX_INSET) continue;
    // (a belief's noun, "Bush pinned his hopes on South Carolina", "a campaign fanning fears of …"; an "as" clause's verb,
    // "If the increases boost …, as some liberals hope, activists …", is the as-clause rule's)
    // ("I pretty much, I think, had PTSD", "Look out, White House, I thought, here comes …": a speaker's hedge or aside)
    if (THINK_THOUGHT.has(toks[c].l) && toks[c - 1].l === 'i') continue;
    // ("Besides China, Vietnam, the Philippines, Malaysia, Brunei and Taiwan have claims in the area, and …": a cue's
    // plural after a tense of "be" or "have" is a noun)
    if (/s$/.test(toks[c].l) && TENSE_OF_BE_OR_HAVE.has(toks[c - 1].l)) continue;
    // (a verb of comment after an auxiliary or a negation is no inset's: "Minister … Zvonko Matijević has not commented on
    // the price rise, but his ministry said …", a Total Croatia News-style probe, test/fixtures/outlets)
    if (COMMENT_TAIL_CUES.has(toks[c].l) && !commentVerbAt(toks, c)) continue;
    if (!TAIL_CUES.has(toks[c].l) && (toks[c - 1].poss || /^(?:a|an|the|his|her|its|their|our|my|your|(?:\w+(?:ing|ed)))$/.test(toks[c - 1].l) || toks[m + 1].l === 'as')) continue;
    // the closing comma, after a short tail ("he said Tuesday,", "say experts like Paul Bauman, a geophysicist,")
    let close = c + 1;
    while (close < b && close <= c + 6 && !toks[close].punct) close++;
    if (toks[close]?.t !== ',') continue;
    // ("This month, she wrote a lashing dissent, rooted in …", "46 percent of voters said yes, compared with …": after a
    // subject and its cue, a tail that is the cue's object makes the cue the sentence's verb, not an inset)
    if (c > m + 1 && close > c + 1 && !insetTail(toks[c + 1])) continue;
    // ("Now, 52 percent said Mr. Trump would be better, compared with 41 percent …": a tail with a verb of its own is
    // the cue's clause, and the cue the sentence's verb, not an inset)
    if (c > m + 1 && close > c + 1 && finiteVerbBetween(toks, c + 1, close)) continue;
    // ("The hamlet's senior administrative officer, Peter Tagornak, said the tanker, chartered by …, reached …": a subject
    // set off with its name right before the cue is the cue's, not an opening the inverted cue follows; a CBC North-style
    // probe, test/fixtures/outlets ca-cbcnorth-fuel-rationing.txt, where the source was "the tanker")
    if (c === m + 1 && apposedSubject(toks, open, m)) continue;
    let mention: Mention | null = null;
    if (c === m + 1) mention = subjectAfter(toks, c + 1, close);
    else {
      // ("The plan, an inside source said, is to have volunteers …", PolNeAR train, Politico 2016-01-29: the whole subject,
      // not its last word)
      const found = subjectBefore(toks, c - 1, m + 1);
      const subj = found && phraseHead(ctx, found);
      if (subj && subj.i <= m + 2) mention = subj;
      // ("the first step …, the Texas senator’s allies say, will be …", "But, the former CEO of Hewlett-Packard added, …":
      // the words before the head, with no mark or cue among them, are the source's description)
      else if (subj && subj.i <= m + MAX_DESCRIPTION && toks.slice(m + 1, subj.i).every(t => !t.punct && !CUES.has(t.l) && !COORDINATORS.has(t.l)) && DETERMINERS.has(toks[m + 1].l)) mention = { ...subj, s: toks[m + 1].s, i: m + 1 };
      // ("⟦The source of the attraction to Mr. Trump, union members and leaders say, is manifold: …⟧", PolNeAR train, NYT
      // 2016-01-30: 1 gold gained, none lost, no false positive added): a source of bare plural nouns joined by one "and",
      // no determiner before them, is the whole source too
      else if (subj && subj.i <= m + MAX_DESCRIPTION && /s$/.test(toks[c - 1].l) && toks.slice(m + 1, c).every(t => !t.punct && !t.cap && !CUES.has(t.l)) && toks.slice(m + 1, c).filter(t => t.l === 'and').length === 1) mention = { ...subj, s: toks[m + 1].s, i: m + 1 };
    }
    // (past MAX_OPENING, only a speaker's or a believer's inset: "A Fox News poll, conducted jointly with …, shows Sanders
    // with 47 percent" is the poll's own verb)
    const long = m > open + MAX_OPENING;
    if (long && /^show/.test(toks[c].l)) continue;
    // (not a last stretch that is a range set off after a noun, "from … to …" with no verb, which no content opens with:
    // "⟦The falling dollar will raise the cost of imported goods, from produce to auto parts⟧, economists warned, but …",
    // a Globe and Mail-style probe, was read from "from produce"; but "in keeping with Vatican protocol and also, Sanders
    // said, "…"", PolNeAR train, is the content's last stretch)
    const stretch = long ? lastStretch(ctx, open, m) : open;
    const from = stretch > open && m - open <= MAX_LONG_OPENING && rangeWithoutVerb(toks, stretch, m) ? open : stretch;
    const quoteGoesOn = close <= c + MAX_QUOTED_INSET_TAIL && quoteCarriesOn(ctx, open, m, close);
    if (!mention || (introducesQuote(ctx, open, close) && !quoteGoesOn)) continue;
    // (after a scene's opening, a source, its cue and the cue's object or hearer, then a participle or "and": the cue is
    // the sentence's verb and the opening its scene, no inset — "On Tuesday, even as shares of Valeant were tumbling,
    // Mr. Ackman wrote to investors, telling them …", PolNeAR train, NYT 2016-03-17; 'In a two-minute response, Cruz
    // said "CNN" five times, and specifically mentioned …', Huffington Post 2016-02-07)
    if (close > c + 1 && SCENE.test(toks[from].l) && sentenceGoesOn(toks[close + 1])) continue;
    // ('Trump’s “excesses” are sickening, Hollande said Tuesday in Paris, noting that …': a participle of another
    // attribution after the closing comma; what was said is the opening alone)
    if (TAIL_PARTICIPLES.test(toks[close + 1]?.l ?? '') && !isAdverbial(toks[from].l) && finiteVerbBetween(toks, from, m)) return openingAlone(ctx, from, m, c, mention);
    // ('Hillary Clinton won the Missouri Democratic primary, the Associated Press declared on Thursday, two days after
    // voters went to the polls …': a span of time from another event after the closing comma is the writer's timing of
    // the report; what was said is the opening alone)
    if (closingTimeSpan(toks, close + 1, b) && !isAdverbial(toks[from].l) && finiteVerbBetween(toks, from, m)) return openingAlone(ctx, from, m, c, mention);
    // ("A more subdued Bill Clinton may not be such a bad thing either, say some Democrats, who cringe as they recall
    // …": a relative clause after an inverted source describes the source; what was said is the opening alone)
    if (c === m + 1 && COMMA_RELATIVES_BUT_WHOM.has(toks[close + 1]?.l ?? '') && !finiteVerbBetween(toks, c + 1, close) && finiteVerbBetween(toks, from, m)) return openingAlone(ctx, from, m, c, mention);
    const carried = carriesOn(ctx, open, m, close) || quoteGoesOn;
    // (a bare inset, "SUBJECT CUE," and no tail, before a plain word: what follows belongs to the content even when no
    // verb of its own is read there — "In the end, Mr. Rosenthal said, union voters almost always end up voting …",
    // "If the demands are not met, Mr. Taylor warned, die-hard Sanders supporters plan to leave …", "proof, the
    // government argued, of Santilli's participation …"; but after a participle other than "including" the content is
    // the opening alone: "⟦Sales were great⟧, he said, wiping sweat off his face"; PolNeAR train)
    const bare = c > m + 1 && close === c + 1 && TAIL_CUES.has(toks[c].l) && plainWordAt(ctx, close + 1);
    if (bare && !carried && ING_WORD.test(toks[close + 1].l) && toks[close + 1].l !== 'including' && finiteVerbBetween(toks, from, m) && !isAdverbial(toks[from].l)) {
      return openingAlone(ctx, from, m, c, mention);
    }
    if (!carried && !continues(toks, close + 1, b) && !clauseStart(toks, close + 1, b) && !bare) continue;
    // ("That will be true up to a point, said Sherman, a George Washington University grad whose aggressiveness has
    // driven …": an inverted source's apposition, no more content)
    // (but after a lone opening adverb the words after the source are the content when they make a clause: "Otherwise,
    // said Adelino Neto, ⟦the communities of Mé-Zóchi will suspend the sale of their cocoa …⟧", a Téla Nón-style probe,
    // test/fixtures/outlets st-telanon-me-zochi-cocoa-price.txt, probes-mm)
    const loneAdverb = m === from + 1 && (isAdverbial(toks[from].l) || toks[from].l === 'otherwise');
    if (c === m + 1 && ARTICLES.has(toks[close + 1]?.l ?? '') && !(loneAdverb && clauseStart(toks, close + 1, b))) continue;
    const end = contentEnd(ctx, close + 1);
    // (a short rest after a clause of its own: "This campaign, he says, is different")
    if (words(toks, close + 1, end) < (carried || (words(toks, open, m) >= 2 && plainWordAt(ctx, close + 1)) ? 2 : 3)) continue;
    // ("If anything, Ash argued in his email, the incident is …": an adverbial opening is no part of the content)
    // (but a longer opening is part of what is reported: "If it’s just a small number of delegates at stake, the
    // campaign said, it may not bother", "In his state, Christie said, …")
    // ("That, RNC Chief of Staff Katie Walsh explained, is by design": a lone demonstrative points back to what came
    // before; PolNeAR's content is what follows the inset)
    const aside = m < open || (m === from + 1 && SINGULAR_DEMONSTRATIVES.has(toks[from].l)) || (isAdverbial(toks[from].l) && (m === from + 1 || SET_PHRASE.has(ctx.text.slice(toks[from].s, toks[m - 1].e).toLowerCase())));
    const span = contentSpan(ctx, aside ? close + 1 : from, end);
    if (span) return [reportOf(span, { s: toks[c].s, e: toks[c].e }, mention, 'parenthetical')];
  }
  return [];
}
