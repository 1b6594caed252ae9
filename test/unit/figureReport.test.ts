import * as assert from 'assert';
import type { FigureComparison } from '../../src/core/corpus/figureCompare';
import { figureReport } from '../../src/extension/figureReport';

// The samples' death toll: AP (004) says "tens of thousands", the others "over 45,000"; and one agreement.
const toll: FigureComparison = {
  topic: 'death toll', unit: 'life', disagree: true, summary: '004: tens of thousands; 000, 001: over 45,000',
  entries: [
    { file: '004_42d87ab533acdf14.txt', start: 900, end: 917, text: 'tens of thousands', value: null, approximate: true, unit: 'life', reading: 'tens of thousands' },
    { file: '000_c9454e25165bd088.txt', start: 100, end: 111, text: 'over 45,000', value: 45000, approximate: true, unit: 'life', reading: 'more than 45,000 lives · approximate' },
    { file: '001_ccbae5c116037aeb.txt', start: 50, end: 61, text: 'over 45,000', value: 45000, approximate: true, unit: 'life', reading: 'more than 45,000 lives · approximate' },
  ],
};
const months: FigureComparison = {
  topic: 'months', unit: 'month', disagree: false, summary: '21 months in 003, 004',
  entries: [
    { file: '003_766a015ac4dc8b77.txt', start: 10, end: 24, text: '21-month-old', value: 21, approximate: false, unit: 'month', reading: '21 months' },
    { file: '004_42d87ab533acdf14.txt', start: 10, end: 24, text: '21-month', value: 21, approximate: false, unit: 'month', reading: '21 months' },
  ],
};

describe('figure report (Compare Figures Across Sources in full)', () => {
  const links = { label: (f: string) => f.slice(0, 3), line: (_f: string, o: number) => Math.floor(o / 100) + 1, href: (f: string, l: number) => `file:///w/${f}#L${l}` };
  it('lists every entry of every comparison, disagreements first, with article, line and reading', () => {
    const md = figureReport([months, toll], links);
    assert.ok(md.indexOf('death toll') < md.indexOf('months'), 'the disagreement comes first');
    assert.match(md, /2 quantities are reported by more than one article; 1 with readings that disagree/);
    assert.match(md, /\| \[004\]\(file:\/\/\/w\/004_42d87ab533acdf14\.txt#L10\) \| 10 \| tens of thousands \|/);
    assert.strictEqual((md.match(/over 45,000 \|/g) ?? []).length, 2);
  });
  it('a comparison within one article only is left out; none at all says so', () => {
    const one: FigureComparison = { ...months, entries: months.entries.map(e => ({ ...e, file: 'x.txt' })) };
    assert.match(figureReport([one], links), /No quantity is reported by more than one article yet/);
  });
});
