/**
 * A document that speaks ("the statement said", "the report found", "a Times article said") speaks for whoever issued
 * it: the body or person named with it ("a Homeland Security memo", "a complaint filed by the Securities and Exchange
 * Commission"), or, for "the statement", the issuer the article gave when it first mentioned that statement ("Fox News
 * said in a statement. … the statement said", "President Obama released a statement … the statement said", "the
 * editors of The Advocate, who aimed their Friday editorial at Clinton").
 */
import { ARTICLES, BE_FORMS, DAY_WORDS, DEFINITE_DETERMINERS, ISSUED_DOCUMENTS, PREPOSITIONS, THIRD_PERSON_POSSESSIVES } from '../quotes/lexicon';
import { without } from '../text/determiners';
import type { NameRun } from '../quotes/names';
import type { Tok } from '../quotes/tokens';
import type { NameKind } from './canonical';
import { isAdjective, isBodyHead, isHonorific, isRoleNoun, OUTLET_NAME, wordSet } from './lexicon';
import { DEPARTMENT_WORD } from './portfolio';
import { sentencesOf } from './sentences';
import { countBefore } from '../text/sortedSearch';

/**
 * Nouns of a document or a piece of media, which speak for their issuer: the documents an issuer puts out
 * (ISSUED_DOCUMENTS, the narrower list the quote rules read where a document heads a subject or follows "issued a"),
 * and more kinds of document. Not "post" and "note" yet: read as documents here they move speakers on PolNeAR train
 * (the Facebook post that "says: ''LET HIM IN! …''" would speak as Facebook, a note as Trump, "a post from Arianna
 * Huffington" as Huffington) — a change to make with its own measurement, not in passing. "data" and "figures" speak
 * for their publisher ("according to the FBI data" → FBI, "data from the U.S. Department of Education"; PolNeAR train:
 * +1 gold, +1 false positive, five names of a body instead of "… data"). A court "claim" as a lawsuit is ("According to
 * the claim, …", "The claim alleges that … It says repairs … amounted to "paint and caulking"", a Vancouver Sun-style
 * probe, test/fixtures/outlets ca-vansun-burnaby-tower-lawsuit.txt, where "It says" went to the builder named last;
 * PolNeAR train, dev and us-probes output unchanged).
 */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([...without(ISSUED_DOCUMENTS, 'post', 'note'), 'memorandum', 'advert',
  'advertisement', 'commercial', 'editorial', 'column', 'article', 'piece', 'clip', 'book', 'memoir', 'study', 'survey', 'poll', 'ruling',
  'opinion', 'story', 'feature', 'complaint', 'lawsuit', 'suit', 'filing', 'brief', 'document', 'readout', 'transcript', 'website', 'analysis', 'indictment', 'audit',
  'petition', 'claim', 'resolution', 'platform', 'manifesto', 'bylaws', 'guidelines', 'policy', 'notice', 'findings', 'finding', 'paper', 'review', 'blog',
  'projection', 'page', 'photo', 'footnote', 'data', 'figures', 'tally', 'count',
  // (probes-pp: "…, according to calculations by the Estonian Union of Co-operative Housing Associations", an ERR
  // News-style probe, test/fixtures/outlets ee-err-tartu-district-heating-price.txt, whose source was the whole phrase;
  // written in the plural, as "figures" is, the form documentHead reads)
  'calculation', 'calculations']);

/**
 * A document noun, singular or plural ("poll", "polls", "studies", "emails"): the issuer lookup below, and the
 * reported-speech rules' test of what can "show" something (../reported/evidence.ts), read the one list.
 */
export const isDocumentNoun = (word: string): boolean => inSingularOrPlural(DOCUMENT_NOUNS, word);

/** Word, lower-cased, or its singular ("-ies", "-s", "-es") is a noun `has` knows. */
export function singularOrPlural(word: string, has: (l: string) => boolean): boolean {
  const l = word.toLowerCase();
  return has(l) || (l.endsWith('ies') && has(l.slice(0, -3) + 'y')) || (l.endsWith('s') && has(l.slice(0, -1))) || (l.endsWith('es') && has(l.slice(0, -2)));
}
const inSingularOrPlural = (nouns: ReadonlySet<string>, word: string): boolean => singularOrPlural(word, l => nouns.has(l));

