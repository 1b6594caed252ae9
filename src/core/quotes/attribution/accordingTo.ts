/**
 * Rule family "according to": what a sentence attributes "according to" someone is theirs. Examples (PolNeAR train):
 *   'According to GMA News, Salceda said the “ugliness …”' → GMA News (even when the sentence names who spoke)
 *   'Walker said, according to an Associated Press account, …' → an Associated Press account
 *   'According to Variety, Trump brought “SNL” its highest ratings …' → Variety (a quote with no cue: the sentence
 *     subject gives way to the source, ../index.ts; reported speech finds the same source, ../../reported/accordingTo.ts)
 *   '“…,” according to X' (./cueAfterQuote.ts) and 'According to X, “…”' (before the quote, here)
 *   '“…,” Mr. Pence said during the closed-door session, according to audio provided to The Times.' → audio provided
 *     to The Times (a noun phrase: "according to officials with knowledge of the closed-door meeting")
 *   'He received the backing of 33% of national Republican primary voters to Cruz's 20%, …' (../../reported/backing.ts)
 *     → 33% of national Republican primary voters (the phrase ends before a comparison: "to Cruz's 20%", "compared
 *     with", "versus"; was "… voters to Cruz's", named Ted Cruz)
 * Not the next sentence's source after a quote that closes its own: 'Henry added the caption which reads, “…” The
 * implication, according to the Sanders aide, is …' → Henry (../index.ts); "… he did not ''use it that much.'' According
 * to F.A.A. records, the Boeing has flown …" → Mr. Trump (./cueAfterQuote.ts invertedCueAfterQuote).
 * The source after "according to" is found in one place, accordingToSourceAt, for every rule that reads one.
 */
import { tokenAt, type Tok } from '../tokens';
import type { QuoteContext } from './context';
import { cueSpan } from './cue';
import { CUES, DETERMINERS, OBJECT_PRONOUNS, OFFICES, PREPOSITIONS } from '../lexicon';
import { pronounClass } from '../../people/agreement';
import type { Attribution, Mention } from './mention';
import { subjectAfter } from './subjectAfter';
import { firstNameGender, wordSet } from '../../people/lexicon';
import { bodyWordBeforeAnd } from '../names';
import { digitFirst } from '../../text/wordShape';

/** Words that end the source's noun phrase: an adjunct of time or a relative clause ("… at the time", "… who"). */
const PHRASE_END = wordSet('at|on|during|when|while|who|which|that|last|this|earlier|later');
/** A word in lower case: a noun the name before it modifies ("White House-era documents"). */
const LOWER_FIRST = /^\p{Ll}/u;
/** A participle or an adverb: no head noun ("audio provided to The Times": audio). */
const NOT_HEAD = /(?:ed|ing|ly)$/;
/** How many words the source's noun phrase may have when no name or description is found. */
const MAX_SOURCE_WORDS = 8;

/**
 * The source named after "according to", at token k (before `ceil`): the one source finder of "according to" for
 * direct quotes, polls and reported speech alike.
 *  - a name or a description (./subjectAfter.ts): "according to GMA News", "according to the news site";
 *  - but not a name or description that only modifies the words after it: "according to White House-era documents
 *    from Diane D. Blair" is the documents, not "White House-era"; "according to an Associated Press account" the
 *    account; then the source is the noun phrase up to a mark, an adjunct or a relative pronoun, at most
 *    MAX_SOURCE_WORDS words ("officials with knowledge of the closed-door meeting"), its head the last noun before its
 *    first preposition.
 */
/** Marks after which an object pronoun is the whole source ("according to him,"), not a determiner ("according to her "clawback" plan"). */
const PRONOUN_ENDS = /^[,.;:)!?]$/;

