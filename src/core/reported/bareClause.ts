/**
 * Rule family 2 — a cue and a bare complement clause, with no "that": "Lavrov said Assad would not step down",
 * "[Clinton] told reporters she was confident", "They are hoping a stamp of approval from Warren … will help", an
 * elliptic "Jeff Flake said he would".
 * The clause must open with a subject (a pronoun, a name, a noun phrase) and reach a finite verb soon after.
 */
import { endsInNt, endsInS } from '../text/endings';
import { looksAdverb } from '../text/adverbs';
import { isAdjective, isVerbForm, wordSet } from '../people/lexicon';
import { cueSpan } from '../quotes/attribution';
import { PARTS_OF_DAY, PLURAL_PERIODS, RELATIVE_DAYS, RELATIVE_TIME, SEASONS, WEEKDAYS } from '../text/calendar';
import { AUXILIARY, BARE_VERB, CLAUSE_RELATIVES, CUES, DEGREE_WORDS, DETERMINERS, IRREGULAR_PAST_FORM, NOT_NOUN, NOUN_TOO, OBJECT_ONLY_PRONOUNS, PERSONAL_SUBJECT_PRONOUNS, PREPOSITIONS, QUANTIFIER_CLAUSE_SUBJECTS, RELATIVE_PRONOUNS, TENSE_OF_BE_OR_HAVE } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { inClass } from '../text/wordClasses';
import { amountAt, appositionClose, contentEnd, contentSpan, nextShareAt, presentAfterComma, shareWord, SUBJECT_VERB_ADVERB, words } from './clause';
import { hearerEnd, toldWithoutHearer } from './hearer';
import { AUXILIARIES, BARE_VERBS, CHANNEL_NOUNS, CLAIM_PARTICLES, INTO_ONTO_THROUGH, isLongRegularPast, PLATFORM_NOUNS, SUBJECT_PRONOUNS, TIME_WORDS } from './lexicon';
import { quoteAt, quoteEndsAt } from './mixed';
import { type Report, reportOf, type SentenceContext } from './report';
import { clauseReporter, verbAt } from './speaker';
import { digitFirst, upperFirst } from '../text/wordShape';

const DAY: ReadonlySet<string> = new Set([...WEEKDAYS, ...RELATIVE_DAYS, 'earlier', 'later', 'recently', 'repeatedly', 'again', 'privately', 'publicly']);

/** Nouns of a period in a time phrase with an article ("the day earlier", "a week before", "the previous night"). */
const PERIOD_NOUN: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year', ...PARTS_OF_DAY, 'weekend']);
/** Words before the period noun that make the phrase a time ("the ⟨previous⟩ day", "the ⟨same⟩ week"). */
const PERIOD_BEFORE = wordSet('previous|next|following|same|prior');

const THE_A_THAT_ONE = wordSet('the|a|that|one');
/**
 * The end of a phrase of time with an article at k, or k: "It said ⟨the day earlier⟩ that government air raids …"
 * (seeds, sample 001), "said ⟨the previous day⟩ that …", "said ⟨a week ago⟩ he …". The article and its noun alone ("said
 * the day was …") are the clause's subject, not a time.
 */
export function articleTime(toks: Tok[], k: number, b: number): number {
  if (k + 2 >= b || !THE_A_THAT_ONE.has(toks[k].l)) return k;
  if (PERIOD_BEFORE.has(toks[k + 1].l) && PERIOD_NOUN.has(toks[k + 2].l)) return k + 3;
  return PERIOD_NOUN.has(toks[k + 1].l) && RELATIVE_TIME.has(toks[k + 2].l) ? k + 3 : k;
}

/** Periods after "last" or "this" ("said last week", "said this spring"). */
export const LAST_PERIODS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'night', 'weekend', ...SEASONS]);

