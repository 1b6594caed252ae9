/**
 * Rule family — a view, a defense or an account offered or given, and what it is about: "Trump offered an emotional
 * defense of the city during the debate", "he offered his thoughts on Republican front-runner Donald Trump’s continued
 * appeal …", "Cuban also gave a preview of what his own candidacy might look like", "Smith … delivered a critique of
 * Hillary Clinton's handling of Benghazi", "Byrne gives an account of Clinton telling one agent to …". PolNeAR
 * attributes what the view is about, after its particle (train: 13 found, 1 false positive); with no particle ("offered
 * a similar explanation when …", "offered his own endorsement") the noun alone is left unread.
 */
import { objectBeforeAdjunct } from './adjunct';
import { contentEnd, words } from './clause';
import type { Report, SentenceContext } from './report';
import { verbCueAt, reportOfVerb } from './verbReport';
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
  if (!verbCueAt(ctx, c, 3)) return null;
  const n = nounAfterDeterminer(toks, c + 1, b, VIEW);
  if (n < 0 || n + 2 >= b || !ABOUT.has(toks[n + 1].l) || toks[n + 2].punct) return null;
  return topicAfterParticle(ctx, c, n + 1, 2);
}

/**
 * The report of the verb at c whose noun's particle is at p ("an emotional defense ⟨of⟩", "her support ⟨behind⟩"): what
 * follows the particle up to an adjunct or a weekday, of at least `minWords` words, the verb's subject its reporter.
 */
function topicAfterParticle(ctx: SentenceContext, c: number, p: number, minWords: number): Report | null {
  const { toks } = ctx;
  const from = p + 1;
  const end = objectBeforeAdjunct(toks, from, beforeWeekday(ctx, from, contentEnd(ctx, from, true)));
  if (words(toks, from, end) < minWords) return null;
  return reportOfVerb(ctx, c, from, end, toks[p].e, 'object');
}

/**
 * Support, praise or blame given to someone, and whom or what it goes to: "Carly Fiorina threw her support behind ⟦Sen.
 * Ted Cruz (R-Texas)⟧ Wednesday", "Denis McDonough heaps praise on ⟦Kennedy for his role in organizing the evacuation⟧",
 * "those trailing them heaped criticism on ⟦the president and his former secretary of State⟧", "He has proposed
 * conducting surveillance on mosques and signaled support for ⟦a database of Muslims who could be terrorists⟧", "Both
 * are quick to offer praise for ⟦teachers unions⟧", "Sanders is lending his support to ⟦candidates whose chances are
 * just as slim⟧", "Will had nothing but praise for ⟦Christie’s Nov. 14 speech⟧" (PolNeAR train). "has" and "had" give
 * only praise or criticism ("has broad support for" is a poll's finding).
 */
export const GIVING_VERBS: ReadonlySet<string> = wordSet('threw|throws|thrown|lent|lends|lending|pledged|pledges|signaled|signalled|signals|signaling|heaped|heaps|heap|heaping|offer|offers|offered|offering|has|had');
/** The nouns of praise or blame: all that "has" and "had" give ("had nothing but praise for"). */
const JUDGEMENT = wordSet('praise|criticism');
/** The nouns of what the other verbs give. */
const GIVEN: ReadonlySet<string> = new Set([...JUDGEMENT, 'support', 'condolences']);
/** The verbs of GIVING_VERBS that give only a judgement. */
const HAVING = wordSet('has|had');
/** The particles before whom or what it goes to. */
const GIVEN_TO = wordSet('for|to|behind|on');
/** The most words between the verb and the noun ("her own", "nothing but", "no such"). */
const MAX_BEFORE_GIVEN = 3;

/** The support, praise or blame given whose verb is at token c ("threw", "heaps"), or null. */
export function supportGivenAt(ctx: SentenceContext, c: number): Report | null {
  const { toks, b } = ctx;
  const t = verbCueAt(ctx, c, 3);
  if (!t) return null;
  const noun = HAVING.has(t.l) ? JUDGEMENT : GIVEN;
  let n = c + 1;
  // (no participle between: "has faced criticism for", "has fielded sharp criticism on" are taken, not given)
  while (n < b && n <= c + MAX_BEFORE_GIVEN && !toks[n].punct && !toks[n].cap && !/ed$/.test(toks[n].l) && !noun.has(toks[n].l)) n++;
  if (n + 2 >= b || !noun.has(toks[n].l) || !GIVEN_TO.has(toks[n + 1].l) || toks[n + 2].punct) return null;
  return topicAfterParticle(ctx, c, n + 1, 1);
}
