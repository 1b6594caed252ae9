/**
 * Currencies: symbols before the number ("$1.5 billion", "£2.3bn", "US$5") and words after it
 * ("750 million euros", "50 cents" = 0.5 USD), as ISO 4217 codes.
 */
import { LEXICON_CURRENCY_CODES, LEXICON_CURRENCY_SYMBOLS } from './lexicon.generated';
import { joined, tokensBefore, type Tok } from './tokens';
import { wordTable } from '../text/wordTable';
import { wordSet } from '../people/lexicon';
import { SCALE_ABBREV, SCALES } from './numberWords';
import { BE_FORMS } from '../quotes/lexicon';
import { LETTERED_CURRENCY_SIGNS } from '../text/abbreviations';

/** Currency symbols and their ISO 4217 code (compromise's table). */
export const SYMBOLS: Readonly<Record<string, string>> = wordTable({
  ...LEXICON_CURRENCY_SYMBOLS,
  // (s46-probes-za and s46-probes-zb: the Azerbaijani manat's sign, which compromise's table lacks, "a subsidy of ₼ 2,700
  // per hectare" (an Azernews-style probe, az-azernews-zagatala-hazelnut-prices) and "sells for about ₼ 19" (a Trend-style
  // probe, az-trend-hazelnut-purchase-prices) were bare numbers)
  '₼': 'AZN',
});
/**
 * Letters written against "$" ("US$", "C$", "A$", "HK$", "TT$"; "B$85 million", the Brunei dollar, bn-borneobulletin-temburong-agrotech-park,
 * and "R$212 million", the Brazilian real, br-riotimes-petropolis-landslides, test/fixtures/outlets).
 */
const DOLLAR_PREFIX: Readonly<Record<string, string>> = wordTable({
  us: 'USD', c: 'CAD', ca: 'CAD', a: 'AUD', au: 'AUD', hk: 'HKD', nz: 'NZD', s: 'SGD', b: 'BND', r: 'BRL', tt: 'TTD',
  // (probes-nn: "at a cost of Bds$1.2 million", the Barbados dollar, bb-nationnews-electric-buses-parts)
  bds: 'BBD',
  // (probes-oo: "paying up to N$300 more a month", "a combined N$86 million", the Namibian dollar,
  // na-namibian-okuryangava-prepaid-meters; the Liberian "L$" is read by the article's country, homeCurrency.ts)
  n: 'NAD',
  // (probes-pp: "more than BZ$9 million", "BZ$72.50 per ton", the Belize dollar, bz-amandala-cane-final-payment; "SBD$3.50 a
  // kilogram", the Solomon Islands dollar, sb-solomonstar-makira-copra-price; the Bahamian "B$" is read by the article's
  // country, homeCurrency.ts, as Brunei's is without it)
  bz: 'BZD', sbd: 'SBD',
  // (probes-qq: "EC$3.2 million", "EC$3.20 per pound", the Eastern Caribbean dollar, gd-nowgrenada-nutmeg-bonus-delay; "T$0.95
  // per kilogram", "T$450,000", the Tongan pa'anga, to-matangitonga-squash-export-price)
  ec: 'XCD', t: 'TOP',
  // (probes-ss: "a CI$50 credit on their electricity bills", "CI$3.6 million", the Cayman Islands dollar,
  // ky-caymancompass-electricity-credit, also written "KY$"; "had lost about BD$1.2 million", the Bermuda dollar,
  // bm-royalgazette-hamilton-parking, whose bare "$" is read by the article's country, homeDollar.ts)
  ci: 'KYD', ky: 'KYD', bd: 'BMD',
  // (probes-tt: "NT$68.5 (US$2.13) per kilogram", "NT$1.86 billion", the New Taiwan dollar, tw-focustaiwan-typhoon-vegetable-prices,
  // read as Singapore's by the "(CNA)" of its dateline)
  nt: 'TWD',
  // (probes-zz: "more than RD$45 billion", "RD$12,000 in merchandise", the Dominican peso,
  // do-dominicantoday-blackouts-electricity-rates)
  rd: 'DOP',
  // (s49-se: "less than half of the J$300 million announced for drought relief", the Jamaican dollar, a Jamaica
  // Observer-style probe, jm-observer-st-elizabeth-drought-farmers, read as "$300 million" in US dollars)
  j: 'JMD',
});

