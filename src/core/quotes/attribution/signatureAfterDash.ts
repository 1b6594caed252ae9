/**
 * Rule family "signature after a dash": a name set after the quote with a dash, as under an epigraph or a reader's
 * comment. Examples (the first seen on PolNeAR dev, where the rule was first written; the two after it are the
 * PolNeAR train cases it holds on):
 *   '“…” ― Sonya Herridge' → Sonya Herridge
 *   '"… I helped write that bill [the Affordable Care Act]."⏎⏎- Sanders.' → Sanders (a hyphen, which the tokens
 *     leave out, on the line under the quote; PolNeAR train, a fact-check of a debate)
 *   '"Great speech. …"⏎⏎-President Obama, tweeting after Clinton's speech.' → President Obama (PolNeAR train)
 * Not a byline after a quote whose sentence has its own cue ('Rajoy said … “…”--Kim Hjelmgaard.').
 */
import { DASHES, NAME_PARTICLES, NOT_NAME } from '../lexicon';
import type { QuoteContext } from './context';
import { tokenCue } from './cue';
import type { Attribution } from './mention';

/** The most words of the name after the dash, titles included ("President Obama"). */
const SIGNATURE_NAME_MAX_WORDS = 5;
/** At most this many characters between the dash and the name. */
const DASH_GAP_MAX = 1;
/**
 * A hyphen standing for a dash between the quote and the name, perhaps on a line of its own under it: no token of
 * its own ('." - Sanders', '."\n\n-President Obama').
 */
const HYPHEN_DASH = /^\s*- ?$/;

/** The signature's first token after the quote, past a dash token or a hyphen standing for one, and the dash. */
function signatureStart(ctx: QuoteContext): { first: number; dash: { s: number; e: number } } | null {
  const { toks, text } = ctx;
  const k = ctx.after, dash = toks[k];
  if (dash && DASHES.has(dash.t)) return toks[k + 1] && toks[k + 1].s - dash.e <= DASH_GAP_MAX ? { first: k + 1, dash: tokenCue(dash) } : null;
  const gap = dash ? text.slice(ctx.qe, dash.s) : '';
  if (!HYPHEN_DASH.test(gap)) return null;
  const at = ctx.qe + gap.indexOf('-');
  return { first: k, dash: { s: at, e: at + 1 } };
}

/** '“…” ― Sonya Herridge': the name after the dash. */
export function signatureAfterDash(ctx: QuoteContext): Attribution | null {
  const { toks, text } = ctx;
  const start = signatureStart(ctx);
  if (!start || !toks[start.first].cap) return null;
  const first = start.first;
  // the name's words, separated by single spaces only (not across the next quotation mark)
  let j = first + 1;
  while (j < toks.length && j < first + SIGNATURE_NAME_MAX_WORDS && (toks[j].cap || NAME_PARTICLES.has(toks[j].l)) && /^ ?$/.test(text.slice(toks[j - 1].e, toks[j].s))) j++;
  const last = toks[j - 1];
  if (NOT_NAME.has(toks[first].l) || last.poss || !/^\s*(?:[.,;(\n“"]|$)/.test(text.slice(last.e, last.e + 2)) || ctx.beforeQuote()) return null;
  return { mention: { s: toks[first].s, e: last.e, kind: 'name', i: first, j }, cue: start.dash, rule: 'signature after a dash' };
}
