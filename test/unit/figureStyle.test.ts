import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { isSmallCount } from '../../src/extension/figureStyle';

describe('figure style: small counts in words are marked quietly', () => {
  const quiet = (text: string) => analyzeText('a.txt', text, { parts: ['figures'] }).figures.map(f => [f.text, isSmallCount(f)]);

  it('"two places", "one city", "the two women", "a three-judge panel": quiet (seed 002; PolNeAR dev gold counts "the two women")', () => {
    assert.deepStrictEqual(quiet('The fighting spread to two places near Damascus.'), [['two places', true]]);
    assert.deepStrictEqual(quiet('He visited one city, and the two women spoke before a three-judge panel.'), [['one city', true], ['two women', true], ['three-judge', true]]);
  });

  it('durations, digits, larger counts, approximations, money and percentages keep the box', () => {
    assert.deepStrictEqual(quiet('A one-day truce, 2 places, four places, at least two places, $3 and three percent.'),
      [['one-day', false], ['2 places', false], ['four places', false], ['at least two places', false], ['$3', false], ['three percent', false]]);
  });
});
