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
const traits = (kind: SpeakerTraits['kind'], unnamed: boolean): SpeakerTraits => ({ kind, unnamed, bodyNoun: l => l === 'agency' || l === 'company' });
/** Each [name, the name stage's kind, unnamed] is of kind `expected`. */
function expectKind(expected: SpeakerKind, cases: readonly (readonly [string, SpeakerTraits['kind'], boolean])[]): void {
  for (const [name, kind, unnamed] of cases) assert.strictEqual(speakerKind(name, traits(kind, unnamed)), expected, name);
}

describe('speaker kinds: documents, groups, bodies and people', () => {
  it('a plan, a poll, filings and a claim are documents ("The Geneva plan calls for", seed 002; "The FEC filings show", PolNeAR train, "a Morning Consult Poll found")', () => {
    assert.strictEqual(kinds('The Geneva plan calls for an open-ended cease-fire, a transitional government to run the country until elections, and the drafting of a new constitution.')['Geneva plan'], 'document');
    assert.strictEqual(kinds('The FEC filings show that Trump began increasing the rent at Trump Tower starting with the May 31 payment of $72,800.')['FEC filings'], 'document');
    expectKind('document', [
      ['a new poll', 'unknown', true],
      ['exit polls', 'person', true],
      ['the claim', 'unknown', true],
      ['landmark 31-page agreement', 'person', true],
      ['reports emerging in the news media', 'unknown', true],
      ['a fundraising email', 'unknown', true],
      ['Morning Consult Poll', 'unknown', false],
      ['A national poll released Sunday by The Washington Post and ABC News', 'organization', true],
      ['recently hacked Democratic National Committee documents', 'unknown', true],
    ]);
  });
  it('a body\'s name with a document word in capitals is the body ("Rasmussen Reports")', () => {
    assert.strictEqual(speakerKind('Rasmussen Reports', traits('organization', false)), 'organization');
    // (the name stage reads a surname in it: a body all the same, PolNeAR train, West Journal 2016-07-14)
    assert.strictEqual(speakerKind('Rasmussen Reports', traits('person', false)), 'organization');
    assert.strictEqual(speakerKind('Nathan Deal', traits('person', false)), 'person');
    assert.strictEqual(kinds('The latest Rasmussen Reports poll shows Trump leading Clinton 44 percent to 37 percent, with 13 percent supporting another candidate and only 6 percent undecided.')['Rasmussen Reports'], 'organization');
  });
  it('unnamed plurals of people and quantifiers are groups ("many economists say", "Some Democrats say", "those surveyed said", "Analysts say", PolNeAR train)', () => {
    assert.strictEqual(kinds('In the long run, many economists say, this effect could ripple through the rest of the health care system.')['many economists'], 'group');
    assert.strictEqual(kinds('Some Democrats say the 2016 campaign could mark the death of inevitability.')['Some Democrats'], 'group');
    assert.strictEqual(kinds('Analysts say that attacks like Paris and Brussels make it far more likely that European governments will insist on stricter passport checks.')['Analysts'], 'group');
    expectKind('group', [
      ['some Democrats', 'organization', true],
      ['those surveyed', 'unknown', true],
      ['officials', 'unknown', true],
      ['a third of voters', 'unknown', true],
      ['six in 10', 'unknown', true],
      ['people close to Clinton', 'unknown', true],
      ['officials familiar with the system', 'unknown', true],
      ['A panel of reporters led by MSNBC’s Chris Matthews', 'unknown', true],
      ['a group of rabbis', 'organization', true],
      ['Proponents', 'unknown', false],
      ['Republicans', 'organization', false],
    ]);
    assert.strictEqual(speakerKind('Republican Party', traits('organization', false)), 'organization');
    assert.strictEqual(speakerKind('Only about 4 in 10 Republican voters in each state', traits('unknown', true)), 'group');
  });
  it('a body by its noun alone or a website by its address is an organization ("the company said", "the Obama administration", "the court", "the airline", "Factcheck.org")', () => {
    assert.strictEqual(kinds('Twitter has changed its rules. "We have always sought to strike a balance," the company said.').Twitter, 'organization');
    expectKind('organization', [
      ['company', 'unknown', true],
      ['Obama administration', 'person', true],
      ['court', 'unknown', true],
      ['agency', 'unknown', true],
      ['airline', 'unknown', true],
      ['Factcheck.org', 'unknown', false],
      ['Politico', 'person', false],
    ]);
  });
  it('one unnamed person is a person, a body named in the description or not ("a State Department spokesman", "one of his senior aides")', () => {
    expectKind('person', [
      ['a State Department spokesman', 'organization', true],
      ['one of his senior aides', 'unknown', true],
      ['One operative inside Trump Tower', 'organization', true],
      ['a federal judge', 'unknown', true],
    ]);
    assert.strictEqual(kinds('"We will win," Hillary Clinton said on Monday.')['Hillary Clinton'], 'person');
  });
  it('a name the name stage reads as no one\'s: pollsters, sites and slashed sponsors are bodies, a place noun its government, plurals of people groups, honorifics and roles people (PolNeAR train, outlet fixtures)', () => {
    expectKind('organization', [
      ['Gallup', 'unknown', false],
      ['Quinnipiac', 'unknown', false],
      ['RealClearPolitics', 'unknown', false],
      ['POLITICO', 'unknown', false],
      ['The Hill', 'unknown', false],
      ['CNN/ORC', 'unknown', false],
      ['YouGov/Economist', 'unknown', false],
      ['Des Moines Register/Bloomberg Politics', 'unknown', false],
      ['Province', 'unknown', false],
      ['province', 'unknown', true],
      ['city of Nice', 'unknown', true],
      ['county', 'unknown', true],
    ]);
    expectKind('group', [
      ['Republican hopefuls', 'unknown', true],
      ['various rivals', 'unknown', true],
      ['Immigrant advocates', 'unknown', true],
      ['Verizon executives', 'unknown', true],
      ['heads of both lobbying firms', 'unknown', true],
      ['Premiers', 'unknown', false],
      ['Partisans', 'unknown', false],
      ['An average of 10 percent of registered voters', 'unknown', true],
    ]);
    expectKind('document', [
      ['A CNN/ORC poll last month', 'unknown', true],
      ['A Monmouth poll out Monday', 'unknown', true],
      ['a national Gallup Poll taken last week', 'unknown', true],
      ['a RealClearPolitics average of recent polls', 'unknown', true],
      ['Real Clear Politics average', 'unknown', false],
    ]);
    expectKind('person', [
      ['Mr Wong', 'unknown', false],
      ['Judge', 'unknown', false],
      ['Coroner', 'unknown', false],
      ['Republican', 'unknown', false],
    ]);
    // (a body's name with "of" before a person's noun is one person's description; a role after a plural one person)
    expectKind('person', [
      ['A City of Kelowna spokesperson', 'unknown', true],
      ['A Bay of Plenty Regional Council spokesperson', 'unknown', true],
      ['A Department of Health and Social Care spokesperson', 'organization', true],
      ['A machinists spokesman', 'unknown', true],
      ['CEO of Hewlett-Packard', 'person', true],
    ]);
    expectKind('group', [
      ['MPs', 'person', false],
      ['Labour MPs', 'person', true],
      ['White House and Pentagon spokesmen', 'person', true],
      ['other candidates and even a prominent newspaper columnist', 'unknown', true],
    ]);
    expectKind('document', [['A University of New Hampshire poll out this week', 'organization', true]]);
    // (the broad person nouns take in a union's name: left unknown, not a person)
    expectKind('unknown', [
      ['Unison', 'unknown', false],
      ['Minority', 'unknown', false],
    ]);
  });
  it('an unresolved pronoun is only what it says ("it", "we": unknown; "they": a group)', () => {
    expectKind('unknown', [
      ['it', 'person', true],
      ['we', 'unknown', true],
    ]);
    assert.strictEqual(speakerKind('they', traits('person', true)), 'group');
  });
  it('the hover and the outline say "speaker" for a person, else what the speaker is ("**The Geneva plan** · document")', () => {
    assert.deepStrictEqual((['person', 'unknown', undefined, 'organization', 'document', 'group'] as const).map(speakerKindLabel),
      ['speaker', 'speaker', 'speaker', 'organisation', 'document', 'group']);
  });
});
