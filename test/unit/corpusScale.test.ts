/**
 * The corpus index on the shapes that used to lose groups or blow up: a story carried by many files (every
 * shingle common), one file repeating its own text, many files sharing one long paragraph.
 */
import * as assert from 'assert';
import { CorpusIndex } from '../../src/core/corpus';
import type { DuplicateGroup } from '../../src/core/types';
import { readSample } from './helpers';

function index(files: [string, string][]): DuplicateGroup[] {
  const ix = new CorpusIndex();
  for (const [f, t] of files) ix.set(f, t);
  return ix.duplicates();
}

const name = (k: number): string => `f${String(k).padStart(4, '0')}.txt`;
/** A story as outlet number k republished it: its own headline and credit line around the wire copy. */
const outlet = (story: string, k: number): string =>
  `Outlet ${k} edition\n\n${story}\n\nThis copy was printed by outlet number ${k} for readers of district ${k * 7 + 3}.\n`;

describe('corpus index: frequent shingles, repeats, long shared paragraphs', () => {
  const story = readSample('000');
  const groupsOfTwo = index([[name(0), outlet(story, 0)], [name(1), outlet(story, 1)]]);

  for (const copies of [65, 300]) {
    it(`a story republished in ${copies} files gives the groups two copies give, each with every file`, () => {
      const files: [string, string][] = [];
      for (let k = 0; k < copies; k++) files.push([name(k), outlet(story, k)]);
      const groups = index(files);
      assert.ok(groupsOfTwo.length > 0);
      assert.strictEqual(groups.length, groupsOfTwo.length);
      for (const g of groups) {
        assert.strictEqual(new Set(g.passages.map(p => p.file)).size, copies);
        assert.strictEqual(g.passages.length, copies);
      }
      // the same passages as in two copies
      const spans = (gs: DuplicateGroup[]): string[] => gs.map(g => `${g.passages[0].start}-${g.passages[0].end} ${g.kind}`).sort();
      assert.deepStrictEqual(spans(groups), spans(groupsOfTwo));
    });
  }

  it('a sample pasted 16 times into one file: one group per passage, with its 16 repeats', () => {
    const text = Array(16).fill(story.trim()).join('\n\n');
    const groups = index([['pasted.txt', text]]);
    assert.ok(groups.length > 0);
    for (const g of groups) {
      assert.strictEqual(g.passages.length, 16);
      assert.strictEqual(g.kind, 'exact');
      const starts = g.passages.map(p => p.start);
      assert.deepStrictEqual(starts, [...starts].sort((x, y) => x - y));
    }
  });

  it('twenty paragraphs repeated 64 times in one file: each paragraph one group of 64', () => {
    const paragraphs = readSample('001').split(/\n\s*\n/).map(p => p.trim()).filter(p => p.split(' ').length >= 12).slice(0, 20);
    const text = Array(64).fill(paragraphs.join('\n\n')).join('\n\n');
    const groups = index([['repeats.txt', text]]);
    assert.ok(groups.length >= paragraphs.length * 0.8, `${groups.length} groups`);
    for (const g of groups) assert.strictEqual(g.passages.length, 64);
  });

  it('files sharing one long paragraph (no sentence shared elsewhere) are one exact group', () => {
    let seed = 7;
    const words: string[] = [];
    for (let i = 0; i < 20000; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      words.push(`w${((seed >>> 12) % 5000).toString(36)}${i % 15 === 14 ? '.' : ''}`);
    }
    const paragraph = words.join(' ') + '.';
    const files: [string, string][] = [];
    for (let k = 0; k < 24; k++) files.push([name(k), `Outlet ${k} carries the long report below, which it did not edit.\n\n${paragraph}\n`]);
    const groups = index(files).filter(g => g.passages[0].end - g.passages[0].start > paragraph.length / 2);
    assert.strictEqual(groups.length, 1);
    assert.strictEqual(groups[0].passages.length, 24);
    assert.strictEqual(groups[0].kind, 'exact');
  });
});
