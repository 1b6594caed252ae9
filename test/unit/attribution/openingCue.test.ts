/** Rule families "inverted cue opening the sentence" and "as clause" (src/core/quotes/attribution/openingCue.ts), on PolNeAR train. */
import * as assert from 'assert';
import { attributed } from './attributed';

describe('attribution rule: inverted cue opening the sentence', () => {
  it('"Said X, “…”" (PolNeAR train: USA Today 2016-07-07), and with a colon', () => {
    const text = 'Roof should have been prevented from buying the weapon. Said Comey, "The thought that an error on our part is connected to this guy\'s purchase of a gun is very painful to us."';
    assert.deepStrictEqual(attributed(text, '"The thought'), { mention: 'Comey', rule: 'inverted cue opening the sentence' });
    // (the colon: first written on a PolNeAR dev example, no train or fixture article writes one; the train sentence's
    // comma made a colon)
    assert.deepStrictEqual(attributed(text.replace('Comey,', 'Comey:'), '"The thought'), { mention: 'Comey', rule: 'inverted cue opening the sentence' });
  });
  it('"Said X, who …, “…”"', () => {
    const text = 'The small pink home on Grand Avenue was recently renovated and turned into a museum. Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”';
    assert.deepStrictEqual(attributed(text, '“We were'), { mention: 'Dorothy Poynter', rule: 'inverted cue opening the sentence' });
  });
  it('the second piece of a quote split by "said X, …,"', () => {
    const text = '"This used to be Russia\'s back yard," said Raffaello Pantucci, director of International Security Studies at the Royal United Services Institute in London, "but it is increasingly coming into China\'s thrall."';
    assert.deepStrictEqual(attributed(text, '"This used'), { mention: 'Raffaello Pantucci', rule: 'cue after the quote' });
    assert.deepStrictEqual(attributed(text, '"but it'), { mention: 'Raffaello Pantucci', rule: 'inverted cue opening the sentence' });
  });
});

describe('attribution rule: as clause', () => {
  it('"As X put it: …"', () => {
    const text = "As Professor Foner put it: ''The United States does a better job at accepting immigrants as Americans in the making.''";
    assert.deepStrictEqual(attributed(text, "''The United"), { mention: 'Professor Foner', rule: 'as clause' });
  });
  it('"As X put it, …" (PolNeAR train: HuffPost 2016-01-12)', () => {
    const text = '~ As Vulture put it, “Hello, it’s the Biebs.” Justin Bieber has finally dethroned Adele on the Billboard Hot 100.';
    assert.deepStrictEqual(attributed(text, '“Hello'), { mention: 'Vulture', rule: 'as clause' });
  });
  it('"As X reported, …"', () => {
    const text = 'As Politico reported, “ … if the Republican primary were held on this evening, and limited to Politics and Pies attendees, Trump would win, and handily.”';
    assert.deepStrictEqual(attributed(text, '“ … if'), { mention: 'Politico', rule: 'as clause' });
  });
  it('"As Owner’s X pointed out, …": the name past its possessive owner', () => {
    const text = 'As RealClearPolitics’ David Byler pointed out in December, “In the week before the 2016 convention, the delegates will have multiple opportunities to change it, so no GOP presidential campaign has to worry about getting delegate majorities in at least eight states.”';
    assert.deepStrictEqual(attributed(text, '“In the week'), { mention: 'David Byler', rule: 'as clause' });
  });
  it('not an "As" clause of time: the main clause\'s subject speaks (PolNeAR train: Politico 2016-07-25)', () => {
    const text = 'As the crowd began to chant, Silverman was joined on stage again by Minnesota Sen. Al Franken and joked, “Bernie or Bust people, you’re being ridiculous,” drawing loud jeers.\n';
    const q = attributed(text, '“Bernie or Bust');
    assert.strictEqual(q.mention, 'Silverman');
    assert.notStrictEqual(q.rule, 'as clause');
  });
});
