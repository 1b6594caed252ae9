#!/usr/bin/env node
// cli-breakdown.mjs — where a whole CLI run's instructions go, by phase and by kind of work (valgrind's cachegrind,
// `--single-threaded`: no compiler or GC threads, so the count is the same from run to run within about 0.01%).
//
//   node test/bench/cli-breakdown.mjs [--split dev|train] [--threads N] [--only PARTS] [--cli A.js]
//
// Counts three runs of the CLI (default this repository's dist/cli.js), each after a plain run with the same flags, and
// all after a plain analysis (which writes the code cache a user's second run has; a cache folder of its own): bare
// Node (`node -e 0`), the launcher and the engine's load (`cli.js --version`: the engine is loaded from the cache, its
// tables built and its top-level regular expressions made, before the options are read), and `analyze --json --only
// PARTS SPLIT/text` on N threads (default 1; valgrind runs a process's threads one at a time, so the count is the work
// of all of them). Prints the three phases (Node, the engine's load, the run itself) and the whole run's instructions
// by kind, from the function names valgrind sees: V8's inline caches and Sparkplug's helpers (the property loads,
// calls and comparisons of code V8 has not optimised), machine code V8 made (Sparkplug's and TurboFan's, which
// valgrind cannot name), regular expressions (parsing, compiling, ICU's Unicode classes), the garbage collector,
// TurboFan compiling, strings, Set/Map lookups, malloc, OpenSSL (the certificates NODE_EXTRA_CA_CERTS names, read by
// every node start), the code cache, parsing JS.
// A measure of shares: what a change could save at most. Needs valgrind and cg_annotate (Debian: valgrind); takes
// some 2 minutes of CPU on dev.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { opt, root, shared } from '../harness/paths.mjs';

const split = opt('--split', 'dev');
const threads = opt('--threads', '1');
const only = opt('--only', 'quotes,figures');
const cli = path.resolve(opt('--cli', path.join(root, 'dist', 'cli.js')));
const dir = path.join(shared, 'bench', 'polnear', split, 'text');

/** Kinds of work, by the function names valgrind reports (the first that matches; the rest is "other"). */
const KINDS = [
  ['inline caches (unoptimised property loads and stores)', /Builtins_(?:Keyed)?(?:Load|Store|Define)\w*IC/],
  ['Sparkplug helpers (unoptimised arithmetic, comparisons, calls)', /Builtins_\w*Baseline|Builtins_Call\w*/],
  ['machine code V8 made (Sparkplug, TurboFan)', /^\?\?\?:\?\?\?$/],
  ['regular expressions: ICU Unicode classes', /icu_\d+::|u_charType|ucase_|uprops_|utrie/],
  ['regular expressions: parsing, compiling, matching', /RegExp|Regexp|regexp|CharacterRange|TextNode|ChoiceNode|QuickCheck|UnicodeRangeSplitter|Trace::|BoyerMoore/],
  ['garbage collection', /Scaveng|Marking|MarkCompact|Sweep|Evacuat|Heap::|heap::|IterateObjectCache|RootScavenge|Pretenuring|BodyDescriptor|RememberedSet|SlotSet|MemoryChunk|PagedSpace|NewSpace/],
  ['TurboFan compiling', /compiler::|turboshaft|Assembler|Label/],
  ['Set and Map lookups', /OrderedHash|Builtins_(?:Set|Map)Prototype/],
  ['strings (builtins, hashing, lower case, split)', /Builtins_String|String::|StringTable|Factory::New\w*String|StringSplit|ToLowerCase|ComputeAndSetRawHash/],
  ['OpenSSL (certificates at Node start)', /ossl|OPENSSL|CRYPTO|EVP_|X509|ASN1|BN_|PEM/],
  ['code cache (deserialising, checksums)', /Deserializer|Serializer|Snapshot|crc32|adler32/],
  ['parsing and compiling JS to bytecode', /Scanner|Parser|AstValue|Preparse|BytecodeArray|interpreter::|BaselineCompiler/],
  ['malloc, memcpy, locks', /malloc|free|memmove|memcpy|memset|pthread/],
  ['other V8 builtins', /Builtins_/],
];

