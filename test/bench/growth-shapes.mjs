#!/usr/bin/env node
// Growth of the whole CLI on adversarial shapes of text (issue #14, "Quadratic time"): each shape is a generator
// of N bytes; `news-lens analyze --json --only quotes,figures FILE` runs once on 0.2 MB and once on 1.6 MB of it,
// and the ratio of the two times is printed (linear would be 8×; the goal is ≤ 12× for every shape).
//   node test/bench/growth-shapes.mjs [--shapes a,b] [--small 0.2] [--large 1.6] [--timeout 120] [--cli dist/cli.js]
// `runGrowth()` is also called by `npm run bench` (test/bench/run-bench.mjs) for its "growth" table.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { root, shared } from '../harness/paths.mjs';

export const GROWTH_GOAL = 12;

/** `unit` repeated (with a running counter where it takes a function) until `bytes` UTF-8 bytes. */
function repeat(bytes, unit) {
  const parts = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const s = typeof unit === 'function' ? unit(i) : unit;
    parts.push(s);
    n += Buffer.byteLength(s);
  }
  return parts.join('');
}

/** A capitalised made-up word for each integer ("Bac", "Dof", …), so that names stay distinct. */
function word(i) {
  const C = 'bcdfghjklmnprstvz', V = 'aeiou';
  let s = '';
  do { s += C[i % C.length] + V[Math.floor(i / C.length) % V.length]; i = Math.floor(i / (C.length * V.length)); } while (i > 0);
  return s[0].toUpperCase() + s.slice(1);
}

/** Real news text (the PolNeAR dev articles, then the samples), repeated to `bytes`. */
function realText(bytes) {
  const dirs = [path.join(shared, 'bench', 'polnear', 'dev', 'text'), path.join(root, 'media', 'samples')];
  const texts = [];
  for (const d of dirs) if (fs.existsSync(d)) for (const f of fs.readdirSync(d).sort()) if (/\.(?:txt|text|article)$/.test(f)) texts.push(fs.readFileSync(path.join(d, f), 'utf8'));
  if (!texts.length) throw new Error('no real text found (../shared/bench/polnear/dev/text or media/samples)');
  return repeat(bytes, i => texts[i % texts.length] + '\n\n');
}

const FIRST = ['Ann', 'Bob', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jamal'];

/** The shapes: name → generator of about `bytes` bytes of text. */
export const SHAPES = {
  'real news (control)': b => realText(b),
  'one paragraph: word "quote here" said Smith, 12 percent.': b => repeat(b, 'word "quote here" said Smith, 12 percent. '),
  "NYT marks: ''It is,'' he said,": b => repeat(b, "''It is,'' he said, "),
  'one long unit with no spaces': b => repeat(b, i => `${word(i)}.said"quote${i % 10}"12%,`),
  'a quotation mark that never closes': b => 'He said "' + repeat(b, i => `${FIRST[i % 10]} Smith said the plan is fine and ${(i % 90) + 10} percent agree. `),
  'lower-cased text': b => realText(b).toLowerCase(),
  'Arabic': b => repeat(b, i => `قال الوزير ${i % 7 ? '' : '\n'}«هذا القرار مهم جدا للبلاد» في بيان يوم الاثنين، وأضاف أن ${(i % 90) + 10} في المئة يوافقون. `),
  'Hebrew': b => repeat(b, i => `${i % 7 ? '' : '\n'}אמר השר "ההחלטה הזאת חשובה מאוד למדינה" בהודעה ביום שני, והוסיף כי ${(i % 90) + 10} אחוז מסכימים. `),
  'CR-only line ends': b => realText(b).replace(/\r?\n/g, '\r'),
  'nested quotes': b => repeat(b, i => `"He told me "go 'now' and "stay ${i % 10}" there," and left," Smith said. `),
  'X Smith said "…"': b => repeat(b, i => `${word(i)} Smith said "we will win this, ${i % 100} times over." `),
  'many names sharing a last word: Officials in X County': b => repeat(b, i => `Officials in ${word(i)} County said "the roads are closed." `),
  // (the layouts of #12: single marks only, the British way; Title Case and capitals lines)
  "single marks only: '…,' said Smith.": b => realText(b).replace(/["“”]|''/g, "'").replace(/'{2,}/g, "'"),
  'Title Case and capitals lines': b => realText(b).replace(/[^\n]+/g, (line, at) => (at % 3 ? line.toUpperCase() : line.replace(/\b\p{Ll}/gu, c => c.toUpperCase()))),
};

function runOnce(cli, file, timeoutS) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, 'analyze', '--json', '--only', 'quotes,figures', '--max-file-size-mb', '0', file], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: timeoutS * 1000 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.error?.code === 'ETIMEDOUT' || r.signal) return { seconds, timedOut: true };
  if (r.status !== 0) throw new Error(`${path.basename(file)}: exit ${r.status}: ${r.stderr.slice(0, 400)}`);
  return { seconds, timedOut: false };
}

/** Runs every shape (or those named) at both sizes; returns rows and a printable table. */
export function runGrowth({ shapes = Object.keys(SHAPES), small = 0.2, large = 1.6, timeout = 120, cli = path.join(root, 'dist', 'cli.js'), quiet = false } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nl-growth-'));
  const rows = [];
  if (!quiet) console.log(header(small, large));
  try {
    for (const name of shapes) {
      const gen = SHAPES[name];
      if (!gen) throw new Error(`unknown shape: ${name}`);
      const t = {};
      for (const [label, mb] of [['small', small], ['large', large]]) {
        const file = path.join(dir, `${label}.txt`);
        fs.writeFileSync(file, gen(Math.round(mb * 1e6)));
        t[label] = runOnce(cli, file, timeout);
      }
      const ratio = t.large.seconds / t.small.seconds;
      const row = { shape: name, smallSeconds: +t.small.seconds.toFixed(2), largeSeconds: +t.large.seconds.toFixed(2), ratio: +ratio.toFixed(1), timedOut: t.large.timedOut || t.small.timedOut, met: !t.large.timedOut && ratio <= GROWTH_GOAL };
      rows.push(row);
      if (!quiet) console.log(format(row));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { small, large, goal: GROWTH_GOAL, rows, table: [header(small, large), ...rows.map(format)].join('\n') };
}

function header(small, large) {
  return `  ${'shape'.padEnd(58)} ${`${small} MB`.padStart(8)} ${`${large} MB`.padStart(9)}  ratio (goal ≤ ${GROWTH_GOAL}×)`;
}

function format(r) {
  const large = r.timedOut ? `> ${r.largeSeconds.toFixed(0)} s` : `${r.largeSeconds.toFixed(2)} s`;
  return `  ${r.shape.padEnd(58)} ${`${r.smallSeconds.toFixed(2)} s`.padStart(8)} ${large.padStart(9)}  ${r.timedOut ? '—' : `${r.ratio}×`} ${r.met ? 'met' : 'NOT met'}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const get = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
  const want = get('--shapes');
  const names = want ? Object.keys(SHAPES).filter(n => want.split(',').some(w => n.toLowerCase().includes(w.toLowerCase()))) : undefined;
  const res = runGrowth({ shapes: names, small: Number(get('--small', '0.2')), large: Number(get('--large', '1.6')), timeout: Number(get('--timeout', '120')), cli: path.resolve(get('--cli', path.join(root, 'dist', 'cli.js'))) });
  const over = res.rows.filter(r => !r.met);
  console.log(over.length ? `${over.length} of ${res.rows.length} shapes over ${GROWTH_GOAL}×` : `every shape within ${GROWTH_GOAL}×`);
}
