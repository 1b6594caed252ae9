/**
 * Whose dollar a bare "$" is. News written in Canada, Australia (and Nauru and Tuvalu), New Zealand, Singapore, Guyana, Trinidad and Tobago, Fiji, Barbados, the Bahamas, Solomon Islands, Bermuda or the Eastern Caribbean writes its own dollar as "$" ("$4.2-billion a year",
 * "about $2,800 per megalitre"), and Chilean news its peso ("almost $1,700 a day"), and a reader there would be misled by "USD". The article says where it was written by
 * its outlet or wire line ("CBC News", "The Canadian Press", "AAP", "Sydney Morning Herald"), or by writing as US news
 * never does — "per cent" (never "percent"), "$4.2-billion" (the Canadian style), Commonwealth spellings in lower case
 * ("neighbour", "centre", "cheque"), a town with its province's abbreviation ("Rosthern, Sask.") — while it names that country's provinces, states or cities more often than US
 * states. Without such signs a bare "$" stays USD (PolNeAR's US news and the figure scorer's convention; a New York
 * Times story about British Columbia's carbon tax stays USD). An explicit "US$", "U.S. dollars" or "American
 * dollars" is never changed.
 */
import type { Figure } from '../types';
import { namesPretested, pretested, type Pretested } from '../text/pretested';
import { CHANGE_BEFORE } from './carriedUnit';

/** A dollar other than the US one that an article's "$" may be. */
// (and the Chilean peso, whose sign "$" is: Chilean copy writes "US$" for the US dollar and "$" for its own money)
export type HomeDollar = 'CAD' | 'AUD' | 'NZD' | 'SGD' | 'GYD' | 'TTD' | 'FJD' | 'BBD' | 'BSD' | 'SBD' | 'BMD' | 'XCD' | 'JMD' | 'CLP';