interface CurrencyWord { code: string; fraction?: number }
const WORDS: Readonly<Record<string, CurrencyWord>> = wordTable({
  dollar: { code: 'USD' }, dollars: { code: 'USD' }, bucks: { code: 'USD' },
  euro: { code: 'EUR' }, euros: { code: 'EUR' }, sterling: { code: 'GBP' },
  yen: { code: 'JPY' }, yuan: { code: 'CNY' }, renminbi: { code: 'CNY' }, rupee: { code: 'INR' }, rupees: { code: 'INR' },
  rouble: { code: 'RUB' }, roubles: { code: 'RUB' }, ruble: { code: 'RUB' }, rubles: { code: 'RUB' },
  peso: { code: 'MXN' }, pesos: { code: 'MXN' }, franc: { code: 'CHF' }, francs: { code: 'CHF' },
  shekel: { code: 'ILS' }, shekels: { code: 'ILS' }, riyal: { code: 'SAR' }, riyals: { code: 'SAR' },
  krone: { code: 'DKK' }, kroner: { code: 'DKK' }, krona: { code: 'SEK' }, kronor: { code: 'SEK' },
  // (the Icelandic and Faroese names of the crown, Iceland's by default, the Faroes' (the Danish krone) by the country the
  // article names, homeCurrency.ts KRONUR: "from 75 to 85 krónur", "around 12 million krónur a year", a Local.fo-style
  // probe, probes-oo, fo-localfo-subsea-tunnel-tolls, were counts or nothing)
  króna: { code: 'ISK' }, krónur: { code: 'ISK' },
  lira: { code: 'TRY' }, liras: { code: 'TRY' }, rand: { code: 'ZAR' }, naira: { code: 'NGN' }, zloty: { code: 'PLN' },
  zlotys: { code: 'PLN' }, forint: { code: 'HUF' }, forints: { code: 'HUF' }, hryvnia: { code: 'UAH' }, hryvnias: { code: 'UAH' },
  dirham: { code: 'AED' }, dirhams: { code: 'AED' }, baht: { code: 'THB' }, ringgit: { code: 'MYR' }, reais: { code: 'BRL' },
  // (probes-nn: the Ethiopian birr, "rose to more than 9,500 birr", "12 billion Birr", et-addisstandard-bread-loaf-weight)
  birr: { code: 'ETB' },
  // (probes-oo: the Samoan tala, "buy bottled water at $6 tala", "about $480,000 tala", ws-samoaobserver-falealili-water;
  // Lesotho's loti, "had not received a single loti", ls-lesothotimes-wool-farmers-arrears; the Gambian dalasi)
  tala: { code: 'WST' }, loti: { code: 'LSL' }, maloti: { code: 'LSL' }, dalasi: { code: 'GMD' },
  // (probes-pp: the Omani baisa, a thousandth of a rial, "risen by around 200 baisa a kilo", om-timesofoman-sur-fish-market-fees)
  baisa: { code: 'OMR', fraction: 1000 },
  // (probes-qq: the Cambodian riel, "as little as 850 riel per kilogramme", kh-phnompenhpost-battambang-paddy-price; the
  // ngultrum, the lilangeni and its plural emalangeni; the Tongan seniti, a hundredth of a pa'anga, "At ninety-five seniti
  // we are working for the exporter", to-matangitonga-squash-export-price; the fils, a thousandth of the Kuwaiti dinar
  // ("from 5 fils to 12 fils per kilowatt-hour", kw-arabtimes-investment-power-tariff), whose country the article names
  // decides, homeCurrency.ts)
  riel: { code: 'KHR' }, riels: { code: 'KHR' }, ngultrum: { code: 'BTN' }, lilangeni: { code: 'SZL' }, emalangeni: { code: 'SZL' },
  seniti: { code: 'TOP', fraction: 100 }, fils: { code: 'KWD', fraction: 1000 },
  // (probes-rr: the Armenian dram, "offering as little as 150 drams per kilogram", am-armenpress-apricot-purchase-price; the
  // Mongolian tugrik, "Five thousand tugriks will not save a family", mn-montsame-raw-cashmere-price; the Vanuatu vatu)
  dram: { code: 'AMD' }, drams: { code: 'AMD' }, tugrik: { code: 'MNT' }, tugriks: { code: 'MNT' }, vatu: { code: 'VUV' },
  // (probes-tt: the Georgian lari, "One lari does not cover even half of what a ride costs us", "almost five lari a day",
  // ge-civil-tbilisi-transport-fares; the Kazakh tenge, "fell to about 75,000 tenge (US$150) per tonne",
  // kz-astanatimes-grain-storage)
  lari: { code: 'GEL' }, tenge: { code: 'KZT' },
  // (probes-vv: the Mozambican metical, "will rise from 12 to 15 meticais per trip", mz-clubofmozambique-maputo-chapa-fares;
  // the Macanese pataca, "Six patacas is cheap compared with Hong Kong", mo-macaudailytimes-bus-fare-review; the Lao kip,
  // "has risen to 75,000 kip per kg", la-vientianetimes-pork-prices; the dinar, "fell to around 10 dinars per litre",
  // tn-tap-olive-oil-prices-sfax, whose country the article names decides, homeCurrency.ts)
  metical: { code: 'MZN' }, meticais: { code: 'MZN' }, pataca: { code: 'MOP' }, patacas: { code: 'MOP' }, kip: { code: 'LAK' },
  dinar: { code: 'KWD' }, dinars: { code: 'KWD' },
  // (probes-ww: the Macedonian denar, "subsidies of up to 60,000 denars", mk-mia-skopje-heating-subsidy-pollution; the
  // Croatian kuna before the euro, "that car ticket cost 165 kuna back in 2022", hr-totalcroatianews-jadrolinija-ferry-fares;
  // the leu, "will rise from 11.02 lei to 14.2 lei per cubic metre", md-ipn-natural-gas-tariff-increase, Romania's or
  // Moldova's by the country the article names, homeCurrency.ts; and the codes written after the number, "3,540 MDL")
  denar: { code: 'MKD' }, denars: { code: 'MKD' }, denari: { code: 'MKD' }, kuna: { code: 'HRK' }, leu: { code: 'RON' }, lei: { code: 'RON' },
  mdl: { code: 'MDL' }, mkd: { code: 'MKD' },
  // (probes-yy: the Albanian lek, "capping the price of a pair of sunbeds … at 1,500 lek a day", "around 2.4 million lek",
  // al-albaniandailynews-ksamil-sunbed-price-cap, whose "ALL 500,000" is read by the country, homeCurrency.ts; the Bulgarian
  // lev, "A product that costs 2.99 leva", "her pension of 780 leva", and its hundredth, "a mistake of one stotinka",
  // bg-novinite-euro-changeover-price-checks)
  lek: { code: 'ALL' }, leks: { code: 'ALL' }, lekë: { code: 'ALL' }, lev: { code: 'BGN' }, leva: { code: 'BGN' },
  stotinka: { code: 'BGN', fraction: 100 }, stotinki: { code: 'BGN', fraction: 100 },
  // (the piaster, a hundredth of the Egyptian pound: "from 5 to 20 piasters", "had risen to 125 piasters", an Ahram-style
  // probe, eg-ahram-bread-subsidy-price, were 20 and 125 of a unit "piaster")
  piaster: { code: 'EGP', fraction: 100 }, piasters: { code: 'EGP', fraction: 100 }, piastre: { code: 'EGP', fraction: 100 }, piastres: { code: 'EGP', fraction: 100 },
  // (probes-zz: the Afghan afghani, "now sells for 2,650 afghanis", af-tolonews-kabul-flour-prices, in lower case only,
  // CAPITALISED_NAMES; the Uzbek soum is read by the country, homeCurrency.ts, a Mongolian soum being a district)
  afghani: { code: 'AFN' }, afghanis: { code: 'AFN' },
  // (probes-kk, fortieth session: the Paraguayan guaraní, "she spent about 9,000 guaraníes a day on buses",
  // py-ipparaguay-asuncion-bus-technical-fare, was a unit "guaraníe"; written with and without its accent)
  guaraní: { code: 'PYG' }, guaraníes: { code: 'PYG' }, guarani: { code: 'PYG' }, guaranies: { code: 'PYG' }, guaranis: { code: 'PYG' },
  // (probes-bb: the Angolan kwanza, "Yesterday I paid 200 kwanzas", "25,000 kwanzas a day", ao-angop-luanda-taxi-fares; the
  // Malagasy ariary, "at 1,900 ariary a kilo", "1.2 million ariary", mg-midi-antananarivo-rice-prices; and the ISO codes
  // written after the number, "850 million CDF", cd-actualite-kinshasa-water-jerrican-price)
  kwanza: { code: 'AOA' }, kwanzas: { code: 'AOA' }, ariary: { code: 'MGA' },
  // (probes-ff: the Bolivian boliviano, "each day without fuel cost him about 800 bolivianos",
  // bo-boliviaexpress-diesel-queues-santa-cruz, was a count of "boliviano")
  boliviano: { code: 'BOB' }, bolivianos: { code: 'BOB' },
  // (probes-ii: the Aruban florin, "would bring in about 1.9 million florins extra per year", "twenty-two florins a month",
  // aw-arubatoday-bus-fares; the Caribbean guilder of Curaçao and Sint Maarten, the only guilder issued since it replaced
  // the Netherlands Antillean guilder in 2025, "investments of at least 120 million guilders", cw-curacaochronicle-bandabou-water:
  // were counts of "florin" and "guilder")
  florin: { code: 'AWG' }, florins: { code: 'AWG' }, guilder: { code: 'XCG' }, guilders: { code: 'XCG' },
  // (probes-jj: the Venezuelan bolívar, "has remained at roughly 180 bolívares", ve-venezuelanalysis-merida-teachers-wage-protest;
  // the Nicaraguan córdoba, "paying between 130 and 150 córdobas for each lata", "at the official exchange rate of 36.62
  // córdobas per dollar", ni-confidencial-jinotega-coffee-pickers-pay, whose "around 12,000 colones a day" is the Costa
  // Rican colón; the Honduran lempira: were counts of "bolívare", "córdoba" and "colone"; in lower case only,
  // CAPITALISED_NAMES)
  bolívar: { code: 'VES' }, bolívares: { code: 'VES' }, bolivar: { code: 'VES' }, bolivares: { code: 'VES' },
  córdoba: { code: 'NIO' }, córdobas: { code: 'NIO' }, cordoba: { code: 'NIO' }, cordobas: { code: 'NIO' },
  colón: { code: 'CRC' }, colones: { code: 'CRC' }, lempira: { code: 'HNL' }, lempiras: { code: 'HNL' },
  aoa: { code: 'AOA' }, bif: { code: 'BIF' }, cdf: { code: 'CDF' }, mga: { code: 'MGA' },
  // (probes-dd: the Czech crown's sign written after the number, "will reach 130 Kč per cubic metre",
  // cz-radioprague-ostrava-water-prices; the øre, a hundredth of the Danish or Norwegian krone, "cover 90 percent of the
  // price above 77 øre per kilowatt-hour", no-newsinenglish-bergen-power-prices, Norway's by the country,
  // homeCurrency.ts; the Swedish öre, a hundredth of the krona)
  kč: { code: 'CZK' }, øre: { code: 'DKK', fraction: 100 }, öre: { code: 'SEK', fraction: 100 },
  // (probes-ee: the Tajik somoni and its hundredth, the diram, "firewood for 450 somoni per cubic meter", "will rise from 30
  // to 38 dirams per kilowatt-hour", tj-asiaplus-dushanbe-electricity-limits; the Kyrgyz som and the Yemeni rial, names
  // other things too, are read by the country, homeCurrency.ts)
  somoni: { code: 'TJS' }, diram: { code: 'TJS', fraction: 100 }, dirams: { code: 'TJS', fraction: 100 },
  // (probes-gg: the Cape Verdean escudo, the one escudo still issued, "more than 620 million escudos", "118 escudos per
  // litre", cv-inforpress-ferry-fares, were counts of "escudo"; and the ISO codes written after the number, "150 000 GNF",
  // "more than 1,800 billion GNF", gn-guineenews-fuel-price-taxis)
  escudo: { code: 'CVE' }, escudos: { code: 'CVE' }, cve: { code: 'CVE' }, dzd: { code: 'DZD' }, lyd: { code: 'LYD' }, gnf: { code: 'GNF' },
  // (probes-mm: the Eritrean nakfa, "had cost over 38 million Nakfa", "a water pump for 18,000 Nakfa", a Shabait-style probe,
  // er-shabait-mai-mine-micro-dam; the São Tomé and Príncipe dobra, "at least 60 dobras per kilogram", st-telanon-me-zochi-cocoa-price:
  // were no money or counts of "dobra"; and the ISO codes written after the number, "a fine of 500,000 KMF",
  // km-alwatwan-moroni-rice-bag-price)
  nakfa: { code: 'ERN' }, dobra: { code: 'STN' }, dobras: { code: 'STN' }, ern: { code: 'ERN' }, djf: { code: 'DJF' }, kmf: { code: 'KMF' }, stn: { code: 'STN' },
  // (probes-nn, forty-second session: the Mauritanian ouguiya, "spends on average 1,800 ouguiyas on fuel for a single
  // trip", an AMI-style probe, mr-ami-nouadhibou-octopus-season, was a count of "ouguiya"; and its ISO code written after
  // the number, "a box at 4,500 MRU")
  ouguiya: { code: 'MRU' }, ouguiyas: { code: 'MRU' }, mru: { code: 'MRU' },
  // (probes-vv, forty-third session: the CFP franc of New Caledonia, French Polynesia and Wallis and Futuna, its ISO code and
  // Tahitian copy's "Fcfp" written after the number, "the average price fell to 410 Fcfp per gram", "will save about 2,400
  // XPF on each bill", pf-tahitiinfos-pearl-export-floor-price, wf-wallisfutuna1ere-electricity-tariff, were bare numbers;
  // its "F CFP" after the number is read by the country, homeCurrency.ts)
  xpf: { code: 'XPF' }, fcfp: { code: 'XPF' },
  // (s46-probes-zb: the manat written in the singular after any number, as Azerbaijani copy writes it, "were offering 3.9
  // manat per kilogram", "between 3.8 and 4.2 manat", a Trend-style probe, az-trend-hazelnut-purchase-prices, were bare
  // numbers: Azerbaijan's, or Turkmenistan's where the article names it more, homeCurrency.ts MANAT; the plural "manats"
  // is read by the country alone, homeCurrency.ts COUNTRY_UNITS_AS_MONEY)
  manat: { code: 'AZN' },
  cent: { code: 'USD', fraction: 100 }, cents: { code: 'USD', fraction: 100 }, pence: { code: 'GBP', fraction: 100 }, penny: { code: 'GBP', fraction: 100 },
  ...Object.fromEntries(LEXICON_CURRENCY_CODES.map(c => [c, { code: c.toUpperCase() }])),
});
/**
 * Currency words that capitalised are a people's name, money in lower case only ("now sells for 2,650 afghanis",
 * af-tolonews-kabul-flour-prices, probes-zz; "more than 3,000 Afghanis fled" counts people), or a person's or a place's
 * (probes-jj: the bolívar, the córdoba, the colón and the lempira are named after people; "Simón Bolívar", "the 2
 * Bolívar Avenue blocks", "Córdoba, Argentina", "Colón, Panama", "the department of Lempira").
 */
