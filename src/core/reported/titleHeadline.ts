/**
 * Rule family — a headline in title case whose source opens it and whose cue is a capitalised verb: "Clinton Says
 * Russians Hacked DNC, Calls Trump’s Putin Remarks ‘Troubling.’", "Francois Hollande Says Donald Trump ‘Makes You Want
 * To Retch.’", "Sanders Told A Female Reporter Not To ‘Moan’ About Hillary Clinton", "Mike Pence Calls for Special
 * Prosecutor". The rules for running text skip capitalised verbs; PolNeAR attributes what follows the verb to the
 * name before it (train: 47 such attributions, 33 missed before this rule; it finds 21 of them, for 4 reports that
 * match no gold).
 *
 * A poll, a report or a record may open such a headline with a verb of finding, which only evidence takes there: "New
 * Polls Show ⟦Double-Digit Gaps in Republican Contest⟧", "New Poll Shows ⟦Large Gap Emerging Between Presidential
 * Candidates⟧" (PolNeAR train, 41st session: the 2 title-case lines of train where a poll or a report shows or finds,
 * both gold). A person's "Shows" is left out: another sense ("Trump Shows Softer Side …"), or a second verb of the
 * headline's subject ("Newspaper Says Clinton Needs To Quit Political Calculations, Show Compassion …").
 */
import type { Mention } from '../quotes/attribution';
import { DASH_TOKENS } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { contentSpan, words } from './clause';
import { evidenceMention, FINDING_VERBS } from './evidence';
import { TITLE_CUES } from './lexicon';
import { type Report, reportOf, type SentenceContext } from './report';
import { wordSet } from '../people/lexicon';
import { digitFirst, upperFirst } from '../text/wordShape';

/** Particles that belong to a headline's cue ("Calls For", "Calls On", "Calls Out", "Thinks About"). */
const TITLE_PARTICLE = wordSet('for|on|out|about');
/** The longest source before the cue, in tokens ("Benghazi Widow Dorothy Woods"). */
const MAX_TITLE_SOURCE = 5;
/** The verbs of finding (./evidence.ts), which attribute in a title-case headline when its source names evidence ("New Poll Shows …"). */
export const EVIDENCE_TITLE_CUES = FINDING_VERBS;

/** The share of a line's words that are capitalised for it to be a title. */
const TITLE_SHARE = 0.7;

/** A word written with a capital (the tokenizer's `cap` leaves out cue words: "Says"). */
export const upper = (t: Tok): boolean => upperFirst(t.t);

/** The line [a, b) is set in title case: most of its words are capitalised. */
export function titleCase(toks: Tok[], a: number, b: number): boolean {
  let w = 0, cap = 0;
  for (let k = a; k < b; k++) if (!toks[k].punct) { w++; if (upper(toks[k]) || digitFirst(toks[k].t)) cap++; }
  return w >= 4 && cap >= w * TITLE_SHARE;
}

export function titleHeadlines(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  // (a headline is a line of its own, or a deck of title-case sentences that a scrape ran into the lede: "… across the
  // country. Finance Minister Claudette Bélanger-Moreau Said The Change Would Save $10 Billion A Year. Critics Said …")
  if (!titleCase(toks, a, b)) return [];
  let start = a;
  for (let c = a + 1; c < b - 1; c++) {
    const t = toks[c];
    // (the source starts after a dash: "EgyptAir Flight MS804 Crashes Into Mediterranean Sea— Hillary Clinton Says …")
    if (DASH_TOKENS.has(t.t)) { start = c + 1; continue; }
    if (t.punct) { start = -1; continue; }
    const evidence = EVIDENCE_TITLE_CUES.has(t.l);
    if (!upper(t) || !(TITLE_CUES.has(t.l) || evidence) || start < 0 || c === start || c - start > MAX_TITLE_SOURCE) continue;
    if (toks.slice(start, c).some(x => x.punct || !x.cap) || (evidence && !evidenceMention(toks, { i: start, j: c }))) continue;
    const mention: Mention = { s: toks[start].s, e: toks[c - 1].e, kind: 'name', i: start, j: c };
    const first = reportAt(ctx, c, mention);
    if (!first) continue;
    const out = [first.report];
    // (a second cue after a comma has the same source: "Clinton Says …, Calls Trump’s Putin Remarks ‘Troubling.’")
    const second = first.end < b && toks[first.end].t === ',' ? reportAt(ctx, first.end + 1, mention) : null;
    if (second) out.push(second.report);
    return out;
  }
  return [];
}

/** The report of the title cue at c: its content runs to the line's end or to a comma before a second cue. */
function reportAt(ctx: SentenceContext, c: number, mention: Mention): { report: Report; end: number } | null {
  const { toks, b } = ctx;
  const from = TITLE_PARTICLE.has(toks[c + 1]?.l ?? '') ? c + 2 : c + 1;
  let end = from;
  while (end < b && !(toks[end].t === ',' && toks[end + 1] && upper(toks[end + 1]) && TITLE_CUES.has(toks[end + 1].l))) end++;
  const stop = end;
  while (end > from && toks[end - 1].punct && /^[.!?,:;]+$/.test(toks[end - 1].t)) end--;
  if (words(toks, from, end) < 1) return null;
  const span = contentSpan(ctx, from, end);
  return span ? { report: reportOf(span, { s: toks[c].s, e: toks[from - 1].e }, mention, 'headline'), end: stop } : null;
}
