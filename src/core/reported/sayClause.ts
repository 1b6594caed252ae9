/**
 * Rule family — a verb of saying and the clause after it that the bare-clause rule cannot read as one (its subject is
 * long, or its verb a present form the rule does not know): "The party says 34,570 U.S. citizens living abroad in 38
 * countries cast votes", "Democrats say those revelations show that …", "Marco Rubio says, win or lose …, he’s staying
 * in the race". After "say" with its reporter before it, what follows in the sentence is what was said, when it has
 * a verb of its own.
 */
import { endsInS } from '../text/endings';
import { cueSpan, subjectAfter } from '../quotes/attribution';
import { ARTICLES, COMMA_RELATIVES, CUES, DETERMINERS, FINITE_SAY_TELL_FORM, FINITE_TELL_FORMS, NOT_NOUN, OPENING_SUBORDINATORS, PREPOSITIONS, RELATIVES_BUT_WHOM, RELATIVES_BUT_WHOSE } from '../quotes/lexicon';
import { BRACKETED_INITIALS, initialsInBrackets, type Tok } from '../quotes/tokens';
import { inClass } from '../text/wordClasses';
import { finite, pastChannel, pastTime, presentVerb, shareAnswerEnd } from './bareClause';
import { contentEnd, contentSpan, words } from './clause';
import { contentStart } from './fronted';
import { afterHearer } from './hearer';
import { AUXILIARIES, ING_PREPOSITIONS, NEGATIONS } from './lexicon';
import { quoteAt, quoteEndsAt } from './mixed';
import { type Report, reportOf, type SentenceContext } from './report';
import { reporterOf, verbAt } from './speaker';
import { looksAdverb } from '../text/adverbs';


/** Words that open an adjunct of the saying, not its content ("said Tuesday during a taping …", "said, per a translator, that"). */
const ADJUNCT_WORDS: ReadonlySet<string> = new Set(['during', 'after', 'before', 'per', 'as', 'while', 'since', 'because', 'until', 'without',
  'amid', 'through', 'via', 'into', 'instead', 'back', 'and', 'or', 'but', 'matter-of-factly']);
/** One of the words or an adverb in -ly. */
const isAdjunct = (l: string): boolean => ADJUNCT_WORDS.has(l) || looksAdverb(l);

/** The fewest words of a content this rule reports. */
const MIN_WORDS = 3;

