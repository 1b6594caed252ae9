/**
 * Rule family 5 — the content before its attribution: "The 56-year-old often traveled for work and was headed to
 * Cairo for meetings, the news site RTL Info reported.", "It is a national disgrace, said Mirsky.", "Federal mandates
 * are a burden that distract from teaching and learning in schools, said Wilcox, an Orlando Republican who founded …",
 * "…, his top aide, Tad Devine, told The Huffington Post." (a name set off by commas is the source), "…, John Smith, a
 * spokesman for the department, said.", "…, Ms Jones, 54, said." (a name with its description is the source), "The subsidised rice
 * will be sold from 8:00 to 15:00 at the CLN warehouse in Tibar …, the Ministry of Commerce and Industry said in a
 * statement." (a clock's colon, with no space after it, is no colon of a clause).
 */
import { hearersTold, subjectAfter, subjectBefore, townAndProvinceBefore, type Mention } from '../quotes/attribution';
import { afterDateline, colonDateline } from '../quotes/names';
import { BE_AND_FORMS, COMMA_RELATIVES, CONTENT_OPENING_CONJUNCTIONS, CUES, DASH, DETERMINERS, INDEFINITE_ARTICLES, OPENING_ADJUNCTS, OPENING_SUBORDINATORS, OWN_CLAUSE_CONJUNCTIONS, PERSONAL_SUBJECT_PRONOUNS, PREPOSITIONS, RELATIVE_PRONOUNS, RELATIVES, SAY_FORMS, SUBORDINATORS, TAIL_INVERTING, TAIL_PARTICIPLES, TELL_FORMS, TENSE_OF_BE_OR_HAVE, TIME_WORDS } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { inClass } from '../text/wordClasses';
import { isDocumentNoun } from '../people/documents';
import { titledPortfolioReach } from '../people/portfolio';
import { finite, intentionBeforeInfinitive, presentVerb } from './bareClause';
import { EVIDENCE_CUE, evidenceMention, evidenceNoun, FINDING_VERBS } from './evidence';
import { ALL_TAIL_CUES, apposedNameClosing, attributionTail, describedNameClosing, WHO_WHOSE, beforeClosingStops, contentSpan, MAX_CONTENT, participleTail as clauseParticiple, TAIL_CUES, words } from './clause';
import { type Report, reportOf, type SentenceContext } from './report';
import { quoteAt, quoteWithin } from './mixed';
import { ownerOfNounCue, reporterOf } from './speaker';
import { opensWithQuestion } from './sourceless';
import { AND_OR, AND_OR_BUT, BELIEF_ATTRIBUTION_VERBS, PERFECT_AUXILIARIES } from './lexicon';
import { isVerbForm, wordSet } from '../people/lexicon';

/**
 * The first token of a sentence's content, past a dateline ("WASHINGTON (AP) —", and the colon of Malaysian, Indian and
 * Singaporean papers' "KOTA BHARU: Cash aid … will be paid out by Friday, says Datuk Seri …", a The Star-style probe,
 * test/fixtures/outlets my-thestar-kelantan-flood-aid.txt, where the content opened on the place and was no report) and
 * an opening "But"/"And". (A dateline in mixed case with its agency, as the quote engine reads one, ../quotes/names.ts
 * afterDateline: "ATHENS, Greece (AP) — Hundreds of residents … fled …, officials said", "BHUBANESWAR, Oct 24 (PTI) —
 * Over 5.8 lakh people have been evacuated …", "Skopje, 22 October 2025 (MIA) - Households … will be able to receive
 * subsidies …, Minister … announced", test/fixtures/outlets gr-ap-island-wildfire-evacuation.txt,
 * in-pti-odisha-cyclone-evacuation.txt and mk-mia-skopje-heating-subsidy-pollution.txt, whose contents opened on it.)
 */
export function contentStart(ctx: SentenceContext): number {
  const { toks, a, b } = ctx;
  if (toks !== startRead.toks || a !== startRead.a || b !== startRead.b) startRead = { toks, a, b, k: readContentStart(toks, a, b) };
  return startRead.k;
}

/**
 * contentStart's last answer: the rules of a sentence ask for it some five times each (12 k asks, 2.4 k sentences on
 * PolNeAR dev), and one sentence's rules run one after another. Keyed by the token array itself, which is never changed
 * once tokenize returns it (../quotes/tokens.ts Tok), and the sentence's bounds.
 */
let startRead: { toks?: readonly Tok[]; a: number; b: number; k: number } = { a: -1, b: -1, k: -1 };

function readContentStart(toks: Tok[], a: number, b: number): number {
  let k = a;
  for (let x = a; x < b && x < a + 9; x++) {
    if ((inClass(toks[x], DASH) && toks.slice(a, x).every(w => w.punct || w.t === w.t.toUpperCase())) || colonDateline(toks, a, x)) { k = x + 1; break; }
  }
  if (k === a) k = afterDateline(toks, a, b);
  if (k < b && CONTENT_OPENING_CONJUNCTIONS.has(toks[k].l)) k++;
  if (k < b && toks[k].t === ',') k++;
  return k;
}

/** What follows the cue at c ends the sentence: a short tail, an inverted source's apposition or a verbless detail. */
function tailEndsSentence(toks: Tok[], c: number, b: number): boolean {
  return shortTail(toks, c, b) || appositionEndsSentence(toks, c, b) || sourceModifierEndsSentence(toks, c, b) || verblessTail(toks, c, b) || participleTail(toks, c, b) || commentTail(toks, c, b);
}

/** The words that open a modifier of an inverted source, no comma between ("said a spokesman ⟨for⟩ …", "⟨who⟩ …"). */
const SOURCE_MODIFIER_OPENINGS: ReadonlySet<string> = new Set(['for', 'of', 'at', 'with', 'from', 'in', 'who']);

