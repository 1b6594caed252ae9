/**
 * Where a reported content clause ends: at the end of its sentence, or earlier at a semicolon, at ", according to",
 * at a participle that opens another attribution (", saying …", ", adding that …") and at an attribution tail
 * (", he said", ", the envoy warned"). The content's span takes in a closing quotation mark right after it, so that
 * a mixed quote's fragment stays whole inside it.
 */
import { CUES } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { TAIL_PARTICIPLES } from './lexicon';
import type { SentenceContext } from './report';

/** Say-verbs of an attribution tail after a comma (", he said", ", said Mirsky"). */
const TAIL_CUES = /^(?:said|says|added|adds|told|wrote|writes|argued|argues|noted|notes|warned|warns|explained|insisted|asserted|asked|continued|recalled|tweeted|reported|reports|stated|declared|contended|acknowledged|conceded|predicted|claimed|claims|suggested|observed|maintained)$/;

/** True when the tokens after the comma at k form an attribution tail reaching the end of the sentence or a comma. */
export function attributionTail(toks: Tok[], k: number, b: number): boolean {
  for (let c = k + 1; c < b && c <= k + 8; c++) {
    const t = toks[c];
    if (t.punct || t.l === 'that') return false;
    if (!TAIL_CUES.test(t.l) || t.cap) continue;
    // what follows the cue is short: a time, a place, the hearer ("he said Tuesday", "he told reporters")
    let n = c + 1;
    while (n < b && !toks[n].punct && n <= c + 6 && toks[n].l !== 'that') n++;
    return n >= b || toks[n].punct;
  }
  return false;
}

/** The token index (exclusive) where a content starting at token `from` ends inside its sentence. */
export function contentEnd(ctx: SentenceContext, from: number): number {
  const { toks, b } = ctx;
  for (let k = from; k < b; k++) {
    const t = toks[k];
    if (!t.punct) continue;
    if (t.t === ';') return k;
    if (t.t === ',' || t.t === '—' || t.t === '–' || t.t === '--') {
      const n = toks[k + 1];
      if (!n) return k;
      if (n.l === 'according' && toks[k + 2]?.l === 'to') return k;
      if (TAIL_PARTICIPLES.test(n.l) && CUES.has(n.l)) return k;
      if (attributionTail(toks, k, b)) return k;
    }
  }
  let e = b;
  while (e > from && toks[e - 1].punct && /^[.!?,:—–-]+$/.test(toks[e - 1].t)) e--;
  return e;
}

/** The character span of content tokens [i, j), with a quotation mark that opens before or closes after it. */
export function contentSpan(ctx: SentenceContext, i: number, j: number): { s: number; e: number } | null {
  const { toks, text } = ctx;
  if (j <= i) return null;
  let s = toks[i].s, e = toks[j - 1].e;
  if (/["“‘']/.test(text[s - 1] ?? '')) s--;
  const close = /^[.,!?]?(?:["”’]|'')/.exec(text.slice(e, e + 3));
  if (close) e += close[0].length;
  return { s, e };
}

/** Count of word tokens in [i, j). */
export function words(toks: Tok[], i: number, j: number): number {
  let n = 0;
  for (let k = i; k < j; k++) if (!toks[k].punct) n++;
  return n;
}