/** Outlets and wire lines that say a story comes from the country. */
const OUTLETS: Readonly<Record<HomeDollar, RegExp>> = {
  CAD: /\b(?:The Canadian Press|\(CP\)|CBC News|CTV News|Global News|Globe and Mail|Toronto Star|National Post|Radio-Canada|HuffPost Canada|APTN|CityNews|Montreal Gazette|Vancouver Sun|Ottawa Citizen|Calgary Herald)\b/,
  AUD: /\b(?:Australian Associated Press|\(AAP\)|ABC Radio|Sydney Morning Herald|The Australian|SBS News|Guardian Australia|Courier-Mail|Herald Sun)\b/,
  // (and the outlets of the realm's islands that count in New Zealand dollars, Niue's and the Cook Islands')
  NZD: /\b(?:New Zealand Herald|NZ Herald|RNZ|Radio New Zealand|Stuff\.co\.nz|1News|TVNZ|Newshub|The Spinoff|Otago Daily Times|The Press|NZME|Niue Star|Television Niue|Cook Islands News)\b/,
  SGD: /\b(?:The Straits Times|Channel NewsAsia|CNA|The Business Times|Lianhe Zaobao)\b/,
  GYD: /\b(?:Stabroek News|Kaieteur News|Guyana Chronicle|Demerara Waves)\b/,
  // ("Newsday" alone is a Long Island paper too)
  TTD: /\b(?:Trinidad Express|Trinidad Guardian|Trinidad and Tobago Newsday|Guardian Media Limited|CNC3|TV6)\b/,
  FJD: /\b(?:Fiji Times|Fiji Sun|FBC News|Fijivillage|Fiji Village)\b/,
  // ("told the DAILY NATION": the Barbados Nation names itself in capitals; Kenya's "Daily Nation" does not)
  BBD: /\b(?:DAILY NATION|Nation News|Barbados Today|Barbados Advocate|CBC Barbados)\b/,
  // ("The Tribune" alone is a US paper's name too: its staff line is the Nassau paper's)
  BSD: /\b(?:Tribune Staff Reporter|Nassau Guardian|Bahamas Press|ZNS Bahamas)\b/,
  SBD: /\b(?:Solomon Star|Island Sun|Solomon Times|SIBC)\b/,
  BMD: /\b(?:Royal Gazette|Bernews|Bermuda Sun|ZBM News)\b/,
  XCD: /\b(?:iWitness News|Searchlight|St Vincent Times|Antigua Observer|OBSERVER media|SKNVibes|St Lucia Times|NOW Grenada|Dominica News Online)\b/,
  // ("The Gleaner" alone is a name elsewhere too: its staff line and its own names are Jamaica's)
  JMD: /\b(?:Jamaica Observer|Jamaica Gleaner|The Gleaner|Gleaner Staff|RJR News|Nationwide News Network|TVJ)\b/,
  // ("El Mercurio" is Cuenca's paper too: "Ordóñez Astudillo told El Mercurio", a Cuenca High Life-style probe from Ecuador,
  // test/fixtures/outlets ec-cuencahighlife-mazar-power-cuts.txt, probes-ff, whose US dollars were Chilean pesos)
  CLP: /\b(?:Santiago Times|BioBioChile|BioBio Chile|Cooperativa|La Tercera)\b/,
};
/** The dollars of HomeDollar, in OUTLETS' order: each one a country has outlets, places and a score for. */
const HOME_DOLLARS = Object.keys(OUTLETS) as HomeDollar[];
/** OUTLETS run only on a text that holds one of the outlet's names (namesPretested): most texts hold none. */
const OUTLET_TESTS = Object.fromEntries(HOME_DOLLARS.map(code => [code, namesPretested(OUTLETS[code])])) as Record<HomeDollar, Pretested>;
/**
 * Provinces, states and cities of the country whose names are no other country's ("Victoria" and "Perth" are left out).
 * A list with "B.C." or a name that opens or ends on a letter beyond ASCII ("Ñuñoa", "Maipú") is bound by (?<!\w) and
 * (?!\w), not by \b, a bound of ASCII word characters that never falls there: ca-narwhal-foi-logging's "B.C." was never
 * counted, and its "more than $30 million" was US dollars.
 */
