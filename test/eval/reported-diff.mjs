#!/usr/bin/env node
// Reported speech (#16), a development aid: what a change did on a PolNeAR split, from two predictions (before and
// after, as `news-lens analyze --json --only quotes` writes them): the gold indirect attributions it gained and lost,
// and the false positives (predictions with a speaker that match no gold) it removed and added, each with its
// context, after the scores of both. This is the evidence a rule needs to enter (train: TP gained / FP removed / TP
// lost); matching is the scorer's own (../shared/eval/polnear-attributions-score.mjs).
//   node test/eval/reported-diff.mjs --before A.json --after B.json [--split train|dev] [--examples N]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { opt, shared } from '../harness/paths.mjs';

const split = opt('--split', 'train');
const before = opt('--before', null), after = opt('--after', null);
const examples = Number(opt('--examples', '20'));
if (!before || !after) {
  console.error('usage: node test/eval/reported-diff.mjs --before A.json --after B.json [--split train|dev] [--examples N]');
  process.exit(2);
}
const pn = path.join(shared, 'bench', 'polnear', split);
const S = await import(pathToFileURL(path.join(shared, 'eval', 'polnear-attributions-score.mjs')).href);
const gold = S.loadGoldJson(path.join(pn, 'gold-indirect.json'), path.join(pn, 'text'));
const texts = new Map(gold.docs.map(d => [d.file, d.text]));
const score = file => S.score(gold, JSON.parse(fs.readFileSync(file, 'utf8')));
const a = score(before), b = score(after);

/** The keys of the gold attributions a result missed, and its false positives by key. */
const missed = r => new Set(r.misses.map(m => `${m.file}#${m.g.id}`));
const falsePositives = r => new Map(r.falsePositives.map(x => [`${x.file}#${x.p.start}-${x.p.end}`, x]));
const goldOf = new Map(gold.docs.flatMap(d => d.indirect.map(g => [`${d.file}#${g.id}`, { file: d.file, g }])));

const ma = missed(a), mb = missed(b), fa = falsePositives(a), fb = falsePositives(b);
const gained = [...ma].filter(k => !mb.has(k)), lost = [...mb].filter(k => !ma.has(k));
const removed = [...fa.keys()].filter(k => !fb.has(k)), added = [...fb.keys()].filter(k => !fa.has(k));

const one = x => x.replace(/\s*\n\s*/g, ' ⏎ ');
const context = (file, s, e) => {
  const t = texts.get(file);
  return `…${one(t.slice(Math.max(0, s - 60), s))}⟦${one(t.slice(s, e))}⟧${one(t.slice(e, e + 30))}…`;
};
const sa = a.summary.indirect, sb = b.summary.indirect;
const pair = (k, x = sa[k], y = sb[k]) => `${k} ${x} → ${y}`;
console.log(`${split}: ${['contentPrecision', 'contentRecall', 'contentF1', 'sourceAccuracy', 'e2eF1'].map(k => pair(k)).join(', ')}, ALL F1 ${a.summary.allAttributions.f1} → ${b.summary.allAttributions.f1}`);
console.log(`gold gained ${gained.length}, lost ${lost.length}; false positives removed ${removed.length}, added ${added.length}; predictions with a speaker ${sa.predictedWithSpeaker} → ${sb.predictedWithSpeaker}`);
for (const [title, keys] of [['GAINED', gained], ['LOST', lost]]) {
  console.log(`\n## ${title} ${keys.length}`);
  for (const k of keys.slice(0, examples)) { const { file, g } = goldOf.get(k); console.log(`  ${file.slice(0, 40)} ${context(file, g.start, g.end)}`); }
}
for (const [title, keys, map] of [['FP REMOVED', removed, fa], ['FP ADDED', added, fb]]) {
  console.log(`\n## ${title} ${keys.length}`);
  for (const k of keys.slice(0, examples)) { const { file, p } = map.get(k); console.log(`  ${file.slice(0, 40)} [${p.speaker?.name} | ${p.cue?.text ?? ''}] ${context(file, p.start, p.end)}`); }
}
