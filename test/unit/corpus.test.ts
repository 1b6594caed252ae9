import * as assert from 'assert';
import { CorpusIndex } from '../../src/core/corpus';
import type { DuplicateGroup } from '../../src/core/types';
import { readSample } from './helpers';

/** A paragraph of a sample article, found by its first words. */
function paragraph(sample: string, opening: string): string {
  const text = readSample(sample);
  const at = text.indexOf(opening);
  assert.ok(at >= 0, `${sample}: no paragraph starting "${opening}"`);
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? text.length : end).trim();
}

/** Paragraphs found in one test article only, so that the passage under test is the only thing shared. */
const FILLER: Record<string, [string, string]> = {
  a: ['The committee met on Tuesday in a closed session that lasted well into the evening hours.', 'Officials declined to say when the next round of discussions would be held or who would attend them.'],
  b: ['Traffic in the capital was heavy all week as thousands of visitors arrived for the annual festival.', 'Forecasters expect cooler temperatures and scattered showers across the region by the weekend.'],
  x: ['Farmers in the north are counting the cost of a dry summer that shrank harvests of wheat and barley.', 'The ministry promised compensation but gave no figure and no date for the first payments.'],
  y: ['A new bridge over the river opened to cyclists and pedestrians after three years of construction.', 'Residents had campaigned for a crossing since the old ferry stopped running a decade ago.'],
  z: ['The national orchestra announced a season of twelve concerts, half of them in smaller towns.', 'Tickets will go on sale next month, with discounts for students and pensioners.'],
  w: ['Shares in the shipping group fell sharply after it warned that profits would be lower this year.', 'Analysts blamed higher fuel prices and weaker demand from manufacturers in Europe.'],
  v: ['The football club confirmed that its captain will miss the rest of the season with a knee injury.', 'He was hurt in the second half of the cup match on Sunday and left the field on a stretcher.'],
};

/** An article around a passage: paragraphs of its own before and after. */
function article(name: string, body: string): string {
  const [before, after] = FILLER[name];
  return `Report ${name.toUpperCase()}\n\n${before}\n\n${body}\n\n${after}\n`;
}

function linked(groups: DuplicateGroup[], a: string, b: string): DuplicateGroup | undefined {
  return groups.find(g => g.passages.some(p => p.file === a) && g.passages.some(p => p.file === b));
}

function pairIndex(a: string, b: string): CorpusIndex {
  const index = new CorpusIndex();
  index.set('a.txt', article('a', a));
  index.set('b.txt', article('b', b));
  return index;
}

const LEAD = paragraph('002', "Russia's foreign minister said Saturday");
const BRAHIMI = paragraph('002', 'Brahimi and Lavrov both said after their meeting');
const KHATIB_US = paragraph('000', 'Khatib said Russia should apologize');
const KHATIB_UK = paragraph('001', 'Khatib said Russia should apologise');

