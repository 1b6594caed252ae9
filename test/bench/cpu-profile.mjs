#!/usr/bin/env node
// cpu-profile.mjs — where a CLI run's time goes, from V8's CPU profiles (`node --cpu-prof`): the self time of each
// function of the engine bundles (dist/cli-engine.js; dist/cli-index.js, which a run of the index alone loads), of the
// garbage collector and of the rest (Node, start-up, native code), each the median over several runs. A measure of shares, not of speed: on the shared 2-core machine a
// profile's times stretch with the load (a sample's time runs on while the thread waits for a CPU), so compare the
// shares of two builds profiled in the same session, alternated, and count instructions (instructions.mjs) to call
// a change a win.
//
//   node test/bench/cpu-profile.mjs [--split dev|train] [--runs N] [--only PARTS] [--threads N] [--top N]
//                                   [--cli A.js,B.js,...] [--stages NAME,NAME,...]
//
// Each CLI (default: this repository's dist/cli.js) runs `analyze --json --only PARTS DIR` (default quotes,figures:
// the bench's document analysis) on N threads (default 1: a worker thread's profile is a file of its own) with a code
// cache folder of its own, once plainly (which writes the cache a user's second run has), then N times (default 5)
// under --cpu-prof, the CLIs alternated run by run. Prints per CLI the median total, the shares of the engine's
// functions, the GC and the rest, and the engine's top functions by median self time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { opt, root, shared } from '../harness/paths.mjs';

const split = opt('--split', 'dev');
const runs = Number(opt('--runs', '5'));
const only = opt('--only', 'quotes,figures');
const threads = opt('--threads', '1');
const top = Number(opt('--top', '25'));
const stages = (opt('--stages', '') ?? '').split(',').filter(Boolean);
const clis = opt('--cli', path.join(root, 'dist', 'cli.js')).split(',').map(f => path.resolve(f));
const dir = path.join(shared, 'bench', 'polnear', split, 'text');
/** The engine's bundles: the whole engine, and the corpus index's own (a run of --only duplicates loads it). */
const ENGINES = ['cli-engine.js', 'cli-index.js'];

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-cpu-profile-'));
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One run of CLI n, profiled when `profile` (its .cpuprofile files in a folder of their own, returned). */
function run(n, profile, k) {
  const env = { ...process.env, NEWS_LENS_THREADS: threads, NEWS_LENS_CACHE_DIR: path.join(work, `cache-${n}`) };
  const out = path.join(work, `prof-${n}-${k}`);
  const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${out}`] : [];
  const r = spawnSync(process.execPath, [...flags, clis[n], 'analyze', '--json', '--only', only, dir], { env, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${clis[n]}: ${r.stderr}`);
  return out;
}

const frameKey = f => `${f.functionName || '(anonymous)'} ${path.basename(f.url)}:${f.lineNumber + 1}`;

/**
 * A profile's self time (µs) by function ("name file:line") and its total; with --stages, each stage's inclusive time
 * (`stage` → µs) and its direct callees' under it (`stage` → callee key → µs; '(self)' for the stage's own).
 */
function selfTimes(file) {
  const p = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(p.nodes.map(node => [node.id, node]));
  const parent = new Map();
  for (const node of p.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const self = new Map(), inStage = new Map(), under = new Map();
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const d = p.timeDeltas[i] ?? 0;
    total += d;
    const key = frameKey(byId.get(p.samples[i]).callFrame);
    self.set(key, (self.get(key) ?? 0) + d);
    if (!stages.length) continue;
    // (the stack from the leaf up: a stage's outermost frame is its last one)
    const stack = [];
    for (let id = p.samples[i]; id !== undefined; id = parent.get(id)) stack.push(byId.get(id).callFrame);
    for (const stage of stages) {
      let at = -1;
      for (let k = 0; k < stack.length; k++) if (stack[k].functionName === stage && ENGINES.includes(path.basename(stack[k].url))) at = k;
      if (at < 0) continue;
      inStage.set(stage, (inStage.get(stage) ?? 0) + d);
      if (!under.has(stage)) under.set(stage, new Map());
      const callee = at === 0 ? '(self)' : frameKey(stack[at - 1]);
      under.get(stage).set(callee, (under.get(stage).get(callee) ?? 0) + d);
    }
  }
  return { self, total, inStage, under };
}

try {
  console.log(`PolNeAR ${split}, --only ${only}, ${threads} thread(s), ${runs} profiled runs per CLI (medians; shares of each run's total)`);
  clis.forEach((_, n) => run(n, false, 0));
  const profiles = clis.map(() => []);
  for (let k = 0; k < runs; k++) {
    clis.forEach((_, n) => {
      const out = run(n, true, k);
      for (const f of fs.readdirSync(out).filter(x => x.endsWith('.cpuprofile'))) profiles[n].push(selfTimes(path.join(out, f)));
    });
  }
  clis.forEach((cli, n) => {
    const ps = profiles[n];
    const share = pick => median(ps.map(p => 100 * [...p.self].filter(([key]) => pick(key)).reduce((s, [, v]) => s + v, 0) / p.total));
    const engine = key => ENGINES.some(e => key.includes(` ${e}:`));
    const gc = key => key.startsWith('(garbage collector) ');
    console.log(`\n${cli}: total ${(median(ps.map(p => p.total)) / 1e3).toFixed(0)} ms; engine ${share(engine).toFixed(1)}%, GC ${share(gc).toFixed(1)}%, rest ${share(key => !engine(key) && !gc(key)).toFixed(1)}%`);
    const keys = new Set(ps.flatMap(p => [...p.self.keys()].filter(engine)));
    const rows = [...keys].map(key => [key, median(ps.map(p => 100 * (p.self.get(key) ?? 0) / p.total))]).sort((a, b) => b[1] - a[1]);
    for (const [key, v] of rows.slice(0, top)) console.log(`${v.toFixed(2).padStart(7)}%  ${key}`);
    for (const stage of stages) {
      console.log(`\n${stage}: ${median(ps.map(p => 100 * (p.inStage.get(stage) ?? 0) / p.total)).toFixed(2)}% inclusive; its callees, inclusive:`);
      const callees = new Set(ps.flatMap(p => [...(p.under.get(stage)?.keys() ?? [])]));
      const byCallee = [...callees].map(key => [key, median(ps.map(p => 100 * (p.under.get(stage)?.get(key) ?? 0) / p.total))]).sort((a, b) => b[1] - a[1]);
      for (const [key, v] of byCallee.slice(0, top)) console.log(`${v.toFixed(2).padStart(7)}%  ${key}`);
    }
  });
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
