#!/usr/bin/env node
// Reported speech (#16), an experiment for recall: a LEARNED CUE DETECTOR for the reports the rule families leave out.
// ./cueDetector.ts lists the candidates (every token that reads as "SUBJECT CUE CONTENT" whatever its word, ./cueFrame.ts
// candidateAt, that no kept report covers) with features of their context that generalise across heads never seen;
// a logistic model (AdaGrad + L2, ./learnedEval.mjs trainLogistic) learns "the candidate's content matches a gold
// Content" (the scorer's 50%/50% rule), 5-fold cross-validation by article on train. At each threshold the
// candidates the held-out model scores above it are added to the engine's prediction (one per content: the best of
// those that are the same content or share a cue), with the reporter's words for the speaker (no pronoun resolved: the
// ALL line is a lower bound here), and scored by ../shared/eval/polnear-attributions-score.mjs.
//   node test/eval/reported-learned-cue.mjs [--thresholds 0.5,0.6,…] [--folds] [--dev] [--epochs N] [--l2 X] [--top N] [--show T]
// --folds prints each fold before → after; --dev trains on all of train and applies to dev (a check, never a choice);
// --top N prints the N heaviest features; --show T prints the CV additions above threshold T with their verdict.
// The data are kept in .eval/learned-cue-SPLIT-HASH.json (HASH: the bundle's).
import { args, opt } from '../harness/paths.mjs';
import { bundledData, logit, trainLogistic } from './learnedEval.mjs';
import { changeBetween, FOLDS, foldsByArticle, loadGold, matches, scoreAgainst } from './reportedEval.mjs';
import { oneLine as one } from './spans.mjs';

const EPOCHS = Number(opt('--epochs', '8'));
const L2 = Number(opt('--l2', '0.0001'));
const MIN_COUNT = 3;
const RATE = 0.1;
const THRESHOLDS = opt('--thresholds', '0.5,0.6,0.7,0.8,0.85,0.9,0.95').split(',').map(Number);

const data = bundledData('cueDetector.ts', 'cueCandidates', 'learned-cue');

/** Each candidate's label: its content matches a gold Content of its document. */
function label(docs, gold) {
  const byFile = new Map(gold.docs.map(d => [d.file, d]));
  let pos = 0, all = 0;
  for (const d of docs) {
    const g = byFile.get(d.file)?.indirect ?? [];
    for (const c of d.cands) { c.label = g.some(x => matches(c.s, c.e, x)); all++; if (c.label) pos++; }
  }
  return { candidates: all, matching: pos };
}

const train = docs => trainLogistic(docs.flatMap(d => d.cands), { epochs: EPOCHS, l2: L2, minCount: MIN_COUNT, rate: RATE });
const prob = (w, c) => 1 / (1 + Math.exp(-logit(w, c)));

/** The prediction: the engine's quotes and, per document, the candidates whose probability (probOf) reaches t. */
function predict(docs, probOf, t) {
  const documents = docs.map(d => {
    const picked = [];
    const scored = d.cands.map(c => ({ c, p: probOf(d, c) })).filter(x => x.p >= t).sort((x, y) => y.p - x.p);
    for (const { c } of scored) {
      if (picked.some(k => (k.cue.s < c.cue.e && c.cue.s < k.cue.e) || sameContent(k, c))) continue;
      picked.push(c);
    }
    const added = picked.map(c => ({ kind: 'indirect', start: c.s, end: c.e, text: d.text.slice(c.s, c.e), speaker: { name: c.mention.text, start: c.mention.s, end: c.mention.e }, cue: { start: c.cue.s, end: c.cue.e, text: c.cue.text } }));
    return { file: d.file, quotes: [...d.quotes, ...added] };
  });
  return { version: 1, documents };
}
function sameContent(x, y) {
  const ov = Math.min(x.e, y.e) - Math.max(x.s, y.s);
  return ov > 0 && ov * 2 >= x.e - x.s && ov * 2 >= y.e - y.s;
}

