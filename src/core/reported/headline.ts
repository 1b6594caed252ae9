/**
 * Rule family 11 — a line that opens with a name and a colon: the headline's or the transcript's way of attributing
 * ("Lynch: No outside influence on FBI probe into Clinton emails", "Clinton to Planned Parenthood: Trump will reverse
 * Roe v. Wade", "Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts: …"). PolNeAR attributes what
 * follows the colon to the name (train: 123 such attributions missed before this rule). The name must open its line;
 * words that label a line rather than name someone ("Update:", "Watch:", "Editor's note:") are no source.
 */
import { DASH_TOKENS, DETERMINERS, LINK_WORDS, NOT_NOUN, TITLES } from '../quotes/lexicon';
import { inCapitals, lowerCaseWords, placeByArticle, runAt } from '../quotes/names';
import type { Tok } from '../quotes/tokens';
import { isDocumentNoun } from '../people/documents';
import { BODY_WORD, firstNameGender, isAdjective, isDemonym, isPersonNoun, isPlace, isPluralPeopleNoun, isVerbForm, OUTLET_NAME, placeNotGivenName } from '../people/lexicon';
import { kindOfName } from '../people/canonical';
import { contentSpan, MAX_CONTENT, TAIL_CUES, words } from './clause';
import { AUXILIARIES, SUBJECT_PRONOUNS, WH_WORDS } from './lexicon';
import { type Report, reportOf, type SentenceContext } from './report';
import { hasVerb } from './sayClause';
import { wordSet } from '../people/lexicon';
import { keptPer } from '../text/memo';
import { isSpaceAt } from '../text/wordShape';

/** Capitalised words that label a line (a section, a medium), not a source. */
export const LABELS = /^(?:update|updated|note|notes|watch|related|video|videos|photo|photos|editor|editors|breaking|exclusive|read|correction|subscribe|follow|click|tags|tag|transcript|listen|see|also|more|live|here|q|a|question|answer|topics|category|source|sources|credit|image|caption|by|posted|published|filed|top|stories|story|why|what|how|when|where|who|the|in|on|at|and|but|so|now|today|tonight|quote|quotes|bottom|line|first|then|plus|bonus|fact|facts|step|part|chapter|act|scene|day|week|round|lesson|rule|warning|alert|advisory|disclaimer|full|partial|p\.s\.?|wow|boom|look|revealed|bombshell|shocking|contributing|name|age|city|job|pay|paid|fast-forward|delegate|fix|flashback|reminder|spoiler|interview|opinion|analysis|commentary|editorial|podcast)$/i;

/** How many tokens the source's phrase may take before the colon ("Former AG Mukasey at RNC"). */
const MAX_HEAD = 8;

/**
 * The source's tokens [i, j) and its colon k at the start of the line at token a: a capitalised run ("Lynch"), the
 * run and a phrase that links it to its hearer or topic ("Clinton to Planned Parenthood"), the run and one noun in
 * lower case ("Clinton camp"); a label and a dash before it are passed ("EXCLUSIVE – Roger Stone").
 */
function headOf(toks: Tok[], a: number, b: number): { i: number; j: number; k: number } | null {
  let i = a;
  if (LABELS.test(toks[i].t) && DASH_TOKENS.has(toks[i + 1]?.t ?? '')) i += 2;
  const first = toks[i];
  // ("Big Win For Bernie: AFL-CIO Holds Off On Presidential Endorsement": an adjective opens a title, never a name; but
  // a title's word may: "Former AG Mukasey at RNC: …", "OK Gov Fallin: …")
  if (!first || !first.cap || first.poss || LABELS.test(first.t) || (isAdjective(first.l) && !TITLES.has(first.l) && !inCapitals(first.t))) return null;
  const found = runAt(toks, i);
  if (!found || found.i !== i) return null;
  // (a Title Case headline capitalises its link word: "CNN President On Trump:" is the president's, not "On Trump")
  let cut = found.j;
  for (let x = i + 1; x < found.j; x++) if (LINK_WORDS.has(toks[x].l)) { cut = x; break; }
  let k = found.j;
  if (toks[k]?.t === ':') return found.j === i + 1 && topicWord(toks, first) ? null : { i, j: cut, k };
  // ("Clinton camp: Trump’s Islamaphobia threatens national security"; not a topic in sentence case, a word the
  // article never writes as a name inside a sentence and its noun: "Rail fares: Commuters face 4.6% rise", the BBC's way
  // of heading a story; initials are a name: "WSJ editorial: …")
  const noun = toks[k];
  const topic = found.j === i + 1 && !inCapitals(first.t) && !capitalisedInSentence(toks, first.l);
  if (noun && !topic && !noun.punct && !noun.cap && !LINK_WORDS.has(noun.l) && !NOT_NOUN.has(noun.l) && !DETERMINERS.has(noun.l) && toks[k + 1]?.t === ':' && speakingNoun(noun)) return { i, j: k + 1, k: k + 1 };
  if (!LINK_WORDS.has(noun?.l ?? '')) return null;
  while (k < b && k < a + MAX_HEAD && toks[k].t !== ':' && !toks[k].punct) k++;
  return toks[k]?.t === ':' ? { i, j: cut, k } : null;
}

