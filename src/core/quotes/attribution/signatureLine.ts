/**
 * Rule family "signature under the quote": a pull quote whose last paragraph, inside the quotation marks, is a short
 * line naming who said it — the layout of HuffPost's quote cards. Examples (PolNeAR train, HuffPost 2016-06-23,
 * 2016-02-01, 2016-07-26):
 *   '"I worry that we may see a resurgence of Democrats singing the virtues of balanced budgets as Clinton tries to
 *     distinguish herself from Trump’s irresponsible tax cuts.⏎Dean Baker, Center for Economic and Policy Research."'
 *     → Dean Baker
 *   '"The reality is, if Mrs. Clinton loses Iowa and New Hampshire, then South Carolina becomes a must-win.⏎S.C. Rep.
 *     Jim Clyburn."' → Jim Clyburn
 *   '"What we have seen is that our current efforts to date have not been enough.⏎Amy Pope, deputy homeland security
 *     advisor."' → Amy Pope
 * The line is the quote's last piece, ends on its period, holds no cue, and opens with a full name (after any title or
 * role words: "Former NAACP president Ben Jealous.") that the period or an affiliation's comma follows. The line
 * itself is no quote of its own (../index.ts leaves it out of the quotes: PolNeAR pairs no speech with it).
 */
import type { QuoteSpan } from '../marks';
import { tokenAt, type Tok } from '../tokens';
import { isCue } from './cue';
import { isFullName, type Attribution } from './mention';
import { subjectAfter } from './subjectAfter';

/** The signature line: a capital, at most this many characters, a period. */
const SIGNATURE_LINE = /^[A-Z][^\n]{1,80}\.$/;
/** The most words of a signature line, the name and its role or affiliation ("Dean Baker, Center for Economic and Policy Research."). */
const SIGNATURE_LINE_MAX_WORDS = 10;

/**
 * The name on the line `sig`, the last piece of a quote that runs on into it ('"…⏎Dean Baker, Center for Economic
 * and Policy Research."'), or null.
 */
export function signatureLine(toks: Tok[], text: string, sig: QuoteSpan | undefined, group: number): Attribution | null {
  if (!sig || sig.group !== group || !sig.continued || sig.runsOn) return null;
  const line = text.slice(sig.innerStart, sig.innerEnd).trim();
  if (!SIGNATURE_LINE.test(line) || line.split(/\s+/).length > SIGNATURE_LINE_MAX_WORDS) return null;
  const s = sig.innerStart + text.slice(sig.innerStart, sig.innerEnd).indexOf(line), e = s + line.length;
  const first = tokenAt(toks, s), end = tokenAt(toks, e);
  // (no line that says something itself: a cue in it makes it a sentence of the quote)
  for (let k = first; k < end; k++) if (isCue(toks, k, false)) return null;
  // (a full name, which the line's period or an affiliation's comma follows: not '"…⏎Mostly the talking."')
  const mention = subjectAfter(toks, first, end);
  const after = toks[mention?.j ?? end]?.t;
  return mention && mention.kind === 'name' && isFullName(mention) && (after === ',' || mention.j === end - 1) ? { mention, cue: { s, e }, rule: 'signature under the quote' } : null;
}
