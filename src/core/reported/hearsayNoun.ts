/**
 * Rule family — a noun of hearsay with no owner and its "that"-clause: a claim the writer reports as going about
 * without saying whose it is — "Despite complaints ⟦that he is a quixotic crusader⟧", "criticism about his own personal
 * life, including allegations ⟦that he assaulted Ivana Trump⟧", "The emergence of Romney as a leading Trump antagonist
 * stoked speculation ⟦that he might offer himself as a consensus candidate at the convention⟧" (PolNeAR train: the
 * annotators mark the clause, the noun as its cue and no source). Reported with no speaker, as ./sourceless.ts reports
 * an impression. An owned noun is ./speechNoun.ts's ("Trump's assertion that …", "his complaints that …"), and so is
 * one whose source follows it after "by" or "from".
 */
import { DETERMINERS, OPENING_CONJUNCTIONS, POSSESSIVE_DETERMINERS, SPEECH_NOUN } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { inClass } from '../text/wordClasses';
import { wordSet } from '../people/lexicon';
import { contentEnd, contentSpan, words } from './clause';
import { HEARSAY_NOUNS, THOUGHT_NOUN } from './lexicon';
import { isOpeningAdverbial } from './mainSubject';
import { quoteAt } from './mixed';
import { type SentenceContext, unsourcedOf } from './report';
import { copulaThat, relativeVerb } from './speechNoun';
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

/**
 * The nouns of hearsay with no owner in the sentence, each with its "that"-clause, and an unowned speech or thought noun
 * opening the sentence before its copula's "that" (openingCopula), pushed onto `out`.
 */
export function hearsayNouns(ctx: SentenceContext, out: Unsourced[]): void {
  const { toks, a, b } = ctx;
  openingCopula(ctx, out);
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

/** The words that open an unowned noun's phrase at the sentence's start ("The idea", "A common refrain", "Another complaint"). */
const UNOWNED_OPENER = wordSet('the|a|an|one|another');
/** A noun of speech, thought or hearsay ("idea", "refrain", "complaint", "hope"). */
const viewNoun = (t: Tok): boolean => inClass(t, SPEECH_NOUN | THOUGHT_NOUN) || HEARSAY_NOUNS.has(t.l);
/** How many modifiers may stand between the opener and the noun ("The most telling promise"). */
const MODIFIER_REACH = 2;
/** How many words may follow the noun before its copula ("The concern ⟨within the administration⟩ is that"). */
const POSTMODIFIER_REACH = 6;

/**
 * The sentence opens (past "But", "And", "Yet", "So") with an unowned speech or thought noun's phrase whose copula takes
 * a "that"-clause: the clause is a view the writer reports with no one named for it — "The idea is that ⟦conservative
 * donors reluctant to support Trump can still donate …⟧", "A common refrain is that ⟦demographics will ultimately doom
 * Donald Trump’s candidacy⟧", "Another complaint is that ⟦some try to convert new arrivals to Christianity⟧", "The hope
 * has been that ⟦employers and insurers would respond by …⟧", "The concern within the administration is that ⟦if it
 * failed to …⟧" (PolNeAR train, 48th session: of the 9 such sentences, all 9 attributed, 8 missed before; the owned
 * phrase, "Rubio’s response was that …", is ./speechNoun.ts's). Not inside a sentence ("the sense of the campaign is
 * that", "the fear for Clinton is that": 1 attributed of 7), nor past a comma.
 */
function openingCopula(ctx: SentenceContext, out: Unsourced[]): void {
  const { toks, a, b } = ctx;
  const first = OPENING_CONJUNCTIONS.has(toks[a].l) ? (toks[a + 1]?.t === ',' ? a + 2 : a + 1) : a;
  if (first >= b || !UNOWNED_OPENER.has(toks[first].l) || quoteAt(ctx.quotes, toks[first].s)) return;
  let n = first + 1;
  while (n < b && n <= first + 1 + MODIFIER_REACH && !toks[n].punct && !toks[n].poss && !viewNoun(toks[n])) n++;
  if (n >= b || toks[n].punct || toks[n].poss || toks[n].cap || !viewNoun(toks[n])) return;
  for (let k = n + 1; k < b && k <= n + 1 + POSTMODIFIER_REACH; k++) {
    if (toks[k].punct) return;
    const from = copulaThat(toks, k);
    if (from < 0) continue;
    // (not a relative "that" with its verb: "The problem was that happened")
    if (relativeVerb(toks[from])) return;
    const end = contentEnd(ctx, from);
    const span = words(toks, from, end) >= 3 ? contentSpan(ctx, from - 1, end) : null;
    if (span) out.push(unsourcedOf(span, { s: toks[n].s, e: toks[from - 2].e }));
    return;
  }
}