export function accordingToSourceAt(toks: Tok[], k: number, ceil: number): Mention | null {
  // ("He crossed the border … after, according to him, Mexico’s powerful Televisa network censured his first report":
  // an object pronoun alone is a pronoun source, resolved as a pronoun speaker is; PolNeAR train, Breitbart 2016-04-12)
  const pronoun = toks[k];
  if (pronoun && k < ceil && OBJECT_PRONOUNS.has(pronoun.l) && pronounClass(pronoun.l) && PRONOUN_ENDS.test(toks[k + 1]?.t ?? ".")) {
    return { s: pronoun.s, e: pronoun.e, kind: 'pronoun', i: k, j: k + 1 };
  }
  const m = officeAlone(toks, k, subjectAfter(toks, k, ceil));
  const next = m && m.j < ceil ? toks[m.j] : undefined;
  const modifier = !!next && !next.punct && LOWER_FIRST.test(next.t) && !PHRASE_END.has(next.l) && !CUES.has(next.l);
  if (m && !modifier) return m;
  let j = k;
  while (j < ceil && j < k + MAX_SOURCE_WORDS && !toks[j].punct && !(j > k && (PHRASE_END.has(toks[j].l) || comparisonAt(toks, j)))) j++;
  // (the words' limit never ends the phrase inside a name, nor between a name and the noun it modifies when the phrase
  // ends there: "according to the average of recent polls compiled by Real Clear Politics", "According to the officer
  // in charge of the CIA's Benghazi base that night", PolNeAR train, NYT 2016-03-04, Washington Post 2016-01-16, were
  // "… compiled by Real" and "… the CIA's Benghazi")
  if (j === k + MAX_SOURCE_WORDS) j = pastCutName(toks, j, ceil);
  while (j > k && (PREPOSITIONS.has(toks[j - 1].l) || DETERMINERS.has(toks[j - 1].l))) j--;
  if (j === k || PREPOSITIONS.has(toks[k].l)) return null;
  return { s: toks[k].s, e: toks[j - 1].e, kind: 'description', i: k, j, head: toks[headOf(toks, k, j)].l };
}

/** Words that open a comparison after a share of voters ("… compared with 28% of Democrats", "… versus 40%"). */
const COMPARISON = wordSet('compared|versus|vs');

/**
 * A comparison opens at token j, ending a share's phrase: "to" before a possessive or a number ("He received the
 * backing of 33% of national Republican primary voters to Cruz's 20%, followed by Rubio at 13%", PolNeAR train, USA
 * Today 2016-01-15: the source was "… voters to Cruz's", named Ted Cruz; the gold Source ends at "voters"), or
 * COMPARISON.
 */
function comparisonAt(toks: Tok[], j: number): boolean {
  const w = toks[j], next = toks[j + 1];
  if (COMPARISON.has(w.l)) return true;
  return w.l === 'to' && !!next && !next.punct && ((next.cap && next.poss) || digitFirst(next.t));
}

/**
 * The mention m, or the description it is when it is one office's title word after "the": "According to the Minister,
 * the monthly rent for a two-bedroom flat will be MVR 7,500" (an Edition.mv-style probe, test/fixtures/outlets
 * mv-edition-hulhumale-flats-points-list, probes-nn), whose source was a name "Minister", as "the minister" is the
 * minister the article named.
 */
// (or of two words, a word before the office's: "According to the Permanent Secretary, the ministry is preparing a
// paper for Cabinet" (a Solomon Star-style probe, test/fixtures/outlets sb-solomonstar-makira-copra-price.txt, probes-pp),
// whose source was a name "Permanent Secretary"; not a given name before it)
// (or an office "of State", its head the office: "According to the Secretary of State, a family of four using 2,700
// kilowatt-hours a year will pay about €58 more" after "The Secretary of State for Industry, Crafts and Trade, Eng. NAME,
// presented the plan …", a San Marino RTV-style probe, test/fixtures/outlets sm-sanmarinortv-aass-electricity-tariffs.txt,
// s43-probes-ww, whose source was a name "Secretary of State"; "Minister of State" so too)
function officeAlone(toks: Tok[], k: number, m: Mention | null): Mention | null {
  if (!m || m.kind !== 'name' || m.i !== k + 1 || toks[k].l !== 'the') return m;
  if (m.j - m.i === OF_STATE_WORDS && OFFICES.has(toks[m.i].l) && toks[m.i + 1].l === 'of' && toks[m.i + 2].l === 'state') {
    return { s: toks[k].s, e: toks[m.j - 1].e, kind: 'description', i: k, j: m.j, head: toks[m.i].l };
  }
  if (m.j - m.i > OFFICE_WORDS) return m;
  const head = toks[m.j - 1];
  if (!OFFICES.has(head.l) || (m.j - m.i > 1 && firstNameGender(toks[m.i].t) !== undefined)) return m;
  return { s: toks[k].s, e: head.e, kind: 'description', i: k, j: m.j, head: head.l };
}
/** The most words of an office's title after "the" that officeAlone reads as a description ("the Permanent Secretary"). */
const OFFICE_WORDS = 2;
/** The words of an office "of State" ("Secretary of State"). */
const OF_STATE_WORDS = 3;

/** How many words of a name the words' limit may run on for, to the name's end. */
const MAX_NAME_RUN_ON = 4;

/**
 * The end of a source's phrase the words' limit cut at token j: past the rest of a name the cut fell inside, and past
 * one lower-case noun a name before it modifies where the phrase ends after that noun; else j.
 */