/** Nouns of a side that speaks for a name ("Clinton camp: …", PolNeAR train). */
const SIDE_NOUNS = wordSet('camp|campaign|team|side|allies|aides|officials|lawyers|spokesman|spokeswoman|spokesperson');

/**
 * The lower-case noun after a name before a headline's colon names who speaks: a side, a person or a document ("Clinton
 * camp:", "WSJ editorial:", "IG report:", PolNeAR train's three), not the story's topic, an event at a place ("Kogi
 * flood: 42,000 displaced as Reps seek N10bn emergency fund", "Mubende evictions: 300 families camp at sub-county
 * offices", Punch- and Monitor-style probes, test/fixtures/outlets ng-punch-kogi-flood-relief.txt and
 * ug-monitor-mubende-eviction.txt).
 */
const speakingNoun = (noun: Tok): boolean => SIDE_NOUNS.has(noun.l) || sourceWord(noun);

/**
 * One word before the colon that is the story's topic, not who spoke: a word the article also writes in lower case that
 * is no document and no person ("Housing: Government unveils $3.8b build plan as critics warn of delays", the New
 * Zealand Herald's way of heading a story; "Poll: …", "Report: …" and "Insiders: …" are PolNeAR train sources).
 */
function topicWord(toks: Tok[], word: Tok): boolean {
  if (inCapitals(word.t) || !lowerCaseWords(toks).has(word.l) || isDocumentNoun(word.l)) return false;
  const singular = word.l.endsWith('s') ? word.l.slice(0, -1) : word.l;
  return !isPersonNoun(word.l) && !isPersonNoun(singular);
}

/**
 * A word that may name a source in a headline's head: a given name, a person or a group of people, a document, a place or
 * its people, a title, a body or an outlet, or initials ("Lynch", "Historians", "Poll", "AP", "News Guide").
 */
const sourceWord = (t: Tok): boolean => firstNameGender(t.t) !== undefined || isPersonNoun(t.l) || isPluralPeopleNoun(t.t) || isDocumentNoun(t.l)
  || isDemonym(t.t) || isPlace(t.t) || TITLES.has(t.l) || BODY_WORD.test(t.t) || OUTLET_NAME(t.t);

/**
 * Where the article writes a word capitalised: the first and the last token, and whether once after a word of the same
 * line (`inLine`; a line break, as after a headline, does not count, nor a mark before it).
 */
interface CapitalisedWord { first: number; last: number; inLine: boolean }
/** The words the article writes capitalised, read in one pass, by article. */
const capitalisedIn: (toks: Tok[]) => ReadonlyMap<string, CapitalisedWord> = keptPer((toks: Tok[]): ReadonlyMap<string, CapitalisedWord> => {
  const at = new Map<string, CapitalisedWord>();
  for (let k = 0; k < toks.length; k++) {
    if (!toks[k].cap) continue;
    const inLine = k > 0 && !toks[k].br && !toks[k - 1].punct;
    const seen = at.get(toks[k].l);
    if (seen) { seen.last = k; seen.inLine ||= inLine; } else at.set(toks[k].l, { first: k, last: k, inLine });
  }
  return at;
});
/** The article writes the word capitalised outside the line [a, b) ("Lynch" of "Attorney General Loretta Lynch"). */
function capitalisedElsewhere(toks: Tok[], l: string, a: number, b: number): boolean {
  const seen = capitalisedIn(toks).get(l);
  return !!seen && (seen.first < a || seen.last >= b);
}

