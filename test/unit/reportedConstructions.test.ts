/**
 * Reported speech found in constructions the rules used to miss (src/core/reported), each on real PolNeAR train
 * sentences.
 */
import * as assert from 'assert';
import { reported } from './helpers';

describe('reported speech: an "as" clause before its content (asClause.ts)', () => {
  it('a source named with its article ("As The Hill reported,")', () => {
    const r = reported('As The Hill reported, Donald Trump was also accused of breaking debate rules.');
    assert.ok(r.some(x => x.content === 'Donald Trump was also accused of breaking debate rules' && x.mention === 'Hill' && x.cue === 'reported'), JSON.stringify(r));
    const s = reported('As the International Business Times noted, Clinton raised more than $1.1 million from the securities and investment industry for her 2000 Senate campaign.');
    assert.ok(s.some(x => x.content === 'Clinton raised more than $1.1 million from the securities and investment industry for her 2000 Senate campaign' && x.mention === 'International Business Times'), JSON.stringify(s));
  });
  it('the main clause whole, past a subordinate clause or an adverbial of its own', () => {
    const r = reported('As The Washington Post reported, even if Sanders managed to split delegates with Clinton in Tuesday’s contests, he would then need to win 55 percent of the remaining delegates in order to tie the front-runner.');
    assert.ok(r.some(x => x.content === 'even if Sanders managed to split delegates with Clinton in Tuesday’s contests, he would then need to win 55 percent of the remaining delegates in order to tie the front-runner'), JSON.stringify(r));
    const s = reported('As reported by Western Journalism, investigators found over 2,200 emails from Clinton’s server containing classified information.');
    assert.ok(s.some(x => x.content === 'investigators found over 2,200 emails from Clinton’s server containing classified information' && x.mention === 'Western Journalism'), JSON.stringify(s));
  });
  it('a report inside an opening subordinate clause still ends where the main clause begins', () => {
    const r = reported('Though she has said she’ll accept the recommendation of the career prosecutors, Republicans are still crying foul.');
    assert.ok(r.some(x => x.content === 'she’ll accept the recommendation of the career prosecutors'), JSON.stringify(r));
  });
});

describe('reported speech: an attribution set inside its content (parenthetical.ts)', () => {
  it('after an opening word and its comma: the content is what follows the attribution', () => {
    const r = reported('Still, he said, officials have to decide who gets extra scrutiny.');
    assert.ok(r.some(x => x.content === 'officials have to decide who gets extra scrutiny' && x.mention === 'he' && x.cue === 'said'), JSON.stringify(r));
    const s = reported('But, Carson added, he did not support issuing quarantines "willy-nilly."');
    assert.ok(s.some(x => x.content === 'he did not support issuing quarantines "willy-nilly."' && x.mention === 'Carson'), JSON.stringify(s));
  });
  it('an opening whose noun is also a cue\'s form, or a verb that is a cue only next to a quote', () => {
    const r = reported('In his state, Christie said, nonviolent first-time drug offenders are sent to mandatory drug treatment.');
    assert.ok(r.some(x => x.content === 'In his state, Christie said, nonviolent first-time drug offenders are sent to mandatory drug treatment' && x.mention === 'Christie'), JSON.stringify(r));
    const s = reported('At one point, she said, she was considering supporting Donald Trump.');
    assert.ok(s.some(x => x.content === 'At one point, she said, she was considering supporting Donald Trump'), JSON.stringify(s));
    const t = reported('Russia\'s military successes in Syria since the campaign began last year, they said, could be solidified by a political settlement.');
    assert.ok(t.some(x => x.content === 'Russia\'s military successes in Syria since the campaign began last year, they said, could be solidified by a political settlement' && x.mention === 'they'), JSON.stringify(t));
  });
  it('a content that goes on with a present verb', () => {
    const r = reported('And, he acknowledged, it\'s unclear how far his advice goes with Mr. Trump.');
    assert.ok(r.some(x => x.content === 'it\'s unclear how far his advice goes with Mr. Trump' && x.cue === 'acknowledged'), JSON.stringify(r));
  });
  it('not an inverted source\'s apposition after it', () => {
    const r = reported('Federal mandates are a burden that distract from teaching and learning in schools, said Wilcox, an Orlando Republican who founded lucrative defense and transportation companies.');
    assert.ok(!r.some(x => x.content.includes('an Orlando Republican')), JSON.stringify(r));
  });
});
