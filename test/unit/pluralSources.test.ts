/**
 * A plain plural noun for people as the source after a comma or a clause opener (#12): compromise's people plurals
 * ("volunteers", "teachers") and the few it misses ("nurses", "crews", "elders"), never a noun of a list ("assistant
 * secretary of state for population, refugees, and migration, said": PolNeAR train).
 */
import * as assert from 'assert';
import { isPluralPeopleNoun } from '../../src/core/people/lexicon';
import { analyzeQuotes } from '../../src/core/quotes';
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
  it('names a plural of a person noun by its ending that compromise lacks ("forecasters", PolNeAR train)', () => {
    // (politico_2015-12-28_are-democrats-crippl…)
    const r = reported("If it doesn't slow down, forecasters say health spending will cripple the U.S. economy within decades.");
    assert.deepStrictEqual(r.map(x => [x.speaker, x.cue]), [['forecasters', 'say']]);
  });
  it('names "candidates" after a fronted occasion (PolNeAR train, nyt_2016-02-03_tax-overhaul-remains-a-distant-g)', () => {
    const r = reported("In the Republican debate last week, candidates referred to ''ISIS'' 44 times.");
    assert.deepStrictEqual(r.map(x => [x.speaker, x.cue]), [['candidates', 'referred to']]);
  });
  it('derives people plurals from a person noun\'s ending, not from common words, verbs or short words', () => {
    for (const w of ['forecasters', 'proponents', 'opponents', 'candidates', 'backers', 'members', 'evacuees', 'trustees', 'shareholders']) assert.ok(isPluralPeopleNoun(w), w);
    for (const w of ['others', 'answers', 'offers', 'filters', 'wants', 'refers', 'numbers', 'orders']) assert.ok(!isPluralPeopleNoun(w), w);
  });
  it('keeps the name of one word before a verb that only ends like a person noun ("Christie refers to", PolNeAR train)', () => {
    // (breitbart_2016-03-02_christie-s-shell-shocked-look-st: was "Christie refers" with "refers" a people plural)
    const text = 'Christie refers to the candidate, who is supposedly his longtime friend, as “Mr. Trump,” while Trump refers to the governor as “Chris.”';
    assert.ok(!analyzeQuotes(text).quotes.some(q => /refers/.test(q.speaker?.name ?? '')), JSON.stringify(analyzeQuotes(text).quotes.map(q => q.speaker?.name)));
  });
  it('reads the subject past "here" before its verb (PolNeAR train, wash-post_2016-02-17_sanders-and-clinton-see-black-vo)', () => {
    const r = reported('Her campaign workers here said they have been working the state since the spring.');
    assert.deepStrictEqual(r.map(x => [x.mention, x.cue]), [['Her campaign workers', 'said']]);
  });
  it('reads "more" as the determiner of a preposition\'s object (PolNeAR train, wash-post_2016-01-07_germany-targets-a-surge-of-vitri)', () => {
    const r = reported('Indeed, proponents of more controls on hate speech here say there is a direct correlation to the vitriol now flying in the German public domain.');
    assert.deepStrictEqual(r.map(x => [x.speaker, x.cue]), [['proponents of more controls', 'say']]);
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

describe('a subject whose noun a list of places follows (reported/placeList.ts)', () => {
  it('names the voters with their states, not "Georgia" (PolNeAR train, usa-today_2016-03-02_no-clear-path-point)', () => {
    const r = reported("Most Republican voters in Alabama, Georgia and Virginia said they felt betrayed by their own party's politicians.");
    assert.deepStrictEqual(r.map(x => [x.speaker, x.cue]), [['Most Republican voters in Alabama, Georgia and Virginia', 'said']]);
  });
  it('names the subscribers, not the outlet that contacted them (lb-lorienttoday-generator-tariffs)', () => {
    const r = reported("Subscribers in Achrafieh, Hamra and Furn al-Chebbak contacted by L'Orient Today said their bills matched the ministry's rate.");
    assert.deepStrictEqual(r.map(x => [x.speaker, x.cue]), [['Subscribers in Achrafieh, Hamra and Furn al-Chebbak', 'said']]);
  });
  it('two places joined by "and", past an "and" of the subject\'s own and a subordinator opening the sentence (bs-tribune-eleuthera-farm-relief; PolNeAR train, politico_2016-02-17_bush-rubio-collide-in-scr)', () => {
    assert.deepStrictEqual(reported('PINEAPPLE and vegetable farmers in North and Central Eleuthera say they have yet to receive relief payments.').map(x => x.speaker), ['PINEAPPLE and vegetable farmers in North and Central Eleuthera']);
    const r = reported('The speculation rages. Because exit polls in New Hampshire and Iowa indicated that Trump was strongly supported by early deciders, there’s a sense among some that he might be winning them in Florida.');
    // (and the view after "there’s", held by "some" after "among": ../../src/core/reported/hearsayNoun.ts heldViews, 51st
    // session; with no speaker before, existentialView, 49th session)
    assert.deepStrictEqual(r.map(x => [x.speaker, x.cue]), [['exit polls in New Hampshire and Iowa', 'indicated'], ['some', 'there’s a sense']]);
  });
  it('passes a serial comma and an auxiliary; leaves one place alone', () => {
    assert.deepStrictEqual(reported('Traders in Kano, Kaduna, and Katsina have said the prices of grain doubled.').map(x => x.speaker), ['Traders in Kano, Kaduna, and Katsina']);
    assert.deepStrictEqual(reported("Subscribers in Achrafieh contacted by L'Orient Today said their bills matched the ministry's rate.").map(x => x.speaker), ['Subscribers in Achrafieh']);
  });
  it('an item that opens with "the", a body\'s name (us-probes us-ap-stopgap-vote: was "Ohio and the Agriculture Department")', () => {
    const r = reported('Officials from Texas, Ohio and the Agriculture Department said benefit payments would continue through October even if the Senate missed the deadline.');
    assert.deepStrictEqual(r.map(x => [x.speaker, x.cue]), [['Officials from Texas, Ohio and the Agriculture Department', 'said']]);
    assert.deepStrictEqual(reported('Officials in the Treasury, Ohio and Texas said the payments would continue.').map(x => x.speaker), ['Officials in the Treasury, Ohio and Texas']);
  });
});

describe('a quantifier and a number word before a group opening the sentence (quotes/attribution/opener.ts)', () => {
  it('names the whole group, not "Several" (si-sloveniatimes-ljubljana-student-rents; PolNeAR train, usa-today_2016-07-27_black-lives-matter-seeks-clinton)', () => {
    const r = reported('Several hundred students gathered in front of the National Assembly on Thursday to demand more beds in student dormitories, saying that a room in the capital now costs more than a student can earn in a month.');
    assert.deepStrictEqual(r.map(x => [x.speaker, x.cue]), [['Several hundred students', 'saying']]);
    const d = reported('Several hundred demonstrators took to the streets of North Philadelphia on Tuesday afternoon, saying that the police had ignored them.');
    assert.deepStrictEqual(d.map(x => x.speaker), ['Several hundred demonstrators']);
  });
  it('leaves a group with no number word as it was', () => {
    assert.deepStrictEqual(reported('Several students gathered in front of the National Assembly on Thursday, saying that rents were too high.').map(x => x.speaker), ['Several students']);
  });
});
