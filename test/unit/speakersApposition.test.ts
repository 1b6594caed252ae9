/** Speakers around appositions and "of" phrases, on sentences from PolNeAR train. */
import * as assert from 'assert';
import { analyzeQuotes } from '../../src/core/quotes';

const speakerOf = (text: string, quoteStart: string) => {
  const q = analyzeQuotes(text).quotes.find(x => x.text.startsWith(quoteStart));
  assert.ok(q, `quote ${quoteStart} found`);
  return q.speaker;
};

describe('speakers: appositions and "of" phrases', () => {
  it('a name before an apposition beats the place named inside it', () => {
    const text = "''That was a good speech you gave last night, Mr. President,'' Representative Steve Cohen, Democrat of Tennessee, told Mr. Obama as he stopped.";
    assert.strictEqual(speakerOf(text, "''That was")?.name, 'Steve Cohen');
  });
  it('the name in the apposition still speaks when a description comes first', () => {
    const text = "Russia's foreign minister, Sergei Lavrov, said: \"We will not allow it.\"";
    assert.strictEqual(speakerOf(text, '"We will')?.name, 'Sergei Lavrov');
  });
  it('"X of the Y wrote" is X, not the institute', () => {
    const text = "''Such policies do not work in an age of high inequality and heavy debt,'' James Pethokoukis of the American Enterprise Institute wrote recently.";
    assert.strictEqual(speakerOf(text, "''Such")?.name, 'James Pethokoukis');
  });
  it('a capitalised adjective opening a sentence is no speaker name ("Legal observers note")', () => {
    const text = 'Legal observers note the White House wouldn’t truly “close” the prison, but rather move people into the United States.';
    const sp = speakerOf(text, '“close”');
    assert.ok(!sp || text.slice(sp.start, sp.end).includes('observers'), JSON.stringify(sp));
  });
});