/**
 * More records that speak for themselves, with no issuer to look up: only the speaker's kind reads them (./speakerKind.ts;
 * the issuer lookup leaves them out, its output measured with them as it is): "The Geneva plan calls for …" (seed
 * article), "FEC records show", "Exit polling showed", "results of the latest Quinnipiac University poll", "the party’s
 * initial estimates", "year’s FBI statistics", "a copy of the letter reviewed by The Post", "audio provided to The Times",
 * "landmark 31-page agreement", "a biography" (PolNeAR train).
 */
const SPEAKING_RECORDS = wordSet('plan|record|records|statistics|polling|result|estimate|chart|summary|copy|audio|recording|version|agreement|accord|treaty|deal|biography|average');
/** A document noun, or a record that speaks for itself (SPEAKING_RECORDS), singular or plural. */
export const isSpeakingRecord = (word: string): boolean => isDocumentNoun(word) || inSingularOrPlural(SPEAKING_RECORDS, word);

/**
 * Document nouns that name the same kind of document, so that a later "the book" is the "memoir" an article mentioned
 * ("Mariano wrote a memoir … the book said"), "the study" the "paper" ("… one of the paper's authors … the study
 * concluded", PolNeAR train, NYT 2016-04-27).
 */
const DOCUMENT_FAMILIES: readonly (readonly string[])[] = [
  ['book', 'memoir'],
  ['clip', 'video', 'ad', 'advert', 'advertisement', 'commercial'],
  ['report', 'study', 'analysis', 'audit', 'review', 'findings', 'paper'],
  ['article', 'piece', 'story', 'feature', 'column', 'editorial', 'blog'],
  ['statement', 'release', 'readout'],
  ['ruling', 'opinion'],
  ['lawsuit', 'suit', 'complaint', 'filing', 'brief', 'indictment'],
  ['memo', 'memorandum'],
  ['email', 'e-mail'],
  ['poll', 'survey'],
];
const FAMILY_OF = new Map<string, readonly string[]>();
for (const f of DOCUMENT_FAMILIES) for (const w of f) FAMILY_OF.set(w, f);
const sameKind = (a: string, b: string): boolean => a === b || (FAMILY_OF.get(a)?.includes(b) ?? false);

/** How far back (in tokens) "the statement" looks for the statement's first mention, and how many mentions it tries. */
const REACH_TOKENS = 600;
const MAX_EARLIER = 4;
/** How far back (in tokens) "the statement" looks for a verb of announcing whose subject issued it. */
const STATEMENT_REACH_TOKENS = 80;

/**
 * Verbs whose subject issues a document of that kind without naming it ("The Democratic Party … will sue the state of
 * Arizona … The lawsuit, which will be filed on Friday, …", "His campaign sued the DNC … The complaint … alleged",
 * "the appeals court ruled … the ruling said"): a definite document no earlier mention introduces is theirs.
 */
const ISSUED_BY_VERB: readonly (readonly [RegExp, readonly string[], number])[] = [
  [/^(?:sue|sues|sued|suing)$/, ['lawsuit', 'suit', 'complaint', 'filing'], REACH_TOKENS],
  [/^(?:rule|rules|ruled)$/, ['ruling', 'opinion'], REACH_TOKENS],
  [/^(?:poll|polls|polled|survey|surveys|surveyed)$/, ['poll', 'survey'], REACH_TOKENS],
  // ("Huma Abedin, vice chairwoman for Clinton’s presidential campaign, emailed supporters … The email goes on to say:
  // “…”", PolNeAR train, Breitbart 2015-12-07: only just before, as the verbs of a statement)
  [/^(?:emailed|e-mailed)$/, ['email', 'e-mail'], STATEMENT_REACH_TOKENS],
  // ("Fox News confirmed that Kelly met with Trump. According to the statement, …", "The Trump campaign on Tuesday
  // responded that … “…,” the statement said.": only just before, these verbs being common)
  [/^(?:confirmed|responded|announced)$/, ['statement', 'release'], STATEMENT_REACH_TOKENS],
];

