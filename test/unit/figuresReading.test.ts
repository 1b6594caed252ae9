import * as assert from 'assert';
import { describeFigure } from '../../src/core/figures';
import { fig, reading, texts } from './figuresRead';

describe('figures: hyphenated number compounds and scores', () => {
  it('a compound that counts or measures is a figure of its noun ("a 24-point lead", "a 52-count complaint", "the three-judge panel")', () => {
    assert.deepStrictEqual(reading('In the fall of 2007, Hillary Clinton held a 24-point lead over Barack Obama', '24-point'), [24, 'point', 'count']);
    assert.deepStrictEqual(reading('According to a 52-count civil complaint filed by the federal Securities', '52-count'), [52, 'count', 'count']);
    assert.deepStrictEqual(reading('In his 104-page public financial disclosure report, the presumptive Republican nominee', '104-page'), [104, 'page', 'count']);
    assert.deepStrictEqual(reading('the 12-nation Pacific Rim trade accord will open doors to economic growth', '12-nation'), [12, 'nation', 'count']);
    assert.deepStrictEqual(reading('the three-judge panel that ruled that the state\'s law intentionally discriminated', 'three-judge'), [3, 'judge', 'count']);
    assert.deepStrictEqual(reading('a 7-point margin in a 33-story tower', '7-point'), [7, 'point', 'count']);
    assert.deepStrictEqual(texts('a one-sided fight, a two-pronged attack, a one-on-one meeting'), []);
  });
  it('"a 9-to-6 vote" is a score; "18-to-34-year-olds" a range (PolNeAR train, Washington Post 2016-09-07, USA Today 2016-03-16)', () => {
    const v = fig('But Texas\'s law was found discriminatory by a 9-to-6 vote of the full U.S. Court of Appeals', '9-to-6');
    assert.deepStrictEqual([v.kind, v.value, v.range], ['score', null, [9, 6]]);
    assert.deepStrictEqual(fig('The latest USA TODAY/Rock the Vote Poll of 18-to-34-year-olds explores', '18-to-34').range, [18, 34]);
  });
  it('a ratio to one written out is a score as "3-to-1" is, with its approximator ("by a ratio of about four to one, versus about two to one", NYT 2016-03-23; "by nearly 3-to-1", HuffPost 2016-02-28, PolNeAR train; "by about three to one", "voted four to one", test/fixtures/outlets)', () => {
    const t = 'Black Democrats rated the economy as good by a ratio of about four to one, versus about two to one for white Democrats.';
    const four = fig(t, 'about four to one');
    assert.deepStrictEqual([four.kind, four.value, four.range, four.unit, four.approximate, four.modifier], ['score', null, [4, 1], null, true, 'about']);
    assert.deepStrictEqual(fig(t, 'about two to one').range, [2, 1]);
    assert.deepStrictEqual(fig('its liabilities now exceed the value of its assets by about three to one.', 'about three to one').range, [3, 1]);
    const votes = fig('the board had voted four to one for the increase', 'four to one');
    assert.deepStrictEqual([votes.kind, votes.unit, votes.range], ['score', 'vote', [4, 1]]);
    const nearly = fig('Clinton trounced Sen. Bernie Sanders by nearly 3-to-1 in the South Carolina primary', 'nearly 3-to-1');
    assert.deepStrictEqual([nearly.kind, nearly.range, nearly.approximate, nearly.modifier], ['score', [3, 1], true, 'nearly']);
    // (not a clock's "at five to one", a count down "from ten to one", nor "to one" before a noun)
    assert.deepStrictEqual(texts('We met at five to one.').filter(x => /to one/.test(x)), []);
    assert.deepStrictEqual(texts('She counted down from ten to one.').filter(x => /to one/.test(x)), []);
    assert.deepStrictEqual(texts('The vote fell from three to one candidate.').filter(x => /to one/.test(x)), []);
  });
  it('"six figures" and "seven-figure checks" are vague magnitudes, not 6 and 7', () => {
    const s = fig('has made a six-figure digital ad buy', 'six-figure');
    assert.deepStrictEqual([s.value, s.kind, s.approximate], [null, 'vague', true]);
    assert.deepStrictEqual(reading('a salary in the six figures.', 'six figures'), [null, null, 'vague']);
  });
  it('"18- to 24-year-old" is one range of ages', () => {
    const f = fig('In one narrow category -- 18- to 24-year-old male veterans who served', '18- to 24-year-old');
    assert.deepStrictEqual([f.kind, f.value, f.range, f.unit], ['age', null, [18, 24], 'year']);
  });
});

