/** Reported speech after verbs of saying, believing and asking (src/core/reported): boundaries and constructions, on real PolNeAR train sentences. */
import * as assert from 'assert';
import { reported } from './helpers';

/** The content reported with the cue `cue`. */
function contentOf(text: string, cue: string): string | undefined {
  return reported(text).find(r => r.cue === cue)?.content;
}

describe('reported speech: a cue inside a subordinate clause that opens the sentence', () => {
  it('"While X said …, [main clause]": the content ends with the subordinate clause', () => {
    assert.strictEqual(contentOf('While the president has repeatedly said he opposes sending Americans to fight in far-flung countries, his administration carves out exceptions for Special Operations.', 'said'),
      'he opposes sending Americans to fight in far-flung countries');
    // (an opening participle has no source of its own: "Having" is none, and the report is not kept)
    assert.strictEqual(contentOf('Having announced that he would not send me to prison, Judge Berman proceeded to hand down his sentence.', 'announced'), undefined);
  });
  it('"Even as X said that …," and a number\'s comma is no clause end', () => {
    assert.strictEqual(contentOf('Even as Mr. Obama has repeatedly said that he opposes American boots on the ground in far-flung parts of the world, his administration continues to carve out exceptions.', 'said'),
      'that he opposes American boots on the ground in far-flung parts of the world');
    assert.strictEqual(contentOf('While one company says there are more than 2,400 billionaires in the world, another says there are about 1,800.', 'says'), 'there are more than 2,400 billionaires in the world');
  });
  it('a subordinate clause after ", and" ("…, and when Rubio thanked Miami and said …, a man yelled"), not one that trails its main clause', () => {
    assert.strictEqual(contentOf('Some in the crowd booed, and when Rubio thanked Miami and said it was great to be home, a man yelled “Stay there!”', 'said'), 'it was great to be home');
    assert.strictEqual(contentOf('The moment came during Saturday’s primary debate, when she claimed that the self-described Islamic State, or ISIS, has used real estate mogul Donald Trump in its recruitment efforts.', 'claimed'),
      'that the self-described Islamic State, or ISIS, has used real estate mogul Donald Trump in its recruitment efforts');
  });
  it('but a content after the opening clause\'s comma is the main clause\'s ("As X reported, …")', () => {
    const r = reported('After a meeting with Lakhdar Brahimi, the U.N.\'s envoy for the Syrian crisis, Sergey Lavrov also said that the Syrian opposition risks sacrificing many more lives if it continues to insist on Assad leaving office.');
    assert.ok(r.some(x => x.content.endsWith('insist on Assad leaving office') && x.speaker === 'Sergey Lavrov'));
  });
});

describe('reported speech: where a content ends', () => {
  it('a relative clause on "where" or "whom" after a comma is the reporter\'s', () => {
    assert.strictEqual(contentOf('Amnesty International spokesman Eric Ferrero said groups of observers were dispatched with the marchers, whom he described as peaceful.', 'said'),
      'groups of observers were dispatched with the marchers');
    assert.strictEqual(contentOf('Sanders’ campaign launched a $1.5 million ad buy in California on Tuesday and announced it would seek a recanvass in last week’s Kentucky primary, where he trailed Clinton by less than one-half of 1 percent.', 'announced'),
      'it would seek a recanvass in last week’s Kentucky primary');
  });
});

describe('reported speech: who reports, when the quote rules find no subject next to the cue', () => {
  it('a cue coordinated with an earlier verb has the sentence\'s subject: a name, a pronoun, past the second verb\'s auxiliary', () => {
    assert.deepStrictEqual(reported('Fields later tweeted a photograph of her bruised forearm and said she had been yanked backward.').map(r => [r.content, r.mention]),
      [['a photograph of her bruised forearm', 'Fields'], ['she had been yanked backward', 'Fields']]);
    const he = reported('He’s comparing the gun actions to Obama’s executive action on immigration and says Obama is flouting the proper constitutional process for lawmaking.');
    assert.deepStrictEqual(he.map(r => [r.content, r.mention]), [['Obama is flouting the proper constitutional process for lawmaking', 'He']]);
    const clinton = reported('Clinton has expressed concerns but has said she wants to see the bill move forward to stop Puerto Rico\'s problems from worsening.');
    assert.ok(clinton.some(r => r.cue === 'said' && r.mention === 'Clinton' && r.content.startsWith('she wants to see the bill')));
  });
  it('the noun phrase that opens the sentence, when the cue is its first verb ("New polls released Sunday showed …")', () => {
    assert.deepStrictEqual(reported('New polls released Sunday showed Clinton taking a lead in the presidential race.').map(r => [r.content, r.mention]),
      [['Clinton taking a lead in the presidential race', 'New polls released Sunday']]);
    assert.deepStrictEqual(reported('Exit polling showed that Clinton won every demographic tracked except voters under 30.').map(r => r.mention), ['Exit polling']);
  });
  it('but not a noun phrase whose last word is one of degree ("The only hope the Gulf States have")', () => {
    assert.deepStrictEqual(reported('The only hope the Gulf States have now is for Washington to oppose Erdogan’s policy dictated by the post-coup reality.'), []);
  });
});

describe('reported speech: an attribution inside its content', () => {
  it('a whole clause, its attribution and a participle of another: the content is the clause alone', () => {
    const r = reported('Trump’s “excesses” are sickening, Hollande said Tuesday in Paris, noting the Republican nominee “makes you want to retch.”');
    assert.ok(r.some(x => x.cue === 'said' && x.content === 'Trump’s “excesses” are sickening' && x.mention === 'Hollande'));
  });
});

