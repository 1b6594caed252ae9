/**
 * The subject of a cue, walking left from the token before it: a pronoun, a quantifier standing for people, a name
 * (./nameBefore.ts), or a description (./descriptionBefore.ts), past an apposition (./apposition.ts) and the adverbs
 * and auxiliaries between a subject and its verb ("Lavrov also said", "he has repeatedly said"), "in the past" and a day ("Donald
 * Trump on Thursday ratcheted up …, saying", "who Beck on Wednesday called “…”", "Priebus later Thursday told Fox
 * News", "The State Department less than two weeks ago said": PolNeAR train), and on to the thing the subject only qualifies ("An Egyptian textbook just published for 9th
 * graders explains", "A Feb. 1 letter from the American Legion obtained by The Associated Press warns": thingItQualifies).
 * A body named after an office's capitalised title and "of the" is no subject, the office is, a description of its holder
 * ('"…," the President of the Sahrawi Red Crescent said', '"…," the Chairman of the Ararat Fruit Company said':
 * officeOfTheBody), as the title a place is held "to" is ("…, Chad's Ambassador to France confirmed": titleBeforeTo).
 */
import { endsInS } from '../../text/endings';
import { ANONYMITY, AUXILIARIES, AUXILIARY_SURNAMES, CALENDAR_NAMES, CLAUSE_OPENERS, COORDINATORS, BEFORE_CUE_WORDS, CUES, DETERMINERS, GIVING_PARTICIPLES, IRREGULAR_PAST, LEGISLATOR_TITLES, NOT_NAME, OTHER_PRONOUNS, PASSIVE_AUXILIARIES, PERSON_PRONOUNS, PREPOSITIONS, QUANTIFIER_SUBJECTS, REGULAR_PAST, RELATIVE_PRONOUNS, SUBJECT_RELATIVES, SUBORDINATORS, TITLES } from '../lexicon';
import { LY_ADVERB, looksAdverb } from '../../text/adverbs';
import { initialsInBrackets, type Tok } from '../tokens';
import { departmentOffice } from '../names';
import { SMALL, TENS } from '../../figures/numberWords';
import { TIME_UNITS } from '../../text/calendar';
import { appositionBefore, partyTagBefore } from './apposition';
import { isDocumentNoun } from '../../people/documents';
import { isCommonWord, isPersonNoun, isPluralPeopleNoun, isVerbForm } from '../../people/lexicon';
import { descriptionBefore } from './descriptionBefore';
import { isFullName, nameMention, pronounMention, type Mention } from './mention';
import { nameBefore } from './nameBefore';
import { allDigits, digitFirst } from '../../text/wordShape';

/** Quantifiers floated between a subject and its verb ("they each said", "Clinton and Sanders both argued"). */
/** "one" alone as a cue's subject, one of a group. */
const ONE = 'one';
export const FLOATED_QUANTIFIERS: ReadonlySet<string> = new Set(['each', 'both', 'all']);
/** Words before a day between a subject and its verb: "on Thursday", "later Thursday", "earlier Thursday". */
const DAY_LEAD_INS: ReadonlySet<string> = new Set(['on', 'later', 'earlier']);

/** The most capitalised words (a party, a seniority) between the determiner and the title: "a senior Tory MP". */
const LEGISLATOR_MODIFIERS = 3;

/**
 * "one Labour MP told the Guardian", "a Liberal MPP said": a determiner, a party and a member's title is a description
 * of someone the article does not name (a title before a name stays the name's: "Labour MP Jess Phillips said"); so
 * are members in the plural with no determiner, "Labour MPs said", "Liberal MPPs argued" (as "Republican senators
 * said" is: never the name "MPs", nor one group with the next party's "Conservative MPs").
 */
function legislatorBefore(toks: Tok[], k: number, floor: number): Mention | null {
  if (!LEGISLATOR_TITLES.has(toks[k].t)) return null;
  let a = k;
  while (a > floor && a > k - LEGISLATOR_MODIFIERS && !toks[a - 1].punct && !DETERMINERS.has(toks[a - 1].l) && (toks[a - 1].cap || /^[a-z]+$/.test(toks[a - 1].t))) a--;
  const determiner = a > floor && DETERMINERS.has(toks[a - 1].l);
  const bare = !determiner && toks[k].t.endsWith('s') && a < k && (a === floor || toks[a - 1].punct || !toks[a - 1].cap);
  if (!determiner && !bare) return null;
  const i = determiner ? a - 1 : a;
  return { s: toks[i].s, e: toks[k].e, kind: 'description', i, j: k + 1, head: toks[k].l };
}