const CAPITALISED_NAMES = wordSet('afghani|afghanis|bolívar|bolívares|bolivar|bolivares|córdoba|córdobas|cordoba|cordobas|colón|colones|lempira|lempiras');
/**
 * Currencies whose hundredth English calls a "cent" besides the US dollar's: a bare "cents" in an article whose own money
 * is one of them is that money's (homeCurrency.ts withHomeCents): the euro, the rand, the East African shillings, the
 * rupees of Sri Lanka, Mauritius and the Seychelles, and the other dollars.
 */
export const CENT_CURRENCIES: ReadonlySet<string> = new Set([
  'EUR', 'ZAR', 'KES', 'TZS', 'UGX', 'SOS', 'LKR', 'MUR', 'SCR', 'NAD', 'HKD', 'TWD', 'JMD', 'BZD', 'LRD', 'SRD', 'KYD', 'BND',
  'CAD', 'AUD', 'NZD', 'SGD', 'GYD', 'TTD', 'FJD', 'BBD', 'BSD', 'SBD', 'BMD', 'XCD',
  // (probes-ii: the Aruban florin's and the Caribbean guilder's cents, "Arubus fares go up 50 cents", aw-arubatoday-bus-fares)
  'AWG', 'XCG',
]);
/** The countries that count in shillings: the country adjective -> code. */
const EAST_AFRICAN_SHILLINGS: Readonly<Record<string, string>> = { somali: 'SOS', kenyan: 'KES', ugandan: 'UGX', tanzanian: 'TZS' };
/**
 * The pounds of British Crown dependencies and overseas territories, by the word before "pounds": the Gibraltar and
 * Falkland Islands pounds have their ISO codes; the Manx, Jersey and Guernsey pounds, local issues of sterling at par
 * that ISO gives none, are sterling ("a credit of 200 Gibraltar pounds a year", "about 310,000 Manx pounds a year",
 * "about 2,000 Falkland pounds a year", test/fixtures/outlets, probes-xx: were counts of "pound").
 */
const ISLAND_POUNDS: Readonly<Record<string, string>> = { gibraltar: 'GIP', falkland: 'FKP', manx: 'GBP', jersey: 'GBP', guernsey: 'GBP' };
/** Currency names that need their country ("Danish crowns", "South Korean won"): the country adjective -> code. */
const NEEDS_COUNTRY: Readonly<Record<string, Readonly<Record<string, string>>>> = wordTable<Readonly<Record<string, string>>>({
  crown: { danish: 'DKK', swedish: 'SEK', norwegian: 'NOK', czech: 'CZK', icelandic: 'ISK' },
  crowns: { danish: 'DKK', swedish: 'SEK', norwegian: 'NOK', czech: 'CZK', icelandic: 'ISK' },
  won: { korean: 'KRW' }, pound: { egyptian: 'EGP', lebanese: 'LBP', syrian: 'SYP', sudanese: 'SDG', ...ISLAND_POUNDS }, pounds: { egyptian: 'EGP', lebanese: 'LBP', syrian: 'SYP', sudanese: 'SDG', ...ISLAND_POUNDS },
  // (probes-ww: "A litre of cooking oil has risen to 65,000 Somali shillings", so-hiiraan-mogadishu-food-prices; a bare
  // "shillings" stays a count's unit)
  shilling: EAST_AFRICAN_SHILLINGS, shillings: EAST_AFRICAN_SHILLINGS,
});
/** Country adjectives that say whose currency a name is ("Swedish kronor", "Mexican pesos", "Indian rupees"). */
const CURRENCY_OF: Readonly<Record<string, string>> = wordTable({
  danish: 'DKK', swedish: 'SEK', norwegian: 'NOK', swiss: 'CHF', mexican: 'MXN', philippine: 'PHP', chilean: 'CLP', argentine: 'ARS',
  colombian: 'COP', indian: 'INR', pakistani: 'PKR', chinese: 'CNY', japanese: 'JPY', turkish: 'TRY', russian: 'RUB', israeli: 'ILS',
  saudi: 'SAR', brazilian: 'BRL', egyptian: 'EGP', korean: 'KRW', nigerian: 'NGN', polish: 'PLN', hungarian: 'HUF', ukrainian: 'UAH',
  czech: 'CZK', icelandic: 'ISK', lebanese: 'LBP', syrian: 'SYP', thai: 'THB', malaysian: 'MYR',
  // (probes-vv: the dinars of the countries that count in them, "Tunisian dinars", "Jordanian dinars")
  tunisian: 'TND', algerian: 'DZD', libyan: 'LYD', jordanian: 'JOD', kuwaiti: 'KWD', bahraini: 'BHD', iraqi: 'IQD', serbian: 'RSD',
  // (probes-ww: the shillings' countries, "Somali shillings"; the leu's, "Moldovan lei", "Romanian lei")
  ...EAST_AFRICAN_SHILLINGS, moldovan: 'MDL', romanian: 'RON',
  // (probes-xx: the islands' pounds, "Gibraltar pounds", "Manx pounds", "Falkland pounds")
  ...ISLAND_POUNDS,
  // (probes-bb: "12 billion Sudanese pounds", sd-sudantribune-port-sudan-bread-prices; "160,000 Burundian francs",
  // bi-iwacu-bujumbura-fuel-queues; "1,000 Congolese francs", cd-actualite-kinshasa-water-jerrican-price)
  sudanese: 'SDG', burundian: 'BIF', congolese: 'CDF',
  // (probes-gg: "from 12,000 to 13,500 Guinean francs", gn-guineenews-fuel-price-taxis, were counts of "franc")
  guinean: 'GNF', cfa: 'XOF',
  // (probes-mm: "10 Djiboutian francs", dj-lanation-balbala-water-barrel-price; "17,500 Comorian francs",
  // km-alwatwan-moroni-rice-bag-price: were counts of "franc")
  djiboutian: 'DJF', comorian: 'KMF',
  // (probes-ii: "Cuban pesos", "Aruban florins")
  cuban: 'CUP', aruban: 'AWG',
  // (probes-vv, forty-third session: "CFP francs", the CFP franc, "at least 3.5 million CFP francs", "about 14 CFP francs per
  // kilowatt-hour", nc-lnc-kouaoua-nickel-plant-jobs, were counts of "franc")
  cfp: 'XPF',
});

