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
import type { Mention } from '../quotes/attribution';
import type { Tok } from '../quotes/tokens';
import { inClass } from '../text/wordClasses';
import { wordSet } from '../people/lexicon';
import { contentEnd, contentSpan, words } from './clause';
import { HEARSAY_NOUNS, THOUGHT_NOUN } from './lexicon';
import { isOpeningAdverbial } from './mainSubject';
import { HOPE_NOUNS } from './phrasal';
import { quoteAt } from './mixed';
import { type Report, reportOf, type SentenceContext, unsourcedOf } from './report';
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
  existentialView(ctx, out);
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

/**
 * Nouns of a view many hold, after an existential "there", beside the thought and hearsay nouns: "there is widespread
 * ⟨agreement⟩ that …", "there's no ⟨consensus⟩ on whether …".
 */
const SHARED_VIEWS = wordSet('agreement|consensus|recognition|feeling|anxiety|doubt|doubts|perception|understanding');
/**
 * A noun of a view held after an existential "there": no speech noun, whose "that" opens a relative clause there as
 * often ("there were two words that a choked-up Jeb Bush could not bring himself to utter", "There is no question that
 * citizens across the West are gripped by anxiety", PolNeAR train, NYT 2016-02-22, 2015-12-10, neither attributed); nor
 * a hope, the writer's estimate of the odds there ("there is little hope that the initiative would have any more chance
 * of success", media/samples; no existential hope on PolNeAR train).
 */