/** Verbs of the participle between a document and its issuer ("a complaint filed by", "a statement issued by"). */
const ISSUED = wordSet('filed|issued|released|published|written|signed|sent|authored|produced|prepared|commissioned|conducted|posted|put|drafted|compiled|obtained|made');
/** A participle of putting a document out ("filed", "issued", "obtained"): no speech of the document's own. */
export const issuedParticiple = (word: string): boolean => ISSUED.has(word);
/** Words that lead from a document to its issuer ("a report from the SITE Intelligence Group", "from Fox News"). */
const BY = wordSet('by|from');
/** Verbs whose subject issued the document they take ("released a statement", "is running an ad"). */
const ISSUE_VERB = /^(?:release[sd]?|releasing|issue[sd]?|issuing|publish(?:es|ed|ing)?|provided|sent|posted|aired|ran|runs|running|unveil(?:s|ed|ing)|wrote|writes|filed|files|filing|launch(?:es|ed|ing)|circulated|distributed|emailed|sent)$/;
/** Verbs of naming that take an object and its description before "in a statement" ("called the delays "unacceptable" in a statement"). */
const CALLED = wordSet('called|calls|described|describes');
/** The most words of that object and its description. */
const MAX_OBJECT_WORDS = 4;
/** Verbs of speech before "in a statement" ("said in a statement", "wrote in a letter"). */
const SAID = /^(?:said|says|wrote|writes|added|announced|noted|stated|argued|explained|declared|responded|warned|claimed|told|apologi[sz]ed|confirmed|acknowledged|denied|insisted|admitted|described)$/;
/** The most words of the subject after an opening "In a statement," before its verb ("the office of Defence Minister Arif Nasser"). */
const OPENING_CLAUSE_SUBJECT = 8;
/** Words of a time between a document and its issuer ("a study last year by", "a report this week by", "a poll on Sunday by"). */
const TIME_BEFORE_ISSUER: ReadonlySet<string> = new Set(['last', 'this', 'earlier', 'year', 'week', 'month', ...DAY_WORDS]);
const MAX_TIME_WORDS = 2;
/** Lower-case words that may stand between a document and its issuer's name ("by economists Peter Schott", "by the federal SEC"). */
const MAX_FILLER = 3;
/** The most lower-case words of a person's role between "by"/"from" and the name set off after it ("the club’s executive director,"). */
const MAX_APPOSED_ROLE = 6;
/** How far back (in tokens) "the statement" looks for the statement's first mention, and how many mentions it tries. */

/** What the issuer search reads of the article. */
export interface DocumentContext {
  text: string;
  toks: Tok[];
  /** The name runs of the article in text order. */
  runs: readonly NameRun[];
  /** Name run k lies inside a quote. */
  inQuote(k: number): boolean;
  /** The fullest form of a name; with `pos` and `title`, of the name written there (a last name two people share). */
  canonical(name: string, pos?: number, title?: string): string;
  kindOf(name: string): NameKind;
  /** The entity a pronoun at `pos` stands for. */
  pronoun(word: string, pos: number): string | undefined;
  /** The entity named or meant by the subject of the verb at token v ("Fox News said", "he released"). */
  subjectOf(v: number): string | undefined;
}

/**
 * The document noun heading a description in tokens [i, j) ("the statement", "a complaint filed"), as its token index,
 * or -1 (also for a person of a document: "the ad's narrator").
 */
export function documentHead(toks: Tok[], text: string, i: number, j: number): number {
  // (the head stands before any preposition or participle: "a report from the SITE Intelligence Group", PolNeAR
  // train, NYT 2016-02-08; "a narrator in the ad" is a person)
  let k = i;
  while (k < j && !toks[k].punct && !PREPOSITIONS.has(toks[k].l) && !ISSUED.has(toks[k].l)) k++;
  k--;
  // (capitalised only as the sentence's first word: "Figures from the Central Statistics Office show …")
  return k >= i && DOCUMENT_NOUNS.has(toks[k].l) && (!toks[k].cap || (k === i && sentencesOf(text).opens(toks[k].s))) && !toks[k].poss ? k : -1;
}