/** Adjectives that name whose dollars they are. */
const DOLLAR_OF: Readonly<Record<string, string>> = wordTable({
  us: 'USD', american: 'USD', canadian: 'CAD', australian: 'AUD', singapore: 'SGD', taiwan: 'TWD', zealand: 'NZD',
  // (probes-ii: "a teacher earning 9,000 Surinamese dollars a month", sr-srherald-ebs-tariff, was US dollars)
  surinamese: 'SRD',
});

export interface CurrencyPrefix {
  code: string;
  /** Index of the first token after the symbol. */
  next: number;
}

/** A currency symbol at toks[i] ("$", "£"). */
export function currencySymbol(toks: Tok[], i: number): CurrencyPrefix | null {
  const t = toks[i];
  if (!t || t.k !== 'p' || !(t.w in SYMBOLS)) return null;
  return { code: SYMBOLS[t.w], next: i + 1 };
}

/** The ISO code a "$" written after these letters stands for ("US$" -> USD, "C$" -> CAD), or null. */
export function dollarPrefix(letters: string): string | null {
  return DOLLAR_PREFIX[letters.toLowerCase()] ?? null;
}

/**
 * Capitals written after "$" as one currency's sign: the Uruguayan peso's "$U" (probes-ff: "will rise from $U 50 to $U
 * 55", "will pay $U 220 more a month", uy-mercopress-montevideo-bus-fare, were counts).
 */
const DOLLAR_SUFFIX: ReadonlyMap<string, string> = new Map([['U', 'UYU']]);
/** The ISO code a "$" written before these capitals stands for ("$U" -> UYU), or null. */
export function dollarSuffix(letters: string): string | null {
  return DOLLAR_SUFFIX.get(letters) ?? null;
}

export interface CurrencyAfter {
  code: string;
  /** Divide the number by this ("50 cents" -> 0.5). */
  fraction: number;
  next: number;
}

/** Cents in a euro. */
const CENTS_IN_EURO = 100;
/**
 * "euro" at toks[j] before "cent(s)": hundredths of a euro, not euros ("The new price will be 8.74 euro cents per
 * kilowatt-hour", an LRT-style probe, lt-lrt-vilnius-heating-bills; "one and a half lari, about 50 euro cents", a
 * Civil.ge-style probe, ge-civil-tbilisi-transport-fares, test/fixtures/outlets, probes-tt: were 8.74 and 50 euros).
 */
function euroCents(toks: Tok[], j: number): boolean {
  const n = toks[j + 1];
  return toks[j].l === 'euro' && !!n && n.k === 'w' && n.sp && !n.nl && /^cents?$/.test(n.l);
}

/**
 * "francs" at toks[j] before "CFA": the CFA franc written in the French order ("had borrowed 4.5 million francs CFA", an
 * AIB-style probe, bf-aib-houet-cotton-seed-price; "has passed 25,000 francs CFA", ga-gabonreview-libreville-cassava-baton-price;
 * "sold it for up to 9,000 francs CFA", gq-guineaecuatorialpress-butane-cylinder-price; "from 48,000 to 61,000 francs CFA",
 * tg-togofirst-lome-cement-bag-price, test/fixtures/outlets: their span stopped before "CFA"). West African, as "CFA
 * francs" is, or Central African by the country the article names (homeCurrency.ts CFA_FRANCS).
 */
function francsCfa(toks: Tok[], j: number): boolean {
  const n = toks[j + 1];
  return /^francs?$/.test(toks[j].l) && !!n && n.w === 'CFA' && n.sp && !n.nl;
}

/** A currency word at toks[i], optionally after "US"/"Canadian"/"British" ("750 million euros", "20 US dollars"). */
export function currencyWord(toks: Tok[], i: number): CurrencyAfter | null {
  let j = i, whose: string | null = null;
  const t = toks[j];
  if (!t || t.k !== 'w' || !t.sp) return null;
  if (t.l in DOLLAR_OF || t.l === 'hong' || t.l === 'eastern' || t.l === 'new' || t.l === 'british' || t.l === 'u' || t.l === 'united') {
    if (t.l === 'u' && toks[j + 1]?.w === '.' && toks[j + 2]?.l === 's' && toks[j + 3]?.w === '.') { whose = 'USD'; j += 4; }
    // ("the equivalent of 19 United States cents", PolNeAR train, NYT 2016-03-03, was 19 of a unit "cent")
    else if (t.l === 'united' && toks[j + 1]?.l === 'states') { whose = 'USD'; j += 2; }
    else if (t.l === 'hong' && toks[j + 1]?.l === 'kong') { whose = 'HKD'; j += 2; }
    // (probes-nn, forty-second session: "about 1.5 million Eastern Caribbean dollars on the road to Dyers",
    // ms-themontserratreporter-daytime-entry-zone-farmers, was a count of "dollar")
    else if (t.l === 'eastern' && toks[j + 1]?.l === 'caribbean') { whose = 'XCD'; j += 2; }
    else if (t.l === 'new' && toks[j + 1]?.l === 'zealand') { whose = 'NZD'; j += 2; }
    else if (t.l === 'british') { whose = 'GBP'; j += 1; }
    else if (t.l in DOLLAR_OF) { whose = DOLLAR_OF[t.l]; j += 1; }
  }
  // "Danish crowns", "Swedish kronor", "South Korean won"
  if (!whose && t.l in CURRENCY_OF) {
    let k = j + 1;
    const n = toks[k];
    if (n && n.k === 'w' && (n.l in NEEDS_COUNTRY || n.l in WORDS) && !n.l.startsWith('dollar')) {
      const code = NEEDS_COUNTRY[n.l]?.[t.l] ?? (WORDS[n.l].fraction ? null : CURRENCY_OF[t.l]);
      if (code) return { code, fraction: 1, next: ++k };
    }
  }
  if (t.l === 'south' && toks[j + 1]?.l === 'korean' && toks[j + 2]?.l === 'won') return { code: 'KRW', fraction: 1, next: j + 3 };
  const w = toks[j];
  if (!w || w.k !== 'w') return null;
  if (whose === 'GBP' && /^pounds?$/.test(w.l)) return { code: 'GBP', fraction: 1, next: j + 1 };
  if (/^pounds?$/.test(w.l) && toks[j + 1]?.l === 'sterling') return { code: 'GBP', fraction: 1, next: j + 2 };
  const c = WORDS[w.l];
  if (!c || (CAPITALISED_NAMES.has(w.l) && /^[A-Z]/.test(w.w))) return null;
  if (euroCents(toks, j)) return { code: 'EUR', fraction: CENTS_IN_EURO, next: j + 2 };
  if (!whose && francsCfa(toks, j)) return { code: CURRENCY_OF.cfa, fraction: 1, next: j + 2 };
  const dollars = w.l.startsWith('dollar');
  if (whose && !dollars && whose !== c.code) return null;
  return { code: dollars && whose ? whose : c.code, fraction: c.fraction ?? 1, next: j + 1 };
}

/**
 * A currency word written against the number's hyphen, as a compound adjective before its noun writes it, toks[i] the
 * word: "a 26-year-old man to five months' probation and a 300-euro fine" (PolNeAR train, Washington Post 2016-01-07),
 * "cut the weight of a 10-birr loaf" (an Addis Standard-style probe, test/fixtures/outlets et-addisstandard-bread-loaf-weight.txt)
 * were counts of "euro" and "birr"; not a longer compound ("the 15-cent-per-gallon excise tax").
 */
export function hyphenedCurrency(toks: Tok[], i: number): CurrencyAfter | null {
  const w = toks[i], c = w && w.k === 'w' ? WORDS[w.l] : undefined;
  if (!c || (CAPITALISED_NAMES.has(w.l) && /^[A-Z]/.test(w.w))) return null;
  const n = toks[i + 1];
  if (n && n.w === '-' && joined(w, n)) return null;
  return { code: c.code, fraction: c.fraction ?? 1, next: i + 1 };
}

