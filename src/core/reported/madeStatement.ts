/**
 * Rule family — "make" with a noun of speech, a cue of several words whose content is not a "that"-clause right after
 * it (./phrasal.ts reads "made clear that …"): "Ted Cruz has made no secret of ⟦the fact that he spanks his
 * daughter⟧", "Cruz made an unprompted call for ⟦an end to sugar subsidies⟧", "Clinton also made a reference to
 * ⟦Comey's testimony …⟧", "Trump made conflicting statements about ⟦how he would tackle Social Security …⟧", "He made
 * the observation ⟦that, from his point of view, there was no real disagreement⟧", "Obama privately made the case to
 * 23 progressive group leaders ⟦that he did not sell them out⟧", "many rank-and-file unionists made it clear ⟦they
 * didn't agree with their leaders' choice⟧", "Mr. Obama made clear over the weekend ⟦that meeting relatives of
 * prisoners has an impact⟧". The content runs to the end of its clause. An argument or an undertaking may take an
 * infinitive right after its noun (44th session): "Rubio and Bush both repeatedly made the case ⟦to grant amnesty to
 * illegal aliens⟧" (breitbart_2016-02-16), "And I have made a commitment ⟦to hold regular news conferences …⟧"
 * (usa-today_2016-07-28), "Trump has repeatedly made other public promises ⟦to give the proceeds of business ventures to
 * charity⟧" (wash-post_2016-07-13), PolNeAR train.
 */
import { looksAdverb } from '../text/adverbs';
import type { Tok } from '../quotes/tokens';
import { contentEnd, words } from './clause';
import type { Report, SentenceContext } from './report';
import { verbAt } from './speaker';
import { reportOfVerb } from './verbReport';
import { isVerbBase, wordSet } from '../people/lexicon';
import { BE_AND_FORMS, DETERMINERS, OBJECT_AND_REFLEXIVE_PRONOUNS } from '../quotes/lexicon';
import { endsInS } from '../text/endings';

/** The forms of "make", one of which is in every sentence where this family finds anything. */
export const MAKE_FORMS: readonly string[] = ['make', 'makes', 'made', 'making'];
const MAKE: ReadonlySet<string> = new Set(MAKE_FORMS);

/**
 * Nouns of an argument whose content is a "that"-clause, maybe past a hearer ("made the case to X that …"), and their
 * plurals (47th session, s47-qa: "Trump made similarly bigoted charges ⟦that a Latino federal judge would be biased
 * against him …⟧", huff-post_2016-09-06, PolNeAR train).
 */
const ARGUMENT = wordSet('case|point|argument|observation|suggestion|claim|prediction|promise|pledge|commitment|assertion|accusation|charge|charges|claims|accusations|assertions|predictions|arguments');
/**
 * Nouns of an argument or an undertaking whose content may be an infinitive right after them (44th session, PolNeAR
 * train: "made the case ⟦to grant amnesty …⟧", "I have made a commitment ⟦to hold regular news conferences …⟧", "made
 * other public promises ⟦to give …⟧", 4 gold, none not; "decision" is left out, a choice's: "made the decision to
 * separate from my husband", "made a conscious decision to focus on medium cities", 1 gold of 4).
 */
const INFINITIVE_ARGUMENT = wordSet('case|promise|promises|pledge|pledges|commitment|commitments');
/** Endings of a noun, never a verb's base ("make their case to ⟨delegation⟩"). */
const NOUN_ENDING = /(?:tion|sion|ment|ity|ness|ers)$/;
/**
 * A verb's base after "to": no name, determiner, pronoun or noun ("make their case to ⟨voters⟩"); a word in -s only when
 * the lexicon knows it for a verb's base ("focus"), and any other lower-case word ("grant", "hold", which the lexicon
 * knows by no form of theirs).
 */
function infinitiveVerb(t: Tok | undefined): boolean {
  // (not a number: "made the case to ⟨23⟩ progressive group leaders that …")
  if (!t || t.cap || t.punct || !/^\p{Ll}/u.test(t.t) || DETERMINERS.has(t.l) || OBJECT_AND_REFLEXIVE_PRONOUNS.has(t.l) || NOUN_ENDING.test(t.l)) return false;
  return isVerbBase(t.l) || !endsInS(t.l);
}
/**
 * Nouns of speech whose content follows a preposition ("made a call for", "made a reference to", "made comments about").
 * Not "the case for", "an argument against" (train: 3 attributions, 3 false positives: "make a plausible case for being
 * the nominee"). Cases against and an argument about (47th session, s47-qa, PolNeAR train): "Sanders himself has made
 * harder-to-argue cases against ⟦the Democratic primaries⟧" (wash-post_2016-05-19), "she’s also making ⟦an implicit
 * argument about the centrality of corporate elites …⟧" (huff-post_2016-02-12; the gold keeps the noun, the 0.5
 * overlap matches it). Not "allegations against" nor "points about": their objects run on past an adjunct the gold
 * leaves out ("made these same allegations against ⟦the NRA⟧ in February", "made most of his points about ⟦the
 * attack⟧ via Twitter": 2 false positives for 2 gold).
 */
