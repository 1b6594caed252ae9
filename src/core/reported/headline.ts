/**
 * Rule family 11 — a line that opens with a name and a colon: the headline's or the transcript's way of attributing
 * ("Lynch: No outside influence on FBI probe into Clinton emails", "Clinton to Planned Parenthood: Trump will reverse
 * Roe v. Wade", "Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts: …"). PolNeAR attributes what
 * follows the colon to the name (train: 123 such attributions missed before this rule). The name must open its line;
 * words that label a line rather than name someone ("Update:", "Watch:", "Editor's note:") are no source.
 */
import { runAt } from '../quotes/names';
import { contentSpan, MAX_CONTENT, TAIL_CUES, words } from './clause';
import type { Report, SentenceContext } from './report';

/** Capitalised words that label a line (a section, a medium), not a source. */
const LABELS = /^(?:update|updated|note|watch|related|video|videos|photo|photos|editor|editors|breaking|exclusive|read|correction|subscribe|follow|click|tags|tag|transcript|listen|see|also|more|live|here|q|a|question|answer|topics|category|source|sources|credit|image|caption|by|posted|published|filed|top|stories|story|why|what|how|when|where|who|the|in|on|at|and|but|so|now|today|tonight|quote|quotes|bottom|line|first|then|plus|bonus|fact|facts|step|part|chapter|act|scene|day|week|round|lesson|rule|warning|alert|advisory|disclaimer|full|partial|p\.s\.?|wow|boom|look|revealed|bombshell|shocking|contributing|name|age|city|job|pay|paid|fast-forward|delegate|fix|flashback|reminder|spoiler|poll)$/i;

/** How many tokens the source's phrase may take before the colon ("Former AG Mukasey at RNC"). */
const MAX_HEAD = 8;
const LINK = /^(?:on|to|at|in|about|for)$/;

export function headlines(ctx: SentenceContext): Report[] {
  const { toks, text, a, b } = ctx;
  // the sentence opens its line (only the gap after the previous token is looked at: linear in the text)
  if (a > 0 && !text.slice(toks[a - 1].e, toks[a].s).includes('\n')) return [];
  for (let i = toks[a].s - 1; i >= (a > 0 ? toks[a - 1].e : 0) && text[i] !== '\n'; i--) if (!/\s/.test(text[i])) return [];
  const first = toks[a];
  if (!first.cap || first.poss || LABELS.test(first.t)) return [];
  const run = runAt(toks, a);
  if (!run || run.i !== a) return [];
  // the colon after the name, or after a short phrase that links it to its hearer or topic ("Clinton to Planned Parenthood:")
  let k = run.j;
  if (toks[k]?.t !== ':') {
    if (!LINK.test(toks[k]?.l ?? '')) return [];
    while (k < b && k < a + MAX_HEAD && toks[k].t !== ':' && !toks[k].punct) k++;
    if (toks[k]?.t !== ':') return [];
  }
  let end = b;
  while (end > k + 1 && toks[end - 1].punct && /^[.!?,:;—–-]+$/.test(toks[end - 1].t)) end--;
  if (words(toks, k + 1, end) < 3 || end - k > MAX_CONTENT) return [];
  // ('Åland: José said: "We agree"': a line with its own cue and colon is a dateline before a report, not a headline's)
  for (let n = k + 1; n < end; n++) if (toks[n].t === ':' || (!toks[n].cap && TAIL_CUES.test(toks[n].l))) return [];
  const span = contentSpan(ctx, k + 1, end);
  if (!span) return [];
  const mention = { s: toks[run.i].s, e: toks[run.j - 1].e, kind: 'name' as const, i: run.i, j: run.j };
  return [{ ...span, cue: { s: toks[k].s, e: toks[k].e }, mention, rule: 'headline' }];
}