describe('figures: fractions and halves', () => {
  it('"half of", "more than half of", "nearly half the world’s population", "the bottom fifth", "up by a third"', () => {
    assert.strictEqual(fig('Clinton called half of Donald Trump’s supporters “deplorables.”', 'half of Donald Trump’s supporters').value, 0.5);
    const m = fig('more than half of white women preferred Clinton', 'more than half of white women');
    assert.deepStrictEqual([m.value, m.modifier, m.kind], [0.5, 'more than', 'fraction']);
    assert.strictEqual(fig('this region, which is home to nearly half the world’s population', 'nearly half the world’s population').value, 0.5);
    assert.deepStrictEqual(texts('The middle one-fifth paid 8.9 percent, and those in the bottom fifth of incomes paid 0.8 percent.'),
      ['one-fifth', '8.9 percent', 'fifth of incomes', '0.8 percent']);
    assert.ok(Math.abs((fig('Huamán says his own rent has gone up by a third.', 'a third').value ?? 0) - 1 / 3) < 1e-9);
    assert.deepStrictEqual(texts('in the second half of the game, the other half'), []);
  });
  it('a share written as one hyphenated word is its fraction ("Three-in-five GOP insiders", Politico 2016-02-04; "about a one-in-five chance", NYT 2015-11-09, PolNeAR train; "the one-in-four figure", uk-observer-longread-headteacher), not a return period ("a 1-in-100-year flood")', () => {
    const g = fig('Three-in-five GOP insiders across the four states said so.', 'Three-in-five GOP insiders');
    assert.deepStrictEqual([g.value, g.unit, g.kind], [0.6, 'insider', 'fraction']);
    const c = fig('Investors see about a one-in-five chance that the Fed, after it begins to raise rates, will return to zero.', 'about a one-in-five');
    assert.deepStrictEqual([c.value, c.unit, c.kind, c.approximate, c.modifier], [0.2, null, 'fraction', true, 'about']);
    assert.deepStrictEqual(reading('Dame Helen Ashcombe told MPs that the one-in-four figure compared markers with a senior examiner.', 'one-in-four'), [0.25, null, 'fraction']);
    assert.deepStrictEqual(reading('Only 1-in-4 residents voted.', '1-in-4 residents'), [0.25, 'resident', 'fraction']);
    assert.deepStrictEqual(texts('Low-lying neighbourhoods are at risk in a 1-in-100-year flood.').filter(x => /in/.test(x)), []);
  });
  it('"half a percentage point", "a tenth of a point", "less than half of 1 percent"', () => {
    assert.deepStrictEqual(reading('according to the Tax Policy Center - half a percentage point of the nation\'s gross domestic product', 'half a percentage point'), [0.5, 'percentage point', 'percent']);
    assert.deepStrictEqual(reading('the rate rose by a tenth of a point.', 'a tenth of a point'), [0.1, 'point', 'count']);
    assert.deepStrictEqual(reading('Christians make up less than half of 1 percent of the Syrians arriving', 'less than half of 1 percent'), [0.5, 'percent', 'percent']);
  });
  it('"half a century", "half-century", "a quarter-century" are durations; "a half-dozen slogans" is six', () => {
    assert.deepStrictEqual(reading('documents a half-century of work by the Democratic elite', 'half-century'), [0.5, 'century', 'duration']);
    assert.deepStrictEqual(reading('a conflict that has dragged on for half a century.', 'half a century'), [0.5, 'century', 'duration']);
    assert.deepStrictEqual(reading('who has spent a quarter-century in Congress', 'a quarter-century'), [0.25, 'century', 'duration']);
    assert.deepStrictEqual(texts('concerned about her daughter, a third-year chemistry student at the University'), []);
    assert.deepStrictEqual(reading('her campaign has cycled through a half-dozen slogans, from', 'a half-dozen slogans'), [6, 'slogan', 'count']);
  });
  it('"A million and a half people" is 1,500,000', () => {
    assert.deepStrictEqual(reading('A million and a half people marched', 'A million and a half people'), [1.5e6, 'person', 'count']);
  });
});

