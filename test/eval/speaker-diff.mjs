#!/usr/bin/env node
// Speakers of direct quotes (#12), a development aid: what a change did on a PolNeAR split, from two predictions
// (before and after, as `news-lens analyze --json --only quotes` writes them). For every found gold direct quote with
// a source it tells whether its speaker went right→wrong or wrong→right (the shared scorer's speakerCorrect), and it
// lists the quotes whose speaker *name* changed while the judgement did not (name clean-up), each with its context.
// This is the per-quote evidence a rule needs before it enters (develop on train, check on dev).
//   node test/eval/speaker-diff.mjs --before A.json --after B.json [--split train|dev] [--examples N] [--names]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { args, opt, shared } from '../harness/paths.mjs';
import { overlap } from './spans.mjs';

const split = opt('--split', 'train');
const before = opt('--before', null), after = opt('--after', null);
const examples = Number(opt('--examples', '40'));
const showNames = args.includes('--names');
if (!before || !after) {
  console.error('usage: node test/eval/speaker-diff.mjs --before A.json --after B.json [--split train|dev] [--examples N] [--names]');
  process.exit(2);
}
const dir = path.join(shared, 'bench', 'polnear', split);
const S = await import(pathToFileURL(path.join(shared, 'eval', 'polnear-score.mjs')).href);
const gold = S.loadDumpedGold(path.join(dir, 'gold.json'), path.join(dir, 'text'));
const read = file => {
  const byBase = new Map();
  for (const d of JSON.parse(fs.readFileSync(file, 'utf8')).documents || []) byBase.set(path.basename(d.file), d);
  return byBase;
};
const A = read(before), B = read(after);

/** The predicted quote the scorer judges for gold quote g: the best-overlapping matching one with a speaker. */
const judged = (doc, g) => {
  const len = g.innerEnd - g.innerStart;
  const pq = (doc?.quotes || []).filter(q => q.kind !== 'indirect' && overlap(q.start, q.end, g.innerStart, g.innerEnd) >= S.MATCH * len);
  if (!pq.length) return undefined;
  const withSp = pq.filter(p => p.speaker).sort((a, b) => overlap(b.start, b.end, g.innerStart, g.innerEnd) - overlap(a.start, a.end, g.innerStart, g.innerEnd));
  return withSp[0] ?? null;
};
const say = (text, p) => (p ? `${p.speaker.name}${Number.isInteger(p.speaker.start) ? ' @' + JSON.stringify(text.slice(p.speaker.start, p.speaker.end)) : ''}` : '-');

const gained = [], lost = [], renamed = [];
let n = 0, okA = 0, okB = 0;
for (const d of gold.docs) {
  const text = d.text ?? fs.readFileSync(path.join(dir, 'text', d.file), 'utf8');
  for (const g of d.quotes) {
    if (!g.source) continue;
    const pa = judged(A.get(d.file), g), pb = judged(B.get(d.file), g);
    if (pa === undefined && pb === undefined) continue;
    n++;
    const ra = !!pa && S.speakerCorrect(pa, g), rb = !!pb && S.speakerCorrect(pb, g);
    okA += ra; okB += rb;
    const ctx = text.slice(Math.max(0, Math.min(g.markStart, g.source.start) - 40), Math.min(text.length, Math.max(g.markEnd, g.source.end) + 60)).replace(/\s+/g, ' ');
    const row = { file: d.file, gold: g.source.text + (g.source.resolvedSource ? ' → ' + g.source.resolvedSource : ''), a: say(text, pa), b: say(text, pb), ctx: ctx.length > 360 ? ctx.slice(0, 360) + '…' : ctx };
    if (!ra && rb) gained.push(row);
    else if (ra && !rb) lost.push(row);
    else if ((pa?.speaker?.name ?? null) !== (pb?.speaker?.name ?? null)) renamed.push({ ...row, right: ra });
  }
}
console.log(`${split}: judged ${n}; right before ${okA} (${(okA / n).toFixed(4)}), after ${okB} (${(okB / n).toFixed(4)}); wrong→right ${gained.length}, right→wrong ${lost.length}, name changed only ${renamed.length}`);
const list = (title, rows) => {
  if (!rows.length) return;
  console.log(`\n== ${title} (${rows.length})`);
  for (const r of rows.slice(0, examples)) console.log(`- ${r.file}${'right' in r ? (r.right ? ' [right]' : ' [wrong]') : ''}\n  gold: ${r.gold}\n  before: ${r.a}\n  after:  ${r.b}\n  ${r.ctx}`);
};
list('wrong → right', gained);
list('right → wrong', lost);
if (showNames) list('name changed, judgement unchanged', renamed);
