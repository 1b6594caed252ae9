/**
 * Numbers that are not figures: dates and times, years and decades, ordinals, identifiers ("No. 14",
 * "Section 3", "G20"), an airliner's model ("the 757"), phone numbers, list numbering, numbers inside URLs, e-mail
 * addresses and hashtags.
 */
import { MONTHS, MONTHS_OR_ABBREVIATIONS, PARTS_OF_DAY, TIME_UNITS, TIME_ZONES, WEEKDAYS } from '../text/calendar';
import { STREET_WORDS } from '../people/lexicon';
import { isDigit, isSpace, type Tok } from './tokens';
import { SMALL } from './numberWords';
import { allDigits } from '../text/wordShape';
import { FUNCTION_WORDS as GRAMMAR_WORDS } from '../text/functionWords';
import { WORK_KINDS } from '../quotes/lexicon';

/** Words a number after which is a name or an identifier, not a quantity ("Section 3", "Flight 370"). */
const IDENTIFIER_BEFORE = new Set([
  'no', 'nos', 'section', 'sec', 'article', 'chapter', 'title', 'proposition', 'prop', 'route', 'highway', 'interstate',
  'flight', 'room', 'suite', 'apt', 'page', 'pp', 'vol', 'volume', 'episode', 'precinct', 'district', 'ward', 'exhibit',
  'fig', 'figure', 'table', 'version', 'phase', 'amendment', 'resolution', 'gate', 'terminal', 'platform', 'unit',
  'rule', 'part', 'item', 'paragraph', 'clause', 'lot', 'level', 'grade', 'channel', 'ext', 'box', 'zone', 'tier',
  // (capitalised only, as a province's bills and a pipeline are named: "Bill 124", "the Line 5 pipeline"; a station
  // and a racing series: "BBC Radio 4's Today programme", "Formula 1"; a union's local, after the union's acronym
  // too: "Local 294 in Albany", PolNeAR train, NYT 2016-01-30, "represented by UFCW Local 1418, which")
  'bill', 'line', 'radio', 'formula', 'local',
]);
/** Identifier words that are also common nouns: an identifier only when capitalised ("Grade 12" but "a grade 12 points higher"). */
const CAPITALISED_IDENTIFIER: ReadonlySet<string> = new Set(['unit', 'level', 'grade', 'part', 'item', 'box', 'bill', 'line', 'radio', 'formula', 'local']);

/** A capitalised month name (or its abbreviation) in a token. */
export function isMonth(t: Tok | undefined): boolean {
  return !!t && t.k === 'w' && MONTHS_OR_ABBREVIATIONS.has(t.l) && /^[A-Z]/.test(t.w);
}

/** The number is part of a date: next to a month name ("January 30", "30 Jan", "Dec. 6-9", "March 2011"). */
export function isDatePart(prev: Tok[], next: Tok[]): boolean {
  const p0 = prev[0], p1 = prev[1];
  if (isMonth(p0) && p0.e <= (next[0]?.s ?? Infinity)) return true;
  if (p0?.w === '.' && isMonth(p1) && !p0.sp) return true;
  if (p0?.w === ',' && prev[1] && WEEKDAYS.has(prev[1].l)) return false;
  const n0 = next[0];
  if (isMonth(n0) && n0.sp) return true;
  if (n0?.l === 'of' && isMonth(next[1])) return true;
  // ("DILI, 02 december 2026 (TATOLI)—", a Tatoli-style probe, probes-ee, tl-tatoli-dili-rice-price.txt: the agency's
  // dateline writes the month in lower case; a year after it makes it a date)
  if (n0?.k === 'w' && n0.sp && MONTHS.has(n0.w) && /^\d{4}$/.test(next[1]?.w ?? '') && next[1].sp) return true;
  return false;
}

/** "a.m.", "pm", "o'clock", time zones after the number. */
export function isTimePart(next: Tok[]): boolean {
  const n0 = next[0];
  if (!n0 || n0.k !== 'w') return false;
  if ((n0.l === 'a' || n0.l === 'p') && next[1]?.w === '.' && !next[1].sp && next[2]?.l === 'm') return true;
  if ((n0.l === 'am' || n0.l === 'pm') && (!n0.sp || /^[AP]M$/.test(n0.w) || next[1]?.w === '.')) return true;
  // ("will enter free of charge from Monday to Friday after 2 pm, provided …", a Vatican News-style probe, s43-probes-ww,
  // test/fixtures/outlets va-vaticannews-museums-ticket-prices.txt, was a count 2; "pm" in lower case names nothing else
  // after a number, where "am" may be the verb)
  if (n0.w === 'pm') return true;
  if (n0.l === "o'clock" || n0.l === 'o’clock') return true;
  if (TIME_ZONES.has(n0.w)) return true;
  return false;
}

