/**
 * Rule family 6 — a pledge, a promise or a threat and its infinitive: "Clinton has vowed to work to
 * repeal the Hyde Amendment", "At rally after rally, he vows to impose a 35 percent tax on Carrier products".
 */
import { DETERMINERS } from '../quotes/lexicon';
import { contentEnd, contentSpan, words } from './clause';
import { INFINITIVE_VERBS } from './lexicon';
import type { Report, SentenceContext } from './report';
import { reporterOf, verbAt } from './speaker';

export function infinitives(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 3; c++) {
    const t = toks[c];
    if (t.cap || !INFINITIVE_VERBS.has(t.l) || toks[c + 1].l !== 'to') continue;
    const v = toks[c + 2];
    if (v.punct || v.cap || DETERMINERS.has(v.l) || /^\d/.test(v.t) || !verbAt(toks, c, false)) continue;
    const end = contentEnd(ctx, c + 1);
    if (words(toks, c + 1, end) < 3) continue;
    const span = contentSpan(ctx, c + 1, end);
    const mention = reporterOf(ctx, c);
    if (span && mention) out.push({ ...span, cue: { s: t.s, e: t.e }, mention, rule: 'infinitive' });
  }
  return out;
}
