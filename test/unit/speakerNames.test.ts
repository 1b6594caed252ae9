/** Speaker names a reader sees at once: no place, outlet or quoted words glued on, a body's words kept (PolNeAR train). */
import * as assert from 'assert';
import { kindOfName } from '../../src/core/people/canonical';
import { cleanName } from '../../src/core/people/personName';
import { analyzeText } from '../../src/core';
import { speakerOf } from './helpers';

describe('speaker names: what is glued on and what is kept', () => {
  it('a place before a role before a name leaves the name ("San Francisco Supervisor Jane Kim")', () => {
    const text = 'The fundraising email to his supporters notes that San Francisco Supervisor Jane Kim, who is running for the state Senate, “is a civil rights attorney who’s fought for affordable housing and fair wages in her city.”';
    assert.strictEqual(speakerOf(text, '“is a civil')?.name, 'Jane Kim');
    assert.strictEqual(cleanName('San Francisco Supervisor Jane Kim'), 'Jane Kim');
    // (a place alone stays a place: "Puerto Rico", not "Rico")
    assert.strictEqual(cleanName('Puerto Rico'), 'Puerto Rico');
  });
  it('a body keeps its words ("The American Legion", not "Legion")', () => {
    const text = 'The American Legion has asked the campaign of Democratic presidential candidate Bernie Sanders to “cease and desist” from using the organization’s emblem in campaign fliers.';
    assert.strictEqual(speakerOf(text, '“cease')?.name, 'American Legion');
    assert.strictEqual(kindOfName('The American Legion'), 'organization');
  });
  it('an outlet and its place is a body, never a person ("POLITICO Massachusetts")', () => {
    assert.strictEqual(kindOfName('POLITICO Massachusetts'), 'organization');
    const text = '“This charter school question is a wolf in sheep’s clothing,” Tolman told POLITICO Massachusetts earlier this week.\n\nWalz approaches it a bit more diplomatically. She said she\'d rather see money spent to elect Hillary Clinton.';
    const named = analyzeText('x', text).quotes.map(q => q.speaker?.name);
    assert.ok(!named.includes('POLITICO Massachusetts'), JSON.stringify(named));
  });
  it('no name runs out of a quotation into the noun after it (\'"We are Orlando" T-shirts\')', () => {
    const text = 'Orlando was not far from the thoughts of celebrants, with many marchers and spectators chanting "We are Orlando" and "Disarm hate."\n\nIn downtown San Francisco, a group dressed in "We are Orlando" T-shirts marched in silence.';
    const named = analyzeText('x', text).quotes.map(q => q.speaker?.name ?? '');
    assert.ok(!named.some(n => n.includes('T-shirts')), JSON.stringify(named));
  });
});
