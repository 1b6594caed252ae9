/** Rule families "transcript label" and "round up label" (src/core/quotes/attribution/labels.ts). */
import * as assert from 'assert';
import { attributed } from './attributed';

describe('attribution rule: transcript label', () => {
  it('names after a round-up headline and a dash (PolNeAR train)', () => {
    const text = 'VOTERS CARE MORE ABOUT CANDIDATES’ ABILITY TO INSPIRE THAN THEIR COMPETITIVENESS - Frank Newport and Jim Harter: “We found that, across candidates, the leadership strengths most highly correlated with likelihood to vote for a given candidate were inspiring, cares about individuals, visionary and courageous.”';
    assert.deepStrictEqual(attributed(text, '“We found'), { mention: 'Frank Newport and Jim Harter', rule: 'transcript label' });
  });
  it('a speaker label in capitals opening the quote (PolNeAR train)', () => {
    const text = '"CLINTON: I feel a great deal of sympathy for the families of the four brave Americans that we lost at Benghazi, and I certainly can’t even imagine the grief that she has for losing her son, but she’s wrong."';
    assert.deepStrictEqual(attributed(text, '"CLINTON'), { mention: 'CLINTON', rule: 'transcript label' });
  });
});

describe('attribution rule: round up label', () => {
  // No PolNeAR train or dev article has this layout (the held-out split has); the example is the (#12).
  it('the person named first, not the outlet after the comma', () => {
    const text = 'What the papers said on Monday.\n\nAnn Perry, The Daily Ledger: “The budget is a fantasy and everyone in the statehouse knows it.”';
    assert.deepStrictEqual(attributed(text, '“The budget'), { mention: 'Ann Perry', rule: 'round up label' });
  });
});
