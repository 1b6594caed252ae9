#!/usr/bin/env node
// engineWarm.mjs — the engine's time per pass over PolNeAR, in process: no node start-up, no code cache, no worker
// threads, so that two builds can be told apart by a few percent on the shared 2-core machine.
//
//   npm run bench:engine -- [--split dev|train] [--rounds R] [--passes P] [--only PARTS]
//                            [--engine A.js,B.js,...] [--profile DIR] [--top N]
//
// Each engine bundle (default: this repository's dist/cli-engine.js, built by `npm run build:cli`; give a copy of
// main's dist/ to compare builds) runs in R child processes (default 7), the bundles alternated round by round so that
// the machine's load falls on all of them alike. A child runs under the CLI's V8 flags (src/cliV8Flags.ts, read from
// the bundle's own launcher, dist/cli.js, beside it, and given on node's command line), loads the bundle, and runs P
// passes (default 5) of what `news-lens analyze --json --only PARTS SPLIT/text` does after start-up (default parts
// quotes,figures, as `npm run bench`): read the files, analyse them on the main thread, make the JSON text. Prints per
// bundle the median over the rounds of the first pass (cold: every function compiled at its first call, most never
// optimised; the CLI's case but for its code cache, which spares it the compiling) and of the later passes (warm: V8's
// optimising compiler has had its turn), wall and CPU time of the process (CPU counts GC helper threads; wall counts
// waiting for a core), each against the first bundle's; and whether the bundles' outputs differ (each pass's output is
// checked to be the first's). A measure of speed, never a timed test.
//
// On the shared 2-core machine, with other work running, wall times stretch two- or threefold and CPU times move by
// ±5% from one round to the next: a gap of a few percent needs many rounds, or a count of instructions instead —
// test/bench/instructions.mjs with --node-flags --single-threaded (no compiler or GC threads: the same run counted
// twice differed by 0.007%, thirtieth session, against 1.6% without it).
//
// --profile DIR: every child also runs under `--cpu-prof` (profiles in DIR), and the engine's functions are listed by
// median self time over the rounds, all passes together (plus GC and the rest): where the time goes, per bundle.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { args, opt, root, shared } from '../harness/paths.mjs';

const CHILD = '--child';
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The V8 flags the CLI sets for itself (CLI_V8_FLAGS), read from the launcher beside the engine bundle (given on the
 * child's command line: set before node runs any script, as the CLI sets them before its engine runs). */
function cliV8Flags(engine) {
  const launcher = fs.readFileSync(path.join(path.dirname(engine), 'cli.js'), 'utf8');
  const budget = /CLI_INTERRUPT_BUDGET = (\d+) \* (\d+);/.exec(launcher);
  const flags = [...launcher.matchAll(/CLI_(?:REGEXP|GC)_FLAGS = "([^"]+)";/g)].map(m => m[1]);
  if (budget) flags.push(`--interrupt-budget=${Number(budget[1]) * Number(budget[2])}`);
  return flags;
}

/** A child: P passes of one engine bundle over one folder; prints each pass's wall and CPU ms and its output's hash. */
function child(engine, dir, passes, only) {
  const { runCli } = createRequire(import.meta.url)(engine);
  const out = [];
  for (let p = 0; p < passes; p++) {
    let text = '';
    const io = { out: s => { text += s; }, err: () => { /* the run's notes: not measured */ } };
    const c0 = process.cpuUsage(), t0 = process.hrtime.bigint();
    const code = runCli(['analyze', '--json', '--only', only, dir], io, { threads: 1 });
    const wall = Number(process.hrtime.bigint() - t0) / 1e6, cpu = process.cpuUsage(c0);
    if (code !== 0) throw new Error(`${engine}: exit code ${code}`);
    out.push({ wall, cpu: (cpu.user + cpu.system) / 1e3, hash: crypto.createHash('sha1').update(text).digest('hex') });
  }
  process.stdout.write(JSON.stringify(out));
}

/** A profile's self time (ms) by engine function ("name line"), GC and the rest. */
function selfTimes(file, engineBase) {
  const p = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(p.nodes.map(node => [node.id, node]));
  const self = new Map();
  for (let i = 0; i < p.samples.length; i++) {
    const { callFrame: f } = byId.get(p.samples[i]);
    const key = path.basename(f.url) === engineBase ? `${f.functionName || '(anonymous)'} :${f.lineNumber + 1}`
      : f.functionName === '(garbage collector)' ? '(GC)' : '(rest)';
    self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1e3);
  }
  return self;
}

