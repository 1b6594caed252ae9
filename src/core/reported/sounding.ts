/**
 * Cue family — a stance sounded off or a note sounded, and what it is about: "In three separate interviews, the justice
 * sounded off on ⟦Trump⟧, saying …" (usa-today_2016-07-15 ginsburg), "the “Jane The Virgin” actress has sounded off
 * against ⟦the idea of whether or not anyone is “Latino enough.”⟧" (huff-post_2015-12-22), "But first, Pence sounded a
 * positive note about ⟦Trump⟧" (wash-post_2016-04-30 indiana-gov), "he sounded a nostalgic note for ⟦what Mr. Bush
 * represented⟧" (nyt_2016-01-19 bush-s-presidential), and a note named by its own "of", the note itself the content:
 * "he sounded ⟦a rare note of self-deprecation⟧" (wash-post_2016-07-22 republicans): PolNeAR train, every such phrase
 * outside quotation marks attributed (6 found, no false positive). A voice that sounds a way ("He sounded subdued") is
 * no such stance.
 */
import { INDEFINITE_ARTICLES } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { wordSet } from '../people/lexicon';
import { objectBeforeAdjunct } from './adjunct';
import { contentEnd, contentSpan, words } from './clause';
import { type Report, reportOf, type SentenceContext } from './report';
import { REPORTED_VERB_FORMS } from './reportedVerbs.generated';
import { reporterOf, verbAt } from './speaker';

/** "sound", "sounded", "sounding", "sounds" (./reportedVerbs.json). */
export const SOUNDING_VERBS: readonly string[] = REPORTED_VERB_FORMS.sounding.split(' ');
const SOUNDING_VERB = wordSet(SOUNDING_VERBS.join('|'));
/** The particles after "sounded off" before what it is about. */
const OFF_ABOUT = wordSet('on|against|about');
/** The prepositions after "a … note" before what it is about. */
const NOTE_ABOUT = wordSet('about|for|on|over');
/** The most words (adjectives) between "a" and "note" ("a cautious note", "a rare note"). */
const MAX_NOTE_WORDS = 2;

/** The token of "note" after an article at k, past at most MAX_NOTE_WORDS lower-case words, or -1. */
function noteAt(toks: Tok[], k: number, b: number): number {
  if (!INDEFINITE_ARTICLES.has(toks[k]?.l ?? '')) return -1;
  for (let j = k + 1; j < b && j <= k + 1 + MAX_NOTE_WORDS; j++) {
    const t = toks[j];
    if (t.punct || t.cap) return -1;
    if (t.l === 'note') return j;
  }
  return -1;
}

export function soundings(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 2; c++) {
    const t = toks[c];
    if (t.cap || !SOUNDING_VERB.has(t.l) || !verbAt(toks, c, false)) continue;
    // the content's first token, and the cue's last
    let from = -1, last = c;
    const note = noteAt(toks, c + 1, b);
    if (toks[c + 1].l === 'off' && OFF_ABOUT.has(toks[c + 2].l)) [from, last] = [c + 3, c + 2];
    else if (note > 0 && NOTE_ABOUT.has(toks[note + 1]?.l ?? '')) [from, last] = [note + 2, note + 1];
    else if (note > 0 && toks[note + 1]?.l === 'of') from = c + 1;
    if (from < 0 || from >= b || toks[from].punct) continue;
    const end = objectBeforeAdjunct(toks, from, contentEnd(ctx, from, true));
    const span = words(toks, from, end) >= 1 ? contentSpan(ctx, from, end) : null;
    const mention = span ? reporterOf(ctx, c) : null;
    if (span && mention) out.push(reportOf(span, { s: t.s, e: toks[last].e }, mention, 'object'));
  }
  return out;
}
