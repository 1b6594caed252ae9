import * as assert from 'assert';
import { findFigures } from '../../src/core/figures';
import { homeDollar } from '../../src/core/figures/homeDollar';

const units = (text: string) => findFigures(text).filter(f => /^(?:USD|CAD|AUD|NZD|SGD|GYD|TTD|FJD|BBD)$/.test(f.unit ?? '')).map(f => `${f.text}=${f.unit}`);

describe('figures: whose dollar a bare "$" is', () => {
  it('a story from a Canadian outlet or wire that names Canadian places: CAD (the CBC and Globe-style fixtures)', () => {
    const cbc = 'Rhiannon Blake · CBC News\n\nResidents of Galiano Island near Victoria say the ferry to Vancouver is late again.\n\n"It costs me $400 a month I don\'t have," she says.';
    assert.deepStrictEqual(units(cbc), ['$400=CAD']);
    const globe = 'Marie-Claude Tremblay-Wong Ottawa\n\nThe Finance Department estimates it will cost $4.2-billion a year. Ontario and Alberta objected.';
    assert.deepStrictEqual(units(globe), ['$4.2-billion=CAD']);
    // (a town written with its province's Canadian Press abbreviation is the wire's style too: a CP-style fixture)
    const cp = 'RCMP say they found about $2 million worth of stolen farm equipment near Rosthern, Sask. The machines came from Saskatchewan and Alberta, and Saskatoon court will hear the case.';
    assert.deepStrictEqual(units(cp), ['about $2 million=CAD']);
  });
  it('"per cent" and Commonwealth spellings with Australian places: AUD; an explicit "US$" stays USD', () => {
    const abc = 'Irrigators in New South Wales say buybacks cost about $2,800 per megalitre, 20 per cent less than in Queensland, and US$1,900 in California.';
    assert.deepStrictEqual(units(abc), ['about $2,800=AUD', 'US$1,900=USD']);
    // ("US cents" stay USD too: ca-globe-rob-markets-loonie)
    const globe = 'The Globe and Mail: Toronto and Montreal stocks fell 1.6 per cent and the loonie traded at 69.82 US cents in Ottawa, costing importers $14.6-billion.';
    assert.deepStrictEqual(units(globe), ['69.82 US cents=USD', '$14.6-billion=CAD']);
    // (and the other side of a change from a US amount in its sentence: "69.82 US cents, down from 70.64 cents")
    assert.deepStrictEqual(units(globe.replace('US cents in Ottawa', 'US cents, down from 70.64 cents, in Ottawa. It had $5, up from $4')),
      ['69.82 US cents=USD', '70.64 cents=USD', '$5=CAD', '$4=CAD', '$14.6-billion=CAD']);
  });
  it('a New Zealand outlet, or "per cent" with New Zealand places: NZD', () => {
    const herald = 'By Thomas Coughlan\n\nThe Government will spend $3.8b building homes in Auckland and Porirua, Housing Minister Chris Bishop told RNZ.';
    assert.deepStrictEqual(units(herald), ['$3.8b=NZD']);
    assert.strictEqual(homeDollar('Rents in Wellington rose 6 per cent, Stats NZ said; half a million New Zealanders rent, paying $620 a week.'), 'NZD');
    // ("programme", a Commonwealth spelling: nz-rnz-school-lunch-contracts)
    assert.deepStrictEqual(units('The Ka Ora, Ka Ako programme was changed to cut its cost from about $8 a meal, with meals cooked in Auckland and trucked to Northland.'), ['about $8=NZD']);
  });
  it('a Singapore outlet, or "per cent" with Singapore places: SGD (sg-straitstimes-rts-link-fares, sg-straits-times-mrt-disruption)', () => {
    const st = 'SINGAPORE - The link to Woodlands North will cost S$1.2 billion, and 20 per cent of riders will switch. "If the train costs around $6, I will take it," said a Singapore commuter.';
    assert.deepStrictEqual(units(st), ['S$1.2 billion=SGD', 'around $6=SGD']);
  });
  it('a Guyanese outlet with Guyanese places: GYD (gy-stabroeknews-mahaica-flooding, probes-mm)', () => {
    const sn = 'Farmers along the Mahaica River told Stabroek News they lost about $600,000 in seeds; the government will provide $250 million to farmers in Mahaica and Berbice.';
    assert.deepStrictEqual(units(sn), ['about $600,000=GYD', '$250 million=GYD']);
  });
  it('Commonwealth spelling with Trinidad places, or a Trinidad outlet: TTD; "TT$" is TTD anywhere (tt-express-felicity-water-protest, s34)', () => {
    const express = 'RESIDENTS of Felicity, Chaguanas, blocked the road. "The Authority apologises for the inconvenience," the release said. She spent more than $1,200 on water; the Government approved $450 million for Central Trinidad.';
    assert.deepStrictEqual(units(express), ['more than $1,200=TTD', '$450 million=TTD']);
    assert.deepStrictEqual(units('Flour rose to TT$45 a bag.'), ['TT$45=TTD']);
    // (a US story about Trinidad writes "percent" and no Commonwealth spelling: its "$" stays USD)
    assert.deepStrictEqual(units('Trinidad and Tobago will sell $500 million in bonds, 6 percent more than in Port of Spain last year.'), ['$500 million=USD']);
  });
  it('a Fijian outlet with Fijian places: FJD (fj-fijitimes-nabukadra-relocation, s34)', () => {
    const ft = 'By Litiana Waqa\n\nVILLAGERS of Nabukadra in Ra say each household was given $3200, and the relocation will cost about $9.6 million, the Fiji Times understands.';
    assert.deepStrictEqual(units(ft), ['$3200=FJD', 'about $9.6 million=FJD']);
    // (Fijians named abroad: a Toronto Star-style probe's cricketers, ca-star-scarborough-cricket, stay Canadian)
    const star = 'The club, founded by Fijians from Suva and Fiji-born players, won 20 per cent more games; Ontario gave about $1.2 million to Toronto and Toronto clubs.';
    assert.deepStrictEqual(units(star), ['about $1.2 million=CAD']);
  });
  it('a Barbados outlet with Barbadian places: BBD (bb-nationnews-electric-buses-parts, s34)', () => {
    const nation = 'Commuters in St Philip and St Lucy wait two hours. "We do not have a controller board that costs about $18 000 each," the manager told the DAILY NATION. The fare in Barbados remains $3.50.';
    assert.deepStrictEqual(units(nation), ['about $18 000=BBD', '$3.50=BBD']);
    // (Kenya's Daily Nation, in its own case, is no Barbados outlet)
    assert.strictEqual(homeDollar('Kenya will borrow $1 billion, the Treasury told the Daily Nation.'), undefined);
  });
  it('an Eastern Caribbean outlet or places with Commonwealth writing: XCD (vc-iwnews-kingstown-market-fees, probes-uu)', () => {
    const iw = 'KINGSTOWN, St Vincent – A table will cost EC$12 a day, the board said, a 140 per cent rise. "If the government can find millions, it can keep a table at five dollars," the statement said, iWitness News understands.';
    assert.deepStrictEqual(findFigures(iw).filter(f => f.kind === 'money').map(f => `${f.text}=${f.unit}`), ['EC$12=XCD', 'five dollars=XCD']);
    // (a US story about Antigua writes "percent": its "$" stays USD)
    assert.strictEqual(homeDollar('Antigua and Barbuda will borrow $50 million, 3 percent more than last year, officials in St. John\'s said.'), undefined);
  });
  it('US news stays USD, also about Canada: "percent", no outlet line, more US places (PolNeAR: a New York Times story on British Columbia\'s carbon tax)', () => {
    const nyt = 'British Columbia put a $30 tax on carbon. Vancouver and Victoria thrived, and 60 percent of voters in British Columbia like it. Ontario may follow.';
    assert.deepStrictEqual(units(nyt), ['$30=USD']);
    assert.strictEqual(homeDollar('The senator from Iowa said the $2 billion plan would help New York, Ohio and Toronto.'), undefined);
    // (a Canadian place named once, even with "per cent", is no sign of where the story was written)
    assert.strictEqual(homeDollar('Prices rose 3 per cent in Toronto, to $500.'), undefined);
  });
  it('the country and its people count as its places (ca-globe-rob-airline-earnings, au-abc-court-sentence, 38th session)', () => {
    // (three US states to the Calgary carrier's three Canadian places was a tie, read as USD)
    assert.strictEqual(homeDollar('The Calgary-based airline earned $38-million. Calgary analysts agreed. "Canadians are still travelling. They are just choosing Mexico over Florida and Arizona," she said.'), 'CAD');
    assert.strictEqual(homeDollar('A former aged care manager who stole more than $410,000 from residents was jailed in Melbourne. "Older Australians deserve better," the judge said of the centre.'), 'AUD');
    // (a US story writes "percent": "Canadians" do not make its "$" Canadian)
    assert.strictEqual(homeDollar('Canadians in Toronto paid $40 more, 5 percent above what Canada charged last year.'), undefined);
  });
});