const heldView = (t: Tok): boolean => (inClass(t, THOUGHT_NOUN) && !HOPE_NOUNS.has(t.l)) || HEARSAY_NOUNS.has(t.l) || SHARED_VIEWS.has(t.l);
/** The forms of "be" after an existential "there" ("there is", "there's", "there were", "there has been"). */
const THERE_BE = /^(?:is|are|was|were|been|['’]s)$/;
/** "there's" as one token. */
const THERE_IS = /^there['’]s$/i;
/** How many words may stand between the "be" and the noun ("there is ⟨no⟩ doubt", "there's ⟨a tacit⟩ recognition"). */
const VIEW_MODIFIER_REACH = 3;
/** The prepositions of the group that holds the view ("⟨among⟩ some members of his political circle"). */
export const HOLDERS = wordSet('among|within|inside');
/** How many words the holders' phrase may take before the "that". */
const HOLDERS_REACH = 8;
/** The prepositions of a question's topic ("no consensus ⟨on⟩ whether …"). */
const QUESTION_TOPIC = wordSet('on|over|about');

/** A view after an existential "there" (existentialAt): its content, its cue, and the tokens [i, j) of its holders after "among|within|inside" (i = j when none). */
interface HeldView {
  span: { s: number; e: number };
  cue: { s: number; e: number };
  i: number;
  j: number;
}

/**
 * A view after an existential "there", and its "that"-clause (or, after "on|over|about", its "whether"-question): the
 * clause is a view the writer reports as held, with no one named for it — "there is widespread agreement that ⟦there are
 * not enough providers and options⟧", "Although there's broad agreement that ⟦action should be taken to curb
 * inversions⟧", "But there's a widespread recognition that ⟦the DNC needs to rebuild …⟧", "there's no consensus on
 * ⟦whether that slowdown is primarily attributable to the Great Recession …⟧", past the holders after "among": "there's a
 * tacit recognition among some members of his political circle that ⟦the opposition he faced … was a …⟧", "there is
 * mounting anxiety among senior Democrats and some Clinton allies that ⟦the "March firewall" … would …⟧" (PolNeAR train,
 * USA Today 2016-01-22, Washington Post 2015-11-24, HuffPost 2016-08-01, Politico 2015-12-28, 2016-05-31, Washington Post
 * 2016-01-31, 49th session). Reported with no speaker: PolNeAR marks most with no source; the view of holders named
 * after "among" is theirs (heldViews).
 */
function existentialView(ctx: SentenceContext, out: Unsourced[]): void {
  const { toks, a, b } = ctx;
  for (let k = a; k < b - 4; k++) {
    // ("there's" is one token, "there" its lower-case word)
    if (toks[k].l !== 'there') continue;
    const v = existentialAt(ctx, k);
    if (v) out.push(unsourcedOf(v.span, v.cue));
  }
}

/**
 * A view held by the people named after "among" in an existential "there" (existentialAt), reported with them as its
 * source: "there's a tacit recognition among ⟨some members of his political circle⟩ that ⟦the opposition he faced from
 * his own Republican colleagues was a real problem …⟧" (Politico 2016-05-31), "there is mounting anxiety among ⟨senior
 * Democrats and some Clinton allies⟩ that ⟦the "March firewall" she had been counting on … would be vulnerable …⟧"
 * (Washington Post 2016-01-31), "There is considerable recognition among ⟨some party leaders⟩ that ⟦Sanders deserves
 * deference …⟧" (Washington Post 2016-06-09), "there’s a sense among ⟨some⟩ that ⟦…⟧" (Politico 2016-02-17): PolNeAR
 * train, the Source the holders in all 4 (read with no speaker before, the 51st session). The holders' phrase is the
 * mention whole, a coordination too: the Source holds it whole, its head the first conjunct.
 */
export function heldViews(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let k = a; k < b - 4; k++) if (toks[k].l === 'there') heldBy(toks, existentialAt(ctx, k), out);
  return out;
}

/** The report of the view v with its holders as the source, pushed onto `out` when it names them. */
function heldBy(toks: Tok[], v: HeldView | null, out: Report[]): void {
  if (!v || v.j <= v.i) return;
  const last = toks[v.j - 1];
  const mention: Mention = { s: toks[v.i].s, e: last.e, kind: 'description', i: v.i, j: v.j, head: last.l };
  out.push(reportOf(v.span, v.cue, mention, 'speech-noun'));
}

/** The view after the existential "there" at token k (see existentialView), or null. */
function existentialAt(ctx: SentenceContext, k: number): HeldView | null {
  const { toks, a, b } = ctx;
  const contracted = THERE_IS.test(toks[k].t);
  let be = contracted ? k : k + 1;
  if (toks[be].l === 'has' || toks[be].l === 'have') be++;
  if (!contracted && !THERE_BE.test(toks[be]?.l ?? '')) return null;
  let n = be + 1;
  while (n < b && n <= be + 1 + VIEW_MODIFIER_REACH && !toks[n].punct && !toks[n].cap && !heldView(toks[n])) n++;
  if (n >= b || n > be + 1 + VIEW_MODIFIER_REACH || toks[n].punct || toks[n].cap) return null;
  let from = n + 1, i = from;
  if (HOLDERS.has(toks[from]?.l ?? '')) {
    from++;
    i = from;
    while (from < b && from <= n + 1 + HOLDERS_REACH && !toks[from].punct && toks[from].l !== 'that') from++;
  }
  const j = from;
  const question = QUESTION_TOPIC.has(toks[from]?.l ?? '') && toks[from + 1]?.l === 'whether';
  if (question) from++;
  else if (toks[from]?.l !== 'that' || relativeVerb(toks[from + 1])) return null;
  if (quoteAt(ctx.quotes, toks[from].s)) return null;
  let end = contentEnd(ctx, from + 1);
  // ("Although there's broad agreement that ⟦action should be taken to curb inversions⟧, politicians disagree …": in
  // the phrase that opens the sentence, the clause ends at its comma)
  if (inOpeningAdverbial(toks, a, k)) for (let x = from + 1; x < end; x++) if (toks[x].t === ',') { end = x; break; }
  const span = words(toks, from + 1, end) >= 3 ? contentSpan(ctx, from, end) : null;
  return span ? { span, cue: { s: toks[k].s, e: toks[n].e }, i: question ? j : i, j } : null;
}
