/**
 * Rule family — a direct quote right after its cue and its comma, which the sentence goes on from in the writer's
 * words: 'de Blasio said, ⟦“I have not heard that particular concern” from New York law enforcement officials⟧',
 * 'Yet another said, ⟦“Rubio is in a five-person battle with Bush, Christie, Kasich and Cruz” for second place⟧',
 * 'Tyler said, ⟦"We have three weeks to go" until the Iowa caucuses⟧' (PolNeAR train). PolNeAR attributes the quote
 * and the words after it as one content, mixed: the quoted words stay a direct quote as well (mixed.ts).
 */
import { cueSpan } from '../quotes/attribution';
import { CUES } from '../quotes/lexicon';
import { quoteAt } from './mixed';
import { words } from './clause';
import type { Report, SentenceContext } from './report';
import { reporterOf } from './speaker';
import { wordSet } from '../people/lexicon';

/**
 * Words that open a clause, a coordination or a subordinate clause of the writer's own after the quote, no part of the
 * content ('the attendees chanted, "Lock her up!" as they had for previous speakers': no gold on PolNeAR train).
 */
const NOT_A_TAIL = wordSet('and|but|or|so|he|she|they|it|we|i|who|which|that|said|says|adding|saying|as|when|while|because|after|before|since|if|though|although');
/** The fewest words after the quote that make the content the writer's too. */
const MIN_TAIL_WORDS = 2;
/** The most tokens after the quote to the sentence's end (a short phrase; bounded, so each cue reads a bounded window). */
const MAX_TAIL_TOKENS = 30;

export function quotedLeads(ctx: SentenceContext): Report[] {
  const { toks, a, b, quotes } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 3; c++) {
    const t = toks[c], comma = toks[c + 1], first = toks[c + 2];
    if (t.cap || !CUES.has(t.l) || (comma.t !== ',' && comma.t !== ':')) continue;
    const q = quoteAt(quotes, first.s);
    // (a quote that opens a sentence of its own: not "…, Ms. Tanzer said, ''is a perfect example of adapting'' to …",
    // an attribution set inside its sentence, whose content is the whole sentence)
    if (!q || q.start < comma.e || !first.cap) continue;
    let k = c + 2;
    while (k < b && toks[k].s < q.end) k++;
    const tail = toks[k];
    // (the writer's words right after the closing mark: "” from New York …", not "," he added" nor "” and …")
    if (!tail || tail.punct || tail.cap || NOT_A_TAIL.has(tail.l) || !/^ \S/.test(ctx.text.slice(q.end, tail.s + 1))) continue;
    let end = b;
    while (end > k && toks[end - 1].punct) end--;
    if (end - k > MAX_TAIL_TOKENS || words(toks, k, end) < MIN_TAIL_WORDS || toks.slice(k, end).some(x => CUES.has(x.l) || quoteAt(quotes, x.s))) continue;
    const mention = reporterOf(ctx, c);
    if (mention) out.push({ s: q.start, e: toks[end - 1].e, cue: cueSpan(toks, c, c + 1), mention, rule: 'say-clause' });
  }
  return out;
}
