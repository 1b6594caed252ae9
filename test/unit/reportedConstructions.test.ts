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
