#!/usr/bin/env node
// Reported speech (#16), an experiment: a learned "cut here or go on" at each place inside a content after its cue
// where it may end (./contentCuts.ts lists them in order with their features: the cut word and the words after it, a
// subject and a verb after it, a cue or a stance verb near, the source coming back, distance from the cue, length so
// far and left, the sentence's end, quotation marks, the rule and the cue word). A logistic model (AdaGrad, L2,
// seeded order: the same weights on every run) is trained on PolNeAR train: for a content that overlaps a gold
// Content, each cut point before the gold's end is "go on" (0), the one at the gold's end (within --slack characters)
// "cut" (1), the ones after it are not asked. In use the content ends at its first cut point whose log-odds reach the
// threshold. Measured by 5-fold cross-validation by article (./reportedEval.mjs foldsByArticle) with the scorer's own
// matching on the prediction with the ends moved: indirect content P/R/F1 and ALL attributions.
//   node test/eval/reported-learned-cut.mjs [--thresholds 0,1,2] [--epochs N] [--l2 X] [--slack N] [--folds] [--dev]
//        [--oracle] [--match] [--insample] [--top N] [--examples N] [--drop PREFIX,...] [--write FILE.json]
// --match: labels by the scorer's outcome (see labelByMatch); --insample: trained and applied on all of train (an
// upper bound: what the features can tell apart at all); --folds: each fold before → after; --dev: trained on all train, applied to dev (a check only); --oracle: every
// content cut at its gold's end when that is a cut point; --top: the heaviest weights of the model on all of train;
// --drop: leave out the features whose names start with these prefixes (ablation); --write: the model on all of train.
// Data are kept in .eval/content-cuts-SPLIT-HASH.json (HASH: the bundle's).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { args, opt, root } from '../harness/paths.mjs';
import { FOLDS, foldsByArticle, loadGold, matches, scoreAgainst, splitDirs } from './reportedEval.mjs';

const EPOCHS = Number(opt('--epochs', '6'));
const L2 = Number(opt('--l2', '0.0001'));
const SLACK = Number(opt('--slack', '2'));
const MIN_COUNT = 3;
const RATE = 0.1;
const DROP = opt('--drop', '').split(',').filter(Boolean);

const work = path.join(root, '.eval');
fs.mkdirSync(work, { recursive: true });
const bundle = path.join(work, 'content-cuts.cjs');
execFileSync(path.join(root, 'node_modules', '.bin', 'esbuild'), [path.join(root, 'test', 'eval', 'contentCuts.ts'), '--bundle', '--platform=node', '--format=cjs', '--supported:regexp-unicode-property-escapes=true', `--outfile=${bundle}`, '--log-level=warning']);
const { contentCuts } = createRequire(import.meta.url)(bundle);

/** A split's documents: file, text, the engine's quotes, its contents after their cues with their cut points. */
function data(split) {
  const { textDir } = splitDirs(split);
  const key = createHash('sha1').update(fs.readFileSync(bundle)).digest('hex').slice(0, 12);
  const cache = path.join(work, `content-cuts-${split}-${key}.json`);
  if (fs.existsSync(cache)) return JSON.parse(fs.readFileSync(cache, 'utf8'));
  const docs = fs.readdirSync(textDir).filter(f => f.endsWith('.txt')).sort().map(file => {
    const text = fs.readFileSync(path.join(textDir, file), 'utf8');
    return { file, text, ...contentCuts(text) };
  });
  fs.writeFileSync(cache, JSON.stringify(docs));
  return docs;
}

/** Labels each content's cut points (see the header); counts the contents by where their gold ends. */
function label(docs, gold) {
  const byFile = new Map(gold.docs.map(d => [d.file, d]));
  const hist = { noGold: 0, goOn: 0, cutAt: 0, between: 0 };
  for (const d of docs) {
    for (const c of d.contents) {
      let best = null, bestO = 0;
      for (const x of byFile.get(d.file)?.indirect ?? []) {
        const o = Math.min(c.e, x.end) - Math.max(c.s, x.start);
        if (o > bestO) { bestO = o; best = x; }
      }
      c.gold = best ? best.end : -1;
      for (const k of c.cuts) k.label = undefined;
      if (!best) { hist.noGold++; continue; }
      let where = 'goOn';
      for (const k of c.cuts) {
        if (k.e < best.end - SLACK) { k.label = 0; continue; }
        if (k.e <= best.end + SLACK) { k.label = 1; where = 'cutAt'; } else where = 'between';
        break;
      }
      hist[where]++;
    }
  }
  return hist;
}

