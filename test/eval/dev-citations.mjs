#!/usr/bin/env node
// PolNeAR dev text quoted in the engine's comments and the unit tests, a method check (dev is for checking only: a
// rule's example sentences come from train or the outlet fixtures). Prints every line of src/ and test/unit/ that
// shares a run of N words (default 6, case and punctuation aside) with a dev article and with no train article, no
// fixture (test/fixtures) and no seed sample (media/samples): file:line, the dev article, [the run], the line. Common
// phrases show up too, and a train sentence whose copy is mis-encoded ("PeÃ±a" for "Peña": src/core/reported/comparison.ts
// cites USA Today 2016-06-30, a train article); each line is for a reader to judge.
//   node test/eval/dev-citations.mjs [--words N] [--under src/core]
import fs from 'node:fs';
import path from 'node:path';

import { opt, root, shared } from '../harness/paths.mjs';

const N = Number(opt('--words', '6'));
const under = opt('--under', null);
const WORD = /[a-z0-9]+/g;

/** The runs of N words of a text, each joined by a space. */
function runs(text) {
  const words = text.toLowerCase().match(WORD) ?? [];
  const out = [];
  for (let i = 0; i + N <= words.length; i++) out.push(words.slice(i, i + N).join(' '));
  return out;
}

/** Every file under dir whose name passes `keep`. */
function filesUnder(dir, keep) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p, keep) : keep(p) ? [p] : [];
  });
}

const polnear = path.join(shared, 'bench', 'polnear');
const devRun = new Map();
for (const f of filesUnder(path.join(polnear, 'dev', 'text'), p => p.endsWith('.txt'))) {
  for (const r of runs(fs.readFileSync(f, 'utf8'))) if (!devRun.has(r)) devRun.set(r, path.basename(f));
}
const elsewhere = new Set();
const others = [
  ...filesUnder(path.join(polnear, 'train', 'text'), p => p.endsWith('.txt')),
  ...filesUnder(path.join(root, 'test', 'fixtures'), p => p.endsWith('.txt')),
  ...filesUnder(path.join(root, 'media', 'samples'), () => true),
];
for (const f of others) for (const r of runs(fs.readFileSync(f, 'utf8'))) if (devRun.has(r)) elsewhere.add(r);

const roots = under ? [path.join(root, under)] : [path.join(root, 'src'), path.join(root, 'test', 'unit')];
let lines = 0;
for (const dir of roots) {
  for (const f of filesUnder(dir, p => p.endsWith('.ts')).sort()) {
    fs.readFileSync(f, 'utf8').split('\n').forEach((line, n) => {
      const hit = runs(line).find(r => devRun.has(r) && !elsewhere.has(r));
      if (!hit) return;
      lines++;
      console.log(`${path.relative(root, f)}:${n + 1}: ${devRun.get(hit)} [${hit}] | ${line.trim().slice(0, 140)}`);
    });
  }
}
console.error(`${lines} lines share a ${N}-word run with PolNeAR dev alone`);