/**
 * A currency's small coin written against the number as its country's copy writes it -> its currency and how many make
 * one: British pence ("Bus Vannin fares to rise by 20p", a Manx Radio-style probe, im-manxradio-bus-fares-rise.txt; "the
 * unit price will go from 20.5p to 21.7p", a Gibraltar Chronicle-style probe, gi-chronicle-utility-tariffs-rise.txt;
 * "jumped 28 per cent to 412p", an FT-style probe, uk-ft-housebuilder-bid.txt: 0.20, 0.205 and 4.12 pounds, which were no
 * figure) and the Omani baisa, a thousandth of a rial (probes-vk: "rising from 100bz to 200bz", a Muscat Daily-style
 * probe, om-muscatdaily-paid-parking-fees.txt; "from 200bz to 300bz", "every 100bz counts", an Oman Observer-style one,
 * om-omanobserver-sohar-bus-fares.txt: were no figure).
 */
const JOINED_SUBUNITS: ReadonlyMap<string, CurrencyWord & { fraction: number }> = new Map([
  ['p', { code: 'GBP', fraction: 100 }], ['bz', { code: 'OMR', fraction: 1000 }],
]);
/** Words before a small whole number that make a "p" against it a clock's afternoon ("at 6p", "until 7p"), not pence. */
const CLOCK_BEFORE = wordSet('at|until|till');
/** The largest whole number a clock's "p" follows ("at 6p"). */
const CLOCK_HOURS = 12;

/**
 * A small coin of JOINED_SUBUNITS written against the number at toks[j - 1] ("20p", "200bz"), in lower case alone: not
 * "6p.m." (PolNeAR train, Breitbart 2016-03-01) nor "8p/7c", nor a whole hour after "at" ("at 6p": figure.ts rejects it,
 * giving the word before the number; suffix.ts reads what it lets through).
 */
export function subunitJoinedAfter(toks: Tok[], j: number, before?: Tok): CurrencyAfter | null {
  const p = toks[j], num = toks[j - 1];
  const coin = p ? JOINED_SUBUNITS.get(p.w) : undefined;
  if (!coin || !num || num.k !== 'n' || !joined(num, p)) return null;
  const n = toks[j + 1];
  if (n && joined(p, n) && (n.w === '/' || (n.w === '.' && toks[j + 2]?.k === 'w' && joined(n, toks[j + 2])))) return null;
  const hour = p.w === 'p' && /^\d+$/.test(num.w) && Number(num.w) <= CLOCK_HOURS;
  if (hour && before?.k === 'w' && CLOCK_BEFORE.has(before.l)) return null;
  return { code: coin.code, fraction: coin.fraction, next: j + 1 };
}

/** The last word of an amount's text ("20 piasters" -> "piasters"). */
const LAST_WORD = /(\p{L}+)\W*$/u;
/**
 * How many of an amount's currency its written number counts one of: 100 for "20 cents" or "20 piasters", 1000 for
 * "12 fils", 1 for "$20" or "20 euros" (a bare number read with the amount's currency is divided by it, carriedUnit.ts).
 */
export function subunitsOf(amountText: string): number {
  const word = LAST_WORD.exec(amountText)?.[1].toLowerCase();
  return (word && WORDS[word]?.fraction) || 1;
}

/** Codes papers write after a dollar amount ("$45 CAD", "$3 Cdn"). */
// (and the Samoa Observer's "$6 tala", "about $480,000 tala", probes-oo, ws-samoaobserver-falealili-water)
// (and Matangi Tonga's "$9,000 pa'anga", "about $12 million pa'anga", probes-qq, to-matangitonga-squash-export-price)
const DOLLAR_CODE_AFTER: Readonly<Record<string, string>> = wordTable({ cad: 'CAD', cdn: 'CAD', usd: 'USD', aud: 'AUD', nzd: 'NZD', tala: 'WST', "pa'anga": 'TOP' });

// ("on": "he spent more than $9,000 pa'anga on seed", probes-qq, to-matangitonga-squash-export-price)
const AFTER_AMOUNT = wordSet('a|an|per|each|apiece|in|for|to|and|or|from|over|this|last|next|since|by|on');
/**
 * Whose dollars a "$" amount is when the text says so after it, from toks[i]: "$2.1-billion in Canadian dollars",
 * "$5 million Canadian", "$45 CAD", "73.5 cents U.S." (not "$5 million Canadian companies paid": a word after the
 * adjective makes it the adjective of that noun).
 */
export function dollarsNamedAfter(toks: Tok[], i: number): CurrencyPrefix | null {
  let j = i;
  const inWord = toks[j]?.l === 'in' && toks[j].sp;
  if (inWord) j++;
  const t = toks[j];
  if (!t || t.k !== 'w' || !t.sp || t.nl) return null;
  const code = DOLLAR_CODE_AFTER[t.l] ?? (/^[A-Z]/.test(t.w) ? DOLLAR_OF[t.l] : undefined);
  if (!code) return null;
  const n = toks[j + 1];
  if (n && n.k === 'w' && n.sp && !n.nl && /^dollars?$/.test(n.l)) return { code, next: j + 2 };
  // without "dollars" the currency word ends the phrase ("$5 million Canadian.", "$45 CAD a night")
  if (inWord || (n && n.k === 'w' && n.sp && !n.nl && /^[a-z]/.test(n.w) && !AFTER_AMOUNT.has(n.l))) return null;
  return { code, next: j + 1 };
}

/**
 * Abbreviations written before the number as a code is ("Rs 500 crore": Indian rupees, or the rupee of the country the
 * article names, figures/homeCurrency.ts; "KSh 3.2 billion", "Ksh9,500":
 * Kenyan shillings, as Kenyan copy writes them). Probes-mm and the older outlet fixtures (test/fixtures/outlets): "TSh1,000",
 * "TSh12 billion" (Tanzanian shillings, tz-citizen-dar-brt-fares), "NLe12,000" (the new leone, sl-awoko-bo-market-relocation),
 * "RM500,000", "RM200mil" (ringgit, my-malaymail-einvoice-hawkers, my-thestar-kelantan-flood-aid), "Rp 15,800" (rupiah,
 * id-jakartapost-rice-hoarding), "Tk22,000" (taka, bd-tbsnews-dengue-beds), "Shs2 million" (Ugandan shillings,
 * ug-monitor-mubende-eviction), and two ISO codes compromise's list lacks, "EGP 125" (eg-ahram-bread-subsidy-price) and
 * "VND5 million" (vn-vnexpress-hanoi-motorbike-ban). Each is written against or before digits only as money.
 */
