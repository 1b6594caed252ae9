/**
 * Word and punctuation tokens with offsets, for the attribution rules. One linear pass.
 *
 * Marks set after it include a name's slash (markSlashJoins): "The union WICSU/PSU, which represents most of the
 * airport's workers, said …" is WICSU/PSU; "the tunnel company P/F Eystur- og Sandoyartunlar announced …" keeps "P/F".
 */
import { CLOSING_PATRONYMS, CUES, SURNAME_PARTICLES, TITLES, WEAK_CUES } from './lexicon';
import { firstNameGender, isCommonWord, isHonorific, isPersonNoun } from '../people/lexicon';
import { isInitialWithStop } from '../people/personName';
import { lowerWord, wordForms } from '../text/sharedWords';
import { classesOfShared, classesOfWord } from '../text/wordClasses';
import { ABBREVIATIONS, DUTCH_HONORIFICS, QUOTE_TOKENIZER_EXCEPTIONS } from '../text/abbreviations';
import { isDashCode } from '../text/dashes';
import { isApostrophe } from '../text/endings';
import { digitFirst, inCapitals, upperFirst } from '../text/wordShape';
import { only } from '../text/determiners';

/**
 * A token, never changed once tokenize returns it (its fields are readonly; only tokenize's own passes, on TokDraft,
 * set a token's marks), in an array never changed either (no code pushes, splices or sorts the array tokenize returns).
 * The caches keyed by a token array rest on both and keep their answers for as long as the array lives: ./names.ts
 * (runAt, midSentenceCaps, lowerCaseWords, gluedQuestionLabel, afterDateline), ./attribution/subjectBefore.ts
 * subjectBefore, ./sentences.ts sentenceRanges, ../reported/clause.ts dashesBetween, ../reported/headline.ts
 * capitalisedIn, ../reported/fronted.ts contentStart (and ../reported/speaker.ts reporterOf, by sentence context). A
 * rule that wants other tokens makes a new array.
 */
export interface Tok {
  readonly s: number;
  readonly e: number;
  /** The token as written. */
  readonly t: string;
  /** Lower case, possessive stripped ("russia's" -> "russia"). */
  readonly l: string;
  readonly cap: boolean;
  /** A possessive ("Russia's"). */
  readonly poss: boolean;
  readonly punct: boolean;
  /** A line break stands between this token and the one before it (a name never runs across it). */
  readonly br: boolean;
  /** The word classes of `l` (../text/wordClasses.ts: ask with `inClass`). */
  readonly f: number;
  /**
   * A nickname in double quotes between a capitalised word and the rest of a name ('Sen. Ronaldo "Dodong" de la Paz'):
   * no word of the name's canonical form (./names.ts canonicalOf).
   */
  readonly nick?: boolean;
  /**
   * A capitalised word after an ampersand standing alone between it and the capitalised word before it ("Procter &
   * Gamble", "Sserwadda & Co. Advocates"): the ampersand, which is no token, joins the two into one name (./names.ts runAt).
   */
  readonly amp?: boolean;
  /**
   * A capitalised word glued by a slash to the capitalised word before it ("WICSU/PSU", the Windward Islands Civil
   * Servants Union and Public Service Union written as one; "P/F", the Faroese company prefix): the slash, which is no
   * token, stays in the name (./names.ts canonicalOf).
   */
  readonly slash?: boolean;
}

/** A token while tokenize still marks it (uncapCuesOfTitleLines, markQuotedNicknames, markAmpersandJoins, markSlashJoins). */
type TokDraft = { -readonly [K in keyof Tok]: Tok[K] };

/**
 * The tokens, as the regular expression
 *   /(?:(?<![^ \n(])(?:!|\/\/)(?=\p{Lu}))?[\p{L}\p{N}](?:(?:[\p{L}\p{M}\p{N}'’.&]|-(?!-))*[\p{L}\p{M}\p{N}])?\.?|[,;:‒–—―⸺()!?]|\.|--/gu
 * would find them, read by hand (`nextToken`): a word from a letter or a digit (or a click letter "!" or "//" before a capital,
 * clickLetterAt) to its last letter or digit before
 * a character that cannot be inside a word, and its period when one follows; one punctuation mark; a double hyphen.
 * A combining mark is inside a word ("José" written decomposed), and so is the second character of UTF-8 read as
 * Latin-1 ("FranÃ§ois Hollande", "TomÃ¡s Regalado": PolNeAR train), so that a name is never cut at its accent.
 */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
/** BMP code points known to be a letter or a digit (1) or not (2), learnt as they are met (0: not yet). */
const WORD_CHAR = new Uint8Array(0x10000);
const NEWLINE = 10, PERIOD = 0x2e, APOSTROPHE = 0x27, COMMA = 0x2c;
const HIGH_SURROGATE = 0xd800, LOW_SURROGATE = 0xdc00, SURROGATE_END = 0xe000;

