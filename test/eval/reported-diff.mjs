#!/usr/bin/env node
// Reported speech (#16), a development aid: what a change did on a PolNeAR split, from two predictions (before and
// after, as `news-lens analyze --json --only quotes` writes them): the gold indirect attributions it gained and lost,
// and the false positives (predictions with a speaker that match no gold) it removed and added, each with its
// context, after the scores of both. This is the evidence a rule needs to enter (train: TP gained / FP removed / TP
// lost); matching is the scorer's own (../shared/eval/polnear-attributions-score.mjs).
//   node test/eval/reported-diff.mjs --before A.json --after B.json [--split train|dev] [--examples N]
import fs from 'node:fs';

import { opt } from '../harness/paths.mjs';
import { changeBetween, loadGold, S } from './reportedEval.mjs';
import { oneLine as one } from './spans.mjs';

const split = opt('--split', 'train');
const before = opt('--before', null), after = opt('--after', null);
const examples = Number(opt('--examples', '20'));
if (!before || !after) {
  console.error('usage: node test/eval/reported-diff.mjs --before A.json --after B.json [--split train|dev] [--examples N]');
  process.exit(2);
}
const gold = loadGold(split);
const texts = new Map(gold.docs.map(d => [d.file, d.text]));
const score = file => S.score(gold, JSON.parse(fs.readFileSync(file, 'utf8')));
const a = score(before), b = score(after);
const { gained, lost, removed, added } = changeBetween(a, b);

const context = (file, s, e) => {
  const t = texts.get(file);
  return `…${one(t.slice(Math.max(0, s - 60), s))}⟦${one(t.slice(s, e))}⟧${one(t.slice(e, e + 30))}…`;
};
const sa = a.summary.indirect, sb = b.summary.indirect;
const pair = (k, x = sa[k], y = sb[k]) => `${k} ${x} → ${y}`;
console.log(`${split}: ${['contentPrecision', 'contentRecall', 'contentF1', 'sourceAccuracy', 'e2eF1'].map(k => pair(k)).join(', ')}, ALL F1 ${a.summary.allAttributions.f1} → ${b.summary.allAttributions.f1}`);
console.log(`gold gained ${gained.length}, lost ${lost.length}; false positives removed ${removed.length}, added ${added.length}; predictions with a speaker ${sa.predictedWithSpeaker} → ${sb.predictedWithSpeaker}`);
for (const [title, list] of [['GAINED', gained], ['LOST', lost]]) {
  console.log(`\n## ${title} ${list.length}`);
  for (const { file, g } of list.slice(0, examples)) console.log(`  ${file.slice(0, 40)} ${context(file, g.start, g.end)}`);
}
for (const [title, list] of [['FP REMOVED', removed], ['FP ADDED', added]]) {
  console.log(`\n## ${title} ${list.length}`);
  for (const { file, p } of list.slice(0, examples)) console.log(`  ${file.slice(0, 40)} [${p.speaker?.name} | ${p.cue?.text ?? ''}] ${context(file, p.start, p.end)}`);
}