/**
 * --match: labels by the scorer's outcome instead of the gold's end. In order, a cut point where the cut content
 * matches a gold Content and the whole does not is "cut" (1, and the later ones are not asked); one where the whole
 * matches and the cut does not, or where neither does but a later cut point would, is "go on" (0); the others are
 * not asked (either way the same).
 */
function labelByMatch(docs, gold) {
  const byFile = new Map(gold.docs.map(d => [d.file, d]));
  const hist = { win: 0, lose: 0, later: 0 };
  for (const d of docs) {
    const g = byFile.get(d.file)?.indirect ?? [];
    const hit = (s, e) => g.some(x => matches(s, e, x));
    for (const c of d.contents) {
      const whole = hit(c.s, c.e), m = c.cuts.map(k => hit(c.s, k.e));
      c.cuts.forEach(k => { k.label = undefined; });
      for (let i = 0; i < c.cuts.length; i++) {
        const k = c.cuts[i];
        if (m[i] && !whole) { k.label = 1; hist.win++; break; }
        if (whole && !m[i]) { k.label = 0; hist.lose++; } else if (!whole && m.slice(i + 1).some(Boolean)) { k.label = 0; hist.later++; }
      }
    }
  }
  return hist;
}

/** A seeded shuffle (the same order on every run). */
function shuffled(list) {
  const a = list.slice();
  let seed = 12345;
  for (let i = a.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const j = seed % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const kept = f => !DROP.some(p => f.startsWith(p));
const logit = (w, k) => k.feats.reduce((s, f) => s + (w.get(f) ?? 0), 0);

/** The weights of the logistic model learnt on the labelled cut points of `docs`. */
function train(docs) {
  const examples = docs.flatMap(d => d.contents.flatMap(c => c.cuts.filter(k => k.label !== undefined)));
  const count = new Map();
  for (const k of examples) for (const f of k.feats) count.set(f, (count.get(f) ?? 0) + 1);
  const w = new Map(), g2 = new Map();
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const k of shuffled(examples)) {
      const p = 1 / (1 + Math.exp(-logit(w, k))) - k.label;
      for (const f of k.feats) {
        if (count.get(f) < MIN_COUNT || !kept(f)) continue;
        const old = w.get(f) ?? 0, gg = p + L2 * old;
        const acc = (g2.get(f) ?? 0) + gg * gg;
        g2.set(f, acc);
        w.set(f, old - (RATE * gg) / Math.sqrt(acc));
      }
    }
  }
  return w;
}

/** The end the model gives a content: its first cut point whose log-odds reach the threshold, else its own end. */
function choose(w, c, threshold) {
  if (w.oracle) return c.cuts.find(k => k.label === 1)?.e ?? c.e;
  return c.cuts.find(k => logit(w, k) >= threshold)?.e ?? c.e;
}

/** The prediction of `docs` with each content's end as the model of its document (weightsOf(file)) chooses. */
function predict(docs, weightsOf, threshold) {
  let moved = 0;
  const change = { won: 0, lost: 0 };
  const documents = docs.map(d => {
    const w = weightsOf(d.file);
    const ends = new Map();
    const g = goldOf.get(d.file)?.indirect ?? [];
    if (w) for (const c of d.contents) {
      const e = choose(w, c, threshold);
      if (e === c.e) continue;
      ends.set(`${c.s}-${c.e}-${c.cue}`, e);
      const before = g.some(x => matches(c.s, c.e, x)), after = g.some(x => matches(c.s, e, x));
      if (after && !before) change.won++; else if (before && !after) change.lost++;
    }
    const quotes = d.quotes.map(q => {
      const e = q.kind === 'indirect' && q.cue ? ends.get(`${q.start}-${q.end}-${q.cue.start}`) : undefined;
      if (e === undefined) return q;
      moved++;
      return { ...q, end: e, text: d.text.slice(q.start, e) };
    });
    return { file: d.file, quotes };
  });
  return { pred: { version: 1, documents }, moved: `${moved}, matches won ${change.won} / lost ${change.lost}` };
}