/**
 * An adverb in -ly right after a subject ("Cruz strongly suggested"), not one of a passive, whose subject reports
 * nothing ("it was widely reported that", "His rhetoric has been widely condemned").
 */
function lyAdverbOfSubject(toks: Tok[], k: number): boolean {
  const t = toks[k];
  return !t.cap && LY_ADVERB.test(t.l) && looksAdverb(t.l) && !PASSIVE_AUXILIARIES.has(toks[k - 1]?.l ?? '');
}

/**
 * The first token at or before k (walking left no further than `floor`) that is no adverb or auxiliary standing between
 * a subject and its verb ("Lavrov also said", "he has repeatedly said"); `stopAtAnd`: no further than the conjunction of
 * a coordinated verb ("… and generally agree": cueBeforeQuote.ts).
 */
export function pastAdverbs(toks: Tok[], k: number, floor: number, stopAtAnd = false): number {
  while (k >= floor && !toks[k].punct && !(stopAtAnd && toks[k].l === 'and') && !surnameAfterName(toks, k, floor) && (BEFORE_CUE_WORDS.has(toks[k].l) || lyAdverbOfSubject(toks, k))) k--;
  return k;
}

/**
 * "Theresa May said", "George Will wrote": a capitalised function word right after a name's word is its surname, no
 * auxiliary; so is one standing alone before a verb with tense, which no auxiliary takes ("Instead, Will called for
 * Republicans to throw their support behind Chris Christie", "While Will acknowledges Trump’s appeal", PolNeAR train,
 * Western Journal 2015-11-21) — but not the month ("in May announced").
 */
const surnameAfterName = (toks: Tok[], k: number, floor: number): boolean =>
  toks[k].cap && AUXILIARY_SURNAMES.has(toks[k].l) && k > floor && ((toks[k - 1].cap && !toks[k - 1].punct && !toks[k - 1].poss) || loneSurname(toks, k));

/** A capitalised function word of AUXILIARY_SURNAMES, no month, before a verb with tense ("Will believes", "Will wrote"). */
const loneSurname = (toks: Tok[], k: number): boolean => !CALENDAR_NAMES.has(toks[k].l) && !!toks[k + 1] && finiteVerb(toks[k + 1]);
/** Token k as a one-word name when it is such a surname standing alone (loneSurname), which no name run reads; else null. */
const loneSurnameMention = (toks: Tok[], k: number): Mention | null =>
  AUXILIARY_SURNAMES.has(toks[k].l) && !toks[k].poss && loneSurname(toks, k) ? nameMention(toks, k, k + 1) : null;

/** Counts of a span of time besides numbers ("a year ago", "several weeks ago", "a few days ago"). */
const SPAN_COUNTS: ReadonlySet<string> = new Set(['a', 'an', 'several', 'few', 'many']);
/** Words before a count ("about two weeks ago", "just a year ago"); "less than" and "more than" are read apart. */
const SPAN_COUNT_LEAD_INS: ReadonlySet<string> = new Set(['about', 'nearly', 'almost', 'just', 'only', 'roughly', 'some']);

/**
 * The token before a span of time back from now that ends at the "ago" at k ("less than two weeks ago", "a few days
 * ago", "18 months ago"), or k when no such span ends there (PolNeAR train: "The State Department less than two weeks
 * ago said for the first time that “top secret” intelligence had passed …").
 */
function beforeAgoPhrase(toks: Tok[], k: number, floor: number): number {
  let a = k - 2;
  if (a <= floor || !TIME_UNITS.has(toks[k - 1].l)) return k;
  const count = toks[a];
  if (!(allDigits(count.t) || count.l in SMALL || count.l in TENS || SPAN_COUNTS.has(count.l))) return k;
  if (count.l === 'few' && toks[a - 1]?.l === 'a') a--;
  if (a - 2 > floor && toks[a - 1].l === 'than' && (toks[a - 2].l === 'less' || toks[a - 2].l === 'more')) a -= 2;
  else if (a - 1 > floor && SPAN_COUNT_LEAD_INS.has(toks[a - 1].l)) a--;
  return a - 1;
}

/** A mark follows token j: a punctuation token, or a quotation mark (which the tokens leave out) before the next word. */
const markAfter = (toks: Tok[], j: number): boolean => !toks[j + 1] || toks[j + 1].punct || toks[j + 1].s > toks[j].e + 1;

