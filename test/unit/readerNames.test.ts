/**
 * Names a reader saw wrong in the outlet fixtures (test/fixtures/outlets), each fixed where two outlets' articles (or a
 * PolNeAR train one) read the same way: the rule's own file names them in its header.
 */
import * as assert from 'assert';
import { reported, speakerOf } from './helpers';
import { NEWS_AGENCIES, WIRE_SERVICES } from '../../src/core/quotes/lexicon';

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

describe('names a reader sees: a dateline in mixed case with its agency opens no content (reported/fronted.ts contentStart)', () => {
  it('"ATHENS, Greece (AP) —", "BHUBANESWAR, Oct 24 (PTI) —", "Skopje, 22 October 2025 (MIA) -" (gr-ap, in-pti, mk-mia)', () => {
    const r = reported('ATHENS, Greece (AP) — Hundreds of residents and tourists were evacuated by boat from two villages on the Greek island of Chios on Wednesday, officials said.');
    assert.ok(r.some(x => x.content.startsWith('Hundreds of residents') && x.mention === 'officials'), JSON.stringify(r));
    const s = reported('BHUBANESWAR, Oct 24 (PTI) — Over 5.8 lakh people have been shifted to cyclone shelters in 14 coastal districts of Odisha, officials said.');
    assert.ok(s.some(x => x.content.startsWith('Over 5.8 lakh people') && x.mention === 'officials'), JSON.stringify(s));
    const t = reported('Skopje, 22 October 2025 (MIA) - Households in Skopje and Tetovo will be able to receive subsidies of up to 60,000 denars, Minister of Environment and Physical Planning Bujar Rexhepi-Shaqiri announced on Wednesday.');
    assert.ok(t.some(x => x.content.startsWith('Households in Skopje') && x.speaker === 'Bujar Rexhepi-Shaqiri'), JSON.stringify(t));
  });
  it('"MIA" is an agency in a dateline\'s brackets only, no wire service in a story\'s body (Miami\'s airport, "missing in action")', () => {
    assert.ok(NEWS_AGENCIES.has('MIA') && NEWS_AGENCIES.has('PTI'));
    assert.ok(!WIRE_SERVICES.has('MIA') && WIRE_SERVICES.has('PTI') && WIRE_SERVICES.has('Associated Press'));
  });
  it('PolNeAR train: "New York (AFP) – The same popular frustration … could send …, Sanders warned" (Breitbart 2016-06-28)', () => {
    const r = reported('New York (AFP) – The same popular frustration that saw a majority of Britons vote to abandon the EU could send droves of disgruntled Americans into the arms of Donald Trump, Bernie Sanders warned Tuesday.');
    assert.ok(r.some(x => x.content.startsWith('The same popular frustration') && x.speaker === 'Bernie Sanders'), JSON.stringify(r));
  });
});

describe('names a reader sees: "Outside" and "Inside" opening a sentence are prepositions, no name (quotes/lexicon.ts NOT_NAME)', () => {
  it('PolNeAR train: "Inside the hotel conference center, Trump …, arguing that …" is Trump\'s (USA Today 2016-03-30)', () => {
    const r = reported('Inside the hotel conference center, Trump on Tuesday dismissed Wisconsin Gov. Scott Walker as an ineffective leader, arguing that the Badger State governor has been a poor steward of the state\'s economy.');
    assert.ok(r.some(x => x.content.startsWith('that the Badger State governor') && x.mention === 'Trump'), JSON.stringify(r));
  });
  it('PolNeAR train: "Outside Carrier\'s plant …" makes no "Outside Carrier" of the company (NYT 2016-03-21)', () => {
    const r = reported("Carrier makes furnaces in Indianapolis. Outside Carrier's plant in Santa Catarina, a worker named Antonio Arroyo has nothing but positive things to say about his job.\n\nCarrier said it will return public money in cases where the company has not kept its commitments to invest.");
    assert.ok(r.some(x => x.content.startsWith('it will return public money') && x.speaker === 'Carrier'), JSON.stringify(r));
  });
  it('ke-standard: \'Outside Parliament, a group of about 50 young protesters waved placards reading "…"\' is the group\'s', () => {
    const sp = speakerOf('Outside Parliament, a group of about 50 young protesters waved placards reading "Hatutaki Ushuru" (We don\'t want taxes) as police looked on.', '"Hatutaki');
    assert.ok(sp && sp.name !== 'Outside Parliament' && /group/.test(sp.name), JSON.stringify(sp));
  });
});