/** Words before a day part that say when in it ("every morning", "this evening"). */
const DAY_PART_DETERMINERS: ReadonlySet<string> = new Set(['every', 'each', 'this', 'that']);
/** Prepositions of a point in time that a clock's hour follows ("at six", "from five", "by seven", "until ten"). */
const HOUR_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'from', 'by', 'until', 'till', 'after', 'before', 'around', 'since']);
/** The hours of a clock's face. */
const CLOCK_FACE_HOURS = 12;
/** Verbs of a shop's or a working day's hours, which a clock's hour follows after "at" ("closes at six", "open at six"). */
const HOURS_VERBS: ReadonlySet<string> = new Set(['open', 'opens', 'opened', 'close', 'closes', 'closed']);
/** Words that may follow such an hour, closing its phrase ("open at six and close at two", "closes at six doesn't help"). */
const AFTER_HOUR: ReadonlySet<string> = new Set(['and', 'or', 'but']);

/**
 * The number (`value`, its tokens before, nearest first, and after it) is a clock's hour said with the part of the day:
 * "The bakery's ovens go on at four in the morning" (a Yorkshire Post-style probe, uk-yorkshirepost-bakery-closure.txt),
 * "queues outside the offices at six in the morning" (a Manx Radio-style probe, im-manxradio-bus-fares-rise.txt), "We came
 * here at five in the morning" (an Eye Radio-style probe, ss-eyeradio-juba-fuel-prices.txt), "he drives from five in the
 * morning" (bb-nationnews-electric-buses-parts.txt), "I opened at six every morning" (ca-cbc-feature-pronouns.txt),
 * test/fixtures/outlets: were counts of 4, 6, 5, 5 and 6. Only after a preposition of time ("ten in the morning were
 * cancelled" may count flights).
 */