/**
 * How far back from the token before a cue the relative opening a clause between its subject and the cue may stand
 * ("who spent six hours cutting fishing rope from a young humpback whale off Twillingate", 14; "who was tricked into
 * handing over her life savings to a fraudster posing as an American army surgeon", a MailOnline-style probe,
 * test/fixtures/outlets uk-mail-romance-scam.txt, 18; 12 → 15 moved nothing on PolNeAR train or dev, 15 → 20 left dev
 * unchanged).
 */
const RELATIVE_CLAUSE_REACH = 20;

/** How many words before a "because" the words that withhold a source's name may take ("on the condition of anonymity"). */
const ANONYMITY_WORDS = 5;

/** The words right before token w withhold a source's name ("asked not to be named | because …"). */
function anonymityBefore(toks: Tok[], w: number, floor: number): boolean {
  const from = Math.max(floor + 1, w - ANONYMITY_WORDS);
  return from < w && ANONYMITY.test(toks.slice(from, w).map(t => t.l).join(' ')) && toks.slice(from, w).every(t => !t.punct);
}

/**
 * The last word of the place that a region set off by commas follows, when token k is the comma closing the region
 * ("off Twillingate, N.L.,", "in Hartford, Conn.,"): one capitalized word, its period apart or not, after a comma and a
 * capitalized word. -1 otherwise.
 */
function regionTagPlace(toks: Tok[], k: number): number {
  if (toks[k]?.t !== ',') return -1;
  const r = toks[k - 1]?.t === '.' ? k - 2 : k - 1;
  return r >= 2 && toks[r].cap && toks[r - 1].t === ',' && toks[r - 2].cap ? r - 2 : -1;
}

/** Token w is "as" after a participle ("posing as", "working as", "known as"): a preposition, no subordinator. */
function asAfterParticiple(toks: Tok[], w: number): boolean {
  const before = toks[w - 1];
  return toks[w].l === 'as' && !!before && !before.cap && !before.punct && /\p{Ll}{2}(?:ing|ed)$/u.test(before.l);
}

/** Lower-case words that join a list's last item ("work, school and medical appointments"). */
const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'or']);

/**
 * Token w is a comma between two items of a list of lower-case words that "and" or "or" closes before token k, with
 * no other mark after it ("to get to work|, school and medical appointments").
 */
export function listComma(toks: Tok[], w: number, k: number): boolean {
  const plain = (t: Tok | undefined): boolean => !!t && !t.punct && !t.cap;
  if (toks[w].t !== ',' || !plain(toks[w - 1]) || !plain(toks[w + 1]) || LIST_JOINERS.has(toks[w + 1].l)) return false;
  for (let x = w + 2; x < k; x++) {
    if (!plain(toks[x])) return false;
    if (LIST_JOINERS.has(toks[x].l)) return plain(toks[x + 1]) && x + 1 < k;
  }
  return false;
}

/**
 * The subject a relative clause ending at token k qualifies, when that clause stands between the subject and its cue
 * (PolNeAR train: "the groups who wrote to her on Thursday say they are “…”" → the groups; "Two officials who spoke on
 * condition of anonymity said" → Two officials, not "condition of anonymity"): a "who" or "that" right before a verb,
 * the noun phrase right before it, no mark between it and the cue. Null when no such clause ends at k. (For the cue's
 * own subject only, when the subject found stands inside that clause: cueBeforeQuote.ts.)
 */
