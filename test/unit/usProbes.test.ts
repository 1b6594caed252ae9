/**
 * US outlets' layouts (#12, #16): one sentence per fix that probe articles in the styles of the outlets PolNeAR samples
 * (AP, Politico, the New York Times, USA Today, Breitbart, Reuters, the Washington Post, the Western Journal) prompted,
 * with a PolNeAR train sentence of the same construction where train has one.
 */
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

const sources = (text: string) => analyzeText('x', text).quotes.filter(q => q.kind === 'indirect').map(q => q.speaker?.name ?? null);

describe('US outlets: federal agencies named with "and"', () => {
  it('"U.S. Customs and Border Protection" and "Centers for Disease Control and Prevention" are whole (PolNeAR train, USA Today 2016-01-22: was "Centers for Disease Control")', () => {
    assert.deepStrictEqual(sources('Apprehensions rose 18 percent, according to figures from U.S. Customs and Border Protection.'), ['U.S. Customs and Border Protection']);
    assert.deepStrictEqual(sources('The Centers for Disease Control and Prevention estimates that one in 45 children ages 3 to 17 has autism.'), ['Centers for Disease Control and Prevention']);
  });
});
