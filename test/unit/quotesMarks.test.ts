/** Quotation styles other than the American double marks (issue #12, layouts and marks), one real sentence each. */
import * as assert from 'assert';
import { directQuotes, reported } from './helpers';

const read = (text: string) => directQuotes(text).map(q => [q.text, q.speaker?.name ?? null]);

describe('quotes: marks of other styles', () => {
  it('German „…“: „ opens, “ closes', () => {
    assert.deepStrictEqual(read('„We will manage this“, Merkel said on Monday in Berlin.'), [['„We will manage this“', 'Merkel']]);
    assert.deepStrictEqual(read('„Wir schaffen das“, sagte Merkel am Montag.').map(([q]) => q), ['„Wir schaffen das“']);
  });
  it('guillemets in the German order »…« and the French «…»', () => {
    // (the German order once gave the quote '«, sagte Merkel am Montag.')
    assert.deepStrictEqual(read('»Wir schaffen das«, sagte Merkel am Montag.').map(([q]) => q), ['»Wir schaffen das«']);
    assert.deepStrictEqual(read('»We will manage this,« Merkel said on Monday.'), [['»We will manage this,«', 'Merkel']]);
    assert.deepStrictEqual(read('«We will manage this,» Merkel said on Monday.'), [['«We will manage this,»', 'Merkel']]);
  });
  it('French spaced guillemets « … », the cue after the closing mark (probes-mm, La Nation-style)', () => {
    // (the » after a space once opened a quote "», she asked." that ran on to the next mark)
    assert.deepStrictEqual(read('Mrs. Fathia Ahmed Abdillahi told La Nation that her family used two barrels a day.\n\n« My husband earns 60,000 as a guard. What is left for food? », she asked.'),
      [['« My husband earns 60,000 as a guard. What is left for food? »', 'Fathia Ahmed Abdillahi']]);
    assert.deepStrictEqual(read('The elected representative, Kadra Mahamoud Assoweh, spoke.\n\n« A ceiling of 300 FDJ is reasonable », the MP declared.').map(([q]) => q),
      ['« A ceiling of 300 FDJ is reasonable »']);
    assert.deepStrictEqual(read('»Wir schaffen das«, sagte Merkel am Montag.').map(([q]) => q), ['»Wir schaffen das«']);
  });
  it("PTB-style ``…''", () => {
    assert.deepStrictEqual(read("``It's a very positive step,'' said Paul Ryan, the speaker of the House."), [["``It's a very positive step,''", 'Paul Ryan']]);
  });
  it("single marks in a text with no double ones: '…,' said Smith., the comma inside or outside", () => {
    assert.deepStrictEqual(read("'We have a plan and we will stick to it,' said Theresa May. She didn't take questions."), [["'We have a plan and we will stick to it,'", 'Theresa May']]);
    assert.deepStrictEqual(read('Theresa May spoke first. ‘It is a disaster’, said Jeremy Corbyn.'), [['‘It is a disaster’', 'Jeremy Corbyn']]);
    assert.deepStrictEqual(read("Ann Perry said it was bad. 'It is a disaster', she added."), [["'It is a disaster'", 'Ann Perry']]);
  });
  it("apostrophes are no single marks: don't, Biden Jr.'s, the players' union, '90s", () => {
    assert.deepStrictEqual(read("Vice President Joseph R. Biden Jr.'s decision not to enter the race, and the players' union's view of the '90s, didn't matter."), []);
    assert.deepStrictEqual(read("'The players' union agrees with us,' said Smith."), [["'The players' union agrees with us,'", 'Smith']]);
  });
  it("a single-marked word or phrase is a quote ('rapists'), a single-marked title is none (Bradley Cooper upset ‘American Sniper’ fans)", () => {
    const rapists = "Trump has staked much of his campaign on cracking down on illegal immigration, portraying Mexican immigrants, in particular, as 'rapists' and criminals who take American jobs.";
    assert.deepStrictEqual(read(rapists).map(([q]) => q), ["'rapists'"]);
    assert.deepStrictEqual(read('Bradley Cooper upset ‘American Sniper’ fans by attending DNC.'), []);
    assert.deepStrictEqual(read("Trailing, Cruz lobs 'Hail Carly' pass."), []);
  });
  it('single marks quote in a body that quotes mostly with them, beside a few double marks (a British layout)', () => {
    const text = [
      'Starmer vows to fix the foundations as Labour sets out spending plans',
      'The prime minister has promised to "fix the foundations" of the economy.',
      "Speaking in Birmingham, Keir Starmer said: 'We inherited a black hole. We will not duck the difficult decisions.'",
      "Rachel Reeves, the chancellor, spoke to the BBC. 'I am not going to put up income tax,' she said.",
      "The shadow chancellor, Jeremy Hunt, was scathing. He said: 'This is a choice, not a necessity.'",
      'A Treasury spokesperson said the figures were "a matter of public record".',
    ].join('\n\n');
    assert.deepStrictEqual(read(text), [
      ['"fix the foundations"', 'Keir Starmer'],
      ["'We inherited a black hole. We will not duck the difficult decisions.'", 'Keir Starmer'],
      ["'I am not going to put up income tax,'", 'Rachel Reeves'],
      ["'This is a choice, not a necessity.'", 'Jeremy Hunt'],
      ['"a matter of public record"', 'A Treasury spokesperson'],
    ]);
  });
  it('in a body quoting with single marks, double marks quote within a quote and stay part of it (an Australian-style probe: the quote was lost, its inner words read as a quote of their own)', () => {
    const text = [
      "'We lost everything': Lismore residents fear the next flood",
      'Sandra Nguyen, 52, has lived on Molesworth Street for 19 years.',
      "'We lost everything. The photos, the kids' drawings, the lot,' she said. 'You can replace a couch.'",
      'The Nationals member for Lismore, Janelle Saffin, said the community had heard promises before.',
      "'People are exhausted. They've been told \"we're with you\" three times now,' Ms Saffin said. 'They want cheques, not cameras.'",
    ].join('\n\n');
    assert.deepStrictEqual(read(text), [
      // (the headline's quote echoes the body's, so it is the body quote's speaker's: headlineEcho.ts)
      ["'We lost everything'", 'Sandra Nguyen'],
      ["'We lost everything. The photos, the kids' drawings, the lot,'", 'Sandra Nguyen'],
      ["'You can replace a couch.'", 'Sandra Nguyen'],
      ["'People are exhausted. They've been told \"we're with you\" three times now,'", 'Janelle Saffin'],
      ["'They want cheques, not cameras.'", 'Janelle Saffin'],
    ]);
  });
  it('a scrape with no line breaks that quotes with single marks and double ones within them reads as that style (the Sydney Morning Herald fixture on one line: 0 of its 20 quotes found, then 19)', () => {
    const text = "Sandra Nguyen, 52, has lived on Molesworth Street for 19 years. 'We lost everything. The photos, the kids' drawings, the lot,' she said. The Nationals member for Lismore, Janelle Saffin, said the community had heard promises before. 'People are exhausted. They've been told \"we're with you\" three times now,' Ms Saffin said.";
    assert.deepStrictEqual(read(text), [
      ["'We lost everything. The photos, the kids' drawings, the lot,'", 'Sandra Nguyen'],
      ["'People are exhausted. They've been told \"we're with you\" three times now,'", 'Janelle Saffin'],
    ]);
    // (an American text on one line keeps its single marks within double ones)
    assert.deepStrictEqual(read('Mr. Obama said: "When I said \'no boots on the ground,\' I meant it." The aide agreed.').map(([q]) => q), ['"When I said \'no boots on the ground,\' I meant it."']);
  });
  it('single marks in a headline above a body in double marks are no quote (PolNeAR train)', () => {
    const text = 'Former Mexico leader Calderon calls Trump’s idea for border wall ‘stupid’, ‘useless.’\n\nMEXICO CITY, Feb. 8 (UPI) — Former Mexican President Felipe Calderon said: “It is stupid.”';
    assert.deepStrictEqual(read(text).map(([q]) => q), ['“It is stupid.”']);
  });
  it('single marks inside double ones stay part of the double quote', () => {
    assert.deepStrictEqual(read("''When I said, 'No boots on the ground,' I think the American people understood,'' he said.").map(([q]) => q), ["''When I said, 'No boots on the ground,' I think the American people understood,''"]);
  });
});