/**
 * The issuer of the document a description names (its first token i, its document noun at `head`): a name inside it or
 * after "by"/"from"; for a definite description also the issuer of that document's earlier mention (by its noun or
 * another of its kind: DOCUMENT_FAMILIES).
 */
export function issuerOf(ctx: DocumentContext, i: number, head: number): string | undefined {
  // ("Black Lives Matter issued a statement saying": the mention itself, as any earlier one)
  const own = nameIn(ctx, i, head) ?? issuerAfter(ctx, head + 1) ?? issuerNear(ctx, head);
  if (own) return own;
  if (!DEFINITE_DETERMINERS.has(ctx.toks[i].l)) return undefined;
  const word = ctx.toks[head].l;
  // (its own noun first, then another of its kind: "the poll" is "The poll, released … by the Public Policy Institute
  // of California" before "A survey by the organization in March"; "a New York Times/CBS News survey" when no earlier
  // "poll" has an issuer)
  const same = earlierIssuer(ctx, i, w => w === word);
  if (same.issuer) return same.issuer;
  const kin = FAMILY_OF.has(word) ? earlierIssuer(ctx, i, w => w !== word && sameKind(word, w)) : same;
  if (kin.issuer) return kin.issuer;
  // (before the first mention found: "Fox News confirmed that … According to the statement, … “…,” the statement read.")
  return issuerByVerb(ctx, Math.min(same.first, kin.first), word);
}

/** The issuer given with one of the last few earlier mentions (before token i) of a document noun `matches` accepts, and the first such mention's token. */
function earlierIssuer(ctx: DocumentContext, i: number, matches: (word: string) => boolean): { issuer?: string; first: number } {
  let tried = 0, first = i;
  for (let k = i - 1; k >= 0 && k >= i - REACH_TOKENS && tried < MAX_EARLIER; k--) {
    if (!matches(ctx.toks[k].l) || ctx.toks[k].cap || toldStory(ctx.toks, k)) continue;
    tried++;
    first = k;
    const issuer = issuerNear(ctx, k);
    if (issuer) return { issuer, first };
  }
  return { first };
}

/** The subject of the nearest verb before token i that issues a document of this kind ("… will sue … The lawsuit"). */
function issuerByVerb(ctx: DocumentContext, i: number, word: string): string | undefined {
  const [verb, , reach] = ISSUED_BY_VERB.find(([, nouns]) => nouns.includes(word)) ?? [];
  if (!verb || !reach) return undefined;
  for (let k = i - 1; k > 0 && k >= i - reach; k--) if (verb.test(ctx.toks[k].l) && !ctx.toks[k].cap && !nounUse(ctx.toks, k)) return coordinated(ctx.toks, k) ? undefined : ctx.subjectOf(k);
  return undefined;
}

/**
 * The word at k is a noun, not a verb: a form with no "-ed" after an article or a name ("a New York Times/CBS News
 * survey released"; but "Fox News confirmed").
 */
const nounUse = (toks: Tok[], k: number): boolean => !/ed$/.test(toks[k].l) && (ARTICLES.has(toks[k - 1].l) || toks[k - 1].cap);

/**
 * An "and" between the start of the sentence and the verb at token v: subjects joined ("The Democratic Party and the
 * presidential campaigns of Hillary Clinton and Bernie Sanders will sue"), whose issuer no one name is.
 */
function coordinated(toks: Tok[], v: number): boolean {
  for (let k = v - 1; k >= 0 && !SENTENCE_END.test(toks[k].t); k--) if (toks[k].l === 'and') return true;
  return false;
}
/** A token that ends a sentence: a full stop, "!" or "?" (not ";" or ":", which figures/money.ts's PRICE_CLAUSE_END adds). */
export const SENTENCE_END = /^[.!?]$/;

/**
 * "his story of a violent and angry upbringing", "the story of an offer to attend West Point", "his life story": a story
 * told, not a published one ("a story by the website Politco", "a Politico story" are published).
 */
