/**
 * Finding quoted strings: quotation marks (" “ ”, the NYT-style '', the PTB-style ``…'', German „…“, guillemets in
 * either order, «…» and »…«, the French spaced « … », too) paired paragraph by paragraph, the way news is written: a quote left open at the end
 * of a paragraph continues when the next paragraph re-opens with a mark (each paragraph's piece is its own span,
 * tied by `group`); a quote that never closes keeps only its first paragraph, so an unclosed mark never swallows
 * the article. Marks inside markup (<tweet id="…">) and inch marks (6'3") are not quotation marks, and page furniture
 * (boilerplate.ts) holds none. Single marks
 * (‘…’, '…') quote in a text that has no double marks at all or quotes with them more often than with double ones
 * (the British style: '…,' said Smith.; double marks then quote within a quote), in a headline or deck above a body in
 * double marks, and never as an apostrophe (don't, Sanders’ campaign, 'em, '90s). Linear time.
 */

import { FUNCTION_WORDS } from '../text/functionWords';
import { isBoilerplateLine } from './boilerplate';
import { BARE_VERBS, CUES, NOT_NOUN, PREPOSITIONS, TITLE_CUES } from './lexicon';
import { DASH_CHARS } from '../text/dashes';
import { isSpaceAt, isSpaceCode, upperFirst } from '../text/wordShape';
import { keptForLastText } from '../text/memo';

/** A quotation's span; never changed once found (quoteSpansOf hands the same objects to every reader of the article). */
export interface QuoteSpan {
  readonly start: number;
  readonly end: number;
  /** Start of the inner text (after the opening mark) and end (before the closing mark). */
  readonly innerStart: number;
  readonly innerEnd: number;
  readonly group: number;
  /** This piece continues a quote from the previous paragraph. */
  readonly continued: boolean;
  /** This piece runs on into the next paragraph (no closing mark in its paragraph). */
  readonly runsOn: boolean;
  /** A quote in single marks opening a headline or deck above a body in double marks (titleLineQuotes). */
  readonly titleLine?: boolean;
  /**
   * Such a quote inside its line, not opening it, or a subhead's pull quote, that a body quote repeats anywhere in its
   * words ("… chief calls the seizures 'a violation of our treaty'", "'We fight about the dishwasher'").
   */
  readonly inLine?: boolean;
}

interface Mark { s: number; e: number; ch: string }

const OPEN_CTX = new RegExp(`[\\s([{${DASH_CHARS}\\-/\u2018:]`);
const CLOSE_NEXT = new RegExp(`[\\s.,;:!?)\\]}${DASH_CHARS}\\-\u2019\u2026'"]`);
/**
 * What follows a closing » written the French way, a space inside the marks ("« What is left for food? », she asked.",
 * "« … is reasonable », the MP declared.", a La Nation-style probe from Djibouti, dj-lanation-balbala-water-barrel-price,
 * probes-mm; "« Je n'ai jamais fait ça de ma vie », the educator said", ca-lpc-daycare-strike): the space before it let it
 * open a quote running to the next mark. The German opener »Wort« is followed by a word, never by a comma or a stop.
 */
const SPACED_CLOSE_NEXT = /[.,;:!?]/;
const CARRY_MAX = 3;
const TAG = /<\/?[A-Za-z][\w-]*(?:\s+[\w-]+\s*=\s*"[^"\n]{0,500}")*\s*\/?>/g;

/**
 * An apostrophe rather than a single quotation mark: inside a word (don't), an elision opening one ('em, '90s,
 * ’til), or a plural possessive before the noun it qualifies (the players' union).
 */
