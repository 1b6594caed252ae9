/** The quotes engine on real sentences (the samples and PolNeAR train), one behaviour each. */
import * as assert from 'assert';
import { analyzeQuotes } from '../../src/core/quotes';
import { readSample, speakerOf } from './helpers';

const who = (text: string, quoteStart: string): string | null => speakerOf(text, quoteStart)?.name ?? null;

describe('quotes: finding quoted strings', () => {
  it('straight, curly, NYT-style \'\' and guillemets', () => {
    const text = 'He said "one," then “two,” then \'\'three,\'\' then «quatre».';
    assert.deepStrictEqual(analyzeQuotes(text).quotes.map(q => q.text), ['"one,"', '“two,”', "''three,''", '«quatre»']);
  });
  it('a quote over several paragraphs: one piece per paragraph, tied by group', () => {
    const text = '“The first paragraph of the statement goes on.\n\n“And the second closes it,” she said.';
    const qs = analyzeQuotes(text).quotes;
    assert.strictEqual(qs.length, 2);
    assert.strictEqual(qs[0].group, qs[1].group);
    assert.strictEqual(qs[0].speaker?.start, qs[1].speaker?.start);
  });
  it('an unclosed mark keeps to its paragraph', () => {
    const text = 'He said "this never closes.\n\nA new paragraph with no marks at all, about something else.\n\nAnd another.\n\nAnd a fourth.\n\nAnd a fifth.';
    for (const q of analyzeQuotes(text).quotes) assert.ok(!q.text.includes('fifth'));
  });
  it('apostrophes and inch marks are not quotes; single quotes nest inside double', () => {
    assert.strictEqual(analyzeQuotes("Russia's envoy, who is 6'3\" tall, isn't here.").quotes.length, 0);
    const qs = analyzeQuotes('"He called it \'a mistake\' yesterday," Lavrov said.').quotes;
    assert.strictEqual(qs.length, 1);
    assert.strictEqual(qs[0].speaker?.name, 'Lavrov');
  });
  it('every quoted string of the samples, partial ones flagged', () => {
    const qs = analyzeQuotes(readSample('000')).quotes.filter(q => q.kind !== 'indirect');
    assert.strictEqual(qs.length, 12);
    assert.ok(qs.find(q => q.text === '"interfering"')?.partial);
  });
});

