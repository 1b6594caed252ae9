/**
 * Names a reader saw wrong in the outlet fixtures (test/fixtures/outlets), each fixed where two outlets' articles (or a
 * PolNeAR train one) read the same way: the rule's own file names them in its header.
 */
import * as assert from 'assert';
import { reported } from './helpers';

describe('names a reader sees: a department its head owns (people/lexicon.ts OWNED_DEPARTMENT)', () => {
  it('"his ministry said" is the ministry, as written, not the minister (hr-totalcroatianews, ca-globe, ca-global)', () => {
    const r = reported('Minister of the Sea, Transport and Infrastructure Zvonko Matijević has not commented on the price rise, but his ministry said in a written statement that the fares had been agreed with the Coastal Liner Services Agency.');
    assert.ok(r.some(x => x.content === 'that the fares had been agreed with the Coastal Liner Services Agency' && x.speaker === 'his ministry'), JSON.stringify(r));
    const s = reported("Ontario's Minister of Northern Development, Anand Sethuraman, visited in August. His ministry said it had set aside $12-million for a transition fund for the region.");
    assert.ok(s.some(x => x.content.startsWith('it had set aside') && x.speaker === 'His ministry'), JSON.stringify(s));
  });
  it('a body\'s department is still the body\'s ("the PWHL\'s department of player safety")', () => {
    const r = reported("The PWHL's department of player safety said it would review the hit.");
    assert.ok(r.some(x => x.content === 'it would review the hit' && x.speaker === 'PWHL'), JSON.stringify(r));
  });
});
