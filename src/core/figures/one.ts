/**
 * "one" that counts nothing: the pronoun ("a weaker one", "One would have hoped", "Whichever one I’m in", "one nobody
 * realized", "one called therapeutic cloning"), "one … another" ("of one sort or another"), the reciprocal ("praised one
 * another", "attacked one another's records"), idioms ("one hell of a way",
 * "at one point", "one day" meaning someday, "number one issue", "if there's one thing", "a potent one-two punch", "a
 * one-way ticket"), and
 * a verb or adverb after it ("one captured by a dashboard camera", "one soon to be answered"), and the indefinite "one"
 * ("a certain") naming a source: "according to one research firm" (PolNeAR train, NYT 2016-01-14; "according to one
 * global index", "According to one source"), "…,” said one GOP source" / "…,” wrote one commenter" (PolNeAR train: 19
 * such after a closing quotation mark), which the adjudicated figures leave optional and no reader counts.
 * "one" counts when something is counted: "more than one victim", "at least one", "one family", "one Greek Orthodox",
 * and as a share's first number after the conjunction "that" ("told Members that one in three Andium households").
 */
import { isNumberWord } from './numberWords';
import type { Tok } from './tokens';
import { possessiveTimeUnit } from './units';
import { looksAdverb } from '../text/adverbs';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, without } from '../text/determiners';
import { withoutPossessive } from '../text/endings';
import { INVERTING, NAMING_PARTICIPLES, SUBJECT_PRONOUNS } from '../quotes/lexicon';

/**
 * Words before "one" that make it the pronoun or part of a name ("no one", "the one", "number one", "either one helped
 * themselves", "Whichever one I’m in at the moment", PolNeAR train, Politico 2016-01-27).
 */
const NOT_COUNTING_BEFORE = new Set(['no', 'any', 'every', 'each', 'the', 'this', 'that', 'which', 'whichever', 'whatever', 'another', 'number', 'someone', 'day', 'either', 'neither']);
/**
 * Pronouns that open a relative clause on the pronoun "one" ("This turning point is one nobody realized at the moment",
 * PolNeAR train, USA Today 2016-02-11; "one he has waged"); not "there", "this", "no" ("one there", "one this year").
 */
const CLAUSE_SUBJECTS = without(SUBJECT_PRONOUNS, 'there', 'this', 'no');
/** Words between a determiner and "one" that make it the pronoun ("He wasn't the only one unhappy", PolNeAR train). */
const PICKING_OUT = new Set(['only', 'last', 'first', 'same', 'next', 'right', 'wrong', 'other', 'very']);
/** Words right after "one" that make an idiom. */
const IDIOM_AFTER = new Set(['hell', 'heck', 'thing', 'another', 'anyone', 'way']);
/** Prepositions that keep "one day" a duration ("in one day", "for one day"); without one it means "someday". */
const DAY_AS_DURATION = new Set(['with', 'in', 'for', 'within', 'than', 'only', 'just', 'over', 'about', 'least', 'most', 'single', 'of', 'per', 'every']);
/** Adverbs and function words that cannot be what "one" counts ("one soon to be answered"). */
const NOT_A_NOUN = new Set(['soon', 'too', 'also']);
/**
 * Nouns of a point made, not a thing counted: "One sticking point is …", "One possibility is …", "One danger is …"
 * (PolNeAR train) open a sentence with the indefinite "one" ("a certain"), which the adjudicated figures leave optional.
 */
const POINT_MADE = new Set(['point', 'possibility', 'danger', 'exception', 'obstacle', 'view', 'question', 'reason', 'problem', 'issue',
  'concern', 'advantage', 'factor', 'challenge', 'explanation', 'theory', 'difference', 'lesson', 'sign', 'example', 'option', 'complication',
  'hurdle', 'risk', 'worry', 'idea', 'answer', 'clue', 'irony', 'caveat', 'wrinkle', 'thing', 'spot', 'key', 'snag', 'twist']);
