#!/usr/bin/env node
// regexp-widths.mjs — which regular expressions a CLI run compiles twice, once per string width. V8 compiles an
// expression to machine code for one-byte (Latin-1) subjects and again for two-byte ones; a text with any character
// past U+00FF (a curly quote, a dash) is two bytes wide and so is every slice of it, while the tokenizer's shared words
// (src/core/text/sharedWords.ts), strings made from the bundle's literals, the empty string and single characters up to
// U+00FF are one byte wide.
//
//   node test/bench/regexp-widths.mjs [--split dev|train] [--only PARTS] [--cli A.js] [--top N]
//
// Runs `analyze --json --only PARTS SPLIT/text` (default quotes,figures on dev) on one thread twice: once with
// `--log-code` to count the regexp code objects V8 made, once with RegExp.prototype.exec wrapped (every test, match,
// replace, search and split then goes through it) to record each expression's runs by subject width (V8's serializer
// tells the width: a one-byte string is written with tag '"', a two-byte one with 'c'). Prints the counts and the N
// expressions run at both widths on the most strings of the width they ran on least, with where such a run came
// from. A diagnosis tool: the wrapped run is slower and its instruction counts mean nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { opt, root, shared } from '../harness/paths.mjs';

const split = opt('--split', 'dev');
const only = opt('--only', 'quotes,figures');
const cli = path.resolve(opt('--cli', path.join(root, 'dist', 'cli.js')));
const top = Number(opt('--top', '25'));
const dir = path.join(shared, 'bench', 'polnear', split, 'text');
if (!fs.existsSync(cli)) {
  console.error(`regexp-widths.mjs: no ${cli} (npm run build:cli)`);
  process.exit(2);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-widths-'));
const env = { ...process.env, NEWS_LENS_THREADS: '1', NEWS_LENS_CACHE_DIR: path.join(work, 'cache') };
const argv = [cli, 'analyze', '--json', '--only', only, dir];

/** The preload of the wrapped run: per expression, its runs by width and a caller of its first run at each width. */
const PRELOAD = `
const v8 = require('v8'), fs = require('fs');
const width = s => { const b = v8.serialize(s); let i = 2; while (b[i] === 0) i++; return b[i] === 0x22 ? 1 : 2; };
const exec = RegExp.prototype.exec, seen = new Map();
let inside = false;
RegExp.prototype.exec = function (s) {
  if (!inside && typeof s === 'string') {
    inside = true;
    try {
      const key = this.flags + ' ' + this.source;
      let r = seen.get(key);
      if (!r) seen.set(key, (r = { runs: [0, 0], from: ['', ''], sample: ['', ''] }));
      const w = width(s) - 1;
      if (!r.runs[w]++) {
        r.from[w] = new Error().stack.split('\\n').slice(2).map(l => l.trim().replace(/^at /, '').replace(/ \\(.*\\)$/, ''))
          .filter(f => !/^(?:RegExp|String|Array)\\.|^\\[Symbol|<anonymous>|^\\//.test(f)).slice(0, 3).join(' < ');
        r.sample[w] = s.slice(0, 40);
      }
    } finally { inside = false; }
  }
  return exec.call(this, s);
};
process.on('exit', () => fs.writeFileSync(process.env.WIDTHS_FILE, JSON.stringify([...seen])));
`;

try {
  const logged = spawnSync(process.execPath, ['--log-code', `--logfile=${path.join(work, 'code.log')}`, '--no-logfile-per-isolate', ...argv], { env, maxBuffer: 1 << 30 });
  if (logged.status !== 0) throw new Error(`${cli}: ${logged.stderr}`);
  const codeObjects = fs.readFileSync(path.join(work, 'code.log'), 'utf8').split('\n').filter(l => l.startsWith('code-creation,RegExp')).length;

  const preload = path.join(work, 'widths-preload.cjs'), widthsFile = path.join(work, 'widths.json');
  fs.writeFileSync(preload, PRELOAD);
  const wrapped = spawnSync(process.execPath, ['--require', preload, ...argv], { env: { ...env, WIDTHS_FILE: widthsFile }, maxBuffer: 1 << 30 });
  if (wrapped.status !== 0) throw new Error(`${cli} (wrapped): ${wrapped.stderr}`);
  if (!wrapped.stdout.equals(logged.stdout)) console.log('NOTE: the wrapped run printed another output');
  const seen = JSON.parse(fs.readFileSync(widthsFile, 'utf8'));
  const both = seen.filter(([, r]) => r.runs[0] && r.runs[1]);
  console.log(`PolNeAR ${split}, --only ${only}, one thread: ${codeObjects} regexp code objects made; ${seen.length} expressions run, ` +
    `${both.length} of them at both widths (${seen.filter(([, r]) => !r.runs[1]).length} one-byte only, ${seen.filter(([, r]) => !r.runs[0]).length} two-byte only)`);
  both.sort((a, b) => Math.min(...b[1].runs) - Math.min(...a[1].runs));
  for (const [key, r] of both.slice(0, top)) {
    const w = r.runs[0] <= r.runs[1] ? 0 : 1;
    console.log(`${String(r.runs[0]).padStart(7)} one-byte ${String(r.runs[1]).padStart(7)} two-byte  /${key.slice(key.indexOf(' ') + 1).slice(0, 70)}/${key.slice(0, key.indexOf(' '))}`);
    console.log(`          fewer at ${w ? 'two' : 'one'} byte, first ${JSON.stringify(r.sample[w])} from ${r.from[w]}`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