const fmt = r => { const s = r.summary.indirect, a = r.summary.allAttributions; return `P ${s.contentPrecision} R ${s.contentRecall} F1 ${s.contentF1} ALL ${a.f1} (P ${a.precision})`; };
const change = (x, y) => { const c = changeBetween(x, y); return `gained ${c.gained.length} lost ${c.lost.length} fp removed ${c.removed.length} added ${c.added.length}`; };

const trainDocs = data('train'), trainGold = loadGold('train');
console.log('train candidates:', label(trainDocs, trainGold));
const foldOf = foldsByArticle(trainDocs.map(d => d.file));
const models = [];
for (let k = 0; k < FOLDS; k++) models.push(train(trainDocs.filter(d => foldOf.get(d.file) !== k)));
const cvProb = (d, c) => prob(models[foldOf.get(d.file)], c);
const base = scoreAgainst(trainGold, predict(trainDocs, () => 0, 2)).res;
console.log(`train as is: ${fmt(base)}`);
const foldGold = k => ({ ...trainGold, docs: trainGold.docs.filter(d => foldOf.get(d.file) === k) });
const foldPred = (p, k) => ({ ...p, documents: p.documents.filter(d => foldOf.get(d.file) === k) });
const baseFolds = [...Array(FOLDS).keys()].map(k => scoreAgainst(foldGold(k), foldPred(predict(trainDocs, () => 0, 2), k)).res);
for (const t of THRESHOLDS) {
  const pred = predict(trainDocs, cvProb, t);
  const res = scoreAgainst(trainGold, pred).res;
  console.log(`CV t ${t}: ${fmt(res)}; ${change(base, res)}`);
  if (args.includes('--folds')) {
    const folds = [...Array(FOLDS).keys()].map(k => scoreAgainst(foldGold(k), foldPred(pred, k)).res);
    const f1 = folds.map((r, k) => `${baseFolds[k].summary.indirect.contentF1}→${r.summary.indirect.contentF1}`).join(' ');
    const all = folds.map((r, k) => `${baseFolds[k].summary.allAttributions.f1}→${r.summary.allAttributions.f1}`).join(' ');
    const mean = key => (folds.reduce((n, r) => n + key(r.summary), 0) / FOLDS).toFixed(4);
    console.log(`   folds F1 ${f1}\n   folds ALL ${all}\n   mean P ${mean(s => s.indirect.contentPrecision)} R ${mean(s => s.indirect.contentRecall)} F1 ${mean(s => s.indirect.contentF1)} ALL ${mean(s => s.allAttributions.f1)}`);
  }
}
const show = opt('--show', null);
if (show !== null) {
  for (const d of trainDocs) for (const c of d.cands) {
    const p = cvProb(d, c);
    if (p >= Number(show)) console.log(`${c.label ? '+' : '-'} ${p.toFixed(2)} ${d.file.slice(0, 30)} [${one(c.mention.text)} | ${c.cue.text}] ⟦${one(d.text.slice(c.s, c.e)).slice(0, 120)}⟧`);
  }
}
const top = Number(opt('--top', '0'));
if (top) {
  const w = train(trainDocs);
  const sorted = [...w].sort((x, y) => Math.abs(y[1]) - Math.abs(x[1])).slice(0, top);
  console.log(sorted.map(([f, v]) => `${f} ${v.toFixed(2)}`).join('\n'));
}
if (args.includes('--dev')) {
  const w = train(trainDocs);
  const devDocs = data('dev'), devGold = loadGold('dev');
  console.log('dev candidates:', label(devDocs, devGold));
  const devBase = scoreAgainst(devGold, predict(devDocs, () => 0, 2)).res;
  console.log(`dev as is: ${fmt(devBase)}`);
  for (const t of THRESHOLDS) { const res = scoreAgainst(devGold, predict(devDocs, (d, c) => prob(w, c), t)).res; console.log(`dev t ${t}: ${fmt(res)}; ${change(devBase, res)}`); }
}
