/**
 * The corpus-index side of test/bench/dupbench.mjs, bundled by `npm run build:bench` into
 * .bench/corpus-bench.js and run in a child process per measurement:
 *
 *   node .bench/corpus-bench.js DIR [--update N]
 *
 * Reads every *.txt of DIR (sorted), builds a CorpusIndex and asks for its duplicate groups; then, with
 * --update N, changes N files one at a time (a sentence appended) and times each updated index
 * (set + duplicates). Prints one JSON line: {files, megabytes, readSeconds, indexSeconds, groups,
 * updateMs: [...], maxRssMB}.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CorpusIndex } from '../../src/core/corpus';

const dir = process.argv[2];
const updateArg = process.argv.indexOf('--update');
const updates = updateArg > 0 ? Number(process.argv[updateArg + 1]) : 0;
const seconds = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e9;

let t = process.hrtime.bigint();
const files = fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort();
const texts = files.map(f => fs.readFileSync(path.join(dir, f), 'utf8'));
const readSeconds = seconds(t);

t = process.hrtime.bigint();
const index = new CorpusIndex();
files.forEach((f, i) => index.set(f, texts[i]));
const groups = index.duplicates().length;
const indexSeconds = seconds(t);

const updateMs: number[] = [];
for (let u = 0; u < updates; u++) {
  const k = Math.floor(((u + 0.5) / updates) * files.length);
  const changed = texts[k].replace(/\s*$/, `\n\nThis paragraph was added by the benchmark to change file number ${u}.\n`);
  t = process.hrtime.bigint();
  index.set(files[k], changed);
  index.duplicates();
  updateMs.push(seconds(t) * 1000);
}

const megabytes = texts.reduce((s, x) => s + x.length, 0) / 1e6;
console.log(JSON.stringify({ files: files.length, megabytes, readSeconds, indexSeconds, groups, updateMs, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
