#!/usr/bin/env node
// growth.mjs — how the whole CLI's time grows with the input, shape by shape: each shape is generated at a
// small size and at 8× that size (0.2 → 1.6 MB of one pattern, or N → 8N files), and `node dist/cli.js
// analyze --json [--only PARTS] DIR` is timed on both (wall time and peak RSS of the child). Linear is 8×; the
// goal is ≤ 12× (issue #14).
//
//   node test/bench/growth.mjs [--only name,name] [--runs N]
//
// To add a shape, add one entry to SHAPES: a name, the CLI parts it needs (`only`), the two sizes and a
// generator `write(dir, size)` that fills an empty folder. `runGrowth()` is what test/bench/run-bench.mjs calls.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { shared } from '../harness/paths.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TIMEOUT_S = 120;
const benchDir = path.join(root, '.bench');
const samples = path.join(root, 'media', 'samples');
const GROWTH = 8;
const GOAL = 12;

/** `unit` repeated (with a running counter where it takes a function) until `bytes` UTF-8 bytes. */
function fill(bytes, unit) {
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
  return fill(bytes, i => texts[i % texts.length] + '\n\n');
}

const FIRST = ['Ann', 'Bob', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jamal'];

const sample = name => fs.readFileSync(path.join(samples, fs.readdirSync(samples).find(f => f.startsWith(name))), 'utf8');
const pad = k => String(k).padStart(5, '0');
/** A deterministic word stream (no two 4-word runs alike), for text that shares nothing by chance. */
function words(count, seed) {
  const out = [];
  let s = seed >>> 0 || 1;
  for (let i = 0; i < count; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out.push(`w${((s >>> 12) % 5000).toString(36)}${i % 15 === 14 ? '.' : ''}`);
  }
  return out.join(' ');
}
/** Text of `bytes` characters or more, `unit` repeated. */
const repeat = (unit, bytes, sep = '\n\n') => Array(Math.max(1, Math.ceil(bytes / (unit.length + sep.length)))).fill(unit).join(sep);

/** The shapes: each a generator. `size` is what grows 8× (bytes or files, see `unit`). */
export const SHAPES = [
  {
    name: 'one story in N files', unit: 'files', only: 'duplicates', sizes: [125, 1000],
    write: (dir, files) => { const story = sample('000'); for (let k = 0; k < files; k++) fs.writeFileSync(path.join(dir, `f${pad(k)}.txt`), `Outlet ${k}\n\n${story}\n\nPrinted by outlet ${k}.\n`); },
  },
  {
    name: 'one file: a sample pasted over and over', unit: 'bytes', only: 'duplicates', sizes: [200_000, 1_600_000],
    write: (dir, bytes) => fs.writeFileSync(path.join(dir, 'pasted.txt'), repeat(sample('000').trim(), bytes)),
  },
  {
    name: 'one file: 20 paragraphs repeated', unit: 'bytes', only: 'duplicates', sizes: [200_000, 1_600_000],
    write: (dir, bytes) => {
      const paragraphs = sample('001').split(/\n\s*\n/).map(p => p.trim()).filter(p => p.split(' ').length >= 12).slice(0, 20);
      fs.writeFileSync(path.join(dir, 'repeats.txt'), repeat(paragraphs.join('\n\n'), bytes));
    },
  },
  {
    name: '16 files sharing one long paragraph', unit: 'bytes', only: 'duplicates', sizes: [200_000, 1_600_000],
    write: (dir, bytes) => {
      const paragraph = words(Math.round(bytes / 16 / 5.6), 7);
      for (let k = 0; k < 16; k++) fs.writeFileSync(path.join(dir, `f${pad(k)}.txt`), `Outlet ${k} carries the report below.\n\n${paragraph}\n`);
    },
  },
  {
    name: 'quote variants: one quote of one speaker per file', unit: 'files', only: 'quotes,duplicates', sizes: [1000, 8000],
    write: (dir, files) => {
      for (let k = 0; k < files; k++) {
        const quote = k % 3 ? `We will rebuild the harbour bridge in district ${k % 50} before the winter` : words(10, k + 1).replace(/\./g, '');
        fs.writeFileSync(path.join(dir, `f${pad(k)}.txt`), `"${quote}," Smith said.\n`);
      }
    },
  },
  // one article of each adversarial shape of text (issue #14, "Quadratic time"): quotes and figures only
  { name: 'real news (control)', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), realText(b)) },
  { name: 'one paragraph: word "quote here" said Smith, 12 percent.', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), fill(b, 'word "quote here" said Smith, 12 percent. ')) },
  { name: "NYT marks: ''It is,'' he said,", unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), fill(b, "''It is,'' he said, ")) },
  // (34th session, peak RSS of `analyze --json --only quotes,figures` on it, 0.2 → 1.6 MB: 118 → 486 MB. No per-character
  // array or substring copy: allocation is linear, 292 MB → 2.5 GB sampled; figures alone peak at 129 MB, quotes at 464 MB.
  // At 1.6 MB the text is 280,804 tokens (37 MB live), 70,201 name runs (NameTable 41 MB) and 70,201 quotes (the result,
  // 90 MB live): 94 MB live after the mark-compact at 3.4 s, and V8 lets the old space grow to 4× that, 377 MB, before
  // the next. --heap-growing-percent=100 on the engine: 539 → 343 MB, user time 8.9 → 9.3 s; not set, unmeasured on
  // real text.)
  { name: 'one long unit with no spaces', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), fill(b, i => `${word(i)}.said"quote${i % 10}"12%,`)) },
  { name: 'a quotation mark that never closes', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), 'He said "' + fill(b, i => `${FIRST[i % 10]} Smith said the plan is fine and ${(i % 90) + 10} percent agree. `)) },
  { name: 'lower-cased text', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), realText(b).toLowerCase()) },
  { name: 'Arabic', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), fill(b, i => `قال الوزير ${i % 7 ? '' : '\n'}«هذا القرار مهم جدا للبلاد» في بيان يوم الاثنين، وأضاف أن ${(i % 90) + 10} في المئة يوافقون. `)) },
  { name: 'Hebrew', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), fill(b, i => `${i % 7 ? '' : '\n'}אמר השר "ההחלטה הזאת חשובה מאוד למדינה" בהודעה ביום שני, והוסיף כי ${(i % 90) + 10} אחוז מסכימים. `)) },
  { name: 'CR-only line ends', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), realText(b).replace(/\r?\n/g, '\r')) },
  { name: 'nested quotes', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), fill(b, i => `"He told me "go 'now' and "stay ${i % 10}" there," and left," Smith said. `)) },
  { name: 'X Smith said "…"', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), fill(b, i => `${word(i)} Smith said "we will win this, ${i % 100} times over." `)) },
  // (reported speech with no sentence end anywhere: every content runs to the line's end unless a cue bounds it)
  { name: 'one line, no full stops, many reports', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), fill(b, 'Smith said the plan would fail and Jones told reporters that it would work, ')) },
  { name: 'many names sharing a last word: Officials in X County', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), fill(b, i => `Officials in ${word(i)} County said "the roads are closed." `)) },
  // (a description re-mentions a titled name on one line: every "the senator" looks back over the one paragraph)
  { name: 'one line: a description re-mentions a titled name', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), fill(b, i => `Sen. Ann Smith spoke to voters in Iowa on day ${i}, and later the senator says the plan is fine. `)) },
  // (a different senator each time: every (name, description) pair is new, so each "the senator" reads them all)
  { name: 'one line: a description re-mentions a new titled name', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), fill(b, i => `Sen. ${word(i)} Smith spoke to voters in Iowa on day ${i}, and later the senator says the plan is fine. `)) },
  // (the layouts of #12: single marks only, the British way; Title Case and capitals lines)
  { name: "single marks only: '…,' said Smith.", unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), realText(b).replace(/["“”]|''/g, "'").replace(/'{2,}/g, "'")) },
  { name: 'Title Case and capitals lines', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), realText(b).replace(/[^\n]+/g, (line, at) => (at % 3 ? line.toUpperCase() : line.replace(/\b\p{Ll}/gu, c => c.toUpperCase())))) },
  // (37th session: amounts whose currency is read by the country the article names — codes after the number, "20 MT",
  // "12 DT", and letter signs, "L$5" — each had counted the country's names over the whole text once per figure)
  { name: 'one line: amounts read by the country named', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), 'In Tunisia and Liberia, ' + fill(b, i => `traders sold ${i % 90 + 10} MT of maize for ${i % 40 + 2} DT and L$${i % 70 + 5} on day ${i}, `)) },
  // (38th session: an office's initials after a rank, "the Deputy PM", re-mention a new "Deputy Prime Minister" each
  // time: every mention read all the (name, description) pairs for those titled "PM", none)
  { name: 'one line: the Deputy PM after a new Deputy Prime Minister', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), fill(b, i => `Deputy Prime Minister ${word(i)} ${word(i + 7)} said the fee would rise. "It is fair," the Deputy PM said. `)) },
  // (38th session: one subject's light verbs on a line with no full stop, each read back to the subject at its start:
  // every report compared with every earlier one of that subject)
  // (38th session: "X Y, a member of the Z Party, said" then "The Z Party member said", repeated: each title-as-written
  // mention tried every earlier name against the description)
  // (42nd session: "The Minister of Fisheries and Maritime Economy, NAME, visited …" then "the Minister of Fisheries said",
  // repeated: each shortened office reads the earlier holders of its title, people/track.ts shortenedOfficeHolder)
  { name: 'one line: the Minister of Fisheries after a new Minister of Fisheries and Maritime Economy', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), fill(b, i => `The Minister of Fisheries and Maritime Economy, Ann ${word(i + 3)}-Hale, visited the port. "The catch is good," the Minister of Fisheries said. `)) },
  { name: 'one line: the Z Party member after a new member of the Z Party', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), fill(b, i => `${word(i)} ${word(i + 3)}, a member of the ${word(i)} Party, said it. The ${word(i)} Party member said so. `)) },
  // (40th session: "X spokesman on finance, NAME, accused …" then "the X member said", repeated: each "the X member" read
  // every earlier (name, description) pair for one of body X, quotes/names.ts describedByOwner; the Z Party shape above
  // never reaches it)
  { name: 'one line: the X member after a new X spokesman', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), fill(b, i => `${word(i)} spokesman on finance, Ann ${word(i + 3)}-Hale, accused the Government of waste. "The money is gone," the ${word(i)} member said. `)) },
  { name: "one line, no full stops: one subject's many light verbs", unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), fill(b, i => `officials spoke about how the plan of ${word(i)} took a shot at the group and had harsh words for the party and spoke out about costs and `)) },
  // (39th session's rules, each shape repeated: a participle of open stance after a main clause's comma (reported/objectCue.ts
  // commaStance), with and without full stops; a share "N in M", a passive count, a bargain's carried amount, "$U", codes
  // after a number and a code in a run of capitals (figures); a Kyrgyz patronym, a father's name before "Ben", a Latin
  // American honorific (names); a bracketed gloss after "according to", a body's long name in a tail, "told state television")
  { name: 'one paragraph: X has been a surrogate, attacking Y and visiting Z.', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), fill(b, i => `Ms. ${word(i)} has been a powerful surrogate, attacking Mr. ${word(i + 1)} and visiting ${i % 90 + 10} towns. `)) },
  { name: 'one line, no full stops: a clause, criticizing the plan and questioning whether', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), fill(b, i => `${word(i)} attacked the council relentlessly in town, criticizing the plan and questioning whether it was fair and `)) },
  { name: 'one paragraph: shares, passives and bargains', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), 'In Maputo, Montevideo and Dakar, ' + fill(b, i => `one in three ${word(i)} households paid $U ${i % 50 + 5}, where ${i % 80 + 2} were killed; we proposed ${i % 30 + 3} meticais and accepted ${i % 20 + 1} because of 1,500 F CFA and ALL ${i % 9 + 2} MEMBERS MUST RESIGN. `)) },
  { name: 'one paragraph: Kyrgyz, Arabic and Latin American names said', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), fill(b, i => `Nurlan ${word(i)} uulu said the tariff rose. Fatima Ali Ben ${word(i + 2)} said "it is hard," and Mayor Lic. Rodrigo ${word(i + 4)} added that it was fine. `)) },
  { name: 'one paragraph: according to a body (gloss, AK) in X, and the Ministry of Y of the Z Republic announced', unit: 'bytes', only: 'quotes,figures', sizes: [200_000, 1_600_000], write: (dir, b) => fs.writeFileSync(path.join(dir, 'text.txt'), fill(b, i => `According to a survey by the Chamber of ${word(i)} (${word(i + 1)}, AK) in Tyrol, the share has fallen by ${i % 40 + 2} percent. Tariffs will rise, the Ministry of Energy of the ${word(i)} Republic announced on Thursday. The minister told state television that it was needed. `)) },
];