export function relativeClauseAntecedent(toks: Tok[], k: number, floor: number): Mention | null {
  // (a place's region set off by commas ends the clause: "who spent six hours cutting … off Twillingate, N.L., says")
  const place = regionTagPlace(toks, k);
  if (place > floor) k = place + 1;
  for (let w = k - 1, reach = k - RELATIVE_CLAUSE_REACH; w > floor && w > reach; w--) {
    // (the reason a source withholds its name belongs to the clause that withholds it, and the reach starts again before
    // it: "A campaign spokesperson who asked not to be named because they were not authorized to speak publicly said",
    // an Ottawa Citizen-style probe)
    if (toks[w].l === 'because' && anonymityBefore(toks, w, floor)) {
      reach = w - RELATIVE_CLAUSE_REACH;
      continue;
    }
    // (no mark, and no clause of its own between: "who gained national attention in 2009 when he yelled"; "as" after a
    // participle is a preposition: "A grandmother who was tricked … by a fraudster posing as an American army surgeon
    // has told how she was ‘completely taken in’", a MailOnline-style probe, where the partial quote was the surgeon's)
    // (a list's comma is no mark that ends the clause: "Wolfe Island residents who rely on the ferry to get to work,
    // school and medical appointments say they are fed up", a Whig-Standard-style probe, test/fixtures/outlets
    // ca-whig-kingston-ferry-cancellations.txt)
    if (listComma(toks, w, k)) continue;
    if (toks[w].punct || (SUBORDINATORS.has(toks[w].l) && !asAfterParticiple(toks, w))) return null;
    if (!SUBJECT_RELATIVES.has(toks[w].l)) continue;
    // (its verb follows, before the cue's: "who spoke", "that came out"; not a clause with a subject of its own, "that
    // he said", nor the cue as the relative's own verb, "the organization that has declared a “caliphate”")
    const verb = toks[w + 1];
    if (verb.punct || verb.cap || DETERMINERS.has(verb.l) || PERSON_PRONOUNS.has(verb.l) || OTHER_PRONOUNS.has(verb.l) || pastAdverbs(toks, k, w + 1) <= w) return null;
    // (a name the clause is set off from by a comma it never closes, the name opening its clause: '"…,"Katie Packer, who
    // is chairman of Our Principles Pac said in a statement', PolNeAR train, Politico 2016-01-28, was "Principles Pac")
    if (toks[w - 1]?.t === ',' && toks[w].l === 'who') return unclosedRelativeName(toks, w - 1, floor);
    // (the noun phrase's head, not a preposition's object: "the areas of the regulator’s network that were hacked")
    const m = subjectBefore(toks, w - 1, floor);
    if (!m || m.kind === 'pronoun' || m.j !== w) return null;
    const before = DETERMINERS.has(toks[m.i - 1]?.l ?? '') ? m.i - 2 : m.i - 1;
    // (nor an apposition, whose name the apposition rules find: "Nate Silver, the polling guru who founded
    // fivethirtyeight.com tweeted", PolNeAR train: cueAfterQuote.ts subjectAppositionCue; a day is no name, "At Clementi
    // MRT station on Tuesday, commuters who spoke to The Straits Times said", a Straits Times-style probe; nor is a sentence's
    // opening adverb, "However, two truck drivers who spoke to Hiiraan Online on condition of anonymity said …", a
    // Hiiraan Online-style probe, test/fixtures/outlets so-hiiraan-mogadishu-food-prices.txt, probes-ww, was "Hiiraan Online")
    const apposition = toks[m.i - 1]?.t === ',' && m.i - 2 >= floor && toks[m.i - 2].cap && !CALENDAR_NAMES.has(toks[m.i - 2].l) && !NOT_NAME.has(toks[m.i - 2].l);
    return PREPOSITIONS.has(toks[before]?.l ?? '') || apposition ? null : m;
  }
  return null;
}

/**
 * The speaker a relative clause ending at token k qualifies, when that speaker is the subject of a cue inverted right
 * before it (after the quote or a comma): the subject of a verb coordinated with the clause's own, "…," said a former
 * U.S. law enforcement official who oversaw counterintelligence investigations and described the email controversy as
 * "a lesser set of circumstances." (PolNeAR train, Washington Post 2016-03-03, was Petraeus, the sentence's subject).
 * Not a relative clause on an object, "Clinton criticized the people who support Trump and said …", nor on a cue's
 * clause, "she said the people who … and said".
 */
export function relativeOfInvertedCue(toks: Tok[], k: number, floor: number): Mention | null {
  const m = relativeClauseAntecedent(toks, k, floor);
  const cue = m ? toks[m.i - 1] : undefined;
  return m && cue && m.i - 1 >= floor && !cue.cap && CUES.has(cue.l) && (m.i - 1 === floor || !!toks[m.i - 2]?.punct) ? m : null;
}

/**
 * The name ending right before the comma at token k that opens a relative clause ", who …" — a name opening its clause
 * (at `floor` or after a mark) and no pronoun or description; else null.
 */
export function unclosedRelativeName(toks: Tok[], k: number, floor: number): Mention | null {
  const m = k - 1 >= floor ? subjectBefore(toks, k - 1, floor) : null;
  return m && m.kind === 'name' && m.j === k && (m.i === floor || toks[m.i - 1]?.punct) ? m : null;
}

/**
 * The subject of the cue at token c given the subject found right before it (`found`): the noun a relative clause
 * between them qualifies (relativeClauseAntecedent) when none was found or the one found stands inside that clause, a
 * preposition's object or a place ("Two officials who spoke on condition of anonymity said" → Two officials; "A marine
 * biologist who spent six hours cutting … off Twillingate, N.L., says" → A marine biologist); else `found`.
 */
