/**
 * Rule family "passive agent": the agent of a passive cue speaks. Examples (PolNeAR train):
 *   '… has been called “strategic ambiguity” by Joshua Hendrick, a professor' → Joshua Hendrick (cue before the quote, agent after it)
 *   'Sanders was asked by host Bill Maher, …, “Now, you …' → Bill Maher (agent between the cue and the quote)
 */
import { BE_FORMS } from '../lexicon';
import type { QuoteContext } from './context';
import type { Attribution } from './mention';

/** '“…” by X' after a passive cue ending right before the quote ("was called “…” by X"). */
export function passiveAgentAfterQuote(ctx: QuoteContext): Attribution | null {
  const { toks, next: k, before: bq } = ctx;
  if (k >= ctx.endTok || ctx.word(k) !== 'by' || bq < 1 || !ctx.isCue(bq) || !/ed$/.test(toks[bq].l) || !BE_FORMS.has(toks[bq - 1].l)) return null;
  const agent = ctx.subjectAfter(k + 1, ctx.endTok);
  return agent && agent.kind !== 'pronoun' ? ctx.byCue(agent, bq, bq + 1, 'passive agent') : null;
}

/** 'was asked by X, “…”': the passive cue c before the quote, its agent after "by". */
export function passiveAgentBeforeQuote(ctx: QuoteContext, c: number): Attribution | null {
  if (ctx.word(c + 1) !== 'by' || !BE_FORMS.has(ctx.word(c - 1))) return null;
  const agent = ctx.subjectAfter(c + 2, ctx.before + 1);
  return agent && agent.kind !== 'pronoun' ? ctx.byCue(agent, c, ctx.before + 1, 'passive agent') : null;
}