const PLACES: Readonly<Record<HomeDollar, RegExp>> = {
  // (the country and its people too: "Canadians are still travelling. They are just choosing Mexico and the Caribbean
  // over Florida and Arizona", a Globe and Mail-style probe, test/fixtures/outlets ca-globe-rob-airline-earnings.txt,
  // whose "$38-million" from Calgary was US dollars by three US states to three Canadian places; "Australians" in an
  // ABC-style probe, au-abc-court-sentence.txt, whose "$410,000" stolen in Bendigo was US dollars by one place, Melbourne;
  // not the adjective: "$2.1-billion in Canadian dollars" is said where the "$" is not otherwise Canadian)
  CAD: /(?<!\w)(?:Canada|Canadians|Ontario|Quebec|Alberta|British Columbia|B\.C\.|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Prince Edward Island|Nunavut|Yukon|Ottawa|Toronto|Montreal|Vancouver|Calgary|Edmonton|Winnipeg|Halifax|Saskatoon|Regina)(?!\w)/g,
  // (and the islands that count in Australian dollars: Nauru and Tuvalu, "a typical household … will save about $21 a
  // month" in a Nauru Bulletin-style probe from Yaren, "a one-way deck fare from Funafuti to Nanumea … will rise from $58
  // to $72" in a Fenui News-style probe, probes-oo, test/fixtures/outlets nr-naurubulletin-nuc-solar-tariff.txt and
  // tv-fenuinews-outer-island-ship-fares.txt, whose dollars were US ones beside "A$38 million" and "AUD 2.4 million")
  // (and Australia's external territories, Norfolk Island and Christmas Island, "Petrol hits $3.42 a litre" in a Norfolk
  // Islander-style probe and "the price of a two-litre bottle of milk … reached $7.90" in an Islander-style one, s45-probes-ye,
  // test/fixtures/outlets nf-norfolkislander-fuel-shipping-delay.txt and cx-theislander-air-freight-food-prices.txt, read
  // as Australian only by the articles' "Australians", "Brisbane" or "Australian Bureau of Statistics"; "Norfolk" alone
  // is an English county and a Virginian city)
  // (and the states' own adjectives, whose states are the country's places: "West Australians are waiting in the back of
  // ambulances", "told The West Australian", a West Australian-style probe from Perth, test/fixtures/outlets
  // au-westaustralian-ramping-record.txt, whose "$1.4 billion" of the State Government was US dollars by one "Australians";
  // "The Victorian Opposition's spokesman", an Age-style probe from Melbourne, au-age-creek-naming.txt, whose "$85,000" of
  // the council was US dollars by one "Melbourne"; "Victorian" alone is an era's adjective too)
  AUD: /\b(?:West(?:ern)? Australians?|Victorian (?:Government|Opposition|Premier|Parliament)|Australia|Australians|New South Wales|NSW|Queensland|Tasmania|South Australia|Western Australia|Northern Territory|Canberra|Sydney|Melbourne|Brisbane|Adelaide|Hobart|Nauru|Nauruans?|Yaren|Tuvalu|Tuvaluans?|Funafuti|Norfolk Island(?:ers?)?|Christmas Island(?:ers?)?|Flying Fish Cove|Cocos \(Keeling\) Islands|Cocos Islands)\b/g,
  // (and the realm's islands that count in New Zealand dollars, Niue, Tokelau and the Cook Islands: "Diesel has gone up to
  // $3.48 a litre", "the price in Rarotonga was about $2.95", a Niue Star-style probe from Alofi, "a 200-litre drum of
  // petrol will cost 85 dollars to ship, up from 76 dollars", a Tokelau Government-style one from Atafu, probes-xe,
  // test/fixtures/outlets nu-niuestar-fuel-prices.txt and tk-tokelaugov-ferry-fares.txt, whose dollars were US ones
  // beside "NZ$3.64" and "NZ$ 2,240")
  NZD: /\b(?:New Zealand(?:ers?)?|Aotearoa|Auckland|Wellington|Christchurch|Dunedin|Tauranga|Porirua|Rotorua|Waikato|Otago|Northland|Taranaki|Kiwis?|Niue(?:ans?)?|Alofi|Tokelau(?:ans?)?|Atafu|Nukunonu|Fakaofo|Cook Islands|Cook Islanders?|Rarotonga|Aitutaki)\b/g,
  // (a Straits Times-style probe, test/fixtures/outlets sg-straitstimes-rts-link-fares.txt: "If the train costs around $6,
  // I will take it", a commuter's Singapore dollars, among "S$7" and "S$1.2 billion")
  SGD: /\b(?:Singapore(?:ans?)?|Woodlands|Jurong|Tampines|Changi|Toa Payoh|Ang Mo Kio|Punggol|Sentosa)\b/g,
  // (a Stabroek News-style probe, test/fixtures/outlets gy-stabroeknews-mahaica-flooding.txt: "about $600,000 in seeds
  // and fertiliser", "$250 million to assist farmers", Guyana dollars as Guyanese papers write them)
  GYD: /\b(?:Guyan(?:a|ese)|Berbice|Demerara|Essequibo|Mahaica(?:ny)?|Corentyne|Bartica)\b/g,
  // (a Trinidad Express-style probe, test/fixtures/outlets tt-express-felicity-water-protest.txt: "she had spent more than
  // $1,200 on truck-borne water", "the Government had approved $450 million" in Chaguanas, Trinidad and Tobago dollars;
  // "San Fernando" and "Scarborough" are places elsewhere too)
  TTD: /\b(?:Trinidad(?:ians?)?|Tobago(?:nians?)?|Port of Spain|Port-of-Spain|Chaguanas|Arima|Couva|Point Fortin|Sangre Grande|Diego Martin|Tunapuna|Siparia|Caroni)\b/g,
  // (a Fiji Times-style probe, test/fixtures/outlets fj-fijitimes-nabukadra-relocation.txt: "$3200" a household's and
  // "about $9.6 million" the relocation's, Fijian dollars; "Ba" and "Ra", provinces, are words elsewhere, and "Fijians" are
  // named abroad too: a Toronto Star-style probe's cricketers, ca-star-scarborough-cricket.txt, whose dollars are Canadian)
  FJD: /\b(?:Fiji|Suva|Nadi|Lautoka|Labasa|Nausori|Savusavu|Sigatoka|Viti Levu|Vanua Levu|Taveuni|Kadavu)\b/g,
  // (a Nation-style probe, test/fixtures/outlets bb-nationnews-electric-buses-parts.txt: "a controller board that costs
  // about $18 000 each", "saved the board about $4 million in fuel costs", "The fare … remains $3.50", by the Weymouth
  // depot, in St Philip, St Lucy and Oistins; the other parishes' saints' names are places elsewhere too)
  BBD: /\b(?:Barbados|Barbadians?|Bajans?|Bridgetown|Speightstown|Holetown|Oistins|St\.? Lucy|St\.? Philip)\b/g,
  // (a Tribune-style probe, test/fixtures/outlets bs-tribune-eleuthera-farm-relief.txt: "a further $3 million in the
  // mid-year budget", "as much as $5 each in Nassau", Bahamian dollars beside "B$1.4 million"; "Nassau" alone is a New
  // York county too, which US places outnumber)
  BSD: /\b(?:Bahamas|Bahamians?|Nassau|New Providence|Eleuthera|Abaco|Grand Bahama|Exuma|Andros|Bimini)\b/g,
  // (a Solomon Star-style probe, test/fixtures/outlets sb-solomonstar-makira-copra-price.txt: "received just over
  // $1,000", "Form three fees alone are $1,500", Solomon Islands dollars beside "SBD$3.50")
  SBD: /\b(?:Solomon Islands?|Solomon Islanders?|Honiara|Malaita|Guadalcanal|Makira|Kirakira|Auki|Gizo|Choiseul|Temotu)\b/g,
  // (a Royal Gazette-style probe, test/fixtures/outlets bm-royalgazette-hamilton-parking.txt: "Parking in the City of
  // Hamilton will cost $2 an hour", "an extra $850,000 a year", Bermuda dollars beside "BD$1.2 million"; "Hamilton",
  // "Warwick", "Pembroke", "Devonshire" and "Southampton" are places elsewhere too)
  BMD: /\b(?:Bermuda|Bermudians?|Paget|Sandys|Smith's Parish)\b/g,
  // (the islands of the Eastern Caribbean dollar: an iWitness News-style probe, probes-uu, test/fixtures/outlets
  // vc-iwnews-kingstown-market-fees.txt, "it can find a way to keep a table at five dollars", the opposition's EC$5 beside
  // "EC$12"; "St George's" and "Dominicans" are others' too, and "Kingston" Jamaica's)
  XCD: /\b(?:St\.? Vincent|Vincentians?|Grenadines|Kingstown|Bequia|Antigua|Antiguans?|Barbuda|Dominica|Roseau|St\.? Kitts|Nevis|Kittitians?|Basseterre|St\.? Lucia|Saint Lucia|Castries|Grenada|Grenadians?|Carriacou|Montserrat|Anguilla)\b/g,
  // (a Santiago Times-style probe, probes-cc, test/fixtures/outlets cl-santiagotimes-red-fare-rise.txt: "That is almost
  // $1,700 a day", "she spends about $40,000 a month on transport", a commuter's Chilean pesos beside "US$1.2 billion";
  // "Santiago" alone is a Dominican and a Spanish city too, and "Chilean" the adjective of "Chilean pesos")
  // (a Jamaica Observer-style probe, s49-se, test/fixtures/outlets jm-observer-st-elizabeth-drought-farmers.txt: "losses in the
  // parish were estimated at $450 million (US$2.9 million)", "a farmer is paying $12,000 to $15,000 for a truckload of
  // water", Jamaican dollars beside "J$300 million"; "Kingston" is Ontario's and New York's too, "Manchester" and
  // "Westmoreland" England's, "St Catherine" Ontario's)
  JMD: /\b(?:Jamaica(?:ns?)?|Montego Bay|Spanish Town|Portmore|Ocho Rios|Mandeville|May Pen|Negril|Savanna-la-Mar|St\.? Elizabeth|St\.? Thomas, Jamaica|Clarendon|Trelawny)\b/g,
  CLP: /(?<!\w)(?:Chile|Chileans|Valparaíso|Valparaiso|Viña del Mar|Puente Alto|Las Condes|Maipú|Ñuñoa|Providencia|Antofagasta|Temuco|La Moneda)(?!\w)/g,
};
/**
 * The country's dollar written out with its own mark, a sign of where the article was written as an outlet's line is
 * (the Tokelau Government-style probe, probes-xe, test/fixtures/outlets tk-tokelaugov-ferry-fares.txt, names no outlet and
 * writes "percent", but prices its fares "NZ$ 295" and its budget "NZD 4.7 million" before "85 dollars to ship").
 */
const WRITTEN_HOME: Partial<Record<HomeDollar, RegExp>> = { NZD: /\bNZ\$|\bNZD\b/ };
/** Place names the article must hold (with a sign of where it was written) before "$" is that country's. */
const MIN_PLACES = 2;
/** An outlet's line counts as this many place names. */
const OUTLET_WEIGHT = MIN_PLACES;
const PER_CENT = /\bper cent\b/i;
const PERCENT = /\bpercent\b/i;
/** "$4.2-billion", "$600-million": a scale joined to the number by a hyphen, the Canadian Press and Globe and Mail style. */
const HYPHENED_SCALE = /\$\d[\d.,]*-(?:million|billion|trillion)\b/;
/**
 * A town and its province's Canadian Press abbreviation ("near Rosthern, Sask.", "Mississauga, Ont.-based", "Gander,
 * N.L."): the Canadian wire style, as the hyphened scale.
 */
const PROVINCE_ABBREVIATIONS = String.raw`Sask|Alta|Ont|Que|Man|N\.S|N\.B|B\.C|P\.E\.I|N\.L|Nfld|N\.W\.T`;
// (behind the abbreviation after a comma: the capital's \p{Lu} tried at every word of every text cost more)
const TOWN_AND_PROVINCE = pretested(new RegExp(`, (?:${PROVINCE_ABBREVIATIONS})\\.`), new RegExp(String.raw`\b\p{Lu}\p{Ll}+, (?:${PROVINCE_ABBREVIATIONS})\.`, 'u'));
/** Commonwealth spellings in lower case (a capitalised "Labour Party" or "Centre" is a name US news writes too; "Councillors voted" opening a sentence). */
// ("programme": "The Ka Ora, Ka Ako programme was changed last year to cut its cost from about $8 a meal to $3", an
// RNZ-style probe, test/fixtures/outlets nz-rnz-school-lunch-contracts.txt, whose dollars were US ones)
// ("apologises": "The Authority apologises for the inconvenience", the water authority's release in the Trinidad
// Express-style probe, tt-express-felicity-water-protest.txt)
const COMMONWEALTH_SPELLING = /\b(?:neighbour|colour|favour|labour|behaviour|centre|theatre|cheque|licence|programme|organis(?:e|ed|ation)|recognis(?:e|ed)|apologis(?:e|ed|ing)|[Cc]ouncillor)s?\b/;
/** US states, Congress and Washington: an article that names them as often is US news. */
const US_PLACES = /\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|Congress|Washington)\b/g;
/**
 * A figure that says its dollars are US ones (or its cents: "the Canadian dollar fell below 70 US cents", "The loonie
 * traded at 69.82 US cents", a Globe-style probe, test/fixtures/outlets ca-globe-rob-markets-loonie.txt, were CAD).
 */
