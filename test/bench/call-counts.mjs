#!/usr/bin/env node
// call-counts.mjs — how often the engine's functions are called in a CLI run, and on how many distinct arguments: the
// measure cpu-profile.mjs (time) and instructions.mjs (work) do not give, for asking whether a stage asks the same
// question again ("is this word a role noun", "the run at token k") or walks the same tokens in several passes.
//
//   node test/bench/call-counts.mjs [--split dev|train] [--only PARTS] [--cli A.js] [--top N] [--callers NAME,...]
//                                   [--families]
//
// Copies the CLI's folder (default: this repository's dist/) to a temporary one, with every top-level function of
// its engine bundle (dist/cli-engine.js, the sections built from src/core) replaced by a wrapper that counts its calls
// and its distinct first arguments: a string by its value, a token array and an index by the pair (a token position),
// another object by identity (a sentence's context); numbers and the rest are not told apart (distinct 0). Runs
// `analyze --json --only PARTS DIR` (default quotes,figures, the bench's document analysis) on one thread and prints
// the top N functions by calls with their distinct arguments and the ratio of the two (the calls a memo by that
// argument would save). --callers NAME,...: each named function's callers, one call in ten sampled. --families: per
// rule family of reported speech (src/core/reported/index.ts RULES), the sentences it was given, their tokens (at most
// what the family scans: most walk every token, some read only the sentence's opening) and the reports it found. A wrapper costs far more than most functions it wraps: a count is exact,
// but the run's time is not the engine's (about 20× slower).
// (Functions that module code keeps by identity before the wrappers are installed, in a table or a list, are not
// counted there: RULES' families are counted by --families.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { opt, args, root, shared } from '../harness/paths.mjs';

const split = opt('--split', 'dev');
const only = opt('--only', 'quotes,figures');
const cli = path.resolve(opt('--cli', path.join(root, 'dist', 'cli.js')));
const top = Number(opt('--top', '60'));
const callers = (opt('--callers', '') ?? '').split(',').filter(Boolean);
const families = args.includes('--families');
const dir = path.join(shared, 'bench', 'polnear', split, 'text');
const ENGINE = 'cli-engine.js';

const engineFile = path.join(path.dirname(cli), ENGINE);
if (!fs.existsSync(engineFile)) {
  console.error(`call-counts.mjs: no ${engineFile} (npm run build:cli)`);
  process.exit(2);
}

