#!/usr/bin/env node
// instructions.mjs — the CLI's work on PolNeAR as a count of machine instructions (valgrind's cachegrind, no cache
// simulation): a measure of speed that a busy machine does not blur. On the 2-core machine shared with other work,
// wall and CPU times of one run vary by ±10% and more; the instruction count of the same run varies by about ±0.5%.
// It does not see what costs time without costing instructions (cache misses, page faults, two threads on two
// cores), so a change it calls a win is confirmed by `npm run bench` on a quiet machine.
// With other processes running, the count itself moves too (JIT timing changes the work: one build read 6.08, 6.10 and
// 6.29 G in three runs, twenty-fourth session): alternate the builds (--cli A,B,A,B) and trust only repeated gaps.
// Much of that is V8's heap growing, which reads the time its collections take: with --node-flags "--single-threaded
// --predictable-gc-schedule" (no compiler or GC threads, heap growing fixed) the same build read 6.935 and 6.939 G on a
// machine at load 5-12, where --single-threaded alone read 7.014 and 7.064 G (thirty-sixth session).
//
//   node test/bench/instructions.mjs [--split dev|train] [--threads N] [--only PARTS] [--cli A.js,B.js,...]
//                                    [--node-flags "--flag ..."]
//
// Each CLI (default: this repository's dist/cli.js; several to compare builds, e.g. a copy of main's dist/) runs
// `analyze --json --only PARTS DIR` (default quotes,figures: the bench's document analysis) with its own code-cache
// folder, once plainly (which writes the code cache a user's second run has) and once under valgrind, on N threads
// (default 1: valgrind runs a process's threads one at a time, so the count is the work of all of them either way).
// Prints each CLI's instruction count, its ratio to the first one's, and whether its output differs from the first's.
// Needs valgrind (Debian: `apt-get install valgrind`); takes about 40 s of CPU per CLI on dev.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { opt, root, shared } from '../harness/paths.mjs';

const split = opt('--split', 'dev');
const threads = opt('--threads', '1');
const only = opt('--only', 'quotes,figures');
const clis = opt('--cli', path.join(root, 'dist', 'cli.js')).split(',').map(f => path.resolve(f));
const nodeFlags = (opt('--node-flags', '') ?? '').split(/\s+/).filter(Boolean);
const dir = path.join(shared, 'bench', 'polnear', split, 'text');

if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('instructions.mjs: valgrind is not installed (apt-get install valgrind)');
  process.exit(2);
}
for (const cli of clis) {
  if (!fs.existsSync(cli)) {
    console.error(`instructions.mjs: no ${cli} (npm run build:cli)`);
    process.exit(2);
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-instructions-'));

/** One CLI's run: plainly (its code cache written), then under valgrind; its instruction count and output. */
function measure(cli, n) {
  const env = { ...process.env, NEWS_LENS_THREADS: threads, NEWS_LENS_CACHE_DIR: path.join(work, `cache-${n}`) };
  const argv = [...nodeFlags, cli, 'analyze', '--json', '--only', only, dir];
  const plain = spawnSync(process.execPath, argv, { env, maxBuffer: 1 << 30 });
  if (plain.status !== 0) throw new Error(`${cli}: ${plain.stderr}`);
  // (--smc-check: V8 writes and rewrites machine code in memory valgrind must not take for unchanging code)
  const report = path.join(work, `valgrind-${n}.txt`);
  const counted = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', '--smc-check=all-non-file',
    `--log-file=${report}`, process.execPath, ...argv], { env, maxBuffer: 1 << 30 });
  if (counted.status !== 0) throw new Error(`${cli} under valgrind: ${counted.stderr}`);
  const refs = /I\s+refs:\s+([\d,]+)/.exec(fs.readFileSync(report, 'utf8'));
  if (!refs) throw new Error(`${cli}: no instruction count in valgrind's report`);
  return { instructions: Number(refs[1].replace(/,/g, '')), output: counted.stdout };
}

try {
  console.log(`PolNeAR ${split}, --only ${only}, ${threads} thread(s)${nodeFlags.length ? `, node ${nodeFlags.join(' ')}` : ''}; NODE_EXTRA_CA_CERTS ${process.env.NODE_EXTRA_CA_CERTS ? 'set' : 'unset'}`);
  const first = measure(clis[0], 0);
  const results = [first];
  for (let n = 1; n < clis.length; n++) results.push(measure(clis[n], n));
  results.forEach((r, n) => {
    const same = r.output.equals(first.output) ? '' : '  OUTPUT DIFFERS from the first';
    console.log(`${(r.instructions / 1e9).toFixed(3)} G instructions  ×${(r.instructions / first.instructions).toFixed(4)}  ${clis[n]}${same}`);
  });
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