describe('quotes: speakers', () => {
  it('"X said" after the quote and "said X" with an apposition', () => {
    assert.strictEqual(who('"There is no possibility to change this position," Lavrov said.', '"There'), 'Lavrov');
    assert.strictEqual(who('"We are very worried," said Mirsky, a leading Mideast expert.', '"We'), 'Mirsky');
  });
  it('a hearer\'s name is never cut in the cue by the hearer\'s word limit ("told conservative radio host Hugh Hewitt on Wednesday", PolNeAR train, Politico 2016-01-14; "told The Huffington Post", not "told The Huffington")', () => {
    const q = analyzeQuotes('Coulter told conservative radio host Hugh Hewitt on Wednesday that her tweet was "a joke."').quotes[0];
    assert.strictEqual(q.cue?.text, 'told conservative radio host Hugh Hewitt');
    const r = analyzeQuotes('"We will not stop," Smith told The New York Times Tuesday.').quotes[0];
    assert.strictEqual(r.cue?.text, 'told The New York Times');
  });
  it('"X told Al-Jazeera television" with the cue covering its object', () => {
    const q = analyzeQuotes('"We have said frankly that we will not go to Moscow," Ahmed Moaz al-Khatib told Al-Jazeera television.').quotes[0];
    assert.strictEqual(q.speaker?.name, 'Ahmed Moaz al-Khatib');
    assert.strictEqual(q.cue?.text, 'told Al-Jazeera television');
  });
  it('"X, who …, said" and "according to X"', () => {
    assert.strictEqual(who('Brahimi, who arrived in Moscow on a one-day trip, said: "The situation is very bad."', '"The'), 'Brahimi');
    assert.strictEqual(who('According to the Syrian Observatory for Human Rights, "at least 40 people died."', '"at'), 'Syrian Observatory for Human Rights');
  });
  it('organisations speak: "said the Britain-based Syrian Observatory for Human Rights"', () => {
    assert.strictEqual(who('"Fifteen civilians were killed," said the Britain-based Syrian Observatory for Human Rights.', '"Fifteen'), 'Syrian Observatory for Human Rights');
  });
  it('canonical names: titles stripped, short forms mapped to the fullest', () => {
    const text = 'Russian Foreign Minister Sergei Lavrov met the envoy.\n\n"We agree," Lavrov said.';
    const r = analyzeQuotes(text);
    assert.strictEqual(r.quotes[0].speaker?.name, 'Sergei Lavrov');
    assert.strictEqual(r.speakers[0].name, 'Sergei Lavrov');
    assert.ok(r.speakers[0].mentions.length >= 2);
  });
  it('pronouns and descriptions resolve to the named person (samples 000 and 003)', () => {
    const s000 = analyzeQuotes(readSample('000'));
    assert.strictEqual(s000.quotes.find(q => q.text.startsWith('"The magnitude'))?.speaker?.name, 'Lakhdar Brahimi'); // "he added"
    const s003 = analyzeQuotes(readSample('003'));
    const envoy = s003.quotes.find(q => q.text.startsWith('“if you have a panic'));
    assert.strictEqual(envoy?.speaker?.name, 'Lakhdar Brahimi'); // "The envoy warned that"
    assert.strictEqual(readSample('003').slice(envoy.speaker.start ?? 0, envoy.speaker.end), 'The envoy');
  });
  it('a cue-less quote paragraph after a quote by X is X\'s (sample 000)', () => {
    const s = analyzeQuotes(readSample('000'));
    assert.strictEqual(s.quotes.find(q => q.text.startsWith('"There is no possibility'))?.speaker?.name, 'Sergei Lavrov');
  });
  it('a scare quote with no speaker in reach stays unattributed', () => {
    assert.strictEqual(who('The so-called "death panels" never existed.', '"death'), null);
  });
  it('speaker descriptions come from appositions', () => {
    const r = analyzeQuotes('Lakhdar Brahimi, the U.N.\'s envoy for the Syrian crisis, arrived.\n\n"It is hell," Brahimi said.');
    assert.match(String(r.speakers.find(s => s.name === 'Lakhdar Brahimi')?.description), /envoy/);
  });
  it('the description shown beside a speaker reads as a role: "president of …" with no article, never an honorific alone or words before a name that only look like a role (PolNeAR train: descriptions shown 2,732 → 2,000, "FBI named", "I know", "see if Obama would appoint", "Mr." gone; speakers unchanged)', () => {
    const desc = (text: string, name: string) => analyzeQuotes(text).speakers.find(s => s.name === name)?.description;
    assert.strictEqual(desc('Ohio Gov. John Kasich could "do some kind of executive order," said Stephen Loomis, president of the Cleveland Police Patrolmen\'s Association.', 'Stephen Loomis'), 'president of the Cleveland Police Patrolmen\'s Association');
    assert.strictEqual(desc('Last year the FBI named Cleveland as the fifth most dangerous city. "It was safe," Cleveland said.', 'Cleveland'), undefined);
    assert.strictEqual(desc('"We lost everything," Mrs Nguyen said.\n\n"We will rebuild," Mrs Sandra Nguyen said.', 'Sandra Nguyen'), undefined);
    assert.strictEqual(desc('"It is done," Coun. Gord Perks said.', 'Gord Perks'), 'Coun.');
  });
  it('a modifier alone is no description, a title\'s neither ("Additionally, former Clinton employee, Bryan Pagliano, …", PolNeAR train, Western Journal 2016-05-05: Hillary Clinton was described as "former"; "younger")', () => {
    const desc = (text: string, name: string) => analyzeQuotes(text).speakers.find(s => s.name === name)?.description;
    const text = 'Clinton stated earlier this week that she is willing to sit down with the investigators. Additionally, former Clinton employee, Bryan Pagliano, who helped set up the former secretary of state’s server, was granted immunity.';
    assert.strictEqual(desc(text, 'Clinton'), undefined);
    // (a title after it still is: "Former Attorney General Michael Mukasey", Breitbart 2016-07-19)
    assert.strictEqual(desc('Former Attorney General Michael Mukasey said Clinton should be prosecuted.', 'Michael Mukasey'), 'Former Attorney General');
  });
  it('a role before a name is described from after a relative that opens its clause ("a chaotic presidential campaign in which GOP presidential nominee Donald Trump has said that …", PolNeAR train, HuffPost 2016-09-06: was "which GOP presidential nominee")', () => {
    const desc = (text: string, name: string) => analyzeQuotes(text).speakers.find(s => s.name === name)?.description;
    const text = 'It lands in the midst of a chaotic presidential campaign in which GOP presidential nominee Donald Trump has said that a Muslim federal judge would not treat him fairly. "He is a hater," Trump said.';
    assert.strictEqual(desc(text, 'Donald Trump'), 'GOP presidential nominee');
  });
  it('a role with one word before it and no article is the description too ("said Mark Dubowitz, executive director of the Foundation for Defense of Democracies", PolNeAR train, NYT 2016-01-14); a part played after "as" is none', () => {
    const desc = (text: string, name: string) => analyzeQuotes(text).speakers.find(s => s.name === name)?.description;
    assert.strictEqual(desc('"Americans wake up every day to more bad news," said Mark Dubowitz, executive director of the Foundation for Defense of Democracies, a policy institute.', 'Mark Dubowitz'), 'executive director of the Foundation for Defense of Democracies');
    assert.strictEqual(desc('"Growth will slow," said Megan Greene, chief economist at Manulife.', 'Megan Greene'), 'chief economist at Manulife');
    assert.notStrictEqual(desc('"We fixed it," said Bernie Sanders, as chairman of the Senate Veterans Affairs Committee.', 'Bernie Sanders'), 'as chairman of the Senate Veterans Affairs Committee');
  });
  it('a role owned by a name set off after a name is its description ("Corey Lewandowski, Trump\'s campaign manager, said …", PolNeAR train, Washington Post 2016-05-25: had none)', () => {
    const desc = (text: string, name: string) => analyzeQuotes(text).speakers.find(s => s.name === name)?.description;
    assert.strictEqual(desc('Corey Lewandowski, Trump\'s campaign manager, said that the candidate was not contradicting his stance on rich donors by accepting their help.', 'Corey Lewandowski'), 'Trump\'s campaign manager');
  });
  it('a cue inside the relative clause after an apposition\'s head is that clause\'s verb, and a relative clause no comma closes ends before the sentence\'s cue (PolNeAR train: "Bob Mulholland, a California superdelegate …", Washington Post 2016-05-19, had no description; "Nate Silver, the polling guru …", Politico 2016-09-01)', () => {
    const desc = (text: string, name: string) => analyzeQuotes(text).speakers.find(s => s.name === name)?.description;
    const mulholland = '"Do these people read newspapers?" said Bob Mulholland, a California superdelegate and Clinton supporter who has accused Sanders supporters of harassing his peers. "Are they reading some chain email with bogus numbers?"';
    assert.strictEqual(desc(mulholland, 'Bob Mulholland'), 'a California superdelegate and Clinton supporter who has accused Sanders supporters of harassing his peers');
    const silver = '“Clinton needs a strategy for targeting Johnson & Stein voters,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday.';
    assert.strictEqual(desc(silver, 'Nate Silver'), 'the polling guru who founded fivethirtyeight.com');
  });
});