describe('quotes: layouts', () => {
  it('a capitalised cue in a Title Case or capitals line is a cue, not a word of the name (PolNeAR train headlines)', () => {
    assert.deepStrictEqual(read('Gina Rodriguez Questioned What It Means To Be “Latino Enough.”'), [['“Latino Enough.”', 'Gina Rodriguez']]);
    assert.deepStrictEqual(read('Maria Lopez Said “The Plan Is Dead” After The Vote.'), [['“The Plan Is Dead”', 'Maria Lopez']]);
    assert.deepStrictEqual(read('JOHN KASICH SAYS: “WE ARE GOING ALL THE WAY TO CLEVELAND.”'), [['“WE ARE GOING ALL THE WAY TO CLEVELAND.”', 'JOHN KASICH']]);
  });
  it('an inverted cue opening the sentence, its subject up to the quote: "Said Comey, “…”" (PolNeAR train)', () => {
    const comey = 'Roof should have been prevented from buying the weapon. Said Comey, "The thought that an error on our part is connected to this guy\'s purchase of a gun is very painful to us."';
    assert.deepStrictEqual(read(comey).map(([, who]) => who), ['Comey']);
    const poynter = 'The small pink home on Grand Avenue was recently renovated and turned into a museum. Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”';
    assert.deepStrictEqual(read(poynter).map(([, who]) => who), ['Dorothy Poynter']);
  });
});

