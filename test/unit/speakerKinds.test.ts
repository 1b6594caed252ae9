/**
 * What a speaker is (Speaker.kind, src/core/people/speakerKind.ts; not in the JSON output): a person, an organization,
 * a document that speaks, an unnamed group, or unknown; and the word the hover and the outline show for it
 * (src/extension/labels.ts). Sentences from PolNeAR train, the seed articles and the outlet fixtures.
 */
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { speakerKind, type SpeakerTraits } from '../../src/core/people/speakerKind';
import { speakerKindLabel } from '../../src/extension/labels';
import type { SpeakerKind } from '../../src/core/types';

/** The kind of each speaker of `text`, by name. */
function kinds(text: string): Record<string, SpeakerKind | undefined> {
  return Object.fromEntries(analyzeText('t.txt', text).speakers.map(s => [s.name, s.kind]));
}
const traits = (kind: SpeakerTraits['kind'], unnamed: boolean): SpeakerTraits => ({ kind, unnamed, bodyNoun: l => l === 'agency' });

describe('speaker kinds: documents, groups, bodies and people', () => {
  it('a plan, a poll, filings and a claim are documents ("The Geneva plan calls for", seed 002; "The FEC filings show", PolNeAR train, "a Morning Consult Poll found")', () => {
    assert.strictEqual(kinds('The Geneva plan calls for an open-ended cease-fire, a transitional government to run the country until elections, and the drafting of a new constitution.')['Geneva plan'], 'document');
    assert.strictEqual(kinds('The FEC filings show that Trump began increasing the rent at Trump Tower starting with the May 31 payment of $72,800.')['FEC filings'], 'document');
    assert.strictEqual(speakerKind('a new poll', traits('unknown', true)), 'document');
    assert.strictEqual(speakerKind('exit polls', traits('person', true)), 'document');
    assert.strictEqual(speakerKind('the claim', traits('unknown', true)), 'document');
    assert.strictEqual(speakerKind('Morning Consult Poll', traits('unknown', false)), 'document');
    assert.strictEqual(speakerKind('A national poll released Sunday by The Washington Post and ABC News', traits('organization', true)), 'document');
    assert.strictEqual(speakerKind('recently hacked Democratic National Committee documents', traits('unknown', true)), 'document');
  });
  it('a body\'s name with a document word in capitals is the body ("Rasmussen Reports")', () => {
    assert.strictEqual(speakerKind('Rasmussen Reports', traits('organization', false)), 'organization');
  });
  it('unnamed plurals of people and quantifiers are groups ("many economists say", "Some Democrats say", "those surveyed said", "Analysts say", PolNeAR train)', () => {
    assert.strictEqual(kinds('In the long run, many economists say, this effect could ripple through the rest of the health care system.')['many economists'], 'group');
    assert.strictEqual(kinds('Some Democrats say the 2016 campaign could mark the death of inevitability.')['Some Democrats'], 'group');
    assert.strictEqual(kinds('Analysts say that attacks like Paris and Brussels make it far more likely that European governments will insist on stricter passport checks.')['Analysts'], 'group');
    assert.strictEqual(speakerKind('some Democrats', traits('organization', true)), 'group');
    assert.strictEqual(speakerKind('those surveyed', traits('unknown', true)), 'group');
    assert.strictEqual(speakerKind('officials', traits('unknown', true)), 'group');
    assert.strictEqual(speakerKind('a third of voters', traits('unknown', true)), 'group');
    assert.strictEqual(speakerKind('six in 10', traits('unknown', true)), 'group');
    assert.strictEqual(speakerKind('people close to Clinton', traits('unknown', true)), 'group');
    assert.strictEqual(speakerKind('a group of rabbis', traits('organization', true)), 'group');
    assert.strictEqual(speakerKind('Proponents', traits('unknown', false)), 'group');
  });
  it('a body by its noun alone is an organization ("the company said", "the Obama administration", "the court")', () => {
    assert.strictEqual(kinds('Twitter has changed its rules. "We have always sought to strike a balance," the company said.').Twitter, 'organization');
    assert.strictEqual(speakerKind('company', traits('unknown', true)), 'organization');
    assert.strictEqual(speakerKind('Obama administration', traits('person', true)), 'organization');
    assert.strictEqual(speakerKind('court', traits('unknown', true)), 'organization');
    assert.strictEqual(speakerKind('agency', traits('unknown', true)), 'organization');
  });
  it('one unnamed person is a person, a body named in the description or not ("a State Department spokesman", "one of his senior aides")', () => {
    assert.strictEqual(speakerKind('a State Department spokesman', traits('organization', true)), 'person');
    assert.strictEqual(speakerKind('one of his senior aides', traits('unknown', true)), 'person');
    assert.strictEqual(speakerKind('a federal judge', traits('unknown', true)), 'person');
    assert.strictEqual(kinds('"We will win," Hillary Clinton said on Monday.')['Hillary Clinton'], 'person');
  });
  it('an unresolved pronoun is only what it says ("it", "we": unknown; "they": a group)', () => {
    assert.strictEqual(speakerKind('it', traits('person', true)), 'unknown');
    assert.strictEqual(speakerKind('we', traits('unknown', true)), 'unknown');
    assert.strictEqual(speakerKind('they', traits('person', true)), 'group');
  });
  it('the hover and the outline say "speaker" for a person, else what the speaker is ("**The Geneva plan** · document")', () => {
    assert.deepStrictEqual((['person', 'unknown', undefined, 'organization', 'document', 'group'] as const).map(speakerKindLabel),
      ['speaker', 'speaker', 'speaker', 'organisation', 'document', 'group']);
  });
});
