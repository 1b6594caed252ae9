/**
 * Who reports: the subject of the cue, found by the quote engine's own subject rules (../quotes/attribution.ts),
 * so that "X, who …, said", "Russia's foreign minister, Sergei V. Lavrov, said" and "a spokesman for the campaign
 * said" are read the same way for reported speech as for quotes. Past what those rules leave inside a subject (PolNeAR
 * train): an aside between dashes ("Many speakers at the service — including Muslims, Christians, Catholics, Jews —
 * said"), a clause set off by commas with an apposition of its own ("Ms. Arnold, who helped found EDGE, an environmental
 * justice group based in Philadelphia, said"), a relative clause after an opening phrase ("In Ho Chi Minh City, a young
 * woman who had been an exchange student in Montana asked"), a group's examples ("civil rights groups like the American
 * Civil Liberties Union and the National Association of Criminal Defense Lawyers praised") and a list of names in an
 * absolute phrase ("with Donald Trump, Mike Huckabee and Chris Christie all calling for"); two names each with its
 * apposition ("Felicia Wong, president of the Roosevelt Institute, …, and Stan Greenberg, co-founder of …, applauded"), a
 * coordination after "One reason" ("One reason Democrats and civil rights groups say"), a campus after a body's comma
 * ("DeLong of the University of California, Berkeley suggest") and a date before a year ("A Sept. 15, 2011 email shows").
 * A participle after an infinitive's cue goes on from the main clause, not from the infinitive's object: "Hundreds of
 * public school teachers marched … on Wednesday to demand a salary increase, arguing that the government's bonus
 * payments no longer cover …" (probes-jj), "Sanders … went out of his way in talking to reporters to praise Obama's
 * economic accomplishments, citing statistics …" (PolNeAR train). A subordinator that opens the sentence, its clause
 * the cue's own, is no part of the source, nor is a relative clause's object: "Though executives who have worked with
 * Lachlan Murdoch say they assume …" (PolNeAR train, NYT 2016-08-01) → executives. A restrictive relative clause right
 * before the cue, which the quote rules read no subject past (or read as the subject), qualifies the source: "Several
 * farmers who sell it flour complained last year that …" (test/fixtures/outlets uk-guardian-bakery-brothers.txt), "The
 * union that represents bakery staff said …", "But executives who run news organizations almost universally say that
 * …" (PolNeAR train, NYT 2016-04-18) → farmers, union, executives (peopleBeforeRelative).
 * A gerund after "by" is its clause's subject's means, a verb of that subject's (meansGerund, 43rd session): "Obama won his
 * party's nomination by promising ⟦its furious revenge⟧", "Trump responded to that tweet by calling ⟦Alwaleed "dopey"⟧",
 * "WikiLeaks … hit Snowden back by accusing ⟦him of pandering to Democratic presidential nominee Hillary Clinton⟧", "She
 * … outstripped his plans to defeat the Islamic State by calling for ⟦a no-fly zone in Syria⟧", "Hillary Clinton is
 * keeping a lid on Bernie Sanders' appeal in New York -- by touting ⟦her Senate record upstate⟧ and pounding him …"
 * (PolNeAR train); not inside an infinitive, whose means it is ("her debate performance included an unsubtle effort to
 * maintain that margin by hailing Obama's achievements": the effort's, which its noun reports whole), nor inside a cue's
 * reported clause ("…, saying the provincial government had left them at the mercy of middlemen by refusing to announce a
 * support price", test/fixtures/outlets pk-tribune-wheat-sit-in.txt).
 */
import { endsInS, withoutFinalPeriod, withoutPossessive } from '../text/endings';
import { isCue, listComma, relativeClauseAntecedent, relativeOfInvertedCue, sentenceOpener, subjectAfter, subjectBefore, unclosedRelativeName, type Mention } from '../quotes/attribution';
import { inTenBefore, isNumeral } from '../figures/numberWords';
import { ARTICLES, BE_AND_FORMS, CLAUSE_ONLY_SUBORDINATORS, COMPOUND_NUMBER, COUNT_NOUNS, CUE_ADVERBS, CUE_CLAUSE_OPENERS, CUES, DASH_TOKENS, DASHES, DEGREE_WORDS, DETERMINERS, FINITE_SAY_TELL_FORMS, INDEFINITE_ARTICLES, IRREGULAR_PAST, ISSUING_VERBS, LINKING_ADVERBS, LINKING_VERBS, MOTION_PREPOSITIONS, NOMINATIVE_PRONOUNS, NOT_NAME, NOT_NOUN, OBJECT_VERBS, OPENING_SUBORDINATORS, PASSIVE_AUXILIARIES, PREPOSITIONS, RELATIVE_PRONOUNS, RELATIVES_BUT_WHOM, ROLE_HINT, SHARE_QUANTITIES, SHARE_WORDS, SPEECH_NOUN, SPEECH_NOUNS, SUBJECT_ENDS_AND_PRONOUNS, TAIL_PARTICIPLES, TELL_FORMS, THIRD_PERSON_POSSESSIVES, TITLES, VERB_PARTICLES } from '../quotes/lexicon';
import { kindOfName } from '../people/canonical';
import { isDocumentNoun } from '../people/documents';
import { IRREGULAR_PEOPLE_PLURAL, isAdjective, isPersonNoun, isPluralPeopleNoun, isVerbForm, wordSet } from '../people/lexicon';
import { pastPlacePossessive } from '../quotes/attribution/nameBefore';
import { FLOATED_QUANTIFIERS } from '../quotes/attribution/subjectBefore';
import { afterDateline, inCapitals, nameOpening, runAt } from '../quotes/names';
import { holderAfterPortfolio, portfolioAfterTitle } from '../people/portfolio';
import { initialsInBrackets, type Tok, wordEnd } from '../quotes/tokens';
import { anyPreposition, finite, LAST_PERIODS, LAST_THIS, MORE_PREPOSITIONS, presentTense, presentVerb } from './bareClause';
import { appositionClose } from './clause';
import { contentStart } from './fronted';
import { AND_BUT, AND_OR, ASPECT_VERBS, AUX_OR_ADVERB, BASE_FORM_PARTICIPLES, CLAUSE_OPENER, ENTOURAGE, INVARIANT_PAST, IS_ARE_WAS_WERE, isLongRegularPast, PERFECT_AUXILIARIES, PHRASE_PREPOSITION, SHARE_AND_COUNT_HEADS, STANCE_PROGRESSIVES, TENSED_AUX, THOUGHT_NOUN } from './lexicon';
import { cleftSubject, mainClauseSubject } from './mainSubject';
import { quoteAt } from './mixed';
import { placeListSubject } from './placeList';
import type { SentenceContext } from './report';
import { looksAdverb } from '../text/adverbs';
import { inClass } from '../text/wordClasses';
import { MONTHS_OR_ABBREVIATIONS, PARTS_OF_DAY, PLURAL_PERIODS, SEASONS, TIME_UNITS, WEEKDAYS } from '../text/calendar';
import { DASH_GAP } from '../text/dashes';
import { without } from '../text/determiners';
import { keptPer } from '../text/memo';
import { digitFirst } from '../text/wordShape';

/** How far back from "by" an infinitive that holds the means is looked for ("careful not to anger Mr. Sanders by urging …"). */
const MEANS_REACH = 12;
/** How far back from "by" a cue whose reported clause holds the means is looked for. */
const MEANS_CUE_REACH = 24;

/** The word after "to" that makes it an infinitive's, for meansGerund: a verb form the lexicon knows ("to maintain"). */
const knownVerb = (v: Tok): boolean => isVerbForm(v.l);

/**
 * A gerund after "by", the means of its clause's subject ("Trump responded to that tweet by ⟨calling⟩ …"): a verb, which
 * verbAt reads after no other preposition, whose reporter is the clause's subject (cueSubject, as for a participle of
 * saying after "by"). Not when an infinitive stands between ("an unsubtle effort to maintain that margin by hailing
 * Obama's achievements"): the means is the infinitive's. PolNeAR train (43rd session, s43-recall-tt): 21 gold gained, 0
 * lost, 6 false positives added, 1 removed (folds 5/1 3/0 4/2 5/2 4/1). The caller may read "to" before more words as an
 * infinitive's (infinitive; objectCue.ts meansStance: any word that opens no noun phrase).
 */
export function meansGerund(toks: Tok[], c: number, infinitive: (v: Tok) => boolean = knownVerb): boolean {
  const t = toks[c], prev = toks[c - 1];
  if (!prev || prev.l !== 'by' || prev.cap || t.cap || !/^[a-z]{3,}ing$/.test(t.l)) return false;
  for (let k = c - 2; k >= 0 && k >= c - 1 - MEANS_REACH && !toks[k].punct; k--) {
    const v = toks[k + 1];
    if (toks[k].l === 'to' && !v.cap && !DETERMINERS.has(v.l) && infinitive(v)) return false;
  }
  // (nor inside a reported clause, a cue's and its verb with tense before "by" with no mark between: "… sit-in, saying
  // the provincial government had left them at the mercy of middlemen by refusing to announce a support price", a
  // Tribune-style probe, test/fixtures/outlets pk-tribune-wheat-sit-in.txt: the government's means, inside the growers'
  // report; but "After Bill Clinton declared that the era of big government was over, Obama won his party's nomination
  // by promising …": the comma closes the report)
  let tensed = false;
  for (let k = c - 2; k >= 0 && k >= c - 1 - MEANS_CUE_REACH && !toks[k].punct; k--) {
    const t = toks[k];
    if (t.cap) continue;
    if (tensed && CUES.has(t.l)) return false;
    if (finite(t) || presentTense(t)) tensed = true;
  }
  return true;
}

/**
 * The relative pronoun that is the subject of the clause a gerund at c ends, the means after "by" (meansGerund) or a
 * stance after a preposition of time (objectCue.ts timeStance): "Donald J. Trump, ⟨who⟩ last week injected a volatile
 * new element into the race by questioning ⟦Mr. Cruz's eligibility …⟧", "Democracy for America, an organization ⟨that⟩
 * endorsed Sanders before backing ⟦Clinton⟧" (PolNeAR train, NYT 2016-01-12, USA Today 2016-07-25: the Source is the
 * relative pronoun, as for a cue right after it; the second's one-word object is too short to be read). A "who" after
 * its comma, or a "which" or "that" on a noun (relativePronounAt); its verb follows it, no subject of its own between,
 * and no mark stands between it and the preposition. Null when there is none. On train it also took away one false
 * positive whose source was the sentence's subject, not the clause's ("Alternative for Germany, a right-wing party ⟨that⟩
 * scored successes … by campaigning against Merkel's welcome …", USA Today 2016-04-29, no gold): that "that" reads no
 * report.
 */
function meansRelative(toks: Tok[], a: number, c: number): Mention | null {
  for (let k = c - 2; k > a + 1 && k >= c - 1 - MEANS_REACH; k--) {
    const t = toks[k];
    if (t.punct) return null;
    if (t.cap || !((t.l === 'who' && toks[k - 1].t === ',') || relativePronounAt(toks, k))) continue;
    const next = toks[k + 1];
    return next.cap || DETERMINERS.has(next.l) || NOMINATIVE_PRONOUNS.has(next.l) ? null : { s: t.s, e: t.e, kind: 'pronoun', i: k, j: k + 1 };
  }
  return null;
}

/** Prepositions a relative clause with no relative word may end on ("the people we spoke ⟨to⟩", "those she talked ⟨with⟩"). */
const STRANDED_PREPOSITION = wordSet('to|with');

/**
 * The source m ends on the stranded preposition of its relative clause with no relative word, the cue right after it
 * ("every expert we spoke ⟨with⟩ said", contactClauseAntecedent): a preposition that ends a source, as no other may.
 */
export function endsOnStrandedPreposition(toks: Tok[], m: Mention, cue: number): boolean {
  const verb = toks[m.j - 2];
  return cue === m.j && m.j - m.i >= 4 && STRANDED_PREPOSITION.has(toks[m.j - 1].l) && !!verb && !verb.cap && pastVerb(verb);
}

/** A verb in the past ("spoke", "talked"). */
const pastVerb = (t: Tok): boolean => IRREGULAR_PAST.has(t.l) || isLongRegularPast(t.l);
/** A superlative adjective ("biggest", "latest"). */
const SUPERLATIVE = /^[a-z]{2,}est$/;
/** Verb forms that are also nouns ("the vain hope that", "three states that"). */
const NOUN_READING = wordSet('hope|hopes|fear|fears|feel|doubt|doubts|show|shows|claim|claims|state|states|find|finds|bet|figure|guess|estimate|estimates|demands|requires|worry|worries|report|reports|promise|promises|pledge|pledges|vow|vows|threat|threats|notes|warning|remarks|comments|answers|replies|thoughts|signal|signals');
/** Words of an unstated number that open a group of people ("multiple sources privy to negotiations", "several aides"). */
const MANY = wordSet('multiple|numerous|various|countless');
/** A word that opens a share or a number of people ("Nearly half", "twenty-one", "multiple sources"). */
const isQuantity = (l: string): boolean => SHARE_QUANTITIES.has(l) || COMPOUND_NUMBER.test(l) || MANY.has(l);

/**
 * A cue form that agrees with the document or body before it is its verb: "a poll | shows", "The reports | show" (not
 * "the vain | hope", "three | states").
 */
function agreesWithNoun(noun: Tok, cue: Tok): boolean {
  if (DETERMINERS.has(noun.l) || isQuantity(noun.l)) return false;
  if (/s$/.test(cue.l)) return !/s$/.test(noun.l) && ROLE_HINT.test(noun.l);
  return endsInS(noun.l) && ROLE_HINT.test(noun.l.slice(0, -1));
}

/** A participle as an adjective between a determiner and its noun ("his oft-stated promise", "a failed promise"). */
const ADJECTIVE_PARTICIPLE = (det: Tok, w: Tok): boolean => DETERMINERS.has(det.l) && /[^e]ed$/.test(w.l);

const ENDS_IN_S_NOT_PLURAL = wordSet('his|hers|its|this|was|is|has|does|us');
/** The cue at token c is a verb (not "his claims", "the alleged scheme", "Reported Speech"). */
export function verbAt(toks: Tok[], c: number, speechCue: boolean): boolean {
  const t = toks[c], prev = toks[c - 1];
  if (!t || t.cap || t.punct) return false;
  // ("…, with allies of the minister warning that …": a participle after its absolute phrase's subject, no noun)
  if (absoluteWithAt(toks, c, Math.max(0, c - MAX_WITH_SUBJECT - 1)) >= 0) return true;
  // "the vain hope that", "three states that": a noun after an adjective or a number after a determiner (a possessive
  // and a superlative too: "Mr. Ackman's biggest bet yet - Valeant … - has cost him", PolNeAR train; but "Trump's
  // controversial pledge to be neutral" is his pledge's infinitive)
  const before = toks[c - 2];
  // "sit down for talks about", "rooted in fear that": after a preposition it is a noun
  // (not a finite cue after a stranded preposition: "the residents we spoke with said", contactClauseAntecedent)
  if (prev && !prev.punct && PREPOSITIONS.has(prev.l) && prev.l !== 'to' && !(STRANDED_PREPOSITION.has(prev.l) && finite(t)) && !meansGerund(toks, c)) return false;
  if (NOUN_READING.has(t.l) && prev && before && !prev.punct && !prev.cap && (DETERMINERS.has(before.l) || (before.poss && SUPERLATIVE.test(prev.l)) || digitFirst(prev.t) || DETERMINERS.has(prev.l) && /s$/.test(t.l) && !prev.poss) && (!/(?:ly|ed)$/.test(prev.l) || ADJECTIVE_PARTICIPLE(before, prev)) && !AUX_OR_ADVERB.has(prev.l) && !agreesWithNoun(prev, t)) return false;
  // ("ABC’s TV show Scandal", "NBC's Today show": a name after a possessive is the noun's modifier)
  if (NOUN_READING.has(t.l) && prev?.cap && !prev.poss && before?.poss) return false;
  // ("fell 19 basis ⟨points⟩ to 1.91 per cent", "slipped nine basis points to", a Globe and Mail-style probe: "points"
  // after a number, or a number and a noun, is that number's noun)
  if (t.l === 'points' && (isNumeral(prev?.l ?? '') || (prev && !prev.punct && !prev.cap && /^\p{Ll}+$/u.test(prev.t) && isNumeral(before?.l ?? '')))) return false;
  // ("4,051 pledged delegates": a participle between a number and its noun is an adjective)
  const next = toks[c + 1];
  if (prev && digitFirst(prev.t) && /ed$/.test(t.l) && next && !next.punct && !next.cap && /s$/.test(next.l) && !DETERMINERS.has(next.l) && !PREPOSITIONS.has(next.l) && !ENDS_IN_S_NOT_PLURAL.has(next.l)) return false;
  if (speechCue) return isCue(toks, c, false);
  return !(prev && !prev.punct && (DETERMINERS.has(prev.l) || prev.poss || prev.l === 'to' && !/(?:ed|en)$/.test(t.l)));
}

/** How far back from a participle the cue it goes on from may stand ('Trump said Tuesday in Iowa, adding …'). */
const PARTICIPLE_CUE_REACH = 10;
/**
 * How far back an inverted cue may stand, its source and the source's description between it and the participle:
 * "…,'' said Peter Rice, chairman of Fox Networks Group, noting that …", "…,” said Don Ytterberg, the GOP chairman for
 * Colorado’s Jefferson County, explaining that …" (PolNeAR train: 10 such participles found, 1 no gold); a description
 * with its own relative clause, "…,'' said Eric Herzik, who chairs the political science department at the University
 * of Nevada-Reno, citing another reason …" (train: 3 more found at 28 tokens, none lost, no false positive; 16 before).
 */
const INVERTED_CUE_REACH = 28;

/**
 * For a participle after a comma (", adding that …") or a preposition ("before adding that …"), the subject of the cue
 * before it ('Trump said, adding'), else the sentence's.
 */
export function participleSubject(ctx: SentenceContext, c: number): Mention | null {
  const { toks, a } = ctx;
  const absolute = withSubject(ctx, c);
  if (absolute) return absolute;
  for (let k = c - 2; k >= a && k > c - INVERTED_CUE_REACH; k--) {
    const t = toks[k];
    if (t.punct && t.t !== ',') break;
    if (t.punct || t.cap || t.l.endsWith('ing') || !isCue(toks, k, false)) continue;
    // ("…,” said Devine, suggesting that …", "…,'' said Peter Rice, chairman of Fox Networks Group, noting that …": after a
    // quotation the cue is inverted, and its source follows it)
    // (not after a gloss's closing bracket: "Kuomintang (KMT) Legislator Hsu Chia-hao (許家豪) urged the government to speed
    // up relief payments, saying that …", a Focus Taiwan-style probe, test/fixtures/outlets
    // tw-focustaiwan-typhoon-vegetable-prices.txt, probes-tt, went to "government", the object after the cue)
    // (not "told", whose object is its hearer, never its source: after a description set off by commas, "Cui Lifeng, a
    // Beijing-based auto industry analyst, told the Global Times that …, adding that companies were now competing on …", a
    // Global Times-style probe, test/fixtures/outlets cn-globaltimes-hefei-nev-trade-in-subsidy.txt, s46-probes-zb, was
    // "Global Times")
    const inverted = k > a && ((toks[k - 1].punct && toks[k - 1].t !== ')') || !!quoteAt(ctx.quotes, toks[k - 1].s)) && !TELL_FORMS.has(toks[k].l);
    if (!inverted && k <= c - PARTICIPLE_CUE_REACH) break;
    // (an infinitive's cue has no subject of its own, and its object none of the participle's: "Hundreds of public school
    // teachers marched through … Mérida on Wednesday to demand a salary increase, arguing that …", a Venezuelanalysis-style
    // probe, test/fixtures/outlets ve-venezuelanalysis-merida-teachers-wage-protest.txt, probes-jj, was "a salary increase")
    if (!inverted && toks[k - 1]?.l === 'to' && !toks[k - 1].cap) break;
    const inner = inverted ? null : reportedSpeaker(ctx, k, c);
    if (inner) return inner;
    let m = inverted ? subjectAfter(toks, k + 1, c - 1) ?? subjectBefore(toks, k - 1, a) : subjectBefore(toks, k - 1, a) ?? subjectPastTime(toks, a, k) ?? subjectAfter(toks, k + 1, c - 1);
    // (a comma outside quotes that closes a name set off after a description is no quotation's, and the description after
    // the cue its object: "The Mubende District Police Commander (DPC), Mr Moses Kirabo-Okello, confirmed the eviction,
    // saying the police were only enforcing an order …", a Daily Monitor-style probe, test/fixtures/outlets
    // ug-monitor-mubende-eviction, was "the eviction")
    if (inverted && m?.kind === 'description' && apposedNameBefore(ctx, k)) m = subjectBefore(toks, k - 1, a);
    // ("The senator left the room when the vote was called, saying that …": a passive in a subordinate clause reports
    // nothing; the participle goes on from the main clause)
    if (m && !inverted && PASSIVE_AUXILIARIES.has(toks[k - 1].l) && m.j === k - 1 && m.i > a && SUBORDINATE_OPENER.has(toks[m.i - 1].l) && !toks[m.i - 1].cap) break;
    if (m) return m;
    break;
  }
  return firstOutsideQuotes(ctx, [() => subordinateSubject(ctx, c), () => coordinatedClauseSubject(ctx, c), () => sentenceOpener(toks, a, c), () => openingDescription(ctx, c), () => mainClauseSubject(ctx, c)]);
}