const scoreOf = (gold, pred) => scoreAgainst(gold, pred).res.summary;
const fmt = s => `P ${s.indirect.contentPrecision} R ${s.indirect.contentRecall} F1 ${s.indirect.contentF1} e2e ${s.indirect.e2eF1} ALL ${s.allAttributions.f1} J ${s.indirect.meanMatchJaccard}`;

const trainDocs = data('train'), trainGold = loadGold('train');
let goldOf = new Map(trainGold.docs.map(d => [d.file, d]));
console.log('train contents by their gold end:', label(trainDocs, trainGold));
if (args.includes('--match')) console.log('cut points by the scorer:', labelByMatch(trainDocs, trainGold));
const nCuts = trainDocs.reduce((n, d) => n + d.contents.reduce((m, c) => m + c.cuts.length, 0), 0);
console.log(`${nCuts} cut points in ${trainDocs.reduce((n, d) => n + d.contents.length, 0)} contents`);
const asIs = predict(trainDocs, () => null, 0).pred;
console.log(`train as is: ${fmt(scoreOf(trainGold, asIs))}`);
if (args.includes('--oracle')) {
  const { pred, moved } = predict(trainDocs, () => ({ oracle: true }), 0);
  console.log(`oracle: ${fmt(scoreOf(trainGold, pred))} (${moved} ends moved)`);
}

const foldOf = foldsByArticle(trainDocs.map(d => d.file));
const inFold = k => ({ gold: { ...trainGold, docs: trainGold.docs.filter(d => foldOf.get(d.file) === k) }, only: p => ({ ...p, documents: p.documents.filter(d => foldOf.get(d.file) === k) }) });
const models = [];
for (let k = 0; k < FOLDS; k++) models.push(train(trainDocs.filter(d => foldOf.get(d.file) !== k)));
const thresholds = opt('--thresholds', '0,1,2,3').split(',').map(Number);
for (const t of thresholds) {
  const { pred, moved } = predict(trainDocs, f => models[foldOf.get(f)], t);
  console.log(`CV threshold ${t}: ${fmt(scoreOf(trainGold, pred))} (${moved} ends moved)`);
  if (args.includes('--folds')) {
    for (let k = 0; k < FOLDS; k++) {
      const { gold, only } = inFold(k);
      const b = scoreOf(gold, only(asIs)), a = scoreOf(gold, only(pred));
      console.log(`  fold ${k}: F1 ${b.indirect.contentF1} -> ${a.indirect.contentF1}, P ${b.indirect.contentPrecision} -> ${a.indirect.contentPrecision}, ALL ${b.allAttributions.f1} -> ${a.allAttributions.f1}`);
    }
  }
}

const examples = Number(opt('--examples', '0'));
if (examples || args.includes('--insample') || args.includes('--top') || args.includes('--dev') || args.includes('--write')) {
  const w = train(trainDocs);
  if (args.includes('--insample')) for (const t of thresholds) { const { pred, moved } = predict(trainDocs, () => w, t); console.log(`in-sample threshold ${t}: ${fmt(scoreOf(trainGold, pred))} (${moved} ends moved)`); }
  if (args.includes('--top')) {
    const top = Number(opt('--top', '30'));
    console.log([...w].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, top).map(([f, v]) => `${v.toFixed(2)} ${f}`).join('\n'));
  }
  if (examples) {
    const t = thresholds[0];
    let shown = 0;
    for (const d of trainDocs) for (const c of d.contents) {
      const e = choose(w, c, t);
      if (e === c.e || shown++ >= examples) continue;
      console.log(`${d.file} [gold end ${c.gold}] ${d.text.slice(c.s, e)} ‖ ${d.text.slice(e, c.e)}`);
    }
  }
  if (args.includes('--write')) fs.writeFileSync(opt('--write', ''), JSON.stringify(Object.fromEntries([...w].filter(([, v]) => Math.abs(v) >= 0.01).map(([f, v]) => [f, Math.round(v * 1000) / 1000]).sort())));
  if (args.includes('--dev')) {
    const devDocs = data('dev'), devGold = loadGold('dev');
    goldOf = new Map(devGold.docs.map(d => [d.file, d]));
    console.log(`dev as is: ${fmt(scoreOf(devGold, predict(devDocs, () => null, 0).pred))}`);
    for (const t of thresholds) { const { pred, moved } = predict(devDocs, () => w, t); console.log(`dev threshold ${t}: ${fmt(scoreOf(devGold, pred))} (${moved} ends moved)`); }
  }
}
