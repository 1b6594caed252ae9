/**
 * Rule family 5 — the content before its attribution: "The 56-year-old often traveled for work and was headed to
 * Cairo for meetings, the news site RTL Info reported.", "It is a national disgrace, said Mirsky."
 */
import { subjectAfter, subjectBefore, type Mention } from '../quotes/attribution';
import { attributionTail, contentSpan, words } from './clause';
import type { Report, SentenceContext } from './report';

const TAIL_CUE = /^(?:said|says|added|adds|told|wrote|writes|argued|argues|noted|notes|warned|warns|explained|insisted|asserted|continued|recalled|tweeted|reported|reports|stated|declared|contended|acknowledged|conceded|predicted|claimed|claims|suggested|observed|maintained)$/;

/** The first token of a sentence's content, past a dateline ("WASHINGTON (AP) —") and an opening "But"/"And". */
export function contentStart(ctx: SentenceContext): number {
  const { toks, a, b } = ctx;
  let k = a;
  for (let x = a; x < b && x < a + 9; x++) {
    if (/^(?:—|–|--)$/.test(toks[x].t) && toks.slice(a, x).every(w => w.punct || w.t === w.t.toUpperCase())) { k = x + 1; break; }
  }
  if (k < b && /^(?:but|and|so|still|yet)$/.test(toks[k].l)) k++;
  if (k < b && toks[k].t === ',') k++;
  return k;
}

export function frontedContent(ctx: SentenceContext): Report[] {
  const { toks, b } = ctx;
  const open = contentStart(ctx);
  for (let m = b - 2; m > open + 3 && m > b - 16; m--) {
    if (toks[m].t !== ',' || !attributionTail(toks, m, b)) continue;
    let c = m + 1;
    while (c < b && !TAIL_CUE.test(toks[c].l)) c++;
    if (c >= b) return [];
    let mention: Mention | null = null;
    if (c === m + 1) mention = subjectAfter(toks, c + 1, b);
    else {
      const subj = subjectBefore(toks, c - 1, m + 1);
      if (subj && subj.i <= m + 2) mention = subj;
    }
    if (!mention || words(toks, open, m) < 4) return [];
    // ('Lavrov said: "We will not go," he added.': a content with its own cue is a quote's, not this tail's)
    for (let k = open; k < m; k++) if (toks[k].t === ':' || (TAIL_CUE.test(toks[k].l) && !toks[k].cap)) return [];
    const span = contentSpan(ctx, open, m);
    return span ? [{ ...span, cue: { s: toks[c].s, e: toks[c].e }, mention, rule: 'fronted' }] : [];
  }
  return [];
}
