/** Speakers around appositions and "of" phrases, on sentences from PolNeAR train. */
import * as assert from 'assert';
import { speakerOf } from './helpers';

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
  it('a party tag in parentheses stays with its name', () => {
    const a = 'After winning Ohio in the Republican presidential primary, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a convention hall.”';
    assert.strictEqual(speakerOf(a, '“I’m')?.name, 'John Kasich');
    const b = 'At a campaign rally Monday morning, Trump’s GOP primary rival Sen. Marco Rubio (R-Fla.) said Trump is “unelectable now.”';
    assert.strictEqual(speakerOf(b, '“unelectable')?.name, 'Marco Rubio');
  });
  it('a cue word used as a noun is no cue ("the Indiana state firefighters union")', () => {
    const text = "''He's the one guy who's saying what's on people's minds,'' Thomas Hanify, the president of the Indiana state firefighters union, said of his rank and file.";
    assert.notStrictEqual(speakerOf(text, "''He's")?.name, 'Indiana');
  });
  it('the subject of a participle is the sentence opener, not the object of its verb', () => {
    const text = "In 2016, Mrs. Schlafly endorsed Donald J. Trump for president, saying he had ''the courage and the energy'' to do it.";
    assert.strictEqual(speakerOf(text, "''the courage")?.name, 'Schlafly');
  });
  it('a place or body inside an earlier apposition is no speaker ("Mr. Daniloff, now 81 and retired in Cambridge, Mass., said")', () => {
    const a = "''I've been sitting in Siberia for a long time,'' Mr. Daniloff, now 81 and retired in Cambridge, Mass., said by telephone this week.";
    assert.strictEqual(speakerOf(a, "''I've")?.name, 'Daniloff');
    const b = 'Senator Richard Shelby, the Alabama Republican who heads the Senate Banking Committee, which oversees the Fed, said every pope was "both religious and political."';
    assert.strictEqual(speakerOf(b, '"both')?.name, 'Richard Shelby');
    const c = 'Clinton, during a town hall meeting in Columbus, Ohio, said she was "going to put a lot of coal miners out of business."';
    assert.strictEqual(speakerOf(c, '"going')?.name, 'Clinton');
  });
  it('a town and state in an apposition are no speaker ("Harry Bond, 30, of Raleigh, N.C., who was among those polled, said")', () => {
    const text = '"Donald Trump and (Texas Sen.) Ted Cruz scare me," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in a follow-up interview.';
    assert.strictEqual(speakerOf(text, '"Donald')?.name, 'Harry Bond');
  });
  it('a newspaper named in an apposition of a person is not the speaker; "said Clinton ally James Carville"; a long role before a body', () => {
    const text = "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said every pope was ''both religious and political.'' Once Thiel was revealed, a columnist for the tech news site Pando said he was ''utterly ashamed.'' “David is a longtime friend of mine,” said Clinton ally James Carville.";
    assert.strictEqual(speakerOf(text, "''both")?.name, 'Giovanni Maria Vian');
    assert.notStrictEqual(speakerOf(text, "''utterly")?.name, 'Pando');
    assert.strictEqual(speakerOf(text, '“David')?.name, 'James Carville');
  });
  it('"Stacy Baker of Columbia, South Carolina says" is Stacy Baker', () => {
    const text = 'Voters spoke. Stacy Baker of Columbia, South Carolina says she really thinks Cruz can pull off a win if he keeps “doing what he’s doing.”';
    assert.strictEqual(speakerOf(text, '“doing')?.name, 'Stacy Baker');
  });
  it('"The federal Member for Maranoa, NAME, said" is the name: the capitalised office after "The" and a modifier heads a description (an ABC-style probe)', () => {
    const text = 'The federal Member for Maranoa, Colin Dunstable-Wray, said he had raised the issue with the federal minister and would "keep pushing until the money flows".';
    assert.strictEqual(speakerOf(text, '"keep pushing')?.name, 'Colin Dunstable-Wray');
    const former = 'The former Minister for Roads, Colin Dunstable-Wray, said he would "keep going".';
    assert.strictEqual(speakerOf(former, '"keep going')?.name, 'Colin Dunstable-Wray');
  });
});