export const US_DOLLAR_WRITTEN = /\bU\.?S\.?\s?\$|\bUSD\b|\bU\.?S\.? (?:dollars?|cents?)\b|\b(?:American|United States) (?:dollars?|cents?)\b/i;

/** How many times the global `re` matches `text`. */
export const countMatches = (re: RegExp, text: string): number => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
};

/** The one key scored highest above 0, with its score; undefined when none scores or two share the highest score. */
export function soleHighest<K>(scores: Iterable<readonly [K, number]>): { key: K; score: number } | undefined {
  let best: K | undefined, bestScore = 0, tie = false;
  for (const [key, score] of scores) {
    if (score > bestScore) { best = key; bestScore = score; tie = false; } else if (score === bestScore) tie = true;
  }
  return best !== undefined && !tie ? { key: best, score: bestScore } : undefined;
}

/** The dollar a bare "$" of `text` stands for, when the article shows it was written in a country of HomeDollar; else undefined (USD). */
export function homeDollar(text: string): HomeDollar | undefined {
  const writesAsNoUsOutlet = (PER_CENT.test(text) && !PERCENT.test(text)) || COMMONWEALTH_SPELLING.test(text);
  const scores: [HomeDollar, number][] = [];
  for (const code of HOME_DOLLARS) {
    const outlet = OUTLET_TESTS[code].test(text);
    if (!outlet && !writesAsNoUsOutlet && !WRITTEN_HOME[code]?.test(text) && !(code === 'CAD' && (HYPHENED_SCALE.test(text) || TOWN_AND_PROVINCE.test(text)))) continue;
    scores.push([code, countMatches(PLACES[code], text) + (outlet ? OUTLET_WEIGHT : 0)]);
  }
  const home = soleHighest(scores);
  return home && home.score >= MIN_PLACES && home.score > countMatches(US_PLACES, text) ? home.key : undefined;
}