const SPEECH_WITH: ReadonlyMap<string, RegExp> = new Map([
  ['call', /^for$/], ['plea', /^for$/], ['appeal', /^for$/],
  ['reference', /^to$/], ['references', /^to$/], ['comment', /^(?:about|on)$/], ['comments', /^(?:about|on)$/],
  ['statement', /^(?:about|on)$/], ['statements', /^(?:about|on)$/], ['remarks', /^(?:about|on)$/], ['mention', /^of$/],
  ['cases', /^against$/], ['argument', /^about$/], ['arguments', /^about$/],
]);
/** Words between "made" and its noun: a determiner, an adverb, an adjective ("an unprompted", "several controversial"). */
const MAX_MODIFIERS = 3;
/**
 * How far a "that" may follow the noun or "clear" (a hearer, a time: "to House Democrats on Wednesday"); 10 since the
 * 47th session (s47-qa), for a hearer with a description of its own: "Obama … will make the case to Democrats gathered
 * in Philadelphia for their national convention ⟦that Clinton is uniquely qualified to be president⟧" (breitbart
 * 2016-07-27), "Sanders is making an impassioned case to a New York gathering of black leaders ⟦that he’s the Democrat
 * who can best address …⟧" (breitbart 2016-04-14; PolNeAR train: 2 gained, nothing else moved).
 */
const MAX_GAP = 10;
/** The fewest words of a content. */
const MIN_WORDS = 2;

/** The first token of a "that"-clause within MAX_GAP tokens after k, past no punctuation but a name's; -1 if none. */
function thatWithin(toks: Tok[], k: number, b: number): number {
  for (let j = k; j < b && j <= k + MAX_GAP; j++) {
    if (toks[j].l === 'that') return j + 1;
    if (toks[j].punct && !/^['’]/.test(toks[j].t)) return -1;
  }
  return -1;
}

const CLEAR_PLAIN = wordSet('clear|plain');
const ADJUNCT_PREPOSITION = wordSet('to|in|on|at|during|after|before|over|by|with|for|from');
/** Where the content of the "make" at token c starts, and where its cue ends (tokens); null when it makes nothing said. */
function contentAfterMake(toks: Tok[], c: number, b: number): { from: number; cueEnd: number } | null {
  let k = c + 1;
  // "made (it) (very) clear", "made (it) plain": a clause follows, with or without "that"
  if (toks[k]?.l === 'it') k++;
  if (looksAdverb(toks[k]?.l ?? '')) k++;
  if (CLEAR_PLAIN.has(toks[k]?.l ?? '')) {
    const that = thatWithin(toks, k + 1, b);
    if (that > 0) return { from: that, cueEnd: k };
    const n = toks[k + 1];
    return n && !n.punct && !ADJUNCT_PREPOSITION.has(n.l) ? { from: k + 1, cueEnd: k } : null;
  }
  k = c + 1;
  if (toks[k]?.l === 'no' && toks[k + 1]?.l === 'secret' && toks[k + 2]?.l === 'of') return { from: k + 3, cueEnd: k + 2 };
  for (let n = k; n < b && n <= k + MAX_MODIFIERS; n++) {
    const w = toks[n];
    if (w.punct || w.cap) return null;
    const prep = SPEECH_WITH.get(w.l);
    if (prep && prep.test(toks[n + 1]?.l ?? '')) return { from: n + 2, cueEnd: n + 1 };
    // ("Rubio and Bush both repeatedly made the case ⟦to grant amnesty to illegal aliens⟧", "Trump has repeatedly made other
    // public promises ⟦to give the proceeds of business ventures to charity⟧": an infinitive right after the noun; not a
    // hearer after "to", "make their case to voters")
    if (INFINITIVE_ARGUMENT.has(w.l) && toks[n + 1]?.l === 'to' && infinitiveVerb(toks[n + 2])) return { from: n + 1, cueEnd: n };
    if (ARGUMENT.has(w.l)) {
      const that = thatWithin(toks, n + 1, b);
      return that > 0 ? { from: that, cueEnd: n } : null;
    }
  }
  return null;
}

export function madeStatements(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 2; c++) {
    const t = toks[c];
    // (not the passive: "the comparisons … were made clear Sunday night"; a progressive is no passive, "Christie's been
    // making the case for weeks ⟦that Rubio isn't ready for the White House⟧", "Sanders is making an impassioned case
    // …", PolNeAR train, 47th session)
    if (!MAKE.has(t.l) || !verbAt(toks, c, false) || (BE_AND_FORMS.has(toks[c - 1].l) && t.l !== 'making')) continue;
    const at = contentAfterMake(toks, c, b);
    if (!at) continue;
    const end = contentEnd(ctx, at.from);
    if (words(toks, at.from, end) < MIN_WORDS) continue;
    const r = reportOfVerb(ctx, c, at.from, end, toks[at.cueEnd].e, 'phrasal');
    if (r) out.push(r);
  }
  return out;
}
