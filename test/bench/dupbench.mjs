#!/usr/bin/env node
// dupbench.mjs — the corpus index (duplicate passages) against the peers, in one run, on generated corpora.
//
//   node test/bench/dupbench.mjs [--sizes 200,1000,5000] [--runs 3] [--seed 1] [--quiet]
//
// For each size, a corpus is generated once with ../shared/eval/dupbench-gen.mjs and cached under
// .bench/dupbench-N-sS (git-ignored). Then, in child processes (wall time and peak RSS from the child's own
// process.resourceUsage(), median of --runs):
//   ours      `node dist/cli.js analyze --json --only duplicates DIR` (the whole CLI: read, index, print)
//   naive     `node ../shared/eval/dupbench-peers.mjs naive DIR` (the exact-line peer: read, group, print)
//             (both with stdout to a file; the two alternate, and which runs first alternates too)
//   jscpd     when node_modules/.bin/jscpd is installed (it is not a dependency: left out otherwise)
//   index     .bench/corpus-bench.js (npm run build:bench): the index alone in one process, and the time to
//             an updated index after one file changes (set + duplicates; 20 changes per run: median, p90, max)
// The 1,000-document predictions are scored with dupbench-score.mjs. Prints a table; writes .bench/dupbench.json.
// `runDupbench({ sizes, runs, seed, quiet })` does the same for test/bench/run-bench.mjs and returns the results.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = path.resolve(process.env.NEWS_LENS_SHARED || path.join(root, '..', 'shared'));
const benchDir = path.join(root, '.bench');
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const r2 = x => Math.round(x * 100) / 100;

/** Run `node ARGV` in a child; wall seconds, peak RSS (MB) and stdout. */
function timedNode(argv, { stdoutFile } = {}) {
  const probe = path.join(benchDir, 'maxrss-probe.cjs');
  if (!fs.existsSync(probe)) fs.writeFileSync(probe, "process.on('exit',()=>{try{require('fs').writeFileSync(process.env.NL_RSS_FILE,String(process.resourceUsage().maxRSS))}catch{}})\n");
  const rssFile = path.join(benchDir, `rss-${process.pid}.txt`);
  fs.rmSync(rssFile, { force: true });
  const out = stdoutFile ? fs.openSync(stdoutFile, 'w') : 'pipe';
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', probe, ...argv], { env: { ...process.env, NL_RSS_FILE: rssFile }, stdio: ['ignore', out, 'pipe'], maxBuffer: 1 << 30, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (stdoutFile) fs.closeSync(out);
  if (r.status !== 0) throw new Error(`node ${argv.join(' ')} failed (${r.status}): ${r.stderr}`);
  const rssMB = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) / 1024 : NaN;
  return { seconds, rssMB, stdout: r.stdout };
}