describe('quotes: labels of round-ups', () => {
  it('"HEADLINE - Name and Name: “…”": the authors after the dash speak (PolNeAR train, HuffPollster)', () => {
    const text = 'IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Mark Blumenthal and Jon Cohen: “Although the polls failed to predict Ted Cruz’s Iowa win on Tuesday night, it isn’t because they were dead wrong.” [HuffPost.]';
    assert.deepStrictEqual(read(text).map(([, who]) => who), ['Mark Blumenthal and Jon Cohen']);
  });
  it('"Name, Outlet: “…”": the person speaks, not the outlet or role after the comma', () => {
    const text = 'What the papers said on Monday.\n\nAnn Perry, The Daily Ledger: “The budget is a fantasy and everyone in the statehouse knows it.”\n\nDana Reyes, a retired teacher in Toledo: “I will vote for him.”';
    assert.deepStrictEqual(read(text).map(([, who]) => who), ['Ann Perry', 'Dana Reyes']);
  });
});

describe('quotes: page furniture', () => {
  it('"Article continued below" between two paragraphs of one quote is no part of it', () => {
    const text = '“We will not stop until every family in this state has clean water,\n\nArticle continued below\n\n“and we will not apologise for the cost,” Governor Dana Hale said.';
    const quotes = directQuotes(text);
    assert.deepStrictEqual(quotes.map(q => q.text), ['“We will not stop until every family in this state has clean water,', '“and we will not apologise for the cost,”']);
    assert.strictEqual(quotes[0].group, quotes[1].group);
    assert.deepStrictEqual(quotes.map(q => q.speaker?.name), ['Dana Hale', 'Dana Hale']);
  });
  it('a paragraph pasted from a social network opens with a bidirectional control before its ” (PolNeAR train, Western Journal 2015-12-16)', () => {
    const text = 'Palin’s post resonated with Facebook viewers.\n\u202A”Sorry Sarah, you should have said ‘over their dead bodies‘, because I know you can handle a gun very well!!” posted Sharon Powers Geyer.\n\u202A”Isis declares death on a lot of people and will burn in hell for all eternity for it cause Gods children are precious to him!!! Thanks Sarah!!!” wrote Pete Hidalgo.\n\u202A”This is why ISIS has to be destroyed. They are evil. Children are gifts from God and are to be protected,” said John Krystek.';
    assert.deepStrictEqual(read(text).map(([q, who]) => [q?.slice(0, 12), who]), [['”Sorry Sarah', 'Sharon Powers Geyer'], ['”Isis declar', 'Pete Hidalgo'], ['”This is why', 'John Krystek']]);
    // (the words inside them were read as the writer's "I know …", "Isis declares …" and a report of the last sentence)
    assert.deepStrictEqual(reported(text), []);
  });
  it('photo credits and follow prompts (PolNeAR train) hold no quote and name no speaker', () => {
    const text = 'Neilson Barnard via Getty Images.\n\nFollow Pam Key on Twitter @pamkeyNEN.\n\nPhoto: "Trump rally" by Jim Watson/AFP';
    assert.deepStrictEqual(directQuotes(text), []);
  });
});

describe('quotes: no clause or preposition taken for a description (PolNeAR train)', () => {
  it('"that you can’t | yell", "The piece goes on to | slam" name no one', () => {
    const fire = 'He notes that the right to free speech also comes with the limitation that you can’t yell “fire” in a theater.';
    assert.notStrictEqual(read(fire)[0][1], 'that you can’t');
    const piece = 'The piece goes on to slam Sanders’ “political revolution” for implying “a national consensus favoring his agenda when there is none.”';
    for (const [, who] of read(piece)) assert.ok(who === null || !/\bto$/.test(who), String(who));
  });
});

