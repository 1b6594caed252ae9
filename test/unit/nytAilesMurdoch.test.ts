/**
 * Four errors read in a PolNeAR train article (NYT 2016-08-01, "With Ailes out and Murdoch in …") and their second
 * cases (a fixture or another outlet's sentence): a sentence-opening subordinator taken into a report's source, the
 * object of a relative clause taken for the source, "One important" counting "important" ("thing" read as a gerund),
 * "One big problem remains" counting "remain", and "James" alone, a given name the lexicon knows, read as the plural of
 * "jam" and so never linked to "James Murdoch".
 */
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { givenNameAsPlural, isCommonWord } from '../../src/core/people/lexicon';
import { texts, reading } from './figuresRead';

const reports = (text: string): [string, string | null][] => analyzeText('x', text).quotes.filter(q => q.kind === 'indirect').map(q => [q.text, q.speaker?.name ?? null]);
const speakers = (text: string): (string | null)[] => analyzeText('x', text).quotes.filter(q => q.kind !== 'indirect').map(q => q.speaker?.name ?? null);

describe('reported speech: a subordinator opening the sentence is no part of the source (reported/speaker.ts relativeAntecedent, quotes/attribution/descriptionBefore.ts)', () => {
  it('"Though executives who have worked with … say …": the executives, not "Though executives" nor the relative clause\'s object (PolNeAR train, NYT 2016-08-01; uk-guardian-bakery-brothers)', () => {
    assert.deepStrictEqual(reports('Though executives who have worked with the firm say they like it, they also say it is slow.'),
      [['they like it', 'executives'], ['it is slow', 'executives']]);
    const murdoch = 'Though executives who have worked with Lachlan Murdoch say they assume he shares some of his father\'s conservatism, they also say he does not readily advertise his views.';
    assert.deepStrictEqual(reports(murdoch).map(([, s]) => s), ['executives', 'executives']);
    const bakery = 'Though managers who have worked with Miles Hartwell say he is demanding, they also say he listens to the people behind the counter.';
    assert.deepStrictEqual(reports(bakery).map(([, s]) => s), ['managers', 'managers']);
  });
  it('"Although officials say …": the officials, not "Although officials" (uk-guardian-bakery-brothers: "Although suppliers say the chain pays its bills on time")', () => {
    assert.deepStrictEqual(reports('Although officials say the plan works, critics disagree.'), [['the plan works', 'officials']]);
    assert.deepStrictEqual(reports('Although suppliers say the chain pays its bills on time, several farmers were unhappy.'), [['the chain pays its bills on time', 'suppliers']]);
  });
});

describe('figures: the noun after "one" and its adjective (figures/units.ts unitNoun)', () => {
  it('"thing", no verb\'s "-ing" form, is the counted noun: "One important thing" (PolNeAR train, NYT 2016-08-01) opens a point made, "one small thing" (ca-star-cityhall-sixplexes) counts a thing', () => {
    assert.deepStrictEqual(texts('Many people came. One important thing has been lost in all of the obituaries.'), []);
    assert.deepStrictEqual(reading('This is one small thing we can do about that.', 'one small thing'), [1, 'thing', 'count']);
  });
  it('after "one" and a singular noun, a word in -s before the end of the clause is the verb: "One big problem remains." (after PolNeAR train, NYT 2016-08-01), "If one pipe fails, half the island feels it" (cw-curacaochronicle-bandabou-water); "Two big problems remain" counts problems', () => {
    assert.deepStrictEqual(texts('It was a hard year. One big problem remains.'), []);
    assert.deepStrictEqual(reading('If one pipe fails, half the island feels it.', 'one pipe'), [1, 'pipe', 'count']);
    assert.deepStrictEqual(reading('Two big problems remain.', 'Two big problems'), [2, 'problem', 'count']);
    assert.deepStrictEqual(reading('It was one college savings, and more.', 'one college savings'), [1, 'saving', 'count']);
  });
  it('"one never knows": the pronoun, no count (PolNeAR train, Washington Post 2016-07-20, was a count of "know")', () => {
    assert.deepStrictEqual(texts('But one never knows.'), []);
  });
});

describe('people: a given name alone that reads as a plural of a common word (people/lexicon.ts givenNameAsPlural, people/canonical.ts givenNameOnly)', () => {
  it('"James" is a given name, not the plural of "jam"; "Will" and "Hope", common words themselves, are not taken', () => {
    assert.ok(isCommonWord('James'));
    assert.ok(givenNameAsPlural('James'));
    assert.ok(!givenNameAsPlural('Will') && !givenNameAsPlural('Hope') && !givenNameAsPlural('Jams'));
  });
  it('"Lachlan Murdoch and James Murdoch … James has said" (PolNeAR train, NYT 2016-08-01) and "James Hartwell … James said" (uk-guardian-bakery-brothers) are James Murdoch and James Hartwell', () => {
    assert.deepStrictEqual(reports('Lachlan Murdoch and James Murdoch run the company. James has said he wants to change it.'), [['he wants to change it', 'James Murdoch']]);
    assert.deepStrictEqual(speakers('Miles Hartwell and James Hartwell run the bakery.\n\n"Our mother will still tell us no," James said.'), ['James Hartwell']);
  });
});