if (spawnSync('valgrind', ['--version']).status !== 0 || spawnSync('cg_annotate', ['--help']).error) {
  console.error('cli-breakdown.mjs: valgrind and cg_annotate are needed (apt-get install valgrind)');
  process.exit(2);
}
if (!fs.existsSync(cli)) {
  console.error(`cli-breakdown.mjs: no ${cli} (npm run build:cli)`);
  process.exit(2);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-breakdown-'));
const env = { ...process.env, NEWS_LENS_THREADS: threads, NEWS_LENS_CACHE_DIR: path.join(work, 'cache') };

/** Instructions by function name of one run of node with `argv` (after a plain run that writes the code cache). */
/** A plain run of node with `argv` (which writes the code cache when it analyses files). */
function plain(argv) {
  const r = spawnSync(process.execPath, ['--single-threaded', ...argv], { env, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${argv.join(' ')}: ${r.stderr}`);
}

function count(name, argv) {
  const node = [process.execPath, '--single-threaded', ...argv];
  plain(argv);
  const out = path.join(work, `${name}.cg`);
  // (--smc-check: V8 writes and rewrites machine code in memory valgrind must not take for unchanging code)
  const run = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', `--cachegrind-out-file=${out}`, '--smc-check=all-non-file',
    `--log-file=${path.join(work, `${name}.log`)}`, ...node], { env, maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`${argv.join(' ')} under valgrind: ${run.stderr}`);
  const table = spawnSync('cg_annotate', ['--threshold=0', '--auto=no', out], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (table.status !== 0) throw new Error(`cg_annotate: ${table.stderr}`);
  const byFunction = new Map();
  let total = 0, inTable = false;
  for (const line of table.stdout.split('\n')) {
    if (/file:function/.test(line)) { inTable = true; continue; }
    if (!inTable) continue;
    if (/^-{10}/.test(line) && byFunction.size) break;
    const m = /^\s*([\d,]+)\s+\([^)]*\)\s+(.*\S)/.exec(line);
    if (!m) continue;
    const n = Number(m[1].replace(/,/g, ''));
    byFunction.set(m[2], (byFunction.get(m[2]) ?? 0) + n);
    total += n;
  }
  return { total, byFunction };
}

const G = n => `${(n / 1e9).toFixed(3)} G`;
const pct = (n, of) => `${((100 * n) / of).toFixed(1).padStart(5)}%`;

try {
  const analyze = [cli, 'analyze', '--json', '--only', only, dir];
  // (the analysis first, plainly: `--version` writes no code cache, and its count is of a load from the cache)
  plain(analyze);
  const bare = count('node', ['-e', '0']);
  const load = count('load', [cli, '--version']);
  const run = count('run', analyze);
  console.log(`PolNeAR ${split}, --only ${only}, ${threads} thread(s), node --single-threaded; NODE_EXTRA_CA_CERTS ${process.env.NODE_EXTRA_CA_CERTS ? 'set' : 'unset'}`);
  console.log(`${G(run.total)} instructions in all`);
  console.log(`  ${G(bare.total)} ${pct(bare.total, run.total)}  Node's own start (node -e 0)`);
  console.log(`  ${G(load.total - bare.total)} ${pct(load.total - bare.total, run.total)}  the launcher and the engine's load (cli.js --version, less Node's start)`);
  console.log(`  ${G(run.total - load.total)} ${pct(run.total - load.total, run.total)}  the run itself (reading, analysing, writing)`);
  const kinds = new Map(KINDS.map(([k]) => [k, 0]));
  kinds.set('other', 0);
  for (const [name, n] of run.byFunction) {
    const kind = KINDS.find(([, re]) => re.test(name))?.[0] ?? 'other';
    kinds.set(kind, kinds.get(kind) + n);
  }
  console.log('by kind of work (the whole run):');
  for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${G(n)} ${pct(n, run.total)}  ${k}`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