describe('quotes: the name of a thing in quotation marks is no speech (PolNeAR train)', () => {
  const speakerOfQuote = (text: string, quote: string) => directQuotes(text).find(q => q.text.startsWith(quote))?.speaker?.name ?? null;
  it('a show, a series, a book after an article, a preposition or a possessive, with no cue next to it', () => {
    const scandal = 'Kerry Washington said she was proud. Washington, star of television’s “Scandal,” thanked Obama for “taking these steps to make us ALL safer.”';
    assert.strictEqual(speakerOfQuote(scandal, '“Scandal'), null);
    const xfiles = "''We are thrilled,'' Dana Walden said. Fox's revival of ''The X-Files'' was among this season's best-rated new shows.";
    assert.strictEqual(speakerOfQuote(xfiles, "''The X-Files"), null);
  });
  it('a show a guest is told or interviewed by, a network channel’s show, a title of short words (PolNeAR train)', () => {
    const told = '"I think he’s fair game. He’s a former president," Fiorina told "Fox and Friends," reminding the co-hosts of it.';
    assert.strictEqual(speakerOfQuote(told, '"Fox'), null);
    assert.strictEqual(speakerOfQuote(told, '"I think'), 'Fiorina');
    const interview = 'In an interview with "Fox and Friends," Donald Trump pointed to China as the problem.';
    assert.strictEqual(speakerOfQuote(interview, '"Fox'), null);
    const hosts = "''He fought really hard,'' Mr. Trump told the MSNBC hosts of ''Morning Joe,'' adding that his son was fine.";
    assert.strictEqual(speakerOfQuote(hosts, "''Morning"), null);
    const channel = 'Sunday on Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said Clinton should worry.';
    assert.strictEqual(speakerOfQuote(channel, '“Sunday'), null);
    const newDay = 'Blumenthal said he had “no idea” if he would have told her, on Wednesday’s broadcast of CNN’s “New Day.”';
    assert.strictEqual(speakerOfQuote(newDay, '“New Day'), null);
    assert.strictEqual(speakerOfQuote(newDay, '“no idea'), 'Blumenthal');
  });
  it('a work named by what is done with it or the word for it, or followed by a word of the trade (PolNeAR train)', () => {
    const autobiography = "Cruz grew up in Houston. In his autobiography, ''A Time for Truth,'' published in 2015, Mr. Cruz described how his father left Cuba.";
    assert.strictEqual(speakerOfQuote(autobiography, "''A Time"), null);
    const canceled = "Fox's revival was a hit, but the network canceled ''Minority Report,'' based on the Tom Cruise film, after dismal ratings.";
    assert.strictEqual(speakerOfQuote(canceled, "''Minority"), null);
    const stage = "''We will unify our party,'' Mrs. Clinton told a crowd here on Tuesday after she took the stage to ''Eye of the Tiger.''";
    assert.strictEqual(speakerOfQuote(stage, "''Eye"), null);
    const anchor = "Billy Bush is joining the show. Natalie Morales, another ''Today'' anchor, is taking over his old job.";
    assert.strictEqual(speakerOfQuote(anchor, "''Today"), null);
    const revival = "ABC is axing its revival of ''The Muppets,'' network president Channing Dungey said on Tuesday.";
    assert.strictEqual(speakerOfQuote(revival, "''The Muppets"), null);
    const rights = "Sony Pictures Classics bought the rights to ''Equity,'' the producer Alysia Reiner said.";
    assert.strictEqual(speakerOfQuote(rights, "''Equity"), null);
    const reads = "One of his recent reads, ''This Kind of War,'' is a history of Korea, Mattis said.";
    assert.strictEqual(speakerOfQuote(reads, "''This Kind"), null);
    const perform = 'Paul Simon, who proceeded to perform "Bridge Over Troubled Water." The crowd sang along, organizers said.';
    assert.strictEqual(speakerOfQuote(perform, '"Bridge'), null);
    const hits = 'The DJ added Latin hits including "La Gozadera" to the playlist, Clinton aides said.';
    assert.strictEqual(speakerOfQuote(hits, '"La Gozadera'), null);
    const show = 'Trump said he kept production offices for “The Apprentice” TV show in the tower.';
    assert.strictEqual(speakerOfQuote(show, '“The Apprentice'), null);
    // (a book its author published stays the author's: PolNeAR pairs it with him)
    const published = "Mr. Singer kept the note. Mr. Trump sent it after Mr. Singer published ''Character Studies,'' a 2005 collection of his writing.";
    assert.strictEqual(speakerOfQuote(published, "''Character"), 'Singer');
  });
  it('a term someone gave stays theirs: "called the “Crossroads of America” by the citizens"', () => {
    const text = 'Boasting 108,000 residents, with its nominal capital in Terre Haute, called the “Crossroads of America” by the citizens, the GOP leaners in the area seem enamored with Trump, according to Politico.';
    assert.notStrictEqual(speakerOfQuote(text, '“Crossroads'), null);
  });
});
