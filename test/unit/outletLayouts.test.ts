/** Layouts and names of Canadian, British and Australian outlets (#12, "other outlets"): one sentence each from test/fixtures/outlets. */
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { directQuotes } from './helpers';

const read = (text: string) => directQuotes(text).map(q => [q.text, q.speaker?.name ?? null]);
const speakers = (text: string) => analyzeText('x', text).quotes.filter(q => q.kind !== 'indirect').map(q => q.speaker?.name ?? null);

describe('other outlets: single-quote headlines above a body in double marks', () => {
  it("a quote opening a deck, then ', chief says', is the chief's the body names", () => {
    const text = "Sask. First Nation says new water plant will end 20-year boil advisory\n\n'We have waited long enough,' chief says as construction begins\n\nChildren have never been able to drink from a tap at home.\n\n\"We have waited long enough,\" says Chief Dolores Kaye-Standingready of the Red Willow Cree Nation.";
    assert.deepStrictEqual(read(text), [
      ["'We have waited long enough,'", 'Dolores Kaye-Standingready'],
      ['"We have waited long enough,"', 'Dolores Kaye-Standingready'],
    ]);
  });
  it('a headline quote before a colon that a body quote repeats is that quote\'s speaker\'s ("‘It’s a mess’: Riders fume")', () => {
    const text = '‘It’s a mess’: Riders fume as Eglinton line delayed again\n\nToronto transit riders vented their frustration Thursday.\n\n“It’s a mess,” said Kiran Baptiste-Holloway, who has commuted along Eglinton Ave. for nine years.';
    assert.deepStrictEqual(read(text), [['‘It’s a mess’', 'Kiran Baptiste-Holloway'], ['“It’s a mess,”', 'Kiran Baptiste-Holloway']]);
  });
  it("a title or a term in single marks in a headline stays no quote ('SNL' has fun …, calls … ‘stupid’)", () => {
    assert.deepStrictEqual(read("'SNL' has fun with Clinton's struggles\n\nThe show opened with a sketch. \"It was fun,\" said Kate McKinnon."), [['"It was fun,"', 'Kate McKinnon']]);
    const calderon = 'Former Mexico leader Calderon calls Trump’s idea for border wall ‘stupid’\n\nMEXICO CITY — Former Mexican President Felipe Calderon said: “It is stupid.”';
    assert.deepStrictEqual(read(calderon).map(([q]) => q), ['“It is stupid.”']);
  });
});

describe('other outlets: names and roles', () => {
  it('"said the ROLE, NAME." — the name in apposition speaks, not the role nor the owner of "its"', () => {
    const shadow = "The Conservatives said Labour was under pressure.\n\n'The two-child limit is about fairness,' said the shadow work and pensions secretary, Hilary Whitfield-Burns. 'Families in work have to make choices.'";
    assert.deepStrictEqual(speakers(shadow), ['Hilary Whitfield-Burns', 'Hilary Whitfield-Burns']);
    const chair = 'Campaign group Friends of the Kent said it would push for the money to be spent on the river.\n\n"A fine that goes to the Treasury does nothing for the fish," said its chair, Dr Owen Brathwaite-Ure.';
    assert.deepStrictEqual(speakers(chair), ['Owen Brathwaite-Ure']);
  });
  it('a surname with a particle keeps the given name ("de Grandpré said" → Anne-Marie de Grandpré; "Mr. Laporte de Montigny")', () => {
    const judge = "Justice Anne-Marie de Grandpré of Manitoba Court of King's Bench handed down the sentence Friday.\n\n\"No sentence this court can impose will return what was taken,\" de Grandpré said.";
    assert.deepStrictEqual(speakers(judge), ['Anne-Marie de Grandpré']);
    const actuary = 'Pension experts said the vote would settle little.\n\nJean-Pierre Laporte de Montigny, a former CPP actuary, said the law was clear.\n\n“A referendum tells you what Albertans want,” Mr. Laporte de Montigny said.';
    assert.deepStrictEqual(speakers(actuary), ['Jean-Pierre Laporte de Montigny']);
  });
  it('Canadian ranks and hyphenated titles are no part of the name ("Coun.", "Const.", "Vice-Chief")', () => {
    assert.deepStrictEqual(speakers('"Nadia did everything right," said Coun. Shelby Rollings-Dhillon, who represents the area.'), ['Shelby Rollings-Dhillon']);
    assert.deepStrictEqual(speakers('"If you\'ve been drinking, don\'t drive," said Const. Dani McKinnon-Ferland.'), ['Dani McKinnon-Ferland']);
    assert.deepStrictEqual(speakers('FSIN Vice-Chief Alys Bearchild-Cardinal spoke after the ceremony.\n\n"Kakisiwew Plains should not have had to fight this hard," Bearchild-Cardinal said.'), ['Alys Bearchild-Cardinal']);
  });
});