/**
 * '…, said a former spokesman for Ukraine's Foreign Ministry.', '…, said a handful of Democrats who pointed to his
 * record.' (PolNeAR train): the inverted cue, its source and, with no comma, a phrase or relative clause that
 * describes the source to the sentence's end, with no "that" or quotation of its own — the source, not more content.
 */
function sourceModifierEndsSentence(toks: Tok[], c: number, b: number): boolean {
  const mention = sourceModifierMention(toks, c, b);
  if (!mention) return false;
  for (let k = mention.j; k < b; k++) {
    const t = toks[k];
    if (t.punct ? !/^[,()]$/.test(t.t) && !(/^[.!?]$/.test(t.t) && k === b - 1) : t.l === 'that' || (!t.cap && CUES.has(t.l) && !/(?:ed|ing)$/.test(t.l))) return false;
  }
  return true;
}

/** The source after an inverted cue at c when a modifier opens right after it (sourceModifierEndsSentence). */
function sourceModifierMention(toks: Tok[], c: number, b: number): Mention | null {
  // (a say-verb only: '…, wrote an in-depth assessment of …' has its object there)
  if (!SAY_FORMS.has(toks[c].l)) return null;
  const mention = subjectAfter(toks, c + 1, b);
  return mention && mention.j < b - 1 && SOURCE_MODIFIER_OPENINGS.has(toks[mention.j].l) && !toks[mention.j].cap ? mention : null;
}

/** The writer's comment after an attribution tail: a noun phrase (articleComment) or a participle or "as" clause (participleComment). */
function commentTail(toks: Tok[], c: number, b: number): boolean {
  return articleComment(toks, c, b) || participleComment(toks, c, b) || withAbsoluteComment(toks, c, b);
}

/** How far a tail's phrase of time or place may run before its comma or dash ("said this week at an event in Wyoming —"). */
const MAX_TAIL_PHRASE = 8;

/**
 * The writer's comment after the tail, past a phrase of time or place with no verb: a noun phrase with an article
 * ("…, Sanders said, a policy that could make it easier for them to remain in the U.S.", "…, the nonpartisan
 * Congressional Budget Office reported on Tuesday -- a development that injects new questions …"). What was said
 * ends at the tail. (A participle right after the tail's comma goes on with the content as often as it comments:
 * "Russia is playing interference, they say, imposing new import restrictions …"; past a day it is participleComment's.)
 */
function articleComment(toks: Tok[], c: number, b: number): boolean {
  const k = tailPhraseEnd(toks, c, b);
  if (k < 0) return false;
  const mark = toks[k], n = toks[k + 1];
  if (!mark || !n || !(mark.t === ',' || inClass(mark, DASH))) return false;
  // (or "the" and a rank: "Hanoi will ban gasoline-powered motorbikes …, the city said Monday, the first step in a plan
  // to cut air pollution …", a VnExpress-style probe, test/fixtures/outlets vn-vnexpress-hanoi-motorbike-ban.txt)
  return INDEFINITE_ARTICLES.has(n.l) || (n.l === 'the' && COMMENT_RANK.has(toks[k + 2]?.l ?? ''));
}

/** The most words of the noun phrase between "with" and its participle ("with ⟨some subscribers⟩ receiving"). */
const MAX_WITH_SUBJECT = 4;

/**
 * The token that ends the tail's phrase after the cue at c (its object, hearer, time or place): the first mark within
 * MAX_TAIL_PHRASE words, or the word past them; -1 when a verb, a cue or "that" stands before it.
 */
function tailPhraseEnd(toks: Tok[], c: number, b: number): number {
  let k = c + 1;
  for (; k < b && k <= c + MAX_TAIL_PHRASE && !toks[k].punct; k++) {
    const t = toks[k];
    if (t.l === 'that' || finite(t) || (!t.cap && CUES.has(t.l))) return -1;
  }
  return k;
}

/**
 * The writer's detail after the tail as an absolute phrase, "with", a noun phrase and its participle: "Private generator
 * owners in several Beirut neighborhoods have refused to apply the Economy Ministry's official tariff for October,
 * residents told L'Orient Today, with some subscribers receiving bills more than 40 percent above the set rate." (a
 * L'Orient Today-style probe, test/fixtures/outlets lb-lorienttoday-generator-tariffs.txt, where the refusal was read
 * as the owners' report). Not "said, with an awkward smile, as the crowd applauded" (PolNeAR train: no participle).
 */
function withAbsoluteComment(toks: Tok[], c: number, b: number): boolean {
  const k = tailPhraseEnd(toks, c, b);
  if (k < 0 || toks[k]?.t !== ',' || toks[k + 1]?.l !== 'with') return false;
  for (let j = k + 3; j < b && j <= k + 2 + MAX_WITH_SUBJECT; j++) {
    const t = toks[j], prev = toks[j - 1];
    if (t.punct || prev.punct) return false;
    if (/[^e]ing$/.test(t.l) && !t.cap && !DETERMINERS.has(prev.l)) return true;
  }
  return false;
}

/** Ranks after "the" that open the writer's comment on the news ("the first step in …", "the latest sign that …"). */
const COMMENT_RANK = wordSet('first|second|third|latest|biggest|largest|newest');

/**
 * "Alberta will hold a referendum next year …, Premier Danica Smythe-Okoro announced Monday, reviving a fight with
 * Ottawa …", "Quebec will cap …, the province announced Thursday, as the government faces mounting pressure …": after
 * the cue's words of time and comma a participle or an "as" clause is the writer's comment on the news, not more of
 * the content.
 */