export function pastRelativeClause(toks: Tok[], c: number, floor: number, found: Mention | null): Mention | null {
  const qualified = relativeClauseAntecedent(toks, c - 1, floor);
  // (the relative itself, right after the comma that sets off the name, is the subject found and stands for that name:
  // "Beck, who has in the past described Trump as “…”", PolNeAR train, Breitbart 2016-05-03, whose Source is "who")
  if (qualified && found?.kind === 'pronoun' && found.i === qualified.j + 1 && toks[qualified.j]?.t === ',') return found;
  return qualified && (!found || found.i > qualified.j) ? qualified : found;
}

/**
 * subjectBefore's answers per token array, by k and floor: the quote rules and the reported-speech rules ask about the
 * same words before a cue again (a third of the asks on PolNeAR dev). Every caller gets the same Mention object: it is
 * never changed once read (Mention's fields are readonly: a rule that moves one makes a new one), and tokens never
 * change once tokenize returns them (../tokens.ts Tok). Nothing invalidates an entry: the array's answers go with it.
 */
const SUBJECTS_READ = new WeakMap<readonly Tok[], Map<number, Mention | null>>();

/** The subject that ends at token k (inclusive), walking left no further than `floor`; null when there is none. */
export function subjectBefore(toks: Tok[], k: number, floor: number): Mention | null {
  if (k < 0 || floor < 0 || k >= toks.length || floor > toks.length) return readSubjectBefore(toks, k, floor);
  let read = SUBJECTS_READ.get(toks);
  if (!read) SUBJECTS_READ.set(toks, read = new Map());
  const key = k * (toks.length + 1) + floor;
  let m = read.get(key);
  if (m === undefined) read.set(key, m = readSubjectBefore(toks, k, floor));
  return m;
}

