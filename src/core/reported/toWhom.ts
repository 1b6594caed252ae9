/**
 * Rule family — a view attributed by "To X,": "To Frank, ⟦issues of racial and class justice get attention from
 * Democrats so long as …⟧", "To many, ⟦Santilli is a provocateur, mouthpiece and broadcaster …⟧", "To them, ⟦it
 * signals the arrival of a new phase of the campaign …⟧" (PolNeAR train). The source is the name, the object pronoun
 * or the quantifier after the sentence's opening "To", the cue "To", the content the clause after its comma (train: 4
 * found, no false positive). Its reports go by the rule name of "According to X, …", the same construction.
 * The same view held in an owner's eyes: "In Ash’s view, ⟦the change would have a profound impact on how the convention
 * is run …⟧", "In their view, ⟦Democrats could pick off increasingly diverse states …⟧", "In Trump's mind, ⟦his
 * willingness to be politically incorrect … ⟧" (PolNeAR train): the source the possessor after the sentence's opening
 * "In", the cue "In … view", the content the clause after its comma; set between commas after the subject ("The only
 * other necessary action, in Professor Knittel's view, would be …"), the whole sentence (train: 3 found, no false
 * positive, nothing lost; dev, outlets and us-probes: no change).
 */
import type { Mention } from '../quotes/attribution';
import type { Tok } from '../quotes/tokens';
import { clauseStart } from './bareClause';
import { contentEnd, contentSpan, words } from './clause';
import { contentStart } from './fronted';
import { type Report, reportOf, type SentenceContext } from './report';
import { wordSet } from '../people/lexicon';
import { PREPOSITIONS } from '../quotes/lexicon';

/** Object pronouns and quantifiers for people that may follow "To" ("To them,", "To many,"). */
const PEOPLE_WORD = wordSet('him|her|them|me|us|many|others|some|most');
/** Capitalised words after "To" that open no name ("To Date", "To Be Sure"). */
const NOT_A_NAME = wordSet('date|be|this|that|my|our|your|his|its|their|what|which|whom');
/** The nouns of a view held, after "In" and its possessor ("In Ash’s view,", "In Trump's mind,"). */
export const VIEW_HELD = wordSet('view|mind|estimation|judgment|judgement');
/** Possessive pronouns that may own the view ("In their view,"). */
const OWNER_PRONOUN = wordSet('his|her|their');

/**
 * How many tokens the name may take before its comma ("To Florida consultant Wilson,"), a name with its role and the
 * role's body before it too: "To ⟨Montclair State University political science professor Brigid Harrison⟩, ⟦Christie’s
 * seeming thousand-yard stare seemed to reflect sadness⟧" (PolNeAR train, Breitbart 2016-03-02: 8 tokens, read with no
 * speaker by the impression family at 5; at 9 nothing else moves on train, dev, outlets or us-probes).
 */
const MAX_NAME = 9;

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
  return mention ? viewAfter(ctx, mention.j + 1, { s: toks[c].s, e: toks[c].e }, mention) : [];
}

/** The view in the clause from token k, after its holder and comma, of three words or more. */
function viewAfter(ctx: SentenceContext, k: number, cue: { s: number; e: number }, mention: Mention): Report[] {
  if (!clauseStart(ctx.toks, k, ctx.b)) return [];
  const end = contentEnd(ctx, k);
  const span = words(ctx.toks, k, end) >= 3 ? contentSpan(ctx, k, end) : null;
  return span ? [reportOf(span, cue, mention, 'according-to')] : [];
}

/** The possessor after a sentence's opening "In" at token c whose view noun a comma closes ("In Ash’s view,"), or null. */
function ownerAfterIn(toks: Tok[], c: number, b: number): { mention: Mention; noun: number } | null {
  const first = toks[c + 1];
  if (!first || first.punct) return null;
  if (OWNER_PRONOUN.has(first.l)) {
    return VIEW_HELD.has(toks[c + 2]?.l ?? '') && toks[c + 3]?.t === ',' ? { mention: { s: first.s, e: first.e, kind: 'pronoun', i: c + 1, j: c + 2 }, noun: c + 2 } : null;
  }
  if (!first.cap || NOT_A_NAME.has(first.l)) return null;
  let j = c + 1;
  while (j < b && j <= c + MAX_NAME && toks[j].cap && !toks[j].poss && !toks[j].punct) j++;
  // (the possessive may stand as its own token after the name: "Ash ’s")
  const owner = toks[j]?.poss && toks[j].cap ? j : toks[j]?.t === '’s' || toks[j]?.t === "'s" ? j - 1 : -1;
  if (owner < c + 1) return null;
  const noun = j + 1;
  if (!VIEW_HELD.has(toks[noun]?.l ?? '') || toks[noun + 1]?.t !== ',') return null;
  return { mention: { s: first.s, e: toks[owner].e, kind: 'name', i: c + 1, j: owner + 1 }, noun };
}

export function inWhoseView(ctx: SentenceContext): Report[] {
  const { toks, b } = ctx;
  const c = contentStart(ctx);
  if (c >= b - 5) return [];
  if (toks[c].l === 'in' && toks[c].cap) {
    const owner = ownerAfterIn(toks, c, b);
    return owner ? viewAfter(ctx, owner.noun + 2, { s: toks[c].s, e: toks[owner.noun].e }, owner.mention) : [];
  }
  // (set between commas after the subject, the view is the whole sentence: "The only other necessary action, in
  // Professor Knittel's view, would be more government support for research …"; not after a preposition: "about Comey’s
  // motives for, in his view, dropping a slam-dunk case")
  for (let k = c + 2; k < b - 4; k++) {
    if (toks[k].l !== 'in' || toks[k - 1].t !== ',' || PREPOSITIONS.has(toks[k - 2].l)) continue;
    const owner = ownerAfterIn(toks, k, b);
    if (!owner || !clauseStart(toks, c, b)) continue;
    const end = contentEnd(ctx, c);
    const span = end > owner.noun + 4 ? contentSpan(ctx, c, end) : null;
    return span ? [reportOf(span, { s: toks[k].s, e: toks[owner.noun].e }, owner.mention, 'according-to')] : [];
  }
  return [];
}