function parent() {
  const split = opt('--split', 'dev');
  const rounds = Number(opt('--rounds', '7'));
  const passes = Number(opt('--passes', '5'));
  const only = opt('--only', 'quotes,figures');
  const top = Number(opt('--top', '30'));
  const profile = opt('--profile', undefined);
  const engines = opt('--engine', path.join(root, 'dist', 'cli-engine.js')).split(',').map(f => path.resolve(f));
  const dir = path.join(shared, 'bench', 'polnear', split, 'text');
  for (const e of engines) if (!fs.existsSync(e)) { console.error(`engineWarm.mjs: no ${e} (npm run build:cli)`); process.exit(2); }
  const runs = engines.map(() => []);
  const profiles = engines.map(() => []);
  for (let r = 0; r < rounds; r++) {
    // (alternated, and the order turned each round: neither bundle always runs right after the other)
    const order = engines.map((_, i) => i);
    if (r % 2) order.reverse();
    for (const i of order) {
      const flags = cliV8Flags(engines[i]);
      if (profile) {
        const d = path.join(profile, `e${i}-r${r}`);
        fs.rmSync(d, { recursive: true, force: true });
        flags.push('--cpu-prof', `--cpu-prof-dir=${d}`);
        profiles[i].push(d);
      }
      const c = spawnSync(process.execPath, [...flags, new URL(import.meta.url).pathname, CHILD, engines[i], dir, String(passes), only], { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (c.status !== 0) throw new Error(`${engines[i]}: ${c.stderr}`);
      runs[i].push(JSON.parse(c.stdout));
    }
  }
  const firstHash = runs[0][0][0].hash;
  const stat = i => {
    const cold = runs[i].map(ps => ps[0]), warm = runs[i].flatMap(ps => ps.slice(1));
    const same = runs[i].every(ps => ps.every(p => p.hash === firstHash));
    return { coldWall: median(cold.map(p => p.wall)), coldCpu: median(cold.map(p => p.cpu)),
      warmWall: warm.length ? median(warm.map(p => p.wall)) : NaN, warmCpu: warm.length ? median(warm.map(p => p.cpu)) : NaN, same };
  };
  const stats = engines.map((_, i) => stat(i));
  const rel = (v, b) => (engines.length > 1 ? ` (${(v / b).toFixed(3)})` : '');
  console.log(`PolNeAR ${split}, --only ${only}: ${rounds} rounds × ${passes} passes; medians in ms (ratio to the first bundle)`);
  stats.forEach((s, i) => {
    const b = stats[0];
    console.log(`${engines[i]}\n  cold  wall ${s.coldWall.toFixed(0)}${rel(s.coldWall, b.coldWall)}  cpu ${s.coldCpu.toFixed(0)}${rel(s.coldCpu, b.coldCpu)}` +
      `\n  warm  wall ${s.warmWall.toFixed(0)}${rel(s.warmWall, b.warmWall)}  cpu ${s.warmCpu.toFixed(0)}${rel(s.warmCpu, b.warmCpu)}` +
      `\n  output ${s.same ? 'the same as the first bundle\'s, every pass' : 'DIFFERS from the first bundle\'s'}`);
  });
  if (!profile) return;
  engines.forEach((e, i) => {
    const tables = profiles[i].flatMap(d => fs.readdirSync(d).map(f => selfTimes(path.join(d, f), path.basename(e))));
    const keys = new Set(tables.flatMap(t => [...t.keys()]));
    const rows = [...keys].map(k => [k, median(tables.map(t => t.get(k) ?? 0))]).sort((a, b) => b[1] - a[1]);
    const total = rows.reduce((n, [, v]) => n + v, 0);
    console.log(`\n${e}: self time, median over ${tables.length} profiles (${passes} passes each), total ~${total.toFixed(0)} ms`);
    for (const [k, v] of rows.slice(0, top)) console.log(`  ${v.toFixed(1).padStart(8)} ms  ${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`);
  });
}

if (args[0] === CHILD) child(args[1], args[2], Number(args[3]), args[4]);
else parent();