/** Nouns of a share of a whole: "one part of its plan", "one piece of a much larger puzzle" (partOfWhole). */
const PART_OF = new Set(['part', 'piece']);
/** Words after "of" that open the whole a part is of ("one part of the day", "one part of what guests pay"). */
const WHOLE_OPENERS: ReadonlySet<string> = new Set([...ARTICLES, ...DEMONSTRATIVES, ...POSSESSIVE_DETERMINERS, 'what']);

/**
 * "one part of" or "one piece of" a whole a determiner opens: a part of it, no count ("Duty is one piece of a much larger
 * puzzle", test/fixtures/outlets bm-bernews-grocery-duty-relief.txt; "the shared equity scheme was only one part of its
 * plan", au-abc-question-time.txt; "one part of a continuum of care", ca-vansun-overdose-site.txt; "Ferry prices are only
 * one part of what guests pay", hr-totalcroatianews-jadrolinija-ferry-fares.txt; "one part of the day where nothing
 * surprises me", ca-star-column-defenceman.txt: were 1 piece, 1 part); a bare noun after "of" is what is counted ("one
 * piece of evidence", "one piece of advice", PolNeAR train, NYT 2016-04-20, USA Today 2016-05-09, stay).
 */
function partOfWhole(toks: Tok[], i: number): boolean {
  const n = toks[i + 1], of = toks[i + 2], d = toks[i + 3];
  return !!n && PART_OF.has(n.l) && of?.l === 'of' && !!d && (WHOLE_OPENERS.has(d.l) || /['’]s$/.test(d.l));
}

/** How far "another" / "the other" may stand after "one" to pair with it ("one country … while telling another"). */
const PAIR_REACH = 10;

/** What was read at a "one": the counted noun (its first token and the one after) and whether a comparator or range keeps it. */
export interface OneReading {
  /** Tokens from the number on (toks[i] is "one"). */
  toks: Tok[];
  i: number;
  /** Tokens before the number, nearest first. */
  prev: Tok[];
  /** The counted noun, or null. */
  unit: string | null;
  /** An approximator or comparator ("more than one", "one or more") or a range ("one to two years"). */
  kept: boolean;
  /** The first number of a share ("one in three households", figure.ts ratioOf). */
  share?: boolean;
}

/** The first words of "one … another" within reach: "one sort or another", "one school than another". */
function pairedWithAnother(toks: Tok[], i: number): boolean {
  for (let k = i + 1; k < Math.min(toks.length, i + PAIR_REACH); k++) {
    const t = toks[k];
    if (t.k === 'p' && (t.w === '.' || t.w === ';' || t.w === '?' || t.w === '!')) return false;
    if (t.l === 'another' || (t.l === 'other' && toks[k - 1]?.l === 'the')) return true;
  }
  return false;
}

/** A closing quotation mark before an inverted cue ("…,” said one source"; not a comma: "who votes democratic, said one candidate he likes is Kasich"). */
const BEFORE_INVERTED_CUE = /^["”']$/;

/**
 * The source position of an attribution before "one" (prev nearest first): "according to one research firm", "…,” said
 * one GOP source" (an inverted cue right after the quote's closing mark; not "he said one family fled").
 */
function namesSource(prev: Tok[]): boolean {
  const [p0, p1] = prev;
  if (p0?.l === 'to' && p1?.l === 'according') return true;
  return !!p0 && INVERTING.has(p0.l) && !!p1 && p1.k === 'p' && BEFORE_INVERTED_CUE.test(p1.w);
}

/** A participle or gerund followed by what a verb takes ("one captured by", "one saying that"). */
function verbAfter(toks: Tok[], j: number): boolean {
  const w = toks[j], n = toks[j + 1];
  if (!w || w.k !== 'w') return false;
  if (NOT_A_NOUN.has(w.l) || looksAdverb(w.l)) return true;
  if (/ed$/.test(w.l) && n?.l === 'by') return true;
  if (/ing$/.test(w.l) && (n?.l === 'that' || n?.l === 'to')) return true;
  return false;
}

/** The "one" at toks[i] counts nothing: not a figure. */
export function oneCountsNothing(r: OneReading): boolean {
  const { toks, i, prev } = r;
  const p0 = prev[0]?.l ?? '';
  // ("told Members that one in three Andium households was now receiving income support", a Jersey Evening Post-style
  // probe, test/fixtures/outlets je-jep-andium-rent-cap-vote.txt; "estimates that one in 45 children ages 3 to 17 has
  // autism", PolNeAR train, USA Today 2016-01-22; "told The Times that one in four officers", uk-times-pmqs-prisons.txt:
  // before a share, "that" is the conjunction, not the determiner of "that one")
  if (r.share && p0 === 'that') return false;
  // ("I'm not going to pretend that one month's figures mean the job is done", a BBC-style probe, test/fixtures/outlets
  // uk-bbc-nhs.txt: before a time unit in the possessive, "one" counts the length the noun after it is of, suffix.ts)
  if (p0 === 'that' && possessiveTimeUnit(toks[i + 1]?.l ?? '')) return false;
  if (NOT_COUNTING_BEFORE.has(p0)) return true;
  // "the only one unhappy", "the next one won't come", "the same one Obama enjoyed": a word that picks one out, after
  // "the" (PolNeAR train; not "that only one candidate gets")
  // (not a compound: "the first one-day strike")
  const n = toks[i + 1];
  if (PICKING_OUT.has(p0) && prev[1]?.l === 'the' && n?.w !== '-') return true;
  if (!n || n.l === 'of' || n.nl) return true;
  // "at one point", "at one time"
  if (p0 === 'at' && (n.l === 'point' || n.l === 'time' || n.l === 'stage')) return true;
  // (the reciprocal's possessive too: "attacked one another's records", PolNeAR train, Washington Post 2016-01-18;
  // "one another's voters", Politico 2016-02-17: was 1 record, 1 voter)
  if (IDIOM_AFTER.has(withoutPossessive(n.l))) return true;
  if (partOfWhole(toks, i)) return true;
  // "one-time": the adjective ("former", "happening once"), no count: "four of his one-time rivals", "a one-time
  // payment" (PolNeAR train, Politico 2016-05-26, and four more); "one-two": a blow and the next, a first and a second
  // place ("It was a potent one-two punch by the two most prominent", PolNeAR train, NYT 2016-06-28)
  // "one-way": a ticket's, a fare's or a road's kind, no count ("the price of a one-way ticket", "a one-way fare", "reopen for
  // one-way traffic", test/fixtures/outlets cv-inforpress-ferry-fares.txt, gl-knr-air-greenland-domestic-fares.txt,
  // np-kathmandupost-prithvi-landslides.txt and four more: were 1 "way"; "a two-way race" counts its sides, suffix.ts)
  if (n.w === '-' && (toks[i + 2]?.l === 'time' || toks[i + 2]?.l === 'two' || toks[i + 2]?.l === 'way')) return true;
  // the pronoun before a relative clause or a name it is called by ("one nobody realized", "including one called
  // therapeutic cloning", PolNeAR train, Breitbart 2016-04-01)
  if (CLAUSE_SUBJECTS.has(n.l) || NAMING_PARTICIPLES.has(n.l)) return true;
  if (n.l === 'day' && !DAY_AS_DURATION.has(p0)) return true;
  if (r.kept) return false;
  // "one in four", "one or two", "one more day": a count or a ratio
  const n1 = toks[i + 2];
  if ((n.l === 'in' || n.l === 'or' || n.l === 'out') && n1 && (n1.k === 'n' || isNumberWord(n1.l) || n1.l === 'of')) return false;
  if (n.l === 'more') return false;
  if (pairedWithAnother(toks, i)) return true;
  if (namesSource(prev)) return true;
  // "One sticking point is …": opening its sentence, before the noun of a point made
  if (r.unit !== null && POINT_MADE.has(r.unit) && /^One$/.test(toks[i].w) && (!prev[0] || toks[i].nl || (prev[0].k === 'p' && /^[.!?:"“”]$/.test(prev[0].w)))) return true;
  if (verbAfter(toks, i + 1)) return true;
  // the pronoun: nothing counted after it ("a weaker one.", "one he has waged", "One would have hoped")
  if (r.unit === null) return !(n.k === 'w' && /^[A-Z]/.test(n.w) && n.w !== 'I' && n.sp);
  return false;
}
