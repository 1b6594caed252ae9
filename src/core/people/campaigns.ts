/**
 * A candidate's campaign speaks as a body of its own, named for its candidate: "Donald Trump's campaign", "the Sanders
 * campaign", "his campaign" are the "Trump campaign", the "Sanders campaign". "The campaign" is the campaign the
 * article named last ("the Sanders campaign said it would assess its options … the campaign said"), and "it" or "they"
 * right after a sentence that opens with a campaign is that campaign ("Trump’s campaign immediately backtracked,
 * putting out a statement contradicting his earlier comments. In cases of abortion, it said", PolNeAR train, HuffPost
 * 2016-06-27).
 */
import { DEFINITE_BUT_THIS, PREPOSITIONS, SINGULAR_PERSONAL_POSSESSIVES } from '../quotes/lexicon';
import type { NameRun } from '../quotes/names';
import type { Tok } from '../quotes/tokens';
import type { NameKind } from './canonical';
import { wordSet } from './lexicon';
import { countBefore } from '../text/sortedSearch';

const CAMPAIGN = 'campaign';
/** Pronouns that may stand for a campaign. */
const BODY_PRONOUN = wordSet('it|they');
/** How far back (in tokens) "the campaign" looks for the campaign it names. */
const REACH_TOKENS = 600;
/** The most tokens before "campaign" at the head of a sentence ("Donald Trump's campaign", "The Clinton campaign"). */
const MAX_OPENING_TOKENS = 4;

/** What the campaign search reads of the article. */
export interface CampaignContext {
  toks: Tok[];
  /** The name runs of the article in text order. */
  runs: readonly NameRun[];
  /** Name run k lies inside a quote. */
  inQuote(k: number): boolean;
  /** The fullest form of the name written at `pos`. */
  canonical(name: string, pos: number, title: string): string;
  kindOf(name: string): NameKind;
  /** The entity a pronoun at `pos` stands for. */
  pronoun(word: string, pos: number): string | undefined;
  /** The first token of the sentence holding token k, and of the sentence before it. */
  sentenceStart(k: number): number;
  previousSentenceStart(k: number): number;
}

/** The name of the campaign written with "campaign" at token k ("Trump's campaign" → "Trump campaign"), if its owner is given. */
export function campaignAt(ctx: CampaignContext, k: number): string | undefined {
  const { toks } = ctx;
  if (toks[k]?.l !== CAMPAIGN || toks[k].cap) return undefined;
  const prev = toks[k - 1];
  if (!prev || prev.punct) return undefined;
  if (SINGULAR_PERSONAL_POSSESSIVES.has(prev.l)) return named(ctx, ctx.pronoun(prev.l, prev.s));
  const r = runEndingAt(ctx, k);
  return r >= 0 ? named(ctx, ctx.canonical(ctx.runs[r].name, ctx.runs[r].s, ctx.runs[r].title)) : undefined;
}

/**
 * The campaign a description in tokens [i, j) names: its own owner ("Clinton's campaign", "the Sanders campaign"), or
 * for "the campaign" the campaign named last before it.
 */
export function campaignOf(ctx: CampaignContext, i: number, j: number): string | undefined {
  if (ctx.toks[j - 1]?.l !== CAMPAIGN) return undefined;
  // (a person of a campaign is no campaign: "a national security adviser to his campaign")
  for (let k = i; k < j - 1; k++) if (PREPOSITIONS.has(ctx.toks[k].l)) return undefined;
  const own = campaignAt(ctx, j - 1);
  if (own || j - i !== 2 || !DEFINITE_BUT_THIS.has(ctx.toks[i].l)) return own;
  for (let k = i - 1; k >= 0 && k >= i - REACH_TOKENS; k--) {
    const found = ctx.toks[k].l === CAMPAIGN ? campaignAt(ctx, k) : undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * The campaign "it" or "they" at token k stands for: the campaign opening its sentence ("Clinton's campaign is seeking
 * to contrast her approach with what they call …": first written on a PolNeAR dev example, and it holds on no train
 * article — it finds a campaign on no train, fixture or us-probes article, and without it PolNeAR dev output is
 * unchanged too), or opening the sentence before when its own sentence names no one before the pronoun ("Trump's
 * campaign immediately backtracked, putting out a statement … In cases of abortion, it said", PolNeAR train, HuffPost
 * 2016-06-27).
 */
export function campaignPronoun(ctx: CampaignContext, k: number): string | undefined {
  if (!BODY_PRONOUN.has(ctx.toks[k].l)) return undefined;
  const start = ctx.sentenceStart(k);
  const here = start < k ? openingCampaign(ctx, start, k) : undefined;
  if (here || namesSomeone(ctx.toks, start, k)) return here;
  const prev = ctx.previousSentenceStart(k);
  return prev < start ? openingCampaign(ctx, prev, start) : undefined;
}

/** A capitalised word other than the sentence's first in tokens (start, k), or "campaign": a name the pronoun may stand for. */
function namesSomeone(toks: Tok[], start: number, k: number): boolean {
  for (let n = start + 1; n < k; n++) if (toks[n].cap || toks[n].l === CAMPAIGN) return true;
  return false;
}

/** The campaign a sentence starting at token `start` opens with (before token `end`). */
function openingCampaign(ctx: CampaignContext, start: number, end: number): string | undefined {
  for (let k = start; k < end && k <= start + MAX_OPENING_TOKENS; k++) {
    if (ctx.toks[k].l === CAMPAIGN) return campaignAt(ctx, k);
    if (ctx.toks[k].punct) return undefined;
  }
  return undefined;
}

/** "Trump campaign" for a person's name ("Donald Trump"); no campaign for a body, a place or a party label. */
function named(ctx: CampaignContext, owner: string | undefined): string | undefined {
  const kind = owner ? ctx.kindOf(owner) : undefined;
  if (!owner || (kind !== 'person' && kind !== 'unknown')) return undefined;
  return `${owner.split(/\s+/).pop()} campaign`;
}

/** The index of the run outside quotes whose last token is k - 1, or -1. */
function runEndingAt(ctx: CampaignContext, k: number): number {
  const lo = countBefore(ctx.runs, run => run.j < k);
  return lo < ctx.runs.length && ctx.runs[lo].j === k && !ctx.inQuote(lo) ? lo : -1;
}