function participleComment(toks: Tok[], c: number, b: number): boolean {
  const k = commaPastTime(toks, c, b);
  // (a day between the cue and its comma: ", Russia is playing interference, they say, imposing new import rules" goes on the content)
  // (or a cue in the perfect, a lede's news: "Households in Betio will start paying for water … from January, the Public
  // Utilities Board (PUB) has announced, ending two years of free supply during the plant's trial period.", a Kiribati
  // Independent-style probe, probes-uu, test/fixtures/outlets ki-kiribatiindependent-betio-water-charge.txt, read as no report)
  const dayOrPerfect = k > c + 1 || (k === c + 1 && PERFECT_AUXILIARIES.has(toks[c - 1]?.l ?? ''));
  return dayOrPerfect && k + 2 < b && writersComment(toks, k + 1);
}

/** A participle ("reviving a fight …") or an "as" and its subject ("as the government faces …") at k. */
function writersComment(toks: Tok[], k: number): boolean {
  return clauseParticiple(toks, k) || (toks[k]?.l === 'as' && (DETERMINERS.has(toks[k + 1]?.l ?? '') || PERSONAL_SUBJECT_PRONOUNS.has(toks[k + 1]?.l ?? '') || barePluralSubject(toks, k + 1)));
}

/** The most words of a subject with no determiner after "as" ("as retail prices remain …"). */
const BARE_SUBJECT_WORDS = 3;

/**
 * A plural subject with no determiner and its verb, from k: "…, Agriculture Minister Koichi Taniyama said Tuesday, as
 * retail prices remain near double …", a Japan Times-style probe, test/fixtures/outlets jp-japantimes-rice-stockpile.txt.
 */
