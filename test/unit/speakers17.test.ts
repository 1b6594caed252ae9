import * as assert from 'assert';
import { analyzeText } from '../../src/core';

const speakers = (text: string) => analyzeText('x', text).quotes.filter(q => q.kind !== 'indirect').map(q => q.speaker?.name ?? null);
const reports = (text: string): [string, string | null][] => analyzeText('x', text).quotes.filter(q => q.kind === 'indirect').map(q => [q.text, q.speaker?.name ?? null]);

describe('speakers17: names a reader sees wrong in the probes-tt copy', () => {
  it('"The official" after a paragraph naming one person of an executive office is that person (ma-mwn-sardine-prices-ramadan, ca-hilltimes-senate-pbo; people/track.ts executiveNamedBefore)', () => {
    const sardines = 'Secretary of State for Maritime Fisheries Zineb El Amrani told the House of Representatives on Tuesday that the rise was mainly the result of a decline in catches.\n\n'
      + '"Sardine landings fell by 38% last year compared with 2022," El Amrani said.\n\n'
      + 'The official explained that the ministry had extended the ban on sardine fishing by one month.';
    assert.deepStrictEqual(reports(sardines).map(([, source]) => source), ['Zineb El Amrani', 'Zineb El Amrani']);
    const committee = 'That did not satisfy Sen. Baljit Dhanoa, a Conservative from Alberta and a retired army colonel.\n\n'
      + 'The committee heard from Nadia Oyelaran, the department\'s assistant deputy minister for finance, who said the gap would close.\n\n'
      + 'Dhanoa asked Oyelaran how many procurement officers the department had hired since the plan was announced.\n\n'
      + 'The official said she did not have the number with her.\n\n'
      + '"With respect, that is the number," the former colonel said.';
    assert.strictEqual(reports(committee).find(([text]) => text.startsWith('she did not'))?.[1], 'Nadia Oyelaran');
    // (a part played in the past is the one person described so, not the official who spoke last)
    assert.deepStrictEqual(speakers(committee), ['Baljit Dhanoa']);
  });
  it('"the official" after an unnamed official stays that official', () => {
    const text = 'Finance Minister Tom Okafor-Reid said the budget was balanced.\n\nA senior official at the ministry, who spoke on condition of anonymity, said the numbers were fragile.\n\n"We are one bad harvest away from a deficit," the official said.';
    assert.notStrictEqual(speakers(text)[0], 'Tom Okafor-Reid');
  });
  it('a relative clause after a name\'s bracketed gloss is read past to the name: "Democratic Progressive Party (DPP) Legislator Tsai Pei-ling (蔡佩玲), who represents …, said" (tw-focustaiwan-typhoon-vegetable-prices; quotes/attribution/subjectBefore.ts)', () => {
    const taiwan = 'Democratic Progressive Party (DPP) Legislator Tsai Pei-ling (蔡佩玲), who represents a district in Kaohsiung, said the ministry had promised to pay the first relief funds within 10 days.';
    assert.deepStrictEqual(reports(taiwan).map(([, source]) => source), ['Tsai Pei-ling']);
    const senator = 'Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said Sanders has pushed the former secretary of state to be a stronger candidate.';
    assert.deepStrictEqual(reports(senator).map(([, source]) => source), ['Claire McCaskill']);
  });
  it('a description past the lede is no one the article names far after it ("“…,” the farmer said" before a farmer named 2,300 characters later; kz-astanatimes-grain-storage; people/track.ts DESCRIBED_AFTER_REACH)', () => {
    const filler = 'Officials met in the capital to discuss the railway timetable, the tariffs for the port and the loans for new storage. '.repeat(10);
    const text = 'Kazakh Farmers Struggle to Store Record Grain Harvest\n\nASTANA – Farmers in northern Kazakhstan are running out of storage space after a record harvest.\n\n'
      + '"I have 4,000 tonnes lying under tarpaulins in the field," said Yerbol Tasbolatuly, who farms 6,500 hectares near the town of Rudny.\n\n'
      + 'Tasbolatuly told The Astana Times that elevators in the area had stopped accepting grain at the end of August.\n\n'
      + '"They say they are full. But if you pay 3,500 tenge per tonne more, somehow there is space," the farmer said.\n\n'
      + `${filler}\n\nIn the village of Karasu, farmer Saule Zhaksylykova-Ivanova said she had sold part of her wheat to pay back a bank loan.`;
    assert.deepStrictEqual(speakers(text), ['Yerbol Tasbolatuly', 'Yerbol Tasbolatuly']);
  });
});