export const CODE_WORDS: ReadonlyMap<string, string> = new Map([
  ['Rs', 'INR'], ['KSh', 'KES'], ['Ksh', 'KES'], ['Kshs', 'KES'], ['TSh', 'TZS'], ['Tsh', 'TZS'], ['NLe', 'SLE'], ['RM', 'MYR'],
  ['Rp', 'IDR'], ['Tk', 'BDT'], ['Shs', 'UGX'], ['EGP', 'EGP'], ['VND', 'VND'],
  // (probes-nn: the Rwandan franc, "Frw 18.2 per kilometre", "RWF 5.6 billion", rw-newtimes-kigali-bus-fares; the Jordanian
  // dinar, "between JD100 and JD120", "JOD 15 million", jo-jordantimes-olive-oil-prices; the Malawian kwacha,
  // "MK450,000", "MK38 billion", mw-nyasatimes-escom-load-shedding; the Maldivian rufiyaa, "MVR 7,500", "Rf 9,800",
  // mv-edition-hulhumale-flats-points-list)
  ['Frw', 'RWF'], ['RWF', 'RWF'], ['JD', 'JOD'], ['JOD', 'JOD'], ['MK', 'MWK'], ['MVR', 'MVR'], ['Rf', 'MVR'],
  // (probes-oo: the Lebanese pound, "at LBP 38,500", "a bill of LBP 7.2 million", lb-lorienttoday-generator-tariffs; the
  // Icelandic króna, "rents for ISK 315,000", "ISK 12 billion", is-icelandreview-capital-area-rents)
  ['LBP', 'LBP'], ['ISK', 'ISK'],
  // (probes-pp: the Omani rial, "plus RO 2 for every box", "OMR 1.2 million", om-timesofoman-sur-fish-market-fees; the
  // Seychelles rupee, "My pension is SCR 5,500", sc-nation-praslin-ferry-fares, whose "SR 600" is read by the country,
  // homeCurrency.ts; the Solomon Islands dollar, "the SBD 4 million set aside", sb-solomonstar-makira-copra-price)
  ['RO', 'OMR'], ['OMR', 'OMR'], ['SCR', 'SCR'], ['SBD', 'SBD'],
  // (s49: Zimbabwe Gold, "will pay ZiG185, up from ZiG132", zw-newsday-harare-water-tariff-hike)
  ['ZiG', 'ZWG'], ['ZWG', 'ZWG'],
  // (probes-qq: the ISO codes of the Kuwaiti dinar, "KWD 1.9 billion", kw-arabtimes-investment-power-tariff, whose "KD 260"
  // is read by the country, homeCurrency.ts; the lilangeni, "SZL 157 million", sz-timesofeswatini-maize-intake-price; the
  // riel, "KHR 200 billion", kh-phnompenhpost-battambang-paddy-price; the ngultrum and the Eastern Caribbean dollar)
  ['KWD', 'KWD'], ['SZL', 'SZL'], ['KHR', 'KHR'], ['BTN', 'BTN'], ['XCD', 'XCD'],
  // (probes-rr: the ISO code of the Vanuatu vatu, whose "VT1,800" is read by the country, homeCurrency.ts, as are the
  // Armenian "AMD 310", the Mongolian "MNT 95 thousand" and the CFA franc's "FCFA 3,600")
  ['VUV', 'VUV'],
  // (probes-ss: the ISO codes of the Cayman Islands dollar and the Bermuda dollar, whose "CI$" and "BD$" DOLLAR_PREFIX reads)
  ['KYD', 'KYD'], ['BMD', 'BMD'],
  // (probes-tt: the ISO code of the Kazakh tenge, "compared with KZT 98,000 a year earlier", "worth KZT 2.9 trillion",
  // kz-astanatimes-grain-storage; the Georgian "GEL 1.5" and the Moroccan "MAD 30" and "DH 4,000" are read by the
  // country, homeCurrency.ts)
  ['KZT', 'KZT'],
  // (probes-vv: the ISO codes of the metical, "more than MZN 1,300 a month", mz-clubofmozambique-maputo-chapa-fares; the kip,
  // "LAK 410,000", la-vientianetimes-pork-prices; the pataca, "the flat bus fare of MOP 6", mo-macaudailytimes-bus-fare-review;
  // and the Tunisian dinar; the South Sudanese "SSP 5,000" is read by the country, homeCurrency.ts, as is the Tunisian
  // "10 DT" and "300 MD" and the Mozambican "20 MT" written after the number)
  ['MZN', 'MZN'], ['LAK', 'LAK'], ['MOP', 'MOP'], ['TND', 'TND'],
  // (probes-ww: the ISO codes of the denar, "the programme, worth MKD 180 million", mk-mia-skopje-heating-subsidy-pollution,
  // and of the Moldovan leu; the Somali "SOS 150,000" is read by the country, homeCurrency.ts)
  ['MKD', 'MKD'], ['MDL', 'MDL'],
  // (probes-yy: the ISO code of the Bulgarian lev, "fines totalling BGN 186,000", bg-novinite-euro-changeover-price-checks;
  // the Albanian "ALL 500,000" and the Bosnian "BAM 150" are read by the country, homeCurrency.ts)
  ['BGN', 'BGN'],
  // (probes-zz: the ISO codes of the afghani, "A sack of rice costs around AFN 3,400", af-tolonews-kabul-flour-prices; of
  // the Iraqi dinar, "his monthly salary of IQD 850,000", iq-rudaw-erbil-salary-delays; of the Uzbek soum, "from UZS 180,000
  // to UZS 220,000", uz-daryo-tashkent-bus-fares)
  ['AFN', 'AFN'], ['IQD', 'IQD'], ['UZS', 'UZS'],
  // (probes-bb: the Burundian franc, "from FBu 3,250 to FBu 4,000", "more than BIF 120 billion", bi-iwacu-bujumbura-fuel-queues;
  // the kwanza, "charging Kz 300 per trip", "about AOA 2.1 trillion", ao-angop-luanda-taxi-fares; the ariary's and the
  // Congolese franc's ISO codes; the Malagasy "Ar 3,600" and the Sudanese "SDG 2,500" are read by the country,
  // homeCurrency.ts, as is the Congolese "1,000 FC" written after the number)
  ['FBu', 'BIF'], ['BIF', 'BIF'], ['Kz', 'AOA'], ['AOA', 'AOA'], ['MGA', 'MGA'], ['CDF', 'CDF'],
  // (probes-cc: the ISO codes of the Haitian gourde, "HTG 2.5 billion from the savings", ht-haitiantimes-taptap-fare-fuel;
  // of the Chilean peso, "from CLP 830 to CLP 860", cl-santiagotimes-red-fare-rise; the Peruvian "PEN 300 million" is read
  // by the country, homeCurrency.ts)
  ['HTG', 'HTG'], ['CLP', 'CLP'],
  // (probes-dd: the ISO codes of the Swedish krona, "a savings package worth SEK 640 million",
  // se-radiosweden-vasterbotten-patient-fees; of the Norwegian krone, "her power bill for November came to NOK 148,000",
  // no-newsinenglish-bergen-power-prices; of the Czech crown, "will rise to CZK 138.60 per cubic metre",
  // cz-radioprague-ostrava-water-prices; the Romanian "RON 512" is read by the country, homeCurrency.ts, an octane
  // rating without it)
  ['SEK', 'SEK'], ['NOK', 'NOK'], ['CZK', 'CZK'],
  // (probes-ff: the ISO codes of the Uruguayan peso, "cut its contribution … by UYU 420 million", "about UYU 2,400 a
  // month", uy-mercopress-montevideo-bus-fare; of the quetzal, "the electricity bill for the pumps, … GTQ 4.2 million a
  // year", gt-revue-antigua-water-rates; the Bolivian "Bs 3.72" and "BOB 25,000" and the Guatemalan "Q 40" are read by
  // the country, homeCurrency.ts)
  ['UYU', 'UYU'], ['GTQ', 'GTQ'],
  // (probes-ee: the ISO codes of the Kyrgyz som, "will be KGS 1,870 per gigacalorie", kg-24kg-bishkek-heating-tariff; of the
  // Tajik somoni, "fined their owners a total of TJS 1.6 million", tj-asiaplus-dushanbe-electricity-limits; of the Yemeni
  // rial, "A 20-liter can of cooking oil reached YER 52,000", ye-almasdaronline-aden-flour-prices, whose "YR 2,310" is
  // read by the country, homeCurrency.ts)
  ['KGS', 'KGS'], ['TJS', 'TJS'], ['YER', 'YER'],
  // (s46-probes-za, s46-probes-zb: the ISO code of the Russian ruble, "the federal budget would allocate RUB 2.3 bln in
  // 2027", a TASS-style probe, ru-tass-yakutia-northern-delivery, "it had spent RUB 3.2 billion on emergency repairs", a
  // Moscow Times-style probe, ru-moscowtimes-utility-tariffs-heating-repairs, were nothing or bare numbers; the Azerbaijani
  // manat's "AZN" is read by the country, homeCurrency.ts, AstraZeneca's ticker without it)
  ['RUB', 'RUB'],
  // (s46-probes-za, s46-probes-zb: the renminbi's abbreviation, "each new greenhouse eligible for up to RMB 30,000", a
  // Xinhua-style probe, cn-xinhua-harbin-winter-greenhouse-vegetables, "The city has set aside RMB 1.2 billion for the
  // subsidy", a Global Times-style probe, cn-globaltimes-hefei-nev-trade-in-subsidy, were nothing or bare numbers)
  ['RMB', 'CNY'],
  // (probes-gg: the ISO codes of the Cape Verdean escudo, "will go from CVE 7,500 to CVE 8,900", "a compensation of CVE 480
  // million", cv-inforpress-ferry-fares; of the Algerian dinar, "the State had mobilised DZD 4.5 billion",
  // dz-tsa-potato-prices; of the Libyan dinar, "nearly LYD 67 billion", ly-libyaherald-cash-liquidity; of the Guinean franc,
  // "a subsidy of GNF 250 billion", gn-guineenews-fuel-price-taxis; were counts or nothing)
  ['CVE', 'CVE'], ['DZD', 'DZD'], ['LYD', 'LYD'], ['GNF', 'GNF'],
  // (probes-hh: the ISO codes of the forint, "will rise from HUF 8,950 to HUF 11,450", hu-dailynewshungary-budapest-pass-price;
  // of the Swiss franc, Liechtenstein's money too, "will pay on average CHF 342 a month", li-vaterland-health-insurance-premiums;
  // of the Belarusian ruble, which money.ts gave none; were unread or counts; the Hungarian "Ft 9,450" and the Belarusian
  // "Br27.30" are read by the country, homeCurrency.ts)
  ['HUF', 'HUF'], ['CHF', 'CHF'], ['BYN', 'BYN'],
  // (probes-ii: the ISO codes of the Surinamese dollar, "the state company lost SRD 1.4 billion", "the protected tariff of
  // SRD 0.95 per kWh", sr-srherald-ebs-tariff; of the Aruban florin, "the company's operating deficit reached AWG 6.8
  // million", aw-arubatoday-bus-fares; of the Caribbean guilder, "would cost approximately XCG 38 million",
  // cw-curacaochronicle-bandabou-water: were counts or nothing; the Curaçao "Cg 186" is read by the country,
  // homeCurrency.ts, and the Aruban "Afl." is a lettered sign, text/abbreviations.ts LETTERED_CURRENCY_SIGNS)
  ['SRD', 'SRD'], ['AWG', 'AWG'], ['XCG', 'XCG'],
  // (probes-kk, fortieth session: the ISO code of the Paraguayan guaraní, "a subsidy of about PYG 28 billion a month",
  // py-ipparaguay-asuncion-bus-technical-fare, was a count; its "Gs." is a lettered sign, text/abbreviations.ts LETTERED_CURRENCY_SIGNS)
  ['PYG', 'PYG'],
  // (probes-mm: the ISO codes of the nakfa, "ERN 2.6 million for a new access road", er-shabait-mai-mine-micro-dam; of the
  // Djibouti franc, "had invested DJF 2.8 billion", dj-lanation-balbala-water-barrel-price; of the Comorian franc and of
  // the dobra, "had already advanced STN 3.2 million", st-telanon-me-zochi-cocoa-price: were counts; the Eritrean "Nfa 60"
  // and the São Tomé "Dbs 15 million" are read by the country, homeCurrency.ts)
  ['ERN', 'ERN'], ['DJF', 'DJF'], ['KMF', 'KMF'], ['STN', 'STN'],
  // (probes-nn, forty-second session: the ISO codes of the ouguiya, "a floor price of MRU 260 per kilogram", "against MRU
  // 210 last season", mr-ami-nouadhibou-octopus-season; of the Turkmen manat, "a total cost of TMT 1.8 billion",
  // tm-businessturkmenistan-ahal-greenhouse-tomatoes: were bare numbers or nothing; the Mauritanian "UM 1.2 billion" and
  // the bare "manats" are read by the country, homeCurrency.ts)
  ['MRU', 'MRU'], ['TMT', 'TMT'],
  // (probes-vv, forty-third session: the ISO code of the CFP franc, "had lost XPF 4.2 billion (€35.2 million)",
  // nc-lnc-kouaoua-nickel-plant-jobs, "at a cost estimated at XPF 210 million a year", wf-wallisfutuna1ere-electricity-tariff,
  // were bare numbers; "F.CFP 800 million" is read by the country, homeCurrency.ts)
  ['XPF', 'XPF'],
  // (probes-xe, forty-fourth session: the ISO code of the New Zealand dollar, which Niue, Tokelau and the Cook Islands count
  // in too, "the latest tanker shipment from Auckland, which cost the Government NZD 1.9 million", nu-niuestar-fuel-prices;
  // "had cost the Government NZD 4.7 million …, while fares and freight had brought in less than NZD 900,000",
  // tk-tokelaugov-ferry-fares: were bare numbers or nothing; "NZ$" DOLLAR_PREFIX reads)
  ['NZD', 'NZD'],
]);