const ELISION = /^['\u2019](?:em|til|tis|twas|cause|n|\d0s|\d\d)\b/i;
const PLURAL_POSSESSIVE = /^s['\u2019]\s+(\p{Ll}+)/u;
const POSSESSIVE = /^['\u2019]s(?![\p{L}\p{N}])/u;
function isApostrophe(text: string, i: number): boolean {
  const letter = (k: number) => k >= 0 && k < text.length && /[\p{L}\p{N}]/u.test(text[k]);
  if ((letter(i - 1) && letter(i + 1)) || ELISION.test(text.slice(i, i + 6)) || POSSESSIVE.test(text.slice(i, i + 3))) return true;
  // (the noun a plural possessive qualifies follows it; a function word follows a closing mark: 'rapists' and …)
  const plural = i > 0 ? PLURAL_POSSESSIVE.exec(text.slice(i - 1, i + 24)) : null;
  return !!plural && !NOT_NOUN.has(plural[1]) && !PREPOSITIONS.has(plural[1]);
}

/** A double quotation mark: one of " “ ” „ « », or a doubled '' or `` (tried in this order at each position). */
const DOUBLE_MARK = /["\u201c\u201d\u201e\u00ab\u00bb]|''|``/g;
/** A single mark: ' ‘ ’ (a quotation mark unless it is an apostrophe). */
const SINGLE_MARK = /['\u2018\u2019]/g;

/** The double quotation marks of the text, or (with `single`) its single ones. */
function scanMarks(text: string, single = false): Mark[] {
  const masked: [number, number][] = [];
  if (text.includes('<')) {
    TAG.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TAG.exec(text))) masked.push([m.index, m.index + m[0].length]);
  }
  const marks: Mark[] = [];
  let mi = 0;
  // (the expression finds the next candidate mark in native code; the text between is never looked at here)
  const candidates = single ? SINGLE_MARK : DOUBLE_MARK;
  candidates.lastIndex = 0;
  for (let m = candidates.exec(text); m; m = candidates.exec(text)) {
    const i = m.index, len = m[0].length, c = text.charCodeAt(i);
    if (single && isApostrophe(text, i)) continue;
    while (mi < masked.length && masked[mi][1] <= i) mi++;
    if (mi < masked.length && masked[mi][0] <= i) { candidates.lastIndex = masked[mi][1]; continue; }
    const ch = m[0];
    if (len === 1 && (c === 0x22 || c === 0x201d) && /\d['\u2019]\d{1,2}$/.test(text.slice(Math.max(0, i - 5), i))) continue; // 6'3"
    const last = marks[marks.length - 1];
    if (last && last.e === i && !(ch === '\u00AB' || ch === '\u00BB')) { last.e += len; last.ch = last.ch === ch && ch !== "''" ? last.ch : '"'; continue; }
    marks.push({ s: i, e: i + len, ch });
  }
  return marks;
}

/**
 * findQuoteSpans of `text`, found once while the same article is asked about (the quotes stage and people/sentences.ts
 * read the same article's): kept for the last text only (../text/memo.ts keptForLastText, so an edited document or
 * another one is read again), and shared by every reader, which is why QuoteSpan is readonly.
 */
export const quoteSpansOf: (text: string) => readonly QuoteSpan[] = keptForLastText(findQuoteSpans);

export function findQuoteSpans(text: string): QuoteSpan[] {
  const doubles = scanMarks(text);
  const singles = scanMarks(text, true);
  if (!doubles.length && !singles.length) return [];
  const paras = paragraphsOf(text);
  // the British style: a text with no double marks quotes with single ones
  if (!doubles.length) return withHeadline(text, paras, pairMarks(text, paras, singles).filter(q => q.runsOn || q.continued || spokenEnd(text, q)));
  const spans = pairMarks(text, paras, doubles);
  if (!singles.length) return spans;
  const titled = titleLineQuotes(text, paras, doubles, singles, spans);
  // a text that mixes the styles, its body quoting with single marks and a few double ones (a quote within a
  // quote, a term): single marks quote in a paragraph that holds no double mark and lies in no double quote, when
  // they open and close in it and end as speech does, and when below the title line they quote more often than
  // the double marks do. (The American style keeps single marks for headlines and nested quotes: "Calderon calls
  // Trump's idea 'stupid'" above a body in double marks is no quote of its own.)
  const doubleParas = new Set<number>();
  for (let pi = 0, mi = 0; pi < paras.length; pi++) {
    while (mi < doubles.length && doubles[mi].e <= paras[pi].s) mi++;
    if (mi < doubles.length && doubles[mi].s < paras[pi].e) doubleParas.add(pi);
  }
  // (a scrape with no line breaks is one paragraph holding both: its single marks that quote outside the double ones
  // decide, as paragraphs free of double marks do in a text written in paragraphs)
  if (paras.length === 1) {
    const outer = pairMarks(text, paras, singles).filter(q => spokenEnd(text, q) && !withinQuote(spans, q.start, q.end));
    return outer.length > spans.filter(q => !withinQuote(outer, q.start, q.end)).length ? singleMarkStyle(text, paras, singles, spans) : spans;
  }
  const freeParas = paras.filter((P, pi) => !doubleParas.has(pi) && !withinQuote(spans, P.s, P.e));
  const extra = pairMarks(text, freeParas, singles).filter(q => !q.runsOn && !q.continued && spokenEnd(text, q));
  const bodyStart = paras.length > 1 ? paras[1].s : text.length;
  if (extra.filter(q => q.start >= bodyStart).length <= spans.length) return titled.length ? [...spans, ...titled].sort((x, y) => x.start - y.start) : spans;
  return singleMarkStyle(text, paras, singles, spans);
}

/**
 * A body that quotes with single marks and keeps double ones for a quote within a quote (the British and Australian
 * style: 'People are exhausted. They've been told "we're with you" three times now,' Ms Saffin said.): single marks
 * quote in every paragraph that lies in no double quote of its own, as in a text with no double marks; a double
 * quote stands alone only outside them.
 */
function singleMarkStyle(text: string, paras: readonly { s: number; e: number }[], singles: readonly Mark[], doubleSpans: readonly QuoteSpan[]): QuoteSpan[] {
  const outer = pairMarks(text, paras.filter(P => !withinQuote(doubleSpans, P.s, P.e)), singles)
    .filter(q => q.runsOn || q.continued || spokenEnd(text, q));
  const alone = doubleSpans.filter(q => !withinQuote(outer, q.start, q.end));
  // (a double quote that crosses a single one's end, in odd text, gives way to the one before it)
  return withHeadline(text, paras, withoutOverlaps([...outer, ...alone].sort((x, y) => x.start - y.start)));
}

/** A headline or deck is a short line: at most this many words. */
const TITLE_LINE_MAX_WORDS = 24;
/**
 * What follows a quote opening a headline or deck: a colon ("‘It’s a mess’: Riders fume …"), or a comma or stop
 * inside the marks and a word ("'We have waited long enough,' chief says …").
 */
const COLON_AFTER = /^\s*:/;
const WORD_AFTER = /^\s+\p{L}/u;
const SPOKEN_INSIDE = /[,.!?]$/;

/**
 * `q` marked as a headline's or deck's quote, in group `group` (inLine: inside its line), written out field by field:
 * `{ ...q, titleLine: true }` gave each such span a hidden class of its own in V8 (see ../reported/report.ts reportOf), and
 * every site reading quote spans went megamorphic after a few articles with one.
 */
function titleLineSpan(q: QuoteSpan, group: number, inLine: boolean): QuoteSpan {
  const { start, end, innerStart, innerEnd, continued, runsOn } = q;
  return inLine ? { start, end, innerStart, innerEnd, group, continued, runsOn, titleLine: true, inLine } : { start, end, innerStart, innerEnd, group, continued, runsOn, titleLine: true };
}

/**
 * Single marks opening a headline or a deck above a body in double marks, the Canadian and British headline style:
 * "‘It’s a mess’: Riders fume as Eglinton line delayed again", "'We have waited long enough,' chief says as
 * construction begins", "'I am not going to apologize …': Q&A with …". The quote opens its line, which holds no
 * double mark, closes in it and is followed by a colon, or ends on its own comma or stop before the line goes on.
 * Inside one of the article's first lines (its headline and deck in sentence case, before any double mark), words in
 * single marks are a quote only when a quote of the body holds them, TITLE_ECHO_MIN_WORDS words or more, or says
 * fewer of them and no more (echoedInBody: "Public servants' union vows 'long, hot summer' …" above "“If they want a
 * long, hot summer, they'll get one,” he said."; not "Passengers fear being 'cut off'" above "“… while communities are
 * cut off,” she told BBC Radio Leeds"), or when a verb of saying stands before them in their line
 * (HEADLINE_CUE_BEFORE: "INMO warns of 'dangerous' winter"): a name or a term in single marks ("Calderon calls Trump’s
 * idea for border wall ‘stupid’") or a title that opens the line ("'SNL' has fun with Clinton's struggles") is no quote.
 * Their groups follow the last of the double quotes' (`bodySpans`).
 */
function titleLineQuotes(text: string, paras: readonly { s: number; e: number }[], doubles: readonly Mark[], singles: readonly Mark[], bodySpans: readonly QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const lastGroup = bodySpans.reduce((g, q) => Math.max(g, q.group), 0);
  let di = 0;
  for (let pi = 0; pi < paras.length; pi++) {
    const P = paras[pi];
    while (di < doubles.length && doubles[di].e <= P.s) di++;
    const doubleIn = di < doubles.length && doubles[di].s < P.e;
    if (text[P.s] !== '\u2018' && text[P.s] !== "'") {
      // (a headline's or deck's inner quote: the first lines only, above the first double mark)
      if (doubleIn || pi >= TITLE_LINES || (di < doubles.length && doubles[di].s < P.s) || !sentenceCaseTitle(text.slice(P.s, P.e))) continue;
      for (const q of pairMarks(text, [P], singles)) {
        if (!q.runsOn && (echoedInBody(text, q, bodySpans) || HEADLINE_CUE_BEFORE.test(text.slice(P.s, q.start)))) out.push(titleLineSpan(q, lastGroup + out.length + 1, true));
      }
      continue;
    }
    if (doubleIn) continue;
    const [q] = pairMarks(text, [P], singles);
    if (q && opensTitleLine(text, P, q)) out.push(titleLineSpan(q, lastGroup + out.length + 1, false));
    // (a subhead that is a quote alone, a pull quote a body quote after it holds: "'We fight about the dishwasher'" over
    // "“… We fight about the dishwasher,” Deborah says", a HuffPost Canada-style probe)
    else if (q && subheadQuote(text, P, q) && echoedInBody(text, q, bodySpans)) out.push(titleLineSpan(q, lastGroup + out.length + 1, true));
  }
  return out;
}

/** Quote `q` in single marks is the whole of the short line P, a subhead of the body's, with no stop before its close. */
function subheadQuote(text: string, P: { s: number; e: number }, q: QuoteSpan): boolean {
  return q.start === P.s && q.end === P.e && !q.runsOn && !moreWords(text.slice(P.s, P.e), TITLE_LINE_MAX_WORDS) && !SPOKEN_INSIDE.test(text.slice(q.innerStart, q.innerEnd));
}

/**
 * A headline or deck in sentence case, the Canadian and British style ("DFO says it seized 120 traps last week; chief
 * calls the seizures 'a violation of our treaty'"): short, no stop at its end, SENTENCE_CASE_WORDS lower-case words or
 * more besides function words. A Title Case headline of the American style marks its terms and slogans in single marks
 * ("Gingrich Takes Talk of Being Trump's VP 'Very Seriously.'", "Paul Ryan: 'Anti-Semitic Images' Have No Place …":
 * PolNeAR train, where no headline is annotated), and a line that ends on a stop is a sentence of the body. A line that
 * ends on a semicolon is a news database's title, its deck on the next line ("Clinton: Trump's view of the world is
 * 'dangerously wrong'; ⏎ In speech to AIPAC, she attacks …", PolNeAR train, USA Today 2016-03-22, not annotated either).
 */
function sentenceCaseTitle(line: string): boolean {
  if (moreWords(line, TITLE_LINE_MAX_WORDS) || /[.!?;]['"’”]?$/.test(line)) return false;
  const lower = line.match(/(?<![\p{L}'’])\p{Ll}[\p{L}'’-]{2,}/gu) ?? [];
  return lower.filter(w => !FUNCTION_WORDS.has(w)).length >= SENTENCE_CASE_WORDS;
}
/** The fewest lower-case content words of a headline in sentence case. */
const SENTENCE_CASE_WORDS = 3;

/**
 * A verb of saying in a sentence-case headline or deck before its words in single marks: they are the quote of the
 * verb's subject even when the body does not repeat them ("Villagers say they have been 'cut off' after council shuts
 * only bridge", a WalesOnline-style probe, test/fixtures/outlets uk-walesonline-bridge-closure.txt; "Hospital trolley
 * numbers hit record as INMO warns of 'dangerous' winter", ie-times-hospital.txt; "Downing Street insists nurses' pay
 * offer is 'final' as union threatens winter strikes", uk-sky-no10-nurses-pay.txt). Not a verb of feeling: "Passengers
 * fear being 'cut off' as routes axed" (uk-bbc-bus-cuts.txt) stays no quote.
 */
const HEADLINE_CUE_BEFORE = new RegExp(`\\b(?:${[...headlinePresentCues()].join('|')})\\b`);

/**
 * The headline verbs of saying (./lexicon.ts TITLE_CUES) that take a clause (BARE_VERBS), in the present: the
 * third person's "-s" form and the plural's ("warns", "say"). Not one that takes an object, whose words in single marks
 * are a term: "Ontario NDP leader accuses Ford government of 'gutting' child-care deal" (test/fixtures/outlets
 * ca-cp-childcare-spaces.txt), "Calderon calls Trump’s idea … ‘stupid’".
 */
function headlinePresentCues(): ReadonlySet<string> {
  const third = [...TITLE_CUES].filter(w => w.endsWith('s') && BARE_VERBS.has(w));
  return new Set([...third, ...[...CUES].filter(w => third.includes(`${w}s`))]);
}

/** The first lines of an article that may be its headline and deck. */
const TITLE_LINES = 3;
/** The fewest words of a headline's inner quote that a body quote must hold. */
const TITLE_ECHO_MIN_WORDS = 3;

/** The words of [s, e) of `text`, lower case, curly apostrophes straightened. */
export function quoteWords(text: string, s: number, e: number): string[] {
  return text.slice(s, e).toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
}

/**
 * Two texts say the same words in the same order, whatever their quotation marks, apostrophes, dashes, stops and case
 * ("“There’s no possibility to change this position.”" and '"There's no possibility to change this position."'): a
 * quote's other rendering that says nothing new (the editor's hover on a quote).
 */
export function sameWords(a: string, b: string): boolean {
  return sameWordList(quoteWords(a, 0, a.length), quoteWords(b, 0, b.length));
}

/** `words` stand together, in order, in `within`. */
export function holdsWords(within: readonly string[], words: readonly string[]): boolean {
  for (let k = 0; k + words.length <= within.length; k++) if (words.every((w, i) => within[k + i] === w)) return true;
  return false;
}

/**
 * A quote of the body after q holds q's words, TITLE_ECHO_MIN_WORDS or more, or says q's fewer words and no more: the
 * headline repeats the body's partial quote ("Developer's lawyer says company 'categorically denies' the claims" above
 * "said the company \"categorically denies\" hiding anything", a Vancouver Sun-style probe, test/fixtures/outlets
 * ca-vansun-burnaby-tower-lawsuit.txt; "Teacher numbers pledge 'in tatters', MSPs told" above "is \"in tatters\", according
 * to council leaders", uk-scotsman-holyrood-teacher-numbers.txt; "Judge says attack was 'senseless' …" above "said the
 * attack was \"senseless\"", ie-times-court-sentence.txt). A body quote that only holds them ("… while communities are cut
 * off") is no echo of "'cut off'".
 */
function echoedInBody(text: string, q: QuoteSpan, bodySpans: readonly QuoteSpan[]): boolean {
  const words = quoteWords(text, q.innerStart, q.innerEnd);
  if (!words.length) return false;
  const echoes = (body: readonly string[]): boolean => (words.length >= TITLE_ECHO_MIN_WORDS ? holdsWords(body, words) : sameWordList(body, words));
  return bodySpans.some(b => b.start > q.end && echoes(quoteWords(text, b.innerStart, b.innerEnd)));
}

/** Two lists of words are the same words in the same order. */
export function sameWordList(x: readonly string[], y: readonly string[]): boolean {
  return x.length === y.length && x.every((w, i) => w === y[i]);
}

/**
 * Quote `q` opens the short line P as a headline's quote does: it starts the line, closes in it and is followed by a
 * colon, or ends on its own comma or stop before the line goes on.
 */
function opensTitleLine(text: string, P: { s: number; e: number }, q: QuoteSpan): boolean {
  if (q.start !== P.s || q.runsOn || q.end >= P.e || moreWords(text.slice(P.s, P.e), TITLE_LINE_MAX_WORDS)) return false;
  const inner = text.slice(q.innerStart, q.innerEnd), tail = text.slice(q.end, P.e);
  return COLON_AFTER.test(tail) || (SPOKEN_INSIDE.test(inner) && WORD_AFTER.test(tail));
}

/** In a text quoting with single marks, a quote opening its first line as a headline's quote does is marked so. */
function withHeadline(text: string, paras: readonly { s: number; e: number }[], spans: QuoteSpan[]): QuoteSpan[] {
  const first = spans[0], P = paras[0];
  if (first && P && opensTitleLine(text, P, first)) spans[0] = titleLineSpan(first, first.group, false);
  return spans;
}

/** `s` has more than `max` words. */
const moreWords = (s: string, max: number): boolean => s.split(/\s+/).filter(Boolean).length > max;

/** The paragraphs of a text, trimmed, page furniture left out ("Article continued below"). */
function paragraphsOf(text: string): { s: number; e: number }[] {
  const paras: { s: number; e: number }[] = [];
  for (let i = 0; i < text.length;) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    let s = i, e = j;
    // (invisible marks open a paragraph pasted from a social network: zero-width and bidirectional controls, as in
    // "\u202A”Sorry Sarah, you should have said …!!” posted Sharon Powers Geyer." — its ” opens the quotation)
    while (s < e && /[\s\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/.test(text[s])) s++;
    while (e > s && isSpaceAt(text, e - 1)) e--;
    // (page furniture between two paragraphs of one quote is no paragraph of it: "Article continued below")
    if (e > s && !isBoilerplateLine(text, s, e)) paras.push({ s, e });
    i = j + 1;
  }
  return paras;
}

/**
 * Pair `marks` into quoted spans paragraph by paragraph (only marks inside `paras` count): a quote left open at
 * the end of a paragraph continues when the next one re-opens with a mark.
 */
function pairMarks(text: string, paras: readonly { s: number; e: number }[], marks: readonly Mark[]): QuoteSpan[] {
  const paraStart = new Set(paras.map(p => p.s));
  const cls = (mk: Mark): 'open' | 'close' | 'either' => {
    if (mk.ch === '\u201E' || mk.ch === '``') return 'open';
    if (paraStart.has(mk.s)) return 'open';
    const prev = mk.s > 0 ? text[mk.s - 1] : '\n', next = mk.e < text.length ? text[mk.e] : '\n';
    const canOpen = OPEN_CTX.test(prev) && !isSpaceCode(next.charCodeAt(0));
    const canClose = !isSpaceCode(prev.charCodeAt(0)) && CLOSE_NEXT.test(next);
    // (« opens and » closes, «…», unless the context says otherwise: the German »…«)
    if (mk.ch === '\u201C' || mk.ch === '\u00AB' || mk.ch === '\u2018') return canClose && !canOpen ? 'close' : 'open';
    // (a » spaced off its last word and followed by the cue's comma or a stop closes: the French « … », she asked)
    if (mk.ch === '\u00BB' && SPACED_CLOSE_NEXT.test(next)) return 'close';
    if (mk.ch === '\u201D' || mk.ch === '\u00BB' || mk.ch === '\u2019') return canOpen && !canClose ? 'open' : 'close';
    if (canOpen && !canClose) return 'open';
    if (canClose && !canOpen) return 'close';
    return 'either';
  };
  const out: QuoteSpan[] = [];
  let group = 0, mi = 0;
  type Open = Mark & { group: number; cont: boolean };
  // (an opening mark's record written out field by field: `{ ...mk, group, cont }` gave each one a hidden class of its own
  // in V8, see ../reported/report.ts reportOf, and `piece` read them megamorphically)
  const opening = (mk: Mark, group: number, cont: boolean): Open => ({ s: mk.s, e: mk.e, ch: mk.ch, group, cont });
  let carry: { open: Open; pieces: QuoteSpan[]; bare: number } | null = null;
  const piece = (open: Open, end: number, closeEnd: number, runsOn: boolean): QuoteSpan =>
    ({ start: open.s, end: closeEnd, innerStart: open.e, innerEnd: end, group: open.group, continued: open.cont, runsOn });
  const giveUp = () => { if (carry) out.push({ ...carry.pieces[0], runsOn: false }); carry = null; };
  for (let pi = 0; pi < paras.length; pi++) {
    const P = paras[pi];
    while (mi < marks.length && marks[mi].s < P.s) mi++;
    const pm: Mark[] = [];
    while (mi < marks.length && marks[mi].e <= P.e) pm.push(marks[mi++]);
    let open: Open | null = null, k = 0;
    if (carry) {
      const c = carry as { open: Open; pieces: QuoteSpan[]; bare: number };
      if (pm.length && pm[0].s === P.s) { out.push(...c.pieces); open = opening(pm[0], c.open.group, true); k = 1; carry = null; }
      else if (c.bare < CARRY_MAX && pm.length && cls(pm[0]) === 'close') { out.push(...c.pieces); open = { s: P.s, e: P.s, ch: '', group: c.open.group, cont: true }; carry = null; }
      else if (c.bare < CARRY_MAX && !pm.length && pi + 1 < paras.length) { c.pieces.push(piece({ s: P.s, e: P.s, ch: '', group: c.open.group, cont: true }, P.e, P.e, true)); c.bare++; continue; }
      else giveUp();
    }
    for (; k < pm.length; k++) {
      const mk = pm[k], c = cls(mk);
      if (!open) {
        if (c === 'close') continue;
        open = opening(mk, ++group, false);
      } else if (c === 'open' && mk.ch !== '\u201D') {
        out.push(piece(open, mk.s, mk.s, false)); // unclosed before a new opening: ends there
        open = opening(mk, ++group, false);
      } else {
        out.push(piece(open, mk.s, mk.e, false));
        open = null;
      }
    }
    if (open) carry = { open, pieces: [piece(open, P.e, P.e, true)], bare: 0 };
  }
  if (carry) giveUp();
  const res: QuoteSpan[] = [];
  for (const q of out) {
    let a = q.innerStart, b = q.innerEnd;
    while (a < b && isSpaceAt(text, a)) a++;
    while (b > a && isSpaceAt(text, b - 1)) b--;
    if (b <= a) continue;
    let end = q.end;
    while (end > q.start && isSpaceAt(text, end - 1)) end--;
    res.push({ ...q, innerStart: a, innerEnd: b, end });
  }
  res.sort((x, y) => x.start - y.start);
  // (a bare continuation piece can meet the next opening in odd layouts)
  return withoutOverlaps(res);
}

/** Spans sorted by start, each that overlaps the one kept before it left out: quotes never overlap. */
function withoutOverlaps(sorted: readonly QuoteSpan[]): QuoteSpan[] {
  const clean: QuoteSpan[] = [];
  for (const q of sorted) if (!clean.length || q.start >= clean[clean.length - 1].end) clean.push(q);
  return clean;
}

/**
 * A single-marked string reads as a quote when it ends as speech does, its stop or comma inside or just outside
 * the mark ('We will win,' said Smith / 'We will win', said Smith), or when it is no title: a title is in Title
 * Case (upset ‘American Sniper’ fans, lobs 'Hail Carly' pass), a quoted word or phrase is not ('deplorables').
 */
function spokenEnd(text: string, q: QuoteSpan): boolean {
  const inner = text.slice(q.innerStart, q.innerEnd);
  if (/[.,!?;:\u2026]$/.test(inner) || /^[.,;:!?]/.test(text.slice(q.end, q.end + 1))) return true;
  const longer = inner.split(/\s+/).filter(w => /^[\p{L}'’-]{4,}$/u.test(w));
  return longer.length > 0 && !longer.every(w => upperFirst(w));
}

/**
 * [s, e) lies inside one of `spans` (sorted, never overlapping, as findQuoteSpans returns them or as any spans are
 * kept): the span that starts last at or before s, found by bisection.
 */
export function withinQuote(spans: readonly { start: number; end: number }[], s: number, e: number): boolean {
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= s) lo = mid + 1; else hi = mid;
  }
  return lo > 0 && e <= spans[lo - 1].end;
}
