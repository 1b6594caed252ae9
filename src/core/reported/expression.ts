/**
 * Rule family — a feeling or a stance someone expressed, and what it is about: "He also expressed concern about the
 * closed primary system in New York", "a gunman who expressed sympathy for the Islamic State", "virtually all the
 * attendees expressed their support for Trump", "The TV interviewer expressed shock". PolNeAR attributes what follows
 * the verb: after a noun of feeling and its preposition the object alone ("expressed support for ⟦union-backed
 * positions …⟧", "expressed his condolences over ⟦the Orlando massacre⟧"), but a determined feeling "for" something and a
 * feeling with no preposition whole ("expressed ⟦admiration for Mr. Clinton's retail political skills⟧", "expressed
 * ⟦his general support for his boss⟧"). A "that"-clause after the noun is ./phrasal.ts's.
 */
import { DETERMINERS } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { contentEnd } from './clause';
import type { Report, SentenceContext } from './report';
import { REPORTED_VERB_FORMS } from './reportedVerbs.generated';
import { verbCueAt, reportOfVerb } from './verbReport';
import { wordSet } from '../people/lexicon';

/** "expressed", "voiced" and their gerunds (./reportedVerbs.json). */
export const EXPRESSING_VERBS: ReadonlySet<string> = new Set(REPORTED_VERB_FORMS.expressing.split(' '));

/** Prepositions that open what a feeling is about ("concern about", "sympathy for", "dismay at", "discomfort with"). */
const ABOUT = wordSet('about|over|for|at|with|in|toward|towards|regarding|on');
/** The most words of the feeling's phrase before its preposition ("his condolences", "cautious optimism"). */
const MAX_FEELING = 3;

/**
 * The token after the preposition that ends the feeling's phrase starting at k ("concern about", "his condolences
 * over"), with whether the phrase opened bare (no determiner or possessive); -1 when no preposition follows in reach.
 */
function objectAfterFeeling(toks: Tok[], k: number, b: number): { o: number; bare: boolean } {
  const bare = !DETERMINERS.has(toks[k].l) && !toks[k].poss;
  for (let j = k + 1; j < b && j <= k + MAX_FEELING; j++) {
    const t = toks[j];
    if (t.punct || t.cap || t.l === 'that') return { o: -1, bare };
    if (ABOUT.has(t.l)) return { o: j + 1, bare };
  }
  return { o: -1, bare };
}

const AFTER_EXPRESS = wordSet('that|by|to|it|as|himself|herself|themselves|itself');
/** The feeling expressed at the verb at token c (a form of EXPRESSING_VERBS), or null. */
export function expressionAt(ctx: SentenceContext, c: number): Report | null {
  const { toks, b } = ctx;
  const t = verbCueAt(ctx, c, 1, EXPRESSING_VERBS);
  if (!t) return null;
  const k = c + 1, first = toks[k];
  // (a feeling opens with a word: not "expressed in", "expressed that", "voiced by", a name or punctuation)
  if (!first || first.punct || first.cap || ABOUT.has(first.l) || AFTER_EXPRESS.has(first.l)) return null;
  const { o, bare } = objectAfterFeeling(toks, k, b);
  if (o >= b) return null;
  // (but "his condolences over ⟦the Orlando massacre⟧", "an interest in ⟦debating Trump⟧": only "for" keeps a
  // determined feeling with its object — "their support for Trump", "a deep regret for …")
  const from = o > 0 && (bare || toks[o - 1].l !== 'for') ? o : k;
  const end = contentEnd(ctx, from, true);
  if (end <= from) return null;
  return reportOfVerb(ctx, c, from, end, from > k ? toks[from - 1].e : t.e, 'object');
}