/** A verb with tense among the content's tokens after its first: "citizens … cast", "revelations show", "he’s staying". */
export function hasVerb(toks: Tok[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) {
    const w = toks[j], prev = toks[j - 1];
    if (w.punct || w.cap) continue;
    if (finite(w) || presentVerb(toks, j) || /['’](?:s|re|ll|d|ve|m)$/.test(w.t) && !w.poss) return true;
    // ("the law unfairly targets gay and lesbian people": a present form after its subject, past an adverb)
    if (/[^su]s$/.test(w.l) && !NOT_NOUN.has(w.l) && !PREPOSITIONS.has(w.l) && !prev.punct && !prev.poss && !DETERMINERS.has(prev.l) && !PREPOSITIONS.has(prev.l)) return true;
  }
  return false;
}

/**
 * "Rep. Chris Collins, R-NY, says meeting participants outlined …", "Nigel Farage, leader of the anti-immigration UK
 * Independence Party, says such votes are …": the comma before the cue closes an apposition of the sentence's
 * subject — not '"…," said Jenna Golden, Twitter’s director' or "…, said Mr. Smith.", whose subject follows the cue.
 */
function afterApposition(ctx: SentenceContext, c: number): boolean {
  const { toks, b } = ctx;
  if (toks[c - 1].t !== ',') return false;
  const open = pastLabel(ctx, contentStart(ctx));
  const first = toks[open];
  if (!first || !(first.cap || first.poss || ARTICLES.has(first.l)) || quoteAt(ctx.quotes, first.s)) return false;
  // the sentence opens with its subject and the apposition: a comma after it, none other before the cue, no verb
  let commas = 0;
  // (no "who" clause before a content that opens with a subordinator: "Trump, who won South Carolina …, said when Boyle
  // asked him a question that …")
  const subordinateContent = OPENING_SUBORDINATORS.has(toks[c + 1]?.l ?? '');
  for (let k = open + 1; k < c - 1; k++) {
    const t = toks[k];
    const afterComma = toks[k - 1].t === ',';
    // ("Sanders, whose coalition includes young people and independents, said closed primaries -- those open only to
    // registered Democrats -- deny …", PolNeAR train: a "whose" clause of the subject, right after its comma; so is a
    // "who" clause, "Agronomist Priya Shankar-Dubois, who works with growers across the region, said the rain …",
    // test/fixtures/outlets)
    const subjectClause = afterComma && (t.l === 'whose' || t.l === 'which' || (t.l === 'who' && !subordinateContent));
    // ("Geoff Garin, a Democratic pollster who advises the pro-Clinton super PAC Priorities USA Action, said his focus
    // groups and other research show that …", PolNeAR train, Washington Post 2016-06-01: a "who" clause of the
    // apposition's noun, not right after a comma)
    const nounClause = !afterComma && t.l === 'who' && !t.cap && commas === 1 && !subordinateContent;
    if (t.t === ',') commas++;
    else if (subjectClause || nounClause) {
      // (either clause runs, no mark or cue in it, to the comma before the cue)
      let j = k + 1;
      while (j < c - 1 && !toks[j].punct && !CUES.has(toks[j].l)) j++;
      if (j !== c - 1) return false;
      k = j - 1;
    }
    else if (t.punct && t.t !== '(' && t.t !== ')' && t.t !== '.') return false;
    else if (!t.cap && (finite(t) || AUXILIARIES.has(t.l) || CUES.has(t.l) || RELATIVES_BUT_WHOM.has(t.l))) return false;
  }
  if (commas < 1 || commas > 2 || c - open > MAX_APPOSED_SUBJECT) return false;
  // (an inverted cue's subject follows it: "…, said Mr. Smith."; but not a content's subject set off by a phrase its
  // verb follows, "The hamlet's senior administrative officer, Peter Tagornak, said the tanker, chartered by the
  // territorial government, reached Naujaat …", a CBC North-style probe, test/fixtures/outlets; nor one whose body's
  // initials in brackets follow it, "The pulenu'u of Salani, Leiataualesa Tasi Faleolo, said the Samoa Water Authority
  // (S.W.A.) had not explained …", a Samoa Observer-style probe)
  const after = subjectAfter(toks, c + 1, b);
  if (!after) return true;
  const j = initialsInBrackets(toks, after.j) ? after.j + BRACKETED_INITIALS : after.j;
  return !(j >= b || (toks[j].punct && !verbAfterSetOff(toks, j, b)));
}

/** The most tokens of a phrase set off after a content's subject before its verb ("chartered by the territorial government"). */
const MAX_SET_OFF = 12;

/** After the comma at k, a phrase set off up to its closing comma, then a finite verb ("…, chartered by …, reached"). */
function verbAfterSetOff(toks: Tok[], k: number, b: number): boolean {
  if (toks[k].t !== ',' || !toks[k + 1] || toks[k + 1].cap) return false;
  let q = k + 1;
  while (q < b && q <= k + MAX_SET_OFF && !toks[q].punct) q++;
  return toks[q]?.t === ',' && !!toks[q + 1] && finite(toks[q + 1]);
}

/**
 * "it" or "them" after the cue and no verb of theirs (none with tense, in -s or after an apostrophe: "said it makes sense"): the say-verb's object, not a clause's subject ("a day after he
 * said them, but not after some damage …", "Ed Krayewski may have said it best when he blogged: …"; PolNeAR train: 2
 * such contents, no gold).
 */
function pronounObject(toks: Tok[], k: number): boolean {
  const next = toks[k + 1];
  return (toks[k].l === 'it' || toks[k].l === 'them') && (!next || next.punct || !(finite(next) || presentVerb(toks, k + 1) || endsInS(next.l) || /['’]/.test(next.l)));
}

/** How many words a list item's label may take before its colon ("Voter participation: Sanders, …, said …"). */
const MAX_LABEL = 3;

/** Past a short label and its colon that opens the sentence ("Voter participation: …", PolNeAR train, USA Today 2016-04-28), else `open`. */
function pastLabel(ctx: SentenceContext, open: number): number {
  const { toks } = ctx;
  for (let k = open + 1; k <= open + MAX_LABEL && k < ctx.b; k++) {
    if (toks[k].t === ':') return k + 1;
    if (toks[k].punct) break;
  }
  return open;
}

/** The longest subject with its apposition before the cue, in tokens. */
const MAX_APPOSED_SUBJECT = 24;


/**
 * After the cue's comma, a relative clause on the hearer or a negated participle describes the saying, no content:
 * "And he would have to tell Holder, who would have to tell Obama.", '… so we’re like a bridge over troubled…” he
 * said, not finishing his joke.' (PolNeAR train, no gold).
 */
function commaModifier(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  return COMMA_RELATIVES.has(t.l) || (NEGATIONS.has(t.l) && /ing$/.test(toks[k + 1]?.l ?? ''));
}

/**
 * "only" before a determiner opens the content's subject, no adjunct of the saying ("The Technical Standards and Safety
 * Authority, which regulates fuel-burning appliances in Ontario, said only a licensed technician who finds an immediate
 * hazard can shut off a furnace", a CBC Marketplace-style probe, where "who finds …" was read as the report; no
 * PolNeAR train case).
 */
const focusedSubject = (toks: Tok[], k: number): boolean => toks[k].l === 'only' && DETERMINERS.has(toks[k + 1]?.l ?? '');

export function sayClauses(ctx: SentenceContext): Report[] {
  const { toks, a, b, quotes } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 2; c++) {
    const t = toks[c];
    // ('"…," said Jenna Golden, …': after a comma or a quote the cue's subject comes after it)
    if (t.cap || t.punct || !inClass(t, FINITE_SAY_TELL_FORM) || (toks[c - 1].punct && !afterApposition(ctx, c)) || !verbAt(toks, c, true)) continue;
    let k = FINITE_TELL_FORMS.has(t.l) ? afterHearer(toks, c + 1, b) : c + 1;
    if (FINITE_TELL_FORMS.has(t.l) && k === c + 1) continue;
    k = pastChannel(toks, pastTime(toks, k, b), b);
    const mention = reporterOf(ctx, c);
    // the reporter stands before the cue (not '…, said Mr. Smith'), and not as a relative clause's ("which officials said will …")
    if (!mention || mention.e > t.s || RELATIVES_BUT_WHOSE.has(toks[mention.i - 1]?.l ?? '')) continue;
    // a comma right after the cue opens the content ("Rubio says, win or lose, …"), unless the attribution is set
    // inside its sentence between commas ("The good news for Cruz, Woolson said, is …": the inset rule's)
    if (toks[k]?.t === ',') {
      if (toks[mention.i - 1]?.t === ',' || c === a + 1 || commaModifier(toks, k + 1)) continue;
      k++;
    }
    const first = toks[k];
    // (nor a preposition in -ing, which goes on a noun before the cue: "The emails were on a variety of work-related
    // topics, the Times said, including speeches, meetings and news media appearances", PolNeAR train, no gold)
    if (!first || first.punct || first.l === 'that' || PREPOSITIONS.has(first.l) || ING_PREPOSITIONS.has(first.l) || (isAdjunct(first.l) && !focusedSubject(toks, k)) || AUXILIARIES.has(first.l) || quoteAt(quotes, first.s)) continue;
    if (pronounObject(toks, k)) continue;
    const end = shareAnswerEnd(toks, c, k, contentEnd(ctx, k));
    if (words(toks, k, end) < MIN_WORDS || !hasVerb(toks, k, end)) continue;
    // (after "told", a "that" soon after means the hearer was read short: "told The Post and Courier … that")
    if (FINITE_TELL_FORMS.has(t.l) && toks.slice(k, Math.min(end, k + 8)).some(x => x.l === 'that')) continue;
    const span = contentSpan(ctx, k, end);
    if (!span || quoteEndsAt(quotes, ctx.text, mention.s)) continue;
    out.push(reportOf(span, cueSpan(toks, c, k), mention, 'say-clause'));
  }
  return out;
}
