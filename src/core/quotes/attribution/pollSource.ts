/**
 * Rule family "poll source": a share of respondents is not the source of a poll's finding; the poll is, when the
 * sentence names it. Examples (PolNeAR train):
 *   'Some 55 percent of voters nationwide said …, according to a Quinnipiac poll' → a Quinnipiac poll
 *   'The Q poll also finds that, while 37 percent of Americans say …' → The Q poll
 *   'In a September Washington Post-ABC News poll, 75 percent of Republicans said …' → a September Washington Post-ABC News poll
 */
import { ARTICLES, POLL_NOUNS, SHARE_WORDS } from '../lexicon';
import { tokenAt, type Tok } from '../tokens';
import { firstAccordingTo } from './accordingTo';
import type { Attribution } from './mention';
import { descriptionOpening } from './opener';

/** How far into an opening "In a … poll," phrase the poll's noun may stand. */
const POLL_PHRASE_REACH = 14;
/** The most words after the poll's noun that still name it ("poll released Monday"). */
const POLL_NAME_TAIL = 4;

/** The poll behind the attribution `att` of a share of respondents, in the sentence [sentOpen, sentEnd); null when none. */
export function pollSource(toks: Tok[], att: Attribution, sentOpen: number, sentEnd: number): Attribution | null {
  const first = toks[att.mention.i];
  if (!first || !(/^\d/.test(first.t) || SHARE_WORDS.has(first.l))) return null;
  const lo = tokenAt(toks, sentOpen), hi = tokenAt(toks, sentEnd);
  const according = firstAccordingTo(toks, lo, hi);
  if (according) return according;
  // "The Q poll also finds that, while 37 percent of Americans say …"
  const opening = descriptionOpening(toks, lo, att.mention.i);
  if (opening && opening.head && POLL_NOUNS.has(opening.head)) return { mention: opening, cue: att.cue, rule: 'poll source' };
  // "In a September Washington Post-ABC News poll, 75 percent of Republicans said …"
  if (toks[lo]?.l === 'in' && ARTICLES.has(toks[lo + 1]?.l ?? '')) {
    for (let c = lo + 2; c < hi && c < lo + POLL_PHRASE_REACH && toks[c].t !== ','; c++) {
      if (!POLL_NOUNS.has(toks[c].l)) continue;
      let e = c;
      while (e + 1 < hi && e < c + POLL_NAME_TAIL && toks[e + 1].t !== ',' && !toks[e + 1].punct) e++;
      return { mention: { s: toks[lo + 1].s, e: toks[e].e, kind: 'description', i: lo + 1, j: e + 1, head: toks[c].l }, cue: att.cue, rule: 'poll source' };
    }
  }
  return null;
}