function toldStory(toks: Tok[], k: number): boolean {
  if (toks[k].l !== 'story') return false;
  const prev = toks[k - 1];
  return toks[k + 1]?.l === 'of' || !prev || !(ARTICLES.has(prev.l) || DEFINITE_DETERMINERS.has(prev.l) || prev.cap);
}

/** The issuer given with a mention of the document at token k. */
function issuerNear(ctx: DocumentContext, k: number): string | undefined {
  const { toks } = ctx;
  // "a Times article", "the Sanders campaign's statement", "its 2013 report": a name or a possessive before the noun
  let b = k - 1;
  // (a preposition ends it: "Clinton stays well ahead of Sanders in latest poll" is no poll of Sanders')
  while (b >= 0 && k - b <= MAX_FILLER && !toks[b].punct && !toks[b].cap && !THIRD_PERSON_POSSESSIVES.has(toks[b].l) && !ARTICLES.has(toks[b].l) && !PREPOSITIONS.has(toks[b].l)) b--;
  if (b < 0) return undefined;
  // ("The territory's Seniors' Advocate, Annie Kootoo-Arnakaq, said in her annual report …": the possessive after "said
  // in" is that verb's subject's, not whichever woman is most salient; a CBC North-style probe)
  if (THIRD_PERSON_POSSESSIVES.has(toks[b].l)) return (b > 1 && toks[b - 1].l === 'in' && SAID.test(toks[b - 2].l) ? ctx.subjectOf(b - 2) : undefined) ?? ctx.pronoun(toks[b].l, toks[b].s);
  // (not a name ending in the article: "entering the U.S.  A petition")
  const before = ARTICLES.has(toks[b].l) ? undefined : runEndingAt(ctx, b + 1);
  if (before) return before;
  const after = issuerAfter(ctx, k + 1);
  if (after) return after;
  if (!ARTICLES.has(toks[b].l)) return undefined;
  // "President Obama released a statement", "Cook provided a written statement": the subject of the verb of issuing
  // ("his campaign sent out a text message": the verb before its particle)
  const v = toks[b - 1]?.l === 'out' ? b - 2 : b - 1;
  if (v > 0 && (ISSUE_VERB.test(toks[v].l) || readOut(toks, v, b))) return ctx.subjectOf(v);
  // "Fox News said in a statement"
  if (v > 1 && toks[v].l === 'in' && SAID.test(toks[v - 1].l)) return ctx.subjectOf(v - 1);
  // ("The Nunatsiavut Government's president, Johannes Lampe-Andersen, called the delays "unacceptable" in a statement":
  // the verb before its object, a CBC-style probe, where "the statement said" after it was "statement")
  if (v > 1 && toks[v].l === 'in') {
    for (let w = v - 2; w >= 0 && w >= v - 1 - MAX_OBJECT_WORDS && !toks[w + 1].punct && !toks[w + 1].cap; w--) {
      if (CALLED.has(toks[w].l)) return ctx.subjectOf(w);
    }
  }
  // "In a statement, the business mogul announced that": the subject of the verb of speech after the comma
  // ("In a statement to The Hill Times, the office of Defence Minister Arif Nasser said": past the outlet it went to)
  // ("In a victim impact statement read in court by assistant Crown attorney Natalie Bouchard-Greer, Sidhu said …": past
  // a participle's phrase, the reader no author; a Sudbury Star-style probe, test/fixtures/outlets
  // ca-sudburystar-assault-sentence.txt, where "the statement said" after it stayed "statement")
  const comma = toks[k + 1]?.l === 'to' ? toOutletEnd(toks, k + 2) : toks[k + 1] && (ISSUED.has(toks[k + 1].l) || READ.has(toks[k + 1].l)) ? participlePhraseEnd(toks, k + 1) : k + 1;
  if (v >= 0 && toks[v].l === 'in' && toks[comma]?.t === ',') {
    let reach = comma + 1 + OPENING_CLAUSE_SUBJECT;
    for (let w = comma + 1; w < toks.length && w <= reach; w++) {
      // (past a name set off after the subject: "In a statement read on their behalf by the family's barrister, Callum's
      // parents, Siobhán and Pádraig Ó Súilleabháin, described their son as …", an Independent-style probe,
      // test/fixtures/outlets uk-independent-inquest-ouse, where "the statement said" after it stayed "statement")
      const apposed = w > comma + 1 && toks[w].t === ',' ? apposedNameEnd(toks, w) : -1;
      if (apposed > 0) { reach += apposed - w; w = apposed; continue; }
      if (toks[w].punct) break;
      if (SAID.test(toks[w].l) || ISSUE_VERB.test(toks[w].l)) return w > comma + 1 ? ctx.subjectOf(w) : undefined;
    }
  }
  return undefined;
}

