#!/usr/bin/env node
// npm run eval — runs the scorers in ../shared/eval on the CLI's output and prints their figures next to the
// issues' targets. Writes .eval/results.json as well. Options:
//   --split dev|train     the PolNeAR split to score (default dev)
//   --dup-seed N          the dupbench seed (default 1); --dup-docs N (default 1000)
//   --skip-dupbench       leave the 1,000-document duplicate benchmark out
//   --cv                  5-fold cross-validation by article on train: speaker accuracy and silver referents per fold
//                         and their mean, and reported speech (#16) per fold (content P / R / F1, ALL attributions F1),
//                         then exit (the rules have no fitted parameters, so the folds show how much the score varies
//                         between sets of articles, not a train/test gap)
// The shared folder is $NEWS_LENS_SHARED, else ../shared beside the repository.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { args, opt, root, shared } from '../harness/paths.mjs';
import { FOLDS, foldsByArticle } from './reportedEval.mjs';
import { silverReferents } from './silver-referents.mjs';

const split = opt('--split', 'dev');
const dupSeed = opt('--dup-seed', '1');
const dupDocs = opt('--dup-docs', '1000');
const work = path.join(root, '.eval');
fs.mkdirSync(work, { recursive: true });
if (!fs.existsSync(path.join(shared, 'eval'))) {
  console.error(`news-lens eval: the shared folder was not found at ${shared} (set NEWS_LENS_SHARED)`);
  process.exit(2);
}
const cli = path.join(root, 'dist', 'cli.js');
const node = (script, argv, opts = {}) => execFileSync(process.execPath, [script, ...argv], { maxBuffer: 1 << 30, encoding: 'utf8', stdio: ['ignore', 'pipe', opts.stderr ?? 'pipe'] });
const analyze = (argv, out) => { fs.writeFileSync(out, node(cli, ['analyze', '--json', ...argv])); return out; };
const score = (name, argv) => JSON.parse(node(path.join(shared, 'eval', name), argv));

if (args.includes('--cv')) { crossValidate(); process.exit(0); }

const results = {};
const rows = [];
const row = (area, measure, value, goal, ok) => rows.push({ area, measure, value, goal, ok });

// seeds: quotes, speakers, figures, duplicates, variants
// (the seeds gold holds direct quotes only, so its scorer gets the prediction without reported speech)
const seedsPred = analyze([path.join(root, 'media', 'samples')], path.join(work, 'seeds.json'));
const directOnly = (file, out) => {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const d of json.documents) d.quotes = d.quotes.filter(q => q.kind !== 'indirect');
  fs.writeFileSync(out, JSON.stringify(json));
  return out;
};
const seedsDirect = directOnly(seedsPred, path.join(work, 'seeds-direct.json'));
const seeds = results.seeds = score('seeds-score.mjs', ['--pred', seedsDirect]);
row('seeds', 'quote F1', seeds.quoteF1, '1.0', seeds.quoteF1 >= 1);
row('seeds', 'quotes with right speaker', seeds.attributedQuotes, '≥ 54/55', parseInt(seeds.attributedQuotes) >= 54);
row('seeds', 'figure recall', seeds.figureRecall, '1.0', seeds.figureRecall >= 1);
row('seeds', 'figure precision', seeds.figurePrecision, '≥ 0.97', seeds.figurePrecision >= 0.97);
row('seeds', 'figure value accuracy', seeds.figureValueAccuracy, '1.0', seeds.figureValueAccuracy >= 1);
row('seeds', 'duplicate pairs', seeds.duplicatePairs, '30/30', parseInt(seeds.duplicatePairs) >= 30);
row('seeds', 'duplicate pair precision', seeds.duplicatePairPrecision, '≥ 0.95', seeds.duplicatePairPrecision >= 0.95);
row('seeds', 'quote-variant pairs', seeds.quoteVariantPairs, 'all (21/21)', /^(\d+)\/\1$/.test(String(seeds.quoteVariantPairs)));
row('seeds', 'quote-variant pair precision', seeds.quoteVariantPairPrecision, '≥ 0.95', seeds.quoteVariantPairPrecision >= 0.95);
const seedsDup = results.seedsDupbench = score('dupbench-score.mjs', ['--gold', path.join(shared, 'gold', 'seeds.json'), '--pred', seedsDirect, '--no-table']);
const seedsAll = results.seedsWithIndirect = score('seeds-score.mjs', ['--pred', seedsPred]);
row('seeds', 'quote F1 counting reported speech', seedsAll.quoteF1, '', null);
row('seeds', 'dupbench rules: recall / precision', `${seedsDup.recall} / ${seedsDup.precision}`, '', null);

