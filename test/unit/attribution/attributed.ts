/** For the attribution rule families' tests: who a quote is attributed to, and by which rule. */
import { quoteOf } from '../helpers';

/** The mention the quote of `text` starting with `quoteStart` is attributed to, and the rule that did it. */
export function attributed(text: string, quoteStart: string): { mention: string | null; rule: string | undefined } {
  const q = quoteOf(text, quoteStart);
  return { mention: q.speaker && q.speaker.start !== undefined ? text.slice(q.speaker.start, q.speaker.end) : null, rule: q.why?.rule };
}