/** Abbreviations written before the number as a code is (CODE_WORDS, and an article's own: figures/homeCurrency.ts). */
export type CodeWords = ReadonlyMap<string, string>;

/** The most tokens a lettered sign is written in ("S/.": "S", "/" and "."). */
const LETTERED_SIGN_TOKENS = 3;

/** Characters that glued before a lettered sign's letters make it a link's or a file's path ("x.com/B/.45"). */
const PATH_MARKS = new Set(['/', '.', '-', '_']);
/** The token before `letters` is a path's mark written against them. */
const inPath = (before: Tok | undefined, letters: Tok): boolean => !!before && before.e === letters.s && PATH_MARKS.has(before.w);

/** A lettered sign's currency and how many of the tokens before the number it is written in. */
export interface LetteredSign { code: string; tokens: number }

/** The lettered sign ending right before the number toks[i] (prev nearest first, its letters furthest); null when none. */
export function letteredSignBefore(prev: Tok[], toks: Tok[], i: number): LetteredSign | null {
  let written = '', end = toks[i].s;
  for (let n = 0; n < Math.min(LETTERED_SIGN_TOKENS, prev.length); n++) {
    const t = prev[n];
    // (a sign that ends on its point may stand one space before the digits: "Afl. 3.25", "S/. 12")
    if (t.e !== end && !(n === 0 && t.w === '.' && t.e + 1 === end)) return null;
    written = t.w + written;
    end = t.s;
    if (t.k === 'w') {
      const code = n > 0 && !inPath(prev[n + 1], t) ? LETTERED_CURRENCY_SIGNS.get(written) : undefined;
      return code ? { code, tokens: n + 1 } : null;
    }
  }
  return null;
}

/** Letters written against the digits as a currency's sign -> the currency's code (LETTER_SIGNS, and an article's own: figures/homeCurrency.ts). */
export type LetterSigns = ReadonlyMap<string, string>;

/**
 * Letters written against the digits as a currency's sign by the copy of the countries that use it: the rand ("R2.5
 * billion", "R45 000", an IOL-style probe), the naira ("N500m", "N10bn", a Punch-style probe), the Philippine peso
 * ("P1 million", "P30 billion", an Inquirer-style probe) and the Kenyan shilling ("Sh3.2 billion", "Sh9,500", a Daily
 * Nation-style probe), test/fixtures/outlets probes-ll. A capital letter alone is also a road, a grade or a mask ("N95",
 * "R2", "P1"): only an amount's shape makes it a sign, a scale after the number or its thousands grouped.
 */
// (and the Bahraini dinar's "BD": "BD100,000", "BD210 million", bh-gdn-housing-waiting-list, probes-mm; a "K" is the
// kwacha's or the kina's by the country the article names, figures/homeCurrency.ts)
export const LETTER_SIGNS: LetterSigns = new Map([['R', 'ZAR'], ['N', 'NGN'], ['P', 'PHP'], ['Sh', 'KES'], ['BD', 'BHD']]);
/**
 * The shilling a stroke and a dash after the amount write ("no cents"), as Tanzanian copy writes its own: "the top bid
 * reached 3,020/- per kilogramme", "52bn/-", "almost 250/-", a Daily News-style probe, test/fixtures/outlets
 * tz-dailynews-mtwara-cashew-auction.txt, and "about 1.8bn/- from produce cess", "86m/-", an IPP Guardian-style one,
 * tz-ippguardian-kigoma-bean-cess.txt, probes-uj (bare counts, or nothing after a scale): Tanzanian by this reading,
 * Kenyan or Ugandan by the country the article names most (homeCurrency.ts).
 */
export const SHILLING_STROKE_CODE = 'TZS';

/**
 * The index past "/-" written against the number whose next token is toks[j] ("3,020/-", "52bn/-"), nothing but a mark
 * joined after it; 0 when none.
 */
export function shillingStrokeAfter(toks: Tok[], j: number): number {
  const slash = toks[j], dash = toks[j + 1], after = toks[j + 2];
  if (!slash || !dash || slash.w !== '/' || dash.w !== '-' || !joined(toks[j - 1], slash) || !joined(slash, dash)) return 0;
  return after && joined(dash, after) && after.k !== 'p' ? 0 : j + 2;
}

/** Digits grouped by thousands ("9,500", "45 000"). */
const THOUSANDS_GROUPED = /\d[, \u00a0\u2009\u202f]\d{3}/;

/**
 * The currency of letters written against the number toks[i] as its sign; null when none. The scale may be joined by a
 * hyphen, the Mail & Guardian's style ("a R312-million tender", test/fixtures/outlets za-mailguardian-police-inquiry-tenders.txt).
 */
