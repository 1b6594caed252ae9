import * as assert from 'assert';
import { compareFigures, comparisonFor } from '../../src/core/corpus/figureCompare';
import { findFigures } from '../../src/core/figures';
import { readSample, sampleFiles } from './helpers';

function seeds(): { file: string; text: string; figures: ReturnType<typeof findFigures> }[] {
  return sampleFiles().map(file => { const text = readSample(file); return { file, text, figures: findFigures(text) }; });
}

describe('figure comparison across sources', () => {
  it('finds the death-toll conflict of the samples first: 004 "tens of thousands" vs 000/001 "over 45,000"', () => {
    const out = compareFigures(seeds());
    const first = out[0];
    assert.ok(first.disagree);
    assert.strictEqual(first.topic, 'death toll');
    assert.strictEqual(first.summary, '004: tens of thousands; 000, 001: over 45,000');
    assert.deepStrictEqual(first.entries.map(e => [e.file.slice(0, 3), e.text]), [
      ['000', 'over 45,000 lives'], ['001', 'over 45,000 lives'], ['004', 'tens of thousands'],
    ]);
    // the victims of single incidents (15 civilians, six soldiers, "hundreds of people") are not the toll
    assert.ok(!first.entries.some(e => /civilians|soldiers|hundreds/.test(e.text)));
  });

  it('lists agreeing quantities too, disagreements first', () => {
    const out = compareFigures(seeds());
    const months = out.find(c => c.unit === 'month');
    assert.ok(months && !months.disagree);
    assert.strictEqual(months.summary, '000, 001, 002, 003: 21');
    const years = out.find(c => c.unit === 'year');
    assert.ok(years && years.summary === '001, 004: 40');
    const firstAgreeing = out.findIndex(c => !c.disagree);
    assert.ok(out.slice(firstAgreeing).every(c => !c.disagree));
  });

  it('gives a figure its comparison for the hover', () => {
    const docs = seeds();
    const out = compareFigures(docs);
    const d4 = docs.find(d => d.file.startsWith('004'))!;
    const tens = d4.figures.find(f => f.text === 'tens of thousands')!;
    assert.strictEqual(comparisonFor(out, d4.file, tens.start)?.topic, 'death toll');
    const d1 = docs.find(d => d.file.startsWith('001'))!;
    const pct = d1.figures.find(f => f.text === '4.4 percent')!;
    assert.strictEqual(comparisonFor(out, d1.file, pct.start), undefined);
  });

  it('flags a rounded or converted figure as a disagreement between two articles', () => {
    const a = 'The storm has killed 1,204 people, officials said.';
    const b = 'The death toll from the storm has risen to about 1,200.';
    const out = compareFigures([{ file: 'a.txt', text: a, figures: findFigures(a) }, { file: 'b.txt', text: b, figures: findFigures(b) }]);
    assert.strictEqual(out.length, 1);
    assert.ok(out[0].disagree);
    assert.strictEqual(out[0].summary, 'a: 1,204; b: about 1,200');
  });

  it('does not compare articles that tell different stories', () => {
    const a = 'In Syria, the war has killed more than 45,000 people, Brahimi told Lavrov in Moscow.';
    const b = 'In Yemen, the Saudi-led coalition said the fighting around Sanaa and Aden has killed 10,000 people.';
    assert.deepStrictEqual(compareFigures([{ file: 'a.txt', text: a, figures: findFigures(a) }, { file: 'b.txt', text: b, figures: findFigures(b) }]), []);
  });

  it('compares what a reader would: the samples\' "one-day" trips and "two places" are not compared, the death toll still is', () => {
    const out = compareFigures(seeds());
    assert.ok(out.every(c => c.entries.every(e => !/^(?:one-day|two places)$/.test(e.text))), JSON.stringify(out.map(c => c.summary)));
    assert.strictEqual(out[0].summary, '004: tens of thousands; 000, 001: over 45,000');
  });

  it('does not compare people\'s ages ("Stacey Edwards, 31," and "Bree Maxwell, a 31-year-old Sanders volunteer", PolNeAR train, Washington Post 2016-06-27 and 2016-02-17)', () => {
    const a = '"It\'s my last chance to introduce my son to an honest politician," said Stacey Edwards, 31, with 13-year-old Jonathan in tow.';
    const b = '"A lot of these people are undecided, or they want to know why they shouldn\'t vote for the household name of \'Clinton,\' " said Bree Maxwell, a 31-year-old Sanders volunteer in Richland County.';
    assert.deepStrictEqual(compareFigures([{ file: 'a.txt', text: a, figures: findFigures(a) }, { file: 'b.txt', text: b, figures: findFigures(b) }]), []);
  });

  it('returns nothing for one article or none', () => {
    assert.deepStrictEqual(compareFigures([]), []);
    const t = 'The war has killed 500 people. Another 500 people fled.';
    assert.deepStrictEqual(compareFigures([{ file: 'x.txt', text: t, figures: findFigures(t) }]), []);
  });
});
