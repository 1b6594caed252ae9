/**
 * Rule family "headline echoes a quote": a quote opening a headline or deck (marks.ts, titleLine) that repeats the
 * words of a quote in the body is that quote's speaker's, whatever the headline's own words say ("Riders fume"
 * speaks for no one; "chief says" is the chief the body names). Examples (test/fixtures/outlets):
 *   "‘It’s a mess’: Riders fume as Eglinton line delayed again" … "“It’s a mess,” said Kiran Baptiste-Holloway" → Kiran Baptiste-Holloway
 *   "'We have waited long enough,' chief says …" … "\"We have waited long enough,\" says Chief Dolores Kaye-Standingready" → Dolores Kaye-Standingready
 */
import type { QuoteSpan } from '../marks';

/** A headline quote echoes a body quote when its words, at least this many, open that quote's words. */
const ECHO_MIN_WORDS = 2;

/** The words of [s, e) of `text`, lower case, curly apostrophes straightened. */
function wordsOf(text: string, s: number, e: number): string[] {
  return text.slice(s, e).toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
}

/**
 * The index of the first quote after the title-line quote `spans[n]` whose words begin with all of its words, among
 * those `attributed`; -1 when there is none.
 */
export function echoedQuote(text: string, spans: readonly QuoteSpan[], n: number, attributed: (k: number) => boolean): number {
  const head = wordsOf(text, spans[n].innerStart, spans[n].innerEnd);
  if (head.length < ECHO_MIN_WORDS) return -1;
  for (let k = n + 1; k < spans.length; k++) {
    if (spans[k].titleLine || !attributed(k)) continue;
    const body = wordsOf(text, spans[k].innerStart, spans[k].innerEnd);
    if (head.every((w, i) => body[i] === w)) return k;
  }
  return -1;
}