/**
 * The subject of the "that"-clause of the cue at k when that clause's own verb is one of speech, which the participle
 * at c goes on from: "NAN reports that ⟨NERC⟩ had earlier defended the review, saying it would cut the electricity
 * subsidy bill …" (a Premium Times-style probe, test/fixtures/outlets ng-premiumtimes-senate-power-tariff.txt, was
 * "NAN", the wire credited with the report): the clause opens with its subject, its verb of speech or stance after it past
 * auxiliaries and adverbs, and no mark stands between it and the participle's comma. Null when there is no such clause.
 */
function reportedSpeaker(ctx: SentenceContext, k: number, c: number): Mention | null {
  const { toks } = ctx;
  if (toks[k + 1]?.l !== 'that' || toks[c - 1]?.t !== ',') return null;
  const m = subjectAfter(toks, k + 2, c - 1);
  if (!m || m.i !== k + 2 || m.kind === 'pronoun') return null;
  let v = m.j;
  while (v < c - 1 && (AUX_OR_ADVERB.has(toks[v].l) || CUE_ADVERBS.has(toks[v].l) || looksAdverb(toks[v].l))) v++;
  if (v >= c - 1 || toks[v].cap || !(CUES.has(toks[v].l) || OBJECT_VERBS.has(toks[v].l)) || !(isLongRegularPast(toks[v].l) || IRREGULAR_PAST.has(toks[v].l))) return null;
  for (let n = v + 1; n < c - 1; n++) if (toks[n].punct) return null;
  return m;
}

/**
 * The comma right before the cue at token k, outside quotes and one space before it, closes a name set off by commas
 * (subjectBefore's apposition: "…, Mr Moses Kirabo-Okello, confirmed").
 */
function apposedNameBefore(ctx: SentenceContext, k: number): boolean {
  const { toks, a } = ctx;
  const comma = toks[k - 1];
  if (comma?.t !== ',' || toks[k].s !== comma.e + 1 || quoteAt(ctx.quotes, comma.s) || toks[k - 2]?.t === ',') return false;
  const m = subjectBefore(toks, k - 1, a);
  // (past the "Her" of an honorific of address the name opens with: "The Mayor of Makeni, Her Worship NAME, defended the
  // fee, saying …", a Sierraloaded-style probe, test/fixtures/outlets sl-sierraloaded-makeni-okada-permit-fee.txt, probes-uj)
  return !!m && m.kind === 'name' && m.j === k - 1 && toks[nameOpening(toks, m.i) - 1]?.t === ',';
}

/** How far back from a participle's comma the ", and" or ", but" of the clause it goes on from may stand. */
const COORDINATED_CLAUSE_REACH = 24;

/**
 * The subject of a second main clause, opened by ", and" or ", but" and ending at the participle's comma, which the
 * participle goes on from: "Protest groups say the restrictions are less for safety …, and ⟨the American Civil
 * Liberties Union of Ohio⟩ has already sued the city over the rules, saying they violate free-speech rights" (PolNeAR
 * train, NYT 2016-06-23), "Trump quickly pivoted to talking about trade …, but ⟨Wallace⟩ brought him again back to
 * Romney's attacks, asking Trump to share his views …" (Washington Post 2016-03-04) — not the sentence's first subject.
 * The clause opens with its subject, whose verb has tense and stands right after it; no mark stands between "and" and
 * the comma. Null when there is no such clause.
 */
function coordinatedClauseSubject(ctx: SentenceContext, c: number): Mention | null {
  const { toks, a } = ctx;
  if (toks[c - 1]?.t !== ',') return null;
  const k = nearestUnmarked(toks, a, c - 2, c - COORDINATED_CLAUSE_REACH, x => !toks[x].cap && AND_BUT.has(toks[x].l) && toks[x - 1].t === ',');
  if (k < 0) return null;
  let v = k + 1;
  while (v < c - 1 && !(finite(toks[v]) && !toks[v].cap)) v++;
  if (v >= c - 1 || v === k + 1) return null;
  const m = subjectBefore(toks, v - 1, k);
  if (!m || m.j !== v || m.i <= k || quoteAt(ctx.quotes, toks[m.i].s)) return null;
  // (the subject opens the clause, past an article: not "…, and that the department had declined …", a second
  // "that" clause of the verb before)
  for (let j = k + 1; j < m.i; j++) if (!ARTICLES.has(toks[j].l)) return null;
  return m;
}

/**
 * The nearest token from `from` back to `lowest` (after the sentence's first two) that `takes` accepts, with no mark
 * between: -1 at a mark, or when there is none.
 */
function nearestUnmarked(toks: Tok[], a: number, from: number, lowest: number, takes: (k: number) => boolean): number {
  for (let k = from; k > a + 1 && k >= lowest; k--) {
    if (toks[k].punct) return -1;
    if (takes(k)) return k;
  }
  return -1;
}

/**
 * The first of the candidate subjects (tried in order) that stands outside quotation marks: a name or a pronoun inside
 * someone's quoted words is never the subject of the writer's participle or second verb ("''I hate the term 'Manhattan
 * poor,' '' she said, but added that …", "he played down Trump's comments as "just part of the primary campaign" and
 * reportedly argued that …"; PolNeAR train). Null when none is found.
 */
function firstOutsideQuotes(ctx: SentenceContext, candidates: readonly (() => Mention | null)[]): Mention | null {
  for (const candidate of candidates) {
    const m = candidate();
    if (m && !quoteAt(ctx.quotes, ctx.toks[m.i].s)) return m;
  }
  return null;
}

/** How far back from "and" a first participle may stand ("calling them rapists and vowing"). */
const PARTICIPLE_PAIR_REACH = 10;

/** The participle right after a comma before the "and" at conj, with no mark between; -1 when there is none. */
function commaParticiple(toks: Tok[], a: number, conj: number): number {
  return nearestUnmarked(toks, a, conj - 1, conj - PARTICIPLE_PAIR_REACH, k => toks[k - 1].t === ',' && !toks[k].cap && toks[k].l.endsWith('ing'));
}

/** Subordinators after which a clause's subject and verb stand ("… just two months ⟨after⟩ the real estate tycoon entered …"). */
const SUBORDINATE_OPENER = wordSet('after|when|since|because|before|once|until|as|while');
/** How far back the participle's comma may look for the verb of the clause it attaches to. */
const NEAREST_CLAUSE_REACH = 16;

/**
 * The subject of the subordinate clause right before a participle's comma, which the participle goes on from: "The
 * fracas erupted just two months after ⟨the real estate tycoon⟩ entered the race for the Republican nomination with
 * harsh words about Mexican immigrants, calling them rapists and vowing to make Mexico pay …" (PolNeAR train, Breitbart
 * 2016-04-12) — not "The fracas", the main clause's. The clause opens with a subordinator, its subject right before
 * its verb in the past, and no mark stands between it and the comma. Null when there is no such clause.
 */
function subordinateSubject(ctx: SentenceContext, c: number): Mention | null {
  const { toks, a } = ctx;
  if (toks[c - 1]?.t !== ',') return null;
  const v = nearestUnmarked(toks, a, c - 2, c - NEAREST_CLAUSE_REACH, x => !toks[x].cap && (isLongRegularPast(toks[x].l) || IRREGULAR_PAST.has(toks[x].l)) && !DETERMINERS.has(toks[x - 1].l));
  if (v < 0) return null;
  // (a verb with its particle and nothing more is the clause's whole: "Bradley apologized for the columns after they
  // came out, saying …" is Bradley's)
  if (VERB_PARTICLES.has(toks[v + 1]?.l ?? '') && toks[v + 2]?.t === ',') return null;
  const m = subjectBefore(toks, v - 1, a);
  // (a body's name may have its article before it and its initials in brackets after it: "Long queues were seen at
  // fuel stations … as the Ceylon Petroleum Corporation (CPC) limited diesel distribution, citing a delay …", a Daily
  // Mirror-style probe, test/fixtures/outlets lk-dailymirror-diesel-queues.txt, whose source was "Long")
  const opener = m && m.kind === 'name' && ARTICLES.has(toks[m.i - 1]?.l ?? '') ? m.i - 2 : (m?.i ?? 0) - 1;
  if (!m || (m.j !== v && !(m.kind === 'name' && v === m.j + 3 && initialsInBrackets(toks, m.j))) || opener <= a) return null;
  return SUBORDINATE_OPENER.has(toks[opener].l) && !toks[opener].cap ? m : null;
}

/**
 * A participle right after a subordinate clause of a subject and its verb in the past alone (a particle may follow it),
 * no comma between, reports for the main clause's subject: "Four hours earlier, ⟨a Clinton campaign memo⟩ was released
 * as the polls closed stating that the loss was "long anticipated."" (PolNeAR train, Washington Post 2016-02-10, read
 * as "the polls closed" before). The clause has no object for the participle to go on from (subordinateSubject reads
 * one that does). Null when the words before c are not so, or no main clause's subject is read before the subordinator.
 */
function participleAfterIntransitive(ctx: SentenceContext, c: number): Mention | null {
  const { toks, a } = ctx;
  if (!toks[c].l.endsWith('ing') || toks[c].cap) return null;
  let v = c - 1;
  if (v > a && VERB_PARTICLES.has(toks[v].l)) v--;
  const verb = toks[v];
  if (v <= a + 1 || verb.cap || verb.punct || !(isLongRegularPast(verb.l) || IRREGULAR_PAST.has(verb.l))) return null;
  const m = subjectBefore(toks, v - 1, a);
  if (!m || m.j !== v || m.i - 1 <= a) return null;
  const sub = toks[m.i - 1];
  if (sub.cap || !SUBORDINATE_OPENER.has(sub.l)) return null;
  return mainClauseSubject(ctx, m.i - 1);
}

/** The most tokens of the subject of an absolute "with X VERBing" phrase. */
const MAX_WITH_SUBJECT = 10;

/**
 * The subject of an absolute phrase that opens after a comma with "with", when the participle at c follows it: "Sir
 * Keir Starmer is facing a revolt, with ⟨allies of the Chancellor⟩ warning that …" (not the clause's subject; a
 * Telegraph-style probe), "…, with ⟨47 percent of Cuban Americans⟩ saying …" (PolNeAR train). Null when the words
 * before c are not so.
 */
function withSubject(ctx: SentenceContext, c: number): Mention | null {
  const { toks } = ctx;
  const k = absoluteWithAt(toks, c, Math.max(ctx.a, c - MAX_WITH_SUBJECT - 1));
  return k < 0 ? null : absoluteSubject(toks, k, c);
}

/** The subject of an absolute phrase: the words between its "with" at k and its participle at c, a name when all are capitalised. */
export function absoluteSubject(toks: Tok[], k: number, c: number): Mention {
  // (past a quantifier floated after a list of names: "with Donald Trump, Mike Huckabee and Chris Christie ⟨all⟩ calling")
  const j = c - 2 > k && FLOATED_QUANTIFIERS.has(toks[c - 1].l) ? c - 1 : c;
  const named = toks.slice(k + 1, j).every(x => x.cap);
  return { s: toks[k + 1].s, e: toks[j - 1].e, kind: named ? 'name' : 'description', i: k + 1, j, head: toks[j - 1].l };
}

/** Token k is a comma between two capitalised words, one of a list of names ("Donald Trump⟨,⟩ Mike Huckabee and …"). */
const commaInNames = (toks: Tok[], k: number): boolean => toks[k].t === ',' && !!toks[k - 1]?.cap && !toks[k - 1].punct && !!toks[k + 1]?.cap;

/**
 * The token of the "with" after a comma that opens an absolute phrase whose participle is at c (withSubject), among
 * the tokens after a. For a source a rule found, `found` (its first token a + 1), also a "with" after any mark or a verb
 * in the past ("The conversation ended with Maddow asking") or opening the source. -1 for none.
 */
export function absoluteWithAt(toks: Tok[], c: number, a: number, found = false): number {
  if (!toks[c].l.endsWith('ing') || toks[c].cap) return -1;
  for (let k = c - 1; k > a; k--) {
    const t = toks[k];
    // (an adjective in -ing after a determiner is no participle: "with a staggering 56 percent of Americans saying")
    if ((t.punct && !commaInNames(toks, k)) || t.poss || (!t.cap && (AUX_OR_ADVERB.has(t.l) || (t.l.endsWith('ing') && !DETERMINERS.has(toks[k - 1].l)) || OPENING_SUBORDINATORS.has(t.l)))) return -1;
    if (t.l !== 'with' || t.cap) continue;
    const before = toks[k - 1];
    return k < c - 1 && (before?.t === ',' || (found && (k === a + 1 || before.punct || (!before.cap && (isLongRegularPast(before.l) || IRREGULAR_PAST.has(before.l)))))) ? k : -1;
  }
  return -1;
}

const TIME_ADVERB = wordSet('later|earlier|then|also|quickly|again');
/**
 * The description that opens the sentence and is its subject ("A Clinton campaign official later walked back the
 * comments, saying that …"): the sentence opener of the quote rules takes names only.
 */
function openingDescription(ctx: SentenceContext, c: number): Mention | null {
  const { toks } = ctx;
  const open = contentStart(ctx);
  const m = subjectAfter(toks, open, c);
  if (m) return m.kind === 'description' && m.i === open && m.j < c && !toks[m.j].punct ? m : null;
  // ("A Clinton campaign official later walked back …": an article, a few words, then an adverb or a verb in the past)
  if (!ARTICLES.has(toks[open]?.l ?? '')) return null;
  for (let j = open + 2; j < c && j <= open + 7; j++) {
    const t = toks[j];
    // (a subordinator ends the subject's words: "The mayor left after the budget was passed, saying …")
    if (t.punct || (PREPOSITIONS.has(t.l) && t.l !== 'of') || (SUBORDINATE_OPENER.has(t.l) && !t.cap)) return null;
    if (AUX_OR_ADVERB.has(t.l) || TIME_ADVERB.has(t.l) || (!t.cap && /[^e]ed$/.test(t.l))) {
      return { s: toks[open].s, e: toks[j - 1].e, kind: 'description', i: open, j, head: toks[j - 1].l };
    }
  }
  return null;
}

/**
 * The subject before an aside between dashes that ends right before the cue (or its auxiliaries): "Sanders - who
 * digested his new circumstances … aboard a cross-country flight home to Vermont - has vowed to fight on".
 */
function pastAside(ctx: SentenceContext, c: number): Mention | null {
  const { toks, text, a } = ctx;
  let v = c;
  // ("The behemoth Koch operation - which aims to spend almost $900 million before the November elections - is ⟨now⟩
  // considering …", PolNeAR train, Washington Post 2016-03-24, was "the November elections": an adverb between the
  // auxiliary and the cue, as the subject readers pass it; not a passive's, "Lazio — who was regarded as a lightweight —
  // was ⟨quickly⟩ dismissed by the media", Politico 2016-09-01, whose subject reports nothing)
  const passive = /(?:ed|en|wn|ld)$/.test(toks[c].l);
  while (v - 1 > a && (AUX_OR_ADVERB.has(toks[v - 1].l) || (!toks[v - 1].cap && isMidAdverb(toks[v - 1].l) && TENSED_AUX.has(toks[v - 2]?.l ?? '') && !(passive && PASSIVE_AUXILIARIES.has(toks[v - 2].l))))) v--;
  // (a participle after an aside goes on from the clause's subject, not the object before the aside: "He struggles with
  // a basic task in politics - bragging - ⟨conceding⟩ that …", PolNeAR train, NYT 2016-01-19, was "a basic task in politics";
  // but an absolute "with" has its own subject, "with Hillary Clinton — who’s called for big tax hikes on the rich —
  // lambasting Trump’s plan", PolNeAR dev, Politico 2016-10-04, seen in the dev check)
  const participle = v === c && toks[c].l.endsWith('ing');
  if (v - 2 > a && DASHES.has(toks[v - 1].t)) {
    const m = pastDashTokens(ctx, v - 1);
    return m && participle && !withBefore(toks, m) ? participleSubject(ctx, c) : m;
  }
  if (v - 1 <= a || !DASH_GAP.test(text.slice(toks[v - 1].e, toks[v].s))) return null;
  for (let k = v - 1; k > a + 1; k--) {
    if (!DASH_GAP.test(text.slice(toks[k - 1].e, toks[k].s))) continue;
    const m = subjectBefore(toks, k - 1, a);
    return m && m.j === k ? (participle && !withBefore(toks, m) ? participleSubject(ctx, c) : m) : null;
  }
  return null;
}

/** The mention m is the subject of an absolute "with" after a comma (", with ⟨Hillary Clinton⟩ — who’s called for … — lambasting"). */
const withBefore = (toks: Tok[], m: Mention): boolean => toks[m.i - 1]?.l === 'with' && !toks[m.i - 1].cap && toks[m.i - 2]?.t === ',';

/** The most tokens of an aside between two dashes before a cue ("— Nevada and South Carolina —"). */
const MAX_DASH_ASIDE = 30;

/**
 * The subject before an aside set off by two dash tokens, the second at `close`, right before the cue: "Many speakers
 * at the service — including Muslims, Christians, Catholics, Jews — said", "insiders in the next two states — Nevada
 * and South Carolina — said", "Rep. Lois Frankel — like Reid, a supporter of Grayson’s Democratic Senate primary
 * opponent, Rep. Patrick Murphy — said" (PolNeAR train: Breitbart 2016-06-05, Politico 2016-02-04 and 2016-07-29, each
 * read inside the aside); the subject read as if the cue stood at the first dash. Null when no dash opens the aside.
 */
function pastDashTokens(ctx: SentenceContext, close: number): Mention | null {
  const { toks, a } = ctx;
  for (let k = close - 1; k > a + 1 && k >= close - MAX_DASH_ASIDE; k--) {
    if (!DASHES.has(toks[k].t)) continue;
    const m = subjectEndingBefore(ctx, k);
    return m && m.j === k ? m : null;
  }
  return null;
}

/**
 * Prepositions of time or means before a participle cue ("⟨after⟩ determining that", "⟨by⟩ arguing that"), and before a
 * stance gerund ("⟨besides⟩ attacking the former president", objectCue.ts timeStance).
 */
export const TIME_OR_MEANS_PREPOSITIONS = wordSet('after|before|while|since|upon|by|without|besides');

/**
 * A stance gerund at token c right after one of TIME_OR_MEANS_PREPOSITIONS in its sentence from token a, the
 * preposition in lower case or opening the sentence ("after ⟨questioning⟩", "Besides ⟨attacking⟩"): objectCue.ts
 * timeStance reads it as a cue, cueSubject gives it its clause's subject.
 */
export function stanceAfterPreposition(toks: Tok[], a: number, c: number): boolean {
  const prev = toks[c - 1];
  return STANCE_PROGRESSIVES.has(toks[c].l) && c - 1 >= a && TIME_OR_MEANS_PREPOSITIONS.has(prev.l) && (!prev.cap || c - 1 === a);
}

/** Words of time between a party tag and its cue ("(D-Calif.) last week said"). */
const TAG_TIME = wordSet('last|this|week|month|year|night|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|also|recently|previously|earlier');

/** How far back from a party tag's closing bracket its opening one is looked for ("(R-Ky.)", "(D-Calif.)"), in tokens. */
const PARTY_TAG_REACH = 7;

/** The token of the ")" that closes a party tag before the cue at c, past a few words of time; -1 when none. */
function partyTagEnd(toks: Tok[], a: number, c: number): number {
  let k = c - 1;
  while (k > a && k > c - 4 && TAG_TIME.has(toks[k].l)) k--;
  return toks[k]?.t === ')' ? k : -1;
}

/** The most auxiliaries and adverbs between a relative pronoun and its verb ("which had also argued"). */
const MAX_RELATIVE_AUX = 3;

/**
 * The relative pronoun "which" or "that" right before the cue at c (past its auxiliaries and adverbs), when it is the
 * subject of a relative clause on a noun: "a request by The Washington Post, ⟨which⟩ argued that …", "the Illinois
 * Board of Elections, ⟨which⟩ ruled that …", "a piece ⟨that⟩ noted his plan would …", "a 2014 paper ⟨that⟩ found …".
 * PolNeAR's Source there is the relative pronoun itself. Null when no such pronoun stands there.
 */
