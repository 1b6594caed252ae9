/**
 * Rule family — a talk with a hearer and its topic after "about": "He is talking to voters about ⟦health care and getting
 * big money out of politics⟧", "Trump talks to Megyn Kelly about ⟦bullying⟧", "trusted aides have talked with Clinton’s
 * operation about ⟦the best steps going forward⟧", "Trump was even more emphatic Monday when he spoke to CNN about ⟦the
 * subject⟧", "Klein … spoke with Breitbart News about ⟦Clinton⟧" (PolNeAR train: 9 of 11 such talks outside quotation
 * marks are gold; "spoke … about" with no hearer is ./objectCue.ts's, and found as many false positives as
 * attributions). The hearer is read as a cue's is (./hearer.ts): a name, a noun of people, a determiner's noun phrase.
 */
import { wordSet } from '../people/lexicon';
import { contentEnd } from './clause';
import { afterHearer } from './hearer';
import type { Report, SentenceContext } from './report';
import { verbAt } from './speaker';
import { reportOfVerb } from './verbReport';

/** Verbs of talking to someone. */
export const TALKING_VERBS: readonly string[] = ['talk', 'talks', 'talked', 'talking', 'spoke', 'speaks', 'speaking', 'spoken'];
const TALKING = new Set(TALKING_VERBS);
const TO_OR_WITH = wordSet('to|with');

export function talksTo(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 4; c++) {
    const t = toks[c];
    if (!TALKING.has(t.l) || t.cap || !TO_OR_WITH.has(toks[c + 1].l) || !(verbAt(toks, c, false) || toks[c - 1].l === 'to')) continue;
    const h = afterHearer(toks, c + 2, b);
    if (h <= c + 2 || h >= b - 1 || toks[h].l !== 'about' || toks[h + 1].punct) continue;
    const from = h + 1, end = contentEnd(ctx, from, true);
    if (end <= from) continue;
    const r = reportOfVerb(ctx, c, from, end, toks[h].e, 'object');
    if (r) out.push(r);
  }
  return out;
}
