/**
 * Rule family "poll source": a share of respondents is not the source of a poll's finding; the poll is, when the
 * sentence names it. Examples (PolNeAR train):
 *   'Some 55 percent of voters nationwide said …, according to a Quinnipiac poll' → a Quinnipiac poll
 *   'The Q poll also finds that, while 37 percent of Americans say …' → The Q poll
 *   'In a September Washington Post-ABC News poll, 75 percent of Republicans said …' → a September Washington Post-ABC News poll
 * The share may stand before the mention the cue found ('In a national CNN/ORC poll released Monday, 31% of Republicans
 * and Republican-leaning voters said …', 'a fresh CNN-ORC poll shows …: Six in 10 Republican said …') or end it ('…,
 * 39 percent blame his supporters and 22 percent say he is "not at all responsible."').
 */
import { ARTICLES, POLL_NOUNS, SHARE_WORDS } from '../lexicon';
import { tokenAt, type Tok } from '../tokens';
import { firstAccordingTo } from './accordingTo';
import type { Attribution, Mention } from './mention';
import { descriptionOpening } from './opener';
import { digitFirst } from '../../text/wordShape';

/** Marks that end the phrase naming a poll (a hyphen or a slash does not: "CNN-ORC", "CNN/ORC"). */
const PHRASE_MARKS: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '.']);
/** How far after its article the poll's noun may stand ("a September Washington Post-ABC News poll"). */
const POLL_PHRASE_REACH = 14;
/** The most words after the poll's noun that still name it ("poll released Monday"). */
const POLL_NAME_TAIL = 4;

/** How far before the mention a share's "of" or "in" may stand ("31% of Republicans and | Republican-leaning voters"). */
const SHARE_REACH = 6;
/** Words that end a share before its "of": "percent", "31%", "half", "most". */
const isShareWord = (t: Tok | undefined): boolean => !!t && (digitFirst(t.t) || t.l === 'percent' || SHARE_WORDS.has(t.l));

/** The mention in tokens [m.i, m.j) is a share of respondents, or part of one, with no mark between (floor: the sentence start). */
function shareOfRespondents(toks: Tok[], m: Mention, floor: number): boolean {
  if (isShareWord(toks[m.i]) || toks[m.j - 1].l === 'percent') return true;
  for (let k = m.i - 1; k > floor && k >= m.i - SHARE_REACH; k--) {
    const t = toks[k];
    if (t.punct) return false;
    // ("31% of …", "Six in 10 …")
    if ((t.l === 'of' && isShareWord(toks[k - 1])) || (t.l === 'in' && digitFirst(toks[k + 1].t))) return true;
  }
  return false;
}

/** The poll behind the attribution `att` of a share of respondents, in the sentence [sentOpen, sentEnd); null when none. */
export function pollSource(toks: Tok[], att: Attribution, sentOpen: number, sentEnd: number): Attribution | null {
  const lo = tokenAt(toks, sentOpen), hi = tokenAt(toks, sentEnd);
  if (!toks[att.mention.i] || !shareOfRespondents(toks, att.mention, lo)) return null;
  const according = firstAccordingTo(toks, lo, hi);
  if (according) return according;
  // "The Q poll also finds that, while 37 percent of Americans say …"
  const opening = descriptionOpening(toks, lo, att.mention.i);
  if (opening && opening.head && POLL_NOUNS.has(opening.head)) return { mention: opening, cue: att.cue, rule: 'poll source' };
  // "In a September Washington Post-ABC News poll, 75 percent of Republicans said …", "But a fresh CNN-ORC poll shows
  // …: Six in 10 Republican said …": the poll named before the share, from its article to its noun (and the words
  // after it up to the comma that closes an opening phrase: "poll released Monday,")
  for (let c = lo; c < att.mention.i; c++) {
    if (!POLL_NOUNS.has(toks[c].l) || toks[c].cap) continue;
    let a = c - 1;
    while (a > lo && a > c - POLL_PHRASE_REACH && !ARTICLES.has(toks[a].l) && !PHRASE_MARKS.has(toks[a].t)) a--;
    if (!ARTICLES.has(toks[a]?.l ?? '')) continue;
    let e = c;
    while (e + 1 < att.mention.i && e < c + POLL_NAME_TAIL && !toks[e + 1].punct) e++;
    if (toks[e + 1]?.t !== ',') e = c;
    return { mention: { s: toks[a].s, e: toks[e].e, kind: 'description', i: a, j: e + 1, head: toks[c].l }, cue: att.cue, rule: 'poll source' };
  }
  return null;
}