export function letterSignBefore(prev: Tok | undefined, toks: Tok[], i: number, home?: HomeSigns, letters: LetterSigns = LETTER_SIGNS): string | null {
  const t = toks[i];
  const sign = prev && prev.k === 'w' && prev.e === t.s ? letters.get(prev.w) : undefined;
  if (!prev || !sign) return null;
  const next = toks[i + 1];
  const hyphened = next?.w === '-' && !next.sp && !!toks[i + 2] && !toks[i + 2].sp && toks[i + 2].l in SCALES;
  const scaled = !!next && next.k === 'w' && !next.nl && (next.sp ? next.l in SCALES : next.l in SCALE_ABBREV);
  if (scaled || hyphened || THOUSANDS_GROUPED.test(t.w)) return sign;
  return home?.signs.has(prev.w) && (pricedAfter(toks, i) || pricedBefore(home.text, prev, letters)) ? sign : null;
}

/** The letters an article writes as a currency's sign in an amount of its shape ("P1 million", "R3 000", "Sh140 billion"). */
export interface HomeSigns {
  text: string;
  signs: ReadonlySet<string>;
}

/** The letters of `letters` that write the currency `code` ("PHP" -> "P"). */
export function letterSignOf(code: string, letters: LetterSigns = LETTER_SIGNS): string | undefined {
  for (const [sign, c] of letters) if (c === code) return sign;
  return undefined;
}

/** Words of buying, selling and paying that make a plain "P45" an amount in an article that writes "P" as its sign. */
const PRICE_WORDS = wordSet('price|prices|priced|cost|costs|costing|pay|pays|paid|paying|sell|sells|sold|selling|buy|buys|bought|buying|spend|spends|spent|spending|earn|earns|earned|earning|fare|fares|fee|fees|fine|fined|charge|charges|charged|worth|tariff|wage|wages|salary');
/**
 * Verbs of receiving that make a plain "P530" right after them an amount in an article that writes "P" as its sign ("An
 * old woman who gets P530 from the pension cannot live like that", an Mmegi-style probe, test/fixtures/outlets
 * bw-mmegi-mahalapye-water-kgotla.txt): right before the sign only, as "get" is no price word further back ("it gets
 * worse …").
 */
const RECEIVING_WORDS = wordSet('get|gets|got|getting|receive|receives|received|receiving');
/** Verbs of buying and selling, among PRICE_WORDS: their number may count the goods ("I bought two"). */
const GOODS_WORDS = wordSet('sell|sells|sold|selling|buy|buys|bought|buying');

/** A verb of buying or selling (carriedUnit.ts). */
export function goodsWord(word: string): boolean {
  return GOODS_WORDS.has(word);
}

/** Verbs of giving, offering and winning: with PRICE_WORDS and RECEIVING_WORDS, the verbs of a deal (dealWord). */
const GIVING_WORDS = wordSet('give|gives|gave|given|giving|offer|offers|offered|offering|gain|gains|gained|win|wins|won');

/** A word of paying, getting or giving ("paid", "give", "got"): the amounts such words take are of one kind (carriedUnit.ts). */
export function dealWord(word: string): boolean {
  return PRICE_WORDS.has(word) || RECEIVING_WORDS.has(word) || GIVING_WORDS.has(word);
}

/**
 * Verbs of a bargain, what one side asks and the other takes ("We proposed 18 meticais. We accepted 15", "The Crown is
 * seeking eight years in prison. The defence is asking for five."): the amounts such words take are of one kind too
 * (carriedUnit.ts).
 */
const BARGAIN_WORDS = wordSet('propose|proposes|proposed|proposing|accept|accepts|accepted|accepting|seek|seeks|sought|seeking|demand|demands|demanded|demanding|ask for|asks for|asked for|asking for');

/** A verb of a bargain ("proposed", "accepted", "asking for"; carriedUnit.ts). */
export function bargainWord(word: string): boolean {
  return BARGAIN_WORDS.has(word);
}
/**
 * A form of "be" right before the sign makes a plain amount too, what a thing costs said as what it is ("A 50kg bag of
 * fertiliser was E520 last season. Today it is E690.", a Times of Eswatini-style probe, test/fixtures/outlets
 * sz-timesofeswatini-maize-intake-price.txt, which writes "E60 million"): right before the sign only, as with RECEIVING_WORDS.
 */
function amountRightAfter(word: string): boolean {
  return RECEIVING_WORDS.has(word) || BE_FORMS.has(word);
}
/** Words after an amount that make it a rate of money ("P34 a kilo", "N225 per kilowatt-hour", "the P45-per-kilo ceiling"). */
const RATE_AFTER = wordSet('a|per|each|apiece');

/** toks[i] (a plain number after a letter sign) is a price: a rate after it, or a price word right after it ("P45 price cap"). */
function pricedAfter(toks: Tok[], i: number): boolean {
  const n = toks[i + 1], m = toks[i + 2];
  if (!n || n.nl) return false;
  const rate = n.w === '-' && !n.sp ? m?.l === 'per' : n.k === 'w' && RATE_AFTER.has(n.l) && m?.k === 'w';
  return rate || (n.k === 'w' && PRICE_WORDS.has(n.l));
}

/** Words looked back over for a price word, within the sentence. */
const PRICE_LOOKBACK = 12;
/**
 * A mark the look-back for a price word stops at: a sentence's end, or a semicolon or colon ("…; P45 …" is priced by no
 * word of the clause before). Not people/documents.ts's SENTENCE_END, which is [.!?] only.
 */
const PRICE_CLAUSE_END = /^[.!?;:]$/;

/** Words that join two amounts of one price ("from Sh65 to Sh75"). */
const AMOUNTS_JOINED = wordSet('to|and|or|-|–');

/**
 * A price word before the letter sign `sign` in its sentence ("sell at P45", "paying N225", "the price of a 400g loaf from
 * Sh65"; a verb of receiving or a form of "be" right before it, "gets P530", "was E520", amountRightAfter), not past another amount with a sign (whose price it is: "paying N225 per kilowatt-hour and wear N95 masks") but
 * the first of a pair ("from Sh65 to Sh75").
 */
function pricedBefore(text: string, sign: Tok, letters: LetterSigns): boolean {
  const before = tokensBefore(text, sign.s, PRICE_LOOKBACK, 0);
  for (let k = 0; k < before.length; k++) {
    const t = before[k];
    if (PRICE_CLAUSE_END.test(t.w)) return false;
    if (t.k === 'w' && (PRICE_WORDS.has(t.l) || (k === 0 && amountRightAfter(t.l)))) return true;
    if (t.k === 'w' && letters.has(t.w) && before[k - 1]?.k === 'n' && joined(t, before[k - 1]) && !(k === 2 && AMOUNTS_JOINED.has(before[0].l))) return false;
    if (t.nl) return false;
  }
  return false;
}

/**
 * A code word of one capital, or of a capital and small letters, written with an abbreviation's point before the number,
 * against it or one space apart ("closed at Bs. 262.4 per dollar", "his monthly income in November was Bs. 41,850", a
 * Venezuelanalysis-style probe, test/fixtures/outlets ve-venezuelanalysis-merida-teachers-wage-protest.txt, probes-jj,
 * were no money; South Asian copy's "Rs. 500" the same): its code, or null. A capitals code's point ends a sentence.
 */
export function codeWithPointBefore(prev: Tok[], t: Tok, codes: CodeWords = CODE_WORDS): string | null {
  const [point, word] = prev;
  if (!point || !word || point.w !== '.' || word.k !== 'w' || !joined(word, point) || t.nl || !(joined(point, t) || point.e + 1 === t.s)) return null;
  return POINTED_CODE.test(word.w) ? codes.get(word.w) ?? null : null;
}
/** A code word that takes an abbreviation's point: "Bs", "Rs", "L", and the Nordic crowns' "kr" ("around kr. 1,800 a month"). */
const POINTED_CODE = /^(?:[A-Z][a-z]*|kr)$/;

/** An ISO code written before the number ("DKK 45,000", "USD 5 million"), in capitals: its code, or null. */
export function codeBefore(t: Tok | undefined, codes: CodeWords = CODE_WORDS): string | null {
  const word = t && t.k === 'w' ? codes.get(t.w) : undefined;
  if (word) return word;
  return t && t.k === 'w' && /^[A-Z]{3}$/.test(t.w) && LEXICON_CURRENCY_CODES.includes(t.l) ? t.w : null;
}