function pastCutName(toks: Tok[], j: number, ceil: number): number {
  const prev = toks[j - 1];
  if ((!prev?.cap || prev.poss || prev.punct || DETERMINERS.has(prev.l)) && !cutAtBodysAnd(toks, j)) return j;
  let e = j;
  while (e < ceil && e < j + MAX_NAME_RUN_ON && toks[e].cap && !toks[e].punct) e++;
  if (e < ceil && e < j + MAX_NAME_RUN_ON && toks[e].cap && !toks[e].punct) return j;
  const noun = toks[e], after = toks[e + 1];
  const endsAfter = (t: Tok | undefined): boolean => !t || t.punct || PHRASE_END.has(t.l);
  if (e === j && noun && !noun.punct && LOWER_FIRST.test(noun.t) && !NOT_HEAD.test(noun.l) && !PHRASE_END.has(noun.l) && !PREPOSITIONS.has(noun.l) && !CUES.has(noun.l) && e + 1 <= ceil && endsAfter(after)) return e + 1;
  return e;
}

/**
 * The words' limit cut at token j just after the "and" inside a body's name, before its capitalised last words (the
 * test of ../names.ts bodyWordBeforeAnd): "IDAAN's 2024 budget was about $310 million, according to figures published
 * by the Ministry of Economy and Finance, of which less than a fifth went to new works" (a Newsroom Panama-style probe,
 * test/fixtures/outlets pa-newsroompanama-arraijan-water-cuts.txt) was "figures published by the Ministry of Economy".
 */
function cutAtBodysAnd(toks: Tok[], j: number): boolean {
  const and = toks[j - 1], before = toks[j - 2];
  return !!and && and.l === 'and' && !and.cap && !!before?.cap && !before.poss && !!toks[j]?.cap && bodyWordBeforeAnd(toks, j - 2);
}

/** The head of the noun phrase [k, j): its last lower-case noun before its first preposition, else its last word. */
function headOf(toks: Tok[], k: number, j: number): number {
  let end = j;
  for (let x = k + 1; x < j; x++) if (PREPOSITIONS.has(toks[x].l)) { end = x; break; }
  for (let x = end - 1; x >= k; x--) if (!toks[x].cap && !DETERMINERS.has(toks[x].l) && !(x > k && NOT_HEAD.test(toks[x].l))) return x;
  return end - 1;
}

const isAccordingTo = (toks: Tok[], c: number): boolean => toks[c].l === 'according' && toks[c + 1]?.l === 'to';

/** 'According to X, “…”': token c opens "according to" before the quote. */
export function accordingToBeforeQuote(ctx: QuoteContext, c: number): Attribution | null {
  if (!isAccordingTo(ctx.toks, c)) return null;
  const subj = accordingToSourceAt(ctx.toks, c + 2, ctx.before + 1);
  return subj ? ctx.byCue(subj, c, ctx.before + 1, 'according to') : null;
}

/**
 * The source named "according to" anywhere in the sentence [sentOpen, sentEnd) (not inside the quote [qs, qe), not
 * the attribution's own cue), which overrides the attribution `att` found for the quote — or speaks a quote that has
 * none (att null): "(Mr. Trump's own manifesto, ''Crippled America …,'' has sold 235,000 hardcover copies in eight
 * months, according to Nielsen.)", "According to some on Twitter, Kelly was “incognito,” sparking …" (PolNeAR train).
 */
export function accordingToSource(toks: Tok[], att: Attribution | null, qs: number, qe: number, sentOpen: number, sentEnd: number): Attribution | null {
  const lo = tokenAt(toks, sentOpen), hi = tokenAt(toks, sentEnd);
  for (let c = lo; c + 2 < hi; c++) {
    if (!isAccordingTo(toks, c) || (toks[c].s >= qs && toks[c].s < qe) || toks[c].s === att?.cue.s) continue;
    const src = accordingToSourceAt(toks, c + 2, hi);
    // (not a source whose phrase holds the quote: 'according to her "clawback" plan', 'according to the "Medicare for all"
    // document he released', PolNeAR train)
    if (src && src.kind !== 'pronoun' && (src.s < qs || src.s >= qe) && !(toks[c].s < qs && src.e > qs)) return { mention: src, cue: cueSpan(toks, c, hi), rule: 'according to' };
  }
  return null;
}

/** The first "according to" source of the sentence's tokens [lo, hi) that is no pronoun (a poll's, ./pollSource.ts). */
export function firstAccordingTo(toks: Tok[], lo: number, hi: number): Attribution | null {
  for (let c = lo; c + 2 < hi; c++) {
    if (!isAccordingTo(toks, c)) continue;
    const src = accordingToSourceAt(toks, c + 2, hi);
    if (src && src.kind !== 'pronoun') return { mention: src, cue: cueSpan(toks, c, hi), rule: 'poll source' };
  }
  return null;
}