export function relativeReporter(ctx: SentenceContext, c: number): Mention | null {
  const { toks, a } = ctx;
  let k = c - 1;
  while (k > a && k >= c - MAX_RELATIVE_AUX && !toks[k].cap && (AUX_OR_ADVERB.has(toks[k].l) || looksAdverb(toks[k].l))) k--;
  if (k <= a || !relativePronounAt(toks, k)) return null;
  return { s: toks[k].s, e: toks[k].e, kind: 'pronoun', i: k, j: k + 1 };
}

/** The mention `m` is such a relative "which" or "that" alone, the subject of the cue at token c (relativeReporter). */
export function relativeSource(toks: Tok[], m: Mention, c: number): boolean {
  return m.j - m.i === 1 && c >= m.j && c - m.j <= MAX_RELATIVE_AUX && relativePronounAt(toks, m.i);
}

/**
 * Token k is a relative "which" or "that" on the noun before it: "which" after its comma or a noun, "that" after a
 * noun only ("said that", "so that", "now that", "taboo - that" open no relative clause on a noun).
 */
function relativePronounAt(toks: Tok[], k: number): boolean {
  const r = toks[k], before = toks[k - 1];
  if (!r || !before || r.cap || (r.l !== 'which' && r.l !== 'that')) return false;
  const noun = !before.punct && /^\p{L}/u.test(before.t) && !before.poss && !NOT_NOUN.has(before.l) && !PREPOSITIONS.has(before.l) && !AUX_OR_ADVERB.has(before.l) && !CUES.has(before.l) && !looksAdverb(before.l) && !finite(before);
  return r.l === 'which' ? before.t === ',' || noun : noun;
}

/**
 * The reporter of a clause [from, end) after the cue at c, and where the clause ends: the cue's subject (reporterOf),
 * else a relative clause's "which" or "that" (relativeReporter), whose content ends at the clause's first comma ("the
 * report, which concluded that she violated agency rules …, Clinton's campaign contended"). Null with neither.
 */
export function clauseReporter(ctx: SentenceContext, c: number, from: number, end: number): { mention: Mention; end: number } | null {
  const reporter = reporterOf(ctx, c);
  if (reporter) return { mention: reporter, end };
  const relative = relativeReporter(ctx, c);
  if (!relative) return null;
  let k = from;
  while (k < end && ctx.toks[k].t !== ',') k++;
  return { mention: relative, end: k };
}

/**
 * Verbs and adjectives whose subject is the subject of the infinitive after them, when that infinitive is a verb of
 * saying with its clause: "Lewandowski continued to assert that he never made contact with Fields", "Caucus-goers
 * were slightly more likely to say they preferred Clinton …", "The Fed is expected to announce that …", "he’s poised
 * to argue he’s in this race for the long haul", "Advisers to Mr. Rubio are quick to point out that …" (PolNeAR train: 14
 * such reports missed for want of their subject, none reported by another; "quick" 3 more). Not "tried", "struggled"
 * or "declined" ("The administration struggled on Tuesday to explain why …": no attribution there).
 */
const CLAUSE_CONTROL_VERBS: ReadonlySet<string> = new Set(['continue', 'continues', 'continued', 'continuing', 'refused', 'refuses', 'sought', 'seeks',
  'hesitate', 'intended', 'intends']);
const CLAUSE_CONTROL_ADJECTIVES: ReadonlySet<string> = new Set(['likely', 'unlikely', 'expected', 'poised', 'ready', 'inclined', 'willing', 'eager', 'quick']);
/**
 * Words between a linking verb and its adjective ("were slightly more likely"): the words of degree, more adverbs of
 * degree and the negations.
 */
const DEGREE_BEFORE_ADJECTIVE: ReadonlySet<string> = new Set([...DEGREE_WORDS, 'much', 'far', 'all', 'not', 'also', 'still', 'generally', 'increasingly',
  'slightly', 'somewhat', 'equally', 'even', "n't", 'n’t']);
/** The most degree words and adverbs between the tense of "be" and the adjective. */
const MAX_DEGREE = 3;
/**
 * The token before the adjective at v and the words of degree or adverbs before it (DEGREE_BEFORE_ADJECTIVE, at most
 * MAX_DEGREE, none before the clause's start a): where its linking verb stands ("were ⟨slightly more⟩ likely",
 * "are ⟨not⟩ convinced").
 */
export function beforeDegreeWords(toks: Tok[], v: number, a: number): number {
  let k = v - 1;
  while (k > a && k >= v - MAX_DEGREE && (DEGREE_BEFORE_ADJECTIVE.has(toks[k].l) || looksAdverb(toks[k].l))) k--;
  return k;
}

