// Who a pronoun or description is, scored on a split without hand-resolved referents (train): PolNeAR's gold quotes
// whose Source is a pronoun or a description and whose CoreNLP coreference gives a name (`resolvedName`). A silver
// standard: CoreNLP's own coreference mistakes are in it, so read it as a trend, never as the figure
// (dev/referents.json, resolved by hand, is). Lenient as referents-score.mjs: the gold name's last word is a word of
// the predicted speaker name. Matching of quotes as polnear-score.mjs (≥ 50% of the gold quote's inner span).
// A module, not a command: `node test/eval/run-eval.mjs --split train [--cv]` prints its figure ("silver referents").
import path from 'node:path';
import { overlap } from './spans.mjs';

const words = s => new Set(String(s).toLowerCase().replace(/['’]s\b/g, '').replace(/\./g, '').split(/[^\p{L}\d'-]+/u).filter(Boolean));
const lastWord = s => [...words(s)].filter(w => !/^(?:jr|sr|ii|iii)$/.test(w)).pop();

/** { items, found, right, rate, worst: [{file, source, gold, predicted}] } over the gold documents given. */
export function silverReferents(goldDocs, pred) {
  const byBase = new Map((pred.documents ?? []).map(d => [path.basename(d.file), d]));
  let items = 0, found = 0, right = 0;
  const wrong = [];
  for (const g of goldDocs) {
    const pd = byBase.get(g.file);
    for (const q of g.quotes) {
      const src = q.source;
      if (!src || src.kind === 'name' || !src.resolvedName) continue;
      items++;
      const len = q.innerEnd - q.innerStart;
      const best = (pd?.quotes ?? []).filter(p => p.speaker && overlap(p.start, p.end, q.innerStart, q.innerEnd) >= 0.5 * len)
        .sort((a, b) => overlap(b.start, b.end, q.innerStart, q.innerEnd) - overlap(a.start, a.end, q.innerStart, q.innerEnd))[0];
      if (!best) continue;
      found++;
      if (words(best.speaker.name).has(lastWord(src.resolvedName))) right++;
      else wrong.push({ file: g.file, source: src.text, gold: src.resolvedName, predicted: best.speaker.name });
    }
  }
  return { items, found, right, rate: items ? Math.round(1000 * right / items) / 1000 : null, wrong };
}