/**
 * The head before the colon labels the headline, it names no one: a word in capitals that is a verb ("BUSTED: Emails
 * Reveal Hillary Aid And CNN Reporter Caught Conspiring …", PolNeAR train, West Journal 2015-11-25, where "Emails" is
 * the source of "Reveal"), or words that are no name, no person, no document and no body, and that the article writes
 * nowhere else, as a phrase before a link word in sentence case ("Focus on security: Trump, who is seen as a stronger
 * leader …", PolNeAR train, USA Today 2016-07-18); no annotator's attribution on train. (A Title Case label joined by a
 * preposition, "Stealth Over Health: Hillary Clinton Was Headed …", is seen on PolNeAR dev only, with no train or fixture
 * case, so no rule reads it: such a label is still taken as a source.)
 */
function labelHead(ctx: SentenceContext, head: { i: number; j: number; k: number }): boolean {
  const { toks } = ctx;
  const run = toks.slice(head.i, head.j);
  if (run.length === 1 && inCapitals(run[0].t) && run[0].t.length > 1) return isVerbForm(run[0].l) && unnamedInHeadline(ctx, run[0]);
  // (a name alone in a Title Case line may be one the article writes nowhere else: "Milbank: Republicans ‘Waving The Flag
  // Of Surrender’ To Trump", PolNeAR train: only a phrase before a link word in sentence case is a label)
  const linkPhrase = head.j < head.k && LINK_WORDS.has(toks[head.j].l) && toks.slice(head.j, head.k).every(t => !t.cap);
  return linkPhrase && run.every(t => !inCapitals(t.t) && unnamedInHeadline(ctx, t));
}

/** Word t of the headline [a, b) may name no source (sourceWord) and the article writes it capitalised nowhere else. */
const unnamedInHeadline = (ctx: SentenceContext, t: Tok): boolean => !sourceWord(t) && !capitalisedElsewhere(ctx.toks, t.l, ctx.a, ctx.b);

/** The article writes the word capitalised after a word of the same line (a line break, as after a headline, does not count). */
const capitalisedInSentence = (toks: Tok[], l: string): boolean => capitalisedIn(toks).get(l)?.inLine === true;

/** A content that is a list of names ("Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …"): a roster, not a statement. */
function roster(toks: Tok[], from: number, to: number): boolean {
  let commas = 0, caps = 0, all = 0;
  for (let n = from; n < to; n++) {
    if (toks[n].t === ',') commas++;
    else if (!toks[n].punct) { all++; if (toks[n].cap) caps++; }
  }
  return commas >= 3 && caps * 10 >= all * 8;
}

/** The most words of a phrase after a colon that labels a section rather than states something. */
const LABEL_MAX_WORDS = 4;

/**
 * A short phrase with no verb and no quotation marks after the colon: a section's label in the writer's voice
 * ("Sanders: Win in a walk", "Christie: A closing surge", "Breitbart News Daily: A World at War"), not what the name
 * said ("Carly Fiorina: 'Bill Clinton's fair game'", "Trump stirs 'ugliness'", "I support D.C. statehood", "Why not
 * debate"). On train, 8 such lines were attributions no annotator marked, and none was one.
 */