export function isHourOfDay(value: number, prev: Tok[], next: Tok[], words = false): boolean {
  if (!Number.isInteger(value) || value < 1 || value > CLOCK_FACE_HOURS || !HOUR_PREPOSITIONS.has(prev[0]?.l ?? '')) return false;
  const [a, b, c] = next;
  // (or written in words after "at" and a verb of opening hours, with no noun after it to count: "Now I open at six and
  // close at two" (an in-cyprus-style probe, s49-se, cy-incyprus-bread-price-rise.txt), "A pharmacy that closes at six
  // doesn't help the parent whose kid wakes up screaming at two" (a Canadian Press-style probe,
  // ca-cp-ontario-pharmacists-strep.txt), test/fixtures/outlets: were counts of 6 and 2, and 6)
  if (words && prev[0].l === 'at' && HOURS_VERBS.has(prev[1]?.l ?? '') && (!a || a.k !== 'w' || AFTER_HOUR.has(a.l) || /n['’]t$/.test(a.l))) return true;
  if (!a || a.k !== 'w' || a.nl || !b) return false;
  if (a.l === 'in' && b.l === 'the') return PARTS_OF_DAY.has(c?.l ?? '');
  return (a.l === 'at' && b.l === 'night') || (DAY_PART_DETERMINERS.has(a.l) && PARTS_OF_DAY.has(b.l));
}

/** A four-digit year ("2012"), not money, not a percentage. */
export function isYearNumber(w: string): boolean {
  if (!/^\d{4}$/.test(w)) return false;
  const v = +w;
  return v >= 1500 && v <= 2100;
}

/**
 * A year written with two digits after an apostrophe, opening a word: "‘16 And President", "the class of '98" (but
 * "‘16 people died’" is a count in single quotation marks: a lower-case word follows).
 */
export function isYearAbbreviation(text: string, start: number, end: number): boolean {
  if (end - start !== 2 || !/^[’‘']$/.test(text[start - 1] ?? '')) return false;
  const before = text[start - 2];
  if (before !== undefined && !/[\s(“"]/.test(before)) return false;
  return !/^\s*\p{Ll}/u.test(text.slice(end, end + 3));
}

/** How far before and after a number the marks of a quoted title around it are looked for. */
const QUOTED_TITLE_REACH = 80;
/** The most words a quoted title holds. */
const QUOTED_TITLE_WORDS = 14;

/**
 * The number stands inside a quoted name or title in title case, a name and no quantity: a summit's, a show's, a
 * book's, a film's, a course's, a sign's or a movement's name ("the "Three Amigos" summit", PolNeAR train, USA Today
 * 2016-06-30; ''The Trumps: Three Generations That Built an Empire'' and ''Yuge!: 30 Years of Doonesbury on Trump.'',
 * NYT 2016-01-04 and 2016-07-05; "The movie, "13 Hours: The Secret Soldiers of Benghazi,"", Washington Post 2016-01-16;
 * “Sharknado 3: Oh Hell No!”, HuffPost 2016-08-29; “Hispanics 4 Trump”, Breitbart 2016-03-01; “Fight for $15”,
 * Western Journal 2016-02-11; “Why Electing Hillary in ‘16 is More Important …”, Politico 2016-03-10; dev: “American
 * Skin (41 Shots)”): were counts of amigos, generations, years, hours and shots. Every word of the quotation that starts
 * with a letter is capitalised or a function word, one after the first is capitalised with lower case after it (not a
 * quotation shouted in capitals), the last is not in lower case and the number itself is in digits or capitalised:
 * "He'd be 28 now," (a quoted sentence of function words, test/fixtures/outlets ca-calherald-manslaughter-plea.txt) and
 * “the next two years” are no titles.
 * `start`..`end` is the number's first token.
 */
export function inQuotedTitle(text: string, start: number, end: number): boolean {
  const c0 = text.charCodeAt(start);
  if (!isDigit(c0) && !(c0 >= 65 && c0 <= 90)) return false;
  // the opening mark, the nearest before the number on its line: a curly one, a straight one after a space or a
  // bracket, two apostrophes (the NYT's)
  let open = -1, mark = '';
  for (let k = start - 1; k >= Math.max(0, start - QUOTED_TITLE_REACH); k--) {
    const ch = text[k];
    if (ch === '\n' || ch === '”') return false;
    if (ch === '“') { open = k + 1; mark = '”'; break; }
    if (ch === '"') {
      if (k > 0 && !/[\s(\[]/.test(text[k - 1])) return false;
      open = k + 1; mark = '"'; break;
    }
    if (ch === "'" && text[k - 1] === "'") {
      if (k > 1 && !/[\s(\[]/.test(text[k - 2])) return false;
      open = k + 1; mark = "''"; break;
    }
  }
  if (open < 0) return false;
  // the closing mark after it, on the same line
  let close = -1;
  const last = Math.min(text.length, end + QUOTED_TITLE_REACH);
  for (let k = end; k < last; k++) {
    const ch = text[k];
    if (ch === '\n' || (mark !== '”' && ch === '“')) return false;
    if (text.startsWith(mark, k)) { close = k; break; }
  }
  if (close < 0) return false;
  let words = 0, mixed = false, lower = false;
  for (const m of text.slice(open, close).matchAll(/[\p{L}\d][\p{L}\d'’.-]*/gu)) {
    const w = m[0];
    if (++words > QUOTED_TITLE_WORDS) return false;
    lower = /^\p{Ll}/u.test(w);
    if (lower && !GRAMMAR_WORDS.has(w.toLowerCase())) return false;
    if (words > 1 && /^\p{Lu}\p{Ll}/u.test(w)) mixed = true;
  }
  return words >= 2 && mixed && !lower;
}

/**
 * The word for a work right before a title (a comma between: "Zuckoff's book, 13 Hours"), or before the title's subtitle
 * after its first words and a colon ("His new book, See No Evil: 19 Hard Truths the Left Can't Handle"), on the line.
 */
const WORK_BEFORE_TITLE = new RegExp(`\\b(?:${WORK_KINDS})s?,?[ \\u00a0](?:\\p{Lu}[^\\n.!?:;]{0,40}:[ \\u00a0])?$`, 'u');
/** How far before the number the word for the work is looked for. */
const WORK_REACH = 60;

/**
 * Digits that open a title in title case written without quotation marks after the word for the work, a name and no
 * quantity: "The movie 13 Hours is the story", "Mitchell Zuckoff's book, 13 Hours" (PolNeAR train, Western Journal
 * 2016-01-12), "His new book, See No Evil: 19 Hard Truths the Left Can't Handle" (Breitbart 2016-08-11): were 13 hours
 * and 19 truths. The word after the number is capitalised ("the film 2 million people saw" stays a count).
 */
export function inUnquotedTitle(text: string, num: Tok, next: Tok[]): boolean {
  const n0 = next[0];
  if (!n0 || n0.k !== 'w' || !n0.sp || n0.nl || !/^\p{Lu}\p{Ll}/u.test(n0.w) || !allDigits(num.w)) return false;
  return WORK_BEFORE_TITLE.test(text.slice(Math.max(0, num.s - WORK_REACH), num.s));
}

/** A name or identifier word right before the number ("No. 14", "Section 3", "#2"). */
export function isIdentifierBefore(text: string, prev: Tok[]): boolean {
  const p0 = prev[0];
  if (!p0) return false;
  if (p0.w === '#' && !p0.sp) return true;
  if (p0.w === '.' && prev[1]?.l === 'no' && /^No$/.test(prev[1].w)) return true;
  if (p0.k === 'w' && IDENTIFIER_BEFORE.has(p0.l)) {
    if (p0.l === 'no') return /^No$/.test(p0.w) && text.charCodeAt(p0.e) === 32 && isDigit(text.charCodeAt(p0.e + 1));
    // (a bus or metro line ridden "on" in small letters: "waiting times on line 8, which serves the heights", "the buses
    // ran on time, which he said they did not on line 185", Clicanoo- and MercoPress-style probes, test/fixtures/outlets
    // re-clicanoo-saint-denis-bus-fares.txt, uy-mercopress-montevideo-bus-fare.txt: were counts; "in line 3 hours" is none)
    if (CAPITALISED_IDENTIFIER.has(p0.l)) return /^[A-Z]/.test(p0.w) || (p0.l === 'line' && prev[1]?.l === 'on');
    return true;
  }
  return false;
}

/** Verbs of calling a number ("call 993", "dial 911", "ring 999"). */
const DIAL_VERBS: ReadonlySet<string> = new Set(['call', 'dial', 'ring']);
/** Words of a telephone line before "number" ("the telephone number 1313"). */
const PHONE_LINE_WORDS: ReadonlySet<string> = new Set(['telephone', 'phone', 'hotline', 'helpline']);

/**
 * A number to call or text, no quantity: three to six digits right after "call", "dial", "ring" or "telephone number", or
 * after "text … to" with at most a keyword between ("Residents can call 993 if water collects in their street", The
 * National-style fixture ae-thenational-rain-remote-learning; "Please text WORK to 82623 for me", PolNeAR train, NYT
 * 2016-02-09; "My constituents were told to ring 999 if they were in danger", a Telegraph-style probe, test/fixtures/outlets
 * uk-telegraph-police-ranks.txt, and "the telephone number 1313 was available free of charge", an AIP-style probe,
 * ci-aip-soubre-cocoa-farmgate-price.txt, were counts of nothing), the number ending its phrase (a mark, the end, or a
 * function word after it: not "call 500 people").
 */
export function isNumberToDial(num: Tok, prev: Tok[], next: Tok[]): boolean {
  if (!/^\d{3,6}$/.test(num.w)) return false;
  const n0 = next[0];
  if (n0 && n0.k !== 'p' && !(n0.k === 'w' && GRAMMAR_WORDS.has(n0.l))) return false;
  const p0 = prev[0], p1 = prev[1];
  if (p0?.k === 'w' && (DIAL_VERBS.has(p0.l) || (p0.l === 'number' && PHONE_LINE_WORDS.has(p1?.l ?? '')))) return true;
  return p0?.l === 'to' && (p1?.l === 'text' || (p1?.k === 'w' && /^[A-Z0-9]+$/.test(p1.w) && prev[2]?.l === 'text'));
}

/** A small number opens a line and is followed by "." or ")" (list numbering), or stands alone on its line. */
export function isListNumber(text: string, start: number, end: number): boolean {
  // list numbers are small whole numbers ("30,000." or "7.7." opening a line is a figure)
  if (end - start > 2 || !allDigits(text.slice(start, end))) return false;
  let i = start - 1;
  if (i >= 0 && text[i] === '(') i--;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i >= 0 && text[i] !== '\n' && text[i] !== '\r') return false;
  const c = text[end];
  if (c === '.' || c === ')' || c === ':') {
    const d = text.charCodeAt(end + 1);
    return end + 1 >= text.length || isSpace(d);
  }
  let j = end;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  return j >= text.length || text[j] === '\n' || text[j] === '\r';
}

const CHUNK = 64;

/** A speed written against its number, the one unit with a slash that reads like a path. */
const SPEED = /^[("'“‘]*\d[\d.,]*km\/h\W*$/;

/** The number stands in a URL, an e-mail address, a hashtag or a handle (judged on its whitespace-free chunk). */
export function inLinkOrHandle(text: string, start: number, end: number): boolean {
  let a = start, b = end;
  const lo = Math.max(0, start - CHUNK), hi = Math.min(text.length, end + CHUNK);
  while (a > lo && !isSpace(text.charCodeAt(a - 1))) a--;
  while (b < hi && !isSpace(text.charCodeAt(b))) b++;
  const chunk = text.slice(a, b);
  if (/^[("'“‘[]*[#@]/.test(chunk)) return true;
  if (/:\/\/|www\.|@[A-Za-z]|\.(?:com|org|net|gov|edu|html?|php|aspx?)\b/i.test(chunk)) return true;
  // (an outlet named by its address, "told 24.kg news agency", a 24.kg-style probe, probes-ee,
  // kg-24kg-bishkek-heating-tariff.txt: digits before a country's domain, written in lower case; a Russian city's news site
  // by its region's number, "told the local news site 74.ru that …", a Moscow Times-style probe,
  // ru-moscowtimes-utility-tariffs-heating-repairs, s46-probes-zb, was a figure 74)
  if (/^[("'“‘]*\d+\.(?:kg|ru)\W*$/.test(chunk)) return true;
  // (a speed is no path: "120km/h")
  if (SPEED.test(chunk)) return false;
  // (nor a shilling's stroke after a scale: "1.8bn/-", money.ts shillingStrokeAfter)
  return /[A-Za-z]\/|\/[A-Za-z]/.test(chunk.replace(SHILLING_STROKE_END, '')) && /\//.test(text.slice(Math.max(a, start - 3), Math.min(b, end + 3)));
}

/** A shilling's stroke and dash ending a run of text, marks aside ("52bn/-", "86m/-,"). */
const SHILLING_STROKE_END = /\/-(?=[^\p{L}\p{N}/]*$)/u;

/**
 * A North American phone number: "(555) 123-4567", "555-123-4567", "1-800-555-0199"; its last part may be spelled in
 * capitals, the digits they dial in brackets after them ("Crime Stoppers anonymously at 416-222-TIPS (8477)", a Toronto
 * Sun-style probe, test/fixtures/outlets ca-sun-stabbing-ttc.txt, read as a count of 416 "tips" and a figure 8477; "at
 * 416-222-TIPS.", a CityNews-style probe, ca-citynews-home-invasion.txt, read as a figure 416). Or a number dialled with
 * its trunk zero, three or four groups apart, which no quantity writes ("contact Action Fraud on 0300 123 2040", a Daily
 * Mail-style probe, test/fixtures/outlets uk-mail-romance-scam.txt, read as a figure 300; "send a WhatsApp message to 071
 * 735 1977", a Daily FT-style probe from Colombo, lk-dailyft-bakery-bread-price.txt, read as a count 71,735).
 */
const PHONE = /(?:\+?1[-.\s])?(?:\(\d{3}\)\s?|\d{3}[-.\s])\d{3}[-.](?:\d{4}(?!\d)|[A-Z]{4,7}(?![\p{L}\p{N}])(?: ?\(\d{4,7}\))?)|0\d{2,4}(?:[ \u00a0-]\d{2,4}){2,3}(?!\d)/uy;

/** End of a phone number starting at `start` (or at the "(" before it), or -1. */
export function phoneEnd(text: string, start: number): number {
  for (const s of [start, start - 1, start - 2]) {
    if (s < 0) continue;
    if (s < start && !/[(+]/.test(text[s])) continue;
    PHONE.lastIndex = s;
    const m = PHONE.exec(text);
    if (m) return s + m[0].length;
  }
  return -1;
}

/** Words after a number in a name that still make it a quantity ("Clinton 51 percent", "Cruz 16 points", "Trump 46 to 40"). */
const QUANTITY_AFTER = new Set(['percent', 'percentage', 'pct', 'points', 'point', 'times', 'to', 'votes', 'delegates', 'seats', 'per', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen']);
const DIRECTIONS = new Set(['north', 'south', 'east', 'west']);

/** A name and a number right before `at` ("Rubio 151, and "), read on the text: the figure before may bound the tokens. */
const TALLY_BEFORE = /[A-Z][a-z]+ \d[\d,.]*[,;]? (?:and )?(?:[A-Z][a-z]*\.? ){0,2}$/;

/** "Cruz 300, Rubio 151, and Kasich 37": a name and a number followed by another such pair (a tally). */
function tallyAfter(next: Tok[]): boolean {
  let k = next[0]?.w === ',' || next[0]?.w === ';' ? 1 : -1;
  if (k < 0) return false;
  if (next[k]?.l === 'and') k++;
  // up to three words of a name ("Sen. Ted Cruz 300")
  for (let n = 0; n < 5 && k < next.length; n++, k++) {
    const t = next[k];
    if (t.k === 'n') return n > 0;
    if (!(t.k === 'w' && /^[A-Z]/.test(t.w)) && t.w !== '.') return false;
  }
  return false;
}


/** A name and a number before this name ("Ted Cruz 1, John Kasich 2"). */
function tallyBefore(text: string, nameStart: number): boolean {
  return TALLY_BEFORE.test(text.slice(Math.max(0, nameStart - 40), nameStart));
}

/**
 * A number in digits that is part of a name or an address: after a capitalised word inside a sentence ("Fortune 500
 * companies", "The 411", "Intermediate School 285", "Guccifer 2.0", "Fox 35 in Orlando", "from Day 1"), before a
 * direction or a street word ("38 North", "131 West 23rd Street", "100 Haven Avenue"), the emergency number ("a 911
 * caller"). A name's number that is still a quantity stays ("Clinton 51 percent", "Cruz 300, Rubio 151").
 * `prev` are the tokens before the number (nearest first), `next` those after it; `sentenceStart` tells (when asked)
 * whether prev[0] opens its sentence.
 */
export function isNamePart(text: string, num: Tok, prev: Tok[], next: Tok[], sentenceStart: () => boolean): boolean {
  if (num.w === '911') return true;
  const n0 = next[0], n1 = next[1];
  // a book of the Bible ("he proceeded to recite 2 Timothy 3:1-5", "We're warned in 2 Timothy that", PolNeAR train,
  // Breitbart 2016-05-03, Western Journal 2016-03-19)
  if (/^[123]$/.test(num.w) && n0 && n0.sp && !n0.nl && NUMBERED_BOOKS.has(n0.w)) return true;
  if (n0 && n0.k === 'w' && n0.sp && !n0.nl && /^[A-Z][a-z]/.test(n0.w)) {
    if (DIRECTIONS.has(n0.l) && !(n1 && n1.k === 'w' && /^[A-Z]/.test(n1.w))) return true;
    if (n1 && n1.k === 'w' && STREET_WORDS.has(n1.l) && /^[A-Z]/.test(n1.w)) return true;
  }
  let p0 = prev[0];
  // "during a Group of 20 meeting", "liaison to the Group of 8 industrial nations": a body named by its number of members
  if (p0?.w === 'of' && NUMBERED_BODIES.has(prev[1]?.w ?? '') && prev[2]?.k === 'w') return true;
  // "the Fight for 15 campaign": a capitalised word and "for" before the number
  const forName = p0?.l === 'for' && p0.w === 'for' && prev[1]?.k === 'w' && /^[A-Z][a-z]/.test(prev[1].w) && !/s$/.test(prev[1].l);
  if (forName) p0 = prev[1];
  if (!p0 || p0.k !== 'w' || p0.e === num.s || !/^[A-Z]/.test(p0.w) || MONTHS_OR_ABBREVIATIONS.has(p0.l) || WEEKDAYS.has(p0.l)) return false;
  if (p0.w !== 'Day' && sentenceStart()) return false;
  // "The 411" inside a sentence; other function words and plurals ("About 300", "Democrats 10") are not names
  // "S&P 500"
  const ampersand = p0.w.length === 1 && prev[1]?.w === '&';
  if (p0.w !== 'The' && !ampersand && (p0.l.length < 2 || /s$/.test(p0.l) && !/ss$/.test(p0.l) || FUNCTION_WORDS.has(p0.l))) return false;
  if (n0 && (n0.w === '%' || n0.w === '-' || n0.w === '–' || (n0.k === 'w' && (QUANTITY_AFTER.has(n0.l) || DURATION_OR_AGE.has(n0.l))))) return false;
  // a headline in title case ("Unleashed 4 Words On Them")
  if (n0 && n0.k === 'w' && /^[A-Z][a-z]/.test(n0.w)) return false;
  return !tallyAfter(next) && !tallyBefore(text, p0.s);
}

/** Boeing's airliners, each named by a number ("the 727", "a 757", "the 787"). */
const BOEING_MODEL = /^7[0-8]7$/;
/** Singular nouns of an aircraft that may follow its model's number ("his 757 jet"); the plural counts ("40 jets"). */
const AIRCRAFT_NOUNS: ReadonlySet<string> = new Set(['jet', 'airliner', 'jetliner', 'plane', 'aircraft']);
/** How far back "Boeing" is looked for before a model's number that stands alone ("the 757 does not"). */
const MAKER_REACH = 2000;

/**
 * A Boeing airliner's model, a name and no quantity: after "Boeing" ("His Boeing 757 jet", "to buy a 1968 Boeing 727",
 * PolNeAR train, NYT 2016-04-25), before a singular noun of an aircraft ("a mere 30 minutes away on his 757 jet",
 * HuffPost 2016-07-18), or standing alone, before a function word or a mark, "Boeing" written not far before ("Mr.
 * Trump's two airplanes - the 757 and a smaller jet", "Using the 757 does not help", NYT 2016-04-25): were counts of
 * nothing. A noun after the number is what it counts ("to read all 767 pages of the amendment").
 */
export function isAircraftModel(text: string, num: Tok, prev: Tok[], next: Tok[]): boolean {
  if (!BOEING_MODEL.test(num.w)) return false;
  if (prev[0]?.w === 'Boeing') return true;
  const n0 = next[0];
  if (n0 && n0.k === 'w' && n0.sp && !n0.nl && AIRCRAFT_NOUNS.has(n0.l)) return true;
  if (n0 && n0.k === 'w' && !GRAMMAR_WORDS.has(n0.l)) return false;
  return text.slice(Math.max(0, num.s - MAKER_REACH), num.s).includes('Boeing');
}

/** Nouns a route's or a service's number names ("the 106 bus", "the 16A, 49 and 508 services"). */
const ROUTE_NOUNS = 'bus|buses|service|services|route|routes|train|trains|tram|trams|line|lines|flight|flights|coach|coaches';
/** "the" and numbers (a letter may end one: "16A") listed before a route noun; group 1 the list, group 2 the noun. */
const ROUTE_LIST = new RegExp(`\\b[Tt]he (\\d+[A-Z]?(?:(?:,? (?:and|or) |, )\\d+[A-Z]?)*) (${ROUTE_NOUNS})\\b`, 'g');
/** How far around the number a route list is looked for. */
const ROUTE_REACH = 80;

/**
 * A number that names a bus route, a service or a line, an identifier and no quantity (PolNeAR's "Not figures"):
 * after "the", before a singular route noun ("who has taken the 106 bus") or in a list of them ("the 16A, 49 and 508
 * services were no longer viable", outlet-style, BBC; "the 500 buses" counts buses).
 */
export function isRouteNumber(text: string, start: number, end: number): boolean {
  const lo = Math.max(0, start - ROUTE_REACH);
  const around = text.slice(lo, Math.min(text.length, end + ROUTE_REACH));
  for (const m of around.matchAll(ROUTE_LIST)) {
    const s = lo + m.index + 4, e = s + m[1].length;
    if (start < s || end > e) continue;
    return /[ ,]/.test(m[1]) || !/s$/.test(m[2]) || m[2] === 'bus';
  }
  return false;
}

/** Books of the Bible that a number opens ("2 Timothy", "1 Corinthians"). */
const NUMBERED_BOOKS = new Set(['Timothy', 'Corinthians', 'Thessalonians', 'Chronicles', 'Kings', 'Samuel', 'Peter']);
/** Capitalised bodies named by their number of members inside a sentence ("Group of 20", PolNeAR train, NYT 2016-09-06 and Washington Post 2015-11-17). */
const NUMBERED_BODIES = new Set(['Group', 'Gang']);
/** Capitalised words that open a quantity, not a name ("About 300", "Only 20", "Of 1,001"). */
const FUNCTION_WORDS = new Set(['about', 'only', 'of', 'and', 'or', 'but', 'for', 'with', 'in', 'on', 'at', 'by', 'to', 'from', 'some', 'nearly', 'almost', 'over', 'under', 'around', 'roughly', 'approximately', 'just', 'all', 'another', 'these', 'those', 'than', 'every', 'top', 'least', 'most', 'more', 'less', 'fewer', 'up', 'exactly', 'i']);
/** A time unit or "old" after a number: a duration or an age ("three years", "52 years old"). */
const DURATION_OR_AGE = new Set([...TIME_UNITS, 'old']);

/** "number" right before a number word that opens a point of a list ("Number two, between 2003 and 2012, …"). */
const NUMBER_BEFORE = /\bnumber\s+$/i;

/** The number word of each small value ("two" for 2), for the item of a list before a number word's. */
const WORD_OF_VALUE: ReadonlyMap<number, string> = new Map(Object.entries(SMALL).map(([w, v]) => [v, w]));
/** How far before a number word the item before it, or "number", is looked for. */
const ENUMERATION_REACH = 200;

/**
 * A word number of an enumeration that an earlier "one," or the item just before it opened ("“One, defeat ISIS in
 * Syria, Iraq and across the Middle East. Two, disrupt and dismantle the growing terrorist infrastructure … Three,
 * harden our defenses”", PolNeAR train, Breitbart 2015-11-19, where "One," stands further back), or one that "number" makes a point of a list ("But first of all, there’s a need for corporate
 * responsibility. … That’s crap. Number two, between 2003 and 2012, …", PolNeAR train, Politico 2016-02-19, a Biden
 * interview, where no "one," came before; "one, his temperament, and two, his language" was first written on a PolNeAR
 * dev example).
 */
export function isEnumeration(text: string, num: Tok, next: Tok[]): boolean {
  // "one, or two, or three things" counts
  if (next[0]?.w !== ',' || num.k !== 'w' || next[1]?.l === 'or' || next[1]?.l === 'and') return false;
  const before = text.slice(Math.max(0, num.s - ENUMERATION_REACH), num.s);
  if (/\bone,/i.test(before) || NUMBER_BEFORE.test(before)) return true;
  // (items opening their sentences, both capitalised: "two, three, four years" counts)
  const value = SMALL[num.l] ?? 0;
  const itemBefore = value >= 2 && /^[A-Z]/.test(num.w) ? WORD_OF_VALUE.get(value - 1) : undefined;
  return !!itemBefore && new RegExp(`\\b${itemBefore[0].toUpperCase()}${itemBefore.slice(1)},`).test(before);
}

const LIST_REACH = 3000;

/**
 * A small number opening a line before a capitalised word, with the list's next or previous number opening another
 * line nearby ("1 Donald Trump." … "2 Ted Cruz."): list numbering, not "10 Things to Know" or "31 Latinos Share".
 */
export function isListItem(text: string, num: Tok, next: Tok[]): boolean {
  if (!/^\d{1,2}$/.test(num.w) || !next[0] || !/^[A-Z]/.test(next[0].w)) return false;
  let i = num.s - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i >= 0 && text[i] !== '\n' && text[i] !== '\r') return false;
  const n = +num.w;
  const around = text.slice(Math.max(0, num.s - LIST_REACH), Math.min(text.length, num.e + LIST_REACH));
  return new RegExp(`(?:^|\\n)[ \\t]*(?:${n + 1}|${n - 1}) +[A-Z"“‘']`).test(around);
}

/** How far an inline list's next number, or its first, may stand from the number. */
const INLINE_LIST_REACH = 400;
/** What opens an inline list right before its "1." or "1)": a colon, a dash or an opening quotation mark. */
const INLINE_LIST_OPENER = /[:—–“"]\s?$/;

/**
 * A small number, "." or ")" and a space against it, before a capital, that numbers the points of a list run into a
 * sentence: its "1" after a colon, a dash or an opening quotation mark, with the next point's number after it ("“I can
 * point to only two accomplishments—1. Welfare reform 2. Two Supreme Court justices.", PolNeAR train, Breitbart
 * 2016-01-19; "“Rubio will come on strong for two reasons: 1) Unlike Cruz, … and 2) Kasich, Christie and Bush’s support
 * will collapse …”", Politico 2016-02-04: were bare numbers), a later one with the point before it and the list's "1".
 * Not an age or a day that ends a sentence ("He was 81. His family said", "on March 1. He").
 */
export function isInlineListNumber(text: string, num: Tok): boolean {
  if (!/^[1-9]$/.test(num.w)) return false;
  const mark = text[num.e];
  if ((mark !== '.' && mark !== ')') || text[num.e + 1] !== ' ' || !/[A-Z“"]/.test(text[num.e + 2] ?? '')) return false;
  const n = +num.w;
  const point = (k: number): RegExp => new RegExp(`(?<![\\d.,$])${k}\\${mark} [A-Z“"]`);
  if (n === 1) return INLINE_LIST_OPENER.test(text.slice(Math.max(0, num.s - 2), num.s)) && point(2).test(text.slice(num.e, num.e + INLINE_LIST_REACH));
  const before = text.slice(Math.max(0, num.s - INLINE_LIST_REACH), num.s);
  return point(n - 1).test(before) && new RegExp(`[:—–“"]\\s?1\\${mark} [A-Z“"]`).test(before);
}

/**
 * Idioms and ranks that are a number word's compound, whose number measures nothing: the compound's word and the noun
 * after it, whatever the number ("Christie’s seeming thousand-yard stare", PolNeAR train, Breitbart 2016-03-02; "the
 * million-dollar question"; "it’s a two-way street, they insist", "It's not a one-way street", PolNeAR train, Politico
 * 2016-05-31 and Washington Post 2016-06-09, but "a two-way race" counts its candidates; "a retired four-star general",
 * "five-star Gen. Dwight Eisenhower", PolNeAR train, Washington Post 2016-03-03 and
 * Western Journal 2016-07-28, a rank).
 */
const FIGURATIVE_COMPOUNDS: ReadonlySet<string> = new Set(['yard stare', 'dollar question', 'way street', 'star general', 'star gen', 'star admiral']);
/**
 * Compound words that are an idiom or a grade before any noun: "without causing a three-alarm panic", "a muted one
 * rather than a five-alarm fire" (PolNeAR train, NYT 2015-12-30 and Politico 2016-09-01).
 */
const FIGURATIVE_BEFORE_ANY_NOUN: ReadonlySet<string> = new Set(['alarm']);

/** The number word at toks[i] opens an idiom or a rank of FIGURATIVE_COMPOUNDS ("thousand-yard stare"): the index past its noun, else -1. */
export function figurativeCompoundEnd(toks: Tok[], i: number): number {
  const h = toks[i + 1], w = toks[i + 2], n = toks[i + 3];
  if (h?.w !== '-' || h.sp || !w || w.sp || !n || !n.sp || n.nl || n.k !== 'w') return -1;
  return FIGURATIVE_BEFORE_ANY_NOUN.has(w.l) || FIGURATIVE_COMPOUNDS.has(`${w.l} ${n.l}`) ? i + 4 : -1;
}

/** Words before "zero" that make it a name of a policy or a place, no quantity ("net zero", "ground zero"). */
const ZERO_NAMED_BY: ReadonlySet<string> = new Set(['net', 'ground']);

/**
 * "zero" in a set phrase that counts nothing: the emissions target "net zero" ("'will not be bullied' into keeping a net
 * zero by 2050 target", "told Holyrood's net zero, energy and transport committee", an Australian- and a Herald-style probe,
 * test/fixtures/outlets au-australian-nationals-net-zero.txt, uk-herald-holyrood-ferries.txt), "ground zero" ("Ground zero is
 * Florida", PolNeAR train, Washington Post 2016-03-03), the verb "zero in on" ("plans to zero in on local issues", Washington
 * Post 2016-03-24) and "zero tolerance" ("The governor has zero tolerance for the diversion of relief materials", a
 * Punch-style probe, ng-punch-kogi-flood-relief.txt): were figures 0 of nothing. `prev` nearest first, toks[i] the "zero".
 */
export function isZeroIdiom(toks: Tok[], i: number, prev: Tok[]): boolean {
  const n0 = toks[i + 1], n1 = toks[i + 2];
  if (toks[i].l !== 'zero') return false;
  if (ZERO_NAMED_BY.has(prev[0]?.l ?? '') && !prev[0].nl) return true;
  return !!n0 && n0.sp && (n0.l === 'tolerance' || (n0.l === 'in' && n1?.l === 'on'));
}
