/**
 * Every dash is read as a dash (src/core/text/dashes.ts, the one definition): the horizontal bar "―" (U+2015), that
 * HuffPost writes for its datelines and asides (PolNeAR train: 30 articles), the figure dash "‒" (U+2012) and the
 * two-em dash "⸺" (U+2E3A) as the em dash "—" and the en dash "–".
 */
import * as assert from 'assert';
import { DASH_CHARS, DASH_GAP, isDashCode } from '../../src/core/text/dashes';
import { DASHES } from '../../src/core/quotes/lexicon';
import { tokenize } from '../../src/core/quotes/tokens';
import { reported } from './helpers';

const ALL = ['‒', '–', '—', '―', '⸺'];

describe('dashes: one definition (src/core/text/dashes.ts)', () => {
  it('the figure dash, the en and em dashes, the horizontal bar and the two-em dash are each a dash, a token of their own', () => {
    for (const d of ALL) {
      assert.ok(DASH_CHARS.includes(d) && isDashCode(d.charCodeAt(0)) && DASHES.has(d), d);
      const toks = tokenize(`Sanders${d}who lost`);
      assert.deepStrictEqual(toks.map(t => t.t), ['Sanders', d, 'who', 'lost'], d);
      assert.ok(toks[1].punct, d);
      assert.ok(DASH_GAP.test(` ${d} `), d);
    }
    // (a hyphen is no dash, but one set off by spaces stands as one between two tokens)
    assert.ok(!isDashCode('-'.charCodeAt(0)) && !isDashCode('‐'.charCodeAt(0)));
    assert.ok(DASH_GAP.test(' - ') && !DASH_GAP.test(' '));
  });

  it('an aside between horizontal bars is read as one between em dashes (PolNeAR train, HuffPost 2016-08-10 and 2016-08-12)', () => {
    const sentence = 'Other prominent Republicans, like Richard Armitage, Henry Paulson and Brent Scowcroft ― three former George W. Bush administration big shots ― have also said they’re supporting Clinton.';
    for (const d of ['―', '—']) {
      const r = reported(sentence.replace(/―/g, d));
      assert.ok(r.some(x => x.cue === 'said' && x.content === 'they’re supporting Clinton'), `${d} ${JSON.stringify(r)}`);
    }
    // (what "highlighted" reports ends before the aside, with either dash)
    const highlighted = 'She highlighted Trump’s proposed tax cuts to individuals and large corporations ― which would go disproportionately to wealthy people like him ― and her own plans to boost incomes and provide Americans with greater economic security.';
    for (const d of ['―', '—']) {
      const r = reported(highlighted.replace(/―/g, d));
      assert.ok(r.some(x => x.cue === 'highlighted' && x.content === 'Trump’s proposed tax cuts to individuals and large corporations'), `${d} ${JSON.stringify(r)}`);
    }
  });

  it('a dateline\'s dash ends the dateline, and the subject is never looked for before it (PolNeAR train, HuffPost 2016-07-28; src/core/reported/speaker.ts)', () => {
    const sentence = 'PHILADELPHIA ― Felicia Sanders and Polly Sheppard, two of the three people who survived a shooting at the Mother Emanuel Church shooting in Charleston, South Carolina, last year, made an impassioned call for love and racial unity on Wednesday.';
    for (const d of ['―', '—']) {
      const r = reported(sentence.replace(/―/g, d));
      const call = r.find(x => x.cue?.startsWith('made'));
      assert.ok(call && call.mention === 'Felicia Sanders and Polly Sheppard', `${d} ${JSON.stringify(r)}`);
    }
  });
});