// PolNeAR: quotes and speakers, figures
const pn = path.join(shared, 'bench', 'polnear', split);
const pnPred = analyze(['--only', 'quotes,figures', path.join(pn, 'text')], path.join(work, `polnear-${split}.json`));
const q = results.polnearQuotes = score('polnear-score.mjs', ['--gold-json', path.join(pn, 'gold.json'), '--text-dir', path.join(pn, 'text'), '--pred', pnPred, '--json-only']);
row(`PolNeAR ${split}`, 'quote F1', q.quoteF1, '≥ 0.95', q.quoteF1 >= 0.95);
// (judged on the counts: the scorer rounds to four places, and 850 of 914 = 0.92998 prints as 0.93)
row(`PolNeAR ${split}`, 'speaker accuracy', `${q.speakerAccuracy} (${q.speakerCorrect}/${q.speakerJudged})`, '≥ 0.93 (#12)', q.speakerCorrect / q.speakerJudged >= 0.93);
row(`PolNeAR ${split}`, 'end-to-end attributed-quote F1', q.e2eF1, '≥ 0.92 (#12)', q.e2eF1 >= 0.92);
// the same articles as a scrape with no line breaks gives them (each line break a space, so the gold's offsets hold):
// no paragraphs, no title lines; no goal, a measure of what the layout is worth
{
  const flat = path.join(work, `polnear-${split}-one-line`);
  fs.rmSync(flat, { recursive: true, force: true });
  fs.mkdirSync(flat, { recursive: true });
  for (const name of fs.readdirSync(path.join(pn, 'text'))) fs.writeFileSync(path.join(flat, name), fs.readFileSync(path.join(pn, 'text', name), 'utf8').replace(/[\r\n]/g, ' '));
  const flatPred = analyze(['--only', 'quotes', flat], path.join(work, `polnear-${split}-one-line.json`));
  const o = results.polnearOneLine = score('polnear-score.mjs', ['--gold-json', path.join(pn, 'gold.json'), '--text-dir', path.join(pn, 'text'), '--pred', flatPred, '--json-only']);
  row(`PolNeAR ${split}`, 'on one line (no line breaks): quote F1 / speaker', `${o.quoteF1} / ${o.speakerAccuracy}`, '', null);
}
const refFile = path.join(pn, 'referents.json');
if (fs.existsSync(refFile)) {
  const r = results.referents = score('referents-score.mjs', ['--pred', pnPred, '--referents', refFile, '--json']).referents.named.all;
  row(`PolNeAR ${split}`, 'referents lenient / strict', `${r.lenientPctOfFound}% / ${r.strictPctOfFound}%`, '≥ 90% / ≥ 85%', r.lenientPctOfFound >= 90 && r.strictPctOfFound >= 85);
}
// speaker names a user sees across the split: distinct names, and persons as the panel, hovers and references group
// them (src/core/people/workspace.ts), with the names that read worst (lower-case words, more than four words)
{
  const names = peopleNames(JSON.parse(fs.readFileSync(pnPred, 'utf8')));
  results.speakerNames = names;
  row(`PolNeAR ${split}`, 'distinct speaker names / people', `${names.distinct} / ${names.people}`, '', null);
  row(`PolNeAR ${split}`, 'names for Trump (workspace)', names.trump.join(', ') || '-', '1', names.trump.length === 1);
}
const silver = results.silverReferents = silverReferents(JSON.parse(fs.readFileSync(path.join(pn, 'gold.json'), 'utf8')), JSON.parse(fs.readFileSync(pnPred, 'utf8')));
delete silver.wrong;
row(`PolNeAR ${split}`, 'referents (CoreNLP silver, trend)', `${silver.rate} (${silver.right}/${silver.items})`, '', null);
// PolNeAR: reported speech (indirect attributions) and all attributions together (#16)
const ia = results.polnearAttributions = score('polnear-attributions-score.mjs', ['--gold-json', path.join(pn, 'gold-indirect.json'), '--text-dir', path.join(pn, 'text'), '--pred', pnPred, '--json-only']);
const ind = ia.indirect, all = ia.allAttributions;
row(`PolNeAR ${split}`, 'indirect content F1 (P / R)', `${ind.contentF1} (${ind.contentPrecision} / ${ind.contentRecall})`, '≥ 0.80, P ≥ 0.85', ind.contentF1 >= 0.8 && ind.contentPrecision >= 0.85);
row(`PolNeAR ${split}`, 'indirect source accuracy on matched', ind.sourceAccuracy, '≥ 0.88', ind.sourceAccuracy >= 0.88);
row(`PolNeAR ${split}`, 'indirect end-to-end F1', ind.e2eF1, '≥ 0.70', ind.e2eF1 >= 0.7);
row(`PolNeAR ${split}`, 'ALL attributions end-to-end F1', all.f1, '≥ 0.75', all.f1 >= 0.75);
// figures judged by hand (dev/figures-adjudicated.json): strict precision is the real figure
const adjudicated = path.join(pn, 'figures-adjudicated.json');
if (fs.existsSync(adjudicated)) {
  const g = results.polnearFiguresAdjudicated = score('figures-score.mjs', ['--silver', adjudicated, '--pred', pnPred, '--json-only']);
  row(`PolNeAR ${split}`, 'figure recall (adjudicated)', g.recall, '≥ 0.98', g.recall >= 0.98);
  row(`PolNeAR ${split}`, 'figure precision (adjudicated, strict)', g.precision, '≥ 0.97', g.precision >= 0.97);
  row(`PolNeAR ${split}`, 'figure value accuracy (adjudicated)', g.valueAccuracy, '≥ 0.995', g.valueAccuracy >= 0.995);
}
// CoreNLP's silver, for comparison with other systems only (no goal): it tags names, list numbers and dates ("Fortune
// 500", "Article 21", "Sept. 19 to 22") and never vague quantities or fractions, so the figure rules disagree with it
const f = results.polnearFigures = score('figures-score.mjs', ['--silver', path.join(pn, 'figures.json'), '--pred', pnPred, '--json-only']);
row(`PolNeAR ${split}`, 'figure recall (CoreNLP silver)', f.recall, '', null);
row(`PolNeAR ${split}`, 'figure precisionLenient (silver)', f.precisionLenient, '', null);
row(`PolNeAR ${split}`, 'figure value accuracy (silver)', f.valueAccuracy, '', null);