/** The most tokens of a name set off by commas after a subject (", Siobhán and Pádraig Ó Súilleabháin,"). */
const APPOSED_NAME_TOKENS = 8;

/** The comma that closes a name (capitalised words, perhaps joined by "and") set off after the comma at token k, or -1. */
function apposedNameEnd(toks: Tok[], k: number): number {
  for (let e = k + 1; e < toks.length && e <= k + 1 + APPOSED_NAME_TOKENS; e++) {
    if (toks[e].t === ',') return e > k + 1 ? e : -1;
    if (toks[e].punct || !(toks[e].cap || toks[e].l === 'and')) return -1;
  }
  return -1;
}

/** The most tokens of a participle's phrase after a document's noun before the comma of "In a statement …, X said". */
const PARTICIPLE_PHRASE = 12;

/** The comma that ends the participle's phrase opening at token k ("read in court by … Bouchard-Greer,"), or -1. */
function participlePhraseEnd(toks: Tok[], k: number): number {
  for (let e = k + 1; e < toks.length && e <= k + PARTICIPLE_PHRASE; e++) {
    if (toks[e].t === ',') return e;
    if (toks[e].punct) return -1;
  }
  return -1;
}

/** The most words of the name a document went to ("to The Hill Times", "to CBC News"). */
const MAX_RECIPIENT_WORDS = 5;

/** The token after the capitalised name that opens at token k ("The Hill Times" in "a statement to The Hill Times,"), or -1. */
function toOutletEnd(toks: Tok[], k: number): number {
  let e = k;
  while (e < toks.length && e < k + MAX_RECIPIENT_WORDS && toks[e].cap && !toks[e].punct) e++;
  return e > k ? e : -1;
}

/** Forms of "read" that take a document their subject puts out. */
const READ = wordSet('read|reads|reading');

/**
 * "the family's solicitor, Daniel Akintola, read a statement on their behalf": "read" before an indefinite article
 * (not an inverted cue after a quote, "“…,” read the email", PolNeAR train, USA Today 2016-04-26).
 */
function readOut(toks: Tok[], v: number, article: number): boolean {
  return READ.has(toks[v].l) && (toks[article].l === 'a' || toks[article].l === 'an');
}

