/**
 * Reported speech and the direct quotes around it. A content that is a direct quote and nothing more ('said that
 * “we will win”') is the direct quote's; a content inside someone's quotation marks is part of what they said; a
 * content with a quoted fragment inside ('called the deal “a disaster” for workers') is mixed: the fragment stays a
 * direct quote and the indirect content around it is added. A quotation that opens in lower case after a content's
 * comma finishes the reported sentence in the reporter's words and belongs to it ('Zimmerman said ⟨he had received
 * offers for the gun, but “the offers were to use the gun in a fashion I did not feel comfortable with.”⟩':
 * quotedSequelEnd).
 */
import type { QuoteSpan } from '../quotes/marks';
import { countBefore } from '../text/sortedSearch';

/** Words that may stand outside the marks of a content that is still only a direct quote (PolNeAR's rule). */
export const GLUE: ReadonlySet<string> = new Set(['that', 'a', 'an', 'the', 'and', 'or', 'but']);

/** The index of the first of the article's quotes (sorted, disjoint) that ends after `pos`, by binary search. */
function firstEndingAfter(quotes: readonly QuoteSpan[], pos: number): number {
  return countBefore(quotes, q => q.end <= pos);
}

/** The quote whose inner text holds `pos`, by binary search over the article's quotes (sorted, disjoint). */
export function quoteAt(quotes: readonly QuoteSpan[], pos: number): QuoteSpan | null {
  const lo = firstEndingAfter(quotes, pos);
  const q = quotes[lo];
  return q && q.innerStart <= pos && pos < q.innerEnd ? q : null;
}

/**
 * The cue at `cue` is a word inside a quotation that opens after the content's start `s`: the quoted person's word, no
 * cue of the writer's ("President Obama released a statement Thursday night condemning "what appears to be a horrific
 * terrorist attack"": PolNeAR train, Washington Post 2016-07-15).
 */
export function quotedAfter(quotes: readonly QuoteSpan[], cue: number, s: number): boolean {
  const q = quoteAt(quotes, cue);
  return !!q && s < q.start;
}

/**
 * The end of a content [s, e) made to respect the quotes: a quote it ends inside is taken in whole; null when
 * it starts inside one (a report inside someone's quotation marks is theirs).
 */
export function endAroundQuotes(quotes: readonly QuoteSpan[], s: number, e: number): number | null {
  const lo = firstEndingAfter(quotes, s);
  if (quotes[lo] && quotes[lo].start < s) return null;
  let end = e;
  for (let n = lo; n < quotes.length && quotes[n].start < end; n++) if (quotes[n].end > end) end = quotes[n].end;
  return end;
}

/** What may stand between a content's end and a quotation that completes its sentence: a comma, and "but", "and" or "which". */
const SEQUEL_JOIN = /^,\s*(?:(?:but|and|which)\s+)?$/;
/** A quotation's first letter in lower case: the quoted words go on with the writer's sentence. */
const LOWER_START = /^\p{Ll}/u;

/**
 * The end of a content after its cue that a quotation opening in lower case goes on with, after a comma: the reporter's
 * own words finish the reported sentence, and PolNeAR takes them into the content ("Bolton said ⟦that whatever choice
 * voters are going to make, “they should not make it on the basis that …”⟧", "Zimmerman said ⟦he had received offers
 * for the gun, but “the offers were to use the gun in a fashion I did not feel comfortable with.”⟧", "Sanders said
 * Sunday … ⟦that he was hoping for a large turnout, which “will help elect JoAnne Kloppenburg to the Supreme
 * Court.”⟧"; train: 3 gained). Not when the sentence opened with a quotation before the cue: then the quotation is
 * the first one's sequel ('“…,” Thiel wrote in a statement to Wired explaining why he is speaking at the convention,
 * “but most Americans agree …”'). `r`'s end, or the quotation's.
 */