export const LAST_THIS = wordSet('last|this');
const THE_THAT = wordSet('the|that');
/** Past a time word or two between the cue and the clause ("said Tuesday", "said on Monday", "said last week", "said the day earlier"). */
export function pastTime(toks: Tok[], k: number, b: number): number {
  const dated = articleTime(toks, k, b);
  if (dated > k) return dated;
  // ("It said at the time the building would open in the fall of 2025", a CBC North-style probe; not "at the time of …")
  if (k + 3 < b && toks[k].l === 'at' && THE_THAT.has(toks[k + 1].l) && toks[k + 2].l === 'time' && !toks[k + 3].punct && toks[k + 3].l !== 'of') return k + 3;
  if (k < b && DAY.has(toks[k].l)) return k + 1;
  if (k + 1 < b && toks[k].l === 'on' && DAY.has(toks[k + 1].l)) return k + 2;
  if (k + 1 < b && toks[k].l === 'for' && PLURAL_PERIODS.has(toks[k + 1].l)) return k + 2;
  if (k + 1 < b && LAST_THIS.has(toks[k].l) && LAST_PERIODS.has(toks[k + 1].l)) return k + 2;
  // ("She told Stuff after the meeting she would support hapū …", a Stuff-style probe, test/fixtures/outlets: an
  // occasion after "after" or "before" and "the", when a subject pronoun opens the clause after it; not "said after the
  // meeting was cancelled", whose clause the occasion opens)
  if (k + 3 < b && AFTER_BEFORE.has(toks[k].l) && toks[k + 1].l === 'the' && !toks[k + 2].cap && !toks[k + 2].punct && SUBJECT_PRONOUNS.has(toks[k + 3].l)) return k + 3;
  return k;
}

/** "after" and "before", which open a time's clause or phrase (here and ./gerund.ts). */
export const AFTER_BEFORE = wordSet('after|before');

/** How far the clause's verb may stand from its first word ("President Barack Obama’s new actions to more tightly regulate gun sales aren’t"). */
const LOOKAHEAD = 14;
/** How far past its comma a relative clause set off by commas inside the subject may run to its closing comma (tokens). */
const RELATIVE_ASIDE_REACH = 20;

/** How far a gerund subject's modal or auxiliary may stand ("cutting that output must"). */
const GERUND_REACH = 7;

/** A verb with tense: an auxiliary, or a past form ("Clinton lied"). */
export function finite(t: Tok): boolean {
  return inClass(t, AUXILIARY) || endsInNt(t.l) || inClass(t, IRREGULAR_PAST_FORM) || (!t.cap && isLongRegularPast(t.l));
}

/**
 * Prepositions that the shared list (../quotes/lexicon.ts, kept short for the quote rules) leaves out, and that take a
 * pronoun or a determiner as a verb does: "power centers around him" is no clause, nor "When I figure ⟨my legal fees
 * plus the court-imposed fine plus the confinement center assessment⟩, the case has cost me …" ("plus", "minus" and
 * "except" join noun phrases; PolNeAR train, Breitbart 2015-11-19, 33rd session: 1 false positive removed, none lost).
 */
export const MORE_PREPOSITIONS = wordSet('around|among|amongst|against|toward|towards|across|behind|beside|besides|beyond|throughout|upon|via|per|past|like|unlike|despite|without|under|through|during|amid|between|below|above|along|alongside|atop|underneath|versus|vs|plus|minus|except');
/** A preposition of either list, PREPOSITIONS (../quotes/lexicon) or MORE_PREPOSITIONS. */
export const anyPreposition = (l: string): boolean => PREPOSITIONS.has(l) || MORE_PREPOSITIONS.has(l);

/** A verb in the present before its object: "news outlets | undercount his supporters", "Trump | likes the plan". */
export function presentVerb(toks: Tok[], j: number): boolean {
  const w = toks[j], next = toks[j + 1], prev = toks[j - 1];
  if (!next || !prev || w.cap || w.poss || NOT_NOUN.has(w.l) || anyPreposition(w.l) || DETERMINERS.has(w.l) || TIME_WORDS.has(w.l) || looksAdverb(w.l)) return false;
  if (prev.punct || DETERMINERS.has(prev.l) || PREPOSITIONS.has(prev.l)) return false;
  return (DETERMINERS.has(next.l) && next.l !== 'that') || OBJECT_ONLY_PRONOUNS.has(next.l);
}