/** "a 2009 report by the progressive Center for Economic and Policy Research" (PolNeAR train, HuffPost 2016-02-21), "from Fox News", "by economists Peter Schott", an outlet "in the Des Moines Register": the name after. */
function issuerAfter(ctx: DocumentContext, k: number): string | undefined {
  const { toks } = ctx;
  // ("a study last year by economists at Duke University": a time between the document and its issuer)
  for (let t = 0; t < MAX_TIME_WORDS && toks[k] && TIME_BEFORE_ISSUER.has(toks[k].l); t++) k++;
  // ("an email was sent from the club’s executive director", PolNeAR train, Western Journal 2016-04-22: the participle
  // after its auxiliary)
  if (toks[k] && BE_FORMS.has(toks[k].l) && toks[k + 1] && ISSUED.has(toks[k + 1].l)) k++;
  if (toks[k] && ISSUED.has(toks[k].l)) {
    k++;
    // ("a fundraising email sent out by Sanders", PolNeAR train, Wash. Post 2016-02-10: the participle's particle)
    if (toks[k]?.l === 'out') k++;
  }
  // ("a report in the Des Moines Register", "an op-ed in The Washington Post": the outlet that ran it)
  const ranIn = toks[k]?.l === 'in';
  if (!toks[k] || !(BY.has(toks[k].l) || ranIn)) return undefined;
  let n = k + 1;
  while (n < toks.length && n - k <= MAX_FILLER && !toks[n].cap && !toks[n].punct) n++;
  const r = runIndexStartingAt(ctx, n);
  if (ranIn) return r >= 0 && OUTLET_NAME(ctx.runs[r].name) ? issuerName(ctx, r) : undefined;
  if (r >= 0) return bodyOfName(ctx, r) ?? issuerName(ctx, r);
  // ("from the club’s executive director, Jeremy Boreing,": a person's role in lower case, then the name set off)
  // (or an office written out in capitals, no name of its own: "in a statement by the diocesan Director of Social
  // Communications, Rev. Fr. Charles Uwadiegwu, thanked … ⏎ “…,” the statement read", a Vanguard-style probe,
  // test/fixtures/outlets, where the statement had no issuer)
  let c = k + 1, role = false;
  // ("signed by the service's Public Relations Officer, Mr Daniel Fenyi-Asare,", a GhanaWeb-style probe: the office's
  // role noun last)
  for (; c < toks.length && c - k <= MAX_APPOSED_ROLE && !toks[c].punct; c++) role = role || isRoleNoun(toks[c].l);
  const apposed = toks[c]?.t === ',' && c > k + 1 && role ? runIndexStartingAt(ctx, c + 1) : -1;
  return apposed >= 0 && ctx.kindOf(ctx.runs[apposed].name) === 'person' ? issuerName(ctx, apposed) : undefined;
}

/** The most lower-case words of a body written after the name of its place, its head last ("municipal bureau"). */
const BODY_AFTER_NAME_WORDS = 3;

/**
 * The body written in lower case after run r, the name of its place, as its issuer ("Data from the ⟨Harbin municipal
 * bureau of commerce⟩ showed that …", a Xinhua-style probe, test/fixtures/outlets
 * cn-xinhua-harbin-winter-greenhouse-vegetables.txt; "Figures from the ⟨Lower Silesian voivodeship office⟩ show that
 * …", a Notes from Poland-style probe, pl-notesfrompoland-klodzko-flood-aid.txt, whose issuer was "Lower Silesian"): the
 * name, up to BODY_AFTER_NAME_WORDS lower-case words ending in a body's head ("bureau", "office", "department") and the
 * one field after its "of" ("of commerce"); undefined after a person's name or where no such head follows.
 */
function bodyOfName(ctx: DocumentContext, r: number): string | undefined {
  const { toks } = ctx, run = ctx.runs[r];
  let head = -1;
  for (let k = run.j; k < run.j + BODY_AFTER_NAME_WORDS && toks[k] && !toks[k].cap && !toks[k].punct && !toks[k].poss && /^\p{Ll}+$/u.test(toks[k].t); k++) {
    if (isBodyHead(toks[k].t.charAt(0).toUpperCase() + toks[k].t.slice(1))) { head = k; break; }
  }
  // (not a possessive's: "A statement from Ryan’s office indicated …" is Paul Ryan's, PolNeAR train, Western Journal 2016-05-06)
  if (head < 0 || toks[run.j - 1].poss || ctx.kindOf(run.name) === 'person') return undefined;
  const field = toks[head + 1]?.l === 'of' && toks[head + 2] && !toks[head + 2].cap && DEPARTMENT_WORD.test(toks[head + 2].t) ? head + 2 : head;
  return ctx.text.slice(run.s, toks[field].e);
}

/** A name written in tokens [i, e) ("a Homeland Security memo", "the Heritage Foundation website"). */
function nameIn(ctx: DocumentContext, i: number, e: number): string | undefined {
  for (let r = runIndexStartingAt(ctx, i, e); r >= 0 && r < ctx.runs.length && ctx.runs[r].j <= e; r++) {
    if (ctx.inQuote(r)) continue;
    const name = issuerName(ctx, r);
    if (name) return name;
  }
  return undefined;
}