// dupbench
if (!args.includes('--skip-dupbench')) {
  const corpus = path.join(work, `dupbench-${dupDocs}-s${dupSeed}`);
  if (!fs.existsSync(corpus + '.gold.json')) node(path.join(shared, 'eval', 'dupbench-gen.mjs'), ['--out', corpus, '--docs', dupDocs, '--seed', dupSeed]);
  const dPred = analyze(['--only', 'duplicates', corpus], corpus + '.pred.json');
  const d = results.dupbench = score('dupbench-score.mjs', ['--gold', corpus + '.gold.json', '--pred', dPred, '--no-table']);
  row(`dupbench ${dupDocs} s${dupSeed}`, 'F1', d.f1, '≥ 0.95', d.f1 >= 0.95);
  row(`dupbench ${dupDocs} s${dupSeed}`, 'recall / precision', `${d.recall} / ${d.precision}`, '', null);
  const ops = Object.entries(d.recallByOp || {});
  const worst = ops.reduce((w, [k, v]) => (!w || v.recall < w[1].recall ? [k, v] : w), null);
  row(`dupbench ${dupDocs} s${dupSeed}`, 'lowest recall by edit op', worst ? `${worst[0]} ${worst[1].recall}` : '-', '≥ 0.90', worst ? worst[1].recall >= 0.9 : false);
}

fs.writeFileSync(path.join(work, 'results.json'), JSON.stringify({ date: new Date().toISOString(), split, results, rows }, null, 1));
const w = [14, 40, 16, 10];
const line = cells => cells.map((c, i) => String(c).padEnd(w[i] ?? 0)).join('  ');
console.log(line(['area', 'measure', 'value', 'goal', 'met']));
for (const r of rows) console.log(line([r.area, r.measure, r.value, r.goal, r.ok === null ? '' : r.ok ? 'yes' : 'NO']));
const failed = rows.filter(r => r.ok === false).length;
console.log(`\n${rows.filter(r => r.ok).length} targets met, ${failed} not met (details in .eval/results.json)`);