function readSubjectBefore(toks: Tok[], k: number, floor: number): Mention | null {
  const verb = toks[k + 1];
  k = pastAdverbs(toks, k, floor);
  // "Hillary Clinton on Tuesday called …", "Gov. Mike Pence on Thursday blamed": a day between the subject and its verb
  // ("Priebus later Thursday told Fox News", "Gowdy earlier Thursday said")
  if (k - 1 > floor && CALENDAR_NAMES.has(toks[k].l) && DAY_LEAD_INS.has(toks[k - 1].l)) k = pastAdverbs(toks, k - 2, floor);
  // ("Beck, who has in the past described Trump as “…”": a time phrase between the subject and its verb)
  else if (k - 2 > floor && toks[k].l === 'past' && toks[k - 1].l === 'the' && toks[k - 2].l === 'in') k = pastAdverbs(toks, k - 3, floor);
  // ("The State Department less than two weeks ago said …": a span of time back from now)
  else if (k - 2 > floor && toks[k].l === 'ago') k = pastAdverbs(toks, beforeAgoPhrase(toks, k, floor), floor);
  // ("Her campaign workers here said they have been working the state since the spring", PolNeAR train: "here" between
  // the subject and its verb; not a preposition's, "from here")
  else if (k - 1 > floor && toks[k].l === 'here' && !toks[k - 1].punct && !PREPOSITIONS.has(toks[k - 1].l)) k = pastAdverbs(toks, k - 1, floor);
  // ("what the New York Times and Los Angeles Times each called a “rough week”", PolNeAR train: a quantifier floated
  // after its subject, "they both said", "the two all agreed")
  else if (k - 1 > floor && FLOATED_QUANTIFIERS.has(toks[k].l) && !toks[k - 1].punct && !PREPOSITIONS.has(toks[k - 1].l) && !DETERMINERS.has(toks[k - 1].l)) k = pastAdverbs(toks, k - 1, floor);
  // ("…, the Irish Nurses and Midwives Organisation (INMO) has said.": the body's initials after its name)
  if (toks[k]?.t === ')' && k - 3 >= floor && initialsInBrackets(toks, k - 2)) k -= 3;
  if (k < floor) return null;
  const tagged = partyTagBefore(toks, k, floor);
  if (tagged !== undefined) return tagged;
  const past = appositionBefore(toks, k, floor);
  if ('mention' in past) return past.mention;
  // ("Democratic Progressive Party (DPP) Legislator Tsai Pei-ling (蔡佩玲), who represents a district in Kaohsiung, said",
  // a Focus Taiwan-style probe, tw-focustaiwan-typhoon-vegetable-prices, was the party; "Sen. Claire McCaskill (D-Mo.),
  // who has endorsed Clinton, said", PolNeAR train, Politico 2015-11-09; "Coun. Jason Sainte-Marie (St. Vital), who
  // chairs the community services committee, said", test/fixtures/outlets ca-wfp-police-budget-vote: a relative clause
  // set off after a bracket closing a name's gloss, tag or ward is read past, then the bracket as at a cue; before a
  // verb of speech only: "Toomey and Sen. Kelly Ayotte (R-N.H.), who are both in tight reelection races, endorsed the
  // compromise led by …", PolNeAR train, Politico 2016-06-22, would report "the compromise led", in no gold attribution)
  if (glossBeforeRelative(toks, past.k, k) && CUES.has(verb?.l ?? '')) return subjectBefore(toks, past.k, floor);
  k = past.k;
  // ("A former ministry ecologist who worked on caribou recovery for 15 years, and who asked not to be named …, said":
  // a second relative clause set off by commas goes on a first one, and the noun that first one qualifies is the subject)
  if (toks[k + 1]?.t === ',' && COORDINATORS.has(toks[k + 2]?.l ?? '') && SUBJECT_RELATIVES.has(toks[k + 3]?.l ?? '')) {
    const qualified = relativeClauseAntecedent(toks, k + 1, floor);
    if (qualified) return qualified;
  }
  const t = toks[k];
  if (t.punct) return null;
  if (PERSON_PRONOUNS.has(t.l) || OTHER_PRONOUNS.has(t.l)) return pronounMention(toks, k);
  // "the Associated Press report, which notes, “…”", "He held up the sign — which read “Hispanics 4 Trump”": the
  // relative pronoun of a thing after a mark is the subject of the cue right after it, when a mark follows that cue
  // ("the annual talks, which started in a smaller form a decade ago, remained ''…''": no)
  if (t.l === 'which' && k > floor && toks[k - 1].punct && CUES.has(toks[k + 1]?.l ?? '') && markAfter(toks, k + 1)) return pronounMention(toks, k);
  // "Some chanted “USA! USA!”", "Others said": a quantifier standing for people (or "one" of a group named before:
  // "Labour backbenchers were privately more worried. “…,” one said.", test/fixtures/outlets uk-times-pmqs-prisons.txt)
  if ((QUANTIFIER_SUBJECTS.has(t.l) || (t.l === ONE && CUES.has(toks[k + 1]?.l ?? ''))) && (k === floor || toks[k - 1].punct || COORDINATORS.has(toks[k - 1].l))) return { s: t.s, e: t.e, kind: 'description', i: k, j: k + 1, head: t.l };
  const found = t.cap ? legislatorBefore(toks, k, floor) ?? nameBefore(toks, k, floor) ?? loneSurnameMention(toks, k) : descriptionBefore(toks, k, floor);
  // (the place an envoy's title is held to is no subject, the title is: "…, Chad's Ambassador to France confirmed.",
  // PolNeAR train, HuffPost 2016-05-19, whose source was "France")
  const envoy = found?.kind === 'name' ? titleBeforeTo(toks, found.i, floor) : -1;
  if (envoy >= 0) return subjectBefore(toks, envoy, floor);
  const office = found?.kind === 'name' ? officeOfTheBody(toks, found, floor) : null;
  if (office) return office;
  return found && found.kind !== 'pronoun' ? subjectPastPhrases(toks, thingItQualifies(toks, found, floor), floor) : found;
}

/** The capitalised title before "to" and the name at token i ("Ambassador | to France"), or -1. */
function titleBeforeTo(toks: Tok[], i: number, floor: number): number {
  const title = i - 2;
  return title >= floor && toks[i - 1].l === 'to' && toks[title].cap && TITLES.has(toks[title].l) ? title : -1;
}

/**
 * The office whose capitalised title, after a lower-case "the", holds the body named at m "of the" ("the President | of
 * the Sahrawi Red Crescent"): the description of whoever holds it, as "the president of the Red Crescent" is, its head
 * the title's last word; else null. '"…," the President of the Sahrawi Red Crescent said' after "The President of the
 * Sahrawi Red Crescent, Mr. Yahdih Mohamed Fadel Bouchraya, warned …" (an SPS-style probe, test/fixtures/outlets
 * eh-sps-refugee-camps-food-basket-cut.txt, s46-probes-za) went to the body, and "He explained that …" after it too.
 */
function officeOfTheBody(toks: Tok[], m: Mention, floor: number): Mention | null {
  const the = toks[m.i - 1], of = toks[m.i - 2];
  if (m.i - 4 < floor || the.l !== 'the' || the.cap || of.l !== 'of' || of.cap) return null;
  let a = m.i - 3;
  while (a > floor && toks[a].cap && TITLES.has(toks[a].l)) a--;
  if (a === m.i - 3 || toks[a].l !== 'the' || toks[a].cap) return null;
  return { s: toks[a].s, e: m.e, kind: 'description', i: a, j: m.j, head: toks[m.i - 3].l };
}