function barePluralSubject(toks: Tok[], k: number): boolean {
  for (let j = k + 1; j <= k + BARE_SUBJECT_WORDS && j < toks.length; j++) {
    const t = toks[j], prev = toks[j - 1];
    if (t.punct || t.cap || prev.punct || prev.cap) return false;
    if (/[^s']s$/.test(prev.l) && (finite(t) || (isVerbForm(t.l) && !t.l.endsWith('s')))) return true;
  }
  return false;
}

/** The comma after the cue at c and its words of time ("said Thursday night,"), or -1 when another word stands there. */
function commaPastTime(toks: Tok[], c: number, b: number): number {
  let k = c + 1;
  while (k < b && k <= c + MAX_TAIL_TIME && TIME_WORDS.has(toks[k].l)) k++;
  return toks[k]?.t === ',' ? k : -1;
}

/**
 * "Washington did not complain when China's spending helped global growth, a Chinese official said, adding that the
 * impact of closing factories was hard to estimate.": a participle of saying and its "that" after the cue's comma open
 * the same source's next report (the gerund rule's), not more of this content.
 */
function participleTail(toks: Tok[], c: number, b: number): boolean {
  const k = commaPastTime(toks, c, b);
  return k >= 0 && k + 2 < b && TAIL_PARTICIPLES.test(toks[k + 1].l) && toks[k + 2].l === 'that';
}

/** How many words of time may stand between the cue and the comma of a verbless tail ("said Thursday night, …"). */
const MAX_TAIL_TIME = 4;
/**
 * Words after which a verb's form is a noun ("despite ⟨calls⟩ from the two bus operators", "for ⟨reviews⟩"): "…, the
 * director of the Transport Bureau (DSAT) said yesterday, despite calls from the two bus operators for a review …", a
 * Macau Daily Times-style probe, test/fixtures/outlets mo-macaudailytimes-bus-fare-review.txt, whose report was missed.
 */
const NOUN_OPENERS: ReadonlySet<string> = new Set([...PREPOSITIONS, ...DETERMINERS, 'despite']);

/**
 * "…, Finance Minister Chrystia Freeland said Tuesday, up 4.4 per cent from last year's forecast.": words of time
 * after the cue, a comma and a phrase with no verb, cue or "that" of its own to the sentence's end — a detail of the
 * content, not more to come.
 */
function verblessTail(toks: Tok[], c: number, b: number): boolean {
  const k = commaPastTime(toks, c, b);
  if (k <= c + 1 || k + 1 >= b - 1) return false;
  if (COMMA_RELATIVES.has(toks[k + 1].l) || OWN_CLAUSE_CONJUNCTIONS.has(toks[k + 1].l)) return false;
  for (let j = k + 1; j < b; j++) {
    const t = toks[j];
    if (t.punct) {
      if (/^[.!?]$/.test(t.t) ? j < b - 1 : !/^[,$%()]$/.test(t.t)) return false;
    } else if (t.l === 'that' || (!NOUN_OPENERS.has(toks[j - 1].l) && (finite(t) || (!t.cap && CUES.has(t.l)))) || presentVerb(toks, j)) return false;
  }
  return true;
}

/**
 * What follows the cue at c is a short tail that ends the sentence ("he said Tuesday."), not more to come — nor a
 * short clause of its own, which is what was said: "In Wyoming, Trump's local operation was clearly outmatched, even
 * though a number of attendees said they supported him.", "…, but on Thursday, the Republican Party of Wyoming
 * announced she wasn’t coming." (PolNeAR train: 8 such fronted contents, 5 no gold). Past a comma it is the
 * source's again ("…, he said, and “everyone started running.”").
 */
function shortTail(toks: Tok[], c: number, b: number): boolean {
  let n = c + 1, comma = false;
  while (n < b && n <= c + 8 && (!toks[n].punct || toks[n].t === ',' || toks[n].t === '(' || toks[n].t === ')')) {
    comma ||= toks[n].t === ',';
    if (!comma && (finite(toks[n]) || presentVerb(toks, n))) return false;
    n++;
  }
  return n >= b || (n === b - 1 && /^[.!?]$/.test(toks[n].t));
}

/** How long an apposition after an inverted source may be ("…, said Mark Jones, a political scientist at Rice University."). */
const MAX_APPOSITION = 30;

/**
 * '…, said Mark Jones, a political scientist at Rice University.': the cue, the source's name, a comma and an
 * apposition with no verb of its own to the sentence's end.
 */
function appositionEndsSentence(toks: Tok[], c: number, b: number): boolean {
  if (!TAIL_INVERTING.has(toks[c].l)) return false;
  const name = subjectAfter(toks, c + 1, b);
  if (!name || toks[name.j]?.t !== ',' || b - name.j > MAX_APPOSITION) return false;
  for (let k = name.j + 1; k < b; k++) {
    const t = toks[k];
    if (t.punct ? !(/^[,.!?()]$/.test(t.t) || inClass(t, DASH)) || (/^[.!?]$/.test(t.t) && k < b - 1) : t.l === 'that' || (!t.cap && CUES.has(t.l) && !/(?:ed|ing)$/.test(t.l))) return false;
  }
  return true;
}

/**
 * A verb of belief or argument closes a sentence as its attribution: "Had their arguments for more stimulus prevailed
 * sooner, the recovery might have been far less sluggish, they argue.", "The Clinton campaign has a larger field
 * operation …, the campaigns agree.", "…, some Democrats now think." (PolNeAR train).
 */
export const BELIEF_TAIL_CUES: ReadonlySet<string> = BELIEF_ATTRIBUTION_VERBS;

/** How many tokens the source of a belief tail may take. */
const MAX_BELIEF_SOURCE = 5;

const QUESTION_OR_FIRST_PERSON = wordSet('i|you|what|how|why|whether|if');
/** After the comma at m, a short source, a verb of BELIEF_TAIL_CUES and the sentence's end ("…, critics argue."). */
function beliefTail(toks: Tok[], m: number, b: number): boolean {
  const c = beforeClosingStops(toks, m, b) - 1;
  if (c <= m + 1 || c > m + 1 + MAX_BELIEF_SOURCE || toks[c].cap || !BELIEF_TAIL_CUES.has(toks[c].l)) return false;
  // (not a participle's wh-clause, "…, wondering what he really believes.", nor a speaker's own "I think")
  for (let k = m + 1; k < c; k++) if (toks[k].punct || RELATIVE_PRONOUNS.has(toks[k].l) || QUESTION_OR_FIRST_PERSON.has(toks[k].l) || /ing$/.test(toks[k].l)) return false;
  return true;
}

/** A finding's verb after any short source at a sentence's end: a court's ruling, a network's or an analyst's finding. */
export const FINDING_TAIL_CUES: ReadonlySet<string> = wordSet('ruled|found|held|concluded');
/** How many tokens the source of a finding tail may take ("a federal judge", "Bloomberg New Energy Finance"). */
const MAX_FINDING_SOURCE = 5;
/** How many tokens the evidence of a finding tail may take ("new fundraising reports", "a Quinnipiac University poll"). */
const MAX_EVIDENCE_SOURCE = 8;
/** Nouns of data that close the evidence of a finding tail, besides documents ("records show", "the data suggest"). */
const DATA_NOUN = wordSet('records|data|figures|numbers|results|statistics|polling');

/**
 * The finding before its source and verb at a sentence's end: the index of the verb after the comma at m, or -1.
 * Either a verb of FINDING_TAIL_CUES after a short source with no verb or relative of its own ("…, Clinton has
 * maintained support among black voters and those with a college degree, Fox found.", "…, a federal judge ruled
 * Monday.", PolNeAR train, gold "found", "ruled"), or any verb of evidence ../reported/evidence.ts FINDING_VERBS, no
 * participle, after evidence that a document or data noun closes ("More than 40 percent of that money arrived in
 * February alone, new fundraising reports show.", "…, records show.", breitbart_2016-03-20 and nyt_2016-04-25, PolNeAR
 * train), or a cue of evidence ("indicates", "revealed", "suggests") after one: "The homeless woman accused of …
 * told police she was stressed out by security guards …, a police report indicates." (usa-today_2015-12-22_in-brief,
 * PolNeAR train, gold source "a police report"). Only time words follow the verb. The verb of FINDING_TAIL_CUES may be
 * a perfect's participle, its auxiliary no verb of the source's (38th session): "Hillary Clinton and Bernie Sanders are
 * locked in a tight race in California, …, a new statewide poll has found." (nyt_2016-05-27_clinton-faces-t, PolNeAR
 * train, gold source "a new statewide poll").
 */
function findingTail(toks: Tok[], m: number, b: number): number {
  let c = beforeClosingStops(toks, m, b) - 1;
  while (c > m && TIME_WORDS.has(toks[c].l)) c--;
  if (c <= m + 1 || toks[c].cap) return -1;
  // (a perfect's auxiliary is the verb's, not the source's: "…, a new statewide poll has found.")
  const source = toks.slice(m + 1, PERFECT_AUXILIARIES.has(toks[c - 1].l) ? c - 1 : c);
  if (FINDING_TAIL_CUES.has(toks[c].l) && source.length <= MAX_FINDING_SOURCE
    && source.every(t => !t.punct && !RELATIVE_PRONOUNS.has(t.l) && !QUESTION_OR_FIRST_PERSON.has(t.l) && !finite(t) && !CUES.has(t.l))) return c;
  return (FINDING_VERBS.has(toks[c].l) || EVIDENCE_CUE.test(toks[c].l)) && !toks[c].l.endsWith('ing') && evidenceBetween(toks, m, c) ? c : -1;
}

/** Tokens (m, c) are evidence that a document or data noun closes, no punctuation inside: a finding tail's source. */
function evidenceBetween(toks: Tok[], m: number, c: number): boolean {
  const head = toks[c - 1].l;
  if (!toks.slice(m + 1, c).every(t => !t.punct || t.poss)) return false;
  if (c - m - 1 <= MAX_EVIDENCE_SOURCE && (isDocumentNoun(head) || DATA_NOUN.has(head)) && evidenceMention(toks, { i: m + 1, j: c })) return true;
  return postmodifiedEvidence(toks, m, c);
}

/** How many tokens evidence and the phrase after its noun may take ("tallies by Kantar Media's Campaign Media Analysis Group and other trackers"). */
const MAX_POSTMODIFIED_EVIDENCE = 12;
const BY = wordSet('by');
/**
 * Tokens (m, c) are a noun of evidence and a "by" phrase, or a participle and its "by" phrase, with no verb of its own:
 * "…, tallies by Kantar Media's Campaign Media Analysis Group and other trackers show.", "…, Federal Election
 * Commission records compiled by the Center for Responsive Politics show." (usa-today_2015-11-27_super-pac,
 * breitbart_2016-01-01_jeb-bush, PolNeAR train).
 */
function postmodifiedEvidence(toks: Tok[], m: number, c: number): boolean {
  if (c - m - 1 > MAX_POSTMODIFIED_EVIDENCE) return false;
  let k = m + 1;
  while (k < c && !BY.has(toks[k].l)) k++;
  if (k >= c - 1) return false;
  const participle = k - 1 > m + 1 && /ed$/.test(toks[k - 1].l) ? 1 : 0;
  const head = k - 1 - participle;
  if (head <= m || !evidenceNoun(toks[head].l)) return false;
  return toks.slice(k + 1, c).every(t => t.cap || !(finite(t) || CUES.has(t.l) || RELATIVE_PRONOUNS.has(t.l) || t.l === 'that'));
}

/**
 * "With his campaign appearing in disarray …, Mr. Trump officially claimed the nomination on Tuesday.", "…, their
 * smiles said a lot." (PolNeAR train, no gold): a determiner after a cue whose subject stands before it opens the cue's
 * object — the sentence's own verb, no attribution tail (but "…, a school spokesman told The Associated Press": a
 * hearer; "…, he said this week": a time). Both words stand in the sentence [.., b): a headline's tail has no object in
 * the next line's opening ("Ottawa to offer $2B in loans to steelmakers, minister says⏎⏎The Canadian Press", a CP
 * probe, test/fixtures/outlets/ca-cp-ottawa-steel-relief.txt, was lost to "The").
 */
function objectAfterCue(toks: Tok[], c: number, b: number): boolean {
  if (c + 2 >= b) return false;
  const next = toks[c + 1], after = toks[c + 2];
  return !TELL_FORMS.has(toks[c].l) && DETERMINERS.has(next.l) && !after.punct && !TIME_WORDS.has(after.l);
}

/** How many tokens before the cue a source may take, title and all ("Donald Trump’s longtime confidant Roger Stone"). */
const MAX_SOURCE = 8;

/** The token past the reach of a source after the comma at m: MAX_SOURCE tokens, or past a title's portfolio (titledPortfolioReach). */
const sourceEnd = (toks: Tok[], m: number, b: number): number => Math.max(m + 1 + MAX_SOURCE, titledPortfolioReach(toks, m + 1, b));

/** The most tokens of a subject before its relative clause ("Montréal-Nord borough mayor Widlyne Saint-Fleur"). */
const SUBJECT_WITH_RELATIVE_TOKENS = 8;

/**
 * Tokens [open, m) are a noun phrase, then a relative clause set off by a comma that runs to m: "Widlyne Saint-Fleur,
 * whose borough has no métro station at all" (the verbs are the relative clause's; the phrase is the subject).
 */
function subjectWithRelative(toks: Tok[], open: number, m: number): boolean {
  let k = open;
  while (k < m && toks[k].t !== ',') k++;
  // (a name ends the phrase, of a few words, and "who" or "whose" opens the clause: not "Cruz also lacks support from
  // his Republican colleagues in Congress, whom he's alienated …, said Larry Sabato", PolNeAR train, USA Today 2015-11-20)
  if (k >= m - 1 || k === open || k - open > SUBJECT_WITH_RELATIVE_TOKENS || !toks[k - 1].cap || !WHO_WHOSE.has(toks[k + 1].l)) return false;
  for (let x = open; x < k; x++) if (toks[x].punct || finite(toks[x]) || TENSE_OF_BE_OR_HAVE.has(toks[x].l) || presentVerb(toks, x)) return false;
  for (let x = k + 2; x < m; x++) if (toks[x].t === ',') return false;
  return true;
}

/**
 * The words after the comma at m and before the tail's subject at i are the tail verb's object: "something" ("…,
 * something she has repeatedly asked of …") or an indefinite noun before a name or a pronoun ("…, a point Feinstein
 * also acknowledged"); not a description of the source ("…, a spokesman said", "…, the news site RTL Info reported").
 */
function objectBeforeSubject(toks: Tok[], m: number, i: number): boolean {
  const subject = toks[i];
  if (!subject.cap && !PERSONAL_SUBJECT_PRONOUNS.has(subject.l)) return false;
  return (i === m + 2 && toks[m + 1].l === 'something') || (i === m + 3 && INDEFINITE_ARTICLES.has(toks[m + 1].l) && !toks[m + 2].cap && !toks[m + 2].punct);
}

const PAST_CUE = wordSet('continued|reported|asked|noted|recalled|observed|maintained|explained|suggested|predicted|acknowledged|conceded|added');
/**
 * The first token after the sentence's last semicolon before b, or `open`: a tail reports the clause it closes, not the
 * one a semicolon set before it ("Province says it has cut hotel use by 60 per cent; 'This is a child,' critic says", a
 * Winnipeg Free Press-style deck, test/fixtures/outlets ca-wfp-hotel-placement-inquiry.txt, whose first report went to
 * the critic).
 */
function afterSemicolon(toks: Tok[], open: number, b: number): number {
  for (let k = b - 1; k > open; k--) if (toks[k].t === ';') return k + 1;
  return open;
}

export function frontedContent(ctx: SentenceContext): Report[] {
  const { toks, b } = ctx;
  const open = afterSemicolon(toks, contentStart(ctx), b);
  for (let m = b - 2; m > open + 3 && m > b - 16 - MAX_APPOSITION; m--) {
    const finding = toks[m].t === ',' ? findingTail(toks, m, b) : -1;
    if (toks[m].t !== ',' || !(attributionTail(toks, m, b) || beliefTail(toks, m, b) || finding >= 0)) continue;
    // (a comma that closes a name set off by commas is inside the tail: "…, his top aide, Tad Devine, told …")
    if (apposedNameClosing(toks, m, open) > 0) continue;
    // (so is one that closes a description set off after the tail's name: "…, John Smith, a spokesman for the department, said.")
    if (describedNameClosing(toks, m, open) > 0) continue;
    // ('"…," the Surrey, B.C., native said': the comma after the province is inside the source)
    if (townAndProvinceBefore(toks, m) >= 0) continue;
    // ("…to rival Hillary Clinton, who added to her delegate lead.": a relative clause, not an attribution)
    // (but an "as" clause of the writer's after an earlier tail goes on to that tail: "Private schools … will switch to
    // remote learning on Wednesday and Thursday, authorities said on Tuesday, as the National Centre of Meteorology (NCM)
    // warned of heavy rain …", a The National-style probe, test/fixtures/outlets ae-thenational-rain-remote-learning,
    // whose report was missed: participleComment reads the "as" clause from there)
    if (m + 1 < b && toks[m + 1].l === 'as' && writersComment(toks, m + 1)) continue;
    if (m + 1 < b && (COMMA_RELATIVES.has(toks[m + 1].l) || OWN_CLAUSE_CONJUNCTIONS.has(toks[m + 1].l))) return [];
    let c = finding >= 0 ? finding : m + 1;
    while (c < b && !ALL_TAIL_CUES.has(toks[c].l) && !BELIEF_TAIL_CUES.has(toks[c].l) && c !== finding) c++;
    if (c >= b || !tailEndsSentence(toks, c, b) || hearersTold(toks, c)) return [];
    if (c > m + 1 && objectAfterCue(toks, c, b)) return [];
    // (", rather than publicly challenging Trump's claims.": an owned noun is no tail's verb)
    if (ownerOfNounCue(toks, m + 1, c)) return [];
    // (", compared with the 30 percent ⟨who⟩ say the same", ", entertainers and business leaders ⟨who⟩ say the law …":
    // a relative clause's verb, no attribution of what came before; ", furrowed his brow ⟨and⟩ said": the second of
    // two verbs, whose subject is the sentence's)
    // (but "who" may open the description set off after the tail's name: "…, Anne Brown, who leads the council, said.")
    const describedName = toks[c - 1].t === ',' && describedNameClosing(toks, c - 1, open) === m;
    // (a content that ends inside a quotation is the quote's, its speaker the quote rules': 'Sanders “is tapping into
    // something …,” Simon Rosenberg, a Clinton supporter, told the New Yorker.', PolNeAR train, west-journal_2016-03-15)
    if (describedName && quoteAt(ctx.quotes, toks[m].s)) return [];
    if ((!describedName && toks.slice(m + 1, c).some(t => RELATIVE_PRONOUNS.has(t.l) && !t.cap)) || AND_OR.has(toks[c - 1].l)) return [];
    // (a source with a long apposition or a title, read only before a content that opens with its main clause:
    // "While 86 percent of black voters …, 43 percent said …" ends its report where the main clause begins)
    // (but an inverted source whose apposition or modifier runs to the sentence's end is no such source: the sentence
    // before it is the content, its opening adjunct and all, "In a year when arguments against big government are
    // resonating with voters, candidates have more room …, said Steve Grubbs, an Iowa operative currently working for …"
    // — unless the content holds a quotation: "As for Mr. Trump's more extreme pronouncements, ''I kind of write them
    // off,'' said Mr. Pike, who …", where the opening adjunct is the writer's lead-in to the quote)
    let extended = !shortTail(toks, c, b) && !(c === m + 1 && (appositionEndsSentence(toks, c, b) || sourceModifierEndsSentence(toks, c, b)) && !quoteWithin(ctx.quotes, toks[open].s, toks[m].s));
    // ("added to her lead", "added to the confusion": a sum, not a say-verb)
    if (c + 1 < b && toks[c].l === 'added' && toks[c + 1].l === 'to') return [];
    if (contentAfterTail(ctx, c)) return [];
    let mention: Mention | null = null;
    if (c === finding && c > m + 1 && evidenceBetween(toks, m, c)) {
      // "…, new fundraising reports show.", "…, records show.": the evidence, whole
      mention = { s: toks[m + 1].s, e: toks[c - 1].e, kind: 'description', i: m + 1, j: c, head: toks[c - 1].l };
    } else if (c === m + 1) {
      // "…, said Mirsky." — not "…, told AFP", whose object is the hearer, nor "…, says Cruz will win"
      mention = TAIL_INVERTING.has(toks[c].l) ? subjectAfter(toks, c + 1, b) : null;
      if (mention && mention.j < b && !toks[mention.j].punct) mention = sourceModifierMention(toks, c, b);
    } else {
      // ("…, his top aide, Tad Devine, told …": the name set off by commas is the source)
      const named = toks[c - 1].t === ',' ? apposedNameClosing(toks, c - 1, m) : -1;
      const subj = named > m + 1 ? subjectBefore(toks, c - 2, named + 1) : subjectBefore(toks, c - 1, m + 1);
      // (", something she has repeatedly asked of her Democratic rival", ", a point Feinstein also acknowledged to
      // Bloomberg": the tail's object stands before its subject, an apposition of the clause before it that no one
      // reports; PolNeAR train, breitbart_2016-03-15 the-latest-sanders-declares, politico_2016-02-10 top-clinton)
      if (subj && named < 0 && objectBeforeSubject(toks, m, subj.i)) return [];
      if (subj && named > m + 1) mention = { ...subj, s: toks[named + 1].s, i: named + 1 };
      else if (subj && subj.i <= m + 2) mention = subj;
      // ("…, the news site RTL Info reported.": a description before the name is part of the source)
      // (a cue's base form right before the head is a noun of the description: "…, the state government has announced.")
      // (no subordinator between: "…, just before 3 a.m. after a neighbour reported hearing screaming" is a clause of its
      // own, no tail, a CityNews-style probe)
      else if (subj && subj.i <= m + 6 && toks.slice(m + 1, subj.i).every((t, n) => !t.punct && !t.cap && !SUBORDINATORS.has(t.l) && (!CUES.has(t.l) || (m + 1 + n === subj.i - 1 && !/(?:ed|s)$/.test(t.l))))) mention = { ...subj, s: toks[m + 1].s, i: m + 1 };
      // ("…, Donald Trump’s longtime confidant Roger Stone stated.", "…, Sen. Chuck Grassley (R-Iowa) told POLITICO.": a
      // title with names, or a party tag, between the comma and the cue)
      // (also before a content in part quoted, '"Boots on the ground" would be appropriate, Republican candidate Ben
      // Carson said': the quote's speaker is the quote rules' all the same; a title holding another's name, "Donald
      // Trump’s longtime confidant", stays out of the name's mention)
      // (further past a title's portfolio: "…, Minister of Environment and Physical Planning Bujar Rexhepi-Shaqiri announced")
      else if (c <= sourceEnd(toks, m, b)) {
        const r = reporterOf(ctx, c);
        if (r && r.i > m && r.i < sourceEnd(toks, m, b) && toks.slice(m + 1, r.i).every(t => !t.punct && !CUES.has(t.l) && !SUBORDINATORS.has(t.l))) mention = r.i === m + 1 || (r.kind === 'name' && toks.slice(m + 1, r.i).some(t => t.poss)) ? r : { ...r, s: toks[m + 1].s, i: m + 1 };
        extended = true;
      }
    }
    if (!mention || words(toks, open, m) < 4 || m - open > MAX_CONTENT || opensWithQuestion(toks, open)) return [];
    if (extended && OPENING_ADJUNCTS.has(toks[open].l)) return [];
    if (adjunctOnly(toks, open, m)) return [];
    // a content is a clause with its verb ("He had no known political affiliations"), not "In a 1963 speech"
    // (a verb of intention before its infinitive is the content's verb: "The authority also plans to extend the Orange Line
    // …, the Saudi Press Agency reported", an Arab News-style probe, test/fixtures/outlets sa-arabnews-riyadh-metro-ridership.txt,
    // where the content was left to the intention's report of "The authority")
    if (!toks.slice(open, m).some((t, n) => finite(t) || TENSE_OF_BE_OR_HAVE.has(t.l) || presentVerb(toks, open + n) || intentionBeforeInfinitive(toks, open + n)) && !headlineInfinitive(ctx, open, m) && !quotedSpeech(ctx, open, m)) return [];
    // (nor a subject and its relative clause set off by commas: "Widlyne Saint-Fleur, whose borough has no métro
    // station at all, said the loss of the late buses hurts …", where the verb of the clause is the relative's, a
    // Montreal Gazette-style probe)
    if (subjectWithRelative(toks, open, m)) return [];
    // ('Lavrov said: "We will not go," he added.': a content with its own cue is a quote's, not this tail's; but one
    // named after a tail of its own, not a pronoun, reports that cue and all: "Democratic presidential nominee Hillary
    // Clinton told federal investigators …, the New York Times reported", where "they said" after "Other Republican
    // candidates said …" is the same reporter again)
    // (but "users who have continued creating new accounts" is no cue: a say-verb counts before a colon, a comma or a quote)
    // (a say-verb inside quotation marks is the quoted words', no cue of this content: 'He was always "charming and
    // wonderful as long as you say what he wants to hear," Roffman said')
    const tailPronoun = mention.j - mention.i === 1 && PERSONAL_SUBJECT_PRONOUNS.has(toks[mention.i].l);
    // (a passive's participle is no cue: "No untoward incident was reported, they said.", an HT-style probe,
    // test/fixtures/outlets in-ht-punjab-paddy-lifting.txt)
    // (a colon with no space after it is a clock's, "from 8:00 to 15:00", a Tatoli-style probe, test/fixtures/outlets
    // tl-tatoli-dili-rice-price.txt, whose report was missed)
    for (let k = open; k < m; k++) if ((toks[k].t === ':' && toks[k + 1].s > toks[k].e) || (TAIL_CUES.has(toks[k].l) && !toks[k].cap && !BE_AND_FORMS.has(toks[k - 1]?.l ?? '') && ((!PAST_CUE.has(toks[k].l) && tailPronoun) || /^[,:"“]/.test(toks[k + 1]?.t ?? '')) && !quoteAt(ctx.quotes, toks[k].s))) return [];
    // ('… some blowback from rank-and-file members ("I want my dues back," wrote Edward Nelson, …': the tail stands
    // inside a parenthesis the content opens, and is the parenthesis's own)
    if (unclosedParenthesis(toks, open, m)) return [];
    const span = contentSpan(ctx, open, m);
    return span ? [reportOf(span, { s: toks[c].s, e: toks[c].e }, mention, 'fronted')] : [];
  }
  return [];
}

/**
 * Tokens [from, to) are one subordinate clause alone, with no comma and one verb with tense: "But ⟦even after the
 * growth cooled⟧, the borrowing continued." — the clause after the comma is the sentence's main clause, no attribution
 * tail (PolNeAR train: no annotator's attribution). A subordinate clause and its main clause without a comma stay ("After
 * Mr. Trump took possession of the 757 in 2011 he made a number of changes …, records show").
 */
function adjunctOnly(toks: Tok[], from: number, to: number): boolean {
  const k = toks[from].l === 'even' ? from + 1 : from;
  if (!OPENING_SUBORDINATORS.has(toks[k]?.l ?? '')) return false;
  let verbs = 0;
  for (let n = k + 1; n < to; n++) {
    if (toks[n].punct) return false;
    if (finite(toks[n]) || presentVerb(toks, n)) verbs++;
  }
  return verbs <= 1;
}

/** Words a quoted passage holds before it counts as speech, not a title or a term ("“Sunday Morning Futures”"). */
const MIN_QUOTED_WORDS = 5;

/**
 * Tokens [from, to) hold a quoted passage of MIN_QUOTED_WORDS words or more: a content in part quoted is speech
 * though its verbs are inside the marks ("⟦“We’re alive, unlike the robots you’re going to see next week” at the
 * Democratic convention⟧, he said").
 */
function quotedSpeech(ctx: SentenceContext, from: number, to: number): boolean {
  const { toks, quotes } = ctx;
  for (let k = from; k < to; k++) {
    const q = quoteAt(quotes, toks[k].s);
    if (!q) continue;
    let n = 0;
    while (k < to && toks[k].s < q.innerEnd) { if (!toks[k].punct) n++; k++; }
    if (n >= MIN_QUOTED_WORDS) return true;
  }
  return false;
}

/** An opening parenthesis among tokens [from, to) that no closing one follows there. */
function unclosedParenthesis(toks: Tok[], from: number, to: number): boolean {
  let depth = 0;
  for (let k = from; k < to; k++) {
    if (toks[k].t === '(') depth++;
    else if (toks[k].t === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** Words of a headline's future between its subject and "to" ("Centre yet to release …", "Council set to approve …"). */
const HEADLINE_FUTURE_WORDS = wordSet('yet|set|due');
/** Most lower-case words of a headline subject's noun after its capitalised words ("RTS Link fares to be set …"). */
const HEADLINE_SUBJECT_NOUNS = 2;

/**
 * "Ottawa to expand dental plan to seniors' denture clinics, minister says", "Alberta to hold referendum on leaving
 * Canada Pension Plan, Premier says": a headline's infinitive after its capitalised subject stands for the future
 * ("Ottawa will expand …"), a clause with its verb. Only on a line of its own with no full stop: a headline. The
 * subject may end on a noun or two in lower case, and "yet", "set" or "due" may stand before "to" ("Centre yet to
 * release share for Chennai Metro Phase II, says Chief Minister", a Hindu-style probe, and "RTS Link fares to be set
 * below S$7 when service starts in December, says LTA", a Straits Times-style probe, test/fixtures/outlets probes-ll).
 */
function headlineInfinitive(ctx: SentenceContext, open: number, m: number): boolean {
  const { toks, text, b } = ctx;
  if (/^[.!?]$/.test(toks[b - 1].t)) return false;
  const lineEnd = text.indexOf('\n', toks[b - 1].e);
  if (text.slice(toks[b - 1].e, lineEnd < 0 ? text.length : lineEnd).trim()) return false;
  let k = open;
  while (k < m && toks[k].cap && !toks[k].punct) k++;
  if (k === open) return false;
  for (let n = 0; n < HEADLINE_SUBJECT_NOUNS && k < m && !toks[k].cap && !toks[k].punct && toks[k].l !== 'to' && !HEADLINE_FUTURE_WORDS.has(toks[k].l); n++) k++;
  if (k < m && HEADLINE_FUTURE_WORDS.has(toks[k].l)) k++;
  return k + 1 < m && toks[k].l === 'to' && !toks[k + 1].cap && !toks[k + 1].punct;
}

/**
 * After the tail's cue at c a comma opens a clause with its verb: the tail is set inside its content ("After being
 * informed that he would be charged, police said, Lewandowski voluntarily went to police headquarters"), which the
 * parenthetical rule reads whole.
 */
function contentAfterTail(ctx: SentenceContext, c: number): boolean {
  const { toks, b } = ctx;
  let k = c + 1;
  while (k < b && toks[k].t !== ',') { if (toks[k].punct) return false; k++; }
  // (", he said, and “everyone started running.”": a clause of its own after the tail; ", he said, adding that …":
  // the source's next report)
  // (", reviving a fight …", ", as the government faces …": the writer's comment, commentTail)
  if (AND_OR_BUT.has(toks[k + 1]?.l ?? '') || TAIL_PARTICIPLES.test(toks[k + 1]?.l ?? '') || writersComment(toks, k + 1)) return false;
  for (let j = k + 1; j < b; j++) {
    const t = toks[j];
    // (a relative pronoun before any verb makes the words an apposition of the source, the verb its relative clause's:
    // "…, said Wilcox, an Orlando Republican who founded lucrative defense and transportation companies …"; "whose" and
    // "whom" too: "⟦That will be true up to a point⟧, said Sherman, a George Washington University grad whose
    // aggressiveness has driven less energetic reporters (like me) off the beat", politico_2016-07-11, PolNeAR train)
    // (but inside a quotation the words are what the source says next: 'Trump said, "It's something that …"')
    if (t.punct || (RELATIVES.has(t.l) && !quoteAt(ctx.quotes, t.s))) return false;
    if (!t.cap && (finite(t) || presentVerb(toks, j))) return true;
  }
  return false;
}
