/**
 * Rule family "signature after a dash": a name set after the quote with a dash, as under an epigraph or a reader's
 * comment. Examples (PolNeAR dev: the rule fires on no train article):
 *   '“…” ― Sonya Herridge' → Sonya Herridge
 * Not a byline after a quote whose sentence has its own cue ('Rajoy said … “…”--Kim Hjelmgaard.').
 */
import { NAME_PARTICLES, NOT_NAME, SIGNATURE_DASHES } from '../lexicon';
import type { QuoteContext } from './context';
import { tokenCue } from './cue';
import type { Attribution } from './mention';

/** The most words of a signature's name after the first. */
const SIGNATURE_MAX_WORDS = 4;
/** At most this many characters between the dash and the name. */
const DASH_GAP_MAX = 1;

export function signatureAfterDash(ctx: QuoteContext): Attribution | null {
  const { toks, text } = ctx;
  const k = ctx.after, dash = toks[k];
  if (!dash || !SIGNATURE_DASHES.has(dash.t) || !toks[k + 1]?.cap || toks[k + 1].s - dash.e > DASH_GAP_MAX) return null;
  // the name's words, separated by single spaces only (not across the next quotation mark)
  let j = k + 2;
  while (j < toks.length && j <= k + 1 + SIGNATURE_MAX_WORDS && (toks[j].cap || NAME_PARTICLES.has(toks[j].l)) && /^ ?$/.test(text.slice(toks[j - 1].e, toks[j].s))) j++;
  const last = toks[j - 1];
  if (NOT_NAME.has(toks[k + 1].l) || last.poss || !/^\s*(?:[.,;(\n“"]|$)/.test(text.slice(last.e, last.e + 2)) || ctx.beforeQuote()) return null;
  return { mention: { s: toks[k + 1].s, e: last.e, kind: 'name', i: k + 1, j }, cue: tokenCue(dash), rule: 'signature after a dash' };
}