function probe() {
  const file = path.join(benchDir, 'maxrss-probe.cjs');
  if (!fs.existsSync(file)) fs.writeFileSync(file, "process.on('exit',()=>{try{require('fs').writeFileSync(process.env.NL_RSS_FILE,String(process.resourceUsage().maxRSS))}catch{}})\n");
  return file;
}

/** Wall seconds and peak RSS (MB) of the CLI on one folder. */
function timeCli(dir, only) {
  const rssFile = path.join(benchDir, `rss-growth-${process.pid}.txt`);
  fs.rmSync(rssFile, { force: true });
  const out = fs.openSync(path.join(benchDir, 'growth-out.json'), 'w');
  const t0 = process.hrtime.bigint();
  const argv = ['--require', probe(), path.join(root, 'dist', 'cli.js'), 'analyze', '--json', '--max-file-size-mb', '0', ...(only ? ['--only', only] : []), dir];
  const r = spawnSync(process.execPath, argv, { env: { ...process.env, NL_RSS_FILE: rssFile }, stdio: ['ignore', out, 'pipe'], encoding: 'utf8', timeout: TIMEOUT_S * 1000 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  fs.closeSync(out);
  if (r.error?.code === 'ETIMEDOUT' || r.signal) return { seconds, rssMB: NaN, timedOut: true };
  if (r.status !== 0) throw new Error(`news-lens analyze ${dir} failed (${r.status}): ${r.stderr}`);
  return { seconds, rssMB: fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) / 1024 : NaN };
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const r2 = x => Math.round(x * 100) / 100;

export function runGrowth({ only = null, runs = 1, quiet = false } = {}) {
  const log = quiet ? () => {} : m => console.error(`[growth] ${m}`);
  if (!fs.existsSync(path.join(root, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build:cli` first');
  fs.mkdirSync(benchDir, { recursive: true });
  const rows = [];
  for (const shape of SHAPES.filter(s => !only || only.includes(s.name) || only.some(o => s.name.includes(o)))) {
    const row = { shape: shape.name, unit: shape.unit, sizes: shape.sizes, seconds: [], rssMB: [] };
    for (const size of shape.sizes) {
      if (row.timedOut) { row.seconds.push(NaN); row.rssMB.push(NaN); continue; } // the 8× size would time out too
      const dir = path.join(benchDir, 'growth', `${shape.name.replace(/\W+/g, '-')}-${size}`);
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
      shape.write(dir, size);
      log(`${shape.name}: ${size} ${shape.unit}`);
      const all = [];
      for (let i = 0; i < runs; i++) all.push(timeCli(dir, shape.only));
      if (all.some(x => x.timedOut)) row.timedOut = true;
      row.seconds.push(r2(median(all.map(x => x.seconds))));
      row.rssMB.push(Math.round(median(all.map(x => x.rssMB))));
      fs.rmSync(dir, { recursive: true, force: true });
    }
    row.ratio = r2(row.seconds[1] / row.seconds[0]);
    row.met = !row.timedOut && row.ratio <= GOAL;
    rows.push(row);
  }
  return { growth: GROWTH, goal: GOAL, rows, table: table(rows) };
}

function table(rows) {
  const pad = (s, n) => String(s).padEnd(n);
  const size = (r, k) => (r.unit === 'bytes' ? `${r.sizes[k] / 1e6} MB` : `${r.sizes[k]} files`);
  const lines = [`${pad('shape', 60)} ${pad('small', 26)} ${pad(`${GROWTH}× as large`, 28)} growth (goal ≤ ${GOAL}×)`];
  for (const r of rows) {
    lines.push(`${pad(r.shape, 60)} ${pad(`${size(r, 0)}: ${r.seconds[0].toFixed(2)} s ${r.rssMB[0]} MB`, 26)} ${pad(`${size(r, 1)}: ${r.timedOut ? `> ${TIMEOUT_S} s` : `${r.seconds[1].toFixed(2)} s ${r.rssMB[1]} MB`}`, 28)} ${r.timedOut ? '—' : `×${r.ratio}`} ${r.met ? 'met' : 'NOT met'}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
  const only = opt('--only', null);
  const results = runGrowth({ only: only ? only.split(',') : null, runs: Number(opt('--runs', '1')) });
  console.log(results.table);
}