/** The subject of the verb or adjective of CLAUSE_CONTROL_* at token v (an adverb may stand between it and "to"), or null. */
function controllerOf(ctx: SentenceContext, v: number): Mention | null {
  const { toks, a } = ctx;
  // (past an adverb, "continued publicly to assert"; "likely" is no adverb here)
  if (v > a && looksAdverb(toks[v].l) && !CLAUSE_CONTROL_ADJECTIVES.has(toks[v].l)) v--;
  const t = toks[v];
  if (v <= a || !t || t.cap) return null;
  if (CLAUSE_CONTROL_VERBS.has(t.l)) return reporterOf(ctx, v);
  if (!CLAUSE_CONTROL_ADJECTIVES.has(t.l)) return null;
  const k = beforeDegreeWords(toks, v, a);
  const be = toks[k];
  // ("he’s poised to argue": the pronoun whose contracted "is" it is)
  const contracted = /^(?:he|she|it|they|we|you|i)(?=['’](?:s|re|m)$)/.exec(be?.l ?? '');
  if (k > a - 1 && contracted) return { s: be.s, e: be.s + contracted[0].length, kind: 'pronoun', i: k, j: k + 1 };
  return k > a && LINKING_VERBS.has(be.l) ? reporterOf(ctx, k) : null;
}

/** Verbs of going somewhere to speak: "took to Twitter to say", "went on CNN to declare", "rushing to TV to say". */
const GOING_TO: ReadonlySet<string> = new Set(['took', 'taking', 'takes', 'take', 'went', 'going', 'goes', 'go', 'rushed', 'rushing', 'rushes', 'rush',
  'turned', 'turning', 'turns', 'appeared', 'appearing', 'appears', 'headed', 'heading', 'heads', 'came', 'coming', 'comes', 'returned', 'returning']);

/**
 * reporterOf's answers per sentence context, by cue token: the rule families of a sentence ask about the same cue
 * again (a fifth of the asks on PolNeAR dev), and each reading walks the words before it. Every family gets the same
 * Mention object, kept in its Report: it is never changed once read (Mention's fields are readonly: a rule that moves
 * one, ./index.ts pastClauseThat, makes a new one), nor is a context (readonly fields, one per sentence) or its tokens.
 */
const REPORTERS_READ = new WeakMap<SentenceContext, Map<number, Mention | null>>();

/** The mention that the cue at token c rests on, or null (a passive "was asked" has no reporter in reach). */
export function reporterOf(ctx: SentenceContext, c: number): Mention | null {
  let read = REPORTERS_READ.get(ctx);
  if (!read) REPORTERS_READ.set(ctx, read = new Map());
  let m = read.get(c);
  if (m === undefined) read.set(c, m = readReporter(ctx, c));
  return m;
}

function readReporter(ctx: SentenceContext, c: number): Mention | null {
  const subject = cueSubject(ctx, c);
  const found = relativeBeforeAdjunct(ctx.toks, verbFirst(ctx, (subject && participleAsideHead(ctx, subject)) ?? subject, c));
  const read = found && subjectBeforeVerb(ctx.toks, found);
  const m = read && (datedSubject(ctx.toks, read, ctx.a) ?? besideOpener(ctx, read, c) ?? besideAfterAnd(ctx, read, c) ?? cleftSubject(ctx, read, c) ?? read);
  return m ? roleBeforePlace(ctx, m) ?? shareInPlace(ctx, m) ?? groupOfPeople(ctx, m, c) ?? groupByExamples(ctx, m) ?? portfolioHolder(ctx.toks, m) ?? firstConjunct(ctx, m) : activeRelative(ctx, c);
}

/** How many adverbs may stand between a participle set off by a comma and its "by" or "with" ("conducted ⟨jointly⟩ with"). */
const MAX_ASIDE_ADVERBS = 2;

/**
 * The subject before a participle phrase set off by a comma whose agent or partner the mention m is: "⟨A Fox News poll⟩,
 * conducted jointly with Anderson Robbins Research (D) and Shaw & Company Research (R), shows …", "⟨The project's
 * website⟩, run by Michael McDonald, an associate professor …, said …" (PolNeAR train, Breitbart 2016-02-18 and USA
 * Today 2016-03-17, whose sources were the last name of the aside); read as if the cue stood at the comma. Null when m
 * is no such agent, or no subject ends at the comma.
 */
function participleAsideHead(ctx: SentenceContext, m: Mention): Mention | null {
  const { toks, a } = ctx;
  // (the last of two agents joined by "and", each with its party tag: "with Anderson Robbins Research (D) and ⟨Shaw &
  // Company Research⟩ (R)")
  let p = m.i - 1;
  while (p > a && p >= m.i - MAX_ASIDE_AGENT && (toks[p].cap || toks[p].l === 'and' || BRACKETS.has(toks[p].t))) p--;
  if (!BY_WITH.has(toks[p]?.l ?? '')) return null;
  let v = p - 1;
  while (v > p - 1 - MAX_ASIDE_ADVERBS && v > a && looksAdverb(toks[v].l)) v--;
  const t = toks[v];
  if (v - 1 <= a || toks[v - 1].t !== ',' || !t || t.cap || !(pastVerb(t) || BASE_FORM_PARTICIPLES.has(t.l))) return null;
  const head = subjectEndingBefore(ctx, v - 1);
  return head && head.j === v - 1 ? head : null;
}

/** The most tokens from a participle's "by" or "with" back from the source read ("with Anderson Robbins Research (D) and"). */
const MAX_ASIDE_AGENT = 8;

/** The brackets of a party tag between two agents ("Anderson Robbins Research ⟨(⟩D⟨)⟩ and"). */
const BRACKETS = wordSet('(|)');

/** The prepositions of an agent or a partner after a participle ("run ⟨by⟩", "conducted jointly ⟨with⟩"). */
const BY_WITH = wordSet('by|with');

/**
 * The name after a title and its portfolio of two departments that a mention ends on, when it is a person's:
 * "Minister of State for Sustainability and the Environment ⟨Baey Yam Keng-Soh⟩ said …" (a CNA-style probe,
 * test/fixtures/outlets sg-cna-hawker-tray-return.txt, whose source was "Sustainability"), as the quote rules read it
 * (../people/portfolio.ts holderAfterPortfolio); not "a spokesperson for Employment and Social Development ⟨Canada⟩",
 * a La Presse-style probe, the department's. Null when the mention holds no such name.
 */
function portfolioHolder(toks: Tok[], m: Mention): Mention | null {
  const r = holderAfterPortfolio(toks, m.i, m.j);
  return r >= 0 && kindOfName(toks.slice(r, m.j).map(t => t.t).join(' ')) === 'person' ? { s: toks[r].s, e: m.e, kind: 'name', i: r, j: m.j } : null;
}

/**
 * The subject of the verb a description found for a cue opens with, read as that verb's: "one group, Partnership for
 * Responsible Growth, has ⟨run ads with both outlets⟩ reminding Republicans …", "But Trump also ⟨struck populist⟩ notes
 * …, trumpeting …" (PolNeAR train, NYT 2016-08-01, Politico 2016-02-09: the verb and its object read as the source).
 * The verb is in the past, or a base form after "has", "have" or "had"; the description otherwise.
 */
function verbFirst(ctx: SentenceContext, m: Mention | null, c: number): Mention | null {
  const { toks, a } = ctx;
  if (!m || m.kind !== 'description' || m.j - m.i < 2 || m.i <= a + 1 || m.i >= c) return m;
  const v = toks[m.i], before = toks[m.i - 1];
  if (v.cap || !(finite(v) || (PERFECT_AUXILIARIES.has(before.l) && (isVerbForm(v.l) || BASE_FORM_PARTICIPLES.has(v.l)))) || AUX_OR_ADVERB.has(v.l) || DETERMINERS.has(before.l) || before.poss) return m;
  // (people counted after the verb speak themselves: "… have left ⟨62 percent of voters⟩ saying race relations are growing worse")
  const object = toks[m.i + 1];
  if (digitFirst(object.t) || isQuantity(object.l)) return { ...m, i: m.i + 1, s: object.s };
  return cueSubject(ctx, m.i) ?? m;
}

/**
 * The relative "who" before an adjunct that the subject found is the object of: "Justice Samuel A. Alito Jr., ⟨who⟩
 * in two earlier opinions had made clear that …", "Curiel, ⟨who⟩ through his office declined to comment" (PolNeAR
 * train, NYT 2016-06-29, Washington Post 2016-06-02: were "two earlier opinions" and "his office"). The mention
 * otherwise (a "which" there is no source the rules keep: "which through the first half of the 20th century
 * consistently supported …" loses its report).
 */
function relativeBeforeAdjunct(toks: Tok[], m: Mention | null): Mention | null {
  if (!m || m.kind === 'pronoun') return m;
  const p = DETERMINERS.has(toks[m.i - 1]?.l ?? '') || toks[m.i - 1]?.poss ? m.i - 2 : m.i - 1;
  const w = p - 1;
  if (w < 0 || !anyPreposition(toks[p].l) || toks[p].cap || toks[w].t !== 'who') return m;
  return { s: toks[w].s, e: toks[w].e, kind: 'pronoun', i: w, j: w + 1 };
}

/** Words that introduce the examples of a group right after its noun ("groups ⟨like⟩ …", "candidates ⟨such as⟩ …"). */
const LIKE_OR_SUCH_AS = wordSet('like|as');
/** The most tokens of the names a group's examples list ("the American Civil Liberties Union and the National Association …"). */
const MAX_EXAMPLES = 16;

/**
 * The group whose examples the name found is, whole: "While ⟨civil rights groups like the American Civil Liberties Union
 * and the National Association of Criminal Defense Lawyers⟩ praised …", "Although ⟨candidates like Marco Rubio⟩ have
 * blasted Obama …" (PolNeAR train, Politico 2016-02-23, USA Today 2015-12-14, both read as the last name; the Source is
 * the whole phrase, its head the group). The group is a plural noun right before "like" or "such as", the names after
 * it capitalised words, "and", "or", "the" and commas. Null when the name follows no such group.
 */
function groupByExamples(ctx: SentenceContext, m: Mention): Mention | null {
  const { toks, a } = ctx;
  if (m.kind === 'pronoun' || !toks[m.i].cap) return null;
  let k = m.i - 1;
  while (k > a && k >= m.i - MAX_EXAMPLES && !LIKE_OR_SUCH_AS.has(toks[k].l) && (toks[k].cap || AND_OR.has(toks[k].l) || toks[k].l === 'the' || toks[k].t === ',')) k--;
  if (k <= a + 1 || toks[k].cap || !LIKE_OR_SUCH_AS.has(toks[k].l)) return null;
  // (an "as" with no "such" before it introduces no examples)
  const like = toks[k].l === 'as' ? (toks[k - 1].l === 'such' ? k - 1 : -1) : k;
  if (like < 0) return null;
  // (past a comma before "like": "Other prominent Republicans, like Richard Armitage, Henry Paulson and Brent Scowcroft ― …"
  const g = toks[like - 1]?.t === ',' ? like - 1 : like;
  const group = g - 1 > a ? subjectBefore(toks, g - 1, a) : null;
  if (!group || group.kind === 'pronoun' || group.j !== g || !endsInS(toks[g - 1].l)) return null;
  // (past a capitalised subordinator the subject rules keep: "⟨Although⟩ candidates like …")
  const i = OPENING_SUBORDINATORS.has(toks[group.i].l) && group.i + 1 < g ? group.i + 1 : group.i;
  return { s: toks[i].s, e: m.e, kind: 'description', i, j: m.j, head: group.head };
}

/**
 * The relative "which" or "that" that is the subject of the cue at c when no other subject is read (relativeReporter):
 * "Norton, ⟨which⟩ declined to comment, returned the publication rights to Mr. Hurt", "the staff association, ⟨which⟩
 * urged consideration of other nominees, reflected …" (PolNeAR train, NYT 2016-07-05 and 2016-08-26). Not a passive's
 * ("the Clean Power Plan, which is intended to limit emissions", train: no gold) nor a linking verb's, whose adjective
 * a controlling rule reads ("counties that are poised to play a major role"). Its content ends at the relative
 * clause's closing comma (subordinate.ts cutAtOwnRelative). Not a simple present's either.
 */
function activeRelative(ctx: SentenceContext, c: number): Mention | null {
  const { toks } = ctx;
  const cue = toks[c];
  if (LINKING_VERBS.has(cue.l) || BE_AND_FORMS.has(cue.l)) return null;
  const m = relativeReporter(ctx, c);
  // (nor a speech noun's, whose maker is the one who reports: "another question that asked Democrats how likely
  // Clinton was to defeat Trump", PolNeAR train, Western Journal 2016-05-12, not "question" asking)
  if (!m || (m.i > 0 && SPEECH_NOUNS.has(toks[m.i - 1].l) && !isDocumentNoun(toks[m.i - 1].l))) return null;
  for (let k = m.j; k < c; k++) if (PASSIVE_AUXILIARIES.has(toks[k].l) && /(?:ed|en|wn|ld)$/.test(cue.l)) return null;
  // (a simple present tells what the antecedent is, no event reported: "the multicultural professional class, which sees
  // itself as …", "al-Qaeda, which aims to oust the Saudi monarchy", "non-white primary voters, which describes large
  // swaths of the population", train: none gold)
  return /[^s'’]s$/.test(cue.l) && !toks.slice(m.j, c).some(t => TENSED_AUX.has(t.l)) ? null : m;
}

/** Nouns of a large round number of people ("Thousands of international students say …", "Dozens of parents"). */
const ROUND_NUMBER_NOUN: ReadonlySet<string> = without(COUNT_NOUNS, 'tens');
/** The most words of the people after "of" ("thousands of ⟨newly arrived international⟩ students"). */
const GROUP_WORDS = 4;

/**
 * "Thousands of international students say …": the group, its people noun whole, not the number noun the subject
 * opens with (a reader sees "Thousands of international students", not "Thousands").
 */
function groupOfPeople(ctx: SentenceContext, m: Mention, c: number): Mention | null {
  const { toks } = ctx;
  if (m.j !== m.i + 1 || !ROUND_NUMBER_NOUN.has(toks[m.i].l) || toks[m.j]?.l !== 'of') return null;
  let j = m.j + 1;
  while (j < c && j <= m.j + GROUP_WORDS && !toks[j].punct && !TENSED_AUX.has(toks[j].l) && !CUES.has(toks[j].l) && !pastVerb(toks[j])) j++;
  const head = toks[j - 1];
  // (or a verb in the past the group did before a participle's cue: "Thousands of wheat growers staged a sit-in …,
  // saying …", an Express Tribune-style probe, test/fixtures/outlets pk-tribune-wheat-sit-in.txt, was "Thousands")
  return j > m.j + 1 && (j === c || TENSED_AUX.has(toks[j].l) || pastVerb(toks[j])) && isPluralPeopleNoun(head.l) ? { s: m.s, e: head.e, kind: 'description', i: m.i, j, head: head.t } : null;
}

/** Words of time after "this", "last" or "next", which date a participle rather than open its object ("released this week"). */
const TIME_AFTER: ReadonlySet<string> = new Set([...TIME_UNITS, ...PARTS_OF_DAY, ...SEASONS, ...WEEKDAYS, 'weekend', 'autumn', 'time']);
const OBJECT_OR_POSSESSIVE_PRONOUN = wordSet('him|her|them|it|us|me|his|its|their|our');
/** Words that open the object of a verb ("released ⟨a⟩ statement", "receive ⟨911⟩ calls", "put ⟨its⟩ name"). */
const objectOpens = (t: Tok | undefined): boolean => !!t && !t.cap && ((DETERMINERS.has(t.l) && t.l !== 'that') || digitFirst(t.t) || OBJECT_OR_POSSESSIVE_PRONOUN.has(t.l));

/**
 * A description found for a subject that runs over its verb is the words before the verb: "⟨The town⟩ released a
 * statement Wednesday saying …", "11:00 am – ⟨Police⟩ receive 911 calls saying …", "domestic and ⟨international
 * critics⟩ have in particular noted …" (PolNeAR train: HuffPost 2016-05-19 and 2016-03-21, Breitbart 2015-12-04). The
 * verb is an auxiliary, or a verb in the past or the present that its object follows (not "A news report ⟨published⟩
 * Wednesday", a participle). The mention stays when no word stands before the verb.
 */
function subjectBeforeVerb(toks: Tok[], m: Mention): Mention {
  if (m.kind !== 'description') return m;
  for (let k = m.i + 1; k < m.j; k++) {
    const t = toks[k];
    if (t.cap || t.punct || toks[k - 1].punct) continue;
    const verb = TENSED_AUX.has(t.l) || ((finite(t) || isVerbForm(t.l)) && !DETERMINERS.has(toks[k - 1].l) && !toks[k - 1].poss && objectOpens(toks[k + 1]) && !TIME_AFTER.has(toks[k + 2]?.l ?? ''));
    if (!verb) continue;
    // (an auxiliary that only ends the mention, with its adverbs, is trimmed later: "Most of the vulnerable Senate
    // Republicans ⟨have already⟩ said")
    let rest = k;
    while (rest < m.j && (TENSED_AUX.has(toks[rest].l) || isMidAdverb(toks[rest].l)) && !toks[rest].cap) rest++;
    if (rest === m.j) return m;
    return subjectUpTo(toks, m, k);
  }
  return m;
}

/**
 * The subject of a verb at token v inside mention m: the subject as the quote rules read it when it opens the mention
 * (past its "the": "⟨the White House⟩ expressed"; past a subordinator that opens the sentence: "After ⟨the State
 * Department’s inspector general⟩ released a scathing report Wednesday documenting …", PolNeAR train, Western Journal
 * 2016-05-25) or a clause inside it ("the effort stalled, and ⟨he⟩ has"), else the mention's words before the verb.
 */
export function subjectUpTo(toks: Tok[], m: Mention, v: number): Mention {
  const read = subjectBefore(toks, v - 1, m.i);
  const opens = !!read && (read.i === m.i || (read.i === m.i + 1 && (toks[m.i].l === 'the' || OPENING_SUBORDINATORS.has(toks[m.i].l))) || toks.slice(m.i, read.i).some(x => x.punct));
  return read && read.j === v && opens ? read : { ...m, j: v, e: toks[v - 1].e, head: toks[v - 1].l };
}

/**
 * The share of people before a place that a cue's subject ends with: "…, and nearly 8 in 10 in Alabama ⟨support⟩ the
 * proposal", "About 4 in 10 in Iowa said" (PolNeAR train, Breitbart 2016-03-01) — the respondents, never the place,
 * whose every mention a reader would then see tinted as a speaker. The share is "N in 10" or "N percent", with the
 * share words before it ("nearly", "about", "only"). Null when the mention is no place after such a share.
 */
function shareInPlace(ctx: SentenceContext, m: Mention): Mention | null {
  const { toks, a } = ctx;
  const p = m.i - 1;
  if (m.kind !== 'name' || p - 3 < a || toks[p].l !== 'in' || kindOfName(ctx.text.slice(toks[m.i].s, toks[m.j - 1].e)) !== 'place') return null;
  let k: number;
  if (inTenBefore(toks, p)) k = p - 3;
  else if (toks[p - 1].l === 'percent' && isNumeral(toks[p - 2].l)) k = p - 2;
  else return null;
  while (k - 1 >= a && SHARE_WORDS.has(toks[k - 1].l)) k--;
  return { ...m, s: toks[k].s, i: k, kind: 'description', head: toks[p - 1].l === 'percent' ? 'percent' : toks[p - 3].t };
}

/** The most tokens of a role before its place or body ("a distinguished professor of history"). */
const MAX_ROLE = 8;
/** Prepositions that tie a person's role to the place or body a name after them gives ("an analyst ⟨at⟩ Jefferies"). */
const ROLE_PREPOSITION = wordSet('at|of|in|for|from|on|with');

/**
 * The role before a place or a body that a relative "who" follows: "a senior analyst at Jefferies, ⟨who⟩ notes",
 * "a star anchor at Fox News ⟨who⟩ questioned", "a former staff member for the Sanders campaign in Philadelphia ⟨who⟩
 * said", "Sunil Raghavan-Price of the Bloor West Village BIA, ⟨who⟩ says" — "who" is the person, never the name of the
 * place or body right before it. Null when "who" follows no such name, or no description or person's name stands
 * before its preposition.
 */
function roleBeforePlace(ctx: SentenceContext, m: Mention): Mention | null {
  const { toks, a } = ctx;
  if (m.j - m.i !== 1 || toks[m.i].l !== 'who') return null;
  let k = m.i - 1;
  if (toks[k]?.t === ',') k--;
  const run = k > a ? runAt(toks, k) : null;
  // (a body in lower case after the role's "of", no name: "a senior official of a leading flour mill, who")
  const body = k > a ? ofBodyBefore(toks, k, a) : -1;
  // (not a role set off after a name: "derided by Armin Laschet, the leader of the opposition in North-Rhine Westphalia,
  // who suggested …", PolNeAR train, NYT 2016-03-23, whose "who" the name's tracking reads)
  const holder = body > a ? roleBeforeOf(toks, body, a) : null;
  if (holder && toks[holder.i - 1]?.t !== ',') return holder;
  if (!run || run.j !== k + 1 || run.i <= a + 1) return null;
  // (a person's name is who: "a damning reaction from Barack Obama, who called")
  const kind = kindOfName(ctx.text.slice(toks[run.i].s, toks[run.j - 1].e));
  // (nor a group written in the plural: "critical of Republicans who suggest")
  // (a body's initials after its words count: "Sunil Raghavan-Price of the Bloor West Village BIA, who says", a Toronto
  // Sun-style probe, where the BIA reads as a person's name)
  const initials = run.j - run.i > 1 && inCapitals(toks[run.j - 1].t) && toks[run.j - 1].t.length > 1 && !inCapitals(toks[run.i].t);
  if ((kind !== 'place' && kind !== 'organization' && !initials) || /(?:ans|ats|ers|ists|ives)$/.test(toks[run.j - 1].l)) return null;
  let p = run.i - 1;
  if (toks[p].l === 'the' && !toks[p].cap) p--;
  if (p <= a || !ROLE_PREPOSITION.has(toks[p].l) || toks[p].cap) return null;
  // (the role is a lower-case noun right before the preposition: "analyst at", "member for", "professor of history at")
  const role = subjectBefore(toks, p - 1, a);
  // (a person's name before the body is who: "Sunil Raghavan-Price of the Bloor West Village BIA, who says his members
  // are not against the plan", a Toronto Sun-style probe, was the BIA)
  if (role?.kind === 'name' && role.j === p && kindOfName(ctx.text.slice(role.s, role.e)) === 'person') return role;
  // (an article or a possessive opens the role: "a senior analyst", "the president of", not "both sternly critical of")
  if (!role || role.kind !== 'description' || role.j !== p || toks[p - 1].cap || !DETERMINERS.has(toks[role.i].l) || role.j - role.i > MAX_ROLE) return null;
  // (a role set off after a name is that name's: "the committee heard from Winston Mah, a senior fellow at the Canadian
  // Global Affairs Institute, who said …", a Hill Times-style probe)
  if (toks[role.i - 1]?.t === ',' && role.i - 2 > a && toks[role.i - 2].cap) {
    const named = subjectBefore(toks, role.i - 2, a);
    if (named && named.kind === 'name' && named.j === role.i - 1) return named;
  }
  return role;
}

/** The most lower-case words of a body written with no name between "of" and "who" ("a | leading | fish | processing | factory"). */
const MAX_BODY_WORDS = 6;
/** Prepositions of a body's place before "who" ("a … factory ⟨in⟩ Ilemela, who"). */
const BODY_PLACE_PREPOSITION = wordSet('in|at');

/**
 * The "of" of a role before a body written in lower case, with an article and no name, that the "who" after token k
 * follows, its place after "in" or "at" allowed: "disputed by a senior official of a leading flour mill, ⟨who⟩ said
 * …" (a Daily FT-style probe, test/fixtures/outlets lk-dailyft-bakery-bread-price.txt, was "Minister", the subject of the
 * sentence before), "disputed by a senior official of a leading fish processing factory in Ilemela, ⟨who⟩ said …" (a
 * Citizen-style probe, tz-thecitizen-mwanza-fish-levy.txt, was "Ilemela"): "who" is the role's holder. Not a body
 * whose last word is a person's noun ("the wife of a former soldier, who"); -1 when none.
 */
function ofBodyBefore(toks: Tok[], k: number, a: number): number {
  let e = k;
  if (toks[e].cap) {
    const place = runAt(toks, e);
    if (!place || place.j !== e + 1 || !BODY_PLACE_PREPOSITION.has(toks[place.i - 1]?.l ?? '') || toks[place.i - 1].cap) return -1;
    e = place.i - 2;
  }
  if (e <= a || !/^\p{Ll}+$/u.test(toks[e].t) || isPersonNoun(toks[e].l) || isPluralPeopleNoun(toks[e].l)) return -1;
  let d = e;
  while (d > a && e - d < MAX_BODY_WORDS && /^\p{Ll}+$/u.test(toks[d].t) && !ARTICLES.has(toks[d].l)) d--;
  return d - 1 > a && d < e && ARTICLES.has(toks[d].l) && toks[d - 1].t === 'of' ? d - 1 : -1;
}

/** The role ending right before the "of" at token p, opened by an article, in lower case ("a senior official | of"); null when none. */
function roleBeforeOf(toks: Tok[], p: number, a: number): Mention | null {
  const head = toks[p - 1];
  if (!head || !/^\p{Ll}+$/u.test(head.t) || !(isPersonNoun(head.l) || TITLES.has(head.l))) return null;
  let d = p - 1;
  while (d > a && p - d <= MAX_ROLE && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[d].t) && !ARTICLES.has(toks[d].l) && !PREPOSITIONS.has(toks[d].l)) d--;
  return d >= a && d < p - 1 && ARTICLES.has(toks[d].l) ? { s: toks[d].s, e: head.e, i: d, j: p, kind: 'description', head: head.t } : null;
}

/** How many conjuncts before the last a coordinated subject may list ("A, B, C and D said"). */
const MAX_CONJUNCTS = 4;

/**
 * The first of coordinated subjects, when the subject found is the last: "Donald Trump and House Speaker Paul Ryan
 * ⟨pledged⟩", "Matthews, MSNBC’s Alex Seitz-Wald and Reuters’ Luciana Lopez ⟨argued⟩", "She and her aides ⟨have
 * vowed⟩". PolNeAR's Source is the whole coordination and its head the first conjunct; a reader reads the first
 * name as the lead speaker. Only when the coordination opens its clause (the sentence's start, or after a mark),
 * so that a clause joined by "and" keeps its own subject ("Clinton won Nevada and Sanders said …").
 */
function firstConjunct(ctx: SentenceContext, m: Mention): Mention {
  const { toks, a } = ctx;
  // (a subject found with its own "and" — "supporters and administration officials" — is the coordination's tail: the
  // conjuncts before it stand after commas, "the families, supporters and administration officials said")
  let first = m, and = false, serial = false, conjuncts = 1, listed = false;
  for (let k = m.i + 1; k < m.j - 1 && !and; k++) if (toks[k].l === 'and') { and = true; serial = true; conjuncts = 2; }
  // (a name set after the last conjunct's description is that conjunct: "Eisenhower and ⟨his future secretary of State⟩,
  // John Foster Dulles, argued")
  const described = describedConjunct(toks, m, a);
  first = described ?? m;
  for (let n = 0; n < MAX_CONJUNCTS; n++) {
    let k = first.i - 1;
    // (past the conjunct's own modifiers the subject rules leave out: "Reuters’ Luciana Lopez", "former Arkansas Gov.")
    while (k > a && (toks[k].poss || NP_MODIFIERS.has(toks[k].l))) k--;
    if (k <= a) break;
    // the "and" before the last conjunct, and the commas before the others
    if (!and && toks[k].l === 'and') {
      and = true;
      if (toks[k - 1].t === ',') { serial = true; k--; }
    } else if (!and || toks[k].t !== ',') break;
    const apposed = serial && n === 0 ? apposedConjunct(toks, m, k, a) : null;
    const prev = apposed ?? subjectBefore(toks, k - 1, a);
    // (the conjunct ends right before, or before its party tag: "Martin O’Malley (D) and …")
    const tagged = !!prev && toks[prev.j]?.t === '(' && toks[k - 1].t === ')' && k - prev.j <= MAX_TAG;
    if (!prev || (prev.j !== k && !tagged && !apposed) || (prev.kind === 'pronoun' && !NOMINATIVE_PRONOUNS.has(toks[prev.i].l)) || noConjunct(toks, prev)) break;
    // ("After Iowa, Clinton and Sanders said …": a name after the preposition that opens the sentence is its phrase's)
    if (toks[k].t === ',' && prev.i === a + 1 && (PREPOSITIONS.has(toks[a].l) || ADJUNCT_PREPOSITION.has(toks[a].l))) break;
    first = prev;
    conjuncts++;
    if (apposed) { listed = true; break; }
  }
  // (", and" joins two clauses as often as the last of three subjects: "… as his closest advisers, and aides say"; not
  // two names each with its apposition)
  if (first === m || first === described || (serial && conjuncts < 3 && !listed)) return m;
  const before = toks[first.i - 1];
  return first.i === a || !before || before.punct || CLAUSE_OPENERS.has(before.l) || reasonClauseOpens(toks, first.i, a) ? first : m;
}

/** Nouns a relative clause with no relative word follows at a sentence's opening ("One ⟨reason⟩ Democrats … say"). */
const REASON_NOUNS = wordSet('reason|reasons');

/**
 * The coordination at token i opens a relative clause with no relative word on "reason" at the sentence's start: "One
 * reason ⟨Democrats and civil rights groups⟩ say they came to the table … was the fear …" (PolNeAR train, Politico
 * 2015-11-30: was "civil rights groups").
 */
function reasonClauseOpens(toks: Tok[], i: number, a: number): boolean {
  const noun = toks[i - 1], det = toks[i - 2];
  return i - 2 === a && !!noun && !!det && REASON_NOUNS.has(noun.l) && !noun.cap && (DETERMINERS.has(det.l) || isQuantity(det.l) || det.l === 'one' || det.l === 'another');
}

/**
 * The description before a name set off by commas, when "and" opens it: "Eisenhower and ⟨his future secretary of
 * State⟩, John Foster Dulles, argued …" (PolNeAR train, USA Today 2015-12-01: was "John Foster Dulles"; the Source is the
 * whole coordination, its head the first conjunct). Null when m is no such name.
 */
function describedConjunct(toks: Tok[], m: Mention, a: number): Mention | null {
  if (m.kind !== 'name' || toks[m.j]?.t !== ',' || toks[m.i - 1]?.t !== ',' || m.i - 2 <= a) return null;
  const d = subjectBefore(toks, m.i - 2, a);
  return d && d.kind === 'description' && d.j === m.i - 1 && d.i - 1 > a && toks[d.i - 1].l === 'and' && !toks[d.i - 1].cap ? d : null;
}

/**
 * The name before ", and" at the comma `comma` whose apposition runs to that comma, when the last conjunct m is a name
 * with an apposition of its own: "⟨Felicia Wong⟩, president of the Roosevelt Institute, a progressive think tank, and
 * Stan Greenberg, co-founder of the Democratic polling firm Democracy Corps, applauded …" (PolNeAR train, HuffPost
 * 2016-08-12: was "Stan Greenberg"; the Source is the whole list, its head the first name). Null when not so.
 */
function apposedConjunct(toks: Tok[], m: Mention, comma: number, a: number): Mention | null {
  if (m.kind !== 'name' || toks[m.j]?.t !== ',' || toks[comma].t !== ',') return null;
  const named = subjectBefore(toks, comma, a);
  return named && named.kind === 'name' && named.j < comma - 1 && toks[named.j].t === ',' ? named : null;
}

/**
 * A mention that is no conjunct of a subject: a role that titles the name after it; one that holds a verb, a clause ("Johnson's agency declined to
 * comment"); a description with a preposition, whose "and" joins the preposition's objects ("A study by Michael
 * Greenstone and Thomas Covert of the University of Chicago and …", PolNeAR train, NYT 2016-03-03); a sentence adverb
 * read as a name ("Yet, …").
 */
function noConjunct(toks: Tok[], m: Mention): boolean {
  // ("Former prosecutor and New York City Mayor Rudy Giuliani": a role with no article is a title of the name after it)
  if (m.kind === 'description' && !DETERMINERS.has(toks[m.i].l) && !toks[m.i].poss && !/s$/.test(toks[m.j - 1].l)) return true;
  if (m.j - m.i === 1 && (NOT_NAME.has(toks[m.i].l) || CUE_CLAUSE_OPENERS.has(toks[m.i].l))) return true;
  // ("Through real-time analytics, reporters and editors know": an opening adjunct, capitalised as the sentence's first word)
  if (PREPOSITIONS.has(toks[m.i].l) || ADJUNCT_PREPOSITION.has(toks[m.i].l)) return true;
  for (let k = m.i; k < m.j; k++) {
    const t = toks[k];
    if (t.cap || t.punct) continue;
    if (AUX_OR_ADVERB.has(t.l) || CUES.has(t.l) || IRREGULAR_PAST.has(t.l) || isLongRegularPast(t.l)) return true;
    if (m.kind === 'description' && PREPOSITIONS.has(t.l)) return true;
  }
  return false;
}

/** Prepositions that open an adjunct, never a conjunct of a subject ("Through real-time analytics, …"). */
export const ADJUNCT_PREPOSITION = wordSet('through|during|after|before|despite|under|over|among|across|since|until|without|beyond|amid|following');
/** The most tokens of a party tag in parentheses ("(R-Texas)"). */
export const MAX_TAG = 6;
/** Words that open a conjunct's noun phrase before its name ("former Arkansas Gov. Mike Huckabee"). */
const NP_MODIFIERS = wordSet('former|then|fellow|current|the|both');
/**
 * Words after which a coordinated subject opens its clause ("But Trump and Cruz said", "where Sanders and his aides
 * believe"): the opening subordinators, the coordinators "and", "but", "so" and "that", "where", "whether".
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...OPENING_SUBORDINATORS, 'and', 'but', 'so', 'that', 'where', 'whether']);

const ALL_OTHER = wordSet('all|other');
const IN_OF_OUT = wordSet('in|of|out');
const AS_BY = wordSet('as|by');
/** The subject of the cue at token c, as the rules find it. */
/** The most words before the last one between a clause's "to" and the cue ("to | be | named", "to | her on | Thursday"). */
const CLAUSE_INFINITIVE_WORDS = 3;
/**
 * A "to" stands among the last words before the cue at c, no mark or capital between: an infinitive ends the clause
 * ("who did not want to be named | said") or the one it is said to ("the groups who wrote to her on Thursday | say",
 * PolNeAR train, HuffPost 2015-12-10, where no source was read).
 */
/**
 * The noun a relative clause qualifies where the clause ends on a name after "to" or "with", right before the cue: the
 * outlet or person spoken to is no reporter ("At Clementi MRT station on Tuesday, commuters who spoke to The Straits
 * Times said the penalty was welcome", a Straits Times-style probe, test/fixtures/outlets, was "Straits Times"; as the
 * clause opening the sentence reads already: "Current and former officials who spoke with The Huffington Post said the
 * organization has become a shell of itself", PolNeAR train, HuffPost 2016-08-01).
 */
function contactedName(toks: Tok[], c: number, from: number): Mention | null {
  const r = toks[c - 1]?.cap ? runAt(toks, c - 1) : null;
  let i = r && r.j === c ? r.i : -1;
  if (i > from && toks[i - 1].l === 'the') i--;
  return i - 1 > from && STRANDED_PREPOSITION.has(toks[i - 1].l) ? relativeClauseAntecedent(toks, c - 1, from) : null;
}

/**
 * The people or body a restrictive relative clause right before the cue at c qualifies, when the quote rules read no
 * subject there or read the clause itself: "Several farmers who sell it flour complained to the council that …" (read
 * none), "The union that represents bakery staff said it would seek talks" (read "that represents bakery staff", which
 * no source opens with), "But executives who run news organizations almost universally say that …" (PolNeAR train,
 * NYT 2016-04-18, read none). The noun before "who" or "that" is a word of people (isPluralPeopleNoun) or an article and
 * a body's word (ROLE_HINT); the clause's verb follows its relative word, and no "and" or "but" joins a second verb to
 * it before the cue. Null otherwise.
 */
function peopleBeforeRelative(toks: Tok[], c: number, from: number): Mention | null {
  const m = relativeClauseAntecedent(toks, c - 1, from);
  const head = m ? toks[m.j - 1] : undefined;
  // (the clause's own verb right after its relative word, no auxiliary or adverb the cue's: "superdelegates who have not
  // yet announced", "The Romanian hacker who first revealed" are the cue's own clause)
  const verb = m ? toks[m.j + 1] : undefined;
  if (!m || !head || !verb || head.cap || AUX_OR_ADVERB.has(verb.l) || looksAdverb(verb.l) || m.j + 2 >= c) return null;
  // (a second verb the clause coordinates is the clause's, not the cue's subject's: "assistants … who flirt with their
  // bosses and let them think", "one of two witnesses who relayed the same story but didn't want", PolNeAR train)
  for (let k = m.j + 1; k < c; k++) if (AND_BUT.has(toks[k].l)) return null;
  // (a body's word only right after its article, "The union that represents …": not "a more traditional presidential
  // demeanor that social scientists say", whose "that" opens no relative clause)
  return isPluralPeopleNoun(head.l) || (m.j - m.i === 2 && ARTICLES.has(toks[m.i].l) && ROLE_HINT.test(head.l)) ? m : null;
}

function infinitiveEnds(toks: Tok[], c: number): boolean {
  for (let k = c - 2; k >= c - 1 - CLAUSE_INFINITIVE_WORDS && k >= 0; k--) {
    if (toks[k].punct || toks[k].cap) return false;
    if (toks[k].l === 'to') return true;
  }
  return false;
}

/**
 * The reporter of the cue at c, read back from it: past a mark, an aside or a coordinator before the cue, an
 * infinitive's "to", a party tag or an auxiliary and its phrase of time; else the subject that ends right before it.
 */
function cueSubject(ctx: SentenceContext, c: number): Mention | null {
  const { toks, a } = ctx;
  const prev = toks[c - 1];
  if (!prev || c <= a) return null;
  if (PASSIVE_AUXILIARIES.has(prev.l) && /(?:ed|en|wn|ld)$/.test(toks[c].l)) return null;
  // ("the name of Mr. Pinchuk, ⟨described⟩ as one of Ukraine's …": a participle after a comma that "as" or "by" follows is a passive)
  if (prev.t === ',' && /ed$/.test(toks[c].l) && AS_BY.has(toks[c + 1]?.l ?? '')) return null;
  const owned = ownerOfNounCue(toks, a, c);
  if (owned) return owned;
  const aside = pastAside(ctx, c);
  if (aside) return aside;
  // (", with allies of the Chancellor warning that …": an absolute phrase's own subject)
  const absolute = withSubject(ctx, c);
  if (absolute) return absolute;
  if (toks[c].l.endsWith('ing') && prev.t === ',') return participleSubject(ctx, c);
  // ("Marco Rubio flipped his choice on the spot – ⟨saying⟩ he was rooting for Peyton Manning …", "… with the DNC — ⟨saying⟩
  // the Sanders campaign chose not to accept the same help", PolNeAR train, Breitbart 2016-02-06, Politico 2016-04-20: a
  // dash before "saying" sets it off as a comma does; not any participle, "its recent naming convention - ⟨adding⟩ one
  // digit … - does not seem …" is a gerund's subject)
  if (toks[c].l === 'saying' && DASH_TOKENS.has(prev.t)) return participleSubject(ctx, c);
  // ("Sheppard presented a message about healing and forgiveness ⟨before⟩ explaining why she stands behind Clinton",
  // "… after telling his aides he planned …", PolNeAR train: a participle of saying after a preposition of time or
  // means goes on from the clause's subject, never the object before it)
  // (a means in a relative clause is its relative pronoun's, PolNeAR's Source there: "Donald J. Trump, ⟨who⟩ last week
  // injected a volatile new element into the race by questioning …", meansRelative)
  const means = meansGerund(toks, c);
  // (and a stance gerund, after its preposition that opens the sentence too: "Besides attacking ⟦the former president⟧,
  // …, Mr. Trump …", objectCue.ts timeStance)
  const stance = stanceAfterPreposition(toks, a, c);
  if ((TAIL_PARTICIPLES.test(toks[c].l) && TIME_OR_MEANS_PREPOSITIONS.has(prev.l) && !prev.cap) || stance || means) return (means || stance ? meansRelative(toks, a, c) : null) ?? participleSubject(ctx, c);
  // (", falsely suggesting that …": an adverb before the participle)
  if (toks[c].l.endsWith('ing') && looksAdverb(prev.l) && toks[c - 2]?.t === ',') return participleSubject(ctx, c - 1);
  // "China … should reduce its patrols and said …": a coordinated verb's subject is the sentence's
  // ("Clinton has expressed concerns but has said …": past the auxiliaries of the second verb)
  // (and past an adverb of manner or "even": "… appeared with MSNBC's Rachel Maddow and officially endorsed Clinton",
  // "mocking his famous appearance during the Iraq war and pointedly saying …")
  let conj = c - 1;
  while (conj > a && conj > c - 4 && (AUX_OR_ADVERB.has(toks[conj].l) || (!toks[conj].cap && (looksAdverb(toks[conj].l) || (CUE_ADVERBS.has(toks[conj].l) && AND_BUT.has(toks[conj - 1]?.l ?? '')) || superlativeAdverb(toks, conj))))) conj--;
  // ("Scott has freed up $26 million in state funds to address the problem and ⟨on Monday⟩ announced …", PolNeAR train,
  // Politico 2016-08-23, was "the problem": a day or a phrase of time between "and" and a verb with tense)
  if (!toks[c].l.endsWith('ing')) {
    const time = WEEKDAYS.has(toks[conj].l) && toks[conj - 1]?.l === 'on' ? conj - 1 : timeBeforeCue(toks, a, conj + 1);
    if (time > a + 1 && AND_BUT.has(toks[time - 1].l)) conj = time - 1;
  }
  // ("…, calling them rapists and vowing to make Mexico pay …": a participle after "and" has the subject of the one
  // after the comma before it)
  const first = toks[conj].l === 'and' && toks[c].l.endsWith('ing') ? commaParticiple(toks, a, conj) : -1;
  if (first > 0) return participleSubject(ctx, first);
  // ("Kasich jokingly offered the man a job as Secretary of Defense, ⟨then⟩ says he’ll welcome advice …", PolNeAR train,
  // Breitbart 2016-02-08: ", then" joins a second verb of saying as "and" does; not any verb, "she told a cheering crowd,
  // then referred to ⟦Trump's signature campaign slogan⟧", USA Today 2016-03-02, is in no gold attribution)
  const then = toks[conj].l === 'then' && toks[conj - 1]?.t === ',' && FINITE_SAY_TELL_FORMS.has(toks[c].l);
  if (toks[conj].l === 'and' || toks[conj].l === 'but' || then) return firstOutsideQuotes(ctx, [() => relativeOfInvertedCue(toks, conj, ctx.a), () => openerName(ctx, c), () => openingSubject(ctx, conj), () => firstVerbSubject(ctx, conj), () => mainClauseSubject(ctx, conj)]);
  // (a cue with tense after a stranded "to" or "with" closes a relative clause with no relative word: its noun is the
  // source, "most of the kids CBC Kids News talked to said …")
  const contact = STRANDED_PREPOSITION.has(prev.l) ? contactClauseAntecedent(ctx, c) : null;
  if (contact) return contact;
  if (prev.l === 'to') return infinitiveSubject(ctx, c);
  // ("many Democrats would be ⟨asking⟩ him to step aside", "Democratic party leaders are increasingly ⟨admitting⟩ that
  // …": a progressive's "be" after a modal, or an adverb after its form of "be", which the subject readers take for a
  // passive's)
  const be = progressiveBe(toks, a, c);
  if (be > 0) return subjectEndingBefore(ctx, be);
  // ("Mr. Trump has lately started ⟨asking⟩ his supporters to …", "Sen. Ron Johnson (R-Wis.) kept ⟨asking⟩ …": a gerund
  // after a verb of beginning or going on has that verb's subject)
  // (not a description that a preposition opens: "which in NHL years means people have started asking …", a Toronto
  // Star-style probe, read no subject)
  const aspect = aspectBefore(toks, a, c);
  if (aspect > 0) {
    const m = cueSubject(ctx, aspect);
    return m && m.kind === 'description' && m.i > a && PREPOSITIONS.has(toks[m.i - 1].l) ? null : m;
  }
  // "Sen. Rand Paul (R-Ky.) said": past a party tag in parentheses (and a time after it: "(D-Calif.) last week said")
  const tag = partyTagEnd(toks, a, c);
  if (tag >= 0) {
    let o = tag - 1;
    while (o > a && o > tag - PARTY_TAG_REACH && toks[o].t !== '(') o--;
    if (toks[o]?.t === '(') return subjectBefore(toks, o - 1, a);
  }
  // ("Marley Anderson, 21, a junior from Las Vegas, said": past an apposition the quote rules do not read, the
  // sentence's opening name)
  // ("Trump isn’t saying": past a negated auxiliary, which the quote rules would read as part of a description)
  if (NEGATED_AUX.test(prev.l) && c - 2 >= a) {
    const m = subjectBefore(toks, c - 2, a);
    if (m) return m;
  }
  // ("And they are hoping to infuse Playbook …", "pro-life members of the Democrat Party are denouncing …", PolNeAR
  // train: "are" or "am" before the cue, which the quote rules' subject reader does not pass, as it passes "is" and "were")
  if (ARE_AM.has(prev.l) && c - 2 >= a) {
    const m = subjectEndingBefore(ctx, c - 1);
    if (m) return m;
  }
  // ("Democrats have in the past said", "Republican leaders have in recent weeks said": the subject before a phrase of
  // time after the auxiliary)
  const aux = auxBeforeTimePhrase(toks, a, c);
  if (aux > 0) {
    const m = subjectBefore(toks, aux - 1, a);
    if (m && m.j === aux) return phraseHead(ctx, m);
    // ("Gore’s close friends and allies have in the past said": a subject the quote rules do not read, whole)
    const whole = wholeSubject(ctx, aux);
    if (whole) return whole;
  }
  // ("surveys of New Hampshire Republican primary voters late last week ⟨indicated⟩ that …", "senior Clinton campaign
  // officials this week ⟨detailed⟩ …": a phrase of time between the subject and its verb, when no subject ends at the cue)
  const time = timeBeforeCue(toks, a, c);
  return subjectEndingBefore(ctx, c) ?? (time > 0 ? subjectEndingBefore(ctx, time) : null) ?? seriesSubject(ctx, c);
}

/**
 * The owner of a possessive pronoun or a name's possessive (a speech noun's, ./speechNoun.ts), as a mention; null for
 * any other word at o.
 */
export function ownerMention(toks: Tok[], o: number): Mention | null {
  const owner = toks[o];
  if (THIRD_PERSON_POSSESSIVES.has(owner.l)) return { s: owner.s, e: owner.e, kind: 'pronoun', i: o, j: o + 1 };
  if (!owner.poss || !owner.cap) return null;
  const r = runAt(toks, o);
  return r && r.j === o + 1 ? { s: toks[r.i].s, e: wordEnd(owner), kind: 'name', i: r.i, j: r.j } : null;
}

/**
 * A cue that is a plural speech or thought noun after its owner, right before it or past one adjective, is no verb:
 * its source is the owner ("rather than publicly challenging ⟨Trump⟩'s claims", "to apologize for ⟨his⟩ recent comments
 * on guns", PolNeAR train, whose sources were the words before the owner back to a comma or the verb before them).
 */
export function ownerOfNounCue(toks: Tok[], a: number, c: number): Mention | null {
  if (!inClass(toks[c], SPEECH_NOUN | THOUGHT_NOUN) || !endsInS(toks[c].l)) return null;
  const o = toks[c - 1].poss || THIRD_PERSON_POSSESSIVES.has(toks[c - 1].l) ? c - 1 : isAdjective(toks[c - 1].t) ? c - 2 : -1;
  return o >= a ? ownerMention(toks, o) : null;
}

/** The subject of a verb in the past after a comma, the next of a series (seriesFirstVerb): its first verb's; null when there is none. */
function seriesSubject(ctx: SentenceContext, c: number): Mention | null {
  const { toks, a } = ctx;
  if (toks[c - 1]?.t !== ',' || toks[c].cap || !pastVerb(toks[c])) return null;
  const first = seriesFirstVerb(toks, a, c - 1);
  // (not a participle set off after its noun, "An article …, based on accounts from law enforcement officials, reported
  // that …", "A legal opinion drafted for the project …, and obtained by AP, concluded that …": the subject is the noun's)
  if (first <= a || toks[first - 1].punct || (AND_OR.has(toks[first - 1].l) && toks[first - 2]?.t === ',')) return null;
  // (the first verb reports too: "Mr. Obama spoke Hebrew, quoted the Talmud and visited …" lists what he did)
  if (!(CUES.has(toks[first].l) || OBJECT_VERBS.has(toks[first].l))) return null;
  return cueSubject(ctx, first);
}

/**
 * The subject before a phrase of time that ends right before the verb at v ("⟨Police⟩ had last month charged Corey
 * Lewandowski after determining that …", PolNeAR train, Breitbart 2016-04-14: was the object after the verb); null
 * when there is none.
 */
function subjectPastTime(toks: Tok[], a: number, v: number): Mention | null {
  const time = timeBeforeCue(toks, a, v);
  return time > 0 ? subjectBefore(toks, time - 1, a) : null;
}

/** The token of a verb of ASPECT_VERBS right before the cue at c, a gerund; -1 when none. */
function aspectBefore(toks: Tok[], a: number, c: number): number {
  const v = c - 1;
  return v > a && !toks[c].cap && toks[c].l.endsWith('ing') && !toks[v].cap && ASPECT_VERBS.has(toks[v].l) ? v : -1;
}

/**
 * The token before a phrase of time that ends at k, no further back than a: "Wednesday", "on Monday", "Thursday night",
 * "this week", "last month", "in 2013"; k when none ends there.
 */
export function beforeTimePhrase(toks: Tok[], a: number, k: number): number {
  let j = k;
  if (PARTS_OF_DAY.has(toks[j].l) && WEEKDAYS.has(toks[j - 1]?.l ?? '')) j--;
  if (WEEKDAYS.has(toks[j].l)) j--;
  else if (LAST_PERIODS.has(toks[j].l) && !toks[j].cap && LAST_THIS.has(toks[j - 1]?.l ?? '')) j -= 2;
  else if (/^(?:19|20)\d\d$/.test(toks[j].t) && toks[j - 1]?.l === 'in') j -= 2;
  else return k;
  if (toks[j]?.l === 'on' && toks[j + 1] && WEEKDAYS.has(toks[j + 1].l)) j--;
  return j > a ? j : k;
}

/** Words before the "last" or "this" of a phrase of time ("⟨late⟩ last week", "⟨earlier⟩ this year"). */
const TIME_LEAD = wordSet('late|early|earlier|later');

/**
 * The first token of a phrase of time that ends right before the cue at c ("late last week", "this past week",
 * "earlier this year"), or -1.
 */
function timeBeforeCue(toks: Tok[], a: number, c: number): number {
  let k = c - 1;
  // (not a participle's: "sent a letter this week ⟨urging⟩ …" goes on from the clause's subject, not the object before it)
  if (k - 1 <= a || toks[k].cap || !LAST_PERIODS.has(toks[k].l) || toks[c].l.endsWith('ing')) return -1;
  k--;
  // ("this past week")
  if (toks[k].l === 'past' && toks[k - 1]?.l === 'this') k--;
  if (toks[k].cap || !LAST_THIS.has(toks[k].l)) return -1;
  if (k - 1 > a && TIME_LEAD.has(toks[k - 1].l)) k--;
  return k > a ? k : -1;
}

/** "are" and "am", the forms of "be" before a cue that the quote rules' subject reader does not pass. */
const ARE_AM = wordSet('are|am');

/** The most adverbs between a progressive's "be" and its participle ("are ⟨gently⟩ urging"). */
const MAX_PROGRESSIVE_ADVERBS = 2;

/**
 * The token before the lower-case adverbs, MAX_PROGRESSIVE_ADVERBS at most, right before the participle at c, where a
 * progressive's "be" stands ("⟨are⟩ gently urging"), no further back than a.
 */
export function beforeProgressiveAdverbs(toks: Tok[], a: number, c: number): number {
  let k = c - 1;
  while (k > a && k >= c - MAX_PROGRESSIVE_ADVERBS && !toks[k].cap && looksAdverb(toks[k].l)) k--;
  return k;
}

/**
 * The token of the form of "be" of a progressive whose participle is the cue at c, when the subject readers would not
 * read past it: a bare "be" after a modal ("would be asking"), or a form of "be" and an adverb ("are increasingly
 * admitting", "is currently pushing"); -1 otherwise.
 */
function progressiveBe(toks: Tok[], a: number, c: number): number {
  if (toks[c].cap || !toks[c].l.endsWith('ing')) return -1;
  const k = beforeProgressiveAdverbs(toks, a, c);
  const t = toks[k];
  if (k <= a || t.cap || !BE_AND_FORMS.has(t.l) || t.l === 'being') return -1;
  return t.l === 'be' || k < c - 1 ? k : -1;
}

/**
 * The subject of an infinitive cue at c ("That stand allows Putin ⟨to⟩ tell …"): the name right before "to", else the
 * infinitive's controller or the sentence's opener.
 */
function infinitiveSubject(ctx: SentenceContext, c: number): Mention | null {
  const { toks, a } = ctx;
  const r = toks[c - 2]?.cap && !toks[c - 2].poss ? runAt(toks, c - 2) : null;
  // ("his critics … denounced him, rushing to TV to say he did NOT represent …", "Clinton took to Twitter to say",
  // PolNeAR train, Breitbart 2016-05-04 and 2016-02-20: the name is where the verb of going before it went, and the
  // infinitive is that verb's subject's)
  if (r && r.j === c - 1 && r.i - 2 > a && PREPOSITIONS.has(toks[r.i - 1].l) && GOING_TO.has(toks[r.i - 2].l)) return reporterOf(ctx, r.i - 2);
  if (r && r.j === c - 1 && r.i >= a) return { s: toks[r.i].s, e: toks[r.j - 1].e, kind: 'name', i: r.i, j: r.j };
  return controllerOf(ctx, c - 2) ?? sentenceOpener(toks, a, c);
}

/**
 * The subject that ends right before the cue at c, once cueSubject has read the cases of a mark, a coordinator, an
 * infinitive, a party tag or an auxiliary before it: the subject phrase read back from the cue and its head, or the
 * sentence's subject where that phrase is an adjunct or none is read.
 */
function subjectEndingBefore(ctx: SentenceContext, c: number): Mention | null {
  const { toks, a } = ctx;
  const prev = toks[c - 1];
  // (the subject before the cue, or the noun a relative clause ending on an infinitive or a "to" phrase qualifies, where no subject ends before the
  // cue: "A neighbour who did not want to be named said she heard …", a CTV-style probe, as the quote rules read it;
  // never past a dateline's dash: "PHILADELPHIA ― Felicia Sanders and Polly Sheppard, two of the three people who
  // survived …, last year, made an impassioned call for …" is no apposition of the place's)
  const from = afterDateline(toks, a, c);
  const main = participleAfterIntransitive(ctx, c);
  if (main) return main;
  // ("The Cruz campaign sent a fundraising email ⟨Wednesday⟩ saying that …", "sent a letter ⟨this week⟩ urging Congress
  // to …": a phrase of time between the object and its participle, which goes on from the clause's subject)
  const timed = toks[c].l.endsWith('ing') ? beforeTimePhrase(toks, from, c - 1) : c - 1;
  if (timed < c - 1) {
    const object = subjectBefore(toks, timed, from);
    const issuer = object && object.j === timed + 1 ? participleAfterObject(ctx, c, object) : null;
    if (issuer) return issuer;
  }
  const read = pastSubordinator(toks, contactedName(toks, c, from) ?? subjectBefore(toks, c - 1, from));
  const before = read && (read.j - read.i < 2 || toks[read.i].l !== 'that') ? read : (infinitiveEnds(toks, c) ? relativeClauseAntecedent(toks, c - 1, from) : peopleBeforeRelative(toks, c, from)) ?? read;
  if (before && campusAfterBody(ctx, before, c)) return subjectEndingBefore(ctx, before.i - 1);
  // (a document's noun opening the sentence, capitalised there, before "from" and its issuer: the whole phrase, whose
  // issuer the people stage reads, or the phrase as written where it names none — "Data from the Harbin municipal bureau
  // of commerce showed that …", a Xinhua-style probe, test/fixtures/outlets cn-xinhua-harbin-winter-greenhouse-vegetables.txt,
  // and "Figures from the Lower Silesian voivodeship office show that …", a Notes from Poland-style probe,
  // pl-notesfrompoland-klodzko-flood-aid.txt, were the one word "Data", "Figures", read as a name)
  if (before && before.kind === 'name' && before.j - before.i === 1 && before.i === contentStart(ctx) && toks[before.j]?.l === 'from' && isDocumentNoun(toks[before.i].l)) return wholeSubject(ctx, c) ?? before;
  // ("Six in 10 Virginia Democratic primary voters said": a number word the quote rules read as a name opens a share)
  if (before && before.kind === 'name' && before.j - before.i === 1 && isQuantity(toks[before.i].l) && IN_OF_OUT.has(toks[before.j]?.l ?? '')) {
    return quantitySubject(ctx, c) ?? wholeSubject(ctx, c) ?? before;
  }
  // ("is supporting Sanders as a superdelegate and in a statement credited him": "and" and an adjunct before a second
  // verb, whose subject is the sentence's)
  const and = before ? adjunctAfterAnd(toks, before) : -1;
  if (and > 0) return openerName(ctx, c) ?? openingSubject(ctx, and) ?? firstVerbSubject(ctx, and) ?? mainClauseSubject(ctx, and);
  // ("… obtained by Citizens United, the conservative advocacy group, through public records lawsuits shows": an
  // adjunct is no subject; the clause's subject, if one is read, else none)
  if (before && !toks[before.i].cap && (ADJUNCT_PREPOSITION.has(toks[before.i].l) || PREPOSITIONS.has(toks[before.i].l))) return mainClauseSubject(ctx, c);
  if (before) {
    const listed = placeListSubject(ctx, c, before);
    if (listed) return listed;
    const object = participleAfterObject(ctx, c, before);
    if (object) return object;
    const head = relativeAntecedent(ctx, before, c) ?? phraseHead(ctx, before);
    // ("Large majorities of Republican primary voters in six states going to the polls on ⟨Super Tuesday⟩ said", "A
    // letter to ⟨platform committee members⟩ calls for": the subject found is a preposition's object deep inside the
    // noun phrase that opens the clause, too far for phraseHead — the whole phrase is the source)
    // ("The new poll of voters in all ⟨50 states⟩ revealed", "A review by The ⟨Times⟩ shows": past a word between the
    // preposition and its object)
    // ("Snow crab fishers on ⟨Quebec's⟩ Gaspé Peninsula say", a CBC-style fixture: past a place's possessive)
    const link = before.i - 1 > a && (ALL_OTHER.has(toks[before.i - 1].t) || toks[before.i - 1].t === 'The') ? before.i - 2 : pastPlacePossessive(toks, before.i, a) - 1;
    if (head !== before) return head;
    return (PREPOSITIONS.has(toks[link]?.l ?? '') ? wholeSubject(ctx, c) : null) ?? peopleBeforePlace(ctx, c, before) ?? postModifiedSubject(ctx, c, before) ?? head;
  }
  const adjunct = coordinatorBeforeAdjunct(toks, a, c);
  if (adjunct > 0) return openerName(ctx, c) ?? openingSubject(ctx, adjunct) ?? mainClauseSubject(ctx, adjunct);
  return quantitySubject(ctx, c) ?? (prev.t === ',' && CUES.has(toks[c].l) ? sentenceOpener(toks, a, c) : null) ?? pastPhrase(ctx, c) ?? wholeSubject(ctx, c) ?? peopleAfterOpener(ctx, c);
}

/**
 * The subject read before a cue, or its words after a subordinator inside it: "lawmakers accused each other of
 * playing politics with a looming public health crisis while ⟨doctors and medical experts⟩ warned of …" (PolNeAR train,
 * Washington Post 2016-06-29: was "a looming public health crisis while doctors and medical experts"); a subordinator
 * opens a clause whose subject is the words after it. The look-back is the mention's own tokens.
 */
function pastSubordinator(toks: Tok[], read: Mention | null): Mention | null {
  if (!read || read.kind !== 'description') return read;
  for (let k = read.j - 2; k > read.i; k--) {
    if (CLAUSE_ONLY_SUBORDINATORS.has(toks[k].l) && !toks[k].cap) return { ...read, s: toks[k + 1].s, i: k + 1 };
  }
  return read;
}

/** The prepositions that tie a person to the body they work at ("DeLong ⟨of⟩ the University of California"). */
const OF_AT = wordSet('of|at');
/** The most tokens of a campus or a city set after a body's name ("the University of California, ⟨Berkeley⟩"). */
const MAX_CAMPUS = 3;

/**
 * The name m right before the cue at c is the campus or the city of the body named before its comma, not the subject:
 * "Stephen S. Cohen and J. Bradford DeLong of the University of California, ⟨Berkeley⟩ suggest …" (PolNeAR train, NYT
 * 2016-03-16: was "Berkeley"); the subject is read as if the cue stood at the comma.
 */
function campusAfterBody(ctx: SentenceContext, m: Mention, c: number): boolean {
  const { toks, text, a } = ctx;
  const comma = m.i - 1;
  if (m.kind !== 'name' || m.j !== c || m.j - m.i > MAX_CAMPUS || comma - 1 <= a || toks[comma].t !== ',' || !toks[comma - 1].cap) return false;
  const body = runAt(toks, comma - 1);
  if (!body || body.j !== comma || kindOfName(text.slice(toks[body.i].s, toks[body.j - 1].e)) !== 'organization') return false;
  // (the body is a named person's, after "of" or "at": not "In an interview with CNN, Trump said", where the name after
  // the comma is the subject)
  const p = toks[body.i - 1]?.l === 'the' ? body.i - 2 : body.i - 1;
  if (p - 1 <= a || !OF_AT.has(toks[p].l) || toks[p].cap || !toks[p - 1].cap || toks[p - 1].punct) return false;
  const kind = kindOfName(text.slice(m.s, m.e));
  return kind !== 'person' && kind !== 'organization';
}

/** Prepositions of a sentence's opening phrase whose object stands beside the subject, never as it ("⟨Like⟩ Reid, …"). */
const BESIDE_OPENERS = wordSet('like|unlike|besides');

/**
 * The subject after the comma that closes an opening "In addition to X," (or "Like X,", "Unlike X,", "Besides X,") when
 * the subject found is X: "In addition to Mr. Regalado, ⟨two Republican members of Congress from Florida⟩, Ileana
 * Ros-Lehtinen and Carlos Curbelo, have said …" (PolNeAR train, NYT 2016-05-31: was "Mr. Regalado", the names after
 * read as his appositions). Null when m is no such object or no subject opens after the comma.
 */
function besideOpener(ctx: SentenceContext, m: Mention, c: number): Mention | null {
  const { toks, a } = ctx;
  if (m.kind === 'pronoun' || toks[m.j]?.t !== ',' || m.j + 1 >= c) return null;
  const added = m.i - 3 === a && toks[a].l === 'in' && toks[a + 1].l === 'addition' && toks[a + 2].l === 'to';
  if (!added && !(m.i - 1 === a && BESIDE_OPENERS.has(toks[a].l))) return null;
  return subjectAfter(toks, m.j + 1, c);
}

/**
 * The sentence's subject when the subject found is the object of "like" or "unlike" right after "and" or "but", a
 * coordinated verb's adjunct: "⟨Hunter⟩ represents a district in San Diego, and like Trump has spoken about the need for
 * tighter border control" (PolNeAR train, HuffPost 2016-02-24, was "Trump"). Null when m is no such object.
 */
function besideAfterAnd(ctx: SentenceContext, m: Mention, c: number): Mention | null {
  const { toks } = ctx;
  const like = toks[m.i - 1], conj = m.i - 2;
  if (m.kind === 'pronoun' || !like || like.cap || !BESIDE_OPENERS.has(like.l) || !AND_BUT.has(toks[conj]?.l ?? '') || toks.slice(m.j, c).some(t => t.punct)) return null;
  return openingSubject(ctx, conj) ?? firstVerbSubject(ctx, conj) ?? mainClauseSubject(ctx, conj);
}

/** The most tokens of a date before a year opening a subject ("A ⟨Sept. 15,⟩ 2011 email"). */
const DATE_BEFORE_YEAR = 3;

/**
 * A subject m that opens with a year after a month, a day and a comma, whole with its date and article: "⟨A Sept. 15,
 * 2011 email⟩ shows State sent 10 of Clinton's senior staffers …" (PolNeAR train, Politico 2015-12-31: was "2011
 * email", cut at the date's comma). Null when m opens otherwise.
 */
function datedSubject(toks: Tok[], m: Mention, a: number): Mention | null {
  const k = m.i - DATE_BEFORE_YEAR;
  if (k < a || !/^\d{4}$/.test(toks[m.i].t) || toks[m.i - 1].t !== ',' || !/^\d{1,2}$/.test(toks[m.i - 2].t)) return null;
  const month = withoutFinalPeriod(toks[k].l);
  if (!MONTHS_OR_ABBREVIATIONS.has(month)) return null;
  const i = k - 1 >= a && ARTICLES.has(toks[k - 1].l) ? k - 1 : k;
  return { ...m, s: toks[i].s, i, kind: 'description' };
}

/**
 * The noun a relative clause with no relative word qualifies, the clause ending on a stranded preposition right before
 * the cue at c: its subject a name or a pronoun, its verb in the past ("Three months later, most of the kids ⟨CBC Kids
 * News talked to⟩ said they don't mind the rule", a CBC Kids News-style probe, where the source was "Three", read as an
 * infinitive's sentence subject; "Don't ignore the letter, every expert ⟨we spoke with⟩ said.", a HuffPost
 * Canada-style probe, where it was missed; no PolNeAR train case), with the clause, as a reader copies it. Null when the
 * words before c are not so.
 */
function contactClauseAntecedent(ctx: SentenceContext, c: number): Mention | null {
  const { toks, a } = ctx;
  const verb = toks[c - 2];
  // (a cue with tense: "Lewandowski continued to assert", PolNeAR train, is an infinitive's)
  if (!finite(toks[c]) && !presentTense(toks[c])) return null;
  if (!verb || c - 2 <= a || verb.cap || !pastVerb(verb)) return null;
  const inner = toks[c - 3]?.cap ? runAt(toks, c - 3) : null;
  const start = inner && inner.j === c - 2 ? inner.i : NOMINATIVE_PRONOUNS.has(toks[c - 3]?.l ?? '') ? c - 3 : -1;
  if (start - 1 <= a) return null;
  const m = subjectBefore(toks, start - 1, afterDateline(toks, a, c));
  if (!m || m.j !== start || m.kind === 'pronoun') return null;
  // (the noun phrase whole, its clause too, as a reader copies it: "every expert we spoke with")
  const head = phraseHead(ctx, m);
  return { s: head.s, e: toks[c - 1].e, kind: 'description', i: head.i, j: c, head: head.head ?? toks[m.j - 1].l };
}

/** The most words of an adjunct between a coordinator and a second verb ("but ⟨in a later interview⟩ said"). */
const MAX_COORDINATED_ADJUNCT = 6;

/**
 * The "and" or "but" before a phrase of a preposition that the cue at c follows, the second of two coordinated verbs:
 * "The employee first said he did not recall making deletions …, ⟨but⟩ in a later interview said he had an "Oh, s---"
 * moment …" (PolNeAR train, Washington Post 2016-09-07). The phrase is lower case, with no mark, verb or cue in it.
 * -1 when there is none.
 */
function coordinatorBeforeAdjunct(toks: Tok[], a: number, c: number): number {
  for (let k = c - 1; k > a + 1 && k >= c - MAX_COORDINATED_ADJUNCT; k--) {
    const t = toks[k];
    if (t.punct || t.cap || CUES.has(t.l) || AUX_OR_ADVERB.has(t.l) || finite(t)) return -1;
    if (k < c - 1 && (PREPOSITIONS.has(t.l) || ADJUNCT_PREPOSITION.has(t.l))) return toks[k - 1].l === 'and' || toks[k - 1].l === 'but' ? k - 1 : -1;
  }
  return -1;
}

/** How many words a group of people after a clause's opening may take ("politicians and activists"). */
const MAX_PEOPLE_WORDS = 4;

/**
 * "As Western Europe's most populous nation grapples with …, ⟨politicians⟩ and activists are decrying a rash of
 * incendiary speech …" (PolNeAR train): a plural noun of people right before the cue (past its auxiliaries and
 * adverbs) whose phrase opens its clause after a comma or a clause's opening word, lower case all through. Not a
 * noun of no people ("although history says there can be …", no attribution of anyone's).
 */
function peopleAfterOpener(ctx: SentenceContext, c: number): Mention | null {
  const { toks, a } = ctx;
  let v = c;
  while (v - 1 > a && (AUX_OR_ADVERB.has(toks[v - 1].l) || looksAdverb(toks[v - 1].l))) v--;
  const head = toks[v - 1];
  if (v - 1 <= a || head.cap || head.punct || !isPluralPeopleNoun(head.l)) return null;
  let i = v - 1;
  while (i - 1 > a && i > v - MAX_PEOPLE_WORDS && !toks[i - 1].punct && !toks[i - 1].cap && !CUE_CLAUSE_OPENERS.has(toks[i - 1].l) && !CUES.has(toks[i - 1].l) && !finite(toks[i - 1]) && !PREPOSITIONS.has(toks[i - 1].l)) i--;
  const before = toks[i - 1];
  if (!before || !(before.t === ',' || CUE_CLAUSE_OPENERS.has(before.l))) return null;
  return { s: toks[i].s, e: head.e, kind: 'description', i, j: v, head: head.l };
}

/**
 * A participle right after the object of the main clause's verb reports for that clause's subject, not for the
 * object: "The St. Paul City Council on Wednesday approved ⟨a resolution⟩ condemning …", "His office put out ⟨a
 * statement⟩ saying the U.S. …", "Trump fired back ⟨a response⟩ saying he would not support …", "Texas Sen. Ted Cruz
 * is making ⟨a pitch to New York voters⟩ saying …". Null when the noun phrase before the participle follows no verb with
 * tense, a verb of issuing before its particle ("put out", issuedOut) or a progressive's participle ("is making",
 * progressive).
 */
function participleAfterObject(ctx: SentenceContext, c: number, before: Mention): Mention | null {
  const { toks, a } = ctx;
  if (!toks[c].l.endsWith('ing')) return null;
  let v = before.i - 1;
  // ("Sanders was on ⟨CNN⟩ talking about …", "Forbes shot back in ⟨an article⟩ stating …", "he went on ⟨the record⟩
  // endorsing …": the place or the medium of the verb before, a preposition's object, is no reporter)
  if (v - 1 > a && MEDIUM_PREPOSITION.has(toks[v].l) && !toks[v].cap) {
    const u = VERB_PARTICLES.has(toks[v - 1].l) && v - 2 > a ? v - 2 : v - 1;
    if (!finite(toks[u]) || (AUX_OR_ADVERB.has(toks[u].l) && !IS_ARE_WAS_WERE.has(toks[u].l))) return null;
    const m = subjectBefore(toks, u - 1, a);
    return m && m.j === u ? m : mainClauseSubject(ctx, u + 1);
  }
  if (toks[before.i].cap || before.kind === 'name') return null;
  // ("Clinton spent ⟨much of⟩ the run-up to the Nevada caucuses portraying …": the share of the object before its "of")
  if (v - 1 > a && toks[v].l === 'of') {
    v--;
    while (v > a && !toks[v].cap && (OBJECT_SHARE.has(toks[v].l) || DETERMINERS.has(toks[v].l))) v--;
    if (v === before.i - 2) return null;
  }
  const particle = v > a && VERB_PARTICLES.has(toks[v].l);
  if (particle) v--;
  if (v <= a || !(finite(toks[v]) || issuedOut(toks, v, particle) || progressive(toks, v, a)) || AUX_OR_ADVERB.has(toks[v].l)) return null;
  // (the subject right before a verb that finite() leaves as a base form: "His office put out")
  const m = finite(toks[v]) ? null : subjectBefore(toks, v - 1, a);
  return m && m.j === v ? m : mainClauseSubject(ctx, v + 1);
}
/**
 * A verb of putting a document out before its particle, which finite() leaves as a base form: "His office ⟨put⟩ out a
 * statement saying …" (PolNeAR train, HuffPost 2016-07-26).
 */
const issuedOut = (toks: Tok[], v: number, particle: boolean): boolean => particle && ISSUING_VERBS.has(toks[v].l);
/** A verb in -ing after "is", "are", "was" or "were": "Texas Sen. Ted Cruz is ⟨making⟩ a pitch to New York voters saying …" (PolNeAR train, Breitbart 2016-04-14). */
const progressive = (toks: Tok[], v: number, a: number): boolean => v - 1 > a && toks[v].l.endsWith('ing') && IS_ARE_WAS_WERE.has(toks[v - 1].l);

/** Prepositions of the place or the medium a verb's subject speaks in ("was ⟨on⟩ CNN talking", "shot back ⟨in⟩ an article stating"). */
const MEDIUM_PREPOSITION = wordSet('on|in|at');
/** Words for a share of an object before its "of" ("spent ⟨much⟩ of the run-up", "spent ⟨most⟩ of the day"). */
const OBJECT_SHARE = wordSet('much|most|part|parts|some|all|many|half|rest|bulk|each|one|none|any|several');

/**
 * The name that opens the sentence, as the quote rules read it, unless it is the capitalised first word of a
 * description ("⟨Nuclear⟩ proliferation experts have similarly discounted …, but have speculated that …": a lone
 * word that a lower-case noun follows).
 */
function openerName(ctx: SentenceContext, c: number): Mention | null {
  const { toks, a } = ctx;
  const m = sentenceOpener(toks, a, c);
  return m && m.j - m.i === 1 && m.i === contentStart(ctx) && describedAfter(toks, m.j) ? null : m;
}

/**
 * The capitalised word before token j is the first word of a description, not a name: a lower-case word, a plural
 * noun and a verb follow ("Nuclear | proliferation experts have", "Patient | advocacy groups note") — not "Sanders
 * often questions Clinton's ties", "Clinton even acquiesced".
 */
function describedAfter(toks: Tok[], j: number): boolean {
  const w = toks[j], noun = toks[j + 1], verb = toks[j + 2];
  if (!w || !noun || !verb || w.cap || w.punct || noun.cap || verb.cap || verb.punct) return false;
  if (isMidAdverb(w.l) || AUX_OR_ADVERB.has(w.l) || CUES.has(w.l) || PREPOSITIONS.has(w.l) || !/[^s'’]s$/.test(noun.l) || isMidAdverb(noun.l)) return false;
  return AUX_OR_ADVERB.has(verb.l) || CUES.has(verb.l) || IRREGULAR_PAST.has(verb.l) || /[^e]ed$/.test(verb.l) || isMidAdverb(verb.l);
}

/**
 * The "and" or "or" inside a mention that a preposition follows ("a superdelegate ⟨and⟩ in a statement"): the mention
 * runs across two verbs' clauses. -1 when there is none.
 */
function adjunctAfterAnd(toks: Tok[], m: Mention): number {
  for (let k = m.i + 1; k < m.j - 1; k++) {
    if (AND_OR.has(toks[k].l) && !toks[k + 1].cap && (PREPOSITIONS.has(toks[k + 1].l) || ADJUNCT_PREPOSITION.has(toks[k + 1].l))) return k;
  }
  return -1;
}

/** Words of a phrase of time between an auxiliary and its verb ("have in the past said", "has in recent weeks argued"). */
const TIME_PHRASE_WORDS = wordSet('the|past|recent|last|few|several|days|weeks|months|years|decades');
/** The most words of such a phrase after its "in". */
const MAX_TIME_PHRASE = 4;

const BOTH_ALL_ALSO_EACH = wordSet('both|all|also|each');
const PAST_OR_PERIODS: ReadonlySet<string> = new Set([...PLURAL_PERIODS, 'past']);
/** The auxiliary before "in the past" or "in recent weeks" right before the cue at c, or -1. */
function auxBeforeTimePhrase(toks: Tok[], a: number, c: number): number {
  let k = c - 1;
  while (k > a && k >= c - MAX_TIME_PHRASE && TIME_PHRASE_WORDS.has(toks[k].l) && !toks[k].cap) k--;
  if (k === c - 1 || toks[k]?.l !== 'in' || !PAST_OR_PERIODS.has(toks[c - 1].l)) return -1;
  // (past "both", "all", "also" after the auxiliary: "have both in the past said")
  let x = k - 1;
  while (x > a && BOTH_ALL_ALSO_EACH.has(toks[x].l)) x--;
  return x > a && PERFECT_AUXILIARIES.has(toks[x].l) ? x : -1;
}

/** How far back a relative clause's "who" may stand from the subject found inside it. */
const MAX_RELATIVE_CLAUSE = 15;

const STILL_NOW_YET_THEN = wordSet('still|now|yet|then');
/**
 * The noun phrase that opens the sentence, when the subject found lies inside its relative clause: "Friends of Mr.
 * Clinton's who have seen him on ⟨the trail⟩ recently say", "people who have battled ⟨other online threats⟩ say", and
 * a relative "that" on a noun ("The union that represents about 3,800 of ⟨the railway's running-trade employees⟩ says",
 * a Globe and Mail-style probe).
 */
function relativeAntecedent(ctx: SentenceContext, m: Mention, c: number): Mention | null {
  const { toks } = ctx;
  let open = contentStart(ctx);
  // ("⟨Even⟩ people whose interactions with Trump …": an opening "even" is no word of the phrase)
  if (toks[open]?.l === 'even' && !toks[open + 1]?.punct && !toks[open + 1]?.cap) open++;
  // ("that" as the clause's subject, a verb after it: not "The fact that he talks about …", PolNeAR train, Breitbart
  // 2016-05-04, nor "the benefits that Mexico provides", Washington Post 2016-04-07)
  // (a "who" first: "A president who authorized the raid that killed Osama bin Laden and who hoped …", PolNeAR train,
  // NYT 2016-01-14, is the president, not "the raid")
  // ("Many of the local GOP leaders ⟨who'd⟩ rather be working now on a general election campaign for Cruz or Rubio or Ben
  // Carson said", PolNeAR train, Politico 2016-08-08, was "Rubio or Ben Carson": "who" with its auxiliary's contraction)
  // ("Even people ⟨whose⟩ interactions with Trump have been largely positive are wary of …", PolNeAR train, Washington Post
  // 2016-07-15, was "largely positive": "whose" and its noun, a verb with tense before the subject found, which is then no
  // subject of the clause's — not "a group whose members say")
  const relative = (k: number, that: boolean): boolean => that ? toks[k].l === 'that' && relativePronounAt(toks, k) && verbAfterRelative(toks, k + 1) : WHO_FORMS.test(toks[k].l) || (toks[k].l === 'whose' && tensedBetween(toks, k + 2, m.i));
  const back = (that: boolean): number => {
    let k = m.i - 1;
    // (past a list's comma: "Wolfe Island residents who rely on the ferry to get to work, school and medical
    // appointments say they are fed up", a Whig-Standard-style probe, test/fixtures/outlets)
    while (k > open && k >= m.i - MAX_RELATIVE_CLAUSE && (!toks[k].punct || listComma(toks, k, c)) && !relative(k, that)) k--;
    return k > open && relative(k, that) ? k : -1;
  };
  const who = back(false);
  const w = who >= 0 ? who : back(true);
  if (w < 0) return null;
  // ("Ms. Arnold, who helped found ⟨EDGE⟩, an environmental justice group based in Philadelphia, said": a clause set off
  // by commas, closed before the cue, on the name that opens the sentence)
  if (w === who && toks[w - 1].t === ',') return toks[c - 1]?.t === ',' ? unclosedRelativeName(toks, w - 1, open) : null;
  if (toks[w - 1].punct) return null;
  // ("Still, while the tech industry cannot block all terror content on the web, ⟨people⟩ who have battled …": the
  // main clause's subject after an opening subordinate clause's comma)
  let lead = open;
  if ((toks[lead + 1]?.t === ',' && (looksAdverb(toks[lead].l) || LINKING_ADVERBS.has(toks[lead].l))) || STILL_NOW_YET_THEN.has(toks[lead].l)) lead += toks[lead + 1]?.t === ',' ? 2 : 1;
  if (OPENING_SUBORDINATORS.has(toks[lead]?.l ?? '') || PREPOSITIONS.has(toks[lead]?.l ?? '')) {
    let comma = -1;
    for (let k = w - 1; k > lead; k--) if (toks[k].t === ',') { comma = k; break; }
    // ("Though executives who have worked with Lachlan Murdoch say they assume …, they also say …", PolNeAR train, NYT
    // 2016-08-01, was "Though executives"; "Though executives who have worked with the firm say" was "the firm": with no
    // comma before the clause, the cue is the subordinate clause's own, its subject right after the subordinator)
    open = comma >= 0 ? comma + 1 : OPENING_SUBORDINATORS.has(toks[lead].l) ? lead + 1 : open;
  }
  // (past an opening adverb's comma, the subject opens after it: "However, ⟨two truck drivers⟩ who spoke to Hiiraan Online on
  // condition of anonymity said they paid …", a Hiiraan Online-style probe, test/fixtures/outlets
  // so-hiiraan-mogadishu-food-prices.txt, probes-ww, was "Hiiraan Online")
  else if (lead > open && toks[lead - 1].t === ',') open = lead;
  const first = toks[open];
  if (!(first.cap || DETERMINERS.has(first.l) || SHARE_AND_COUNT_HEADS.has(first.l) || isQuantity(first.l) || endsInS(first.l) || IRREGULAR_PEOPLE_PLURAL.has(first.l)) || SUBJECT_ENDS_AND_PRONOUNS.has(first.l) || PREPOSITIONS.has(first.l)) return null;
  for (let k = open; k < w; k++) {
    const t = toks[k];
    // ("Current and former officials who spoke with The Huffington Post said": "and" between two modifiers)
    const modifiers = AND_OR.has(t.l) && k > open && k + 2 < w && !toks[k + 1].cap && !toks[k + 1].punct;
    if (t.punct || (k > open && !modifiers && SUBJECT_ENDS_AND_PRONOUNS.has(t.l)) || (!t.cap && (CUES.has(t.l) || AUX_OR_ADVERB.has(t.l) || IRREGULAR_PAST.has(t.l)))) return null;
  }
  return { s: first.s, e: toks[w - 1].e, kind: 'description', i: open, j: w, head: toks[w - 1].l };
}

/** "who" and its contractions with an auxiliary ("who'd", "who’ve", "who's"). */
const WHO_FORMS = /^who(?:['’](?:d|s|ve|ll|re))?$/;

/** A verb with tense (or a tensed auxiliary) stands among tokens [from, to), no capitalised word ("have been", "said"). */
function tensedBetween(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!toks[k].cap && (TENSED_AUX.has(toks[k].l) || finite(toks[k]))) return true;
  return false;
}

/** Token k is the verb of a relative clause whose subject is the pronoun before it ("that ⟨represents⟩", "that ⟨has⟩ run"). */
const verbAfterRelative = (toks: Tok[], k: number): boolean => {
  const t = toks[k];
  return !!t && !t.cap && !t.punct && (presentTense(t) || finite(t) || AUX_OR_ADVERB.has(t.l));
};

/** Adverbs and conjunctions that may open a sentence before its subject ("⟨Yet⟩ many officials …"). */
const OPENING_ADVERB = wordSet('yet|but|and|so|still|now|meanwhile|instead|also');
/** The most tokens of a subject and the words that modify it after its head ("The homeless woman accused of … Strip"). */
const MAX_POSTMODIFIED = 18;

/**
 * The noun phrase that opens the sentence, its head the noun before its first preposition or participle, when the
 * subject found is a noun inside the words that modify it: "Yet ⟨many officials⟩ on and off the island believe", "⟨House
 * Republicans⟩ supporting the bill have said", "⟨The homeless woman⟩ accused of deliberately driving onto a packed
 * sidewalk along the Las Vegas Strip told police" (PolNeAR train: NYT 2015-12-01, Politico 2015-11-30, USA Today
 * 2015-12-22) — not "the island", "the bill", "Las Vegas Strip". The words between hold no mark, no verb with tense
 * and no relative pronoun; the source is the whole phrase.
 */
function postModifiedSubject(ctx: SentenceContext, c: number, before: Mention): Mention | null {
  const { toks, text } = ctx;
  let open = contentStart(ctx);
  if (OPENING_ADVERB.has(toks[open]?.l ?? '') && !toks[open + 1]?.punct) open++;
  // (past an opening phrase of a preposition and its comma: "⟨For three years,⟩ inspectors from Ontario's children's
  // ministry warned that …", a Toronto Star-style probe, test/fixtures/outlets ca-star-group-home-documents.txt)
  if (PREPOSITIONS.has(toks[open]?.l ?? '')) {
    let k = open + 1;
    while (k < before.i && !toks[k].punct) k++;
    // (a bare noun in lower case after it: "In a 64-page written decision released Thursday, Court of King's Bench Justice
    // Harriet Okafor-Lindqvist found" is the name's, test/fixtures/outlets ca-edmjournal-judge-decision.txt, and "At the
    // same time, the popularity of Mr. Trump shows how …" no post-modified source's, PolNeAR train, NYT 2016-02-18)
    if (toks[k]?.t === ',' && k + 1 < before.i && !toks[k + 1].cap && !DETERMINERS.has(toks[k + 1].l)) open = k + 1;
  }
  let v = c;
  while (v - 1 >= before.j && AUX_OR_ADVERB.has(toks[v - 1].l)) v--;
  // (past a name set off by commas after the phrase: "The union representing the city's blue-collar workers, the
  // Syndicat des cols bleus regroupés de Montréal, said", test/fixtures/outlets, was "the city's blue-collar workers")
  // (a person's full name opening that apposition is the source: "One pastor supporting Mr. Cruz, Darran Whiting of
  // Liberty Baptist Church in Marion, said he had made more than 150 phone calls", PolNeAR train, NYT 2016-01-12, was
  // Ted Cruz)
  let apposed: Mention | null = null;
  if (toks[v - 1]?.t === ',' && toks[before.j]?.t === ',' && appositionClose(toks, before.j, v) === v - 1) {
    let e = before.j + 1;
    while (e < v - 1 && toks[e].cap && !toks[e].punct && !toks[e].poss) e++;
    if (e - before.j > 2 && kindOfName(text.slice(toks[before.j + 1].s, toks[e - 1].e)) === 'person') apposed = { s: toks[before.j + 1].s, e: toks[e - 1].e, kind: 'name', i: before.j + 1, j: e };
    v = before.j;
  }
  if (before.kind === 'pronoun' || before.i <= open + 1 || before.j !== v || v - open > MAX_POSTMODIFIED) return null;
  // (past a capitalised possessive before the phrase read: "For three years, inspectors from Ontario's children's ministry
  // warned that …", a Toronto Star-style probe, test/fixtures/outlets ca-star-group-home-documents.txt, was "children's
  // ministry"; as "inspectors from Ontario's ministry" was whole)
  // (a place's only: "Research conducted for the Women's Media Center showed" stays "Research", PolNeAR train, USA Today
  // 2016-06-22)
  const owner = pastPlacePossessive(toks, before.i, open);
  const bi = owner < before.i && kindOfName(withoutPossessive(text.slice(toks[owner].s, toks[before.i - 1].e))) === 'place' ? owner : before.i;
  const first = toks[open];
  if (!(first.cap || DETERMINERS.has(first.l) || isQuantity(first.l) || SHARE_AND_COUNT_HEADS.has(first.l) || endsInS(first.l)) || first.poss || SUBJECT_ENDS_AND_PRONOUNS.has(first.l) || PREPOSITIONS.has(first.l)) return null;
  // the first word that modifies the head: a preposition, or a participle right after a noun
  let link = -1;
  for (let k = open + 1; k < bi && link < 0; k++) {
    const t = toks[k], prev = toks[k - 1];
    if (t.punct || t.poss) return null;
    if (t.cap) continue;
    const noun = !prev.punct && !DETERMINERS.has(prev.l) && !looksAdverb(prev.l);
    if (isLinkPreposition(t.l)) link = k;
    // (a participle after its noun: "-ing", or "-ed" before its agent or its time — "accused of", "conducted for",
    // "released Sunday by"; "The DOJ responded with", "Wallnau elaborated on" are verbs)
    else if (noun && /ing$/.test(t.l) && !AUX_OR_ADVERB.has(t.l)) link = k;
    else if (noun && /[^e]ed$/.test(t.l) && (PARTICIPLE_AGENT.has(toks[k + 1]?.l ?? '') || WEEKDAYS.has(toks[k + 1]?.l ?? ''))) link = k;
    else if (clauseWord(toks, k)) return null;
  }
  if (link < 0 || DETERMINERS.has(toks[link - 1].l) || looksAdverb(toks[link - 1].l) || PREPOSITIONS.has(toks[link - 1].l)) return null;
  // (past the head, no clause: no mark, no auxiliary, no relative pronoun, no verb in the past but the participle)
  for (let k = link + 1; k < bi; k++) {
    const t = toks[k];
    // ("Other former CIA officers with no direct knowledge of the case ⟨but with⟩ experience in war zones chafed …",
    // PolNeAR train, Washington Post 2016-01-16, was "war zones": "but" before a second preposition joins two modifiers)
    if (t.l === 'but' && isLinkPreposition(toks[k + 1]?.l ?? '')) continue;
    if (t.punct || (!t.cap && !isLinkPreposition(t.l) && !AND_OR.has(t.l) && (AUX_OR_ADVERB.has(t.l) || RELATIVES_BUT_WHOM.has(t.l) || SUBJECT_ENDS_AND_PRONOUNS.has(t.l) || IRREGULAR_PAST.has(t.l) || presentTense(t) || presentVerb(toks, k) || (finite(t) && !adjectiveOrParticiple(toks, k))))) return null;
  }
  // (a name right after a noun opens a clause of its own: "the lawsuit ⟨Lynch⟩ announced", "The number of people ⟨The Washington Post⟩ reported")
  let l = bi - 1;
  while (l > link && DETERMINERS.has(toks[l].l)) l--;
  const lead = toks[l];
  if (!(isLinkPreposition(lead.l) || (/ing$/.test(lead.l) && l === link))) return null;
  return apposed ?? { s: first.s, e: before.e, kind: 'description', i: open, j: before.j, head: toks[link - 1].l };
}

const PARTICLE_PREPOSITION = wordSet('off|about|over|under|near|from|with|without');
/** A preposition that ties a phrase to the noun before it ("officials ⟨on and off⟩ the island", "a letter ⟨to⟩ …"). */
const isLinkPreposition = (w: string): boolean => isPlacePreposition(w) || PARTICLE_PREPOSITION.has(w);
/** Words that follow a participle after its noun: its agent or its beneficiary ("accused ⟨of⟩", "conducted ⟨for⟩", "released ⟨by⟩"). */
const PARTICIPLE_AGENT = wordSet('of|by|for');
const WHAT_HOW_WHY = wordSet('what|how|why');
/** Token k is a word of a clause, no noun phrase's: an auxiliary, a verb with tense, a relative or a pronoun. */
const clauseWord = (toks: Tok[], k: number): boolean => {
  const t = toks[k];
  return AUX_OR_ADVERB.has(t.l) || CUES.has(t.l) || IRREGULAR_PAST.has(t.l) || finite(t) || presentTense(t) || presentVerb(toks, k) || RELATIVES_BUT_WHOM.has(t.l) || WHAT_HOW_WHY.has(t.l) || SUBJECT_ENDS_AND_PRONOUNS.has(t.l);
};
/** A form in the past at k that is an adjective after a determiner or an adverb ("a ⟨packed⟩ sidewalk"), or a participle before its preposition ("⟨accused⟩ of"). */
const adjectiveOrParticiple = (toks: Tok[], k: number): boolean => DETERMINERS.has(toks[k - 1].l) || looksAdverb(toks[k - 1].l) || PREPOSITIONS.has(toks[k + 1]?.l ?? '');

/** How many words a noun and its participle may take before the word that links them to the subject found ("People briefed on"). */
const MAX_HEAD = 4;
/** How many words the first of two coordinated subjects may take ("Republican presidential hopefuls Jeb Bush and ⟨Chris Christie⟩ say"). */
const MAX_COORDINATED = 7;
/** Participles that tie a group or a document to the person after "by" ("a panel led by", "a memo seen by", "a poll conducted by"). */
export const BY_PARTICIPLE = wordSet('led|run|headed|chaired|seen|obtained|conducted|commissioned|sponsored|released|issued|published|filed|written|signed|organized|organised|funded|founded');
/** Adverbs that open a share or a count ("about four in 10", "at least half", "more than a third", "as many as 40 percent"). */
const QUANTITY_ADVERB = wordSet('about|around|nearly|almost|roughly|approximately|at|least|more|less|fewer|than|as|only|just|close|to|over|under|well');

/** Adjectives that tie people to who or what they are near ("sources ⟨close⟩ to her campaign", "sources ⟨privy⟩ to negotiations"). */
const CLOSE_TO = wordSet('close|closer|privy|loyal|near');

/** The word at p links the noun phrase before it to the subject found after it. */
function linksToSubject(toks: Tok[], p: number, open: number): boolean {
  const l = toks[p].l, before = toks[p - 1]?.l ?? '';
  if (BY_PARTICIPLE.has(l) && toks[p + 1]?.l === 'by') return true;
  // (a plural noun: lower case, or capitalised only as the sentence's first word — "Members of Congress say")
  const plural = (!toks[p - 1].cap || p - 1 === open) && !toks[p - 1].punct && /s$/.test(before);
  return PHRASE_PREPOSITION.has(l) || (l === 'of' && (SHARE_AND_COUNT_HEADS.has(before) || plural || before === 'out')) || (l === 'to' && (CLOSE_TO.has(before) || (plural && ENTOURAGE.has(before)))) || l === 'and'
    || (DOCUMENT_LINKS.has(l) && isDocumentNoun(before));
}

/** Words that tie a document to its issuer, its kind or its addressee ("a study by", "a copy of", "a letter to"). */
const DOCUMENT_LINKS = wordSet('by|of|to');

/** How many words of description may stand between "by" and the issuer's name ("by the liberal watchdog group Media Matters"). */
const MAX_ISSUER = 6;
/** Words between the link and the subject found ("Clinton and ⟨the State Department⟩", "Politicians and even ⟨some technologists⟩"). */
const BETWEEN = wordSet('the|even|also|other|all');

/**
 * The "and" at p joins one person's two roles, a singular noun before it and a title that opens the name m after it:
 * "Kelpworks co-founder and CEO Amara Oduya-Lindqvist told BetaKit the money will …" (a BetaKit-style probe, where the
 * whole phrase was the source, as two subjects are: "Republican presidential hopefuls Jeb Bush and Chris Christie
 * say"); no PolNeAR train case.
 */
export function twoRolesOfOne(toks: Tok[], p: number, m: Mention): boolean {
  const role = toks[p - 1];
  return toks[p]?.l === 'and' && m.kind === 'name' && m.i === p + 1 && TITLES.has(toks[m.i].l) && !!role && !role.cap && !role.punct && !endsInS(role.l);
}

/**
 * The noun phrase that opens the subject, when the subject found is only the object of its preposition, the counted
 * group of a share or the last of two subjects: "Editorial pages across ⟨the country⟩, including USA TODAY, warned",
 * "People briefed on ⟨the situation⟩ say", "sources close to ⟨her campaign⟩ say", "In Texas, half of ⟨GOP primary
 * voters⟩ said", "RNC members and ⟨officials⟩ … insist". The phrase opens the sentence (or follows its opening
 * adjunct's comma) with a noun, a name, a number or a determiner and holds no verb but a participle.
 */
export function phraseHead(ctx: SentenceContext, m: Mention): Mention {
  const { toks } = ctx;
  let p = m.i - 1;
  let open = contentStart(ctx);
  if (p - 1 > open && BETWEEN.has(toks[p].l) && !toks[p].cap) p--;
  // (nor a title's portfolio before its holder's name: "Minister in the Presidency Mmapaseka Ntshangase said", a Daily
  // Maverick-style probe, whose source was the description "Minister in the Presidency …"; the name's reading drops
  // the portfolio, names.ts canonicalOf)
  if (twoRolesOfOne(toks, p, m) || portfolioAfterTitle(toks, m.i)) return m;
  // ("A study by the liberal watchdog group ⟨Media Matters⟩ found": the issuer's description before its name)
  // ("A panel of reporters led by MSNBC’s ⟨Chris Matthews⟩ agreed": a group and the participle that ties it to its leader)
  for (let q = p; q > open && q >= m.i - MAX_ISSUER && !toks[q].punct && (!toks[q].cap || toks[q].poss); q--) {
    // ("A letter to platform ⟨committee members⟩ calls for …", PolNeAR train, Politico 2016-07-11: the document, not
    // whom it is addressed to)
    if ((toks[q].l === 'by' || toks[q].l === 'to') && isDocumentNoun(toks[q - 1].l)) { p = q; break; }
    if (toks[q].l === 'by' && BY_PARTICIPLE.has(toks[q - 1].l) && q - 2 > open) { p = q - 1; break; }
  }
  const start = open;
  // (the last comma before p, read from an index: a long line of one subject's many cues read back to its start for each)
  const comma = p - 1 > open ? lastCommaAt(toks)[p - 1] : -1;
  if (comma > open) open = comma + 1;
  // ("Internal inspection reports, emails and incident logs obtained by the Star … show that …", a Toronto Star-style
  // probe, test/fixtures/outlets ca-star-group-home-documents.txt, was "emails and incident logs": a list's first
  // items before its commas, plural nouns, open the phrase too)
  const list = toks[p]?.l === 'and' && open > start && listOpens(toks, start, open - 1, p);
  const listEnd = open;
  if (list) open = start;
  // ("…, but 55 percent of all voters say": a clause after a comma opens with its conjunction)
  if (open < p && CLAUSE_OPENER.has(toks[open].l) && open > contentStart(ctx)) open++;
  // ("About four in 10 …", "At least half of …", "More than a third of …": a share's own adverbs open the phrase)
  let head = open;
  while (head < p && QUANTITY_ADVERB.has(toks[head].l)) head++;
  if (head > open && INDEFINITE_ARTICLES.has(toks[head]?.l ?? '')) head++;
  if (p <= open || p - head > (toks[p].l === 'and' ? MAX_COORDINATED : MAX_HEAD) || !linksToSubject(toks, p, open)) return m;
  const first = toks[open];
  // ("She and her aides have vowed": a pronoun opens two subjects)
  const pronoun = toks[p].l === 'and' && NOMINATIVE_PRONOUNS.has(first.l);
  if (!pronoun && head === open && (!(first.cap || first.poss || DETERMINERS.has(first.l) || endsInS(first.l) || SHARE_AND_COUNT_HEADS.has(first.l) || isQuantity(first.l) || digitFirst(first.t)) || SUBJECT_ENDS_AND_PRONOUNS.has(first.l) || PREPOSITIONS.has(first.l))) return m;
  if (head > open && !(head < p && (SHARE_AND_COUNT_HEADS.has(toks[head].l) || isQuantity(toks[head].l) || digitFirst(toks[head].t)))) return m;
  // (a list's items were read by listOpens)
  for (let k = list ? listEnd : head; k < p; k++) {
    const t = toks[k];
    if (t.punct || (k > open && SUBJECT_ENDS_AND_PRONOUNS.has(t.l)) || (PREPOSITIONS.has(t.l) && t.l !== 'of') || (!t.cap && (CUES.has(t.l) || AUX_OR_ADVERB.has(t.l) || IRREGULAR_PAST.has(t.l) || looksAdverb(t.l)))) return m;
  }
  // (the share's adverbs stay in the mention: "Only about 4 in 10 Republican voters in each state" is the source)
  return { s: toks[open].s, e: m.e, kind: 'description', i: open, j: m.j, head: toks[p - 1].l };
}

/** The most words of a list's item before its comma ("Internal inspection reports,"). */
const LIST_ITEM_WORDS = 3;

/**
 * The words from `start` to the comma at `comma`, and from it to the "and" at p, are a list's items: plural nouns
 * with their modifiers, no mark, verb, preposition or adverb among them ("Internal inspection reports, emails and").
 */
function listOpens(toks: Tok[], start: number, comma: number, p: number): boolean {
  // (no opening phrase of a preposition: "Through real-time analytics, reporters and editors can see …", PolNeAR train)
  if (toks[comma]?.t !== ',' || MORE_PREPOSITIONS.has(toks[start].l) || comma - start > LIST_ITEM_WORDS || p - comma - 1 > LIST_ITEM_WORDS || p - comma < 2) return false;
  const item = (i: number, j: number): boolean => {
    const last = toks[j - 1];
    // (a cue's form in -s is a plural noun only after a modifier: "inspection reports")
    if (!last || last.cap || !endsInS(last.l) || (CUES.has(last.l) && j - i < 2)) return false;
    return toks.slice(i, j).every(t => !t.punct && !t.poss && !SUBJECT_ENDS_AND_PRONOUNS.has(t.l) && !PREPOSITIONS.has(t.l) && !DETERMINERS.has(t.l) && !AUX_OR_ADVERB.has(t.l) && !IRREGULAR_PAST.has(t.l) && !looksAdverb(t.l) && !finite(t));
  };
  return item(start, comma) && item(comma + 1, p);
}

/**
 * Per article (its tokens), the index of the last comma at or before each token, -1 for none: phraseHead's look-back for
 * the comma that opens a subject's phrase, read once rather than back to the sentence's start for each cue ("officials
 * spoke about how … took a shot at … had harsh words for …" on one line with no full stop, test/bench/growth.mjs).
 */
const lastCommaAt = keptPer((toks: readonly Tok[]): Int32Array => {
  const at = new Int32Array(toks.length);
  for (let k = 0, last = -1; k < toks.length; k++) at[k] = last = toks[k].t === ',' ? k : last;
  return at;
});

/** The most tokens between a plural of people opening the sentence and its cue ("Nurses | outside Montreal's Jewish General Hospital on Tuesday | said"). */
const PEOPLE_PLACE_REACH = 10;

/**
 * A plural noun for people opening the sentence, a place or time after it, then the cue: "Nurses outside Montreal's
 * Jewish General Hospital on Tuesday said" → Nurses, not the hospital the subject found (before) stands in. Between
 * them only names, prepositions and determiners, no mark ("People with knowledge of the group's activities said" is
 * left whole).
 */
function peopleBeforePlace(ctx: SentenceContext, c: number, before: Mention): Mention | null {
  const { toks } = ctx;
  const open = contentStart(ctx);
  const noun = toks[open];
  if (!noun || before.i <= open + 1 || c - open > PEOPLE_PLACE_REACH || !isPluralPeopleNoun(noun.l) || !isPlacePreposition(toks[open + 1]?.l ?? '')) return null;
  for (let k = open + 1; k < c; k++) {
    const t = toks[k];
    if (t.punct || (!t.cap && !isPlacePreposition(t.l) && !DETERMINERS.has(t.l))) return null;
  }
  return { s: noun.s, e: noun.e, kind: 'description', i: open, j: open + 1, head: noun.l };
}

const isPlacePreposition = (w: string): boolean => PREPOSITIONS.has(w) || MOTION_PREPOSITIONS.has(w);

/** The longest subject, in tokens, that wholeSubject takes ("Majorities of Democrats in five states going to the polls Tuesday"). */
const MAX_SUBJECT = 18;
/** Words of degree and "only", before an adjective or a noun, never a subject's head ("The only hope", "The most telling"). */
const DEGREE_OR_ONLY: ReadonlySet<string> = new Set([...DEGREE_WORDS, 'only']);

/**
 * The noun phrase that opens the sentence, when the cue is its first verb: "A news report published Wednesday said",
 * "Surveys of caucus-goers taken as they entered caucus sites showed", "Nevada’s Democratic party’s initial
 * estimates are showing" — subjects too long or too plain for the quote rules' names and descriptions.
 */
function wholeSubject(ctx: SentenceContext, c: number): Mention | null {
  const { toks } = ctx;
  const open = contentStart(ctx);
  let v = c;
  while (v - 1 > open && AUX_OR_ADVERB.has(toks[v - 1].l)) v--;
  if (v - open < 2 || v - open > MAX_SUBJECT) return null;
  const first = toks[open];
  if (!(first.cap || first.poss || DETERMINERS.has(first.l) || digitFirst(first.t) || isQuantity(first.l)) || SUBJECT_ENDS_AND_PRONOUNS.has(first.l) || PREPOSITIONS.has(first.l)) return null;
  for (let k = open; k < v; k++) {
    const t = toks[k];
    // (a cue word after a determiner or a noun is a noun: "A news ⟨report⟩ published Wednesday said")
    const noun = k > open && NOUN_READING.has(t.l) && (DETERMINERS.has(toks[k - 1].l) || toks[k - 1].poss || (!toks[k - 1].cap && !CUES.has(toks[k - 1].l) && !AUX_OR_ADVERB.has(toks[k - 1].l)));
    if (t.punct || (k > open && SUBJECT_ENDS_AND_PRONOUNS.has(t.l) && !nounsJoined(toks, k, v)) || (!t.cap && !noun && (CUES.has(t.l) || AUX_OR_ADVERB.has(t.l) || IRREGULAR_PAST.has(t.l)))) return null;
  }
  // (the subject ends on its head noun: "The only hope | the Gulf States have" is a noun phrase, and "Hundreds more
  // showed up" a verb with its particle)
  const last = toks[v - 1];
  if (!last.cap && (PREPOSITIONS.has(last.l) || DETERMINERS.has(last.l) || DEGREE_OR_ONLY.has(last.l))) return null;
  if (VERB_PARTICLES.has(toks[c + 1]?.l ?? '')) return null;
  return { s: first.s, e: last.e, kind: 'description', i: open, j: v, head: last.l };
}

/**
 * The "and" at k joins two plural nouns of one subject ("Gore’s close friends ⟨and⟩ allies have in the past said"):
 * lower-case words in "-s" on both sides, the second the last word before the verb.
 */
function nounsJoined(toks: Tok[], k: number, v: number): boolean {
  const before = toks[k - 1], after = toks[k + 1];
  return toks[k].l === 'and' && k + 2 === v && !before.cap && !after.cap && !before.punct && /[^s'’]s$/.test(before.l) && /[^s'’]s$/.test(after.l)
    && !SUBJECT_ENDS_AND_PRONOUNS.has(after.l) && !CUES.has(after.l) && !AUX_OR_ADVERB.has(after.l);
}

/** Personal pronouns, alone or with a contracted auxiliary ("He’s comparing …"). */
const OPENING_PRONOUN = /^(he|she|they|we|i)(?:['’](?:s|re|ve|d|ll|m))?$/;
/** How far the first verb may stand from the opening subject of a coordination ("Fields later tweeted"). */
const OPENING_VERB_REACH = 3;

/**
 * The subject that opens the sentence of a coordinated cue at `conj`: "Fields later tweeted a photograph of her
 * bruised forearm and said …", "He’s comparing the gun actions to … and says …" — a pronoun, or a one-word name
 * that a verb follows within a word or two (the sentence opener of the quote rules wants a name it has seen mid-sentence).
 */
function openingSubject(ctx: SentenceContext, conj: number): Mention | null {
  const { toks } = ctx;
  const open = contentStart(ctx);
  const t = toks[open];
  if (!t || open >= conj) return null;
  const pronoun = OPENING_PRONOUN.exec(t.l);
  if (pronoun) return { s: t.s, e: t.s + pronoun[1].length, kind: 'pronoun', i: open, j: open + 1 };
  const r = t.cap && !t.poss ? runAt(toks, open) : null;
  if (!r || r.i !== open || r.j >= conj || describedAfter(toks, r.j)) return null;
  for (let k = r.j; k < conj && k <= r.j + OPENING_VERB_REACH; k++) {
    const w = toks[k];
    if (w.punct || w.cap) return null;
    if (AUX_OR_ADVERB.has(w.l) || /[^e]ed$/.test(w.l) || CUES.has(w.l)) return { s: t.s, e: toks[r.j - 1].e, kind: 'name', i: open, j: r.j };
  }
  return null;
}

/** A negated auxiliary ("isn’t", "didn't"). */
const NEGATED_AUX = /^(?:is|are|was|were|does|do|did|has|have|had|would|could|should|wo|ca)n['’]t$/;

/** How far back the first of two coordinated verbs may stand ("when Rubio thanked Miami and said"). */
const COORDINATION_REACH = 12;

/**
 * The subject right before the verb that a coordinated cue at `conj` follows: "Some in the crowd booed, and when
 * Rubio thanked Miami and said it was great to be home" — "Rubio", the subject of "thanked".
 */
function firstVerbSubject(ctx: SentenceContext, conj: number): Mention | null {
  const { toks, a } = ctx;
  for (let k = conj - 1; k > a && k >= conj - COORDINATION_REACH; k--) {
    const t = toks[k];
    if (t.punct || t.cap) continue;
    if (!(CUES.has(t.l) || /[^e]ed$/.test(t.l) || IRREGULAR_PAST.has(t.l) || invariantPastBeforeObject(toks, k))) continue;
    // ("Pyongyang's ⟨claims⟩": a cue form after a possessive is a noun; so is a base form after "a" and a noun, which
    // no singular subject takes: "by half a percentage ⟨point⟩ and signalled", a Globe and Mail-style probe)
    if (toks[k - 1]?.poss || (INDEFINITE_ARTICLES.has(toks[k - 2]?.l ?? '') && !/(?:s|ed)$/.test(t.l) && !IRREGULAR_PAST.has(t.l))) continue;
    // ("A few minutes later they reversed themselves, ⟨rushed⟩ everyone inside the room and said they will register
    // voters …", PolNeAR train, Breitbart 2016-02-20: a verb after a comma is the middle one of a series, whose subject
    // is the first verb's)
    if (toks[k - 1]?.t === ',') continue;
    const m = subjectBefore(toks, k - 1, a);
    if (!m || m.j !== k) return null;
    // ("Other former CIA officers with no direct knowledge of the case but with experience in ⟨war zones⟩ chafed at such
    // second-guessing and said …", PolNeAR train, Washington Post 2016-01-16: a preposition's object inside the subject
    // is read back to the phrase it modifies, as for a cue's own subject)
    const head = phraseHead(ctx, m);
    return head !== m ? head : postModifiedSubject(ctx, k, m) ?? m;
  }
  return null;
}

/**
 * The first verb of a series of past verbs whose next one follows the comma at `comma`: "Biden ⟨defended⟩ Bernie Sanders
 * as a mainstream candidate, mocked the Republican Party …", "Donald Trump ⟨joked⟩ about Jewish stereotypes, declined
 * to affirm …" (PolNeAR train, Politico 2016-02-19 and 2015-12-03): the leftmost verb in the past before the comma,
 * within COORDINATION_REACH tokens and with no mark between; -1 when there is none.
 */
function seriesFirstVerb(toks: Tok[], a: number, comma: number): number {
  let first = -1;
  for (let k = comma - 1; k >= a; k--) {
    const t = toks[k];
    if (t.punct || k < comma - COORDINATION_REACH) return first;
    // (not a relative clause's or a subordinate clause's verb: "Murphy, who was elected to the House in 2012, argued …")
    // ("as" is a preposition as often: "defended Bernie Sanders as a mainstream candidate, mocked …")
    if (RELATIVE_PRONOUNS.has(t.l) || (SUBORDINATE_OPENER.has(t.l) && t.l !== 'as')) return -1;
    if (!t.cap && pastVerb(t) && !toks[k - 1]?.poss && !DETERMINERS.has(toks[k - 1]?.l ?? '')) first = k;
  }
  return first;
}

/**
 * "most" before an adverb in -ly is that adverb's degree, no subject: "… declined at first to criticize former KKK leader
 * David Duke, and ⟨most recently⟩ defended the use of an image …" (PolNeAR train, HuffPost 2016-07-18, whose source was
 * "most").
 */
const superlativeAdverb = (toks: Tok[], k: number): boolean => toks[k].l === 'most' && looksAdverb(toks[k + 1]?.l ?? '');

/**
 * A verb at token k whose past is its base form, before its object (a determiner or a possessive): "The Bank of Canada
 * ⟨cut⟩ its key interest rate by half a percentage point and signalled that more reductions were likely" (a Globe and
 * Mail-style probe, where the source was "a percentage", "point" read as the first verb).
 */
function invariantPastBeforeObject(toks: Tok[], k: number): boolean {
  const next = toks[k + 1];
  return INVARIANT_PAST.has(toks[k].l) && !!next && !next.cap && (DETERMINERS.has(next.l) || OBJECT_OR_POSSESSIVE_PRONOUN.has(next.l));
}

/** Adverbs between a subject and its verb that the quote rules do not skip ("Mrs. Clinton has since said"). */
const MID_ADVERB_WORDS: ReadonlySet<string> = new Set(['since', 'already', 'long', 'once', 'now', 'then', 'later', 'earlier', 'still', 'again',
  'also', 'has', 'have', 'had', 'both', 'all', 'each']);
/** One of the words or an adverb in -ly. */
const isMidAdverb = (l: string): boolean => MID_ADVERB_WORDS.has(l) || looksAdverb(l);
/** How far back a phrase between the subject and the cue may reach ("One in four voters in a New York Times poll last year said"). */
const MAX_PHRASE = 9;

/**
 * The subject before a short phrase of time or place, or an adverb, that stands between it and the cue: "Trump at
 * the time said", "Mrs. Clinton has since said", "One in four voters in a New York Times poll last year said".
 */
function pastPhrase(ctx: SentenceContext, c: number): Mention | null {
  const { toks, a } = ctx;
  let k = c - 1;
  while (k > a && isMidAdverb(toks[k].l) && !toks[k].cap) k--;
  // ("was widely criticized as", "has been widely condemned as": a passive has no reporter in reach)
  if (k < c - 1 && PASSIVE_AUXILIARIES.has(toks[k].l)) return null;
  if (k < c - 1 && !toks[k].punct && !RELATIVE_PRONOUNS.has(toks[k].l)) {
    const m = subjectBefore(toks, k, a);
    if (m) return m;
  }
  // (past a phrase only to the subject that opens the sentence, and only for a verb of saying: else the noun before a
  // preposition is as often an object — "raising questions about ⟦…⟧")
  if (!CUES.has(toks[c].l)) return null;
  const open = contentStart(ctx);
  // ("Democrats trying to regain control of the Senate in November say": the sentence's subject and a phrase with no
  // verb of its own before the cue)
  const first = sentenceOpener(toks, a, c);
  if (first && first.i <= open + 1 && first.j < c && c - first.j <= MAX_PHRASE) {
    let clean = true;
    for (let k = first.j; k < c && clean; k++) if (toks[k].punct || AUX_OR_ADVERB.has(toks[k].l) || CUES.has(toks[k].l) || RELATIVES_BUT_WHOM.has(toks[k].l) || (!toks[k].cap && /[^e]ed$/.test(toks[k].l))) clean = false;
    if (clean) return first;
  }
  for (let p = c - 1; p > a && p >= c - MAX_PHRASE; p--) {
    const t = toks[p];
    if (t.punct || (CUES.has(t.l) && !t.cap && p < c - 1)) return null;
    if (!PREPOSITIONS.has(t.l) || t.l === 'of') continue;
    const m = subjectBefore(toks, p - 1, a) ?? quantitySubject(ctx, p);
    if (m) return m.i <= open + 2 || opensContrastClause(toks, m.i) ? m : null;
  }
  return null;
}

/** Conjunctions after a comma that open a clause of contrast, its subject right after them. */
const CONTRAST_OPENER = wordSet('while|whereas|but');

/**
 * The subject at token i opens a clause of contrast after a comma: "Retired neurosurgeon Ben Carson proposed …, while
 * ⟨Jeb Bush⟩ in a Medium post said he would put more conservative judges on the federal bench" (PolNeAR train).
 */
function opensContrastClause(toks: Tok[], i: number): boolean {
  return i >= 2 && CONTRAST_OPENER.has(toks[i - 1].l) && toks[i - 2].t === ',';
}

/**
 * The quantity at token i opens a subject of people, up to the verb at v: a number or a share word ("47 percent",
 * "Nearly half"), a bound before a number ("⟨at least⟩ 21,000 said they would"), or "none" alone before its verb
 * ("and ⟨none⟩ has said they want …"; PolNeAR train, Washington Post 2016-06-27 and 2015-11-15: each said of people
 * counted in the sentence before). Not "all but two said …" (Politico 2016-06-21, its one train case): its content
 * runs on past ", despite …", where the annotators end it, and is no match.
 */
function quantityOpens(toks: Tok[], i: number, v: number): boolean {
  const first = toks[i], next = toks[i + 1];
  if (digitFirst(first.t) || isQuantity(first.l)) return true;
  if (first.l === 'at' && (next?.l === 'least' || next?.l === 'most')) return isNumeral(toks[i + 2]?.l ?? '') || isQuantity(toks[i + 2]?.l ?? '');
  return first.l === 'none' && i + 1 === v;
}

/**
 * The comma that opens a share's figure set off by commas right before the cue at c ("about two-thirds⟨,⟩ 67 percent,
 * say", "Just shy of half⟨,⟩ 49%, say"), or -1.
 */
function figureAppositionAt(text: string, toks: Tok[], a: number, c: number): number {
  if (toks[c - 1]?.t !== ',') return -1;
  let k = c - 2;
  if (toks[k]?.l === 'percent') k--;
  // (the sign is no token of its own: "49%" is "49" and a comma)
  else if (!/^%\s*$/.test(text.slice(toks[k]?.e ?? 0, toks[c - 1].s))) return -1;
  if (k <= a || !digitFirst(toks[k].t)) return -1;
  k--;
  if (SHARE_WORDS.has(toks[k]?.l ?? '') && !toks[k].cap) k--;
  return k > a && toks[k].t === ',' ? k : -1;
}

/** "Nearly half said", "47 percent said", "more than 4 in 10 said": a share of respondents opening its clause. */
function quantitySubject(ctx: SentenceContext, c: number): Mention | null {
  const { toks, a } = ctx;
  // ("Among likely GOP primary voters, about two-thirds, 67 percent, say they will vote for Trump", "Just shy of half,
  // 49%, say the "sharing economy" reflects …", PolNeAR train, Politico 2016-05-26, USA Today 2016-03-16: the share
  // before its figure)
  const figure = figureAppositionAt(ctx.text, toks, a, c);
  if (figure > 0) return quantitySubject(ctx, figure);
  let i = c - 1;
  while (i > a && i > c - 8 && !toks[i - 1].punct) i--;
  // ("…, and more than 4 in 10 said billionaire Donald Trump would be best …": a coordinator after the comma opens the
  // share's clause, as a subordinator does: "…, while about 4 in 10 want one with political experience", "While almost
  // everyone agrees NCLB was a deeply flawed law", "after half said so in the earlier poll"; PolNeAR train)
  if (CUE_CLAUSE_OPENERS.has(toks[i].l) && i + 1 < c && !ARTICLES.has(toks[i + 1].l)) i++;
  // (the subject ends before the cue's auxiliaries: "none ⟨has⟩ said")
  let v = c;
  while (v - 1 > i && TENSED_AUX.has(toks[v - 1].l) && !toks[v - 1].cap) v--;
  const first = toks[i];
  if (i >= c || !first || !quantityOpens(toks, i, v)) return null;
  if (toks.slice(i, c).some(t => t.punct || CUES.has(t.l) && !t.cap)) return null;
  return { s: first.s, e: toks[v - 1].e, kind: 'description', i, j: v, head: toks[v - 1].l };
}
