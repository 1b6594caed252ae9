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

describe('US outlets: a platform spoken on between the cue and its clause (bareClause.ts pastChannel)', () => {
  it('"saying on Twitter the deal would …", "said on television the plan was dead" (a probe; PolNeAR train has the phrase only before "that": "Marc Andreessen … said on Twitter that he was supporting Mrs. Clinton")', () => {
    const r = analyzeText('x', 'President Raymond Tolliver on Sunday attacked the proposed merger, saying on Twitter the deal would "crush shippers" and raise prices for farmers.').quotes.filter(q => q.kind === 'indirect');
    assert.ok(r.some(q => q.text.startsWith('the deal would') && q.speaker?.name === 'Raymond Tolliver'), JSON.stringify(r));
    assert.deepStrictEqual(sources('He said on television the plan was dead.'), ['He']);
    assert.deepStrictEqual(sources('The venture capitalist Marc Andreessen, who backed Mr. Romney in 2012, said on Twitter that he was supporting Mrs. Clinton.'), ['Marc Andreessen']);
  });
});

describe('US outlets: an advocacy body named "… for America" (personName.ts)', () => {
  it('"Heritage Action for America", "Concerned Veterans for America" (PolNeAR train names it) keep their place; a person "of New York" does not', () => {
    assert.deepStrictEqual(sources('The Heritage Action for America, which lobbies for spending cuts, said in a statement that Oyelowo was right.'), ['Heritage Action for America']);
    assert.deepStrictEqual(sources('Meanwhile, the Koch-backed Concerned Veterans for America said the ads would run through November.'), ['Concerned Veterans for America']);
    assert.deepStrictEqual(sources('Charles B. Rangel of New York said the bill was bad.'), ['Charles B. Rangel']);
  });
});