describe('figures: number formats', () => {
  it('".5 percent" is 0.5; "45 000 euros" with a space, a no-break or a narrow no-break space is 45,000', () => {
    assert.deepStrictEqual(reading('the central bank cut its rate by .5 percent on Thursday', '.5 percent'), [0.5, 'percent', 'percent']);
    for (const sp of [' ', '\u00a0', '\u202f']) assert.deepStrictEqual(reading(`a fine of 45${sp}000 euros was paid`, `45${sp}000 euros`), [45000, 'EUR', 'money']);
    assert.deepStrictEqual(texts('In 2015 100 people died'), ['100 people']);
  });
  it('full-width "４５,000 yen", continental "45.000 euros" and "1.500.000", but "$2.222 a pound" stays a decimal', () => {
    assert.deepStrictEqual(reading('the ticket cost ４５,000 yen in Tokyo', '４５,000 yen'), [45000, 'JPY', 'money']);
    assert.deepStrictEqual(reading('he was fined 45.000 euros', '45.000 euros'), [45000, 'EUR', 'money']);
    assert.strictEqual(fig('some 1.500.000 people', 'some 1.500.000 people').value, 1.5e6);
    assert.strictEqual(fig('copper rose a penny, to $2.222 a pound.', '$2.222').value, 2.222);
  });
  it('"$-5 million" is -5,000,000 USD; "down 0.5 percent to 2,121.65" is two figures', () => {
    assert.deepStrictEqual(reading('the fund lost $-5 million last quarter', '$-5 million'), [-5e6, 'USD', 'money']);
    assert.deepStrictEqual(texts('The index was down 0.5 percent to 2,121.65 on Friday.'), ['0.5 percent', '2,121.65']);
    assert.strictEqual(fig('growth of 8 to 10 percent a year', '8 to 10 percent').kind, 'range');
  });
});

describe('figures: units a reader needs', () => {
  it('currencies as ISO 4217 codes from names, codes and symbols', () => {
    assert.deepStrictEqual(reading('a fine of 45,000 Danish crowns was imposed', '45,000 Danish crowns'), [45000, 'DKK', 'money']);
    assert.deepStrictEqual(reading('an investment of 3 million yuan', '3 million yuan'), [3e6, 'CNY', 'money']);
    assert.deepStrictEqual(reading('a loan of 20 billion rupees', '20 billion rupees'), [2e10, 'INR', 'money']);
    assert.deepStrictEqual(reading('a £2.3bn deal', '£2.3bn'), [2.3e9, 'GBP', 'money']);
    assert.deepStrictEqual(reading('the bill was DKK 45,000 in all', 'DKK 45,000'), [45000, 'DKK', 'money']);
    assert.deepStrictEqual(reading('10 Swedish kronor a day', '10 Swedish kronor'), [10, 'SEK', 'money']);
    assert.deepStrictEqual(reading('a ₫200,000 fee', '₫200,000'), [200000, 'VND', 'money']);
    assert.deepStrictEqual(reading('he weighs 30 pounds more', '30 pounds'), [30, 'pound', 'count']);
  });
  it('measures with a real singular: mph, horsepower, km, acres, miles, degrees; nouns: "viruses", "plain-clothes officers"', () => {
    assert.deepStrictEqual(reading('the car hit 87 mph on the freeway', '87 mph'), [87, 'mph', 'count']);
    assert.deepStrictEqual(reading('an engine of 300 horsepower', '300 horsepower'), [300, 'horsepower', 'count']);
    assert.deepStrictEqual(reading('a run of 5 km through the park', '5 km'), [5, 'kilometer', 'count']);
    assert.deepStrictEqual(reading('the 275 acres of the golf club', '275 acres'), [275, 'acre', 'count']);
    assert.deepStrictEqual(reading('temperatures near 20 degrees', '20 degrees'), [20, 'degree', 'count']);
    assert.deepStrictEqual(reading('scientists counted 3,000 viruses in the sample', '3,000 viruses'), [3000, 'virus', 'count']);
    assert.deepStrictEqual(reading('four plain-clothes officers arrived', 'four plain-clothes officers'), [4, 'officer', 'count']);
  });
  it('temperatures, angles and rates ("25°C", "a 45° tilt", "60 miles per hour", "three meals a day")', () => {
    assert.deepStrictEqual(reading('temperatures hit 25°C on Monday', '25°C'), [25, 'degree celsius', 'count']);
    assert.deepStrictEqual(reading('With one foot propping her board to a 45° tilt', '45°'), [45, 'degree', 'count']);
    const r = fig('driving 60 miles per hour on the highway', '60 miles per hour');
    assert.deepStrictEqual([r.value, r.unit, describeFigure(r)], [60, 'mile per hour', '60 miles per hour']);
    assert.strictEqual(describeFigure(fig('temperatures hit 40 °F at night', '40 °F')), '40 degrees fahrenheit');
    assert.strictEqual(fig('three meals a day for the children', 'three meals a day').unit, 'meal per day');
  });
  it('percent and percentage points read apart', () => {
    assert.strictEqual(describeFigure(fig('a margin of error of 2.8 percentage points.', '2.8 percentage points')), '2.8 percentage points');
    assert.strictEqual(describeFigure(fig('unemployment fell to 4.4 percent', '4.4 percent')), '4.4 percent');
  });
});

