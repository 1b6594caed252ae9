// The common start of the reported-speech eval tools (./reported-boundaries.mjs, ./reported-misses.mjs,
// ./reported-families.mjs, ./reported-cut.mjs, ./reported-diff.mjs): a PolNeAR split's folders and gold indirect attributions, the scorer
// (../shared/eval/polnear-attributions-score.mjs), and a prediction — read from a file or made by dist/cli.js.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { root, shared } from '../harness/paths.mjs';

/** The attribution scorer. */
export const S = await import(pathToFileURL(path.join(shared, 'eval', 'polnear-attributions-score.mjs')).href);

/** A split's folder and its text folder. */
export function splitDirs(split) {
  const pn = path.join(shared, 'bench', 'polnear', split);
  return { pn, textDir: path.join(pn, 'text') };
}

/** The split's gold indirect attributions, as the scorer loads them. */
export function loadGold(split) {
  const { pn, textDir } = splitDirs(split);
  return S.loadGoldJson(path.join(pn, 'gold-indirect.json'), textDir);
}

/**
 * The prediction in `predFile`; without one, dist/cli.js's on the split (npm run build:cli first), saved to
 * .eval/`name`-SPLIT.json in this checkout (git-ignored; each worktree has its own, so runs in two worktrees never
 * read each other's, as they did in a shared /tmp).
 */
export function readPrediction(split, predFile, name) {
  let file = predFile;
  if (!file) {
    fs.mkdirSync(path.join(root, '.eval'), { recursive: true });
    file = path.join(root, '.eval', `${name}-${split}.json`);
    const cli = path.join(root, 'dist', 'cli.js');
    fs.writeFileSync(file, execFileSync(process.execPath, [cli, 'analyze', '--json', '--only', 'quotes', splitDirs(split).textDir], { maxBuffer: 1 << 30, encoding: 'utf8' }));
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The scorer's result for a prediction, and the gold documents by file name. */
export function scoreAgainst(gold, pred) {
  return { res: S.score(gold, pred), docs: new Map(gold.docs.map(d => [d.file, d])) };
}

/**
 * What a change did, from the scorer's results before and after it: the gold it gained and lost (the misses of one
 * that the other does not miss, by gold id) and the false positives it removed and added (by file and span), each the
 * scorer's own record ({ file, g } or { file, p }) in the scorer's order.
 */
export function changeBetween(before, after) {
  const goldKey = m => `${m.file}#${m.g.id}`, fpKey = x => `${x.file}#${x.p.start}-${x.p.end}`;
  const notIn = (list, others, key) => { const keys = new Set(others.map(key)); return list.filter(x => !keys.has(key(x))); };
  return {
    gained: notIn(before.misses, after.misses, goldKey), lost: notIn(after.misses, before.misses, goldKey),
    removed: notIn(before.falsePositives, after.falsePositives, fpKey), added: notIn(after.falsePositives, before.falsePositives, fpKey),
  };
}

/** The folds of cross-validation by article: FOLDS of them, article k of the sorted file names in fold k mod FOLDS. */
export const FOLDS = 5;
/** Each file name's fold (see FOLDS). */
export function foldsByArticle(files) {
  return new Map([...files].sort().map((f, k) => [f, k % FOLDS]));
}

/** Whether span [s, e) matches gold g by the scorer's rule (MATCH of the gold's Content and of the span). */
export function matches(s, e, g) {
  const o = g.content.reduce((n, [a, b]) => n + Math.max(0, Math.min(e, b) - Math.max(s, a)), 0);
  return o >= 0.5 * g.content.reduce((n, [a, b]) => n + b - a, 0) && o >= 0.5 * (e - s - g.content.slice(1).reduce((n, [a], i) => n + Math.max(0, Math.min(e, a) - Math.max(s, g.content[i][1])), 0));
}

/**
 * ./reportedFamilies.ts's analyzeWithFamilies (each indirect quote tagged by the rule family that found it), bundled with
 * esbuild's keepNames to .eval/`name`.cjs in this checkout and loaded.
 */
export function familiesAnalyzer(name) {
  const work = path.join(root, '.eval');
  fs.mkdirSync(work, { recursive: true });
  const bundle = path.join(work, `${name}.cjs`);
  execFileSync(path.join(root, 'node_modules', '.bin', 'esbuild'), [path.join(root, 'test', 'eval', 'reportedFamilies.ts'), '--bundle', '--platform=node', '--format=cjs', '--supported:regexp-unicode-property-escapes=true', '--keep-names', `--outfile=${bundle}`, '--log-level=warning']);
  return createRequire(import.meta.url)(bundle).analyzeWithFamilies;
}
