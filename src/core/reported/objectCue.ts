/**
 * Rule family 8 — a verb of stance or speech and the noun phrase it is about: "Curbelo has slammed Trump's comments
 * about immigrants and Muslims", "Mike Huckabee called for denying entry to travelers from countries with a
 * ''strong presence'' of the Islamic State", "Trump has criticized Mr. Clinton's personal indiscretions". PolNeAR
 * attributes these as content; the object runs to the end of its clause.
 */
import { DETERMINERS, PREPOSITIONS } from '../quotes/lexicon';
import { contentEnd, contentSpan, words } from './clause';
import { OBJECT_VERBS } from './lexicon';
import type { Report, SentenceContext } from './report';
import { reporterOf, verbAt } from './speaker';

export function objectCues(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 2; c++) {
    const t = toks[c];
    const particle = OBJECT_VERBS.get(t.l);
    if (particle === undefined || t.cap || !verbAt(toks, c, false)) continue;
    let k = c + 1;
    if (particle) {
      if (toks[k]?.l !== particle) continue;
      k++;
    } else if (PREPOSITIONS.has(toks[k]?.l ?? '')) continue;
    const o = toks[k];
    // the object opens a noun phrase: a determiner, a possessive, a name, a noun or a gerund — not "that", a clause's job
    if (!o || o.punct || o.l === 'that' || (!o.cap && !o.poss && !DETERMINERS.has(o.l) && /^(?:to|it|him|her|them|us|me|you|himself|herself|themselves)$/.test(o.l))) continue;
    const end = contentEnd(ctx, k);
    if (words(toks, k, end) < 2) continue;
    const span = contentSpan(ctx, k, end);
    const mention = reporterOf(ctx, c);
    if (span && mention) out.push({ ...span, cue: { s: t.s, e: (particle ? toks[c + 1] : t).e }, mention, rule: 'object' });
  }
  return out;
}
