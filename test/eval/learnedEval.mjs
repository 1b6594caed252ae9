// The common part of the learned-boundary experiments (./reported-learned-end.mjs, ./reported-learned-cut.mjs): a
// TypeScript data module bundled and run on a split's texts (kept in .eval, keyed by the bundle: the same code gives
// the same data), a seeded shuffle, a logistic model trained by AdaGrad with an L2 penalty (deterministic), and a
// prediction with some contents' ends moved.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { root } from '../harness/paths.mjs';
import { splitDirs } from './reportedEval.mjs';

const work = path.join(root, '.eval');

/**
 * A reader of a split's documents ({ file, text, ...fn(text) }) by the function `name` of test/eval/`source` (a .ts
 * module), cached in .eval/`prefix`-SPLIT-HASH.json.
 */
export function bundledData(source, name, prefix) {
  fs.mkdirSync(work, { recursive: true });
  const bundle = path.join(work, `${prefix}.cjs`);
  execFileSync(path.join(root, 'node_modules', '.bin', 'esbuild'), [path.join(root, 'test', 'eval', source), '--bundle', '--platform=node', '--format=cjs', '--supported:regexp-unicode-property-escapes=true', `--outfile=${bundle}`, '--log-level=warning']);
  const fn = createRequire(import.meta.url)(bundle)[name];
  const key = createHash('sha1').update(fs.readFileSync(bundle)).digest('hex').slice(0, 12);
  return split => {
    const { textDir } = splitDirs(split);
    const cache = path.join(work, `${prefix}-${split}-${key}.json`);
    if (fs.existsSync(cache)) return JSON.parse(fs.readFileSync(cache, 'utf8'));
    const docs = fs.readdirSync(textDir).filter(f => f.endsWith('.txt')).sort().map(file => {
      const text = fs.readFileSync(path.join(textDir, file), 'utf8');
      return { file, text, ...fn(text) };
    });
    fs.writeFileSync(cache, JSON.stringify(docs));
    return docs;
  };
}

/** A seeded shuffle (the same order on every run). */
export function shuffled(list) {
  const a = list.slice();
  let seed = 12345;
  for (let i = a.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const j = seed % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** An example's log-odds under weights w. */
export const logit = (w, k) => k.feats.reduce((s, f) => s + (w.get(f) ?? 0), 0);

/**
 * The weights of a logistic model of examples { feats, label (0|1) }: `epochs` passes in a seeded order, AdaGrad at
 * `rate`, L2 penalty `l2`; a feature seen fewer than `minCount` times, or not `kept`, keeps weight 0.
 */
export function trainLogistic(examples, { epochs, l2, minCount, rate, kept = () => true }) {
  const count = new Map();
  for (const k of examples) for (const f of k.feats) count.set(f, (count.get(f) ?? 0) + 1);
  const w = new Map(), g2 = new Map();
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const k of shuffled(examples)) {
      const p = 1 / (1 + Math.exp(-logit(w, k))) - (k.label ? 1 : 0);
      for (const f of k.feats) {
        if (count.get(f) < minCount || !kept(f)) continue;
        const old = w.get(f) ?? 0, gg = p + l2 * old;
        const acc = (g2.get(f) ?? 0) + gg * gg;
        g2.set(f, acc);
        w.set(f, old - (rate * gg) / Math.sqrt(acc));
      }
    }
  }
  return w;
}

/**
 * The prediction of `docs` (each { file, text, quotes, contents }) with the ends that endOf(doc, content) moves (it
 * returns the content's own end to leave it); `onMove(doc, content, end)` is told of each move.
 */
export function movedPrediction(docs, endOf, onMove = () => {}) {
  let moved = 0;
  const documents = docs.map(d => {
    const ends = new Map();
    for (const c of d.contents) {
      const e = endOf(d, c);
      if (e === c.e) continue;
      ends.set(`${c.s}-${c.e}-${c.cue}`, e);
      onMove(d, c, e);
    }
    const quotes = d.quotes.map(q => {
      const e = q.kind === 'indirect' && q.cue ? ends.get(`${q.start}-${q.end}-${q.cue.start}`) : undefined;
      if (e === undefined) return q;
      moved++;
      return { ...q, end: e, text: d.text.slice(q.start, e) };
    });
    return { file: d.file, quotes };
  });
  return { pred: { version: 1, documents }, moved };
}