/** The apposition read past before token k ended at a closing bracket `at` and opened with a relative pronoun (") , who …"). */
const glossBeforeRelative = (toks: Tok[], at: number, k: number): boolean =>
  at < k && toks[at]?.t === ')' && toks[at + 1]?.t === ',' && SUBJECT_RELATIVES.has(toks[at + 2]?.l ?? '');

/** Prepositions of the occasion, place or time of speaking set between a subject and its verb ("in", "at", "on"). */
const SPEAKING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'during', 'via']);
/** How far back from the mention the subject before its prepositional phrases may end. */
const PHRASE_CHAIN_REACH = 12;
/** Words that open a clause: a subject before them is that clause's, not the cue's ("Trump at a rally where he …"). */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, ...SUBORDINATORS, ...COORDINATORS, 'that', 'where', 'whose', 'whom', 'if']);
/** Words after which a mention stands in a clause's subject place ("and Clinton", "that Clinton", "when Clinton"). */
export const SUBJECT_LEAD_INS: ReadonlySet<string> = new Set([...CLAUSE_OPENERS, 'that', 'because', 'after', 'before', 'since', 'if', 'then', 'so']);

/** A word of a prepositional phrase: no mark, verb, pronoun subject or clause word ("an interview with CNN", "a rally in Ohio"). */
const phraseWord = (t: Tok): boolean => !t.punct && (t.cap || !(CUES.has(t.l) || AUXILIARIES.has(t.l) || PERSON_PRONOUNS.has(t.l) || OTHER_PRONOUNS.has(t.l) || CLAUSE_WORDS.has(t.l) || IRREGULAR_PAST.has(t.l)));

/** The mention m stands where a clause's subject does: at the floor, after a mark or a clause's opening word. */
const atClauseStart = (toks: Tok[], m: Mention, floor: number): boolean =>
  m.i <= floor || toks[m.i - 1].punct || SUBJECT_LEAD_INS.has(toks[m.i - 1].l);

/**
 * A name of one word that may be a capitalised common word, a verb or a role ("Polls", "Preys", "Senator"), or a number
 * ("Six in 10", "One in three"): no subject of its own before a phrase.
 */
function commonWordName(toks: Tok[], m: Mention): boolean {
  const t = toks[m.i];
  return m.j - m.i === 1 && (digitFirst(t.t) || t.l in SMALL || t.l in TENS || isCommonWord(t.t) || isVerbForm(t.l) || isPersonNoun(t.l));
}

/**
 * The name before the prepositional phrases that the mention m found before a cue only ends: "Clinton in an interview
 * with CNN said" → Clinton, not CNN; "Trump at a rally in Ohio said" → Trump, not Ohio. m opens the object of a
 * preposition (or of its determiner: "at the White House"); the name stands in a clause's subject place right before
 * a phrase of "in", "at", "on", "during" or "via", with no mark, verb or clause word from it up to m. Not a description
 * ("Polls in New Hampshire show", "A review of his work in Ukraine shows": PolNeAR train keeps the place in the
 * source), nor a phrase of "of", "for", "from" or "by", which qualifies its noun ("Senator from Texas says"). m itself
 * when no such name stands before it. (PolNeAR train holds the shape but had no error from it, the reported rules
 * reading "Jeb Bush in a Medium post said" right on their own; the outlet-style cases are the reader's.)
 */
function subjectPastPhrases(toks: Tok[], m: Mention, floor: number): Mention {
  const p = DETERMINERS.has(toks[m.i - 1]?.l ?? '') ? m.i - 2 : m.i - 1;
  // (the verb follows the phrase: not a phrase an apposition closes, "Authorities in North-Rhine Westphalia, the German
  // state next to Belgium, announced", PolNeAR train, whose place stays in the source)
  if (p <= floor || toks[p].cap || !(PREPOSITIONS.has(toks[p].l) || SPEAKING_PREPOSITIONS.has(toks[p].l)) || !toks[m.j] || toks[m.j].punct) return m;
  for (let x = p; x > floor && x >= m.i - PHRASE_CHAIN_REACH; x--) {
    const t = toks[x];
    if (!phraseWord(t)) return m;
    if (t.cap || !SPEAKING_PREPOSITIONS.has(t.l) || toks[x - 1].punct) continue;
    const subj = subjectBefore(toks, x - 1, floor);
    if (!subj || subj.j !== x || subj.kind !== 'name' || !atClauseStart(toks, subj, floor)) continue;
    // (an office and its portfolio alone, the chamber it is held in, then its holder's name: the whole is the holder,
    // "Leader of Opposition in the Delhi Assembly Vijender Malhotra accused the government of "…"", an NDTV-style probe,
    // test/fixtures/outlets in-ndtv-delhi-grap-schools.txt, whose speaker was the office, "Opposition")
    if (t.l === 'in' && departmentOffice(toks, subj.i, subj.j) && isFullName(m)) return { s: subj.s, e: m.e, kind: 'name', i: subj.i, j: m.j };
    return commonWordName(toks, subj) ? m : subj;
  }
  return m;
}