/** The name of the run ending at token j (its last token j - 1), outside quotes. */
function runEndingAt(ctx: DocumentContext, j: number): string | undefined {
  const r = firstRunFrom(ctx, j - 1);
  const run = ctx.runs[r - 1];
  if (run && run.j === j && !ctx.inQuote(r - 1)) return issuerName(ctx, r - 1);
  const at = ctx.runs[r];
  return at && at.i <= j - 1 && at.j === j && !ctx.inQuote(r) ? issuerName(ctx, r) : undefined;
}

/** The first run starting at token `from` or later (before `ceil`), or -1. */
function runIndexStartingAt(ctx: DocumentContext, from: number, ceil = from + 1): number {
  const r = firstRunFrom(ctx, from);
  return r < ctx.runs.length && ctx.runs[r].i < ceil && !ctx.inQuote(r) ? r : -1;
}

/** The index of the first run whose first token is at `k` or later (binary search). */
function firstRunFrom(ctx: DocumentContext, k: number): number {
  const lo = countBefore(ctx.runs, run => run.i < k);
  return lo;
}

/** Two names joined by a slash with no space ("Register/Bloomberg", "YouGov/Economist"). */
const JOINT_ISSUERS = /[\p{L}.]\/\p{Lu}/u;

/**
 * The name of run r as an issuer: a body keeps its title words and the body joined to it by "and" ("Homeland
 * Security", "Securities and Exchange Commission"); a person's name is canonical.
 */
function issuerName(ctx: DocumentContext, r: number): string | undefined {
  const run = ctx.runs[r], next = ctx.runs[r + 1];
  // ("New figures from the Central Statistics Office show …"; right before the noun too, "Early analysis shows Iowa polls
  // may have missed …", PolNeAR train, HuffPost 2016-02-03, was issued by "Early": an adjective capitalised where the
  // sentence opens is no issuer)
  if (run.j === run.i + 1 && sentencesOf(ctx.text).opens(run.s) && isAdjective(ctx.toks[run.i].l)) return undefined;
  const written = ctx.text.slice(run.s, run.e);
  // "A Des Moines Register/Bloomberg Politics poll", "the most recent YouGov/Economist survey": two issuers joined by a
  // slash issued it together, each name whole (no word of one is a place or a title of the other's)
  if (JOINT_ISSUERS.test(written)) return written;
  if (next && next.i === run.j + 1 && ctx.toks[run.j].l === 'and') {
    const joined = ctx.text.slice(run.s, next.e);
    if (ctx.kindOf(joined) === 'organization') return joined;
  }
  // "by Vanderbilt University and the Pennsylvania State University Graduate School of Education", "by economists at
  // Duke University and the University of Ottawa": two bodies joined by "and" issued it together
  const both = next && ctx.toks[run.j]?.l === 'and' && !ctx.inQuote(r + 1) ? next.i - run.j - 1 : -1;
  if (both === 0 || (both === 1 && ctx.toks[run.j + 1].l === 'the')) {
    const second = ctx.text.slice(next.s, next.e);
    if (ctx.kindOf(written) === 'organization' && ctx.kindOf(second) === 'organization') return ctx.text.slice(run.s, next.e);
  }
  // ("Homeland" was stripped as a title word; "Sen." and "President" are a person's)
  const body = ctx.kindOf(written) === 'organization' || (run.title !== '' && !run.title.split(/\s+/).some(w => isHonorific(w) || isRoleNoun(w)));
  return usable(ctx, body ? ctx.canonical(written) : ctx.canonical(run.name, run.s, run.title));
}

/** A medium's word alone, capitalised as a document's modifier ("a TV ad", "a Web video"): no one's name. */
const MEDIUM_ONLY = wordSet('TV|Radio|Video|Web|Internet|Online');

/** A name that can issue a document: not a place, a party label or a date. */
function usable(ctx: DocumentContext, name: string): string | undefined {
  // ("A campaign TV ad released Thursday accuses …", PolNeAR train, Wash. Post 2016-02-12: the medium is no issuer)
  if (!name || MEDIUM_ONLY.has(name)) return undefined;
  const kind = ctx.kindOf(name);
  return kind === 'place' || kind === 'label' ? undefined : name;
}