/** An ASCII code unit that is a letter or a digit (the cheap test before \p{L}\p{N} for the rest). */
export const isAsciiLetterOrDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);

/** A UTF-16 code unit that is a letter or a digit by itself (half of a surrogate pair never is). */
export function isLetterOrDigitUnit(c: number): boolean {
  if (c < 0x80) return isAsciiLetterOrDigit(c);
  if (c >= HIGH_SURROGATE && c < SURROGATE_END) return false;
  let known = WORD_CHAR[c];
  if (known === 0) WORD_CHAR[c] = known = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

/** The width (1, or 2 for a surrogate pair) of the letter or digit at i, or 0 when none stands there. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= HIGH_SURROGATE && c < LOW_SURROGATE) {
    const d = text.charCodeAt(i + 1);
    return d >= LOW_SURROGATE && d < SURROGATE_END && LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return isLetterOrDigitUnit(c) ? 1 : 0;
}

/**
 * The rest of a word after its first letter or digit: to its last letter or digit before a character that cannot
 * be inside a word (letters, combining marks, digits and ' ’ . & - can, a comma that groups digits: "1,200", and a
 * character U+0080–U+00BF after "Ã" or "Â", composed or not: UTF-8 read as Latin-1), and its period when one follows.
 * A double hyphen is no word's: it sets a dateline off, "MARIGOT--Vendors at the Marigot waterfront market say …" and
 * "PHILIPSBURG--Members of Parliament (MPs) on Monday questioned …" (Daily Herald-style probes, test/fixtures/outlets
 * mf-dailyherald-marigot-market-stall-fees.txt and sx-thedailyherald-pjia-passenger-fee.txt, one word each with their
 * dateline, so that the vendors' report had no subject), and a paid notice's name, "SIEGEL--Jerome Arthur, 98, …"
 * (PolNeAR train, NYT 2016-04-01).
 */
const WORD_REST = /(?:(?:[\p{L}\p{M}\p{N}'’.&]|-(?!-)|(?<=\d),(?=\d{3}(?!\d))|(?<=[ÂÃ]|A[\u0302\u0303])[\u0080-\u00bf])*[\p{L}\p{M}\p{N}])?\.?/uy;
/** An ASCII code unit that WORD_REST's word characters leave out (and can never be part of a word). */
const isAsciiWordStop = (c: number): boolean => c < 0x80 && !isAsciiLetterOrDigit(c) && c !== APOSTROPHE && c !== PERIOD && c !== 0x26 && c !== 0x2d && c !== COMMA;
/** Quotation marks and dashes after a word: no letter, mark or digit, nor U+0080–U+00BF. */
const isWideWordStop = (c: number): boolean => c === 0x201c || c === 0x201d || isDashCode(c);
const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * Where WORD_REST run at `p` ends (`p` just after a word's first letter or digit). Its ASCII letters and digits are
 * read by hand, and so is the end of most words: a space or an ASCII mark after them, a period that ends a sentence, a
 * comma before no digit, a quotation mark or a dash. The rest (an apostrophe, a hyphen, any other character past
 * ASCII) is left to the expression, run from the first character not read: what it finds from there is what it finds
 * from `p`, since every character read is one of its word characters and its last one a letter or a digit (in a
 * two-byte text each of its letter tests is a call out of its native code into V8's range tables).
 */
function wordRestEnd(text: string, p: number): number {
  const n = text.length;
  while (p < n && isAsciiLetterOrDigit(text.charCodeAt(p))) p++;
  if (p === n) return p;
  const c = text.charCodeAt(p);
  const next = p + 1 < n ? text.charCodeAt(p + 1) : -1;
  if (isAsciiWordStop(c) || isWideWordStop(c) || (c === COMMA && !isAsciiDigit(next))) return p;
  if (c === PERIOD && (next === -1 || isAsciiWordStop(next) || isWideWordStop(next))) return p + 1;
  // (the rest of the word and its period: one expression, run in native code, that always matches)
  WORD_REST.lastIndex = p;
  WORD_REST.test(text);
  return WORD_REST.lastIndex;
}

/** A one-character punctuation token: , ; : a dash (../text/dashes.ts) ( ) ! ? and the period. */
const isMark = (c: number): boolean => c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x21 || c === 0x3f || c === 0x2e || isDashCode(c);

const EXCLAMATION = 0x21, SLASH = 0x2f;
/**
 * The width of a Khoekhoe click letter written "!" or "//" (the lateral click ǁ in ASCII) that opens a name at i ("Cllr
 * Hilma !Naruseb-Gowases said", "According to !Naruseb-Gowases,", "Windhoek's Moses //Garoëb constituency", a
 * Namibian-style probe, test/fixtures/outlets na-namibian-okuryangava-prepaid-meters.txt, where the names were cut to
 * "Naruseb-Gowases", the "!" read as a sentence's end, and "Moses" and "Garoëb" read apart): the mark after the text's
 * start, a space or a bracket and right before a capital; 0 when none. (PolNeAR's one "!" before a letter, CSS's
 * "!important", has none, and it has no "//" after a space; a single "/" is no click: "Postmedia /Regina Leader-Post".)
 */
function clickLetterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const width = c === EXCLAMATION ? 1 : c === SLASH && text.charCodeAt(i + 1) === SLASH ? 2 : 0;
  if (width === 0) return 0;
  const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
  return (before === 0x20 || before === NEWLINE || before === 0x28) && upperFirst(text.slice(i + width, i + width + 2)) ? width : 0;
}
/** The word opens with a click letter ("!Naruseb-Gowases", "//Garoëb"): a word, capitalised, no mark. */
const clickLetterWord = (t: string): boolean => t.length > 1 && (t.charCodeAt(0) === EXCLAMATION || (t.length > 2 && t.charCodeAt(0) === SLASH && t.charCodeAt(1) === SLASH));

/** What nextToken found: no token, a word (from a letter, a digit or a click letter), or a mark (one, or "--"). */
const NO_TOKEN = 0, WORD_TOKEN = 1, MARK_TOKEN = 2;

/** Where the next token at or after `from` starts and ends, written into `at`, and its kind (NO_TOKEN when there is none). */
function nextToken(text: string, from: number, at: { s: number; e: number }): number {
  for (let i = from; i < text.length; i++) {
    const letter = wordCharAt(text, i);
    const click = letter > 0 ? 0 : clickLetterAt(text, i);
    if (letter > 0 || click > 0) {
      const first = letter > 0 ? letter : click + wordCharAt(text, i + click);
      at.s = i; at.e = wordRestEnd(text, i + first);
      return WORD_TOKEN;
    }
    const c = text.charCodeAt(i);
    if (isMark(c)) { at.s = i; at.e = i + 1; return MARK_TOKEN; }
    if (c === 0x2d && text.charCodeAt(i + 1) === 0x2d) { at.s = i; at.e = i + 2; return MARK_TOKEN; }
    // (a surrogate pair that is no letter is passed over whole, as the expression would)
    if (c >= HIGH_SURROGATE && c < LOW_SURROGATE && text.charCodeAt(i + 1) >= LOW_SURROGATE && text.charCodeAt(i + 1) < SURROGATE_END) i++;
  }
  return NO_TOKEN;
}

/** (a French or Acadian "d'" too, with its apostrophe only: "Réal d'Entremont … d'Entremont said", a Chronicle Herald-style probe) */
const PARTICLE = /^(?:(?:al|el|bin|ibn|abu|de|da|di|du|van|von|der|le|la|mc|mac|o)[-'’]|d['’])\p{Lu}/u;
// (the per-token tests, compiled once: a literal in the loop would be a new RegExp object per token; the cheap ones
// are character tests, which is where a run spends most of its tokenizing)
const INITIALS = /^(?:\p{L}\.)+$/u;
/** A word that keeps its period ("Mr.", "Jr.", "ex-Gov."): one of the abbreviations, a hyphenated prefix allowed ("R-Del."). */
const ABBREVIATION = new RegExp(`^(?:[a-z]+-)?(?:${[...ABBREVIATIONS].filter(w => !QUOTE_TOKENIZER_EXCEPTIONS.has(w)).join('|')})\\.$`, 'i');
const BARE_APOSTROPHE = /['’]\s+\p{Ll}/uy;
/** …and before a name when the word is a capitalised plural ("the Clintons' Chappaqua, N.Y., home"). */
const BARE_APOSTROPHE_BEFORE_NAME = /['’]\s+\p{Lu}/uy;
const POSSESSIVE = /['’]s$/i;
/** A Luo name's closing apostrophe after "ng" ("Achieng'", "Ochieng'"), before a space or a mark, not a letter. */
const NG_APOSTROPHE = /['’](?=[\s,.;:)]|$)/y;
/** A capitalised word ending in "ng", as a Luo name before its closing apostrophe ("Achieng", "Ochieng"). */
const NAME_ENDING_NG = /^\p{Lu}\p{Ll}*ng$/u;
/** A single mark opening a quote: after the paragraph's start, a space, a bracket or a double mark, before a letter. */
const SINGLE_OPENING = /(?:^|[\s(“"])['‘]\p{L}/u;

/**
 * The apostrophe after the capitalised word `t` at `s` closes a Luo name, no quote: the word ends in "ng", the mark is
 * followed by a space or a mark, and its paragraph opens no single quote before it ("Dr Achieng' Okoth-Odera", "Mr
 * Maurice Ochieng' said", a Daily Nation-style probe, where the names lost their apostrophes; not "the 'Beijing' model").
 */
function nameClosingApostrophe(text: string, s: number, t: string): boolean {
  // (asked of every word the tokenizer reads: an apostrophe after it first, one character compared)
  if (!isApostrophe(text.charCodeAt(s + t.length)) || !NAME_ENDING_NG.test(t)) return false;
  NG_APOSTROPHE.lastIndex = s + t.length;
  if (!NG_APOSTROPHE.test(text)) return false;
  const paragraph = text.lastIndexOf('\n', s) + 1;
  return !SINGLE_OPENING.test(text.slice(paragraph, s));
}

/** A Sesotho mother's name after its opening apostrophe ("'Malineo", "'Mathabo", "'Mamello"; not the honorific "'Me"). */
const SESOTHO_MA_NAME = /^Ma\p{Ll}{3,}$/u;
/** A single mark closing a quote: after a sentence's mark or a comma ("…,' she said"). */
const SINGLE_CLOSING = /[.,!?;]['’]/u;
/** A space, then a capital: the surname after a given name. */
const SURNAME_AFTER = /\s\p{Lu}/uy;

/**
 * The apostrophe before the word `t` at `s` opens a Sesotho name, no quote: "A farmer from Semonkong, 'Me 'Malineo
 * Sekhesa, 56, said …" (a Lesotho Times-style probe, test/fixtures/outlets ls-lesothotimes-wool-farmers-arrears.txt,
 * where the name lost its apostrophe). The mark follows a space, the word is "Ma" and three lower-case letters or more,
 * no common word nor a known given name ("'Mary …'"), a surname follows, and the paragraph closes no single quote
 * after it within SINGLE_QUOTE_REACH characters ("'Manchester will …,' he said").
 */
function nameOpeningApostrophe(text: string, s: number, t: string): boolean {
  // (asked of every word the tokenizer reads: an apostrophe before it first, one character compared)
  if (s < 2 || !isApostrophe(text.charCodeAt(s - 1)) || !SPACE_BEFORE.test(text[s - 2]) || !SESOTHO_MA_NAME.test(t)) return false;
  if (isCommonWord(t) || firstNameGender(t) !== undefined) return false;
  SURNAME_AFTER.lastIndex = s + t.length;
  if (!SURNAME_AFTER.test(text)) return false;
  const reach = Math.min(text.length, s + SINGLE_QUOTE_REACH);
  const line = text.slice(s, reach), end = line.indexOf('\n');
  return !SINGLE_CLOSING.test(end < 0 ? line : line.slice(0, end));
}
/** How far after the name its paragraph is searched for a closing single quote (bounded: a long one-line text stays linear). */
const SINGLE_QUOTE_REACH = 1000;
/** A space or an opening bracket. */
const SPACE_BEFORE = /[\s(]/u;
const CONTRACTION = /['’](?:re|m|ve|ll|d|t)$/i;

/** "s" or "S". */
const isS = (c: number): boolean => (c | 0x20) === 0x73;
/** A particle's mark: - ' ’ */
const isParticleMark = (c: number): boolean => c === 0x2d || isApostrophe(c);
/**
 * A particle of a name and its mark ("al-Assad", "O'Brien", "van-…"), tested by PARTICLE only when a mark stands
 * where one can (after the first one to three letters): most tokens are answered without running the expression.
 */
const particleName = (t: string): boolean => {
  const n = t.length;
  return ((n > 1 && isParticleMark(t.charCodeAt(1))) || (n > 2 && isParticleMark(t.charCodeAt(2))) || (n > 3 && isParticleMark(t.charCodeAt(3)))) && PARTICLE.test(t);
};
/**
 * A particle written against the capital of the rest of the name, no mark between ("Tobolar general manager Hemley
 * deBrum said …", "deBrum disclosed that Tobolar owed producers …", a Marshall Islands Journal-style probe,
 * mh-marshallislandsjournal-copra-price.txt): a word of the name, capitalised. Tested by GLUED_PARTICLE only when the
 * word opens with a particle's first letter in lower case. The particles are those of the lexicon's SURNAME_PARTICLES
 * that are written glued, and "mc", "mac", which never stand alone.
 */
const GLUED_PARTICLES: readonly string[] = [...only(SURNAME_PARTICLES, 'de', 'da', 'di', 'du', 'van', 'von', 'le', 'la'), 'mc', 'mac'];
const GLUED_PARTICLE = new RegExp(`^(?:${GLUED_PARTICLES.join('|')})\\p{Lu}\\p{Ll}`, 'u');
/** The codes of the first letters of GLUED_PARTICLES ("d", "l", "m", "v"). */
const GLUED_PARTICLE_FIRSTS: ReadonlySet<number> = new Set(GLUED_PARTICLES.map(p => p.charCodeAt(0)));
const isGluedParticleFirst = (c: number): boolean => GLUED_PARTICLE_FIRSTS.has(c);
const gluedParticleName = (t: string): boolean => t.length > 3 && isGluedParticleFirst(t.charCodeAt(0)) && GLUED_PARTICLE.test(t);
/**
 * An Irish surname's capital with the "h" a particle puts before its vowel ("Séamus Ó hEochaidh", "Ó hAodha", "Ní
 * hÉalaí"): a word of the name, as capitalised as its capital (an Irish Independent-style probe, where the name was
 * "Séamus Ó"); no English word opens with "h" before a capital.
 */
const irishProthesis = (t: string): boolean => t.length > 2 && t.charCodeAt(0) === 0x68 && upperFirst(t.slice(1));
/** A contraction ("We’re", "Don’t"), tested by CONTRACTION only when an apostrophe stands where one can. */
const contraction = (t: string): boolean => {
  const n = t.length;
  return ((n > 1 && isApostrophe(t.charCodeAt(n - 2))) || (n > 2 && isApostrophe(t.charCodeAt(n - 3)))) && CONTRACTION.test(t);
};

/**
 * "No." at [s, e) is the answer, its period ending a sentence, unless a number follows ("No. 2", "No. 10 Downing
 * Street"): 'Trump said “no.” Clinton said “yes.”', '“No.” But he went on'.
 */
function answerNo(text: string, s: number, e: number): boolean {
  if (e - s !== 3 || (text.charCodeAt(s) | 0x20) !== 0x6e || (text.charCodeAt(s + 1) | 0x20) !== 0x6f) return false;
  NUMBER_AFTER.lastIndex = e;
  return !NUMBER_AFTER.test(text);
}
/** A number after a word, past spaces: "No. 2". */
const NUMBER_AFTER = /[ \t]*\d/y;

/** A line break stands in text[from, to) (between a token and the one before it). */
function breakIn(text: string, from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (text.charCodeAt(x) === NEWLINE) return true;
  return false;
}

/** The token of the mark (or "--") nextToken found at [s, e): punctuation, never capitalised nor a possessive. */
function markToken(text: string, s: number, e: number, prevEnd: number): TokDraft {
  const w = wordForms(text.slice(s, e));
  return { s, e, t: w.text, l: w.lower, cap: false, poss: false, punct: true, br: breakIn(text, prevEnd, s), f: classesOfShared(w) };
}

/** The word keeps its final period: initials or an abbreviation ("U.N.", "Mr.", "Jr."), unless it is the answer "No.". */
const keepsPeriod = (text: string, s: number, e: number, t: string): boolean => (INITIALS.test(t) || ABBREVIATION.test(t)) && !answerNo(text, s, e);

/**
 * The bare apostrophe after the s-final word `t` at `s` marks a plural or s-final possessive ("Sanders’ campaign", "the
 * Clintons' Chappaqua"): before a lower-case word, or before a name when the word is capitalised.
 */
function bareApostropheAfter(text: string, s: number, t: string): boolean {
  BARE_APOSTROPHE.lastIndex = s + t.length;
  if (BARE_APOSTROPHE.test(text) && BARE_APOSTROPHE.lastIndex <= s + t.length + 3) return true;
  if (!upperFirst(t)) return false;
  BARE_APOSTROPHE_BEFORE_NAME.lastIndex = s + t.length;
  return BARE_APOSTROPHE_BEFORE_NAME.test(text) && BARE_APOSTROPHE_BEFORE_NAME.lastIndex <= s + t.length + 3;
}

/** A word of a name: capitalised, a click letter's, a particle's, an Irish prothesis's or an opened Sesotho name's; no contraction. */
const nameWord = (t: string, click: boolean, opened: boolean): boolean =>
  (upperFirst(t) || click || particleName(t) || gluedParticleName(t) || irishProthesis(t) || opened) && !contraction(t);

/** The token of the word nextToken found at [s, e) (`from`: where tokenize began; `prevEnd`: the last token's end). */
function wordToken(text: string, from: number, s: number, e: number, prevEnd: number): TokDraft {
  let t = text.slice(s, e);
  const opened = s > from && nameOpeningApostrophe(text, s, t);
  if (opened) t = text[--s] + t;
  // a trailing period belongs to the word only for abbreviations ("U.N.", "Mr.", "Jr.")
  if (t.length > 1 && t.charCodeAt(t.length - 1) === PERIOD && !keepsPeriod(text, s, e, t)) t = t.slice(0, -1);
  // (no word is punctuation: it opens with a letter, a digit, a click letter or a name's opening apostrophe)
  const click = clickLetterWord(t);
  // "Sanders’ campaign", "the Clintons' Chappaqua": a plural or s-final possessive marked by a bare apostrophe
  const bare = isS(t.charCodeAt(t.length - 1)) && s + t.length < text.length && isApostrophe(text.charCodeAt(s + t.length)) && bareApostropheAfter(text, s, t);
  if (bare || nameClosingApostrophe(text, s, t)) t += text[s + t.length];
  const n = t.length;
  const poss = bare || (n > 2 && isS(t.charCodeAt(n - 1)) && isApostrophe(t.charCodeAt(n - 2)));
  // a contraction ("We’re", "Don’t", "I’ve") is never part of a name
  const cap = nameWord(t, click, opened);
  const w = wordForms(t);
  const l = bare ? lowerWord(t.slice(0, -1)) : poss ? lowerWord(t.slice(0, -2)) : w.lower;
  const f = l === w.lower ? classesOfShared(w) : classesOfWord(l);
  return { s, e: s + n, t: w.text, l, cap, poss, punct: false, br: breakIn(text, prevEnd, s), f };
}

/**
 * The tokens of text[from, to). The loop only finds each token and keeps it; what makes a word's token and a mark's is
 * in wordToken and markToken, each optimised by itself (the loop with all of it inlined was among the functions V8's
 * optimising compiler took longest over in a run: --trace-opt, PolNeAR dev; 11.7 kB of machine code, now 4.0 + 9.8).
 */
export function tokenize(text: string, from = 0, to = text.length): Tok[] {
  const out: TokDraft[] = [];
  const at = { s: 0, e: 0 };
  let prevEnd = from;
  for (let pos = from, kind = nextToken(text, pos, at); kind !== NO_TOKEN && at.s < to; kind = nextToken(text, pos, at)) {
    const tok = kind === MARK_TOKEN ? markToken(text, at.s, at.e, prevEnd) : wordToken(text, from, at.s, at.e, prevEnd);
    out.push(tok);
    pos = prevEnd = tok.e;
  }
  uncapCuesOfTitleLines(text, out);
  markQuotedNicknames(text, out);
  markAmpersandJoins(text, out);
  markSlashJoins(text, out);
  markClosingPatronyms(out);
  markLowercaseHonorifics(out);
  return out;
}

/** Dutch academic honorifics as Dutch copy writes them, in lower case with their period ("drs.", "ir."). */
const LOWERCASE_HONORIFICS: ReadonlySet<string> = new Set(DUTCH_HONORIFICS.map(w => `${w}.`));
/**
 * Marks a Dutch academic honorific written in lower case right before a capitalised word, one space apart and on its
 * line, as a word of the name, as its capitalised form is ("A spokesperson for the Ministry of the Interior and Kingdom
 * Relations (BZK), drs. Anouk Verhoeven-de Wit, confirmed that the ministry had received the request and said it would be
 * discussed …", a Bonaire Reporter-style probe, test/fixtures/outlets bq-bonairereporter-web-tariffs.txt, probes-xe,
 * where both reports were missed; "Drs. Anjali Ramautar-Jagessar", "Ir. Giovanni Frans-Rosalia", the Suriname Herald-
 * and Curaçao Chronicle-style probes, were read).
 */
function markLowercaseHonorifics(toks: TokDraft[]): void {
  for (let k = 0; k + 1 < toks.length; k++) {
    const t = toks[k], next = toks[k + 1];
    if (t.cap || t.punct || !LOWERCASE_HONORIFICS.has(t.t) || !next.cap || next.punct || next.br || t.e + 1 !== next.s) continue;
    t.cap = true;
  }
}

/**
 * Marks each of CLOSING_PATRONYMS right after a capitalised word, one space apart and on its line, as a word of the name
 * (capitalised), as the particles inside a name are read.
 */
function markClosingPatronyms(toks: TokDraft[]): void {
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k], prev = toks[k - 1];
    if (t.cap || t.punct || t.br || !CLOSING_PATRONYMS.has(t.l) || !prev.cap || prev.punct || prev.poss || prev.e + 1 !== t.s) continue;
    t.cap = true;
  }
}

/** An ampersand standing alone between two words, one space on each side. */
const LONE_AMPERSAND = ' & ';

/**
 * Marks each capitalised word after an ampersand standing alone between it and a capitalised word, no possessive
 * ("Sserwadda & Co. Advocates", "Cushman & Wakefield"): a business's or a partnership's name goes on across it. Not
 * "I" ("Ann & I say"), nor a title opening a second name ("Rudy Giuliani & Sen. Jeff Sessions").
 */
function markAmpersandJoins(text: string, toks: TokDraft[]): void {
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k], prev = toks[k - 1];
    if (t.s - prev.e !== LONE_AMPERSAND.length || !t.cap || t.punct || !prev.cap || prev.punct || prev.poss || t.t === 'I' || TITLES.has(t.l) || isHonorific(t.t)) continue;
    if (text.startsWith(LONE_AMPERSAND, prev.e)) t.amp = true;
  }
}

/**
 * Marks each capitalised word glued by one slash to a capitalised word before it, no possessive, as a name written
 * with its slash: "The union WICSU/PSU, which represents most of the airport's workers, said …" (a Daily Herald-style
 * probe, test/fixtures/outlets sx-thedailyherald-pjia-passenger-fee.txt, where the union was "WICSU PSU"); "the tunnel
 * company P/F Eystur- og Sandoyartunlar announced …" (a Local.fo-style probe, fo-localfo-subsea-tunnel-tolls.txt,
 * where the company was "P F Eystur"). The word before the slash is in capitals, an acronym or a letter ("CNN/WMUR",
 * "USA TODAY/Suffolk", PolNeAR train's polls): a photo credit's "Facebook/Mohamed Shoukair" or "Reuters/Libya", and
 * "Obama/Clinton", stay as they were read.
 */
function markSlashJoins(text: string, toks: TokDraft[]): void {
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k], prev = toks[k - 1];
    if (t.s - prev.e !== 1 || text.charCodeAt(prev.e) !== SLASH || !t.cap || t.punct || prev.punct || prev.poss || !inCapitals(prev.t)) continue;
    t.slash = true;
  }
}

/** Token k is a middle initial right after a capitalised word, one space apart ('Robert C. "Bobby" Scott'). */
function middleInitialAt(text: string, toks: readonly Tok[], k: number): boolean {
  const given = toks[k - 1];
  return isInitialWithStop(toks[k].t) && !!given && given.cap && !given.punct && given.e + 1 === toks[k].s && text[given.e] === ' ';
}

/** The double quotation marks that open and close a nickname inside a name. */
const NICK_OPEN = /["“]/, NICK_CLOSE = /["”]/;

/** The most words a nickname in quotes inside a name holds ('Teodoro "Ka Teddy" Bautista'). */
const NICK_WORDS = 2;

/**
 * Marks each capitalised word written in double quotes right between a given name (one the lexicon knows, or any word
 * after a title or a noun of a person) and the next word of a name, one space and the mark apart on each side ('Sen. Ronaldo
 * "Dodong" de la Paz', test/fixtures/outlets ph-inquirer-flood-control-hearing, where the senator was "Paz" and "Dodong"
 * a quote he asked); a nickname of two words too, with the Filipino "Ka" (comrade) before the name ('Manibela
 * chairperson Teodoro "Ka Teddy" Bautista', a Rappler-style probe, ph-rappler-jeepney-strike.txt, where the speaker was
 * "Teddy Bautista" and "Ka Teddy" a quote); after a middle initial too ('Rep. Robert C. "Bobby" Scott threw open his
 * family's sprawling back yard', PolNeAR dev, Washington Post 2016-09-08, and 'Rep. Lawrence T. "Larry" Whitfield-Ames
 * (D-Va.) said', test/fixtures/us-probes, where "Bobby" and "Larry" were quotes with no speaker).
 */
function markQuotedNicknames(text: string, toks: TokDraft[]): void {
  for (let k = 1; k + 1 < toks.length; k++) {
    const t = toks[k], prev = toks[k - 1];
    if (!t.cap || t.punct || prev.punct || !prev.cap || prev.e + 2 !== t.s || !NICK_OPEN.test(text[t.s - 1]) || text[prev.e] !== ' ') continue;
    let last = k;
    while (last < k + NICK_WORDS - 1 && !NICK_CLOSE.test(text[toks[last].e]) && toks[last + 1]?.cap && !toks[last + 1].punct && toks[last + 1].s === toks[last].e + 1) last++;
    const next = toks[last + 1];
    if (!next || next.punct || !(next.cap || SURNAME_PARTICLES.has(next.t))) continue;
    // (after a given name, or a title or a role noun and a word: not a Title Case headline's term, 'Why She Felt
    // “Invisible” As A Child'; past a middle initial: 'Rep. Robert C. "Bobby" Scott', PolNeAR dev, where "Bobby" was a
    // quote with no speaker)
    const given = middleInitialAt(text, toks, k - 1) ? toks[k - 2] : prev;
    const before = toks[k - (given === prev ? 2 : 3)];
    if (firstNameGender(given.t) === undefined && !(before && !before.punct && (isHonorific(before.t) || TITLES.has(before.l) || (!before.cap && isPersonNoun(before.l))))) continue;
    if (toks[last].e + 2 !== next.s || !NICK_CLOSE.test(text[toks[last].e]) || text[toks[last].e + 1] !== ' ') continue;
    for (let n = k; n <= last; n++) toks[n].nick = true;
  }
}

/** Cue verbs that are never a noun or part of a name: what a capitalised "Said" or "Tells" is in a Title Case line. */
const TITLE_LINE_CUES: ReadonlySet<string> = new Set([...CUES].filter(w => /(?:s|ed)$/.test(w) && !WEAK_CUES.has(w)).concat(['said', 'told', 'wrote']));
/** A line is in Title Case or capitals when at least this share of its longer words is (the quote in it may not be). */
const TITLE_LINE_SHARE = 0.75;
const TITLE_LINE_MIN_WORDS = 3;

/**
 * In a line written in Title Case or in capitals ("Maria Lopez Said “The Plan Is Dead”", "MARIA LOPEZ SAID: …"), a
 * cue verb is capitalised only by the style: it is a cue, not a word of a name (cap is cleared).
 */
function uncapCuesOfTitleLines(text: string, toks: TokDraft[]): void {
  for (let a = 0; a < toks.length;) {
    const nl = text.indexOf('\n', toks[a].s);
    const lineEnd = nl < 0 ? text.length : nl;
    let b = a;
    while (b < toks.length && toks[b].s < lineEnd) b++;
    let cue = false;
    for (let k = a; k < b && !cue; k++) cue = toks[k].cap && TITLE_LINE_CUES.has(toks[k].l);
    if (!cue) { a = b; continue; }
    let longer = 0, title = 0, caps = 0;
    for (let k = a; k < b; k++) {
      const t = toks[k];
      if (t.punct || t.t.length < 4 || !/\p{L}/u.test(t.t)) continue;
      longer++;
      if (upperFirst(t.t)) title++;
      if (t.t === t.t.toUpperCase()) caps++;
    }
    if (longer >= TITLE_LINE_MIN_WORDS && (title >= TITLE_LINE_SHARE * longer || caps >= TITLE_LINE_SHARE * longer)) {
      for (let k = a; k < b; k++) if (toks[k].cap && TITLE_LINE_CUES.has(toks[k].l)) toks[k].cap = false;
    }
    a = b;
  }
}

/** Where token t's word ends without its possessive ending ("Trump’s" → "Trump", "Sanders’" → "Sanders"). */
export function wordEnd(t: Tok): number {
  return t.poss ? t.e - (POSSESSIVE.test(t.t) ? 2 : 1) : t.e;
}

/** Index of the first token starting at or after `pos` (binary search). */
export function tokenAt(toks: Tok[], pos: number): number {
  let lo = 0, hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].s < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The tokens of initials in brackets: "(", the initials, ")". */
export const BRACKETED_INITIALS = 3;

/**
 * A body's initials: capitals, "&" and periods, a lower-case letter only before a capital ("INMO", "PiS" for Prawo i
 * Sprawiedliwość; not a name, "McCain").
 */
const BRACKETED_BODY_INITIALS = /^\p{Lu}(?:[\p{Lu}&.]|\p{Ll}(?=\p{Lu}))+$/u;

/** "(INMO)", "(CBO)", "(PiS)": a body's initials in brackets opening at token c, BRACKETED_INITIALS tokens. */
export function initialsInBrackets(toks: Tok[], c: number): boolean {
  return toks[c]?.t === '(' && BRACKETED_BODY_INITIALS.test(toks[c + 1]?.t ?? '') && toks[c + 2]?.t === ')';
}

/** Up to three capitals, the letters of a currency's sign or code ("EC", "US", "NZ", "SR"). */
const CURRENCY_LETTERS = /^\p{Lu}{1,3}$/u;

/**
 * Token k is up to three capitals one character before a number, the letters of a currency's sign or code ("EC$8",
 * "US$8", "NZ$78", "SR 600"; the "$" is no token). No name: "According to the minister, the Government will pay farmers
 * EC$8 for each box …" (a St Lucia Times-style probe, test/fixtures/outlets lc-stluciatimes-banana-shipping-delay.txt,
 * probes-rr, made "farmers EC" a person, and the lede's "Banana farmers … say" took the name "EC"; "Cane farmers … will
 * share BZ$9 million, which they say is long overdue", an Amandala-style sentence, where "they" went to a body "BZ":
 * ./names.ts). An amount's opening (../reported/clause.ts amountAt: "cost NZ$78").
 */
export function currencyLetters(toks: Tok[], k: number): boolean {
  const amount = toks[k + 1];
  return !!amount && amount.s === toks[k].e + 1 && digitFirst(amount.t) && CURRENCY_LETTERS.test(toks[k].t);
}