/** How many characters before an amount CHANGE_BEFORE reads ("compared to Cruz’s "). */
const CHANGE_REACH = 40;
/** A sentence's or paragraph's end. */
const SENTENCE_MARK = /[.!?\n]/;

/**
 * Whether figures[i] is the other side of a change from a US amount right before it in its sentence ("The loonie traded
 * at 69.82 US cents, down from 70.64 cents on Wednesday", a Globe-style probe, test/fixtures/outlets
 * ca-globe-rob-markets-loonie.txt: US cents both, though the article's "$" is Canadian).
 */
function changeFromUsAmount(text: string, figures: readonly Figure[], i: number): boolean {
  const f = figures[i], g = figures[i - 1];
  return !!g && g.unit === 'USD' && US_DOLLAR_WRITTEN.test(g.text) && !SENTENCE_MARK.test(text.slice(g.end, f.start)) &&
    CHANGE_BEFORE.test(text.slice(Math.max(0, f.start - CHANGE_REACH), f.start));
}

/**
 * The figures with "USD" read as the article's home dollar where the figure does not write that its dollars are US ones
 * nor is the other side of a change from an amount that does.
 */
export function withHomeDollar(text: string, figures: Figure[]): Figure[] {
  if (!figures.some(f => f.unit === 'USD')) return figures;
  const home = homeDollar(text);
  if (!home) return figures;
  return figures.map((f, i) => (f.unit === 'USD' && !US_DOLLAR_WRITTEN.test(f.text) && !changeFromUsAmount(text, figures, i) ? { ...f, unit: home } : f));
}
