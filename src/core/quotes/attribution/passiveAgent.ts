/**
 * Rule family "passive agent": the agent of a passive cue speaks. Examples (PolNeAR train):
 *   '… has been called “strategic ambiguity” by Joshua Hendrick, a professor' → Joshua Hendrick (cue before the quote, agent after it)
 *   'Sanders was asked by host Bill Maher, …, “Now, you …' → Bill Maher (agent between the cue and the quote)
 * and a naming participle with no "be" (rule "passive agent", namingAgent):
 *   'the Benghazi tragedy — often labeled as a “witch hunt” by Democrats —' → Democrats
 *   'an option seen by organizers as a “lifeboat” for conservatives' → organizers
 *   'what would come to be derisively known by some Republicans as a "hug"' → some Republicans
 */
import { ARTICLES, BE_FORMS, NAMING_PARTICIPLES, NOT_NOUN, PREPOSITIONS } from '../lexicon';
import type { QuoteContext } from './context';
import type { Attribution, Mention } from './mention';
import { wordSet } from '../../people/lexicon';

/** The prepositions a passive cue may take before its quote ("was accused of “…” by", "was described as “…” by"). */
const CUE_PREPOSITION = wordSet('of|as');

/**
 * '“…” by X' after a passive cue ending right before the quote, or its preposition ("was called “…” by X"; "was
 * accused of “rewarding failure” by MPs", a Guardian-style probe).
 */
export function passiveAgentAfterQuote(ctx: QuoteContext): Attribution | null {
  const { toks, next: k } = ctx;
  const bq = CUE_PREPOSITION.has(ctx.word(ctx.before)) ? ctx.before - 1 : ctx.before;
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

/** The most tokens of the lead-in between a naming participle and its quote ("labeled | as a | “…"). */
const NAMING_LEAD_IN_REACH = 2;
/** The most words of a bare plural agent ("by | some Republicans | as"). */
const BARE_AGENT_MAX_WORDS = 3;

/**
 * A naming participle with no "be" before it and its agent, on either side of the quote: 'labeled as a “witch hunt” by
 * Democrats', 'seen by organizers as a “lifeboat”', 'known by some Republicans as a "hug"' (PolNeAR train).
 */
export function namingAgent(ctx: QuoteContext): Attribution | null {
  const { toks, before: bq } = ctx;
  // the participle right before the quote, past "as" and an article ("labeled as a “…”")
  let p = bq;
  while (p > ctx.startTok && p >= bq - NAMING_LEAD_IN_REACH && (ARTICLES.has(ctx.word(p)) || ctx.word(p) === 'as')) p--;
  if (p >= ctx.startTok && NAMING_PARTICIPLES.has(ctx.word(p)) && !BE_FORMS.has(ctx.word(p - 1)) && ctx.word(ctx.next) === 'by') {
    const agent = agentAfter(ctx, ctx.next + 1, ctx.endTok);
    if (agent) return ctx.byCue(agent, p, p + 1, 'passive agent');
  }
  // the participle and its agent before the quote: "seen by organizers as a “…”"
  let as = bq;
  while (as > ctx.startTok && ARTICLES.has(ctx.word(as))) as--;
  if (ctx.word(as) !== 'as') return null;
  for (let c = as - 2; c >= ctx.startTok && c >= as - 2 - BARE_AGENT_MAX_WORDS - 1; c--) {
    if (toks[c].punct) return null;
    if (!NAMING_PARTICIPLES.has(ctx.word(c)) || ctx.word(c + 1) !== 'by' || BE_FORMS.has(ctx.word(c - 1))) continue;
    const agent = agentAfter(ctx, c + 2, as);
    return agent && agent.j === as ? ctx.byCue(agent, c, c + 1, 'passive agent') : null;
  }
  return null;
}

/** The agent after "by" at token k: a subject, or a bare plural of a few lowercase words ("organizers", "some Republicans"). */
function agentAfter(ctx: QuoteContext, k: number, ceil: number): Mention | null {
  const { toks } = ctx;
  const found = ctx.subjectAfter(k, ceil);
  if (found) return found.kind === 'pronoun' ? null : found;
  let j = k;
  while (j < ceil && j < k + BARE_AGENT_MAX_WORDS && !toks[j].punct && !PREPOSITIONS.has(toks[j].l) && !NOT_NOUN.has(toks[j].l) && toks[j].l !== 'as') j++;
  if (j === k || !/s$/.test(toks[j - 1].l) || toks[j - 1].cap) return null;
  return { s: toks[k].s, e: toks[j - 1].e, kind: 'description', i: k, j, head: toks[j - 1].l };
}