export function quotedSequelEnd(text: string, quotes: readonly QuoteSpan[], r: { s: number; e: number; cue: { s: number; e: number } }, sentenceStart: number): number {
  if (r.s < r.cue.e) return r.e;
  const lo = firstEndingAfter(quotes, r.e);
  const q = quotes[lo];
  if (!q || q.start < r.e || !SEQUEL_JOIN.test(text.slice(r.e, q.start)) || !LOWER_START.test(text.slice(q.innerStart, q.innerStart + 1))) return r.e;
  const before = firstEndingAfter(quotes, sentenceStart);
  return quotes[before] && quotes[before].end <= r.cue.s ? r.e : q.end;
}

/**
 * Where a content that opens with a quoted passage and goes on past it in the writer's words starts: at the quote's
 * opening mark ("⟦“We’re alive, unlike the robots you’re going to see next week” at the Democratic convention⟧, he
 * said", "⟦''The court expresses no view on the merits'' of the case⟧, the unsigned opinion said"). PolNeAR attributes
 * the whole, the quoted words being a direct quote as well. A content whose cue comes after the quote may start inside a quote
 * of several sentences, which it then takes in whole ("⟦"Campaigns are having trouble raising money. … They don't have a
 * choice" but to take the lead in advertising⟧, says Evan Tracey"); another opens the quote or is inside it (a report
 * inside someone's quotation marks). `s` itself when the content does not start in a quote, or ends inside it.
 */
export function startAroundQuote(text: string, quotes: readonly QuoteSpan[], s: number, e: number, cue: number): number {
  const lo = firstEndingAfter(quotes, s);
  const q = quotes[lo];
  if (!q || q.start >= s || e <= q.end) return s;
  const before = text.slice(q.innerStart, s);
  return (cue >= q.end ? !before.includes('\n') : !/[\p{L}\p{N}]/u.test(before)) ? q.start : s;
}

/** A direct quote opens inside [s, e). */
export function quoteWithin(quotes: readonly QuoteSpan[], s: number, e: number): boolean {
  const lo = countBefore(quotes, q => q.start < s);
  return lo < quotes.length && quotes[lo].start < e;
}

/**
 * A direct quote that ends on a comma closes right before `pos` ('"…," he said'; not '"…." He said'). With
 * `sentenceStart`, the quote must also open its sentence: in 'Appearing Friday on "CBS This Morning," Sanders said he
 * had not …' the quote is a name inside the opening phrase, and what follows the cue is Sanders's report.
 */
export function quoteEndsAt(quotes: readonly QuoteSpan[], text: string, pos: number, sentenceStart?: number): boolean {
  const lo = firstEndingAfter(quotes, pos);
  const q = quotes[lo - 1];
  if (!q || pos - q.end > 3 || !/^[\s,]*$/.test(text.slice(q.end, pos)) || !/,\s*$/.test(text.slice(q.innerStart, q.innerEnd) + text.slice(q.end, pos))) return false;
  return sentenceStart === undefined || q.start <= sentenceStart || !/[\p{L}\p{N}]/u.test(text.slice(sentenceStart, q.start));
}

/** The content [s, e) says nothing outside quotation marks but glue words: it is a direct quote. */
export function directOnly(text: string, quotes: readonly QuoteSpan[], s: number, e: number): boolean {
  let outside = '';
  let pos = s;
  const lo = firstEndingAfter(quotes, s);
  // (a content with no quote in it is the reporter's words, however short: "⟨That⟩’s according to fundraising reports")
  if (lo >= quotes.length || quotes[lo].start >= e) return false;
  for (let n = lo; n < quotes.length && quotes[n].start < e; n++) {
    if (quotes[n].start > pos) outside += ' ' + text.slice(pos, quotes[n].start);
    pos = Math.max(pos, quotes[n].end);
  }
  if (pos < e) outside += ' ' + text.slice(pos, e);
  // (word by word, stopping at the first that is no glue)
  const lower = outside.toLowerCase();
  CONTENT_WORD.lastIndex = 0;
  for (let m = CONTENT_WORD.exec(lower); m; m = CONTENT_WORD.exec(lower)) {
    if (!GLUE.has(m[0])) { CONTENT_WORD.lastIndex = 0; return false; }
  }
  return true;
}

const CONTENT_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
