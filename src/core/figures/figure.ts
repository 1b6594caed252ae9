/**
 * One figure read from a candidate position: the number, what is around it (currency, scale, percent, the
 * counted noun, approximators, a range), or the reason it is not a figure. A share "N in M" and a noun is read as two
 * numbers, the first counting the noun and the second nothing ("one in three Andium households": one household, three;
 * "1 in 4 residents": one resident, four). A currency code before the number is no currency in a run of words in
 * capitals (inCapitalsRun): 'a banner read "ALL 12 MEMBERS MUST RESIGN"' in an Albanian story counts 12 members, not
 * 12 lek; "fines reach up to ALL 500,000" and "USD 5 MILLION" are money. A "$" with capitals after it is that currency's
 * sign ("from $U 50 to $U 55", Uruguayan pesos, dollarSuffixBefore). An age may be given with "now" after a name or
 * people set off by a comma, alone or listed ("Mr. Daniloff, now 81 and retired in Cambridge, Mass., said", "She left
 * behind three children, now 12, 9 and 5, and her husband", nowAge).
 */
import { approximatorAfter, approximatorBefore, pastApproximator, plusBeforeNoun } from './approximators';
import { CODE_WORDS, codeBefore, codeWithPointBefore, type CodeWords, currencySymbol, currencyWord, dollarPrefix, dollarSuffix, type HomeSigns, letteredSignBefore, letterSignBefore, LETTER_SIGNS, type LetterSigns, subunitJoinedAfter, shillingStrokeAfter } from './money';
import { digitValue, FRACTIONS, isNumberWord, PLURAL_SCALES, readCardinal, SCALE_ABBREV, SCALES, SMALL, tidy } from './numberWords';
import { figurativeCompoundEnd, inLinkOrHandle, isZeroIdiom, isAircraftModel, isDatePart, isEnumeration, isHourOfDay, isIdentifierBefore, inQuotedTitle, inUnquotedTitle, isInlineListNumber, isListItem, isNumberToDial, isListNumber, isNamePart, isRouteNumber, isTimePart, isYearAbbreviation, isYearNumber, phoneEnd } from './notFigures';
import { isDigit, isLetter, isSpace, joined, tokensBefore, tokensFrom, type Tok } from './tokens';
import { oneCountsNothing } from './one';
import { readRangeEnd, votesAround } from './range';
import { POSSESSIVE_DETERMINERS, without } from '../text/determiners';
import { PERSONAL_SUBJECT_PRONOUNS } from '../text/pronouns';
import { isDemonym, isPersonNoun, isPlace, isPluralPeopleNoun, isRoleNoun } from '../people/lexicon';
import { FUNCTION_WORDS as GRAMMAR_WORDS } from '../text/functionWords';
import { SURNAME_PARTICLES } from '../quotes/lexicon';
import { figureOf, type Reading, reject } from './reading';
import { readFraction, readHyphenatedShare } from './fraction';
import { shareNumber, shareSecondAt } from './share';

export type { Reading } from './reading';
import { readSuffix } from './suffix';
import { householdVerbAfter, impliedUnit, isJoinedMeasure, partitiveUnit, passiveUnit, TIME_UNITS, unitNoun } from './units';
import { readVague, vagueCounted, vagueLead } from './vague';
import { wordTable } from '../text/wordTable';
import { DASH_CHARS } from '../text/dashes';
import { NAME_SUFFIX_ABBREVIATIONS } from '../text/abbreviations';
import { wordSet } from '../people/lexicon';


const AHEAD = 18;
/** One group of continental thousands ("45.000"). */
const CONTINENTAL = /^[0-9]{1,3}\.[0-9]{3}$/;
/** A hyphen left hanging before "to" ("18- to 24-year-old"). */
const HANGING_HYPHEN = /^[-–]\s+(?:to|and|or)\s+(?=\d)/;
/** Words that make the number after a date's "to" a percentage ("from 40 percent on July 14 to 46 percent"). */
const PERCENT_AFTER = new Set(['percent', '%', 'percentage', 'points', 'pct']);
/** The rest of a ratio written as one word ("2-to-1"). */
const RATIO = /^-to-(\d{1,3})(?![\d,.]\d)/;
const BEHIND = 6;


/** The end of the run of characters (letters, digits and these) from `pos`, for skipping identifiers. */
function runEnd(text: string, pos: number, extra: string): number {
  let i = pos;
  const limit = Math.min(text.length, pos + 200);
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (isDigit(c) || isLetter(c) || extra.includes(text[i])) i++; else break;
  }
  return Math.max(i, pos + 1);
}

/** A name's suffix and its point before the comma at lead[0] ("Donald Trump, Jr., 38"), lead nearest first. */
function nameSuffixBefore(lead: Tok[]): boolean {
  const [, point, suffix] = lead;
  return point?.w === '.' && !!suffix && suffix.k === 'w' && joined(suffix, point) && NAME_SUFFIX_ABBREVIATIONS.has(suffix.l);
}

/** A mark a sentence or a clause opens after: a full stop, a colon, a quotation mark, a bracket, a dash, a bullet. */
const SENTENCE_OPENING_MARK = new RegExp(`^[.!?:;"“”'‘’(${DASH_CHARS}\\-•*|\\]]$`);