describe('corpus index: duplicate passages', () => {
  it('links the wire copy of 002 and 003 whatever the quote and apostrophe style, with the dateline', () => {
    const index = new CorpusIndex();
    index.set('002.txt', readSample('002'));
    index.set('003.txt', readSample('003'));
    const groups = index.duplicates();
    const lead = groups.find(g => g.passages.some(p => p.file === '002.txt' && readSample('002').slice(p.start, p.end).startsWith("Russia's foreign minister")));
    assert.ok(lead, 'the lead paragraph is linked');
    const in003 = (lead as DuplicateGroup).passages.filter(p => p.file === '003.txt');
    assert.strictEqual(in003.length, 2, 'both copies of the repeated lead in 003 are in the group');
    assert.ok(readSample('003').slice(in003[0].start, in003[0].end).startsWith('MOSCOW — Russia’s'), 'the dateline belongs to the passage');
    assert.ok(groups.length >= 22, `${groups.length} groups`);
  });

  it('links passages that differ by dashes and US/UK spelling', () => {
    const dashes = pairIndex(paragraph('000', 'However the head of the group'), paragraph('001', 'However the head of the group'));
    assert.ok(linked(dashes.duplicates(), 'a.txt', 'b.txt'));
    const spelling = pairIndex(KHATIB_US, KHATIB_UK);
    const g = linked(spelling.duplicates(), 'a.txt', 'b.txt');
    assert.ok(g);
    assert.ok(g.similarity >= 0.9, `similarity ${g.similarity}`);
  });

  it('links passages with inserted, deleted and substituted words (about 15%)', () => {
    const edited = BRAHIMI
      .replace('both said after their meeting', 'both said publicly after their long meeting') // two inserted
      .replace('can only be settled through talks', 'can be settled through talks') // one deleted
      .replace('have shown no desire for compromise', 'have shown no appetite for compromise') // one substituted
      .replace('Neither official hinted', 'Neither man hinted'); // one substituted
    const g = linked(pairIndex(BRAHIMI, edited).duplicates(), 'a.txt', 'b.txt');
    assert.ok(g, 'linked');
    assert.strictEqual(g.kind, 'near');
    assert.ok(g.similarity > 0.8 && g.similarity < 1, `similarity ${g.similarity}`);
  });

  it('links a paragraph to a copy that dropped one of its sentences, and the passage is the whole paragraph', () => {
    const dropped = BRAHIMI.replace(/ Neither official hinted[^.]*\./, '');
    assert.notStrictEqual(dropped, BRAHIMI);
    const a = article('a', BRAHIMI);
    const index = pairIndex(BRAHIMI, dropped);
    const g = linked(index.duplicates(), 'a.txt', 'b.txt') as DuplicateGroup;
    assert.ok(g);
    const pa = g.passages.find(p => p.file === 'a.txt');
    assert.strictEqual(a.slice(pa?.start, pa?.end), BRAHIMI);
  });

  it('links a hard-wrapped (reflowed) copy, also inside an article laid out one paragraph per line', () => {
    const wrapped = BRAHIMI.replace(/(.{50,70}?) /g, '$1\n');
    assert.ok(wrapped.split('\n').length >= 4);
    assert.ok(linked(pairIndex(BRAHIMI, wrapped).duplicates(), 'a.txt', 'b.txt'));
    const index = new CorpusIndex();
    index.set('a.txt', article('a', BRAHIMI));
    index.set('b.txt', `Report B\nFirst paragraph of a one-per-line article, which is long enough to be a line of its own here.\n${wrapped}\nLast line of the article, long enough again to stand as a paragraph of its own.\n`);
    const g = linked(index.duplicates(), 'a.txt', 'b.txt') as DuplicateGroup;
    assert.ok(g);
    const pb = g.passages.find(p => p.file === 'b.txt');
    assert.ok(pb && pb.end - pb.start >= wrapped.length * 0.9, 'the passage covers the whole wrapped paragraph');
  });

  it('links a sentence copied into another article, glued to one of its paragraphs', () => {
    const sentence = 'Brahimi and Lavrov both said after their meeting that the 21-month-old Syrian conflict can only be settled through talks, while admitting that the parties in the conflict have shown no desire for compromise.';
    const host = `The envoy arrived in Moscow late on Friday and was met by officials at the airport. ${sentence}`;
    assert.ok(linked(pairIndex(BRAHIMI, host).duplicates(), 'a.txt', 'b.txt'));
  });

  it('links a paragraph repeated in one file', () => {
    const index = new CorpusIndex();
    index.set('003.txt', readSample('003'));
    const g = index.duplicates().find(x => x.passages.length === 2 && x.passages.every(p => p.file === '003.txt'));
    assert.ok(g, 'the repeated lead of 003 is a group within the file');
    assert.strictEqual(g.kind, 'exact');
  });

  it('does not link site furniture: copyright, newsletter lines, separators, bylines', () => {
    const furniture = [
      'By JANE MORRISON | Associated Press',
      'Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      'Sign up for our daily newsletter to get the top political stories delivered straight to your inbox every morning.',
      '___.',
      'Have a news tip? Send it to our newsroom and one of our reporters will follow up with you as soon as possible.',
    ].join('\n\n');
    const index = new CorpusIndex();
    index.set('a.txt', `${furniture}\n\n${article('a', KHATIB_US)}\n${furniture}\n`);
    index.set('b.txt', `${furniture}\n\n${article('b', LEAD)}\n${furniture}\n`);
    assert.deepStrictEqual(index.duplicates(), []);
  });

  it('does not link paragraphs that only share a stock phrase, nor two translations of one quote', () => {
    const a = 'Critics said the proposal to ban Muslims from entering the United States would hurt the party with voters in the fall.';
    const b = 'The candidate repeated on Monday his call to ban Muslims from entering the United States, drawing loud cheers in Ohio.';
    assert.strictEqual(linked(pairIndex(a, b).duplicates(), 'a.txt', 'b.txt'), undefined);
    const ap = paragraph('002', 'Assad "has repeatedly said');
    const nyt = paragraph('004', '"He has repeatedly said');
    assert.strictEqual(linked(pairIndex(ap, nyt).duplicates(), 'a.txt', 'b.txt'), undefined);
  });

  it('reports a group for all copies, sorted by reach, and the passages of a file for the hover', () => {
    const index = new CorpusIndex();
    for (const name of ['x', 'y', 'z']) index.set(`${name}.txt`, article(name, KHATIB_US));
    index.set('w.txt', article('w', `${LEAD}\n\n${BRAHIMI}`));
    index.set('v.txt', article('v', LEAD));
    const groups = index.duplicates();
    assert.deepStrictEqual(groups[0].passages.map(p => p.file), ['x.txt', 'y.txt', 'z.txt']);
    assert.strictEqual(groups[0].similarity, 1);
    const hover = index.passagesOf('y.txt');
    const khatib = hover.find(h => h.others.length === 2);
    assert.ok(khatib);
    assert.deepStrictEqual(khatib.others.map(o => [o.file, o.similarity]), [['x.txt', 1], ['z.txt', 1]]);
    assert.deepStrictEqual(index.passagesOf('nope.txt'), []);
  });
});
