#!/usr/bin/env node
// Reported speech (#16), a development aid for precision: every indirect prediction with a speaker that matches no
// gold attribution, sorted by why. A false positive that overlaps a gold Content is a BOUNDARY mismatch, told by where
// the two spans part: 'long end' (ours runs past the gold's end), 'short end', 'early start', 'late start'; one that
// overlaps no gold Content but a direct quote (the prediction's own direct quote, or a gold one: mostly a relation
// PolNeAR made DIRECT, 'called X “…”' with the quotation alone as its Content) is 'quote'; one that overlaps neither is
// a plain false positive ('none'). Each line shows the prediction ⟦…⟧ and, for a boundary mismatch, the gold span ⟪…⟫
// in the same context.
//   node test/eval/reported-boundaries.mjs [--split train|dev] [--pred PRED.json] [--kind long-end|short-end|early-start|late-start|quote|none] [--cue TEXT] [--limit N]
// Without --pred it runs dist/cli.js (npm run build:cli first) on the split. --cue filters by the cue's text (lower case).
import path from 'node:path';

import { opt } from '../harness/paths.mjs';
import { loadGold, readPrediction, scoreAgainst } from './reportedEval.mjs';
import { oneLine as one } from './spans.mjs';

const split = opt('--split', 'train');
const only = opt('--kind', null);
const cueOnly = opt('--cue', null);
const limit = Number(opt('--limit', '1000000'));
const pred = readPrediction(split, opt('--pred', null), 'reported-boundaries');
const { res, docs } = scoreAgainst(loadGold(split), pred);
/** The prediction's direct quotes (kind absent or "direct") by file name. */
const ownDirect = new Map(pred.documents.map(d => [path.basename(d.file), d.quotes.filter(q => q.kind !== 'indirect')]));

/** How far apart two spans' ends and starts are, in characters, and which parting matters most. */
function parting(p, g) {
  const ds = p.start - g.start, de = p.end - g.end;
  if (Math.abs(de) >= Math.abs(ds)) return de > 0 ? 'long-end' : 'short-end';
  return ds < 0 ? 'early-start' : 'late-start';
}
/** The text from a little before to a little after both spans, with ⟦⟧ around the prediction and ⟪⟫ around the gold. */
function show(text, p, g) {
  const marks = [[p.start, '⟦'], [p.end, '⟧']];
  if (g) marks.push([g.start, '⟪'], [g.end, '⟫']);
  const lo = Math.max(0, Math.min(...marks.map(m => m[0])) - 50), hi = Math.min(text.length, Math.max(...marks.map(m => m[0])) + 30);
  marks.sort((x, y) => x[0] - y[0]);
  let out = '', at = lo;
  for (const [o, m] of marks) { out += text.slice(at, o) + m; at = o; }
  return '…' + one(out + text.slice(at, hi)) + '…';
}

const groups = new Map();
for (const { file, p } of res.falsePositives) {
  const d = docs.get(file);
  let best = null, bestO = 0;
  for (const g of d.indirect) {
    const o = Math.max(0, Math.min(p.end, g.end) - Math.max(p.start, g.start));
    if (o > bestO) { bestO = o; best = g; }
  }
  const overlaps = (s, e) => Math.min(p.end, e) > Math.max(p.start, s);
  const quoted = (ownDirect.get(file) ?? []).some(q => overlaps(q.start, q.end)) || (d.quotes ?? []).some(q => overlaps(q.innerStart, q.innerEnd));
  const kind = best ? parting(p, best) : quoted ? 'quote' : 'none';
  if (only && kind !== only) continue;
  if (cueOnly && (p.cue?.text ?? '').toLowerCase() !== cueOnly) continue;
  if (!groups.has(kind)) groups.set(kind, []);
  groups.get(kind).push(`${file.slice(0, 36)} [${p.speaker?.name ?? 'null'} | ${p.cue?.text ?? '-'}] ${show(d.text, p, best)}`);
}
const s = res.summary.indirect;
console.log(`${split}: content P ${s.contentPrecision} R ${s.contentRecall} F1 ${s.contentF1}; ${res.falsePositives.length} false positives:`
  + [...groups].map(([k, v]) => ` ${k} ${v.length}`).join(','));
for (const [k, v] of [...groups].sort((x, y) => y[1].length - x[1].length)) {
  console.log(`\n## ${k}  ${v.length}`);
  for (const l of v.slice(0, limit)) console.log('  ' + l);
}
