/**
 * Rule family — a view, a defense or an account offered or given, and what it is about: "Trump offered an emotional
 * defense of the city during the debate", "he offered his thoughts on Republican front-runner Donald Trump’s continued
 * appeal …", "Cuban also gave a preview of what his own candidacy might look like", "Smith … delivered a critique of
 * Hillary Clinton's handling of Benghazi", "Byrne gives an account of Clinton telling one agent to …". PolNeAR
 * attributes what the view is about, after its particle (train: 13 found, 1 false positive); with no particle ("offered
 * a similar explanation when …", "offered his own endorsement") the noun alone is left unread.
 */
import { objectBeforeAdjunct } from './adjunct';
import { contentEnd, contentSpan, words } from './clause';
import type { Report, SentenceContext } from './report';
import { reporterOf, verbAt } from './speaker';
import { nounAfterDeterminer } from './story';
import { WEEKDAYS } from '../text/calendar';
import { wordSet } from '../people/lexicon';

/** The verbs that offer a view. */
export const OFFERING_VERBS: ReadonlySet<string> = new Set(['offered', 'offers', 'offering', 'gave', 'gives', 'giving', 'delivered', 'delivers', 'delivering']);

/** Nouns of a view, a judgement or an account given. */
const VIEW = /^(?:defense|defence|thoughts|preview|assessment|evaluation|critique|response|view|views|take|warning|rebuke|praise|criticism|analysis|reflections?|observations?|predictions?)$/;
/** The particles before what the view is about. */
const ABOUT = wordSet('of|on|about');

/**
 * The token of the first weekday in [from, end), where the view's topic ends ("an emotional evaluation on the state of
 * politics in the United States⟧ Tuesday as he ended his bid"), or `end`.
 */
function beforeWeekday(ctx: SentenceContext, from: number, end: number): number {
  for (let j = from + 1; j < end; j++) if (WEEKDAYS.has(ctx.toks[j].l)) return ctx.toks[j - 1].l === 'on' ? j - 1 : j;
  return end;
}

/** The view offered whose verb is at token c ("offered"), or null. */
export function viewAt(ctx: SentenceContext, c: number): Report | null {
  const { toks, b } = ctx;
  if (c >= b - 3) return null;
  const t = toks[c];
  if (t.cap || !verbAt(toks, c, false)) return null;
  const n = nounAfterDeterminer(toks, c + 1, b, VIEW);
  if (n < 0 || n + 2 >= b || !ABOUT.has(toks[n + 1].l) || toks[n + 2].punct) return null;
  const from = n + 2;
  const end = objectBeforeAdjunct(toks, from, beforeWeekday(ctx, from, contentEnd(ctx, from, true)));
  if (words(toks, from, end) < 2) return null;
  const span = contentSpan(ctx, from, end);
  const mention = reporterOf(ctx, c);
  return span && mention && mention.e <= t.s ? { ...span, cue: { s: t.s, e: toks[n + 1].e }, mention, rule: 'object' } : null;
}