function sectionLabel(ctx: SentenceContext, from: number, to: number): boolean {
  const { toks, text } = ctx;
  if (words(toks, from, to) > LABEL_MAX_WORDS || /["“”‘’']/.test(text.slice(toks[from].s - 1, toks[to - 1].e + 1))) return false;
  if (SUBJECT_PRONOUNS.has(toks[from].l) || WH_WORDS.has(toks[from].l)) return false;
  // (a title's verb is capitalised too: "The Trends Are …"; first written on a PolNeAR dev headline, which its
  // quotation marks already keep out above: no train, dev, fixture or us-probes line is decided here)
  for (let k = from; k < to; k++) if (AUXILIARIES.has(toks[k].l)) return false;
  return !hasVerb(toks, from, to);
}

/**
 * A question with no verb after the colon: the writer's question about the name, not the name's words ("Ted Cruz:
 * Constitutional conservative or another typical career politician?", PolNeAR train, no annotator's attribution).
 */
function verblessQuestion(ctx: SentenceContext, from: number, to: number, b: number): boolean {
  const { toks } = ctx;
  if (toks[b - 1]?.t !== '?' || /["“”]/.test(ctx.text.slice(toks[from].s, toks[to - 1].e))) return false;
  for (let k = from; k < to; k++) if (AUXILIARIES.has(toks[k].l)) return false;
  return !hasVerb(toks, from, to);
}

/** The fewest words of a headline before the colon and the name of who said it ("SMRT to be fined …: Tan Wei Ming"). */
const MIN_SOURCED_HEADLINE_WORDS = 3;

/**
 * A headline that closes on a colon and the full name of who said it, as The Straits Times and Indian papers head a
 * report: "SMRT to be fined $3m over six-day East-West Line disruption: Tan Wei Ming" (a Straits Times-style probe,
 * test/fixtures/outlets). The text's first line; the words before the colon hold a verb, no quotation mark and three
 * words at least; after it, a person's name of two words or more and nothing else (not "…: Marketplace", a programme;
 * not "The One Thing Both Sides Want: Break Up Banks.", PolNeAR train).
 */
function trailingSource(ctx: SentenceContext): Report[] {
  const { toks, text, a, b } = ctx;
  let end = b;
  while (end > a && toks[end - 1].punct && !toks[end - 1].cap) end--;
  const r = end > a ? runAt(toks, end - 1) : null;
  const k = r ? r.i - 1 : -1;
  if (!r || r.j !== end || r.j - r.i < 2 || k <= a || toks[k].t !== ':' || text.slice(toks[a].s, toks[end - 1].e).includes('\n')) return [];
  const name = text.slice(toks[r.i].s, toks[r.j - 1].e);
  if (kindOfName(name) !== 'person' || words(toks, a, k) < MIN_SOURCED_HEADLINE_WORDS || /["“”‘’]/.test(text.slice(toks[a].s, toks[k].s)) || !hasVerb(toks, a, k)) return [];
  const span = contentSpan(ctx, a, k);
  return span ? [reportOf(span, { s: toks[k].s, e: toks[k].e }, { s: toks[r.i].s, e: toks[r.j - 1].e, kind: 'name', i: r.i, j: r.j }, 'headline')] : [];
}

/**
 * A place in capitals before the colon: the dateline CNA and Malaysian and Indian papers open a story with
 * ("SINGAPORE: A former delivery rider who let a scam syndicate use his bank accounts … was sentenced …", a CNA-style
 * probe, test/fixtures/outlets, where the sentence was a report of "SINGAPORE"), never a source. PolNeAR train's lines
 * that open on words in capitals and a colon are people and bodies ("TAPPER:", "AP:", "UN:"), no place.
 */
function placeDateline(toks: Tok[], head: { i: number; j: number }): boolean {
  const run = toks.slice(head.i, head.j);
  // (or one word the article shows is a place the lexicon lacks, opening the lede or written after "in" too: "MAHALAPYE:
  // Residents have gone without tap water …", names.ts placeByArticle)
  return run.every(t => inCapitals(t.t)) && (isPlace(run.map(t => t.t).join(' ')) || (run.length === 1 && placeByArticle(toks, head.i)));
}

/**
 * A country's name in title case before the colon of the article's first line: the AllAfrica-style headline's label of
 * where the story is ("Liberia: Marketers Cry Foul as Price of Rice Climbs to L$3,800 a Bag", a FrontPageAfrica-style
 * probe, test/fixtures/outlets lr-frontpageafrica-rice-prices.txt, where the headline was a report of "Liberia"), never
 * a source. PolNeAR train and dev hold no first line that opens so, and no report by a country before a colon. A city's
 * too, as Actualite.cd and Radio Okapi head their stories ("Kinshasa: a jerrican of water now costs 1,000 FC in
 * Mont-Ngafula as taps run dry", an Actualite.cd-style probe, cd-actualite-kinshasa-water-jerrican-price.txt, probes-bb,
 * was a report of "Kinshasa"); not a place that is a given name too ("Paris: …").
 */
function countryHeadline(ctx: SentenceContext, head: { i: number; j: number; k: number }): boolean {
  const { toks, text } = ctx;
  if (head.i !== 0) return false;
  const name = text.slice(toks[head.i].s, toks[head.j - 1].e);
  return placeNotGivenName(name) || placeLabel(toks, head);
}

/** The prepositions before which the article's body writes a place ("in Cotonou", "the province of Houet"). */
const PLACE_PREPOSITIONS = wordSet('in|of');

/**
 * The head of the article's first line labels the story's place when what follows its colon opens in lower case, as the
 * French-language African and Cuban press head a story in translation ("Houet: cotton producers welcome a purchase price
 * of 325 FCFA …", "Cotonou: the litre of "kpayo" rises to 800 F CFA …", "Ségou: rice farmers of the Office du Niger
 * demand …", "Tahoua: the bag of Galmi onion falls …", "Santiago de Cuba: ration bread shrinks …", "Chad: in N'Djamena,
 * the koro of millet at 1,250 FCFA …": AIB-, Benin Web TV-, Maliweb-, ActuNiger-, OnCuba News- and Alwihda Info-style
 * probes, test/fixtures/outlets, each a report of its place), and the lexicon does not know the place but the article
 * shows it: its body writes the head after "in" or "of" ("in Cotonou", "the province of Houet", "of Tahoua") or not at
 * all ("Chad", which compromise files as a given name only). A person's words after a colon in lower case ("Starmer: we
 * will fix the NHS") come from one the body names as a person, never after "in" or "of" alone; no PolNeAR train or dev
 * first line holds a colon and lower-case content, nor does a fixture's whose head is a person.
 */
function placeLabel(toks: Tok[], head: { i: number; j: number; k: number }): boolean {
  const first = toks[head.k + 1];
  if (!first || !/^\p{Ll}/u.test(first.t)) return false;
  const n = head.j - head.i;
  let elsewhere = false;
  // (one pass over the article, once per article: only its first line is asked about)
  for (let x = head.j; x + n <= toks.length; x++) {
    let same = true;
    for (let y = 0; y < n && same; y++) same = toks[x + y].t === toks[head.i + y].t;
    if (!same) continue;
    if (PLACE_PREPOSITIONS.has(toks[x - 1].l) && !toks[x - 1].cap) return true;
    elsewhere = true;
  }
  return !elsewhere;
}

export function headlines(ctx: SentenceContext): Report[] {
  const { toks, text, a, b } = ctx;
  // the sentence opens its line (only the gap after the previous token is looked at: linear in the text)
  if (a > 0 && !text.slice(toks[a - 1].e, toks[a].s).includes('\n')) return [];
  for (let i = toks[a].s - 1; i >= (a > 0 ? toks[a - 1].e : 0) && text[i] !== '\n'; i--) if (!isSpaceAt(text, i)) return [];
  const head = headOf(toks, a, b);
  if (!head) return a === 0 ? trailingSource(ctx) : [];
  if (placeDateline(toks, head) || countryHeadline(ctx, head) || labelHead(ctx, head)) return [];
  const { k } = head;
  let end = b;
  while (end > k + 1 && toks[end - 1].punct && (/^[.!?,:;]$/.test(toks[end - 1].t) || DASH_TOKENS.has(toks[end - 1].t))) end--;
  if (words(toks, k + 1, end) < 3 || end - k > MAX_CONTENT || roster(toks, k + 1, end)) return [];
  // ('Åland: José said: "We agree"': a line with its own cue and colon is a dateline before a report, not a headline's;
  // a cue in a headline's title case, "If Obama Says It, It’s True", is its words)
  for (let n = k + 1; n < end; n++) if (toks[n].t === ':' || (/^\p{Ll}/u.test(toks[n].t) && TAIL_CUES.has(toks[n].l))) return [];
  if (sectionLabel(ctx, k + 1, end) || verblessQuestion(ctx, k + 1, end, b)) return [];
  const span = contentSpan(ctx, k + 1, end);
  if (!span) return [];
  const mention = { s: toks[head.i].s, e: toks[head.j - 1].e, kind: 'name' as const, i: head.i, j: head.j };
  return [reportOf(span, { s: toks[k].s, e: toks[k].e }, mention, 'headline')];
}
