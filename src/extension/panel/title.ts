/**
 * The title the side panel shows for an article: its first line that a reader would call the headline, past the page
 * furniture a scraped page may open with. Seed 002 (../../../media/samples, /work/shared/corpus/seeds) opens on its
 * site's Dari banner ("افغانستان آزاد _ آزاد افغانستان"), a logo's letters ("AA-AA"), a line of verse in Dari, a table
 * of the site's address and language menu ("| www.afgazad.com | afgazad@gmail.com |", "|----|") and the agency's name
 * ("The Associated Press") before its headline, "Russian FM says Assad won't go"; seed 004 puts its byline and date
 * ("• Article by: ELLEN BARRY", "• December 29, 2012 - 7:19 PM") under the headline. Skipped as furniture: what the
 * cross-document index skips (../../core/corpus/furniture.ts: bylines, "Advertisement", copyright lines, lines of
 * punctuation) and the quote stage's boilerplate lines (../../core/quotes/boilerplate.ts: photo credits, share
 * prompts), and here a line in another script than the article's, a line of one word ("Share", "Print"), a line with a
 * web or e-mail address or a table row, a wire service's or outlet's name alone ("The Associated Press", "New York
 * Times") and a date alone. On PolNeAR train every article's first line is its headline, and stays its title.
 * Pure: no `vscode` import.
 */
import { isFurniture } from '../../core/corpus/furniture';
import { OUTLET_NAME } from '../../core/people/lexicon';
import { isBoilerplateLine } from '../../core/quotes/boilerplate';
import { WIRE_SERVICES } from '../../core/quotes/lexicon';
import { MONTHS_OR_ABBREVIATIONS, WEEKDAYS } from '../../core/text/calendar';

/** Longest title the panel shows for a file. */
const TITLE_LENGTH = 60;
/** How much of a text the title is looked for in, and how many non-blank lines are tried before the first is taken. */
const TITLE_REACH = 3000;
const TITLE_LINES = 12;
/** Share of a text's letters in the Latin script above which it is in the Latin script (an article: in its first TITLE_REACH characters; a line). */
const LATIN_MAJORITY = 0.5;
/** Most words of an outlet's name alone on a line ("The New York Times"). */
const OUTLET_LINE_WORDS = 5;

const LETTER = /\p{L}/gu;
const LATIN_LETTER = /^[A-Za-z\u00C0-\u024F]$/;
/** Bullets and dashes a scraped list puts before a line ("• Article by: …"). */
const LEADING_BULLETS = /^[\s•·*–—-]+/;
/** A web or e-mail address, or a table row ("| www.afgazad.com | … |"). */
const LINK_OR_TABLE = /^\||:\/\/|\bwww\.|\S@\S+\.\p{L}/u;
/** A word of letters (two at least), for counting a line's words. */
const WORD = /\p{L}[\p{L}'’.-]+/gu;
/** Words that a date or a time line may hold besides months and weekdays ("Updated", "PM", "ET"). */
const DATE_WORDS: ReadonlySet<string> = new Set(['am', 'pm', 'a.m', 'p.m', 'et', 'est', 'edt', 'gmt', 'utc', 'updated', 'published', 'posted', 'at', 'on', 'of']);

const count = (s: string, re: RegExp): number => s.match(re)?.length ?? 0;

/** The share of a string's letters in the Latin script, in one pass over them; undefined when it has no letter. */
function latinShare(s: string): number | undefined {
  let letters = 0, latin = 0;
  for (const [letter] of s.matchAll(LETTER)) {
    letters++;
    if (LATIN_LETTER.test(letter)) latin++;
  }
  return letters > 0 ? latin / letters : undefined;
}

/** Most of a text's letters are Latin (false when it has none): an article whose lines in another script are furniture. */
const latinArticle = (text: string): boolean => (latinShare(text) ?? 0) > LATIN_MAJORITY;

/** A line whose letters are mostly in another script than the Latin (false when it has none). */
const otherScript = (line: string): boolean => (latinShare(line) ?? LATIN_MAJORITY) < LATIN_MAJORITY;

/** A wire service's or an outlet's name alone ("The Associated Press", "Reuters", "New York Times"). */
function outletAlone(line: string): boolean {
  const name = line.replace(/^The\s+/, '').replace(/[.:]$/, '');
  if (WIRE_SERVICES.has(name)) return true;
  const words = name.split(/\s+/);
  return words.length <= OUTLET_LINE_WORDS && words.every(w => /^\p{Lu}/u.test(w)) && OUTLET_NAME(name);
}

/** A date or a time alone ("12/30/201", "December 29, 2012 - 7:19 PM", "Updated Jan. 5"). */
function dateAlone(line: string): boolean {
  if (!/\d/.test(line)) return false;
  const words = line.toLowerCase().match(/\p{L}[\p{L}.]*/gu) ?? [];
  return words.every(w => { const b = w.replace(/\.$/, ''); return MONTHS_OR_ABBREVIATIONS.has(b) || WEEKDAYS.has(b) || DATE_WORDS.has(b); });
}

/** The line [s, e) of `text` is page furniture, no headline; `latin`: the article is in the Latin script. */
function furnitureLine(text: string, s: number, e: number, latin: boolean): boolean {
  const line = text.slice(s, e).replace(LEADING_BULLETS, '').trim();
  if (!line || isFurniture(line) || isBoilerplateLine(text, s, e)) return true;
  if (latin && otherScript(line)) return true;
  return count(line, WORD) < 2 || LINK_OR_TABLE.test(line) || outletAlone(line) || dateAlone(line);
}

/** A line, whitespace collapsed, cut to TITLE_LENGTH with an ellipsis. */
function shortened(line: string): string {
  const t = line.replace(/\s+/g, ' ').trim();
  return t.length > TITLE_LENGTH ? t.slice(0, TITLE_LENGTH - 1).trimEnd() + '…' : t;
}

/**
 * An article's title: its first non-blank line that is not page furniture among its first TITLE_LINES (else its first
 * non-blank line), whitespace collapsed, cut to TITLE_LENGTH with an ellipsis; undefined for an empty text.
 */
export function articleTitle(text: string): string | undefined {
  const head = text.slice(0, TITLE_REACH);
  const latin = latinArticle(head);
  const line = /\S[^\r\n]*/g;
  let first: string | undefined;
  for (let m = line.exec(head), n = 0; m && n < TITLE_LINES; m = line.exec(head), n++) {
    first ??= m[0];
    if (!furnitureLine(head, m.index, m.index + m[0].length, latin)) return shortened(m[0]);
  }
  return first === undefined ? undefined : shortened(first);
}