describe('reported speech: a document or a poll and its verb', () => {
  it('"a poll shows", "The emails show": the cue agrees with the document before it, so it is a verb, not a noun', () => {
    assert.deepStrictEqual(reported('Still, the poll shows that GOP moderates may be pliable — and that Democratic efforts to corral GOP votes shouldn’t end with just looking for moderates.').map(r => [r.cue, r.mention]),
      [['shows', 'the poll']]);
    assert.deepStrictEqual(reported('The emails show that Labott took directions from Clinton staffer Philippe Reines by posting criticisms of Kentucky Republican Senator Rand Paul.').map(r => [r.cue, r.mention]),
      [['show', 'The emails']]);
  });
  it('but a number before it makes a noun of it ("the three states that voted Tuesday")', () => {
    assert.deepStrictEqual(reported('Clinton won in the most populous of the three states that voted Tuesday.'), []);
  });
});

describe('reported speech: a verb of saying inside a relative clause', () => {
  it('"which I said was …": the content runs from the relative pronoun, the reporter inside it', () => {
    assert.deepStrictEqual(reported('I urged the judge to give me a fair sentence, which I said was not a prison sentence.').filter(r => r.cue === 'said').map(r => [r.content, r.mention]),
      [['which I said was not a prison sentence', 'I']]);
    const r = reported('The American sailors were swiftly released, displaying what many analysts said was a sign of Iran\'s improving relations with the West, but the incident still provided timely ammunition.');
    assert.ok(r.some(x => x.content === 'what many analysts said was a sign of Iran\'s improving relations with the West' && x.mention === 'many analysts'));
  });
  it('a relative clause between commas ends at the second ("Mrs. Clinton\'s Iraq war vote, which she has repeatedly said was a mistake, was …")', () => {
    const r = reported('Mrs. Clinton\'s Iraq war vote, which she has repeatedly said was a mistake, was a major factor in her defeat in the 2008 primary, and it remains a vulnerability.');
    assert.deepStrictEqual(r.map(x => [x.content, x.mention]), [['which she has repeatedly said was a mistake', 'she']]);
  });
  it('but not a question after "asked" ("when asked who they thought was America’s closest ally")', () => {
    assert.deepStrictEqual(reported('And when asked who they thought was America’s closest ally, the vast majority named Britain.').filter(x => x.cue === 'thought'), []);
  });
  it('nor a question after "ask" and its hearer ("we ask 30 smart political types who they think is …", questions.ts askedAfterHearer; PolNeAR train, USA Today 2015-11-25, Western Journal 2015-12-19; 33rd session)', () => {
    assert.deepStrictEqual(reported('Each week, we ask 30 smart political types who they think is the strongest candidate in the GOP field.').filter(x => x.cue === 'think'), []);
    const r = reported('After BlazeTV’s Glenn Beck asked the conservative who he thought would win the presidency, D’Souza replied that he would bet on Hillary.');
    assert.deepStrictEqual(r.filter(x => x.cue === 'thought'), []);
    assert.ok(r.some(x => x.cue === 'asked' && x.content.startsWith('who he thought would win the presidency')), JSON.stringify(r));
  });
  it('but still a relative clause on an asker\'s object after a comma ("asked the judge, who he said was …")', () => {
    const r = reported('He asked the judge, who he said was fair, to reconsider the sentence.');
    assert.ok(r.some(x => x.cue === 'said' && x.content.startsWith('who he said was fair')), JSON.stringify(r));
  });
});

describe('reported speech: a short answer', () => {
  it('"said yes", "say the same of X": the answer is the content', () => {
    assert.deepStrictEqual(reported('Everyone but Hewlett said yes.').map(r => r.content), ['yes']);
    const r = reported('Seventy-four percent of Democratic registered voters say they have a favorable view of Clinton, compared with 64 percent who say the same of Sanders.');
    assert.ok(r.some(x => x.content === 'the same of Sanders' && x.cue === 'say'));
  });
  it('but "the same" that opens a noun phrase is no answer ("Mr. Farid said the same technology could be applied")', () => {
    assert.ok(reported('Mr. Farid said the same technology could be applied to terror content, so long as companies were motivated to do so.').every(x => x.content !== 'the same'));
  });
});

describe('reported speech: a wh-clause after a verb of saying', () => {
  it('"isn’t saying what …", and a wh-word alone ("did not say when")', () => {
    assert.ok(reported('Trump isn’t saying what other interrogation techniques he would support.').some(x => x.content === 'what other interrogation techniques he would support' && x.mention === 'Trump'));
    assert.ok(reported('Cook said Carter stopped the practice, but Cook did not say when.').some(x => x.content === 'when' && x.cue === 'say'));
  });
});

describe('reported speech: "said when …" is a time, not a question', () => {
  it('"said when Boyle asked him a question" reports no content "when …"', () => {
    const r = reported('Trump, who won South Carolina by a wide margin after winning the New Hampshire primaries, said when Boyle asked him a question that he was a very good reporter.');
    assert.ok(r.every(x => !x.content.startsWith('when Boyle')));
  });
});

describe('reported speech: the subject of the first of two coordinated verbs', () => {
  it('"Sanders claimed momentum and argued …": the subject right before the first verb reports', () => {
    const r = reported('In a victory speech from Wyoming -- which holds a caucus on Saturday -- Sanders claimed momentum and argued he is a stronger general election candidate than Clinton.');
    assert.ok(r.some(x => x.cue === 'argued' && x.mention === 'Sanders' && x.content === 'he is a stronger general election candidate than Clinton'));
  });
});
