#!/usr/bin/env node
// Speaker error analysis on a PolNeAR split (default train): runs the core on every article, judges each found gold
// direct quote with the shared scorer's speakerCorrect, and groups the wrong ones by cause (no speaker; a wrong mention
// in the quote's own sentence; a mention in another sentence, i.e. inheritance or the paragraph's cue) and by the
// rule that attributed the quote (Quote.why.rule, which the JSON output leaves out). Develop on train, never on dev.
//   node test/eval/speaker-errors.mjs [--split train|dev] [--group CAUSE|RULE] [--show N]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { opt, root, shared } from '../harness/paths.mjs';
import { overlap } from './spans.mjs';

const split = opt('--split', 'train');
const only = opt('--group', '');
const show = Number(opt('--show', '3'));
const work = path.join(root, '.eval');
fs.mkdirSync(work, { recursive: true });
const bundle = path.join(work, 'core.cjs');
execFileSync(path.join(root, 'node_modules', '.bin', 'esbuild'), [path.join(root, 'src', 'core', 'index.ts'), '--bundle', '--platform=node', '--format=cjs', `--outfile=${bundle}`, '--log-level=warning']);
const core = createRequire(import.meta.url)(bundle);
const { speakerCorrect, MATCH } = await import(path.join(shared, 'eval', 'polnear-score.mjs'));

const dir = path.join(shared, 'bench', 'polnear', split);
const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8'));
const sentenceAround = (text, at) => {
  let s = at, e = at;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  while (e < text.length && !/[\n]/.test(text[e]) && !/[.!?]\s/.test(text.slice(e, e + 2))) e++;
  return [s, e];
};
const groups = new Map();
let judged = 0, right = 0;
for (const d of gold) {
  const text = core.stripBom(fs.readFileSync(path.join(dir, 'text', d.file), 'utf8'));
  const pq = core.analyzeText(d.file, text, { parts: ['quotes'] }).quotes.filter(q => q.kind !== 'indirect');
  for (const g of d.quotes) {
    if (!g.source) continue;
    const len = g.innerEnd - g.innerStart;
    const matches = pq.filter(p => overlap(p.start, p.end, g.innerStart, g.innerEnd) >= MATCH * len);
    if (!matches.length) continue;
    judged++;
    const withSp = matches.filter(p => p.speaker).sort((a, b) => overlap(b.start, b.end, g.innerStart, g.innerEnd) - overlap(a.start, a.end, g.innerStart, g.innerEnd));
    const p = withSp[0];
    if (p && speakerCorrect(p, g)) { right++; continue; }
    let cause;
    if (!p) cause = 'no speaker';
    else {
      const [ss, se] = sentenceAround(text, p.start);
      const at = p.speaker.start ?? -1;
      const para = text.lastIndexOf('\n', p.start) + 1;
      cause = at < 0 ? 'speaker without span' : at >= ss - 3 && at < se + 3 ? 'wrong mention, same sentence' : at >= para ? 'mention in another sentence, same paragraph' : 'mention in another paragraph';
    }
    const rule = p?.why?.rule ?? '-';
    const key = `${cause} | ${rule}`;
    if (!groups.has(key)) groups.set(key, []);
    const src = g.source;
    const ctx = text.slice(Math.max(0, Math.min(g.markStart, src.start) - 40), Math.min(text.length, Math.max(g.markEnd, src.end) + 60)).replace(/\s+/g, ' ');
    groups.get(key).push({ file: d.file, gold: `${src.text} [${src.kind}${src.resolvedSource ? ' → ' + src.resolvedSource : ''}]`, pred: p ? `${p.speaker.name}${p.speaker.start != null ? ' @' + text.slice(p.speaker.start, p.speaker.end) : ''} (${(p.why?.chain ?? []).join(' → ')})` : '-', ctx: ctx.length > 400 ? ctx.slice(0, 400) + '…' : ctx });
  }
}
console.log(`${split}: speaker accuracy ${(right / judged).toFixed(4)} (${right}/${judged}), ${judged - right} errors`);
const byCause = new Map();
for (const [k, v] of groups) { const c = k.split(' | ')[0]; byCause.set(c, (byCause.get(c) ?? 0) + v.length); }
for (const [c, n] of [...byCause].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${c}`);
console.log('');
for (const [k, v] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
  if (only && !k.includes(only)) continue;
  console.log(`${String(v.length).padStart(4)}  ${k}`);
  for (const e of v.slice(0, show)) console.log(`        ${e.file}: gold ${e.gold}; pred ${e.pred}\n          ${e.ctx}`);
}
