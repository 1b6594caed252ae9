/**
 * Rule family — a story, a tale or a joke told, and what it is about: "In something of a valedictory, he told the story
 * of an older supporter in the Miami area who …", "She regularly tells the story of how he wooed her into serving as
 * his secretary of state", "Exit polls told a tale of two parties", "Fox told a slightly different tale", "Gary Johnson
 * told a joke". PolNeAR attributes what the story is about (after "of") as content, or the story itself when nothing
 * says what it is about (train: 11 of the 16 such phrases annotated).
 */
import { DASHES, DETERMINERS } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { objectBeforeAdjunct } from './adjunct';
import { contentEnd, words } from './clause';
import type { Report, SentenceContext } from './report';
import { verbCueAt, reportOfVerb } from './verbReport';

/** Nouns of a story told. */
const STORY = /^(?:story|stories|tale|tales|joke|jokes|anecdote|anecdotes)$/;
/** How many words (adjectives, an adverb) may stand between the determiner and the noun. */
const MAX_MODIFIERS = 3;

/**
 * The token of a noun matching `noun` after the determiner or possessive at k and at most MAX_MODIFIERS words ("the
 * largely unsubstantiated tale", "a somewhat more reserved response"), or -1. Also ./viewOffered.ts's.
 */
export function nounAfterDeterminer(toks: Tok[], k: number, b: number, noun: RegExp): number {
  const det = toks[k];
  if (!det || det.punct || !(DETERMINERS.has(det.l) || det.poss)) return -1;
  let n = k + 1;
  while (n < b && n <= k + MAX_MODIFIERS && !toks[n].punct && !noun.test(toks[n].l)) n++;
  return n < b && noun.test(toks[n].l) ? n : -1;
}

/** The first comma or dash in [from, end), or `end`. */
function firstMark(ctx: SentenceContext, from: number, end: number): number {
  for (let j = from; j < end; j++) if (ctx.toks[j].t === ',' || DASHES.has(ctx.toks[j].t)) return j;
  return end;
}

/** The story told whose verb is at token c ("told"), or null. */
export function storyAt(ctx: SentenceContext, c: number): Report | null {
  const { toks, b } = ctx;
  if (!verbCueAt(ctx, c, 2)) return null;
  const k = c + 1, n = nounAfterDeterminer(toks, k, b, STORY);
  if (n < 0) return null;
  // what the story is about, after "of", to its first comma ("told a tale of ⟦two parties⟧, with Republicans
  // exhibiting …"); else the story itself, with what it is "about" ("he tells ⟦one joke about Trump⟧"; "telling ⟦their
  // family stories⟧ and criticizing …")
  const of = toks[n + 1]?.l === 'of' && n + 2 < b && !toks[n + 2].punct;
  const from = of ? n + 2 : k;
  let end = n + 1;
  if (of) end = firstMark(ctx, from, contentEnd(ctx, from, true));
  else if (toks[n + 1]?.l === 'about') end = objectBeforeAdjunct(toks, k, contentEnd(ctx, k, true));
  if (words(toks, from, end) < 2) return null;
  return reportOfVerb(ctx, c, from, end, toks[of ? n + 1 : c].e, 'object');
}
