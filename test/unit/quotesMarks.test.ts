/** Quotation styles other than the American double marks (issue #12, layouts and marks), one real sentence each. */
import * as assert from 'assert';
import { analyzeQuotes } from '../../src/core/quotes';

const read = (text: string) => analyzeQuotes(text).quotes.map(q => [q.text, q.speaker?.name ?? null]);

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
  it('a single-marked title or term is no quote (Bradley Cooper upset ‘American Sniper’ fans)', () => {
    assert.deepStrictEqual(read('Bradley Cooper upset ‘American Sniper’ fans by attending DNC.'), []);
    assert.deepStrictEqual(read("Trailing, Cruz lobs 'Hail Carly' pass."), []);
  });
  it('single marks inside double ones stay part of the double quote', () => {
    assert.deepStrictEqual(read("''When I said, 'No boots on the ground,' I think the American people understood,'' he said.").map(([q]) => q), ["''When I said, 'No boots on the ground,' I think the American people understood,''"]);
  });
});
