/**
 * Rule family — a noun of hearsay with no owner and its "that"-clause: a claim the writer reports as going about
 * without saying whose it is — "Despite complaints ⟦that he is a quixotic crusader⟧", "criticism about his own personal
 * life, including allegations ⟦that he assaulted Ivana Trump⟧", "The emergence of Romney as a leading Trump antagonist
 * stoked speculation ⟦that he might offer himself as a consensus candidate at the convention⟧" (PolNeAR train: the
 * annotators mark the clause, the noun as its cue and no source). Reported with no speaker, as ./sourceless.ts reports
 * an impression. An owned noun is ./speechNoun.ts's ("Trump's assertion that …", "his complaints that …"), and so is
 * one whose source follows it after "by" or "from".
 */
import { DETERMINERS, OPENING_CONJUNCTIONS, POSSESSIVE_DETERMINERS } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { contentEnd, contentSpan, words } from './clause';
import { HEARSAY_NOUNS } from './lexicon';
import { isOpeningAdverbial } from './mainSubject';
import { type SentenceContext, unsourcedOf } from './report';
import { relativeVerb } from './speechNoun';
import type { Unsourced } from './sourceless';

/** How many words before the noun are looked at for an owner ("Trump's recent evidence-free assertion that"). */
const OWNER_REACH = 3;

/** A possessor within OWNER_REACH words before the noun at n: the noun is owned, its owner the source. */
function owned(toks: Tok[], a: number, n: number): boolean {
  for (let k = n - 1; k >= a && k >= n - OWNER_REACH; k--) {
    const t = toks[k];
    if (t.poss || POSSESSIVE_DETERMINERS.has(t.l)) return true;
    if (t.punct || DETERMINERS.has(t.l)) return false;
  }
  return false;
}

/**
 * The noun at n stands in the adverbial phrase that opens the sentence from token a ("Despite complaints", past "But"
 * or "And"), no comma before it: its clause ends at the phrase's comma.
 */
function inOpeningAdverbial(toks: Tok[], a: number, n: number): boolean {
  const first = OPENING_CONJUNCTIONS.has(toks[a].l) ? a + 1 : a;
  if (first >= n || !isOpeningAdverbial(toks[first].l)) return false;
  for (let k = first; k < n; k++) if (toks[k].punct) return false;
  return true;
}

/** The nouns of hearsay with no owner in the sentence, each with its "that"-clause, pushed onto `out`. */
export function hearsayNouns(ctx: SentenceContext, out: Unsourced[]): void {
  const { toks, a, b } = ctx;
  for (let n = a; n < b - 4; n++) {
    const t = toks[n];
    if (t.cap || t.poss || !HEARSAY_NOUNS.has(t.l) || toks[n + 1].l !== 'that') continue;
    // (not a relative "that" with its verb, "complaints that surfaced last year", nor an owned noun)
    if (relativeVerb(toks[n + 2]) || owned(toks, a, n)) continue;
    let end = contentEnd(ctx, n + 2);
    // ("Despite complaints that ⟦he is a quixotic crusader⟧, Mr. Sanders has found ways …": inside a phrase that opens
    // the sentence, the clause ends at its comma, where the main clause begins)
    if (inOpeningAdverbial(toks, a, n)) for (let k = n + 2; k < end; k++) if (toks[k].t === ',') { end = k; break; }
    const span = words(toks, n + 2, end) >= 3 ? contentSpan(ctx, n + 1, end) : null;
    if (span) out.push(unsourcedOf(span, { s: t.s, e: t.e }));
  }
}