/** 5 folds by article (sorted file names, article k in fold k mod 5): the scorers run on each fold's gold and predictions. */
function crossValidate() {
  const tn = path.join(shared, 'bench', 'polnear', 'train');
  const gold = JSON.parse(fs.readFileSync(path.join(tn, 'gold.json'), 'utf8'));
  const pred = JSON.parse(fs.readFileSync(analyze(['--only', 'quotes', path.join(tn, 'text')], path.join(work, 'polnear-train-cv.json')), 'utf8'));
  const files = gold.map(d => d.file);
  const foldOf = foldsByArticle(files);
  const indirectGold = JSON.parse(fs.readFileSync(path.join(tn, 'gold-indirect.json'), 'utf8'));
  const acc = [], ref = [], rep = [];
  console.log('fold  articles  speaker accuracy  referents (silver)  reported P / R / F1 (TP/pred)         ALL F1');
  for (let k = 0; k < FOLDS; k++) {
    const g = gold.filter(d => foldOf.get(d.file) === k);
    const p = { ...pred, documents: pred.documents.filter(d => foldOf.get(path.basename(d.file)) === k) };
    const gf = path.join(work, `cv-gold-${k}.json`), pf = path.join(work, `cv-pred-${k}.json`), gi = path.join(work, `cv-gold-indirect-${k}.json`);
    fs.writeFileSync(gf, JSON.stringify(g));
    fs.writeFileSync(pf, JSON.stringify(p));
    fs.writeFileSync(gi, JSON.stringify(indirectGold.filter(d => foldOf.get(d.file) === k)));
    const q = score('polnear-score.mjs', ['--gold-json', gf, '--text-dir', path.join(tn, 'text'), '--pred', pf, '--json-only']);
    const r = silverReferents(g, p);
    // reported speech (#16): the attributions scorer on the fold's articles
    const a = score('polnear-attributions-score.mjs', ['--gold-json', gi, '--text-dir', path.join(tn, 'text'), '--pred', pf, '--json-only']);
    const ind = a.indirect;
    acc.push(q.speakerAccuracy); ref.push(r.rate); rep.push({ P: ind.contentPrecision, R: ind.contentRecall, F1: ind.contentF1, tp: ind.predictedWithSpeakerMatched, pred: ind.predictedWithSpeaker, all: a.allAttributions.f1 });
    const last = rep[rep.length - 1];
    console.log(`${String(k + 1).padEnd(6)}${String(g.length).padEnd(10)}${String(q.speakerAccuracy).padEnd(18)}${String(r.rate).padEnd(20)}${`${last.P} / ${last.R} / ${last.F1} (${last.tp}/${last.pred})`.padEnd(38)}${last.all}`);
  }
  const mean = xs => Math.round(10000 * xs.reduce((a, b) => a + b, 0) / xs.length) / 10000;
  const sd = xs => { const m = mean(xs); return Math.round(10000 * Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1))) / 10000; };
  const repMean = { P: mean(rep.map(x => x.P)), R: mean(rep.map(x => x.R)), F1: mean(rep.map(x => x.F1)), all: mean(rep.map(x => x.all)) };
  console.log(`mean  ${String(files.length).padEnd(10)}${String(mean(acc)).padEnd(18)}${String(mean(ref)).padEnd(20)}${`${repMean.P} / ${repMean.R} / ${repMean.F1}`.padEnd(38)}${repMean.all}`);
  console.log(`sd              ${String(sd(acc)).padEnd(18)}${String(sd(ref)).padEnd(20)}${`F1 ${sd(rep.map(x => x.F1))}`.padEnd(38)}${sd(rep.map(x => x.all))}    (goal: speaker accuracy mean ≥ 0.92)`);
  fs.writeFileSync(path.join(work, 'cv.json'), JSON.stringify({ date: new Date().toISOString(), folds: FOLDS, speakerAccuracy: acc, silverReferents: ref, mean: mean(acc), reported: rep, reportedMean: repMean }, null, 1));
}

/** Distinct speaker names of a prediction, and the people they name across its documents (the core's PeopleIndex). */
function peopleNames(pred) {
  const bundle = path.join(work, 'people.cjs');
  execFileSync(path.join(root, 'node_modules', '.bin', 'esbuild'), [path.join(root, 'src', 'core', 'people', 'index.ts'), '--bundle', '--platform=node', '--format=cjs', `--outfile=${bundle}`, '--log-level=warning']);
  const { PeopleIndex } = createRequire(import.meta.url)(bundle);
  const perDoc = pred.documents.map(d => d.quotes.filter(q => q.speaker).map(q => q.speaker.name));
  const index = new PeopleIndex(perDoc);
  const all = [...new Set(perDoc.flat())];
  const people = new Set(all.map(n => index.canonical(n)));
  // ("Donald Trump’s campaign manager" is another person, shown by a description that holds Trump's name, and
  // "Donald Trump and Ted Cruz" two people, a pair that spoke together)
  const trump = [...people].filter(n => /\bTrump\b/.test(n) && /^(?:Donald|Mr\.?|Trump$)/.test(n) && !/\bTrump['’]s\b/.test(n) && !/ (?:and|&) /.test(n));
  // (a description shown for an unnamed source starts in lower case: "a doctor", "one questioner")
  const worst = all.filter(n => /^\p{Lu}/u.test(n) && (/\s\p{Ll}{3,}/u.test(n) || n.split(' ').length > 4 || /^\p{Lu}+$/u.test(n))).slice(0, 20);
  return { distinct: all.length, people: people.size, trump, worst };
}
