/**
 * Rule family — a view attributed by "To X,": "To Frank, ⟦issues of racial and class justice get attention from
 * Democrats so long as …⟧", "To many, ⟦Santilli is a provocateur, mouthpiece and broadcaster …⟧", "To them, ⟦it
 * signals the arrival of a new phase of the campaign …⟧" (PolNeAR train). The source is the name, the object pronoun
 * or the quantifier after the sentence's opening "To", the cue "To", the content the clause after its comma (train: 4
 * found, no false positive). Its reports go by the rule name of "According to X, …", the same construction.
 */
import type { Mention } from '../quotes/attribution';
import type { Tok } from '../quotes/tokens';
import { clauseStart } from './bareClause';
import { contentEnd, contentSpan, words } from './clause';
import { contentStart } from './fronted';
import { type Report, reportOf, type SentenceContext } from './report';
import { wordSet } from '../people/lexicon';

/** Object pronouns and quantifiers for people that may follow "To" ("To them,", "To many,"). */
const PEOPLE_WORD = wordSet('him|her|them|me|us|many|others|some|most');
/** Capitalised words after "To" that open no name ("To Date", "To Be Sure"). */
const NOT_A_NAME = wordSet('date|be|this|that|my|our|your|his|its|their|what|which|whom');
/** How many tokens the name may take before its comma ("To Florida consultant Wilson,"). */
const MAX_NAME = 5;

/** The source after "To" at token c, when a comma closes it: a run of capitalised words or one word for people. */
function sourceAfterTo(toks: Tok[], c: number, b: number): Mention | null {
  const first = toks[c + 1];
  if (!first || first.punct) return null;
  if (PEOPLE_WORD.has(first.l)) return toks[c + 2]?.t === ',' ? { s: first.s, e: first.e, kind: 'pronoun', i: c + 1, j: c + 2 } : null;
  if (!first.cap || NOT_A_NAME.has(first.l)) return null;
  let j = c + 1;
  while (j < b && j <= c + MAX_NAME && !toks[j].punct) j++;
  if (toks[j]?.t !== ',') return null;
  // (the name's last word is capitalised: "To Florida consultant Wilson", not "To Republican voters")
  if (!toks[j - 1].cap) return null;
  return { s: first.s, e: toks[j - 1].e, kind: 'name', i: c + 1, j };
}

export function toWhom(ctx: SentenceContext): Report[] {
  const { toks, b } = ctx;
  const c = contentStart(ctx);
  if (c >= b - 4 || toks[c].l !== 'to' || !toks[c].cap) return [];
  const mention = sourceAfterTo(toks, c, b);
  if (!mention || !clauseStart(toks, mention.j + 1, b)) return [];
  const end = contentEnd(ctx, mention.j + 1);
  const span = words(toks, mention.j + 1, end) >= 3 ? contentSpan(ctx, mention.j + 1, end) : null;
  return span ? [reportOf(span, { s: toks[c].s, e: toks[c].e }, mention, 'according-to')] : [];
}
