#!/usr/bin/env node
// Reported speech (#16), a development aid: the gold indirect attributions of a PolNeAR split that the CLI misses,
// grouped by the head word of their cue, largest group first, with a few examples each; then the false positives
// grouped by their cue. A miss that a prediction overlaps without matching is marked '~' (a boundary problem, not a
// construction the rules lack).
//   node test/eval/reported-misses.mjs [--split train|dev] [--pred PRED.json] [--groups N] [--examples N] [--cue WORD]
// Without --pred it runs dist/cli.js (npm run build:cli first) on the split.
import path from 'node:path';

import { opt } from '../harness/paths.mjs';
import { loadGold, readPrediction, scoreAgainst } from './reportedEval.mjs';

const split = opt('--split', 'train');
const groups = Number(opt('--groups', '40'));
const examples = Number(opt('--examples', '3'));
const only = opt('--cue', null);
const pred = readPrediction(split, opt('--pred', null), 'reported');
const { res, docs } = scoreAgainst(loadGold(split), pred);
const texts = new Map([...docs].map(([file, d]) => [file, d.text]));
const predsOf = new Map(pred.documents.map(d => [path.basename(d.file), d.quotes.filter(q => q.kind === 'indirect')]));

const AUX = /^(?:has|have|had|is|was|are|were|be|been|will|would|could|should|may|might|must|can|did|does|do|also|not|never|just|still|repeatedly|previously|recently|reportedly|then|later|often|n't|has|’s|'s)$/;
/** The cue's head: its first word that is not an auxiliary or adverb, lower case. */
function head(text, spans) {
  const words = spans.map(([s, e]) => text.slice(s, e)).join(' ').toLowerCase().match(/[\p{L}’'-]+|:/gu) ?? [];
  return words.find(w => !AUX.test(w)) ?? words[0] ?? '-';
}
const one = x => x.replace(/\s*\n\s*/g, ' ⏎ ');
function context(text, s, e, w = 70) {
  let mid = text.slice(s, e); if (mid.length > 220) mid = mid.slice(0, 120) + ' … ' + mid.slice(-80);
  return `…${one(text.slice(Math.max(0, s - w), s))}⟦${one(mid)}⟧${one(text.slice(e, e + 40))}…`;
}

const byCue = new Map();
for (const { file, g } of res.misses) {
  const text = texts.get(file);
  const h = head(text, g.cue);
  if (only && h !== only) continue;
  const near = (predsOf.get(file) ?? []).some(p => p.start < g.end && p.end > g.start);
  const src = g.source ? g.source.text.replace(/\s+/g, ' ') : '(no source)';
  const line = `${near ? '~' : ' '} ${file.slice(0, 40)} [${src.slice(0, 40)} | ${g.cue.map(([s, e]) => text.slice(s, e)).join(' ')}] ${context(text, g.start, g.end)}`;
  if (!byCue.has(h)) byCue.set(h, { n: 0, near: 0, lines: [] });
  const grp = byCue.get(h); grp.n++; if (near) grp.near++; grp.lines.push(line);
}
const sorted = [...byCue.entries()].sort((x, y) => y[1].n - x[1].n);
console.log(`${split}: ${res.misses.length} gold indirect attributions missed, ${res.falsePositives.length} false positives; by cue head (n, ~ = overlapped by a prediction):`);
for (const [h, grp] of sorted.slice(0, only ? 1 : groups)) {
  console.log(`\n## ${h}  ${grp.n} (${grp.near} ~)`);
  for (const l of grp.lines.slice(0, only ? 1e9 : examples)) console.log('  ' + l);
}
const fp = new Map();
for (const { file, p } of res.falsePositives) {
  const h = (p.cue?.text ?? '-').toLowerCase();
  if (only && h !== only) continue;
  if (!fp.has(h)) fp.set(h, []);
  fp.get(h).push(`${file.slice(0, 40)} [${p.speaker?.name ?? 'null'}] ${context(texts.get(file), p.start, p.end)}`);
}
console.log(`\nFALSE POSITIVES by cue:`);
for (const [h, ls] of [...fp.entries()].sort((x, y) => y[1].length - x[1].length).slice(0, only ? 1 : groups)) {
  console.log(`\n## ${h}  ${ls.length}`);
  for (const l of ls.slice(0, only ? 1e9 : examples)) console.log('  ' + l);
}
