// people/portfolio.ts: a title's portfolio read on tokens, the one reader of the quote rules' names and reported
// speech's sources (the example sentences of its header).
import * as assert from 'assert';
import { tokenize, type Tok } from '../../src/core/quotes/tokens';
import { reported, speakerOf } from './helpers';
import { holderAfterPortfolio, officeWritten, pastPortfolio, pastSecondDepartment, portfolioAfterTitle, portfolioBeforeTitle, portfolioList, titledPortfolioReach, titleBeforePortfolio } from '../../src/core/people/portfolio';

/** The tokens of a sentence and the index of a word among them. */
function read(text: string): { toks: Tok[]; at: (word: string) => number } {
  const toks = tokenize(text);
  return { toks, at: word => { const k = toks.findIndex(t => t.t === word); assert.ok(k >= 0, word); return k; } };
}

describe('people/portfolio.ts: a title\'s portfolio and its holder', () => {
  it('finds the holder after a portfolio of two departments, not after a title of one (CNA-style probe; PolNeAR\'s sources)', () => {
    const cna = read('Minister of State for Sustainability and the Environment Baey Yam Keng-Soh said tray-return rates stayed high.');
    assert.strictEqual(holderAfterPortfolio(cna.toks, 0, cna.at('said')), cna.at('Baey'));
    const one = read('former Secretary of State Hillary Clinton said the shooting demanded action.');
    assert.strictEqual(holderAfterPortfolio(one.toks, 0, one.at('said')), -1);
  });
  it('finds the title before a portfolio that a run opens inside ("Federal Minister for Science and | Technology Ahsan Malik")', () => {
    const { toks, at } = read('Federal Minister for Science and Technology Ahsan Malik said the plan was ready.');
    assert.strictEqual(titleBeforePortfolio(toks, at('Technology')), at('Minister'));
    assert.ok(portfolioAfterTitle(toks, at('Science')));
    assert.ok(!portfolioAfterTitle(toks, at('said')));
  });
  it('passes a second department after "and" and a portfolio after its link (Korea Herald-, TODAY- and Express Tribune-style probes)', () => {
    const kr = read('Minister of Health and Welfare Jeong Hye-rim said talks would resume.');
    assert.strictEqual(pastSecondDepartment(kr.toks, kr.at('Health'), kr.at('said')), kr.at('Jeong'));
    // (a second department of two words, an MIA-style probe, probes-ww, was "Planning Bujar …")
    const mk = read('Minister of Environment and Physical Planning Bujar Rexhepi-Shaqiri said the subsidy would help.');
    assert.strictEqual(pastSecondDepartment(mk.toks, mk.at('Environment'), mk.at('said')), mk.at('Bujar'));
    // (a list of departments set off by commas before its "and", a Prishtina Insight-style probe, probes-yy, was ", Entrepreneurship …")
    const xk = read('Minister of Industry, Entrepreneurship and Trade Drita Berisha-Gashi said prices were watched.');
    assert.strictEqual(pastSecondDepartment(xk.toks, xk.at(','), xk.at('said')), xk.at('Drita'));
    // (the reach of a tail that opens on a title and its portfolio: past the portfolio and the holder's name, to the cue)
    const tail = read('Minister of Environment and Physical Planning Bujar Rexhepi-Shaqiri announced on Wednesday.');
    assert.ok(titledPortfolioReach(tail.toks, 0, tail.toks.length) >= tail.at('announced'));
    assert.strictEqual(titledPortfolioReach(read('Households will get more.').toks, 0, 4), 0);
    const sg = read('Minister of State for Home Affairs Ng Hui Ling said the bill was needed.');
    assert.strictEqual(pastPortfolio(sg.toks, sg.at('for'), sg.at('said')), sg.at('Ng'));
    const pk = read('Federal Minister for National Food Security and Research Rana Zia-ur-Rehman said wheat stocks were ample.');
    assert.strictEqual(pastPortfolio(pk.toks, pk.at('for'), pk.at('said')), pk.at('Rana'));
  });
  it('reads a department named by the list of its portfolios, and a portfolio before a minister\'s title', () => {
    const ca = read('Officials at Immigration, Refugees and Citizenship Canada said the backlog had shrunk.');
    assert.deepStrictEqual(portfolioList(ca.toks, ca.at('Citizenship'), ca.at('said')), { i: ca.at('Immigration'), j: ca.at('said') });
    const nu = read('Community and Government Services Minister David Akeeagok-Snow said the work would finish in June.');
    assert.ok(portfolioBeforeTitle(nu.toks, nu.at('Government'), nu.at('said')));
    const ru = read('Kerry and Russian Foreign Minister Sergei Lavrov said the talks would go on.');
    assert.ok(!portfolioBeforeTitle(ru.toks, ru.at('Russian'), ru.at('said')));
  });
  it('reads the list on from a run that opens on the ministry\'s head and "of" (ca-star-group-home-documents, ro-romaniainsider-bucharest-heating-price)', () => {
    const ca = read('In an emailed statement, the Ministry of Children, Community and Social Services said it takes every report seriously.');
    assert.deepStrictEqual(portfolioList(ca.toks, ca.at('Ministry'), ca.at('Children') + 1), { i: ca.at('Ministry'), j: ca.at('said') });
    const ro = read('The Ministry of Development, Public Works and Administration (MDLPA) said in a statement that the government would pay.');
    assert.deepStrictEqual(portfolioList(ro.toks, ro.at('Ministry'), ro.at('Development') + 1), { i: ro.at('Ministry'), j: ro.at('(') });
    // (not past a body's name beside it, nor on past an "and" with no comma)
    const un = read('The Ministry of Health, Oxfam and UNICEF said they would help.');
    assert.deepStrictEqual(portfolioList(un.toks, un.at('Ministry'), un.at('Health') + 1), { i: un.at('Ministry'), j: un.at('Health') + 1 });
    const bn = read('The agreement was signed at the Ministry of Primary Resources and Tourism yesterday.');
    assert.deepStrictEqual(portfolioList(bn.toks, bn.at('Ministry'), bn.at('Resources') + 1), { i: bn.at('Ministry'), j: bn.at('Resources') + 1 });
  });
  it('a later "the ministry" is the whole ministry the list named, not its first portfolio\'s (ca-star-group-home-documents: was "Ministry of Children")', () => {
    const r = reported('In an emailed statement, the Ministry of Children, Community and Social Services said it takes every report of harm seriously.\n\nThe ministry did not say why the 2024 recommendation had been overruled.');
    assert.deepStrictEqual(r.map(x => x.speaker), ['Ministry of Children, Community and Social Services', 'Ministry of Children, Community and Social Services']);
  });
  it('a list whose last portfolio has its article after the "and" is read whole, the later "the Department" too (nf-norfolkislander-fuel-shipping-delay, cx-theislander-air-freight-food-prices: were "Sport and the Arts", "Department of Infrastructure")', () => {
    const dept = 'Department of Infrastructure, Transport, Regional Development, Communications, Sport and the Arts';
    const nf = reported(`The Administrator said the ${dept} had asked the contractor for a report.\n\nThe ${dept} said in a statement that it was considering the request.`);
    assert.deepStrictEqual(nf.slice(-1).map(x => x.speaker), [dept]);
    const cx = reported(`Shire calls for freight subsidy\n\nShire President Cr Faisal bin Hamzah told the Council's meeting on Tuesday that families were paying more.\n\nHe said the Shire had written to the Minister for Regional Development, Local Government and Territories and to the ${dept}, asking for a freight subsidy.\n\nThe Department said in a statement that it was considering the Shire's request.`);
    // (the department, whole or as "the Department" names it, no longer its first portfolio's "Department of Infrastructure")
    assert.ok([dept, 'Department'].includes(cx[cx.length - 1].speaker ?? ''), String(cx[cx.length - 1].speaker));
    const { toks, at } = read(`The ${dept} said the levy would stay.`);
    assert.deepStrictEqual(portfolioList(toks, at('Arts'), at('Arts') + 1), { i: at('Department'), j: at('Arts') + 1 });
    // (not two portfolios alone, nor two bodies joined, nor an article after a comma: read as they were)
    const two = read('The Ministry of Sustainability and the Environment said the levy would stay.');
    assert.deepStrictEqual(portfolioList(two.toks, two.at('Environment'), two.at('Environment') + 1), { i: two.at('Environment'), j: two.at('Environment') + 1 });
    const bodies = read('Teachers unions and both the American Federation of Teachers and the National Education Association endorsed her.');
    assert.deepStrictEqual(portfolioList(bodies.toks, bodies.at('National'), bodies.at('Association') + 1), { i: bodies.at('National'), j: bodies.at('Association') + 1 });
    const comma = read('The Department of Climate Change, Energy, the Environment and Water said the levy would stay.');
    assert.deepStrictEqual(portfolioList(comma.toks, comma.at('Environment'), comma.at('Environment') + 1), { i: comma.at('Environment'), j: comma.at('Environment') + 1 });
  });
  it('an office written whole, a portfolio of several departments and no holder\'s name, is read whole as a body\'s name is (was "Economy", "Secretary", "Minister for Foreign Affairs")', () => {
    assert.ok(officeWritten(['Minister', 'of', 'Fisheries', 'and', 'Maritime', 'Economy']));
    assert.ok(officeWritten('Secretary of State for Environment, Food and Rural Affairs'.split(' ')));
    assert.ok(!officeWritten(['Minister', 'of', 'Fisheries']));
    assert.ok(!officeWritten('Minister of Health and Welfare Jeong Hye-rim'.split(' ')));
    const speakers = (text: string) => reported(`Port season set\n\n${text}`).map(x => x.speaker);
    assert.deepStrictEqual(speakers('The Minister of Fisheries and Maritime Economy said that the season would open on 1 May.'), ['Minister of Fisheries and Maritime Economy']);
    assert.deepStrictEqual(speakers('The Secretary of State for Environment, Food and Rural Affairs said that farmers would be paid.'), ['Secretary of State for Environment, Food and Rural Affairs']);
    assert.deepStrictEqual(speakers('The Secretary of State for Environment and Rural Affairs said that farmers would be paid.'), ['Secretary of State for Environment and Rural Affairs']);
    assert.deepStrictEqual(speakers('The Minister for Foreign Affairs and Trade said that talks would resume.'), ['Minister for Foreign Affairs and Trade']);
    assert.deepStrictEqual(speakers('The Minister of Environment, Food and Rural Affairs said that farmers would be paid.'), ['Minister of Environment, Food and Rural Affairs']);
    assert.strictEqual(speakerOf('Talks\n\n"Talks will resume," said the Minister for Foreign Affairs and Trade.', '"Talks')?.name, 'Minister for Foreign Affairs and Trade');
    assert.strictEqual(speakerOf('Farms\n\n"Farmers will be paid," the Secretary of State for Environment, Food and Rural Affairs said.', '"Farmers')?.name, 'Secretary of State for Environment, Food and Rural Affairs');
    // (bodies read whole as before)
    assert.deepStrictEqual(speakers('The Ministry of Trade and Industry said that exports rose. The Department of Health and Social Care said that waiting lists fell.'), ['Ministry of Trade and Industry', 'Department of Health and Social Care']);
  });
  it('an office named in full with its holder and later shortened, or written in full again with no name, is its holder (mr-ami-nouadhibou-octopus-season, gw-odemocrata-cashew-farmgate-price: were the office)', () => {
    const text = 'Port season set\n\nThe Minister of Fisheries and Maritime Economy, Sidi Ould Brahim, visited the port on Monday. The Minister of Fisheries and Maritime Economy said that the season would open on 1 May.\n\n'
      + '"We expect a good catch," the Minister of Fisheries said.\n\nThe Minister of Fisheries said that boats would be checked.';
    assert.deepStrictEqual(reported(text).map(x => x.speaker), ['Sidi Ould Brahim', 'Sidi Ould Brahim']);
    assert.strictEqual(speakerOf(text, '"We expect')?.name, 'Sidi Ould Brahim');
    // (and the office in lower case, as before: "the fisheries minister")
    const lower = 'Port season set\n\nThe Minister of Fisheries and Maritime Economy, Sidi Ould Brahim, visited the port on Monday.\n\nThe fisheries minister said that boats would be checked.';
    assert.deepStrictEqual(reported(lower).map(x => x.speaker), ['Sidi Ould Brahim']);
    const gw = 'Cashew price set\n\nThe announcement was made by the Minister of Commerce and Industry, Eng. Aladje Mamadu Baldé, on Wednesday.\n\nThe Minister of Commerce said that a fund of 2 billion francs CFA would be created.';
    assert.deepStrictEqual(reported(gw).map(x => x.speaker), ['Aladje Mamadu Baldé']);
    // (no holder when two people held an office whose portfolio opens so, nor a deputy's office)
    const two = 'Port season set\n\nThe Minister of Fisheries and Maritime Economy, Sidi Ould Brahim, visited the port on Monday. The Minister of Fisheries and Rural Development, Jean Dupont, visited it on Tuesday.\n\nThe Minister of Fisheries said that boats would be checked.';
    assert.deepStrictEqual(reported(two).map(x => x.speaker), ['Minister of Fisheries']);
    const deputy = 'Port season set\n\nThe Deputy Minister of Fisheries and Maritime Economy, Sidi Ould Brahim, visited the port on Monday.\n\nThe Minister of Fisheries said that boats would be checked.';
    assert.deepStrictEqual(reported(deputy).map(x => x.speaker), ['Minister of Fisheries']);
  });
});
