/**
 * A plain plural noun for people as the source after a comma or a clause opener (#12): compromise's people plurals
 * ("volunteers", "teachers") and the few it misses ("nurses", "crews", "elders"), never a noun of a list ("assistant
 * secretary of state for population, refugees, and migration, said": PolNeAR train).
 */
import * as assert from 'assert';
import { isPluralPeopleNoun } from '../../src/core/people/lexicon';
import { reported } from './helpers';

describe('a plural noun for people as a source after a comma', () => {
  it('names "volunteers" after a fronted place and time (uk-guardian-single-quotes)', () => {
    const r = reported('At a food bank in Oldham on Monday, volunteers said demand had never been higher.');
    assert.deepStrictEqual(r.map(x => [x.speaker, x.cue]), [['volunteers', 'said']]);
  });
  it('names "crews" after "and" (ca-global-wildfire-caps)', () => {
    const r = reported('The fire grew to 1,200 hectares on Sunday, and crews warned that gusty winds expected overnight could push it east.');
    assert.deepStrictEqual(r.map(x => [x.speaker, x.cue]), [['crews', 'warned']]);
  });
  it('names "nurses" after "which" (ca-ctv-split-quotes)', () => {
    const r = reported('Bergeron-Lemieux said the main sticking point was mandatory overtime, which nurses say has become routine in many hospitals.');
    assert.ok(r.some(x => x.speaker === 'nurses' && x.cue === 'say'), JSON.stringify(r));
  });
  it('knows people plurals from compromise and the ones it misses, not things', () => {
    for (const w of ['volunteers', 'teachers', 'firefighters', 'nurses', 'crews', 'elders', 'elites']) assert.ok(isPluralPeopleNoun(w), w);
    for (const w of ['hospitals', 'winds', 'demands', 'courses']) assert.ok(!isPluralPeopleNoun(w), w);
  });
  it('names "Nurses" before a place and a time, not the hospital (ca-ctv-split-quotes)', () => {
    const r = reported("Nurses outside Montreal's Jewish General Hospital on Tuesday said the vote was about more than money.");
    assert.deepStrictEqual(r.map(x => [x.speaker, x.cue]), [['Nurses', 'said']]);
  });
  it('leaves a plural with a description after it whole ("People with knowledge of the group\'s activities said", PolNeAR train)', () => {
    const r = reported("People with knowledge of the group's activities said a substantial number of new donors have come aboard.");
    assert.notStrictEqual(r[0]?.speaker, 'People');
  });
});