/** A quotation mark by itself (one that closes a quote when written against what comes before it). */
const CLOSING_QUOTE_MARK = /^["”'’]$/;

/**
 * At the start of a sentence or clause, or after an all-capitals headline word, a capitalised number word is still a
 * number. A closing quotation mark written against a comma or a word ends a quote, not the sentence: what follows
 * is its attribution ("“On this basis,” Zero Hedge said": first written on a PolNeAR dev example; holds on no train
 * article, where no capitalised number word follows a closing quotation mark).
 */
function atSentenceStart(prev: Tok[]): boolean {
  const p = prev[0];
  if (!p || p.nl) return true;
  if (CLOSING_QUOTE_MARK.test(p.w) && !p.sp && prev[1] && (prev[1].w === ',' || prev[1].k !== 'p')) return false;
  return SENTENCE_OPENING_MARK.test(p.w) || /^[A-Z]{2,}$/.test(p.w);
}

/** A word in capitals of two letters or more ("MEMBERS", "MUST"), not a scale ("MILLION", "BN"). */
const capitalsWord = (t: Tok | undefined): boolean => !!t && t.k === 'w' && /^[A-Z]{2,}$/.test(t.w) && !(t.l in SCALES) && !(t.l in SCALE_ABBREV);

/**
 * A code before the number at toks[i] that stands in a run of words in capitals, which writes a word the code spells
 * ("ALL 12 MEMBERS MUST RESIGN", a banner in an Albanian story, is no 12 lek; "fines of up to ALL 500,000" and "USD 5
 * MILLION" are money): the word before the code or the word after the number in capitals, not a scale.
 */
function inCapitalsRun(prev: Tok[], toks: Tok[], i: number): boolean {
  const after = toks[i + 1];
  return (!!prev[1] && !prev[0].nl && capitalsWord(prev[1])) || (!!after && after.sp && !after.nl && capitalsWord(after));
}

/** Possessives of people, before an age ("in their 80s"): the possessive determiners but "its", a thing's. */
const POSSESSIVE: ReadonlySet<string> = without(POSSESSIVE_DETERMINERS, 'its');
const PART_OF_TENS: Readonly<Record<string, [number, number]>> = wordTable({
  low: [0, 3], lower: [0, 3], early: [0, 3], mid: [3, 6], high: [6, 9], upper: [6, 9], late: [6, 9],
});

/**
 * "the mid-30s", "the low 50s", "in their 80s", "in his early 60s": a quantity known to its tens (a rating, a rate, an
 * age), read as a range ("mid-30s" -> 33 to 36). A decade needs a year ("the 1990s", "the late '70s", "the 60s"), so
 * only "low/mid/high/upper/lower" or a possessive before the number make it a quantity.
 */
function tensOfQuantity(text: string, toks: Tok[], i: number, prev: Tok[]): Reading | null {
  const t = toks[i], s = toks[i + 1];
  if (!/^[1-9]0$/.test(t.w) || !joined(t, s) || isLetter(text.charCodeAt(s.e)) || isDigit(text.charCodeAt(s.e))) return null;
  // "mid-30s" (the hyphen written against both) or "low 50s"
  let k = 0;
  if (prev[0]?.w === '-' && joined(prev[0], t) && joined(prev[1], prev[0])) k = 1;
  const q = prev[k]?.k === 'w' && prev[k].l in PART_OF_TENS && (k === 1 || !joined(prev[0], t)) ? prev[k] : null;
  const owner = POSSESSIVE.has((q ? prev[k + 1] : prev[0])?.l ?? '') ? (q ? prev[k + 1] : prev[0]) : null;
  if (!owner && (!q || q.l === 'early' || q.l === 'late')) return null;
  const n = +t.w;
  const [a, b] = q ? PART_OF_TENS[q.l] : [0, 9];
  const start = q ? q.s : t.s;
  const fig = figureOf(text, start, s.e, { value: null, unit: owner ? 'year' : null, approximate: true, kind: owner ? 'age' : 'range', range: [n + a, n + b] });
  return { figure: fig, skip: s.e };
}

/** Words between a figure and "over" that keep "over N years" a span ("$2.3 billion in aid over 10 years"). */
const ACROSS_GAP = /^\s*(?:[\w$-]+\s+){0,2}$/;
/** Words before "over" that make it "more than" ("for over 10 years"). */
const MORE_THAN_BEFORE = new Set(['for', 'in', 'of', 'after', 'within', 'than', 'since', 'lasted', 'took', 'spent', 'served']);

/**
 * "$2.3 billion over 10 years", "Over 10 years, through 2026": "over" a duration right after another figure of the
 * clause, or opening a sentence, means "across", not "more than".
 */
function overMeansAcross(text: string, floor: number, overStart: number, prev: Tok[]): boolean {
  if (prev.length < 2 || atSentenceStart(prev.slice(1))) return true;
  return floor > 0 && !MORE_THAN_BEFORE.has(prev[1].l) && ACROSS_GAP.test(text.slice(floor, overStart));
}

/** Words after an amount that make it a quantity of something, not the adjective of a noun ("over R2.5 billion in debts"). */
const NOT_A_NOUN_AFTER = wordSet('in|of|a|an|per|each|for|to|and|or|from|worth|by|on|at|this|last|next|since');
/** The longest first line read as a headline. */
const HEADLINE_MAX = 300;
/** A headline's last character when it is a sentence. */
const SENTENCE_FINAL = /[.!?"”]\s*$/;

/**
 * "Eskom threatens to cut bulk supply to Mangaung over R2.5 billion debt", "Mission hospitals threaten to stop SHA
 * services over Sh3.2 billion arrears" (IOL- and Daily Nation-style probes, test/fixtures/outlets
 * za-iol-eskom-municipal-debt.txt, ke-nation-sha-mission-hospitals.txt): in a headline, "over" an amount that is the
 * adjective of a noun is "about", the amount exact (the body says "an overdue bill of R2.5 billion"); not "Over R2
 * billion lost" opening it, nor "raises over $5 million in funding".
 */
function overMeansAbout(text: string, overStart: number, prev: Tok[], after: Tok | undefined): boolean {
  if (prev.length < 2 || prev[1].k !== 'w' || !after || after.k !== 'w' || !after.sp || after.nl || !/^[a-z]/.test(after.w) || NOT_A_NOUN_AFTER.has(after.l)) return false;
  if (overStart >= HEADLINE_MAX) return false;
  const head = text.slice(0, HEADLINE_MAX + 1), lineEnd = head.indexOf('\n');
  return lineEnd > overStart && !SENTENCE_FINAL.test(head.slice(0, lineEnd));
}

/** Words right before a bare number that make it a person's age ("at age 74", "aged 74", "the age of 74", "ages 18 to 39"). */
const AGE_WORDS = new Set(['age', 'aged', 'ages']);
/** Comparatives of age before "than" ("Latinos younger than 30", PolNeAR train, Washington Post 2016-06-05). */
const AGE_COMPARATIVES = new Set(['younger', 'older']);
/** Verbs of becoming an age ("when he turned 18", "she turns 70 on Friday"). */
const AGE_VERBS = new Set(['turned', 'turns', 'turning']);
/** Words opening a clause of time whose "he was N" is an age ("wanted to be a pilot since he was 5", PolNeAR train, HuffPost 2016-05-19). */
const AGE_CLAUSE_OPENERS = new Set(['since', 'when', 'until', 'till', 'before', 'after', 'while']);

/**
 * The bare number after `prev` is a person's age: after "age", "aged", "younger than", "turned", or in a clause of time
 * after a person's "was" ("since he was 5", "when Ruiz was 12"); not "since it was 5".
 */
function ageBefore(prev: Tok[]): boolean {
  const [p0, p1, p2] = prev;
  if (!p0 || p0.k !== 'w') return false;
  if (AGE_WORDS.has(p0.l) || (p0.l === 'of' && p1?.l === 'age') || (p0.l === 'than' && AGE_COMPARATIVES.has(p1?.l ?? ''))) return true;
  const person = !!p1 && p1.k === 'w' && (PERSONAL_SUBJECT_PRONOUNS.has(p1.l) || /^[A-Z][a-z]/.test(p1.w));
  if (AGE_VERBS.has(p0.l)) return person;
  return (p0.l === 'was' || p0.l === 'were') && person && AGE_CLAUSE_OPENERS.has(p2?.l ?? '');
}

/** People whose "of" and a bare number give their age (a hand list: compromise has no class of them). */
const AGE_OF_NOUNS = wordSet('boy|boys|girl|girls|man|men|woman|women|child|children|kid|kids|son|sons|daughter|daughters|baby|babies|teenager|teenagers');

/**
 * The bare number after `lead` (nearest first) is the age of the people "of" it names, an approximator between allowed:
 * "A woman of 91 had spent 38 hours on a trolley", "One family with a child of two had been told", "She rings up the lure
 * for a boy of about 10", "Some of them are boys of 17 and 18" (Irish Times-, Scotsman-, CBC- and Vanguard-style probes,
 * test/fixtures/outlets ie-times-hospital.txt, uk-scotsman-landlord-sheriff.txt, ca-cbc-feature-pronouns.txt,
 * ng-vanguard-delta-priest-rescue.txt): were counts of nothing. The second of two ages after "and" reads past the first.
 */
function ageOfPeople(text: string, lead: Tok[], t: Tok): boolean {
  let back = lead;
  if (lead[0]?.l === 'and') {
    back = tokensBefore(text, t.s, BEHIND, 0);
    if (!(back[1]?.k === 'n' || isNumberWord(back[1]?.l ?? ''))) return false;
    back = back.slice(2);
  }
  const k = pastApproximator(back);
  return back[k]?.l === 'of' && AGE_OF_NOUNS.has(back[k + 1]?.l ?? '');
}

/**
 * A word of a person's name before the comma of an age: a capital and a small letter of any script ("Kévin Técher, 27,",
 * "Hōne Te Whare-Kēpa, 91,", "Fatma Yılmaz, 38,", "Callum Ó Súilleabháin, 19,", test/fixtures/outlets
 * re-reunionla1ere-sugar-cane-campaign.txt, nz-rnz-whenua-return.txt, tr-hurriyet-minimum-wage-talks.txt,
 * uk-independent-inquest-ouse.txt: ASCII letters only made each a count of nothing).
 */
const NAME_WORD = /^\p{Lu}\p{Ll}/u;

/** "be" of one person written apart from its subject. */
const ONE_PERSON_BE = wordSet('is|was|am');
/** One person's subject pronoun and "be" written as one word ("I'm", "He's", "she’s", "you’re"). */
const PERSON_AND_BE = /^(?:i|he|she|you)['’](?:m|s|re)$/;
/** Subject pronouns of one person, and "who" after a name. */
const ONE_PERSON = wordSet('i|he|she|you|who');
/** Adverbs between "be" and an age ("he already was 18", "she is now 6"). */
const AGE_ADVERBS = wordSet('already|still|now');
/**
 * What may end the clause of an age after "be": a mark, or a word that opens the next part ("who is 81 and remembers"); not
 * a quotation mark, a height's feet or inches ("the size of someone who is 5’2”", PolNeAR train, Western Journal 2016-03-03).
 */
const AGE_CLAUSE_END = wordSet(',|.|;|:|!|?|)|and|with|but|when|now');

/**
 * A person's age said with "be": "He was 81.", "I'm 74. I haven't got another rebuild in me", "My son is eight.", "Bamberg,
 * who is 28, said", "While Garland is 63, which means", "when he was around 10" (PolNeAR train: NYT 2016-09-07, Washington
 * Post 2016-02-17, 2016-03-18, 2016-09-04; test/fixtures/outlets ca-cbc-obituary-coach.txt, au-smh-floods.txt,
 * ca-ctv-kitchener-shooting.txt, and some thirty more): were counts of nothing. The subject is one person's pronoun (with
 * "be" against it or apart), "who", a name that is no place, or a person's role noun after a possessive ("My son", "her
 * grandmother"); not "we were 11", "there are nine", "it is six", "The unemployment rate is 4".
 */
function copularAge(prev: Tok[], after: Tok | undefined, next: Tok | undefined): boolean {
  if (after && !(AGE_CLAUSE_END.has(after.l) && !(after.l === 'and' && (next?.k === 'n' || isNumberWord(next?.l ?? ''))))) return false;
  let k = pastApproximator(prev);
  if (AGE_ADVERBS.has(prev[k]?.l ?? '')) k++;
  const be = prev[k];
  if (!be || be.k !== 'w') return false;
  if (PERSON_AND_BE.test(be.l)) return true;
  // ("he already was 18")
  const w = AGE_ADVERBS.has(prev[k + 1]?.l ?? '') ? k + 2 : k + 1;
  const who = prev[w];
  if (!ONE_PERSON_BE.has(be.l) || !who || who.k !== 'w') return false;
  if (ONE_PERSON.has(who.l)) return true;
  if (isRoleNoun(who.l) && POSSESSIVE.has(prev[w + 1]?.l ?? '')) return true;
  return NAME_WORD.test(who.w) && !GRAMMAR_WORDS.has(who.l) && !isPlace(who.w) && !isDemonym(who.w);
}

/** The most ages listed after "now" ("three children, now 12, 9 and 5"). */
const NOW_AGES = 4;

/**
 * The bare number `t` (its word after it a comma, a period, a semicolon or "and") is an age given with "now" after a
 * person's name or a noun for people set off by a comma, alone or in a list of ages: "''I've been sitting in Siberia for
 * a long time,'' Mr. Daniloff, now 81 and retired in Cambridge, Mass., said" (PolNeAR train, NYT 2016-01-20), "She left
 * behind three children, now 12, 9 and 5, and her husband" (a Hamilton Spectator-style probe, test/fixtures/outlets
 * ca-spec-sentencing-impact.txt): were numbers of nothing. Not "the Dow, now 81 points up" (a unit is read first).
 */
function nowAge(text: string, t: Tok, after: Tok | undefined): boolean {
  if (!after || !(after.w === ',' || after.w === '.' || after.w === ';' || after.l === 'and')) return false;
  const back = tokensBefore(text, t.s, 2 * NOW_AGES + 1, 0);
  let k = 0;
  // (the earlier ages of a list: "now 12, 9 and | 5")
  while (k < 2 * (NOW_AGES - 1) && (back[k]?.w === ',' || back[k]?.l === 'and') && back[k + 1]?.k === 'n' && /^\d{1,3}$/.test(back[k + 1].w) && +back[k + 1].w < 120) k += 2;
  const [now, comma, who] = [back[k], back[k + 1], back[k + 2]];
  return now?.w === 'now' && comma?.w === ',' && who?.k === 'w' && (NAME_WORD.test(who.w) || isPersonNoun(who.l) || isPluralPeopleNoun(who.w));
}

/**
 * The bare number `t` is an age in brackets after a person's name of two words, as the Caribbean's and Zimbabwe's papers
 * write it: "Vendor Hyacinth Carty (61), who has sold spices …" (a Daily Herald-style probe from Marigot), "Grand Case
 * resident Marlène Bryson-Daniel (47) reacted …" (a St. Martin News Network-style one), "Rudo Chipunza (58), a farmer
 * from Mutoko, said …" (a Herald-style one from Harare), test/fixtures/outlets mf-dailyherald-marigot-market-stall-fees.txt,
 * mf-smn-grand-case-water-tariff.txt, zw-herald-gmb-arrears.txt: were counts of nothing. The brackets hold the number
 * alone, and a comma or a word in lower case follows them (not "Article 12 (3)", "Highway (5)", "Section Four (12)").
 * The name's words are NAME_WORD's, a capital and a small letter of any script, or a surname after its particle: "Cathal
 * Ó Dubhghaill (29), of Tulla Road" (an Irish Times-style probe, ie-times-court-sentence.txt), "SMBOA president Marcel van
 * Heyningen (58), who …" and "Bus driver Ángel Álvarez (44), who …" (a Soualiga Newsday-style probe from Philipsburg,
 * sx-soualiganewsday-bus-fare-increase.txt) were counts of nothing, the name's words tested in ASCII.
 */
function bracketedAge(prev: Tok[], t: Tok, toks: Tok[], j: number): boolean {
  const [open, last, before] = prev, close = toks[j], after = toks[j + 1];
  if (open?.w !== '(' || !open.sp || !joined(open, t) || close?.w !== ')' || !joined(t, close) || !after) return false;
  if (!(after.w === ',' || (after.k === 'w' && /^[a-z]/.test(after.w)))) return false;
  const capital = (x: Tok | undefined): boolean => !!x && x.k === 'w' && NAME_WORD.test(x.w) && !isNumberWord(x.l);
  if (!capital(last)) return false;
  // (a double-barrelled surname's second half, or two words of a name, or a surname after its particle)
  return before?.w === '-' ? joined(before, last) : (capital(before) || (before?.k === 'w' && SURNAME_PARTICLES.has(before.l))) && last.sp;
}

/** The word after an age is its clause's verb in -s, no time unit ("when he was 12 | drives him", "at age 78 | seems"). */
function ageVerbAfter(t: Tok | undefined): boolean {
  return !!t && t.k === 'w' && /^[a-z]+s$/.test(t.w) && !(t.l in TIME_UNITS);
}

/** Words after "N and" / "N or" that make N the bound of an age group ("those 45 and over", "voters were 45 or older"). */
const AGE_BOUNDS = new Set(['older', 'younger', 'over', 'up']);
/** Prepositions of an age bound after a group of people ("voters under 30", "those over 65"). */
const AGE_LIMITS = new Set(['under', 'over']);
/**
 * Pronouns of people (and "seniors") before an age bound: "those over 60 say" (PolNeAR train, USA Today 2016-08-16); "we
 * didn't have anyone under 60", "to cover everyone under 65" (CBC- and Canadian Press-style probes, test/fixtures/outlets
 * ca-cbc-feature-pronouns.txt, ca-cp-wire-dental.txt: were "under 60" and "under 65" of nothing).
 */
const AGE_GROUP_WORDS: ReadonlySet<string> = new Set(['those', 'anyone', 'everyone', 'anybody', 'everybody',
  // (and "seniors", a plural of people the people lexicon does not know: "Students, seniors over 65 and people travelling
  // for medical reasons will keep a 50% reduction", an Écho des Caps-style probe, pm-echodescaps-fortune-ferry-fares.txt;
  // "students in uniform and seniors over 60 would keep paying NAf. 2", sx-soualiganewsday-bus-fare-increase.txt)
  'seniors']);

/**
 * The bare number at toks[j - 1] is the age bound of a group of people: "those 45 and over", "blacks 45 and older",
 * "74 percent of voters were 45 or older" (PolNeAR train: Breitbart 2016-03-01, Washington Post 2016-02-17 and
 * 2016-06-14), not "the two and up to 20 percent"; or after "under"/"over" and a plural of people: "Sanders led among
 * voters under 30", "those over 60 say" (Breitbart 2016-03-01, USA Today 2016-08-16), not "a population under 500" nor
 * the name "Forbes' Under 30 Summit".
 */
function ageBound(prev: Tok[], toks: Tok[], j: number): boolean {
  const [p0, p1] = prev;
  if (p0 && p1 && AGE_LIMITS.has(p0.w) && p1.k === 'w' && (AGE_GROUP_WORDS.has(p1.l) || isPluralPeopleNoun(p1.w))) return true;
  const [c, b, after] = [toks[j], toks[j + 1], toks[j + 2]];
  if (!c || !b || (c.l !== 'and' && c.l !== 'or') || !AGE_BOUNDS.has(b.l)) return false;
  if (b.l === 'older' || b.l === 'younger') return true;
  return !after || (after.k === 'p' && after.w !== '$') || (after.k === 'w' && after.l !== 'to' && !isNumberWord(after.l));
}

interface Options {
  /** Reading the second end of a range: no range, no look back. */
  second?: boolean;
  /** Capitalised number word + next word pairs the text uses as names inside a sentence ("zero hedge"). */
  names?: () => ReadonlySet<string>;
  /** Letters the article writes as its currency's sign, which make a plain priced amount money ("sell at P45"). */
  homeSigns?: HomeSigns;
  /** The letters the article's copy writes against the digits as a currency's sign (money.ts LETTER_SIGNS when none is given). */
  letterSigns?: LetterSigns;
  /** The abbreviations the article's copy writes before the number as a code (money.ts CODE_WORDS when none is given). */
  codeWords?: CodeWords;
}


/** An approximator that makes a four-digit number a count ("about 2000"), not "some 2016 candidates". */
function comparatorBefore(prev: Tok[]): boolean {
  const ap = approximatorBefore(prev);
  return !!ap && ap.modifier !== 'some' && ap.modifier !== 'perhaps' && ap.modifier !== 'maybe';
}

/** A vague quantity at toks[i] ("hundreds of thousands of refugees"). */
function readVagueFigure(text: string, toks: Tok[], i: number, start: number, prev: Tok[]): Reading {
  const v = readVague(toks, i);
  if (!v) return reject(toks[i].e);
  const { unit, next: j } = vagueCounted(toks, v.next);
  const ap = approximatorBefore(prev);
  const end = toks[j - 1].e;
  const fig = figureOf(text, start, end, { value: null, unit: unit ?? impliedUnit(prev), approximate: true, kind: 'vague' });
  if (ap) fig.modifier = ap.modifier;
  return { figure: fig, skip: end };
}

/** The word before `pos` is a number ("10 minus 3", "ten minus three"), whether or not it was read as a figure. */
function afterNumber(text: string, pos: number): boolean {
  const m = /([\p{L}\d]+)\s+$/u.exec(text.slice(Math.max(0, pos - 24), pos));
  return !!m && (/\d$/.test(m[1]) || isNumberWord(m[1].toLowerCase()));
}

/**
 * The noun a count counts past a compound that measures each of them ("Almost 650 ⟨18-hole⟩ golf courses", PolNeAR
 * train, NYT 2015-11-25; "two 30-foot walls"), toks[j] the compound's number; null for none. The compound stays a
 * figure of its own ("18-hole": 18 holes).
 */
function countedPastMeasure(toks: Tok[], j: number): string | null {
  const n = toks[j], h = toks[j + 1];
  if (!n || n.k !== 'n' || !n.sp || n.nl || h?.w !== '-' || !joined(n, h)) return null;
  const sfx = readSuffix(toks, j + 1, digitValue(n.w), null);
  if (sfx.kind !== 'count' || !sfx.unit || sfx.compound || sfx.date) return null;
  return unitNoun(toks, sfx.next, false)?.unit ?? null;
}

/** A space written between a currency symbol and its number: a plain one or a no-break one, on the line. */
const SPACE_APART = /^[ \u00a0\u202f]$/;

/**
 * A currency symbol at `pos` written one space apart from its number, as Spanish- and French-speaking copy writes it and
 * some US copy too ("had grown to some ₲ 340 billion a year", an IP Paraguay-style probe, test/fixtures/outlets
 * py-ipparaguay-asuncion-bus-technical-fare.txt, was 340 billion of nothing; "would cost as much as $ 170 billion a year",
 * PolNeAR train, HuffPost 2015-11-11, the same; "In 2021 we were promised US$ 45 million", "he had invested US$ 12,000",
 * an Actualite.cd-style probe, cd-actualite-kinshasa-water-jerrican-price.txt, probes-bb, with its letters): the symbol is
 * read as it is against the number.
 */
function symbolApart(text: string, pos: number): boolean {
  return SPACE_APART.test(text[pos + 1] ?? '') && isDigit(text.charCodeAt(pos + 2));
}

/**
 * A share written "N in M" or "N out of M" and a noun ("one in three Andium households was now receiving income support", a
 * Jersey Evening Post-style probe, test/fixtures/outlets je-jep-andium-rent-cap-vote.txt; "1 in 4 residents lived in
 * distressed neighborhoods", PolNeAR dev, Washington Post 2016-09-26; "Six in 10 Virginia Democratic primary voters",
 * PolNeAR train, Breitbart 2016-03-01; "about one in three of the voices were women", USA Today 2016-06-22): the number at
 * toks[i] (its suffix read to toks[j]) is the share's second, a denominator that counts nothing (the noun is the first's),
 * or its first, which counts the noun after the second (`unit`); null for neither. Not a time ("two in five years").
 */
function ratioOf(toks: Tok[], i: number, j: number, prev: Tok[], value: number): { denominator: boolean; unit: string | null } | null {
  const of = prev[0]?.l === 'of' && prev[1]?.l === 'out' ? 1 : 0;
  // (not a name's number: "control of Uranium One in three separate transactions", PolNeAR train, Breitbart 2016-06-09;
  // "finished P1 in 2 races")
  const p = prev[1 + of], q = prev[2 + of];
  const named = !!p && ((/^[A-Z]/.test(p.w) && !!q && !p.nl && q.k === 'w') || joined(q, p));
  const first = (prev[0]?.l === 'in' || of) && !named ? shareNumber(p) : null;
  if (first !== null && first < value && !(toks[j - 1].l in TIME_UNITS)) return { denominator: true, unit: null };
  if (j !== i + 1 || (toks[i].k !== 'n' && !(toks[i].l in SMALL))) return null;
  const second = shareSecondAt(toks, j, value);
  return second && { denominator: false, unit: unitNoun(toks, second.next, false)?.unit ?? partitiveUnit(toks, second.next) };
}

/**
 * The currency of a "$" with capitals after it written before the number `t`, apart from it or against it, as Uruguayan
 * copy writes its peso ("from $U 50 to $U 55", a MercoPress-style probe, test/fixtures/outlets
 * uy-mercopress-montevideo-bus-fare.txt, probes-ff: were counts); null when none.
 */
function dollarSuffixBefore(text: string, prev: Tok[], t: Tok): string | null {
  const [letters, sign] = prev;
  if (!sign || !letters || sign.w !== '$' || letters.k !== 'w' || !joined(sign, letters)) return null;
  return t.s === letters.e || (t.s === letters.e + 1 && text[letters.e] === ' ') ? dollarSuffix(letters.w) : null;
}

const SCALE_SUFFIX = wordSet('bn|bln|tn|trn|mn|mln|mil|m|b|k|s|percent|percentage|pc');
const ORDINAL_OR_CLOCK_SUFFIX = wordSet('st|nd|rd|th|am|pm|a|p');
/** The month and day after an ISO date's year ("2016-06-29"). */
const ISO_DATE_REST = /^-\d\d-\d\d/;

/**
 * "US" written one space before "$", as the Dutch Caribbean's papers write the US dollar beside their guilder ("to raise
 * the passenger facility charge … from US $39 to US $47", "about Cg. 19.5 million, or US $10.9 million", a Daily
 * Herald-style probe from Philipsburg, test/fixtures/outlets sx-thedailyherald-pjia-passenger-fee.txt, s43-probes-ww, whose
 * dollars were Eastern Caribbean ones by "St. Barths, Anguilla, Antigua" in a quote): the prefix of "US$". Only "US" in
 * capitals: "A $5 fee" is an article's.
 */
const usApart = (text: string, us: Tok, sign: Tok): boolean => us.w === 'US' && sign.s === us.e + 1 && text[us.e] === ' ';

/** A letter sign or a code of the article (`opts`' tables, or money.ts's) written before the number `next`, against it or one space apart. */
function signWord(t: Tok, next: Tok | undefined, opts: Options): boolean {
  if (t.k !== 'w' || !next || next.k !== 'n' || next.nl || next.s - t.e > 1) return false;
  return (opts.letterSigns ?? LETTER_SIGNS).has(t.w) || (opts.codeWords ?? CODE_WORDS).has(t.w);
}

/** Read the figure whose first character is at `pos` (a digit, a currency symbol or a number word). */
export function readFigure(text: string, pos: number, floor: number, opts: Options = {}): Reading {
  // a currency symbol not followed by a number costs nothing more (but one space between them, symbolApart)
  if (!isDigit(text.charCodeAt(pos)) && !isLetter(text.charCodeAt(pos)) && !isDigit(text.charCodeAt(pos + 1)) && !isLetter(text.charCodeAt(pos + 1))
    && !(/[-−]/.test(text[pos + 1] ?? '') && isDigit(text.charCodeAt(pos + 2))) && !symbolApart(text, pos)) return reject(pos + 1);
  const toks = tokensFrom(text, pos, AHEAD);
  const t0 = toks[0];
  if (!t0) return reject(pos + 1);
  let prev = opts.second ? [] : tokensBefore(text, pos, BEHIND, floor);
  // (a range's second end written with the article's letter sign or code again, read as the first end is: "at between
  // P4,500 and P6,000 a beast", a Sunday Standard-style probe, test/fixtures/outlets
  // bw-sundaystandard-ghanzi-cattle-payments.txt, and "riders earned between NLe 80 and NLe 150 a day", a Sierraloaded-style
  // one, sl-sierraloaded-makeni-okada-permit-fee.txt, s50-ug, were two amounts: the second end was read with no look-back)
  if (opts.second && signWord(t0, toks[1], opts)) prev = [toks.shift() as Tok];
  let i = 0, start = toks[0].s, code: string | null = null;

  // a currency symbol ("$", "US$")
  let negative = false;
  if (t0.k === 'p') {
    const cs = currencySymbol(toks, 0);
    // "$-5 million": the sign after the symbol
    if (cs && /^[-−]$/.test(toks[1]?.w ?? '') && joined(t0, toks[1]) && toks[2]?.k === 'n' && joined(toks[1], toks[2])) { negative = true; toks.splice(1, 1); }
    if (!cs || !toks[1] || (toks[1].k !== 'n' && toks[1].k !== 'w') || (toks[1].sp && toks[1].k === 'w') || toks[1].nl) return reject(t0.e);
    code = cs.code;
    if (t0.w === '$' && prev[0]?.k === 'w' && (joined(prev[0], t0) || usApart(text, prev[0], t0))) {
      const c = dollarPrefix(prev[0].w);
      if (c) { code = c; start = prev[0].s; prev = prev.slice(1); }
    }
    i = 1;
  }
  const t = toks[i];
  // a number in a quoted title ("the "Three Amigos" summit")
  if (t && inQuotedTitle(text, t.s, t.e)) return reject(t.e);
  // a "$" with capitals after it ("$U 55")
  const suffixed = !code && t.k === 'n' ? dollarSuffixBefore(text, prev, t) : null;
  if (suffixed) { code = suffixed; start = prev[1].s; prev = prev.slice(2); }
  // an ISO code before the number ("DKK 45,000")
  const isoBefore = !code && t.k === 'n' ? (inCapitalsRun(prev, toks, i) ? null : codeBefore(prev[0], opts.codeWords)) ?? letterSignBefore(prev[0], toks, i, opts.homeSigns, opts.letterSigns) : null;
  if (isoBefore) { code = isoBefore; start = prev[0].s; prev = prev.slice(1); }
  // a code with an abbreviation's point ("Bs. 262.4")
  const pointed = !code && t.k === 'n' ? codeWithPointBefore(prev, t, opts.codeWords) : null;
  if (pointed) { code = pointed; start = prev[1].s; prev = prev.slice(2); }
  // letters and a sign before the number ("GH¢1,000", "S/.12,000")
  const lettered = !code && t.k === 'n' ? letteredSignBefore(prev, toks, i) : null;
  if (lettered) { code = lettered.code; start = prev[lettered.tokens - 1].s; prev = prev.slice(lettered.tokens); }

  // vague quantities
  if (t.k === 'w' && t.l in PLURAL_SCALES) {
    if (code || (/^[A-Z][a-z]/.test(t.w) && !atSentenceStart(prev))) return reject(t.e);
    return readVagueFigure(text, toks, i, start, prev);
  }

  // numbers in digits: what they must not be
  if (t.k === 'n') {
    const before = text[t.s - 1] ?? '';
    if (!code && toks[i + 1]?.w === 's') {
      const tens = tensOfQuantity(text, toks, i, prev);
      if (tens) return tens;
    }
    if (!code && before && isLetter(before.charCodeAt(0))) return reject(runEnd(text, t.e, '-'));
    // (a lettered sign's slash is no path's: "B/.45")
    if (!lettered && inLinkOrHandle(text, t.s, t.e)) return reject(runEnd(text, t.e, './-_?=&%#@:'));
    const ph = phoneEnd(text, t.s);
    if (ph > 0) return reject(ph);
    // the tail of a hyphenated name ("F-16", "Hawaii Five-0", "COVID-19")
    if (!code && before === '-' && isLetter(text.charCodeAt(t.s - 2))) return reject(runEnd(text, t.e, '-/'));
    // an ISO date ("2016-06-29")
    if (isYearNumber(t.w) && ISO_DATE_REST.test(text.slice(t.e, t.e + 6))) return reject(t.e + 6);
    // a decade written with an apostrophe ("the 90's", "the 1980’s")
    if (/^\d?\d?\d0$/.test(t.w) && /^['’]s\b/.test(text.slice(t.e, t.e + 3))) return reject(t.e + 2);
    if ((before === "'" || before === '’') && /^\d\d$/.test(t.w) && !/['’"]/.test(text[t.s - 2] ?? '')) return reject(runEnd(text, t.e, ''));
    // style sheets ("width:100%")
    if (before === ':' && isLetter(text.charCodeAt(t.s - 2))) return reject(runEnd(text, t.e, '%'));
    // markup attribute values and long identifiers (timestamp="1474387200", tweet ids)
    if (before === '"' && text[t.s - 2] === '=' || before === '=' || /^\d{10,}$/.test(t.w)) return reject(runEnd(text, t.e, ''));
    // three or more numbers in a hyphen chain are a name or a code ("a 3-2-1 strategy"), not a score or a range
    if (text[t.e] === '-' && text[t.s - 1] !== '-' && /^-\d+-\d/.test(text.slice(t.e, t.e + 24))) return reject(runEnd(text, t.e, '-'));
    // a vote or a ratio written as one word ("by a 9-to-6 vote", PolNeAR train, Washington Post 2016-09-07): a score
    const ratio = text[t.e] === '-' ? RATIO.exec(text.slice(t.e, t.e + 12)) : null;
    if (ratio && !isLetter(text.charCodeAt(t.e + ratio[0].length)) && !code) {
      const end = t.e + ratio[0].length;
      // "18-to-34-year-olds" is a range of ages
      const a = digitValue(t.w), b = +ratio[1], ages = text[end] === '-' && a < b;
      // ("Mitt Romney's 73-to-25 percent victory", PolNeAR train, Washington Post 2016-09-07; "by a 9-to-6 vote")
      const percent = !ages && /^ (?:percent|per cent)\b/.exec(text.slice(end, end + 10));
      const last = percent ? end + percent[0].length : end;
      const unit = percent ? 'percent' : !ages && votesAround(prev, toks, last) ? 'vote' : null;
      // ("trounced Sen. Bernie Sanders by nearly 3-to-1", PolNeAR train, HuffPost 2016-02-28: the approximator before
      // it, as "by about four to one" written out has, range.ts ratioToOne)
      const ap = approximatorBefore(prev);
      const score = figureOf(text, ap ? ap.start : t.s, last, { value: null, unit, approximate: !!ap, kind: ages ? 'range' : 'score', range: [a, b] });
      if (ap) score.modifier = ap.modifier;
      return { figure: score, skip: last };
    }
    const after = text[t.e] ?? '', after2 = text.charCodeAt(t.e + 1);
    // (a clock time or a chapter and verse with its range: "10:30-11:00", "2 Timothy 3:1-5", PolNeAR train, Breitbart 2016-05-03)
    if ((after === ':' || after === '/' || after === '.') && isDigit(after2)) return reject(runEnd(text, t.e, after === ':' ? ':/.-' : ':/.'));
    if (after === '⁄' || (before && before.charCodeAt(0) >= 0x300 && before.charCodeAt(0) <= 0x36f)) return reject(runEnd(text, t.e, '⁄'));
    if (after && isLetter(after.charCodeAt(0))) {
      const w = toks[i + 1]?.l ?? '', written = toks[i + 1]?.w ?? '';
      // ordinals, decades ("1990s"; but "a handful of $20s" is money), clock times
      // (but British pence and Omani baisa: "rise by 20p", "from 20.5p to 21.7p", "to 200bz", money.ts subunitJoinedAfter)
      const pence = !code && !!subunitJoinedAfter(toks, i + 1, prev[0]);
      if (!pence && (ORDINAL_OR_CLOCK_SUFFIX.has(w) || (w === 's' && !code))) return reject(runEnd(text, t.e, ''));
      // (scales, percent as British papers write it: "6.2pc", and measures: "12,000km")
      if (!pence && !(w in SCALES) && !SCALE_SUFFIX.has(w) && !isJoinedMeasure(written)) return reject(runEnd(text, t.e, ''));
    }
    if (!code && i === 0 && isListNumber(text, t.s, t.e)) return reject(t.e);
    if (isIdentifierBefore(text, prev) || isYearAbbreviation(text, t.s, t.e)) return reject(runEnd(text, t.e, '-'));
    const next = toks.slice(i + 1);
    if (!code && i === 0 && isNumberToDial(t, prev, next)) return reject(t.e);
    if (!code && i === 0 && inUnquotedTitle(text, t, next)) return reject(t.e);
    if (!code && i === 0 && (isNamePart(text, t, prev, next, () => atSentenceStart(tokensBefore(text, prev[0].s, 2, 0))) || isListItem(text, t, next) || isInlineListNumber(text, t) || isRouteNumber(text, t.s, t.e) || isAircraftModel(text, t, prev, next))) return reject(runEnd(text, t.e, '.'));
    const range = next[0] && (next[0].w === '-' || next[0].w === '–' || next[0].l === 'to') && next[1]?.k === 'n';
    if (isDatePart(prev, next) || isTimePart(next) || (range && isTimePart(next.slice(2)))) {
      const n0 = next[0], n1 = next[1];
      // the second day of a span goes with the first ("Dec. 6-9", "Sept. 19 to 22")
      const span = range && ((n0.w !== 'to' && joined(t, n0) && joined(n0, n1)) || (n0.l === 'to' && n1.w.length <= 2 && !PERCENT_AFTER.has(next[2]?.l ?? '')));
      return reject(span ? n1.e : t.e);
    }
  } else if (t.k === 'w') {
    // the tail of a hyphenated word ("high-five", "hole-in-one", "one-on-one")
    if (i === 0 && prev[0]?.w === '-' && joined(prev[0], t) && prev[1]?.k === 'w' && joined(prev[1], prev[0])) return reject(t.e);
    // an idiom that is a compound of the number word ("a thousand-yard stare"): no quantity
    const idiom = figurativeCompoundEnd(toks, i);
    if (idiom > 0) return reject(toks[idiom - 1].e);
    if (i === 0 && isZeroIdiom(toks, i, prev)) return reject(t.e);
    // a capitalised number word inside a sentence is part of a name ("Fantastic Four", "Zero Hedge", "Round Two")
    if (i === 0 && /^[A-Z][a-z]/.test(t.w) && !atSentenceStart(prev)) return reject(t.e);
    // ... and at the start of a sentence when the article writes the same name inside one ("Zero Hedge asked")
    if (i === 0 && opts.names && /^[A-Z][a-z]/.test(t.w) && toks[1]?.k === 'w' && /^[A-Z][a-z]/.test(toks[1].w) && opts.names().has(`${t.l} ${toks[1].l}`)) return reject(toks[1].e);
  } else return reject(t.e);

  // the fraction words themselves ("a third of the vote", "one-third of")
  if (t.k === 'w' && t.l in FRACTIONS) return readFraction(text, toks, i, 1, prev, start, false);

  const card = readCardinal(toks, i);
  if (!card) return reject(t.e);
  if (card.words && isTimePart(toks.slice(card.next))) return reject(toks[card.next - 1].e);
  // a clock's hour with the part of the day ("at four in the morning")
  if (!card.scaled && !code && isHourOfDay(card.value, prev, toks.slice(card.next), card.words)) return reject(toks[card.next - 1].e);
  let value = negative ? -card.value : card.value;
  let j = card.next;

  // words before a bare scale word: "a million", "half a million", "several hundred"
  if (card.words && card.bareScale && t.l !== 'a' && t.l !== 'an' && !code) {
    const lead = vagueLead(prev);
    if (lead !== null) {
      const c = vagueCounted(toks, j);
      const end = toks[c.next - 1].e;
      return { figure: figureOf(text, lead, end, { value: null, unit: c.unit ?? impliedUnit(prev), approximate: true, kind: 'vague' }), skip: end };
    }
    const p0 = prev[0], p1 = prev[1], p2 = prev[2], p3 = prev[3];
    if (p0 && (p0.l === 'a' || p0.l === 'an')) {
      start = p0.s; prev = prev.slice(1);
      if (p1?.l === 'half') { value = tidy(value / 2); start = p1.s; prev = prev.slice(1); }
      else if (p1?.l === 'of' && p2 && p2.l in FRACTIONS && (p3?.l === 'a' || p3?.l === 'one' || p3?.l === 'three' || p3?.l === 'two')) {
        const num = p3.l === 'three' ? 3 : p3.l === 'two' ? 2 : 1;
        value = tidy(value * num / FRACTIONS[p2.l]); start = p3.s; prev = prev.slice(3);
      }
    } else if (p0 && p0.l === 'half' && card.value === 12) { value = 6; start = p0.s; prev = prev.slice(1); }
  }
  // "5m" is five million only next to a currency or before a counted noun ("2.5m people"), not "a 100m sprint"
  if (card.moneyAbbrev && !code && !currencyWord(toks, j) && !shillingStrokeAfter(toks, j) && !unitNoun(toks, j, false)) return reject(toks[j - 1].e);

  // "Three-in-five GOP insiders", "a one-in-five chance": a share as one hyphenated word (fraction.ts)
  if (!card.scaled && !code) {
    const share = readHyphenatedShare(text, toks, j, value, prev, start);
    if (share) return share;
  }
  // "two-thirds of", "three quarters of the"
  if (card.words && !card.scaled && value <= 10) {
    const h = toks[j]?.w === '-' && joined(toks[j - 1], toks[j]) ? j + 1 : j;
    if (toks[h]?.k === 'w' && toks[h].l in FRACTIONS && (toks[h + 1]?.l === 'of' || h > j)) return readFraction(text, toks, h, value, prev, start, h > j);
  }

  // "one": only as a count of something ("one family"), never "one of", "no one", "one another" (decided below)
  const one = card.words && value === 1 && !card.scaled && (t.l === 'one');

  // sign written against the digits ("+12 point", "-7 points")
  if (t.k === 'n' && !code && prev[0] && joined(prev[0], t) && /^[-+−]$/.test(prev[0].w) && (!prev[1] || prev[0].sp || prev[1].k !== 'n')) {
    const before = text[prev[0].s - 1];
    if (before === undefined || isSpace(before.charCodeAt(0)) || before === '(') {
      if (prev[0].w !== '+') value = -value;
      start = prev[0].s; prev = prev.slice(1);
    }
  }
  // the sign written as a word ("wind chills near minus 40", "a net rating of minus 41"), not a sum ("10 minus 3")
  // nor a margin ("plus or minus 4.1 percentage points", PolNeAR train, Politico 2016-04-06)
  if (!code && prev[0]?.l === 'minus' && !afterNumber(text, prev[0].s) && !(prev[1]?.l === 'or' && prev[2]?.l === 'plus')) { value = -value; start = prev[0].s; prev = prev.slice(1); }

  const sfx = readSuffix(toks, j, value, code);
  if (sfx.date) return reject(toks[sfx.next - 1].e);
  if (sfx.compound) return reject(runEnd(text, toks[j].e, '-'));
  code = sfx.code;
  if (sfx.fraction !== 1) value = tidy(value / sfx.fraction);
  // "45.000 euros": a point before three digits groups thousands outside dollar amounts
  if (t.k === 'n' && sfx.kind === 'money' && code !== 'USD' && !card.scaled && CONTINENTAL.test(t.w)) value = tidy(value * 1000);
  j = sfx.next;
  let modifier: string | undefined;
  const apAfter = approximatorAfter(toks, j) ?? (sfx.kind === 'count' && !sfx.unit ? plusBeforeNoun(toks, j, k => !!unitNoun(toks, k, false)) : null);
  if (apAfter) {
    modifier = apAfter.modifier; j = apAfter.next;
    // "a $20-plus trillion dollar budget": the scale word comes after "-plus"
    const sc = toks[j];
    if (sc && sc.k === 'w' && sc.sp && sc.l in SCALES && !card.scaled && sfx.kind !== 'percent') {
      value = tidy(value * SCALES[sc.l]); j++;
      if (code && /^dollars?$/.test(toks[j]?.l ?? '') && toks[j].sp) j++;
    }
  }
  // a counted noun after "or so" / "-plus" ("some 250,000 or so Iowans", "400,000 plus jobs")
  let unit = sfx.unit;
  let kind = sfx.kind;
  // (a household's size before the household's verb: "a family of four | spends")
  if (kind === 'count' && unit && !code && j === i + 2 && householdVerbAfter(prev, toks[i + 1].l)) { unit = null; j = i + 1; }
  // (an age before its clause's verb: "His father's sudden death from a heart attack when he was 12 | drives him",
  // "a White House bid at age 78 | seems improbable", PolNeAR train, Washington Post 2016-07-06 and 2016-04-21, counted
  // "drive" and "seem"; the age rule below then reads it)
  if (kind === 'count' && unit && !code && j === i + 2 && ageBefore(prev) && ageVerbAfter(toks[i + 1])) { unit = null; j = i + 1; }
  // "six figures", "a seven-figure salary": a magnitude, not a count of figures
  if (unit === 'figure' && card.words && value >= 4 && value <= 12) { kind = 'vague'; unit = null; }
  if (modifier && sfx.kind === 'count' && !unit) {
    const u = unitNoun(toks, j, false);
    if (u) { unit = u.unit; j = u.next; }
    // "90-plus minutes", "15-plus years": a duration
    const w = toks[j - 1]?.l ?? '';
    if (u && u.next === j && w in TIME_UNITS) { unit = TIME_UNITS[w]; kind = 'duration'; }
  }
  // "one in three Andium households", "1 in 4 residents": the share's second number counts no households of its own,
  // its first counts them (ratioOf)
  // (the tokens before the second stop at the first, a figure of its own: read past it)
  const ratio = sfx.kind === 'count' ? ratioOf(toks, i, j, prev[0]?.l === 'in' || prev[0]?.l === 'of' ? tokensBefore(text, start, 4, 0) : prev, value) : null;
  if (ratio?.denominator) { j = card.next; unit = null; }
  else if (ratio?.unit) unit = ratio.unit;
  if (sfx.kind === 'count' && !unit && !ratio?.denominator) unit = countedPastMeasure(toks, j) ?? impliedUnit(prev) ?? passiveUnit(toks, j) ?? (card.value === 1 && !card.scaled ? null : partitiveUnit(toks, j));
  // "Sandra Paradis, 78, arrived": an age in apposition to a name
  // (also a photo caption's: "Richard Osman (left), 40.", and one run into the text after it, "Sahar Khoga, 52 Khoga,
  // a Saudi woman, had worked …", PolNeAR train, HuffPost 2016-05-19)
  // (two people's ages after their names: "brothers John and Brian Meza, 22 and 19, were talking", PolNeAR train,
  // Washington Post 2016-06-05, the first before "and" and the second after it)
  // (the first age is a figure of its own, which the tokens before the second stop at: read past it)
  // (people listed with their ages, a semicolon between them, a name's "Jr." or "Sr." before its comma: "Donald Trump,
  // Jr., 38; Ivanka, 34; Eric Trump, 32; Tiffany, 22", PolNeAR train, Western Journal 2016-03-18; "Jean-Pierre Mbuyi
  // Kalala, 44; his wife, Esther, 41; their son, Patrick, 15", "Joseph Mukendi Jr., 19, a nephew", an Ottawa Sun-style
  // probe, test/fixtures/outlets ca-ottawasun-vanier-house-fire.txt: were counts of nothing)
  const back = prev[0]?.l === 'and' && t.k === 'n' ? tokensBefore(text, t.s, BEHIND, 0) : prev;
  const second = back[0]?.l === 'and' && back[1]?.k === 'n' && /^\d{1,3}$/.test(back[1].w) && back[2]?.w === ',';
  const lead = second ? back.slice(2) : prev;
  const named = lead[1]?.w === ')' && lead[3]?.w === '(' ? lead[4] : nameSuffixBefore(lead) ? lead[2] : lead[1];
  const ended = toks[j]?.w === ',' || toks[j]?.w === '.' || toks[j]?.w === ';' || (!second && toks[j]?.l === 'and' && toks[j + 1]?.k === 'n' && /^\d{1,3}$/.test(toks[j + 1].w) && toks[j + 2]?.w === ',');
  if (kind === 'count' && !unit && !modifier && t.k === 'n' && /^\d{1,3}$/.test(t.w) && value < 120 && j === i + 1
    && lead[0]?.w === ',' && NAME_WORD.test(named?.w ?? '') && (ended || (toks[j]?.w === named?.w && toks[j].sp)) && !joined(lead[0], t)) {
    kind = 'age'; unit = 'year';
  }
  if (kind === 'count' && !unit && !modifier && t.k === 'n' && /^\d{1,3}$/.test(t.w) && value < 120 && j === i + 1 && (nowAge(text, t, toks[j]) || bracketedAge(prev, t, toks, j))) { kind = 'age'; unit = 'year'; }
  if (kind === 'count' && !unit && j === i + 1 && value < 120 && (ageBefore(prev) || ageBound(prev, toks, j) || ageOfPeople(text, prev, t) || (Number.isInteger(value) && value > 0 && copularAge(prev, toks[j], toks[j + 1])))) { kind = 'age'; unit = 'year'; }
  let end = toks[j - 1].e;

  // years are not figures ("since at least 1980"), unless a count of something ("about 2000 people"), nor the second
  // year of a span written with a hyphen or an en dash ("in the 2023-24 financial year"; "to the ferry service in
  // 2026–27", a The Atoll-style probe, test/fixtures/outlets cc-theatoll-inter-island-ferry-fares.txt, was a count 27;
  // an en dash before a word is a dash of the sentence, "on November 12, 2012–six days after the election", PolNeAR train,
  // Breitbart 2015-12-04)
  if (t.k === 'n' && isYearNumber(t.w) && !code && sfx.kind !== 'percent' && !card.scaled && !(comparatorBefore(prev) && unit)) {
    return reject(runEnd(text, t.e, text[t.e] === '–' && isDigit(text.charCodeAt(t.e + 1)) ? '-–' : '-'));
  }

  let ap = opts.second ? null : approximatorBefore(prev);
  if (ap && ap.modifier === 'over' && kind === 'duration' && overMeansAcross(text, floor, ap.start, prev)) ap = null;
  if (ap && ap.modifier === 'over' && kind === 'money' && overMeansAbout(text, ap.start, prev, toks[j])) ap = null;
  if (ap) { start = Math.min(start, ap.start); modifier = modifier ?? ap.modifier; }
  let fig = figureOf(text, start, end, { value: kind === 'vague' ? null : tidy(value), unit, approximate: !!modifier || kind === 'vague', kind });
  if (modifier) fig.modifier = modifier;

  // "18- to 24-year-old": the first end's hyphen waits for the second's noun
  const hanging = !opts.second && t.k === 'n' && j === i + 1 && (text[t.e] === '-' || text[t.e] === '–') ? HANGING_HYPHEN.exec(text.slice(t.e, t.e + 12)) : null;
  if (hanging) {
    const s = readFigure(text, t.e + hanging[0].length, floor, { second: true }).figure;
    if (s && s.value !== null && s.value > value && (s.kind === 'age' || s.kind === 'duration' || s.kind === 'count')) {
      const r = figureOf(text, start, s.end, { value: null, unit: s.unit, approximate: !!modifier, kind: s.kind === 'age' ? 'age' : 'range', range: [value, s.value] });
      if (modifier) r.modifier = modifier;
      return { figure: r, skip: s.end };
    }
  }
  // a range: "8 to 10 percent", "15-20", "between $5,000 and $15,000"
  if (!opts.second) {
    const r = readRangeEnd(text, toks, card, j, fig, prev, p => readFigure(text, p, floor, { second: true, letterSigns: opts.letterSigns, codeWords: opts.codeWords }).figure);
    if (r) { fig = r; end = r.end; }
    else {
      const date = fig.kind === 'count' && !fig.unit ? pointInTimeAfter(toks, j) : -1;
      if (date >= 0) return reject(toks[date].e);
    }
  }
  if (card.words && fig.unit === null && !fig.modifier && fig.kind === 'count' && isEnumeration(text, t, toks.slice(j))) return reject(t.e);
  if (one && oneCountsNothing({ toks, i, prev, unit: fig.unit, kept: !!fig.modifier || fig.kind === 'range', share: !!ratio && !ratio.denominator })) return reject(t.e);
  return { figure: fig, skip: end };
}

/**
 * The bare count before toks[j] is the first end of a point in time, its second end a number, a time unit and "ago",
 * "later" or "earlier" (suffix.ts): "he approached Corker three or four months ago" (PolNeAR train, Washington Post
 * 2016-07-16), "Five or six weeks ago" (Politico 2016-01-05), "some 40 or 50 years ago" (Huffington Post 2015-11-08) were
 * bare counts 3, 5 and 40 beside no figure, as "four months ago" alone is none. The index of the phrase's last token, or -1.
 */
function pointInTimeAfter(toks: Tok[], j: number): number {
  const sep = toks[j], n = toks[j + 1];
  if (!sep || !n || !(sep.l === 'or' || sep.l === 'to' || sep.w === '-' || sep.w === '–')) return -1;
  if (!(n.k === 'n' || (n.k === 'w' && isNumberWord(n.l)))) return -1;
  const sfx = readSuffix(toks, j + 2, 2, null);
  return sfx.date ? sfx.next - 1 : -1;
}