/** Prepositions after a participle that qualifies the noun before it ("obtained by", "published for"). */
const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'for']);
/** Prepositions after a document noun that name its issuer or its addressee ("a letter from", "a letter to"). */
const DOCUMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'to']);
/** A lowercase finite verb by its form: a past ("relayed", "led") or a present in -s ("leads"). */
const finiteVerb = (t: Tok): boolean => !t.cap && !t.punct && (REGULAR_PAST.test(t.t) || IRREGULAR_PAST.has(t.t) || (/^[a-z]{2,}.s$/.test(t.t) && endsInS(t.t)));
/** Pronouns of one person among others ("someone in the audience", "one of the protesters"). */
const INDEFINITE_PEOPLE: ReadonlySet<string> = new Set(['someone', 'somebody', 'one', 'anyone']);
/** Prepositions between such a pronoun and the group ("in the audience", "from the crowd", "among the protesters"). */
const CROWD_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'from', 'among', 'of']);

/**
 * The noun a subject found before a cue only qualifies, walking left: the object of a participle phrase ("An Egyptian
 * textbook just published for 9th graders explains “…”" → An Egyptian textbook) or of a document's "from" or "to" ("A
 * Feb. 1 letter from the American Legion obtained by The Associated Press warns that “…”" → A Feb. 1 letter: PolNeAR
 * train), or the group "someone in" stands for ("someone in the audience shouted"). The mention itself when it qualifies
 * nothing.
 */
function thingItQualifies(toks: Tok[], m: Mention, floor: number): Mention {
  for (;;) {
    // (past the article a name leaves out: "by The Associated Press")
    const p = DETERMINERS.has(toks[m.i - 1]?.l ?? '') ? m.i - 2 : m.i - 1;
    if (p - 1 <= floor) return m;
    let head: Mention | null = null;
    if (PARTICIPLE_PREPOSITIONS.has(toks[p].l) && REGULAR_PAST.test(toks[p - 1].t)) {
      // (an adverb before the participle: "just published")
      const before = p - 2 >= floor && BEFORE_CUE_WORDS.has(toks[p - 2].l) ? p - 3 : p - 2;
      head = before >= floor && !toks[before].punct ? subjectBefore(toks, before, floor) : null;
    } else if (DOCUMENT_PREPOSITIONS.has(toks[p].l) && isDocumentNoun(toks[p - 1].l)) {
      head = descriptionBefore(toks, p - 1, floor);
    }
    else if (SUBJECT_RELATIVES.has(toks[p - 1].l) && finiteVerb(toks[p]) && p - 2 >= floor && !toks[p - 2].punct) {
      // ("One Democratic official who relayed the exchange said Reid quieted the chatter": the object of a relative
      // clause is no subject, the noun the clause qualifies is, PolNeAR train)
      const antecedent = subjectBefore(toks, p - 2, floor);
      return antecedent && antecedent.kind !== 'pronoun' && antecedent.j <= p - 1 ? antecedent : m;
    } else if (GIVING_PARTICIPLES.has(toks[p].l) && !toks[p].cap) {
      // ("In a national USA TODAY/Suffolk University Poll, likely voters given the choice of four options -- … -- are most
      // inclined to say …", PolNeAR train, USA Today 2016-02-17, was "choice of four options": the thing given is no
      // subject, the people it is given to are)
      const people = subjectBefore(toks, p - 1, floor);
      return people && people.kind === 'description' && people.j === p && isPluralPeopleNoun(toks[p - 1].l) ? people : m;
    } else if (CROWD_PREPOSITIONS.has(toks[p].l) && INDEFINITE_PEOPLE.has(toks[p - 1].l)) {
      // ("When someone in the audience shouted, “Cruz,”": the one person of the crowd, PolNeAR train)
      return { s: toks[p - 1].s, e: m.e, kind: 'description', i: p - 1, j: m.j, head: toks[p - 1].l };
    }
    if (!head || head.kind !== 'description' || head.j > m.i) return m;
    m = head;
  }
}