describe('names a reader sees: a news outlet is no "they", "he" or "she" (people/salience.ts mostSalient)', () => {
  it('PolNeAR train: "In a statement to the Observer, … ⏎ … they will hold banners proclaiming: “…”" is not the Observer (Breitbart 2016-04-23)', () => {
    const text = 'In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: “Hillary Clinton believes that transatlantic cooperation is essential.”\n\nObama departs the UK for Germany today, where he will be greeted by thousands of Germans protesting against the trade deal. In a riff on his famous campaign line, they will hold banners proclaiming: “Yes we can – Stop TTIP!”';
    const sp = speakerOf(text, '“Yes we can');
    assert.ok(!sp || sp.name !== 'Observer', JSON.stringify(sp));
  });
  it('PolNeAR train: "…, KING-TV reported … ⏎ … because they wanted to show that "they can\'t scare us …"" is not KING-TV (USA Today 2016-06-27)', () => {
    const text = 'In Seattle, marchers honored the Orlando victims with white roses held aloft, KING-TV reported, while in Chicago the parade began with a moment of silence.\n\nManny Gomez said seeing so many police officers at Pride was a welcome sight. He and his partner came to the events because they wanted to show that "they can\'t scare us back into the closet."';
    const sp = speakerOf(text, '"they can');
    assert.ok(!sp || sp.name !== 'KING-TV', JSON.stringify(sp));
  });
  it('"it" may still be an outlet: "Forbes magazine started the rich-list craze in 1982, when it published …"', () => {
    const r = reported('Forbes magazine started the rich-list craze in 1982. It said the list would be published every year.');
    assert.ok(r.some(x => x.speaker === 'Forbes'), JSON.stringify(r));
  });
});

describe('names a reader sees: a verb before its object is no word of a description (quotes/attribution/descriptionBefore.ts verbBeforeObject)', () => {
  it('PolNeAR train: "the emails, which included staff members suggesting …" is "staff members", not "included staff members" (Breitbart 2016-07-25)', () => {
    const r = reported('At Brazille’s direction, the DNC issued a statement apologizing to Sanders for the emails, which included staff members suggesting someone should question Sanders’ Jewish faith.');
    assert.ok(r.some(x => x.content.startsWith('someone should question') && x.speaker === 'staff members'), JSON.stringify(r));
  });
  it('PolNeAR train: "… calling for Fiorina\'s firing and carrying signs saying, "…"" is "signs", not "carrying signs" (Washington Post 2016-01-20)', () => {
    const text = 'But that morning, an angry army of HP workers and retirees had amassed at the center, calling for Fiorina\'s firing and carrying signs saying, "Merger today, Chapter 11 tomorrow." Many of the agitators wore green.';
    const sp = speakerOf(text, '"Merger');
    assert.strictEqual(sp?.name, 'signs', JSON.stringify(sp));
  });
  it('not after an auxiliary: "Sanders … has drawn huge crowds describing a country …" stays Sanders\'s (NYT 2016-01-14)', () => {
    const r = reported('Senator Bernie Sanders, the Vermont socialist who has mounted a populist challenge to Hillary Clinton, has drawn huge crowds describing a country dominated by well-heeled Wall Street plutocrats profiting off workers.');
    assert.ok(!r.some(x => /crowds/.test(x.speaker ?? '')), JSON.stringify(r));
  });
  it('an adjective\'s reading is kept before a finite cue: "But hacking specialists say …"', () => {
    const r = reported('But hacking specialists say the most harmful information might be out there.');
    assert.ok(r.some(x => x.speaker === 'hacking specialists'), JSON.stringify(r));
  });
});