/** A top-level function of the bundle: `function f(`, `var f = (…) =>`, `var f = x =>`, `var f = memoized(`. */
const DECLARATIONS = [/^function ([A-Za-z_$][\w$]*)\(/, /^var ([A-Za-z_$][\w$]*) = (?:\([^()]*\)|[A-Za-z_$][\w$]*) =>/, /^var ([A-Za-z_$][\w$]*) = memoized\(/];
/** esbuild's comment before each source file's part of the bundle ("// src/core/people/track.ts"). */
const SECTION = /^\/\/ (src\/\S+)$/;
/** The last section, the CLI's own (src/cli.ts): the wrappers go before it, once every engine function is defined. */
const CLI_SECTION = '// src/cli.ts\n';

const code = fs.readFileSync(engineFile, 'utf8');
const names = new Set();
let section = '';
for (const line of code.split('\n')) {
  const s = SECTION.exec(line);
  if (s) { section = s[1]; continue; }
  if (!section.startsWith('src/core/')) continue;
  for (const d of DECLARATIONS) {
    const m = d.exec(line);
    if (m) { names.add(m[1]); break; }
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-call-counts-'));
const out = path.join(work, 'counts.json');
// (the counting code, run inside the bundle: plain JavaScript of its own, no import)
const counting = `
;(() => {
  const counts = new Map(), ids = new WeakMap(), sampled = new Map();
  let nextId = 0;
  const idOf = o => { let id = ids.get(o); if (id === undefined) ids.set(o, id = ++nextId); return id; };
  const argKey = (a, b) => typeof a === 'string' ? 's' + a : Array.isArray(a) && typeof b === 'number' ? 'a' + idOf(a) + ':' + b : a !== null && typeof a === 'object' ? 'o' + idOf(a) : undefined;
  const SAMPLED = new Set(${JSON.stringify(callers)});
  const wrap = (name, f) => {
    if (typeof f !== 'function' || /^class\\b/.test(Function.prototype.toString.call(f))) return f;
    const c = { calls: 0, distinct: 0, seen: new Set() };
    counts.set(name, c);
    const sample = SAMPLED.has(name);
    return function (a, b) {
      c.calls++;
      const k = argKey(a, b);
      if (k !== undefined && !c.seen.has(k)) { c.seen.add(k); c.distinct++; }
      if (sample && c.calls % 10 === 0) {
        const at = (new Error().stack ?? '').split('\\n')[2]?.trim().replace(/^at /, '').replace(/\\(.*[\\/]${ENGINE}:(\\d+):\\d+\\)$/, 'line $1') ?? '?';
        const by = sampled.get(name) ?? new Map();
        sampled.set(name, by);
        by.set(at, (by.get(at) ?? 0) + 10);
      }
      return f.apply(this, arguments);
    };
  };
${[...names].map(n => `  try { ${n} = wrap(${JSON.stringify(n)}, ${n}); } catch { /* a const binding: left uncounted */ }`).join('\n')}
  const rules = [];
  ${families ? `try { RULES.forEach((r, n) => { const find = r.find, c = { name: find.name || String(n), sentences: 0, tokens: 0, found: 0 }; rules.push(c);
    r.find = ctx => { c.sentences++; c.tokens += ctx.b - ctx.a; const found = find(ctx); c.found += found.length; return found; }; }); } catch { /* no RULES */ }` : ''}
  process.on('exit', () => {
    require('fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify({
      counts: [...counts].filter(([, c]) => c.calls > 0).map(([name, c]) => [name, c.calls, c.distinct]),
      callers: [...sampled].map(([name, by]) => [name, [...by].sort((x, y) => y[1] - x[1])]),
      families: rules,
    }));
  });
})();
`;
const at = code.lastIndexOf(CLI_SECTION);
if (at < 0) {
  console.error(`call-counts.mjs: no "${CLI_SECTION.trim()}" section in ${engineFile}`);
  process.exit(2);
}
try {
  for (const f of fs.readdirSync(path.dirname(cli))) if (f.endsWith('.js')) fs.copyFileSync(path.join(path.dirname(cli), f), path.join(work, f));
  fs.writeFileSync(path.join(work, ENGINE), code.slice(0, at) + counting + code.slice(at));
  const env = { ...process.env, NEWS_LENS_THREADS: '1', NEWS_LENS_CACHE_DIR: path.join(work, 'cache') };
  const run = spawnSync(process.execPath, [path.join(work, path.basename(cli)), 'analyze', '--json', '--only', only, dir], { env, maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`the counting run failed: ${run.stderr}`);
  const { counts, callers: sampledCallers, families: rules } = JSON.parse(fs.readFileSync(out, 'utf8'));
  console.log(`PolNeAR ${split}, --only ${only}: ${names.size} functions wrapped, ${counts.length} called, ${counts.reduce((s, c) => s + c[1], 0)} calls`);
  console.log('      calls   distinct  calls/distinct  function');
  for (const [name, calls, distinct] of counts.sort((x, y) => y[1] - x[1]).slice(0, top)) {
    console.log(`${String(calls).padStart(11)} ${String(distinct || '-').padStart(10)} ${(distinct ? (calls / distinct).toFixed(1) : '-').padStart(15)}  ${name}`);
  }
  for (const [name, by] of sampledCallers) {
    console.log(`\n${name}: callers (one call in ten sampled)`);
    for (const [where, n] of by.slice(0, 15)) console.log(`${String(n).padStart(9)}  ${where}`);
  }
  if (rules.length) {
    console.log(`\nreported-speech families: ${rules.reduce((s, r) => s + r.tokens, 0)} token visits in all`);
    console.log('  sentences     tokens   found  family');
    for (const r of rules.sort((x, y) => y.tokens - x.tokens)) console.log(`${String(r.sentences).padStart(11)} ${String(r.tokens).padStart(10)} ${String(r.found).padStart(7)}  ${r.name}`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