function corpus(size, seed, log) {
  const dir = path.join(benchDir, `dupbench-${size}-s${seed}`);
  if (!fs.existsSync(dir + '.gold.json')) {
    log(`generating ${size} documents (seed ${seed}) ...`);
    const r = spawnSync(process.execPath, [path.join(shared, 'eval', 'dupbench-gen.mjs'), '--out', dir, '--docs', String(size), '--seed', String(seed), '--quiet'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`dupbench-gen failed: ${r.stderr}`);
  }
  return dir;
}

async function ensureBundles(log) {
  const cli = path.join(root, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build:cli` first');
  const { buildSync } = await import('esbuild');
  log('bundling test/bench/corpusBench.ts ...');
  buildSync({ entryPoints: [path.join(root, 'test', 'bench', 'corpusBench.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', supported: { 'regexp-unicode-property-escapes': true }, outfile: path.join(benchDir, 'corpus-bench.js'), logLevel: 'warning' });
  return { cli, bench: path.join(benchDir, 'corpus-bench.js') };
}

function jscpdBin() {
  const bin = path.join(root, 'node_modules', '.bin', 'jscpd');
  return fs.existsSync(bin) ? bin : null;
}

function measure(label, runs, fn) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(fn(i));
  return { label, seconds: r2(median(all.map(x => x.seconds))), rssMB: Math.round(median(all.map(x => x.rssMB))), runs: all.map(x => r2(x.seconds)) };
}

export async function runDupbench({ sizes = [200, 1000, 5000], runs = 3, seed = 1, quiet = false } = {}) {
  const log = quiet ? () => {} : m => console.error(`[dupbench] ${m}`);
  fs.mkdirSync(benchDir, { recursive: true });
  const { cli, bench } = await ensureBundles(log);
  const jscpd = jscpdBin();
  const results = { date: new Date().toISOString(), seed, runs, sizes: {}, jscpd: jscpd ? 'measured' : 'not installed (not a dependency): left out' };
  for (const size of sizes) {
    const dir = corpus(size, seed, log);
    const pred = `${dir}.pred.json`;
    const row = { documents: size };
    // alternate ours and naive so that both see the same machine load, and which goes first, so that neither
    // always runs right after the other
    const ours = [], naive = [];
    const runOurs = () => ours.push(timedNode([cli, 'analyze', '--json', '--only', 'duplicates', dir], { stdoutFile: pred }));
    const runNaive = () => naive.push(timedNode([path.join(shared, 'eval', 'dupbench-peers.mjs'), 'naive', dir], { stdoutFile: `${dir}.naive.json` }));
    for (let i = 0; i < runs; i++) {
      log(`${size}: run ${i + 1}/${runs}`);
      if (i % 2 === 0) { runOurs(); runNaive(); } else { runNaive(); runOurs(); }
    }
    row.ours = measure('news-lens CLI', runs, i => ours[i]);
    row.naive = measure('naive exact-line', runs, i => naive[i]);
    row.ratioToNaive = r2(row.ours.seconds / row.naive.seconds);
    // the same comparison run by run (each pair ran back to back): how much the medians' ratio owes to noise
    row.ratioToNaiveByRun = ours.map((o, i) => r2(o.seconds / naive[i].seconds));
    if (jscpd) {
      const out = path.join(benchDir, `jscpd-${size}`);
      row.jscpd = measure('jscpd', runs, () => timedNode([jscpd, '--format', 'txt', '--min-lines', '1', '--min-tokens', '10', '--no-gitignore', '--silent', '--reporters', 'json', '--output', out, dir]));
    }
    const idx = [];
    for (let i = 0; i < runs; i++) idx.push(JSON.parse(timedNode([bench, dir, '--update', '20']).stdout));
    const updates = idx.flatMap(j => j.updateMs);
    row.index = {
      seconds: r2(median(idx.map(j => j.indexSeconds))), rssMB: Math.round(median(idx.map(j => j.maxRssMB))), megabytes: r2(idx[0].megabytes),
      updateMsMedian: r2(median(updates)), updateMsP90: r2([...updates].sort((a, b) => a - b)[Math.floor(updates.length * 0.9)]), updateMsMax: r2(Math.max(...updates)),
    };
    if (size === 1000 || sizes.length === 1) {
      const s = spawnSync(process.execPath, [path.join(shared, 'eval', 'dupbench-score.mjs'), '--gold', `${dir}.gold.json`, '--pred', pred, '--no-table'], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const score = JSON.parse(s.stdout);
      row.accuracy = { recall: score.recall, precision: score.precision, f1: score.f1, recallByOp: Object.fromEntries(Object.entries(score.recallByOp || {}).map(([k, v]) => [k, v.recall ?? v])) };
    }
    results.sizes[size] = row;
  }
  const s1k = results.sizes[1000], s5k = results.sizes[5000];
  results.goals = {
    indexTimeVsNaive5000: s5k ? { ours: s5k.ours.seconds, naive: s5k.naive.seconds, met: s5k.ours.seconds <= s5k.naive.seconds } : null,
    peakMemory5000MB: s5k ? { ours: s5k.ours.rssMB, goal: 400, met: s5k.ours.rssMB <= 400 } : null,
    incremental5000Ms: s5k ? { median: s5k.index.updateMsMedian, p90: s5k.index.updateMsP90, max: s5k.index.updateMsMax, goal: 50, met: s5k.index.updateMsMedian <= 50 } : null,
    growth5000Over1000: s1k && s5k ? { ratio: r2(s5k.index.seconds / s1k.index.seconds), goal: 6, met: s5k.index.seconds <= 6 * s1k.index.seconds } : null,
    accuracy1000: s1k?.accuracy ? { f1: s1k.accuracy.f1, worstOp: Object.entries(s1k.accuracy.recallByOp).sort((a, b) => a[1] - b[1])[0], met: s1k.accuracy.f1 >= 0.95 && Object.values(s1k.accuracy.recallByOp).every(r => r >= 0.9) } : null,
  };
  results.table = table(results);
  fs.writeFileSync(path.join(benchDir, 'dupbench.json'), JSON.stringify(results, null, 1));
  return results;
}

function table(results) {
  const lines = [];
  const pad = (s, n) => String(s).padEnd(n);
  lines.push(`${pad('docs', 6)} ${pad('MB', 6)} ${pad('news-lens CLI', 18)} ${pad('naive exact-line', 18)} ${pad('ratio', 6)} ${pad('jscpd', 18)} ${pad('index alone', 18)} update (median / p90 / max)`);
  for (const [size, r] of Object.entries(results.sizes)) {
    const cell = m => (m ? `${m.seconds.toFixed(2)} s ${m.rssMB} MB` : '-');
    lines.push(`${pad(size, 6)} ${pad(r.index.megabytes.toFixed(1), 6)} ${pad(cell(r.ours), 18)} ${pad(cell(r.naive), 18)} ${pad(r.ratioToNaive.toFixed(2), 6)} ${pad(r.jscpd ? cell(r.jscpd) : 'not installed', 18)} ${pad(`${r.index.seconds.toFixed(2)} s ${r.index.rssMB} MB`, 18)} ${r.index.updateMsMedian} / ${r.index.updateMsP90} / ${r.index.updateMsMax} ms`);
  }
  const g = results.goals;
  if (g.accuracy1000) lines.push(`accuracy (1,000 docs): F1 ${g.accuracy1000.f1}, lowest recall by op ${g.accuracy1000.worstOp?.join(' ')} (goal F1 ≥ 0.95, every op ≥ 0.90: ${g.accuracy1000.met ? 'met' : 'NOT met'})`);
  if (g.indexTimeVsNaive5000) lines.push(`5,000 docs: ${g.indexTimeVsNaive5000.ours} s vs naive ${g.indexTimeVsNaive5000.naive} s (goal ≤ naive: ${g.indexTimeVsNaive5000.met ? 'met' : 'NOT met'})`);
  if (g.peakMemory5000MB) lines.push(`5,000 docs: peak RSS ${g.peakMemory5000MB.ours} MB (goal ≤ 400: ${g.peakMemory5000MB.met ? 'met' : 'NOT met'})`);
  if (g.incremental5000Ms) lines.push(`5,000 docs: one file changed → ${g.incremental5000Ms.median} ms median, ${g.incremental5000Ms.p90} ms p90, ${g.incremental5000Ms.max} ms max (goal ≤ 50 for the median: ${g.incremental5000Ms.met ? 'met' : 'NOT met'})`);
  if (g.growth5000Over1000) lines.push(`growth 1,000 → 5,000 docs: ×${g.growth5000Over1000.ratio} (goal ≤ 6: ${g.growth5000Over1000.met ? 'met' : 'NOT met'})`);
  lines.push(`jscpd: ${results.jscpd}`);
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
  const results = await runDupbench({ sizes: opt('--sizes', '200,1000,5000').split(',').map(Number), runs: Number(opt('--runs', '3')), seed: Number(opt('--seed', '1')), quiet: args.includes('--quiet') });
  console.log(results.table);
  console.log(`\nresults written to ${path.relative(root, path.join(benchDir, 'dupbench.json'))}`);
}
