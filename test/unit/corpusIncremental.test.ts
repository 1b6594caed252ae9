import * as assert from 'assert';
import { CorpusIndex } from '../../src/core/corpus';
import { readSample, sampleFiles } from './helpers';

/** Everything the index reports, in a form two indexes can be compared by. */
function snapshot(index: CorpusIndex): unknown {
  return {
    files: index.files(),
    duplicates: index.duplicates(),
    hovers: index.files().map(f => [f, index.passagesOf(f)]),
  };
}

function fresh(files: Map<string, string>): CorpusIndex {
  const index = new CorpusIndex();
  for (const [f, t] of [...files].sort((a, b) => (a[0] < b[0] ? -1 : 1))) index.set(f, t);
  return index;
}

const samples = sampleFiles().map(f => [f, readSample(f)] as const);
/** A rewritten copy of 002: a paragraph dropped, words changed, the lead paragraph copied into 001. */
const edited002 = readSample('002').replace(/\n\nBrahimi warned that[^\n]*/, '').replace('no sign of progress', 'no real sign of progress');
const lead002 = readSample('002').match(/Russia's foreign minister said Saturday[^\n]*/)?.[0] ?? '';

describe('corpus index: incremental updates', () => {
  it('set, replace, delete and rename leave the same results as a fresh build', () => {
    const index = new CorpusIndex();
    const files = new Map<string, string>();
    const set = (f: string, t: string): void => { index.set(f, t); files.set(f, t); };
    for (const [f, t] of samples) set(f, t);
    assert.deepStrictEqual(snapshot(index), snapshot(fresh(files)));
    set('copy.txt', edited002);
    index.duplicates();
    set(samples[1][0], `${samples[1][1]}\n\n${lead002}\n`);
    assert.deepStrictEqual(snapshot(index), snapshot(fresh(files)));
    index.delete(samples[3][0]); files.delete(samples[3][0]);
    assert.deepStrictEqual(snapshot(index), snapshot(fresh(files)));
    index.rename('copy.txt', 'a-copy.txt'); files.set('a-copy.txt', files.get('copy.txt') as string); files.delete('copy.txt');
    assert.deepStrictEqual(snapshot(index), snapshot(fresh(files)));
    set(samples[3][0], samples[3][1]);
    set(samples[1][0], samples[1][1]);
    assert.deepStrictEqual(snapshot(index), snapshot(fresh(files)));
    index.rename(samples[0][0], 'zzz.txt'); files.set('zzz.txt', samples[0][1]); files.delete(samples[0][0]);
    assert.deepStrictEqual(snapshot(index), snapshot(fresh(files)));
  });

  it('the same text again changes nothing; a deleted file re-added is found again', () => {
    const index = new CorpusIndex();
    for (const [f, t] of samples) index.set(f, t);
    const before = JSON.stringify(index.duplicates());
    index.set(samples[2][0], samples[2][1]);
    assert.strictEqual(JSON.stringify(index.duplicates()), before);
    index.delete(samples[3][0]);
    assert.ok(!index.has(samples[3][0]));
    assert.ok(index.duplicates().every(g => g.passages.every(p => p.file !== samples[3][0])));
    index.set(samples[3][0], samples[3][1]);
    assert.strictEqual(JSON.stringify(index.duplicates()), before);
  });

  it('renaming over an existing file replaces it', () => {
    const index = new CorpusIndex();
    for (const [f, t] of samples) index.set(f, t);
    index.rename(samples[2][0], samples[0][0]);
    assert.deepStrictEqual(index.files(), samples.map(s => s[0]).filter(f => f !== samples[2][0]));
    assert.ok(index.duplicates().some(g => g.passages.some(p => p.file === samples[0][0]) && g.passages.some(p => p.file === samples[3][0])));
  });
});
