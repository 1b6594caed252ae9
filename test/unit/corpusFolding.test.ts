/** "exact" means the same text: what the duplicate finder folds away is said, not hidden (#15 item 3). */
import * as assert from 'assert';
import { CorpusIndex } from '../../src/core/corpus';
import type { DuplicateGroup } from '../../src/core/types';

const LEAD = 'The Syrian opposition coalition said it would not travel to Moscow for talks, and its leader called on Russia to apologize for its support of the government in Damascus.';
const NEXT = 'Russia has been the main international backer of the Syrian leader during the 21-month conflict -- which the United Nations says has killed more than 45,000 people.';
const article = (own: string, lead: string, next: string): string => `${own}\n\n${lead}\n\n${next}\n`;

function groups(a: string, b: string, mine = [LEAD, NEXT]): DuplicateGroup[] {
  const index = new CorpusIndex();
  index.set('a.txt', article('A report filed from Beirut late on Friday evening.', mine[0], mine[1]));
  index.set('b.txt', article('Our correspondent adds details from the region.', a, b));
  return index.duplicates();
}

describe('corpus index: exact means the same text', () => {
  it('the same paragraphs are exact, with nothing folded', () => {
    const gs = groups(LEAD, NEXT);
    assert.strictEqual(gs.length, 2);
    for (const g of gs) { assert.strictEqual(g.kind, 'exact'); assert.strictEqual(g.similarity, 1); assert.strictEqual(g.folded, undefined); }
  });

  it('a British spelling and a different dash are near, and say so (apologise/apologize, –- / --)', () => {
    const gs = groups(LEAD.replace('apologize', 'apologise'), NEXT.replace(' -- ', ' –- '));
    assert.strictEqual(gs.length, 2);
    const byFold = gs.map(g => g.folded?.join(',')).sort();
    assert.deepStrictEqual(byFold, ['dashes', 'spelling']);
    for (const g of gs) assert.strictEqual(g.kind, 'near');
  });

  it('curly and straight quotation marks, apostrophes and case are named too', () => {
    const gs = groups(`"${LEAD}"`, NEXT);
    const possessive = LEAD.replace('its leader', "the coalition's leader");
    const curly = groups(`“${possessive.replace("'", '’')}”`, NEXT.replace('Russia has', 'RUSSIA has'), [`"${possessive}"`, NEXT]);
    assert.deepStrictEqual(gs.map(g => g.kind).sort(), ['exact', 'near']);
    const folded = (list: DuplicateGroup[]): string[] => list.flatMap(g => g.folded ?? []).sort();
    assert.deepStrictEqual(folded(gs), ['quotation marks']);
    assert.deepStrictEqual(folded(curly), ['apostrophes', 'case', 'quotation marks']);
  });
});