describe('figures: the fiftieth session\'s reader pass (s50-uh)', () => {
  it('the whole of a fraction before a linking verb in -s is the noun, not the verb ("a third of the electorate remains undecided", PolNeAR train, USA Today 2016-05-12; "half the island feels it", test/fixtures/outlets cw-curacaochronicle-bandabou-water.txt)', () => {
    assert.deepStrictEqual(reading('Burr holds a lead over Ross, but roughly a third of the electorate remains undecided.', 'roughly a third of the electorate'), [0.333333333333, 'electorate', 'fraction']);
    assert.deepStrictEqual(reading('"We pump millions of litres of water a day in one place. If one pipe fails, half the island feels it," Isenia-Pieters said.', 'half the island'), [0.5, 'island', 'fraction']);
    // (a plural head after a noun that modifies it still counts: no linking verb)
    assert.deepStrictEqual(reading('Half the party leaders said no.', 'Half the party leaders'), [0.5, 'leader', 'fraction']);
  });
  it('the whole of a fraction past an owner in the possessive is the noun it owns ("almost half of the company\'s operating costs", "about four fifths of the city\'s housing stock", test/fixtures/outlets sc-nation-praslin-ferry-fares.txt, sk-spectator-kosice-heating-prices.txt)', () => {
    assert.deepStrictEqual(reading('Commarmond explained that fuel now accounts for almost half of the company\'s operating costs. "We carried more', 'almost half of the company\'s operating costs'), [0.5, 'cost', 'fraction']);
    assert.deepStrictEqual(reading('It supplies heat and hot water to roughly 71,000 flats, about four fifths of the city\'s housing stock, according to figures', 'about four fifths of the city\'s housing stock'), [0.8, 'stock', 'fraction']);
  });
  it('two counts of nothing written as words with "or" between are one estimate ("He has won three or four," PolNeAR train, Washington Post 2016-03-04; "Our grandparents carried three or four.", test/fixtures/outlets ca-cbc-alberta-cree-immersion.txt), which takes the unit of a "Today, it is" frame (ne-actuniger-galmi-onion-export-price.txt)', () => {
    const won = fig('"Just for the record, I have won 10 [states]. He has won three or four," Trump said, referring to Cruz.', 'three or four');
    assert.deepStrictEqual([won.kind, won.value, won.unit, won.range], ['range', null, null, [3, 4]]);
    // (the states written without the editor's brackets lend it their noun, as a deal's second number takes it, carriedUnit.ts)
    assert.deepStrictEqual(fig('"I have won 10 states. He has won three or four," Trump said.', 'three or four').unit, 'state');
    assert.deepStrictEqual(fig('"Kids can carry two languages. Our grandparents carried three or four."', 'three or four').range, [3, 4]);
    const trucks = fig('"Before, the Nigerian customers bought 20 trucks a week. Today, it is three or four. They say the onion of Niger is too expensive."', 'three or four');
    assert.deepStrictEqual([trucks.kind, trucks.unit, trucks.range], ['range', 'truck per week', [3, 4]]);
    // (a noun after the second end makes a range of that noun, as before)
    assert.deepStrictEqual(reading('In three or four months, when the cane matures, the price will fall.', 'three or four months').slice(1), ['month', 'range']);
  });
  it('"kilogramme" is the kilogram ("beneficiaries buy a 50 kilogramme bag of fertiliser at K15 000", "a 25 kilogramme bag of breakfast meal", "320 kilogrammes of wool", test/fixtures/outlets mw-nation-kasungu-aip-fertiliser.txt, zm-lusakatimes-kitwe-mealie-meal-prices.txt, ls-lesothotimes-wool-farmers-arrears.txt)', () => {
    assert.deepStrictEqual(reading('Under the programme, beneficiaries buy a 50 kilogramme bag of fertiliser.', '50 kilogramme'), [50, 'kilogram', 'count']);
    assert.deepStrictEqual(reading('with a 25 kilogramme bag of breakfast meal now selling in most shops', '25 kilogramme'), [25, 'kilogram', 'count']);
    assert.deepStrictEqual(reading('she delivered 320 kilogrammes of wool in June', '320 kilogrammes'), [320, 'kilogram', 'count']);
  });
  it('a number to ring or a telephone number is no figure ("were told to ring 999 if they were in danger", "the telephone number 1313 was available free of charge", test/fixtures/outlets uk-telegraph-police-ranks.txt, ci-aip-soubre-cocoa-farmgate-price.txt)', () => {
    assert.deepStrictEqual(texts('"My constituents were told to ring 999 if they were in danger. They did."'), []);
    assert.deepStrictEqual(texts('Mr. Kra indicated that the telephone number 1313 was available free of charge to report abuses.'), []);
    assert.deepStrictEqual(texts('The bell-ringers ring 300 bells.'), ['300 bells']);
  });
  it('a time unit in the possessive after a number is a duration ("release one month\'s wages", "pretend that one month\'s figures mean the job is done", test/fixtures/outlets bd-dailystar-ashulia-wage-arrears.txt, uk-bbc-nhs.txt)', () => {
    assert.deepStrictEqual(reading('He said the government would release one month\'s wages for the workers of the two groups.', 'one month\'s'), [1, 'month', 'duration']);
    assert.deepStrictEqual(reading('"I\'m not going to pretend that one month\'s figures mean the job is done."', 'one month\'s'), [1, 'month', 'duration']);
    assert.deepStrictEqual(texts('I like that one is all.'), []);
  });
  it('"earlier" between a number and a plural noun is its adjective ("across 15 earlier contests", PolNeAR train, Breitbart 2016-03-15; "who in two earlier opinions had made clear", NYT 2016-06-29)', () => {
    assert.deepStrictEqual(reading('supporting her by about a 67 percentage point margin across 15 earlier contests where entrance or exit polls', '15 earlier contests'), [15, 'contest', 'count']);
    assert.deepStrictEqual(reading('Justice Samuel A. Alito Jr., who in two earlier opinions had made clear that', 'two earlier opinions'), [2, 'opinion', 'count']);
    assert.deepStrictEqual(texts('relative to two years earlier'), []);
  });
  it('"zero" in a set phrase counts nothing ("net zero", "Ground zero is Florida", "zero in on", "zero tolerance": test/fixtures/outlets au-australian-nationals-net-zero.txt, uk-herald-holyrood-ferries.txt, ng-punch-kogi-flood-relief.txt; PolNeAR train, Washington Post 2016-03-03, 2016-03-24)', () => {
    assert.deepStrictEqual(texts("The party 'will not be bullied' into keeping a net zero by 2050 target, setting up a showdown."), []);
    assert.deepStrictEqual(texts("He told Holyrood's net zero, energy and transport committee on Tuesday."), []);
    assert.deepStrictEqual(texts('Ground zero is Florida, where home-state Sen. Marco Rubio is fighting.'), []);
    assert.deepStrictEqual(texts('his organization plans to zero in on local issues'), []);
    assert.deepStrictEqual(texts('"The governor has zero tolerance for the diversion of relief materials."'), []);
    // (a zero that measures stays: "rates near zero", "34 delegates to zero")
    assert.deepStrictEqual(texts('The central bank has held short-term rates near zero since December 2008.'), ['zero']);
  });
});