/**
 * A verb in the present's third person: an -s form of a verb-only lemma, which the people lexicon knows as a verb form
 * (not "claims", "plans", "reports": nouns as often). "Therefore any attempt to debunk a falsehood …, he said,
 * ⟨becomes⟩ hopeless" (./parenthetical.ts; tried on fronted contents, "This ⟨includes⟩ a special force …, Defense
 * Secretary Ash Carter told …": train 2 found, 2 false positives).
 */
export function presentTense(t: Tok): boolean {
  return !t.cap && /[^s']s$/.test(t.l) && isVerbForm(t.l);
}

/**
 * The third person of verbs of intention before their infinitive, which the people lexicon does not know as verb forms
 * ("Bradshaw said his client ⟨intends⟩ to plead not guilty", "said the party ⟨vows⟩ to …"): the tense of a clause.
 */
const INFINITIVE_TAKING_S = wordSet('intends|plans|hopes|refuses|declines|offers|vows|promises|pledges|aims|tries|seeks|agrees|threatens');
/** Token j is such a verb before its "to" ("the party ⟨vows⟩ to …"). */
export const intentionBeforeInfinitive = (toks: Tok[], j: number): boolean => INFINITIVE_TAKING_S.has(toks[j].l) && toks[j + 1]?.l === 'to';
/**
 * "used" before "to", a habit in the past and the clause's verb (IRREGULAR_PAST leaves "used" out, a participle
 * elsewhere): "She says her father used to walk to the gurdwara every morning" (a CBC-style probe,
 * test/fixtures/outlets ca-cbc-surrey-hip-waits.txt, where no report was read).
 */
const HABITUAL_PAST = 'used';
/** Token j is that "used" before its "to" ("her father ⟨used⟩ to walk"). */
const habitualPastBeforeInfinitive = (toks: Tok[], j: number): boolean => toks[j].l === HABITUAL_PAST && toks[j + 1]?.l === 'to';

/**
 * "cost", a past written as its base (IRREGULAR_PAST leaves such out), is the clause's verb before the amount it costs:
 * "She said a 20-litre drum of petrol already ⟨cost⟩ NZ$78 on Mangaia, compared with about NZ$55 on Rarotonga" (a Cook
 * Islands News-style probe, test/fixtures/outlets ck-cookislandsnews-pa-enua-freight.txt, probes-ss, where no report was
 * read), "said a bag of rice ⟨cost⟩ about $30". After a determiner or a preposition it is the noun ("said the cost …"),
 * which clauseStart's test of the word before the verb keeps out.
 */
const COST = 'cost';
/** Token j is "cost" before an amount. */
export const costBeforeAmount = (toks: Tok[], j: number): boolean => toks[j].l === COST && !toks[j].cap && amountAt(toks, j + 1);

/**
 * The -ing word at token k opens a clause: a gerund's phrase whose auxiliary follows within GERUND_REACH ("leaders have
 * said cutting that output must be a key part"), or a word that modifies the plural noun after it, whose verb in the
 * past is the clause's ("Rep. Chris Collins, R-NY, says meeting participants outlined a scenario …", PolNeAR train).
 */
function gerundClause(toks: Tok[], k: number, b: number): boolean {
  const next = toks[k + 1];
  for (let j = k + 1; j < b && j <= k + GERUND_REACH; j++) {
    if (toks[j].punct) return false;
    if (AUXILIARIES.has(toks[j].l)) return true;
    if (j === k + 2 && /[^s'’]s$/.test(next.l) && !next.cap && (inClass(toks[j], IRREGULAR_PAST_FORM) || isLongRegularPast(toks[j].l)) && !toks[j].cap) return true;
  }
  return false;
}

const BETTER_WORSE = wordSet('better|worse');
/** Token k opens a clause with a subject and a finite verb within reach. */
export function clauseStart(toks: Tok[], k: number, b: number): boolean {
  const t = toks[k];
  if (!t || k >= b - 1 || t.punct) return false;
  const next = toks[k + 1];
  // ("he'll", "he’s", "they’re": a contracted auxiliary after the pronoun)
  const pronoun = t.l.replace(/['’](?:ll|d|re|ve|m)$/, '');
  if (SUBJECT_PRONOUNS.has(pronoun) && (pronoun !== t.l || t.poss)) return !next.punct;
  if (SUBJECT_PRONOUNS.has(t.l)) {
    if (next.punct) return false;
    // ("Twitter said it actively investigated …": an adverb before the verb)
    // (also one of those a subject's verb takes that end in no "-ly": "TransLink said it already posts elevator outages
    // on its website …", a Daily Hive-style probe, test/fixtures/outlets ca-dailyhive-skytrain-escalators.txt)
    const verb = (looksAdverb(next.l) || SUBJECT_VERB_ADVERB.has(next.l)) && toks[k + 2] && !toks[k + 2].punct ? toks[k + 2] : next;
    // ("Singh explained it this way:": a determiner in -s is no verb)
    return PERSONAL_SUBJECT_PRONOUNS.has(t.l) ? !PREPOSITIONS.has(next.l) : finite(verb) || /^(?:'s|’s)$/.test(verb.t) || (endsInS(verb.l) && !DETERMINERS.has(verb.l));
  }
  // ("after Senate estimates heard the project is running three years behind schedule", an AAP-style probe: a verb in
  // the past before its object opens no clause, so the word before it was a noun, no cue)
  if (!t.cap && finite(t) && !inClass(t, AUXILIARY) && ((DETERMINERS.has(next.l) && next.l !== 'that') || OBJECT_ONLY_PRONOUNS.has(next.l))) return false;
  // ("Clinton says many doubted her in Nevada": a quantifier as the subject)
  if (QUANTIFIER_CLAUSE_SUBJECTS.has(t.l) && (finite(next) || AUXILIARIES.has(next.l))) return true;
  // ("leaders have said cutting that output must be a key part": a gerund's phrase and a modal)
  if (!t.cap && /ing$/.test(t.l) && !CUES.has(t.l)) return gerundClause(toks, k, b);
  // ("the public might know ⟨better⟩ the next time": a comparative before a determiner is the cue's adverb, no subject)
  if (BETTER_WORSE.has(t.l) && DETERMINERS.has(next.l)) return false;
  // ("said most employers follow the rules": a quantifier before the subject's noun, as "many" is)
  if (!(t.cap || t.poss || digitFirst(t.t) || (DETERMINERS.has(t.l) && t.l !== 'that') || (QUANTIFIER_CLAUSE_SUBJECTS.has(t.l) && !looksAdverb(next.l)) || (!NOT_NOUN.has(t.l) && !PREPOSITIONS.has(t.l) && !looksAdverb(t.l) && !CUES.has(t.l)))) return false;
  for (let j = k + 1; j < b && j <= k + LOOKAHEAD; j++) {
    const w = toks[j];
    // ("the decision, which struck down restrictions …, was a setback": past a relative clause between commas)
    if (w.t === ',' && CLAUSE_RELATIVES.has(toks[j + 1]?.l ?? '')) {
      let close = j + 2;
      while (close < b && close < j + RELATIVE_ASIDE_REACH && !toks[close].punct) close++;
      if (toks[close]?.t === ',') {
        // ("…, which struck down restrictions on Texas abortion clinics …, illustrates the importance": a present verb)
        if (close + 1 < b && presentAfterComma(toks, close + 1)) return true;
        j = close; continue;
      }
    }
    // ("his band and collaborator Brian Burton, AKA Danger Mouse, wrote a host of new songs": past an apposition between
    // commas, when the subject's verb stands right after it)
    if (w.t === ',' && j > k) {
      const close = appositionClose(toks, j, b);
      if (close > 0 && close + 1 < b && (finite(toks[close + 1]) || presentAfterComma(toks, close + 1))) return true;
    }
    // ("roughly 80,000 nurses, respiratory therapists and clinical perfusionists are covered": a list's comma in the subject)
    if (w.t === ',' && j > k && listComma(toks, j, b)) continue;
    if (w.punct) return false;
    // ("the increased office space was needed", "voters passing by were": a participle after a determiner or a
    // particle is no verb of the clause; its verb comes later)
    // ("maintain a more ⟨balanced⟩ trade", "maintains a large ⟨pledged⟩ delegate lead": a participle after a word of
    // degree, or after a determiner's adjective, is an adjective of the noun phrase)
    if (adjectiveParticiple(toks, j)) continue;
    if (finite(w) || presentVerb(toks, j) || pluralPresent(toks, j) || intentionBeforeInfinitive(toks, j) || habitualPastBeforeInfinitive(toks, j) || costBeforeAmount(toks, j)) {
      // ("Trump hasn't found the way to ⟨do⟩ that": a verb after "to" is an infinitive, no tense of a clause)
      if (toks[j - 1].l === 'to') continue;
      if (AUXILIARIES.has(w.l) ? !DETERMINERS.has(toks[j - 1].l) : !DETERMINERS.has(toks[j - 1].l) && !PREPOSITIONS.has(toks[j - 1].l) && !INTO_ONTO_THROUGH.has(toks[j - 1].l)) return true;
      continue;
    }
    // ("tweeted a photograph of her bruised forearm and said she …": a second cue of the reporter is no verb of the clause)
    // (nor a tense of "be" or "have" after "and"/"but": "Ali didn’t feel well and was unable to attend" (PolNeAR train,
    // Breitbart 2016-06-05), "claimed self-defense and was acquitted" go on the reporter's predicate; a modal may be the
    // clause's second verb: "his campaign had found the article and would release it")
    if ((w.l === 'and' || w.l === 'but') && (BARE_VERBS.has(toks[j + 1]?.l ?? '') || TENSE_OF_BE_OR_HAVE.has(toks[j + 1]?.l ?? ''))) return false;
    // ("He found sanctuary in Russia and never returned", "uncovered facts, found fault and made useful recommendations":
    // a verb in the past after "and", before any verb of a clause, is the reporter's second verb and the words before it
    // the cue's object)
    if ((w.l === 'and' || w.l === 'but') && coordinatedPast(toks, j + 1, b)) return false;
    if (RELATIVE_PRONOUNS.has(w.l)) return false;
    // ("confirmed the meeting on the condition of anonymity because they were not authorized …": a reason's clause
    // after the object, whose verb is none of a subject's)
    if (REASON_OR_CONCESSION.has(w.l)) return false;
  }
  return false;
}

/**
 * A verb in the present after a plural noun that a determiner, a possessive or a number opens: "said his members ⟨see⟩
 * violence every shift", "said about 40 per cent of the First Nation's 3,100 members ⟨live⟩ on reserve" (CTV and CP-style
 * probes): a verb form in no -s, -ed or -ing, after a lower-case noun in -s.
 */
function pluralPresent(toks: Tok[], j: number): boolean {
  const w = toks[j], noun = toks[j - 1], opener = toks[j - 2];
  if (!w || !noun || !opener || w.cap || w.punct || noun.cap || noun.poss || !/[^s'’]s$/.test(noun.l) || isVerbForm(noun.l)) return false;
  if (!(DETERMINERS.has(opener.l) || (opener.poss && !opener.punct) || /^\d[\d,]*$/.test(opener.t))) return false;
  return /^[a-z]+$/.test(w.l) && !/(?:s|ed|ing)$/.test(w.l) && isVerbForm(w.l) && !NOT_NOUN.has(w.l) && !PREPOSITIONS.has(w.l) && !DETERMINERS.has(w.l) && !looksAdverb(w.l) && !isAdjective(w.l);
}

/** A regular past at j that is an adjective: after a word of degree, or after an adjective after a determiner. */
function adjectiveParticiple(toks: Tok[], j: number): boolean {
  const w = toks[j], prev = toks[j - 1], before = toks[j - 2];
  if (w.cap || inClass(w, IRREGULAR_PAST_FORM) || !isLongRegularPast(w.l) || !prev || prev.punct) return false;
  return DEGREE_WORDS.has(prev.l) || (!!before && DETERMINERS.has(before.l) && !prev.cap && isAdjective(prev.l));
}

/** Adverbs between "and" and a second verb of the same subject ("and never returned", "and later said"). */
const SECOND_VERB_ADVERB = wordSet('never|then|later|also|still|soon|eventually|finally|quickly|once');

/**
 * A verb in the past (not an auxiliary) opens the words from k: an irregular one ("… and ⟨made⟩ useful
 * recommendations"), or any after an adverb ("… and never ⟨returned⟩"). A regular past right after "and" is as often
 * an adjective of the object ("noting limited gains … and ⟨continued⟩ risks", "feel squeezed financially and ⟨ignored⟩").
 */
function coordinatedPast(toks: Tok[], k: number, b: number): boolean {
  const adverb = k < b && (SECOND_VERB_ADVERB.has(toks[k].l) || looksAdverb(toks[k].l));
  const t = toks[adverb ? k + 1 : k];
  if (!t || t.cap || t.punct || inClass(t, AUXILIARY)) return false;
  return inClass(t, IRREGULAR_PAST_FORM) || (adverb && isLongRegularPast(t.l));
}

/** How many words a list's item may take after its comma, before the "and" of the last one. */
const LIST_ITEM_REACH = 4;

/**
 * The comma at j separates the items of a noun list that the subject goes on with ("nurses, respiratory therapists and
 * clinical perfusionists are"): words with no verb, pronoun or relative up to an "and"/"or" and the last item.
 */
function listComma(toks: Tok[], j: number, b: number): boolean {
  for (let n = j + 1; n < b && n <= j + 1 + LIST_ITEM_REACH; n++) {
    const t = toks[n];
    if (t.punct || finite(t) || SUBJECT_PRONOUNS.has(t.l) || RELATIVE_PRONOUNS.has(t.l) || CLAUSE_RELATIVES.has(t.l) || CUES.has(t.l)) return false;
    if (t.l === 'and' || t.l === 'or') return n > j + 1 && !toks[n + 1]?.punct && !finite(toks[n + 1]) && !AUXILIARIES.has(toks[n + 1].l);
  }
  return false;
}

/** Conjunctions that open a clause of their own between a noun phrase and a later verb. */
const REASON_OR_CONCESSION = wordSet('because|although|though|unless');

/** Words that open a quantity before its number ("about half of …", "at least six …", "more than 4 in 10 …"). */
const QUANTITY_OPENER = wordSet('about|nearly|almost|roughly|approximately|around|only|just|some|fewer|less|more|at');
/** The word after "at" or "more" in a quantity's opening ("at least", "more than"). */
const QUANTITY_SECOND = wordSet('least|most|than');
/** Fractions after "a" ("a third", "a quarter"). */
const FRACTION = wordSet('third|quarter|fifth|dozen|majority|handful');
/** Counts after the opening ("half", "six", "40"; "nearly every conversation he has had with donors lately centers on …"). */
const COUNT = /^(?:\d[\d,.]*%?|half|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|twice|double|every|all)$/;

/**
 * A clause whose subject opens with a quantity ("The budget office said about half of the higher adjustment … reflected
 * revenue losses", "CNN reported at least six skywriting planes filled the skies …"): the clause's start past the
 * quantity's opening word(s).
 */
function quantityClause(toks: Tok[], k: number, b: number): boolean {
  if (!QUANTITY_OPENER.has(toks[k].l)) return false;
  let n = k + 1;
  if ((toks[k].l === 'at' || toks[k].l === 'more') && QUANTITY_SECOND.has(toks[n]?.l ?? '')) n++;
  else if (toks[k].l === 'at' || toks[k].l === 'more') return false;
  // ("about a third of …", not "about a hapless college student")
  const count = COUNT.test(toks[n]?.l ?? '') || (toks[n]?.l === 'a' && FRACTION.has(toks[n + 1]?.l ?? ''));
  return n < b && count && clauseStart(toks, n, b);
}

/** How many words of subject may come before a quoted predicate. */
const QUOTED_PREDICATE_REACH = 6;

/**
 * 'Ryan said Obama’s words and actions “amount to a form of intimidation”': a subject of a few words, then a quotation
 * that goes on with the clause's verb (the quotation marks are no tokens, so the clause's verb is not seen).
 */
function quotedPredicate(ctx: SentenceContext, k: number): boolean {
  const { toks, b, quotes } = ctx;
  const t = toks[k];
  if (!t || t.punct || !(t.cap || t.poss || DETERMINERS.has(t.l) || SUBJECT_PRONOUNS.has(t.l))) return false;
  for (let j = k + 1; j < b && j <= k + QUOTED_PREDICATE_REACH; j++) {
    if (toks[j].punct) return false;
    const q = quoteAt(quotes, toks[j].s);
    if (q) return q.start > toks[j - 1].e && !upperFirst(toks[j].t);
  }
  return false;
}

/** Modals and auxiliaries that end an elliptic clause ("Jeff Flake said he would.", "They said she could."). */
const ELLIPTIC_AUX = wordSet('would|could|will|can|should|might|did|does|do|was|were|is|are|has|have|had');

/** Tokens [k, end) are a personal pronoun and an auxiliary, the rest of the clause left out: "said he would". */
function ellipticClause(toks: Tok[], k: number, end: number): boolean {
  return end === k + 2 && PERSONAL_SUBJECT_PRONOUNS.has(toks[k].l) && ELLIPTIC_AUX.has(toks[k + 1].l);
}

/**
 * "as we know it": the cue's object is "it", in a clause of comparison, and the words after it go on the sentence, no
 * clause of the cue ("news as we know ⟨it is safe⟩", "life as we know it is over"; PolNeAR train).
 */
function asWeKnowIt(toks: Tok[], c: number, a: number): boolean {
  return c - 2 >= a && toks[c - 2].l === 'as' && SUBJECT_PRONOUNS.has(toks[c - 1].l) && toks[c + 1]?.l === 'it';
}

/** How many words may stand between a channel phrase's preposition and its noun ("in a brief written statement"). */
const CHANNEL_MODIFIERS = 3;

/**
 * Past a phrase of the channel or occasion of speech right after the cue, when a clause follows it with no "that":
 * "Patrick Brown said in a statement he was …" (Canadian and British copy), "saying on Twitter the deal would …" (US copy), "said in a statement Thursday night they
 * pulled …" (PolNeAR train, the one such case) — the token after the phrase (and a time after it), else k.
 */
export function pastChannel(toks: Tok[], k: number, b: number): number {
  if (!CHANNEL_PREPOSITION.has(toks[k]?.l ?? '')) return k;
  let j = k + 1;
  // (or a platform spoken on, right after "on": "said on Twitter the deal would …", "said on television")
  if (toks[k].l === 'on' && PLATFORM_NOUNS.has(toks[j]?.l ?? '')) return pastChannelNoun(toks, j, b, k);
  j = channelNoun(toks, k, b);
  return j < 0 ? k : pastChannelNoun(toks, j, b, k);
}

/**
 * The noun of a channel phrase that the preposition at k opens ("in a brief phone call", "in its most recent annual
 * report", "during a statement"): a determiner, up to CHANNEL_MODIFIERS lower-case words and a channel's noun; -1 when none.
 * `plural`: a channel's noun in the plural too ("said in statements to the official Syrian Arab News Agency (SANA) that
 * …", the calque of Arabic copy, an Enab Baladi-style probe, test/fixtures/outlets sy-enabbaladi-aleppo-ampere-generators.txt,
 * probes-jj).
 */
export function channelNoun(toks: Tok[], k: number, b: number, plural = false): number {
  if (!CHANNEL_PREPOSITION.has(toks[k]?.l ?? '')) return -1;
  const isChannel = (l: string): boolean => CHANNEL_NOUNS.has(l) || (plural && l.endsWith('s') && CHANNEL_NOUNS.has(l.slice(0, -1)));
  let j = k + 1;
  if (DETERMINERS.has(toks[j]?.l ?? '')) j++;
  for (let n = 0; j < b && n < CHANNEL_MODIFIERS && !isChannel(toks[j].l) && !toks[j].punct && !toks[j].cap; n++) j++;
  return j < b && isChannel(toks[j].l) ? j : -1;
}

/** Past the channel's noun at j (and a time after it) when a clause follows, else k. */
function pastChannelNoun(toks: Tok[], j: number, b: number, k: number): number {
  let after = pastTime(toks, j + 1, b);
  // ("Thursday night": a part of the day after the day)
  if (after > j + 1 && PARTS_OF_DAY.has(toks[after]?.l ?? '')) after++;
  // (not a participle of the channel's: "said in a statement issued a half-hour before …", PolNeAR train)
  return toks[after] && !finite(toks[after]) && clauseStart(toks, after, b) ? after : k;
}
const CHANNEL_PREPOSITION = wordSet('in|during|on');

/** The cue at c is a participle after a comma (", saying …", ", adding …"): a report of its own after the sentence's verb. */
function secondParticiple(toks: Tok[], c: number): boolean {
  return toks[c - 1]?.t === ',' && /ing$/.test(toks[c].l);
}

/**
 * A cue that is a noun too ("note", "estimate", "promise") right after a word in -ing is that compound's noun, not a
 * plural's present: "An internal briefing note obtained by National Post … shows …" (a National Post-style probe,
 * test/fixtures/outlets ca-np-office-return.txt), beside "Legal observers note the White House wouldn't …" (PolNeAR train).
 */
function nounAfterGerund(toks: Tok[], c: number): boolean {
  const p = toks[c - 1];
  return NOUN_TOO.has(toks[c].l) && !!p && !p.cap && /ing$/.test(p.l);
}

/** How many auxiliaries may stand between a share and its cue ("39 have said", "half would have said"). */
const MAX_SHARE_AUXILIARIES = 3;

/**
 * Where the answer of a share of people ends before the next share's: when the reporter is a share — a number or a
 * share word right before the cue and its auxiliaries, "Nearly half said", "39 have said" —, an "and|but" with another
 * share and its verb after it opens the next group's answer, not more of this one ("Nearly half said ⟦they prefer
 * someone who has experience in politics⟧ and about the same numbers would rather see someone from outside the political
 * establishment", Breitbart (AP) 2016-02-20; "39 have said ⟦they support Sanders⟧ and 160 have not publicly announced
 * their choice", Washington Post 2016-05-05: PolNeAR train, 2 gained, 0 lost). `end` when there is none. The bare clause
 * and ./sayClause.ts, which read the same saying, end it alike.
 */
export function shareAnswerEnd(toks: Tok[], c: number, k: number, end: number): number {
  let r = c - 1;
  while (r > 0 && r > c - 1 - MAX_SHARE_AUXILIARIES && inClass(toks[r], AUXILIARY)) r--;
  if (!shareWord(toks[r])) return end;
  for (let m = k + 1; m < end - 1; m++) if (nextShareAt(toks, m, end)) return toks[m - 1].t === ',' ? m - 1 : m;
  return end;
}

export function bareClauses(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 2; c++) {
    const t = toks[c];
    if (t.cap || t.punct || !inClass(t, BARE_VERB)) continue;
    if (!verbAt(toks, c, CUES.has(t.l)) || nounAfterGerund(toks, c)) continue;
    if (asWeKnowIt(toks, c, a)) continue;
    let k = c + 1;
    k = hearerEnd(toks, c, k, b);
    if (toldWithoutHearer(toks, c, k, finite)) continue;
    k = pastChannel(toks, pastTime(toks, k, b), b);
    if (k >= b || toks[k].l === 'that' || !(clauseStart(toks, k, b) || quotedPredicate(ctx, k) || quantityClause(toks, k, b))) continue;
    // ("a U.S.-born gunman claiming allegiance to various Islamist militant groups carried out …": the claim's object, no
    // clause — objectCue.ts reads it)
    if (/^claim/.test(t.l) && CLAIM_PARTICLES.includes(`${toks[k].l} ${toks[k + 1]?.l}`)) continue;
    const end = shareAnswerEnd(toks, c, k, contentEnd(ctx, k));
    if (words(toks, k, end) < 3 && !ellipticClause(toks, k, end)) continue;
    const reporter = clauseReporter(ctx, c, k, end);
    const span = reporter ? contentSpan(ctx, k, reporter.end) : null;
    if (!span || !reporter) continue;
    const { mention } = reporter;
    // ('"I am going to be the nominee," he said aboard his campaign plane': the cue of a direct quote ends there; not a
    // participle after its comma, a second report of the same speaker — '“…,” Trump told a North Carolina rally,
    // saying Clinton would “abolish the second amendment.”')
    if (!secondParticiple(toks, c) && quoteEndsAt(ctx.quotes, ctx.text, mention.s, toks[a].s)) continue;
    out.push(reportOf(span, cueSpan(toks, c, k), mention, 'bare-clause'));
  }
  return out;
}
