/**
 * Whose currency a name or sign several countries share is: the country the article names most decides, as the
 * article's country decides a bare "$" (homeDollar.ts).
 * - "pesos": Mexico, the Philippines, Argentina, Colombia and Chile all count in pesos. "If I sell at P45, I will earn
 *   two pesos a kilo" in an Inquirer-style probe from Manila is Philippine pesos (test/fixtures/outlets
 *   ph-inquirer-rice-price-cap.txt), "70,000 pesos a month" in a Buenos Aires Times-style probe Argentine ones
 *   (ar-batimes-pensioners-congress-protest.txt), "a reward of 500 million pesos" in a Colombia Reports-style probe
 *   Colombian ones (co-colombiareports-eln-talks-cauca-bomb.txt), "her monthly pension of 1,528 pesos" in an OnCuba
 *   News-style probe Cuban ones (cu-oncubanews-santiago-bread-blackouts.txt). Without a country, or on a tie, Mexican (MXN).
 * - "Rs" and "rupees": India, Pakistan, Sri Lanka, Nepal and Mauritius. "The circular debt in the gas sector has
 *   crossed Rs2.9 trillion" in a Dawn-style probe from Islamabad (pk-dawn-gas-tariff-senate.txt), "a tanker … arrives in
 *   one hour for Rs8,000" in a News-style probe from Karachi (pk-thenews-karachi-water-sitin.txt), "offered Rs2,800 per
 *   maund" in a Tribune-style probe from Punjab (pk-tribune-wheat-sit-in.txt) are Pakistani rupees. Without a country,
 *   or on a tie, Indian (INR); "₹" is India's only.
 * - "K" written against the digits: the Zambian kwacha ("Treasury has released K2.4 billion", "I have paid my K400
 *   contribution", a Zambia Daily Mail-style probe from Chipata, zm-dailymail-fisp-fertiliser-delays.txt) and the
 *   Papua New Guinean kina ("had already spent K1.2 million", "raised fares … from K15 to K25", a Post-Courier-style
 *   probe from Kundiawa, pg-postcourier-highlands-highway-repairs.txt). Without one of these countries named "K" is no
 *   sign ("K2" is a mountain, "K9" a dog unit), and the amount stays unread.
 * - "P" written against the digits: the Philippine peso (money.ts LETTER_SIGNS) and Botswana's pula ("had set aside
 *   P12.4 million to replace a 9-kilometre section of the pipeline", "lost bookings worth about P40,000", an Mmegi-style
 *   probe from Mahalapye, bw-mmegi-mahalapye-water-kgotla.txt). Without one of the two countries named, or on a tie,
 *   Philippine (PHP).
 * - "M" and "D" written against the digits: Lesotho's loti ("were owed about M48 million", "the remaining M17 million", a
 *   Lesotho Times-style probe, ls-lesothotimes-wool-farmers-arrears.txt) and the Gambian dalasi ("from D25 to D50", "costs
 *   us over D45,000 in fuel", a The Point-style probe, gm-thepoint-banjul-barra-ferry-fare.txt), by the country only:
 *   without it "M4" is a motorway and "D3" a vitamin.
 * - "L$": the Liberian dollar ("from L$3,100 to L$3,800", a FrontPageAfrica-style probe, lr-frontpageafrica-rice-prices.txt)
 *   when the article names Liberia; else the "$" alone is read.
 * - "B$": the Brunei dollar (money.ts) and the Bahamian one ("has spent more than B$18,000 clearing debris", "We have
 *   paid out B$1.4 million", a Tribune-style probe from Eleuthera, bs-tribune-eleuthera-farm-relief.txt), by the country
 *   the article names most; without either, or on a tie, Brunei's (BND).
 * - "SR" written before the number: the Seychelles rupee ("from SR 600 to SR 750", a Seychelles Nation-style probe,
 *   sc-nation-praslin-ferry-fares.txt), when the article names the Seychelles; without it "SR 99" is a state route.
 * - "KD" written before the number: the Kuwaiti dinar ("I pay KD 260 for a two-bedroom flat", "more than KD 2.8 billion a
 *   year", an Arab Times-style probe, kw-arabtimes-investment-power-tariff.txt), when the article names Kuwait; "Nu": the
 *   ngultrum ("between Nu 18 and Nu 24 a kg", a Kuensel-style probe, bt-kuensel-potato-auction-price.txt), when it names
 *   Bhutan. Without the country "KD 5" and "Nu 9" are no money.
 * - "E" written against the digits: the lilangeni ("white maize at E4 150 per tonne", "put E60 million into the input
 *   subsidy programme", a Times of Eswatini-style probe, sz-timesofeswatini-maize-intake-price.txt), by the country only:
 *   without it "E10" is a fuel and "E3" a conference.
 * - "fils", a thousandth of a dinar: the Kuwaiti one ("from 5 fils to 12 fils per kilowatt-hour", kw-arabtimes-investment-
 *   power-tariff.txt), Bahrain's or Jordan's by the country the article names most; without one, or on a tie, Kuwait's.
 *   The UAE's fils are a hundredth of a dirham ("Salik will charge 6 fils more per crossing in Dubai" is AED 0.06, not
 *   KWD 0.006, which a reader saw before), read so when the article names the UAE most.
 * - "VT" (and "Vt") written before the number: the Vanuatu vatu ("cut the price … from VT2,600 to VT1,800 per kilogram",
 *   a Daily Post-style probe, vu-dailypost-kava-farmgate-price.txt), when the article names Vanuatu; "AMD": the Armenian
 *   dram ("the average wholesale price of apricots in June was AMD 310 per kilogram", an Armenpress-style probe,
 *   am-armenpress-apricot-purchase-price.txt), when it names Armenia; "MNT": the tugrik ("has fallen to MNT 95 thousand
 *   per kilogram", a Montsame-style probe, mn-montsame-raw-cashmere-price.txt), when it names Mongolia; "FCFA": the
 *   Central African CFA franc ("fallen from FCFA 5,200 to FCFA 3,600 per kilogram", a Journal du Cameroun-style probe,
 *   cm-journalducameroun-cocoa-farmgate-price.txt) or the West African one, by the country the article names most.
 *   Without the country "VT 100" is a Vermont route, "AMD 310" a chip and "MNT 5" no money. (probes-rr)
 * - "GEL" written before the number: the Georgian lari ("will rise from GEL 1 to GEL 1.5 from November 1", a Civil.ge-style
 *   probe, ge-civil-tbilisi-transport-fares.txt), when the article names Georgia; "MAD": the Moroccan dirham ("has reached
 *   MAD 30 per kilogram", a Morocco World News-style probe, ma-mwn-sardine-prices-ramadan.txt), when it names Morocco;
 *   "DH" and "Dh": the dirham of Morocco ("The diesel alone costs us DH 4,000 a trip", the same probe) or of the UAE, by
 *   the country the article names most. Without the country "GEL 5" is a product's, "MAD 2" a headline's shout and "DH
 *   2" a baseball designated hitter's. (probes-tt)
 * - "dinars": Tunisian ("the price paid at oil mills fell to around 10 dinars per litre", a TAP-style probe,
 *   tn-tap-olive-oil-prices-sfax.txt), Algerian, Libyan, Jordanian, Kuwaiti, Bahraini, Iraqi or Serbian by the country the
 *   article names most; without one, or on a tie, Kuwait's, as its fils are. "SSP" written before the number: the South
 *   Sudanese pound ("has climbed to SSP 5,000", an Eye Radio-style probe, ss-eyeradio-juba-fuel-prices.txt), when the
 *   article names South Sudan; without it "SSP" is a British statutory sick pay. Codes written after the number: "DT"
 *   and "MD", a million dinars, in Tunisian copy ("10 DT", "an envelope of 300 MD", the TAP-style probe), and "MT", the
 *   metical, in Mozambican copy ("from 20 MT to 25 MT", a Club of Mozambique-style probe,
 *   mz-clubofmozambique-maputo-chapa-fares.txt), when the article names the country; without it "20 MT" is metric tonnes
 *   and "MD" a doctor. (probes-vv)
 * - "lei" and "leu": Moldovan ("will rise from 11.02 lei to 14.2 lei per cubic metre", an IPN-style probe,
 *   md-ipn-natural-gas-tariff-increase.txt) or Romanian by the country the article names most; without one, or on a tie,
 *   Romanian (RON). "SOS" written before the number: the Somali shilling ("her daily income of about SOS 150,000", a Hiiraan
 *   Online-style probe, so-hiiraan-mogadishu-food-prices.txt), when the article names Somalia; without it "SOS" is a
 *   distress call. (probes-ww; its bare "cents", "33.4 cents per kilogram" among "€2,400" in an LSM-style probe,
 *   lv-lsm-raw-milk-purchase-price.txt, are read by the "cents" rule below)
 * - "ALL" written before the number: the Albanian lek ("fines of up to ALL 500,000", an Albanian Daily News-style probe,
 *   al-albaniandailynews-ksamil-sunbed-price-cap.txt), when the article names Albania; "BAM": the Bosnian convertible mark
 *   ("a one-off payment of BAM 150", a Sarajevo Times-style probe, ba-sarajevotimes-firewood-price-winter.txt), when it
 *   names Bosnia and Herzegovina, whose copy also writes the mark "KM" after the number ("up to 160 KM for a cubic metre")
 *   and names it "marks" ("I sell a metre for 130 marks"), read as kilometres and as a count of marks without the country.
 *   Without it "ALL 50" is a headline's shout, "BAM 2" a noise, "20 KM" a distance and "80 marks" a score. (probes-yy)
 * - "pounds" alone: the Egyptian, Sudanese, Lebanese, Syrian or South Sudanese pound by the country the article names most
 *   ("A family of six will now pay 180 pounds more a month for bread alone", an Ahram-style probe from Cairo,
 *   eg-ahram-bread-subsidy-price.txt; "nobody wants to count millions of pounds every month", an L'Orient Today-style probe
 *   from Beirut, lb-lorienttoday-generator-tariffs.txt); without one of them "The calf weighed 90 pounds" is a weight, and
 *   a British article's pounds are read as before. (figures-yy)
 * - "PEN" written before the number: the Peruvian sol ("an emergency fund of PEN 300 million", a Peru Reports-style
 *   probe, pe-perureports-potato-farmers-strike.txt), and "soles" after it ("they pay me fifteen soles"), when the article
 *   names Peru; without it "PEN 2" is a pen and "fifteen soles" a count of fish or of shoes' soles. (probes-cc)
 * - "kroner", "krone" and "øre": Danish or Norwegian by the country the article names most ("Nobody will pay 80 kroner for
 *   a loaf of bread", "cover 90 percent of the price above 77 øre per kilowatt-hour", a News in English-style probe from
 *   Bergen, no-newsinenglish-bergen-power-prices.txt); without one, or on a tie, Danish (DKK). "RON" written before the
 *   number: the Romanian leu ("will rise to RON 512 per gigacalorie", a Romania Insider-style probe,
 *   ro-romaniainsider-bucharest-heating-price.txt), when the article names Romania; without it "RON 95" is an octane
 *   rating. "crowns" alone: Czech ("an extra 3,180 crowns a year", a Radio Prague-style probe,
 *   cz-radioprague-ostrava-water-prices.txt), Danish, Norwegian, Swedish or Icelandic by the country the article names
 *   most; without one "three crowns" stay a count. (probes-dd)
 * - Pesos by Uruguay too ("the subsidy costs the department some 1,900 million pesos a year", a MercoPress-style probe,
 *   uy-mercopress-montevideo-bus-fare.txt); "Bs" and "BOB" before the number by Bolivia ("at the subsidised price of Bs
 *   3.72 a litre", bo-boliviaexpress-diesel-queues-santa-cruz.txt), "Q" by Guatemala ("from Q 25 to Q 40",
 *   gt-revue-antigua-water-rates.txt): without the country no money. (probes-ff)
 * - "soms" by Kyrgyzstan ("will pay about 1,450 soms a month", kg-24kg-bishkek-heating-tariff.txt), "rials" and "YR" by
 *   Yemen ("rose to 48,000 rials on Tuesday", "as the rial slides past YR 2,300", ye-almasdaronline-aden-flour-prices.txt),
 *   "centavos" as hundredths of the US dollar by Timor-Leste ("a kilo of rice for $1 instead of 75 centavos",
 *   tl-tatoli-dili-rice-price.txt): without the country counts. (probes-ee)
 * - "rials" by Iran too ("a single metro trip inside the city will cost 45,000 rials", "the subsidy bill reached 38 trillion
 *   rials", a Tehran Times-style probe, ir-tehrantimes-metro-bus-fares.txt), and its "tomans", ten rials each, the unit
 *   Iranians price in ("45,000 rials (4,500 tomans)"); "Bs" and "Bs." before the number by Venezuela ("closed at Bs. 262.4
 *   per dollar", "his monthly income in November was Bs. 41,850", ve-venezuelanalysis-merida-teachers-wage-protest.txt),
 *   as by Bolivia; "L" before it by Honduras ("will pay L 9.42 per kilowatt-hour", "around L 1,800 million a year",
 *   hn-bayislandsvoice-roatan-power-rates.txt): without the country counts, nothing or no money. (probes-jj)
 * - "francs" by Guinea too ("The minimum wage is still 550,000 francs", gn-guineenews-fuel-price-taxis.txt); "CFA francs"
 *   West African, or Central African by the country ("from 175 to 200 CFA francs", sn-aps-dakar-bread-price.txt); after
 *   the number "DA" by Algeria ("a sack of 25 kilos cost me 1,500 DA", dz-tsa-potato-prices.txt), "FG" by Guinea,
 *   "FCFA" and "F CFA" by a CFA country, a range's too ("between 1,000 and 1,500 F CFA a day"); "LD" before it by Libya
 *   ("limiting cash withdrawals to LD 1,000 per customer", ly-libyaherald-cash-liquidity.txt). (probes-gg)
 * - "francs": Swiss, Central African (XAF) or West African (XOF) by the country the article names most ("We will sell
 *   only when the price returns to at least 4,500 francs", cm-journalducameroun-cocoa-farmgate-price.txt); without one,
 *   or on a tie, Swiss (CHF).
 * - "francs" by New Caledonia, French Polynesia and Wallis and Futuna too, their CFP franc (XPF: "more than 60 billion
 *   francs", nc-lnc-kouaoua-nickel-plant-jobs.txt); its "F CFP" after the number ("against 35 F CFP on Wallis and 47 F CFP
 *   on Futuna", wf-wallisfutuna1ere-electricity-tariff.txt) and "CFP" before it ("F.CFP 800 million") by the same places:
 *   without them no money. (probes-vv, forty-third session; "XPF", "Fcfp" and "CFP francs" are the CFP franc's anywhere,
 *   money.ts)
 * - "cents" alone (money.ts reads them as US cents): the article's own money when every other amount it writes is of one
 *   currency whose hundredth is a cent (money.ts CENT_CURRENCIES), none of them dollars read as US ones ("The new price will
 *   be 8.74 euro cents per kilowatt-hour, including VAT, compared with 8.02 cents last season", among "about €95" and
 *   "€14.6 million", an LRT-style probe, test/fixtures/outlets lt-lrt-vilnius-heating-bills.txt, was 0.0802 USD). The
 *   "$" of a home dollar takes its cents with it (homeDollar.ts); "US cents" stay US.
 * - "AZN" written before or after the number: the Azerbaijani manat ("more than AZN 1,900 on fertilizer", "(1 USD = 1.7
 *   AZN)", an Azernews-style probe, az-azernews-zagatala-hazelnut-prices.txt), when the article names Azerbaijan; without
 *   it AstraZeneca's ticker. "kr" written before the number too, Norway's by its names, Svalbard's and Longyearbyen's
 *   among them ("about kr 23,760 for power", an Icepeople-style probe, sj-icepeople-longyearbyen-power-prices.txt).
 *   (s46-probes-za)
 * A name written with its country ("Mexican pesos", "Indian rupees") is never changed.
 */
import type { Figure } from '../types';
import { bare } from './carriedUnit';
import { countMatches, soleHighest, US_DOLLAR_WRITTEN } from './homeDollar';
import { tidy } from './numberWords';
import { CENT_CURRENCIES, CODE_WORDS, type CodeWords, LETTER_SIGNS, type LetterSigns, SHILLING_STROKE_CODE } from './money';

/**
 * The countries that share a currency's name or sign: ISO code -> the names that say an article is about the country.
 * An outlet named after its country or city ("Albanian Daily News", "Sarajevo Times", "Sudan Tribune") counts once by
 * that name, which the alternation reads first: written again as an alternative after it, it would never be reached.
 * So would a name that ends on a letter beyond ASCII ("Bogotá", "Lomé", "Tromsø") between \b and \b: \b is a bound
 * of ASCII word characters, so such a list is bound by (?<!\w) and (?!\w), the same for every other name.
 */
type Countries = Readonly<Record<string, RegExp>>;

/** A currency's name several countries share, as figures/money.ts reads it without a country. */
interface SharedName {
  /** The code money.ts gives the name. */
  fallback: string;
  /** A figure that writes the shared name ("600 pesos", "Rs8,000"). */
  bare: RegExp;
  /** The name written with its country ("Mexican pesos", "Indian rupees"). */
  ofCountry: RegExp;
  countries: Countries;
  /** What a figure's value is multiplied by where a country's unit counts fewer of the shared subunit than money.ts reads. */
  rescale?: Readonly<Record<string, number>>;
}

/** The names that say an article is about Lesotho (its maloti, "M"). */
const LESOTHO = /\b(?:Lesotho|Basotho|Mosotho|Maseru|Mokhotlong|Thaba-Tseka|Qacha's Nek|Leribe|Mafeteng|Mohale's Hoek|Quthing|Butha-Buthe|Semonkong)\b/g;

/** The names that say an article is about the Philippines (its pesos, its "P"). */
const PHILIPPINES = /\b(?:Philippines|Philippine|Filipinos?|Manila|Quezon City|Cebu|Davao)\b/g;

const PESOS: SharedName = {
  fallback: 'MXN',
  bare: /\bpesos?\b/i,
  ofCountry: /\b(?:Mexican|Philippine|Argentine|Colombian|Chilean|Cuban)\s+pesos?\b/i,
  countries: {
    MXN: /\b(?:Mexico|Mexican|Monterrey|Guadalajara)\b/g,
    PHP: PHILIPPINES,
    ARS: /\b(?:Argentina|Argentine|Argentines|Buenos Aires|Córdoba|Rosario)\b/g,
    COP: /(?<!\w)(?:Colombia|Colombian|Colombians|Bogotá|Bogota|Medellín|Medellin|Cali)(?!\w)/g,
    CLP: /\b(?:Chile|Chilean|Chileans|Valparaíso|Valparaiso)\b/g,
    // (probes-ff: "the subsidy costs the department some 1,900 million pesos a year", a MercoPress-style probe from
    // Montevideo, uy-mercopress-montevideo-bus-fare.txt, was Argentine by one "Buenos Aires")
    UYU: /(?<!\w)(?:Uruguay|Uruguayans?|Montevideo|Canelones|Maldonado|Punta del Este|Paysandú|Tacuarembó|Intendencia de Montevideo)(?!\w)/g,
    // (probes-ii: "her monthly pension of 1,528 pesos", "trading at around 420 pesos", an OnCuba News-style probe from
    // Santiago de Cuba, cu-oncubanews-santiago-bread-blackouts.txt, were Mexican)
    CUP: /(?<!\w)(?:Cuba|Cubans?|Havana|Matanzas|Cienfuegos|Camagüey|Pinar del Río|Unión Eléctrica|OnCuba)(?!\w)/g,
  },
};

// ("Hyderabad" and "Punjab" are in India and in Pakistan: left out of both)
const RUPEES: SharedName = {
  fallback: 'INR',
  bare: /\bRs\.?(?=\s?\d)|\b[Rr]upees?\b/,
  ofCountry: /\b(?:Indian|Pakistani|Sri Lankan|Nepali|Nepalese|Mauritian)\s+rupees?\b/i,
  countries: {
    INR: /\b(?:India|Indians?|New Delhi|Delhi|Mumbai|Kolkata|Chennai|Bengaluru|Bangalore|Uttar Pradesh|Maharashtra|Kerala|Haryana)\b/g,
    PKR: /\b(?:Pakistan|Pakistanis?|Islamabad|Karachi|Lahore|Rawalpindi|Peshawar|Quetta|Sindh|Balochistan|Khyber Pakhtunkhwa|Multan|Faisalabad)\b/g,
    LKR: /\b(?:Sri Lankans?|Sri Lanka|Colombo|Kandy|Jaffna)\b/g,
    NPR: /\b(?:Nepal|Nepali|Nepalese|Kathmandu|Pokhara)\b/g,
    MUR: /\b(?:Mauritius|Mauritians?|Port Louis)\b/g,
  },
};

/** The Bahamas' and Brunei's "B$" (money.ts reads it as Brunei's). */
const B_DOLLAR: SharedName = {
  fallback: 'BND',
  bare: /\bB\$/,
  ofCountry: /\b(?:Bahamian|Brunei) dollars?\b/i,
  countries: {
    BND: /\b(?:Brunei|Bruneians?|Bandar Seri Begawan|Temburong|Tutong|Belait|Borneo Bulletin)\b/g,
    BSD: /\b(?:Bahamas|Bahamians?|Nassau|New Providence|Eleuthera|Abaco|Grand Bahama|Freeport|Exuma|Andros|Bimini)\b/g,
  },
};

/** The names that say an article is about Kuwait (its dinar, "KD", and its fils). */
const KUWAIT = /\b(?:Kuwait|Kuwaitis?|Hawally|Farwaniya|Salmiya|Jahra|Fahaheel|Mahboula|Jleeb Al-Shuyoukh|Arab Times)\b/g;
/** The names that say an article is about Bhutan (its ngultrum, "Nu"). */
const BHUTAN = /\b(?:Bhutan|Bhutanese|Thimphu|Phuentsholing|Punakha|Wangdue|Trongsa|Bumthang|Mongar|Trashigang|Samtse|Gelephu|Chukha|Kuensel)\b/g;
/** The names that say an article is about Eswatini (its lilangeni, "E"). */
const ESWATINI = /\b(?:Eswatini|Swaziland|Swazis?|emaSwati|Mbabane|Manzini|Matsapha|Lobamba|Siteki|Nhlangano|Hhohho|Lubombo|Shiselweni|Times of Eswatini)\b/g;

/** The names that say an article is about the United Arab Emirates (its dirham's fils, its "Dh"). */
const UAE = /\b(?:UAE|United Arab Emirates|Emiratis?|Dubai|Abu Dhabi|Sharjah|Ajman|Fujairah|Ras Al Khaimah|Umm Al Quwain|Al Ain|Khaleej Times|Gulf News)\b/g;

/** How many times a thousandth, money.ts's reading of a fils, a hundredth is (the UAE dirham's fils). */
const HUNDREDTH_OVER_THOUSANDTH = 10;

/** The fils of the dinars that count a thousand of them (money.ts reads Kuwait's), and of the UAE dirham, a hundred. */
const FILS: SharedName = {
  fallback: 'KWD',
  bare: /\bfils\b/,
  ofCountry: /\b(?:Kuwaiti|Bahraini|Jordanian) fils\b/i,
  countries: {
    KWD: KUWAIT,
    BHD: /\b(?:Bahrain|Bahrainis?|Manama|Muharraq|Riffa)\b/g,
    JOD: /\b(?:Jordan|Jordanians?|Amman|Zarqa|Irbid|Aqaba)\b/g,
    AED: UAE,
  },
  rescale: { AED: HUNDREDTH_OVER_THOUSANDTH },
};

/** The names that say an article is about Vanuatu (its vatu, "VT"). */
const VANUATU = /\b(?:Vanuatu|Ni-Vanuatu|Port Vila|Luganville|Espiritu Santo|Santo|Pentecost|Maewo|Ambae|Malekula|Tanna|Efate|Daily Post)\b/g;
/** The names that say an article is about Armenia (its dram, "AMD"). */
const ARMENIA = /\b(?:Armenia|Armenians?|Yerevan|Gyumri|Vanadzor|Ararat|Armavir|Kotayk|Syunik|Armenpress)\b/g;
/** The names that say an article is about Mongolia (its tugrik, "MNT"). */
const MONGOLIA = /\b(?:Mongolia|Mongolians?|Ulaanbaatar|Darkhan|Erdenet|Khentii|Dornogovi|Sukhbaatar|Govi-Altai|Khovd|MONTSAME|Montsame)\b/g;
/**
 * The countries of the Central African CFA franc (XAF) and of the West African one (XOF). The Republic of the Congo by its
 * name and by Pointe-Noire, its port and second city, too (probes-kk, fortieth session: "a fisherman now spends 35,000 CFA
 * francs on fuel", "fines totalling 60 million FCFA", an ADIAC-style probe from Pointe-Noire,
 * cg-adiac-pointe-noire-artisanal-fishing-catches.txt, were West African, Swiss or counts: its one "Brazzaville" tied with
 * a "Benin"); not "Congo" alone, Kinshasa's too. Burkina Faso by "Burkina" alone, "Burkinabè" and Bobo-Dioulasso, its second
 * city (probes-ll, fortieth session: "a purchase price of 325 FCFA per kilogram", "more than 2.3 billion FCFA", "4.5 million
 * francs CFA" in an AIB-style probe from Bobo-Dioulasso, bf-aib-houet-cotton-seed-price.txt, that names "Burkina" and
 * "Burkinabè" only, were unread or Swiss). Côte d'Ivoire by its regional capitals and its papers too (s47-probes-qf: "the
 * farmgate price of 2,800 FCFA per kilogram", "more than 40 billion FCFA", "the pisteurs pay us 2,300 francs" in an
 * AIP-style probe from Soubré, ci-aip-soubre-cocoa-farmgate-price.txt, that names neither the country nor Abidjan, were
 * bare numbers or Swiss).
 */
const CFA_COUNTRIES: Countries = {
  XAF: /(?<!\w)(?:Cameroon|Cameroonians?|Yaoundé|Yaounde|Douala|Gabon|Gabonese|Libreville|Chad|Chadians?|N'Djamena|Congo-Brazzaville|Brazzaville|Pointe-Noire|(?<!Democratic )Republic of (?:the )?Congo|Central African Republic|Bangui|Equatorial Guinea|Malabo)(?!\w)/g,
  XOF: /(?<!\w)(?:Senegal|Senegalese|Dakar|Côte d'Ivoire|Ivory Coast|Ivorians?|Abidjan|Yamoussoukro|Bouaké|Daloa|San-Pédro|Korhogo|Soubré|Gagnoa|Agence Ivoirienne de Presse|Fraternité Matin|Mali|Malians?|Bamako|Burkina(?: Faso)?|Burkinab[eè]|Ouagadougou|Bobo-Dioulasso|Niger|Nigeriens?|Niamey|Togo|Togolese|Lomé|Benin|Beninese|Cotonou|Guinea-Bissau|Bissau)(?!\w)/g,
};

/** The names that say an article is about Burundi (its franc, "francs", "FBu"). */
const BURUNDI = /\b(?:Burundi|Burundians?|Bujumbura|Gitega|Ngozi|Rumonge|Makamba|Muyinga|Kirundo|Cibitoke|Bubanza|Iwacu)\b/g;
/** The names that say an article is about the Democratic Republic of the Congo (its franc, "francs", "FC"); not "Congolese", Brazzaville's too. */
const DR_CONGO = /\b(?:DR Congo|DRC|Democratic Republic of (?:the )?Congo|Kinshasa|Lubumbashi|Goma|Bukavu|Kisangani|Mbuji-Mayi|Kananga|Matadi|Kolwezi|Uvira|Bunia|Radio Okapi|Actualite\.cd|ACTUALITE\.CD)\b/g;

/**
 * The names that say an article is about Guinea (its franc, "francs", "FG"); not Equatorial Guinea, Guinea-Bissau nor
 * Papua New Guinea.
 */
const GUINEA = /(?<!\w)(?:(?<!(?:Equatorial|New) )Guinea(?!-)|Guineans?|Conakry|Kaloum|Kankan|Nzérékoré|Kindia|Labé|Boké|Mamou|Siguiri|Guineenews)(?!\w)/g;

/** The names that say an article is about Djibouti (its franc, "francs", "FDJ"). */
const DJIBOUTI = /(?<!\w)(?:Djibouti(?:ans?)?|Balbala|Tadjourah|Obock|Ali Sabieh|Dikhil|Arta|Doraleh|La Nation)(?!\w)/g;
/** The names that say an article is about the Comoros (its franc, "francs", "fc"). */
const COMOROS = /(?<!\w)(?:Comoros|Comorians?|Moroni|Ngazidja|Grande Comore|Ndzuani|Anjouan|Mwali|Mohéli|Mutsamudu|Fomboni|Al-Watwan)(?!\w)/g;
/** The names that say an article is about Eritrea (its nakfa, "Nfa"). */
const ERITREA = /(?<!\w)(?:Eritrea|Eritreans?|Asmara|Massawa|Keren|Mendefera|Dekemhare|Barentu|Assab|Shabait|Eritrea Profile)(?!\w)/g;
/** The names that say an article is about São Tomé and Príncipe (its dobra, "Db", "Dbs"). */
const SAO_TOME = /(?<!\w)(?:São Tomé|Sao Tome|Santomeans?|Príncipe|Principe|Trindade|Neves|Guadalupe|Téla Nón|STP-Press)(?!\w)/g;

/** The names that say an article is about Mauritania (its ouguiya, "UM"). */
const MAURITANIA = /(?<!\w)(?:Mauritania|Mauritanians?|Nouakchott|Nouadhibou|Rosso|Kiffa|Kaédi|Zouérat|Néma|Aleg|Sélibaby|Dakhlet Nouadhibou|Cridem)(?!\w)/g;
/** The names that say an article is about Turkmenistan (its manat, "manats"); not "Mary", a given name too. */
const TURKMENISTAN = /(?<!\w)(?:Turkmenistan|Turkmens?|Ashgabat|Ashkhabad|Turkmenabat|Dashoguz|Balkanabat|Turkmenbashi|Türkmenbaşy|Ahal|Lebap|Mejlis|Business Turkmenistan|Chronicles of Turkmenistan)(?!\w)/g;
/** The names that say an article is about Azerbaijan (its manat, "manats"). */
const AZERBAIJAN = /(?<!\w)(?:Azerbaijan|Azerbaijanis?|Azeris?|Baku|Ganja|Sumgait|Sumqayit|Nakhchivan|Lankaran|Mingachevir|Milli Majlis)(?!\w)/g;
/** The manat's countries, Turkmenistan's and Azerbaijan's (the singular "manat" and the plural "manats" alike). */
const MANAT_COUNTRIES: Countries = { TMT: TURKMENISTAN, AZN: AZERBAIJAN };

/**
 * The names that say an article is about the French Pacific, New Caledonia, French Polynesia or Wallis and Futuna (their
 * CFP franc, "francs", "F CFP", "F.CFP"): "the three metallurgical plants of the territory together lost more than 60
 * billion francs", an LNC-style probe from Kouaoua, nc-lnc-kouaoua-nickel-plant-jobs; "a fund of 250 million francs", a
 * Tahiti Infos-style probe, pf-tahitiinfos-pearl-export-floor-price; "about 14,000 francs a month for electricity", a
 * Wallis et Futuna la 1ère-style probe, wf-wallisfutuna1ere-electricity-tariff (probes-vv, forty-third session: were Swiss).
 * Not "Wallis" alone, a name too.
 */
const FRENCH_PACIFIC = /(?<!\w)(?:New Caledonia|New Caledonians?|Caledonians?|Nouméa|Noumea|Kanaks?|French Polynesia|Tahiti|Tahitians?|Papeete|Moorea|Tuamotu|Marquesas|Futuna|Mata-Utu|Uvea|Tahiti Infos)(?!\w)/g;

/** Swiss, Central and West African, Burundian, Congolese, Guinean, Djibouti and Comorian francs (money.ts reads "francs" as Swiss). */
const FRANCS: SharedName = {
  fallback: 'CHF',
  bare: /\bfrancs?\b/i,
  ofCountry: /\b(?:Swiss|Rwandan|Congolese|Burundian|Guinean|Djiboutian|Comorian)\s+francs?\b/i,
  // (probes-bb: "My salary is 180,000 francs a month", bi-iwacu-bujumbura-fuel-queues; "a litre of petrol is now 3,200
  // francs", cd-actualite-kinshasa-water-jerrican-price: were Swiss)
  // (probes-gg: "The minimum wage is still 550,000 francs", "that is 18 750 francs more", gn-guineenews-fuel-price-taxis:
  // were West African)
  // (probes-mm: "1,000 francs a day for water alone", dj-lanation-balbala-water-barrel-price; "When it goes up by 2,500
  // francs", km-alwatwan-moroni-rice-bag-price: were Swiss)
  countries: { CHF: /\b(?:Switzerland|Swiss|Zurich|Zürich|Geneva|Bern|Basel|Lausanne)\b/g, ...CFA_COUNTRIES, BIF: BURUNDI, CDF: DR_CONGO, GNF: GUINEA, DJF: DJIBOUTI, KMF: COMOROS, XPF: FRENCH_PACIFIC },
};

/**
 * "CFA francs", the West African franc by money.ts's reading, or the Central African one where the article names its
 * countries ("from 175 to 200 CFA francs", "more than 45,000 CFA francs", an APS-style probe from Dakar,
 * sn-aps-dakar-bread-price, probes-gg: were counts of "franc"), and "francs CFA" in the French order (money.ts francsCfa:
 * "has passed 25,000 francs CFA", ga-gabonreview-libreville-cassava-baton-price, Central African).
 */
const CFA_FRANCS: SharedName = { fallback: 'XOF', bare: /\b(?:CFA\s+francs?|francs?\s+CFA)\b/, ofCountry: /(?!)/, countries: CFA_COUNTRIES };

/** The names that say an article is about Algeria (its dinar, "dinars", "DA"). */
const ALGERIA = /\b(?:Algeria|Algerians?|Algiers|Oran|Constantine|Annaba)\b/g;
/** The names that say an article is about Libya (its dinar, "dinars", "LD"). */
const LIBYA = /\b(?:Libya|Libyans?|Tripoli|Benghazi|Misrata)\b/g;

/** The names that say an article is about Tunisia (its dinar, "DT", "MD"). */
const TUNISIA = /\b(?:Tunisia|Tunisians?|Tunis|Sfax|Sousse|Kairouan|Bizerte|Gabès|Gabes|Mahdia|Monastir|Nabeul|Gafsa|Medenine)\b/g;

/** The dinars of the countries that count in them (money.ts reads "dinars" as Kuwait's). */
const DINARS: SharedName = {
  fallback: 'KWD',
  bare: /\bdinars?\b/i,
  ofCountry: /\b(?:Tunisian|Algerian|Libyan|Jordanian|Kuwaiti|Bahraini|Iraqi|Serbian)\s+dinars?\b/i,
  countries: {
    TND: TUNISIA,
    DZD: ALGERIA,
    LYD: LIBYA,
    JOD: FILS.countries.JOD,
    KWD: KUWAIT,
    BHD: FILS.countries.BHD,
    IQD: /\b(?:Iraq|Iraqis?|Baghdad|Basra|Mosul|Erbil|Kirkuk|Najaf)\b/g,
    RSD: /(?<!\w)(?:Serbia|Serbians?|Belgrade|Novi Sad|Niš|Nis)(?!\w)/g,
  },
};

/** The names that say an article is about the Seychelles (its rupee, "SR"). */
const SEYCHELLES = /(?<!\w)(?:Seychelles|Seychellois|Mahé|Mahe|Praslin|La Digue|Victoria, Seychelles)(?!\w)/g;

/** The names that say an article is about Georgia (its lari, "GEL"; "Georgia" is a US state's name too). */
const GEORGIA = /\b(?:Georgia|Georgians?|Tbilisi|Batumi|Kutaisi|Rustavi|Zugdidi|Gori|Telavi|Mtskheta|Sakrebulo|Geostat|Civil\.ge)\b/g;
/** The names that say an article is about Morocco (its dirham, "MAD", "DH"). */
const MOROCCO = /\b(?:Morocco|Moroccans?|Rabat|Casablanca|Marrakech|Marrakesh|Fez|Fes|Tangier|Agadir|Meknes|Oujda|Safi|Tetouan)\b/g;
/** The dirham's "DH" and "Dh": Morocco's or the UAE's, by the country the article names most. */
const DIRHAM_COUNTRIES: Countries = { MAD: MOROCCO, AED: UAE };

/** The names that say an article is about South Sudan (its pound, "SSP"). */
const SOUTH_SUDAN = /\b(?:South Sudan|South Sudanese|Juba|Wau|Malakal|Bor|Yei|Rumbek|Torit|Aweil|Bentiu|Nimule|Eye Radio|Radio Tamazuj)\b/g;
/** The names that say an article is about Sudan (its pound, "SDG", "pounds"), not South Sudan. */
const SUDAN = /\b(?:(?<!South )Sudan|(?<!South )Sudanese|Khartoum|Omdurman|Port Sudan|Wad Madani|Gezira|Kassala|Gedaref|El Obeid|El Fasher|Nyala|Atbara|Kordofan|Darfur|Dabanga)\b/g;
/** South Sudan's pound ("SSP 5,000", "pounds"): one country reading, for its code and, with the other pounds', its name. */
const SOUTH_SUDANESE_POUND: Countries = { SSP: SOUTH_SUDAN };
/** Sudan's pound ("SDG 2,500", "pounds"): one country reading, for its code and, with the other pounds', its name. */
const SUDANESE_POUND: Countries = { SDG: SUDAN };
/** The names that say an article is about Madagascar (its ariary, "Ar"). */
const MADAGASCAR = /\b(?:Madagascar|Malagasy|Antananarivo|Toamasina|Antsirabe|Mahajanga|Fianarantsoa|Toliara|Antsiranana|Alaotra|Midi Madagasikara)\b/g;
/** The names that say an article is about Mozambique (its metical, "MT"). */
const MOZAMBIQUE = /\b(?:Mozambique|Mozambicans?|Maputo|Matola|Beira|Nampula|Quelimane|Tete|Pemba|Inhambane|Xai-Xai|Chimoio|Lichinga|Cabo Delgado)\b/g;

/** The names that say an article is about Somalia (its shilling, "SOS"). */
const SOMALIA = /\b(?:Somalia|Somalis?|Mogadishu|Banadir|Hargeisa|Kismayo|Baidoa|Garowe|Bosaso|Beledweyne|Galkayo|Hiiraan Online)\b/g;

/** The names that say an article is about Romania (its lei, its "RON"). */
const ROMANIA = /\b(?:Romania|Romanians?|Bucharest|Cluj-Napoca|Cluj|Timișoara|Timisoara|Iași|Iasi|Constanța|Constanta)\b/g;

/** The lei of Romania and of Moldova (money.ts reads "lei" as Romania's). */
const LEI: SharedName = {
  fallback: 'RON',
  bare: /\b(?:lei|leu)\b/i,
  ofCountry: /\b(?:Romanian|Moldovan)\s+(?:lei|leu)\b/i,
  countries: {
    RON: ROMANIA,
    MDL: /\b(?:Moldova|Moldovans?|Chișinău|Chisinau|Bălți|Balti|Ialoveni|Orhei|Cahul|Ungheni|Comrat|Gagauzia|Transnistria|IPN|Moldpres)\b/g,
  },
};

/** The names that say an article is about Albania (its lek, "ALL"). */
const ALBANIA = /\b(?:Albania|Albanians?|Tirana|Durres|Durrës|Vlora|Shkodra|Elbasan|Ksamil)\b/g;
/** The names that say an article is about Bosnia and Herzegovina (its convertible mark, "BAM", "KM"). */
const BOSNIA = /\b(?:Bosnia|Bosnians?|Bosniaks?|Herzegovina|BiH|Sarajevo|Banja Luka|Mostar|Tuzla|Zenica|Republika Srpska)\b/g;
/** The countries that count in pounds, whose copy writes a bare "pounds" for its money ("Sudan" not after "South"). */
const POUND_COUNTRIES: Countries = {
  EGP: /\b(?:Egypt|Egyptians?|Cairo|Alexandria|Giza|Luxor|Aswan|Port Said|Suez|Mansoura|Tanta|Ahram Online)\b/g,
  ...SUDANESE_POUND,
  LBP: /\b(?:Lebanon|Lebanese|Beirut|Tripoli, Lebanon|Sidon|Tyre|Baalbek|Zahle|Jounieh|Nabatieh|L'Orient Today)\b/g,
  SYP: /\b(?:Syria|Syrians?|Damascus|Aleppo|Homs|Hama|Latakia|Tartus|Idlib|Deir ez-Zor)\b/g,
  ...SOUTH_SUDANESE_POUND,
};
/** Bosnia and Herzegovina's convertible mark, however written ("BAM 150", "160 KM", "130 marks"): one country reading. */
const BOSNIAN_MARK: Countries = { BAM: BOSNIA };
/** The names that say an article is about Uzbekistan (its soum, "UZS"). */
const UZBEKISTAN = /\b(?:Uzbekistan|Uzbeks?|Tashkent|Samarkand|Bukhara|Namangan|Andijan|Fergana|Nukus|Karshi|Termez|Khiva|Oliy Majlis|Daryo|Gazeta\.uz)\b/g;

/** The names that say an article is about Kyrgyzstan (its som, "soms"). */
const KYRGYZSTAN = /\b(?:Kyrgyzstan|Kyrgyz|Bishkek|Osh|Jalal-Abad|Karakol|Naryn|Talas|Batken|Tokmok|Issyk-Kul|Jogorku Kenesh|24\.kg|AKIpress|Kabar)\b/g;
/** The names that say an article is about Yemen (its rial, "YR", "rials"). */
const YEMEN = /\b(?:Yemen|Yemenis?|Aden|Sana'a|Sanaa|Taiz|Hodeidah|Mukalla|Hadramout|Hadramawt|Marib|Shabwa|Lahj|Abyan|Al-Masdar Online)\b/g;
/** The names that say an article is about Timor-Leste (its centavo coins, hundredths of the US dollar it counts in). */
const TIMOR_LESTE = /\b(?:Timor-Leste|East Timor|Timorese|Dili|Baucau|Maliana|Viqueque|Lospalos|Oecusse|Ermera|Bobonaro|TATOLI|Tatoli)\b/g;

/** The names that say an article is about Peru (its sol, "PEN", "soles"). */
const PERU = /\b(?:Peru|Peruvians?|Lima|Callao|Cusco|Cuzco|Arequipa|Huancayo|Junín|Puno|Ayacucho|Huancavelica|Huánuco|Andina)\b/g;

/** The names that say an article is about Bolivia (its boliviano, "Bs", "BOB"). */
const BOLIVIA = /(?<!\w)(?:Bolivia|Bolivians?|La Paz|El Alto|Santa Cruz de la Sierra|Cochabamba|Sucre|Oruro|Potosí|Tarija|Beni|Pando|Montero|YPFB)(?!\w)/g;
/** The names that say an article is about Guatemala (its quetzal, "Q"). */
const GUATEMALA = /(?<!\w)(?:Guatemala|Guatemalans?|Antigua Guatemala|Sacatepéquez|Quetzaltenango|Xela|Escuintla|Huehuetenango|Petén|Cobán|Chimaltenango|Sololá|INSIVUMEH|Prensa Libre)(?!\w)/g;

/** The names that say an article is about Iran (its rial, "rials", and its toman). */
const IRAN = /\b(?:Iran|Iranians?|Tehran|Mashhad|Isfahan|Tabriz|Shiraz|Ahvaz|Qom|Karaj|Kermanshah|IRNA|Tehran Times)\b/g;
/** The names that say an article is about Venezuela (its bolívar, "Bs"). */
const VENEZUELA = /(?<!\w)(?:Venezuela|Venezuelans?|Caracas|Maracaibo|Valencia, Venezuela|Barquisimeto|Mérida|Zulia|Táchira|San Cristóbal|Maracay|Barinas|Ciudad Guayana|PDVSA|BCV|Venezuelanalysis)(?!\w)/g;
/** The names that say an article is about Honduras (its lempira, "L"). */
const HONDURAS = /(?<!\w)(?:Honduras|Hondurans?|Tegucigalpa|San Pedro Sula|La Ceiba|Choluteca|Comayagua|Roatán|Roatan|Bay Islands|Utila|Guanaja|ENEE)(?!\w)/g;

/** The names that say an article is about Hungary (its forint, "Ft"). */
const HUNGARY = /\b(?:Hungary|Hungarians?|Budapest|Debrecen|Szeged|Miskolc|Pécs|Győr|Nyíregyháza|Kecskemét|Székesfehérvár|Fidesz|MTI)\b/g;
/** The names that say an article is about Belarus (its ruble, "Br", "BYN", "rubles"). */
const BELARUS = /\b(?:Belarus|Belarusians?|Minsk|Brest Oblast|Gomel|Homel|Grodno|Hrodna|Vitebsk|Viciebsk|Mogilev|Mahiliou|Babruysk|Bobruisk|BelTA)\b/g;

/**
 * The rubles of Russia and of Belarus (money.ts reads "rubles" as Russia's): Belarus's where the article names it more
 * ("the total cost of the program is estimated at 19.6 million rubles", a BelTA-style probe from Brest,
 * test/fixtures/outlets by-belta-brest-heating-networks.txt, probes-hh, were Russian).
 */
const RUBLES: SharedName = {
  fallback: 'RUB',
  bare: /\br(?:o)?ubles?\b/i,
  ofCountry: /\b(?:Russian|Belarusian)\s+r(?:o)?ubles?\b/i,
  countries: { RUB: /\b(?:Russia|Russians?|Moscow|Kremlin|St\.? Petersburg|TASS|Rosstat)\b/g, BYN: BELARUS },
};
/** The names that say an article is about Curaçao or Sint Maarten (their Caribbean guilder, "Cg"). */
const DUTCH_CARIBBEAN = /\b(?:Curaçao|Curacao|Willemstad|Sint Maarten|Philipsburg|Aqualectra|Bandabou)\b/g;

/** The names that say an article is about Israel or the Palestinian territories (their new shekel, "NIS"). */
const SHEKEL_LANDS = /\b(?:Israel|Israelis?|Palestine|Palestinians?|West Bank|Gaza|Ramallah|Jerusalem|Tel Aviv|Haifa|Hebron|Nablus|Jenin|Bethlehem|Knesset|WAFA)\b/g;
/** The names that say an article is about North Korea (its won). */
const NORTH_KOREA = /\b(?:North Korea|North Koreans?|DPRK|Pyongyang|KCNA|Rodong Sinmun|Hamhung|Chongjin|Wonsan|Kaesong)\b/g;
/** The names that say an article is about South Korea (its won). */
const SOUTH_KOREA = /\b(?:South Korea|South Koreans?|Seoul|Busan|Incheon|Daegu|Gwangju|Daejeon|Yonhap|Korea Herald|Korea Times|Korea JoongAng Daily)\b/g;
/** The names that say an article is about the Faroe Islands (its krónur, Danish kroner by another name). */
const FAROES = /(?<!\p{L})(?:Faroe Islands|Faroes|Faroese|Tórshavn|Torshavn|Løgting|Klaksvík|Klaksvik|Local\.fo)(?!\p{L})/gu;
/** The names that say an article is about Denmark. */
const DENMARK = /\b(?:Denmark|Danes?|Danish|Copenhagen|Aarhus|Odense|Aalborg|Esbjerg|Frederiksberg|Gentofte|Folketing|CPH Post)\b/;
/**
 * The Nordic crowns' "kr." (and "kr") written after the number: Danish ("the lunch scheme will cost 850 kr. a month", a
 * Local Denmark-style probe, test/fixtures/outlets dk-thelocal-copenhagen-daycare-fees.txt, probes-aa), Norwegian, Swedish
 * or Icelandic by the country the article names most; without one, or on a tie, "kr" is no money. Written before the
 * number too ("about kr 23,760 for power", sj-icepeople-longyearbyen-power-prices, COUNTRY_CODE_WORDS).
 */
const NORDIC_CROWNS: Countries = {
  // (the Faroes' too, whose crown is the Danish krone: "he already pays around kr. 1,800 a month in tolls", a Local.fo-style
  // probe from Tórshavn, fo-localfo-subsea-tunnel-tolls.txt, was a bare number, as "kr 23,760" of Longyearbyen was before)
  DKK: new RegExp(`${DENMARK.source}|${FAROES.source}`, 'gu'),
  NOK: /(?<!\w)(?:Norway|Norwegians?|Oslo|Bergen|Trondheim|Stavanger|Tromsø|Storting|Svalbard|Longyearbyen)(?!\w)/g,
  SEK: /(?<!\w)(?:Sweden|Swedes?|Swedish|Stockholm|Gothenburg|Göteborg|Malmö|Uppsala|Riksdag)(?!\w)/g,
  ISK: /\b(?:Iceland|Icelanders?|Icelandic|Reykjavík|Reykjavik|Althing)\b/g,
};
/** Abbreviations written before the number as the code of the currency of the country the article names. */
const COUNTRY_CODE_WORDS: ReadonlyMap<string, Countries> = new Map<string, Countries>([
  ['SR', { SCR: SEYCHELLES }], ['KD', { KWD: KUWAIT }], ['Nu', { BTN: BHUTAN }],
  ['VT', { VUV: VANUATU }], ['Vt', { VUV: VANUATU }], ['AMD', { AMD: ARMENIA }], ['MNT', { MNT: MONGOLIA }], ['FCFA', CFA_COUNTRIES],
  ['GEL', { GEL: GEORGIA }], ['MAD', { MAD: MOROCCO }], ['DH', DIRHAM_COUNTRIES], ['Dh', DIRHAM_COUNTRIES],
  ['SSP', SOUTH_SUDANESE_POUND], ['SOS', { SOS: SOMALIA }], ['ALL', { ALL: ALBANIA }], ['BAM', BOSNIAN_MARK],
  // (probes-bb: "now needs more than SDG 5,000", sd-sudantribune-port-sudan-bread-prices, a Sustainable Development Goal
  // without the country, "SDG 4"; "has reached Ar 3,600 per kilogram", mg-midi-antananarivo-rice-prices, argon without it)
  ['SDG', SUDANESE_POUND], ['Ar', { MGA: MADAGASCAR }],
  ['PEN', { PEN: PERU }],
  // (probes-dd: "will rise to RON 512 per gigacalorie (Gcal) … up from RON 400", ro-romaniainsider-bucharest-heating-price;
  // an octane rating without the country, "RON 95 petrol")
  ['RON', { RON: ROMANIA }],
  // (probes-ff: the Bolivian boliviano, "at the subsidised price of Bs 3.72 a litre", "he still owed BOB 25,000 on the
  // lorry", bo-boliviaexpress-diesel-queues-santa-cruz, unread; the quetzal, "from Q 25 to Q 40", gt-revue-antigua-water-rates,
  // unread: without the country "Bs 3" is no money, "BOB 2" a name's shout and "Q 4" a quarter or a question)
  ['Bs', { BOB: BOLIVIA, VES: VENEZUELA }], ['BOB', { BOB: BOLIVIA }], ['Q', { GTQ: GUATEMALA }],
  // (probes-ee: "as the rial slides past YR 2,300 to the dollar", "YR 605 to the Saudi riyal", ye-almasdaronline-aden-flour-prices;
  // a year without the country, "YR 2")
  ['YR', { YER: YEMEN }],
  // (probes-gg: the Libyan dinar's "LD", "limiting cash withdrawals to LD 1,000 per customer", "LD 2.4 billion in cash",
  // ly-libyaherald-cash-liquidity, were counts or nothing; a "LD 50" elsewhere is no money)
  ['LD', { LYD: LIBYA }],
  // (probes-hh: the forint's "Ft", "while the county passes cost Ft 9,450", hu-dailynewshungary-budapest-pass-price; the
  // Belarusian ruble's "Br", "households will pay Br27.30 per gigacalorie", "about Br42 million", by-belta-brest-heating-networks,
  // unread or a "million" count: without the country "Ft 6" is feet and "Br 2" a brother's or a bromine's)
  ['Ft', { HUF: HUNGARY }], ['Br', { BYN: BELARUS }],
  // (probes-ii: the Caribbean guilder's sign, "her last water bill came to Cg 186", a Curaçao Chronicle-style probe,
  // cw-curacaochronicle-bandabou-water.txt, unread: without the country "Cg" is a centigram)
  ['Cg', { XCG: DUTCH_CARIBBEAN }],
  // (probes-jj: the lempira's "L", "will pay L 9.42 per kilowatt-hour", "between L 85,000 and L 120,000 a month",
  // hn-bayislandsvoice-roatan-power-rates, unread: without the country "L 5" is a size, a line or a learner's plate)
  ['L', { HNL: HONDURAS }],
  // (probes-mm: the nakfa's "Nfa", "reached Nfa 60 during the dry season", er-shabait-mai-mine-micro-dam; the dobra's "Db"
  // and "Dbs", "a fund of Dbs 15 million", st-telanon-me-zochi-cocoa-price: unread or counts; without the country no money)
  ['Nfa', { ERN: ERITREA }], ['Db', { STN: SAO_TOME }], ['Dbs', { STN: SAO_TOME }],
  // (probes-nn, forty-second session: the ouguiya's "UM", "had set aside UM 1.2 billion to settle the arrears", an AMI-style
  // probe, mr-ami-nouadhibou-octopus-season, a bare number; without the country "UM 5" is no money)
  ['UM', { MRU: MAURITANIA }],
  // (probes-vv, forty-third session: the CFP franc's "CFP" before the number, as in "F.CFP 800 million", an LNC-style
  // probe, nc-lnc-kouaoua-nickel-plant-jobs, a bare number; without the country "CFP 2" is a planner's or a call for papers)
  ['CFP', { XPF: FRENCH_PACIFIC }],
  // (s45-probes-ye: the new shekel's "NIS", "set a reference price of NIS 36 per kilogram …, down from NIS 42 last season",
  // a WAFA-style probe from Ramallah, ps-wafa-olive-oil-reference-price.txt, and "the fare rises to NIS 9.50", a Ma'an-style
  // probe from Hebron, ps-maannews-hebron-taxi-fares.txt, were bare numbers; without the country "NIS 2" is the EU's
  // network-security directive or an intelligence service's)
  ['NIS', { ILS: SHEKEL_LANDS }],
  // (s46-probes-za: the Azerbaijani manat's ISO code, "he had spent more than AZN 1,900 on fertilizer", an Azernews-style
  // probe, az-azernews-zagatala-hazelnut-prices, was nothing: without the country "AZN" is AstraZeneca's ticker; the Nordic
  // crowns' "kr" before the number, "will pay about kr 23,760 for power", an Icepeople-style probe from Longyearbyen,
  // sj-icepeople-longyearbyen-power-prices, a bare number: Norway's there, by the Storting, Tromsø and "Norwegian")
  ['AZN', { AZN: AZERBAIJAN }], ['kr', NORDIC_CROWNS],
]);
/**
 * One of COUNTRY_CODE_WORDS written before a number ("SR 600", "SR750", "KD 260", "Nu 18", "VT1,800", "FCFA 3,600"), made
 * from the table's keys (letters only) so that a code added there is looked for too.
 */
// (a code written with an abbreviation's point too, "Bs. 262.4", money.ts codeWithPointBefore)
const COUNTRY_CODE_BEFORE_DIGITS = new RegExp(`\\b(?:${[...COUNTRY_CODE_WORDS.keys()].join('|')})\\.? ?\\d`);

/** The abbreviations of the article written before the number as a code: money.ts CODE_WORDS, and "SR" of the Seychelles. */
export function codeWordsOf(text: string): CodeWords {
  return withArticleCountries(CODE_WORDS, COUNTRY_CODE_WORDS, COUNTRY_CODE_BEFORE_DIGITS, text);
}

/**
 * `base` (a sign or a code -> its currency) with each key of `table` read as the currency of the country the article
 * names most, when the article writes one of them (`written`); `base` itself when it writes none.
 */
function withArticleCountries(base: ReadonlyMap<string, string>, table: ReadonlyMap<string, Countries>, written: RegExp, text: string): ReadonlyMap<string, string> {
  if (!written.test(text)) return base;
  const out = new Map(base);
  for (const [key, countries] of table) {
    const home = homeCountry(countries, text);
    if (home) out.set(key, home);
  }
  return out;
}

/** Letters written against the digits as the sign of the currency of the country the article names. */
const COUNTRY_LETTER_SIGNS: ReadonlyMap<string, Countries> = new Map<string, Countries>([
  ['K', {
    ZMW: /\b(?:Zambia|Zambians?|Lusaka|Copperbelt|Ndola|Kitwe|Kabwe|Chipata|Kasama|Solwezi)\b/g,
    PGK: /\b(?:Papua New Guinea|Papua New Guineans?|PNG|Port Moresby|Post-Courier|Goroka|Mount Hagen|Kundiawa|Chimbu|Simbu|Madang|Wewak|Bougainville)\b/g,
    // (The Nation's bare "K15 000" beside Nyasa Times' "MK": test/fixtures/outlets mw-nation-kasungu-aip-fertiliser.txt)
    MWK: /\b(?:Malawi|Malawians?|Lilongwe|Blantyre|Mzuzu|Zomba|Kasungu|Mangochi|Dedza|Salima|Karonga)\b/g,
  }],
  ['P', {
    PHP: PHILIPPINES,
    BWP: /\b(?:Botswana|Batswana|Motswana|Gaborone|Francistown|Mahalapye|Palapye|Serowe|Maun|Kasane|Lobatse|Molepolole|Selebi-Phikwe|Mmegi)\b/g,
  }],
  ['M', { LSL: LESOTHO }],
  ['D', { GMD: /\b(?:Gambia|Gambians?|Banjul|Serrekunda|Brikama|Kanifing|Farafenni|Janjanbureh|Basse|Soma)\b/g }],
  ['E', { SZL: ESWATINI }],
]);
/**
 * One of COUNTRY_LETTER_SIGNS written against digits ("K2.4 billion", "P12.4 million", "M48 million", "D45,000", "E4 150"),
 * made from the table's keys (one capital each) so that a sign added there is looked for too.
 */
const COUNTRY_SIGN_BEFORE_DIGITS = new RegExp(`(?<![\\p{L}\\p{N}])[${[...COUNTRY_LETTER_SIGNS.keys()].join('')}](?=\\d)`, 'u');

/** The country of `countries` the article names most, or undefined on none or a tie. */
function homeCountry(countries: Countries, text: string): string | undefined {
  return soleHighest(Object.entries(countries).map(([code, names]) => [code, countMatches(names, text)] as const))?.key;
}

/**
 * homeCountry of `text`, each table of countries read once: a reader asked per figure ("20 MT" after "20 MT", "L$" after
 * "L$") would read the whole text again for each, quadratic in a long text that writes many.
 */
function homeCountriesOf(text: string): (countries: Countries) => string | undefined {
  const known = new Map<Countries, string | undefined>();
  return countries => {
    if (!known.has(countries)) known.set(countries, homeCountry(countries, text));
    return known.get(countries);
  };
}

/** The figures whose shared name `shared` stands for the currency of the country the article names most. */
function withHomeName(shared: SharedName, text: string, figures: Figure[]): Figure[] {
  const bare = (f: Figure): boolean => f.unit === shared.fallback && shared.bare.test(f.text) && !shared.ofCountry.test(f.text);
  if (!figures.some(bare)) return figures;
  const home = homeCountry(shared.countries, text);
  if (!home || home === shared.fallback) return figures;
  const k = shared.rescale?.[home];
  return figures.map(f => (bare(f) ? (k ? rescaled({ ...f, unit: home }, k) : { ...f, unit: home }) : f));
}

/** The figure with its value and its range's ends multiplied by k. */
function rescaled(f: Figure, k: number): Figure {
  return { ...f, value: f.value === null ? null : tidy(f.value * k), ...(f.range ? { range: [tidy(f.range[0] * k), tidy(f.range[1] * k)] } : {}) };
}

/** Letters written against "$" as the sign of the dollar of the country the article names ("L$3,800", Liberia's). */
const COUNTRY_DOLLAR_LETTERS: ReadonlyMap<string, Countries> = new Map<string, Countries>([
  ['L', { LRD: /\b(?:Liberia|Liberians?|Monrovia|Paynesville|Montserrado|Margibi|Nimba|Gbarnga|Buchanan|FrontPageAfrica)\b/g }],
]);

/**
 * The figures whose "$" follows a letter of COUNTRY_DOLLAR_LETTERS, read as that country's dollars when the article
 * names it (money.ts reads "$3,800" alone, as US dollars, when the letter is no sign it knows).
 */
function withHomeDollarLetters(text: string, figures: Figure[]): Figure[] {
  const letterOf = (f: Figure): string | undefined => {
    const letter = f.unit === 'USD' && f.text.startsWith('$') && f.start > 0 ? text[f.start - 1] : undefined;
    return letter && COUNTRY_DOLLAR_LETTERS.has(letter) && !/[\p{L}\p{N}]/u.test(text[f.start - 2] ?? '') ? letter : undefined;
  };
  if (!figures.some(letterOf)) return figures;
  const homeOf = homeCountriesOf(text);
  return figures.map(f => {
    const letter = letterOf(f);
    const home = letter ? homeOf(COUNTRY_DOLLAR_LETTERS.get(letter) ?? {}) : undefined;
    return home ? { ...f, start: f.start - 1, text: letter + f.text, unit: home } : f;
  });
}

/** A code written after the number as the currency of the country the article names: its countries, and how many units the number counts. */
interface CodeAfter {
  countries: Countries; scale: number;
  /** What, right after the code, makes it the word's other sense ("the team of 11 won 3 games": a verb and its object). */
  notBefore?: RegExp;
}
const MILLION = 1e6;
/**
 * The Danish and the Norwegian krone, and its hundredth, the øre (money.ts reads them as Danish): Norway's when the article
 * names Norway more than Denmark ("Nobody will pay 80 kroner for a loaf of bread", "a monthly fee of up to 49 kroner",
 * "cover 90 percent of the price above 77 øre per kilowatt-hour", a News in English-style probe from Bergen,
 * test/fixtures/outlets no-newsinenglish-bergen-power-prices.txt, probes-dd, were Danish).
 */
const KRONER: SharedName = {
  fallback: 'DKK',
  bare: /(?<!\p{L})(?:kroner?|øre)(?!\p{L})/iu,
  ofCountry: /\b(?:Danish|Norwegian)\s+(?:kroner?|øre)(?!\p{L})/iu,
  countries: { DKK: NORDIC_CROWNS.DKK, NOK: NORDIC_CROWNS.NOK },
};
/**
 * The Icelandic and the Faroese crown's name, "króna" and "krónur" (money.ts reads them as Icelandic): the Faroes', the
 * Danish krone, when the article names the Faroe Islands more than Iceland ("the subscription price per trip … will rise
 * from 75 to 85 krónur", "the cost of around 12 million krónur a year", a Local.fo-style probe from Tórshavn, probes-oo,
 * test/fixtures/outlets fo-localfo-subsea-tunnel-tolls.txt, were counts or nothing).
 */
const KRONUR: SharedName = {
  fallback: 'ISK',
  bare: /(?<!\p{L})krón(?:a|ur)(?!\p{L})/iu,
  ofCountry: /\bIcelandic\s+krón(?:a|ur)(?!\p{L})/iu,
  countries: { ISK: NORDIC_CROWNS.ISK, DKK: FAROES },
};
/** The names that say an article is about Czechia (its crowns). */
const CZECHIA = /\b(?:Czechia|Czech Republic|Czechs?|Prague|Brno|Ostrava|Pilsen|Olomouc|Liberec|Bohemia|Moravia|Radio Prague)\b/g;
const COUNTRY_CODES_AFTER: ReadonlyMap<string, CodeAfter> = new Map<string, CodeAfter>([
  ['DT', { countries: { TND: TUNISIA }, scale: 1 }],
  ['MD', { countries: { TND: TUNISIA }, scale: MILLION }],
  ['MT', { countries: { MZN: MOZAMBIQUE }, scale: 1 }],
  ['kr', { countries: NORDIC_CROWNS, scale: 1 }],
  // (s46-probes-za: "(1 USD = 1.7 AZN on December 6)", az-azernews-zagatala-hazelnut-prices, a bare number; AstraZeneca's
  // ticker without the country)
  ['AZN', { countries: { AZN: AZERBAIJAN }, scale: 1 }],
  // (probes-bb: "sells water at 800 FC per jerrican", cd-actualite-kinshasa-water-jerrican-price; a football club without the country)
  ['FC', { countries: { CDF: DR_CONGO }, scale: 1 }],
  // (probes-gg: the Algerian "DA", "a sack of 25 kilos cost me 1,500 DA", dz-tsa-potato-prices; the Guinean "FG", "should
  // rise by 1 000 FG", gn-guineenews-fuel-price-taxis; the CFA franc's "FCFA" and "F CFA" after the number, "from 17,500
  // FCFA to 21,000 FCFA", "between 1,000 and 1,500 F CFA a day", sn-aps-dakar-bread-price: were counts or nothing; a
  // district attorney and the rest without the country)
  ['DA', { countries: { DZD: ALGERIA }, scale: 1 }],
  ['FG', { countries: { GNF: GUINEA }, scale: 1 }],
  ['FCFA', { countries: CFA_COUNTRIES, scale: 1 }],
  ['F CFA', { countries: CFA_COUNTRIES, scale: 1 }],
  // (probes-ii: "a bag of eight rolls sells for 350 CUP", cu-oncubanews-santiago-bread-blackouts, unread: a cup without the country)
  ['CUP', { countries: { CUP: PESOS.countries.CUP }, scale: 1 }],
  // (probes-mm: the Djibouti franc's "FDJ", "is now sold at 500 FDJ", dj-lanation-balbala-water-barrel-price; the Comorian
  // franc's "fc", "against 15,000 fc a month ago", km-alwatwan-moroni-rice-bag-price: were counts; without the country no money)
  ['FDJ', { countries: { DJF: DJIBOUTI }, scale: 1 }],
  ['fc', { countries: { KMF: COMOROS }, scale: 1 }],
  // (probes-vv, forty-third session: the CFP franc's "F CFP" after the number, "against 35 F CFP on Wallis and 47 F CFP on
  // Futuna", wf-wallisfutuna1ere-electricity-tariff, were counts or nothing; without the country no money)
  ['F CFP', { countries: { XPF: FRENCH_PACIFIC }, scale: 1 }],
  // (s45-probes-ye: the won after the number, North Korea's or South Korea's by the country the article names more, "A
  // kilogram of cucumbers is sold for 35 won", a KCNA-style probe, kp-kcna-greenhouse-farm-harvest.txt, and "a
  // single ride … will cost 1,550 won", a Yonhap-style probe from Seoul, kr-yonhap-seoul-subway-fare.txt, were bare
  // numbers; without either country a number before "won" is a count or a year, "Trump, who in 2016 won the state")
  // (nor before an object, a number or a determiner: "the team of 11 won 3 games", "11 won the vote")
  ['won', { countries: { KPW: NORTH_KOREA, KRW: SOUTH_KOREA }, scale: 1, notBefore: /^\s+(?:\d|(?:the|this|that|his|her|their|its|our|every|all)\b)/i }],
]);
/** One of COUNTRY_CODES_AFTER right after a number, a space between, no letter or digit after ("10 DT", "300 MD", "20 MT", "850 kr."). */
const CODE_AFTER_NUMBER = new RegExp(`^ (${[...COUNTRY_CODES_AFTER.keys()].join('|')})(?![\\p{L}\\p{N}])`, 'u');
/** The longest stretch after a number CODE_AFTER_NUMBER reads: the space, the longest code and the character after it. */
const CODE_AFTER_REACH = 1 + Math.max(...[...COUNTRY_CODES_AFTER.keys()].map(code => code.length)) + 1;

/** A range of no unit ("120 to 130", "1,000 and 1,500"). */
const bareRange = (f: Figure): boolean => f.kind === 'range' && f.unit === null && !!f.range;

/** The plain counts followed by a code of COUNTRY_CODES_AFTER read as money of the country the article names, when it names one. */
function withCountryCodesAfter(text: string, figures: Figure[]): Figure[] {
  // (a range too, "120 to 130 DA per kilogram", "between 1,000 and 1,500 F CFA a day", probes-gg)
  const codeAfter = (f: Figure): string | undefined =>
    bare(f) || bareRange(f) ? CODE_AFTER_NUMBER.exec(text.slice(f.end, f.end + CODE_AFTER_REACH))?.[1] : undefined;
  if (!figures.some(codeAfter)) return figures;
  const homeOf = homeCountriesOf(text);
  return figures.map(f => {
    const code = codeAfter(f);
    const after = code ? COUNTRY_CODES_AFTER.get(code) : undefined;
    const home = after ? homeOf(after.countries) : undefined;
    if (!code || !after || !home) return f;
    const end = f.end + 1 + code.length;
    if (after.notBefore?.test(text.slice(end, end + UNIT_SENSE_REACH))) return f;
    return rescaled({ ...f, end, text: text.slice(f.start, end), kind: bareRange(f) ? 'range' : 'money', unit: home }, after.scale);
  });
}

/**
 * A unit written after the number that is the money of the country the article names: the unit money.ts and units.ts
 * give it (what a count counts, a rate's "per" part aside), the word as written in the figure, and the countries.
 */
interface UnitAsMoney {
  unit: string; written: RegExp; countries: Countries;
  /** How many of the unit make one of the currency, a hundredth's coin ("75 centavos" of a dollar); less than one for a unit of many ("4,500 tomans", ten rials each). */
  fraction?: number;
  /** What, right after the figure, makes it the unit's other sense ("hundreds of pounds of illicit drugs": a weight). */
  notBefore?: RegExp;
}
/** Rials in a toman. */
const RIALS_IN_TOMAN = 10;
const COUNTRY_UNITS_AS_MONEY: readonly UnitAsMoney[] = [
  // (capitals only: Bosnian copy writes the mark "KM", a distance "km"; the word anywhere in the figure, as the soum's
  // below, since a rate's "per" part follows it: "90 KM a month")
  { unit: 'kilometer', written: /(?<![\p{L}\p{N}])KM\b/u, countries: BOSNIAN_MARK },
  { unit: 'mark', written: /\bmarks?\b/, countries: BOSNIAN_MARK },
  // (the Uzbek soum: "will rise from 1,700 soums to 2,000 soums", "drivers, who earn on average 6.5 million soums a
  // month", a Daryo-style probe from Tashkent, uz-daryo-tashkent-bus-fares.txt; without the country the count stays: a
  // Mongolian soum is a district, "Bayan-Ovoo soum in Khentii", mn-montsame-raw-cashmere-price.txt)
  { unit: 'soum', written: /\bsoums?\b/, countries: { UZS: UZBEKISTAN } },
  // (a bare "pounds" in the copy of a country that counts in pounds: "A family of six will now pay 180 pounds more a month
  // for bread alone", an Ahram-style probe from Cairo, eg-ahram-bread-subsidy-price.txt, Egyptian pounds; "nobody wants to
  // count millions of pounds every month", an L'Orient Today-style probe, lb-lorienttoday-generator-tariffs.txt, Lebanese
  // ones; without one of these countries named most "90 pounds" stays a weight, and British copy's pounds stay as read;
  // "of" after it weighs a thing, "smugglers … to funnel hundreds of pounds of illicit drugs", PolNeAR train, NYT
  // 2016-09-03, in an article that names Egypt once); the Sudanese and South Sudanese pounds, "A sack of flour that cost
  // 38,000 pounds in June is now 71,000 pounds", a Sudan Tribune-style probe, sd-sudantribune-port-sudan-bread-prices.txt;
  // a number hyphened to "pound" is a weight, "a 5-pound bag")
  { unit: 'pound', written: /(?<!-)\bpounds?\b/, countries: POUND_COUNTRIES, notBefore: /^\s+of\b/ },
  // (the Peruvian sol: "A sack of fifty kilos they pay me fifteen soles", a Peru Reports-style probe from Huancayo,
  // pe-perureports-potato-farmers-strike.txt, probes-cc; without the country "two soles" are fish or shoes' soles)
  { unit: 'sole', written: /\bsoles\b/, countries: { PEN: PERU } },
  // (the crowns of Czechia and of the Nordic countries, written in English: "that means an extra 3,180 crowns a year",
  // "bonuses of 4.5 million crowns", a Radio Prague-style probe from Ostrava, cz-radioprague-ostrava-water-prices.txt,
  // probes-dd, were counts of crowns; without one of these countries "three crowns" stay a count)
  { unit: 'crown', written: /\bcrowns?\b/, countries: { ...NORDIC_CROWNS, CZK: CZECHIA } },
  // (probes-ee: the Kyrgyz som, "will pay about 1,450 soms a month in winter instead of 1,230 soms", a 24.kg-style probe,
  // kg-24kg-bishkek-heating-tariff.txt, and the Yemeni rial, "rose to 48,000 rials on Tuesday", an Al-Masdar Online-style
  // probe, ye-almasdaronline-aden-flour-prices.txt: counts of "som" and "rial"; without the country they stay; the
  // centavo coins of Timor-Leste, hundredths of the US dollar it counts in, "she now sold a kilo of rice for $1 instead of
  // 75 centavos", a Tatoli-style probe, tl-tatoli-dili-rice-price.txt)
  { unit: 'som', written: /\bsoms?\b/, countries: { KGS: KYRGYZSTAN } },
  // (probes-jj: the Iranian rial, "will cost 45,000 rials", ir-tehrantimes-metro-bus-fares; and the toman, ten rials, the
  // unit Iranians price in, "45,000 rials (4,500 tomans)": counts of "rial" and "toman")
  { unit: 'rial', written: /\brials?\b/, countries: { YER: YEMEN, IRR: IRAN } },
  { unit: 'toman', written: /\btomans?\b/, countries: { IRR: IRAN }, fraction: 1 / RIALS_IN_TOMAN },
  { unit: 'centavo', written: /\bcentavos?\b/, countries: { USD: TIMOR_LESTE }, fraction: 100 },
  // (probes-nn, forty-second session: the manat, Turkmenistan's or Azerbaijan's, "had invested 46 million manats in the
  // project", "had risen to 2,900 manats", a Business Turkmenistan-style probe from Ashgabat,
  // tm-businessturkmenistan-ahal-greenhouse-tomatoes.txt: counts of "manat"; without either country the count stays)
  { unit: 'manat', written: /\bmanats?\b/, countries: MANAT_COUNTRIES },
];

/** How far after a figure COUNTRY_UNITS_AS_MONEY's notBefore looks: a few spaces and a short word. */
const UNIT_SENSE_REACH = 8;

/** What a count's unit counts, a rate's "per" part aside ("soum per month" -> "soum"). */
const countedNoun = (unit: string): string => unit.split(' per ')[0];

/** The unit of COUNTRY_UNITS_AS_MONEY a count, a range or a vague amount is of ("160 KM", "130 marks", "2,000 soums"), or undefined. */
function unitAsMoney(text: string, f: Figure): UnitAsMoney | undefined {
  if ((f.kind !== 'count' && f.kind !== 'range' && f.kind !== 'vague') || f.unit === null) return undefined;
  const counted = countedNoun(f.unit);
  return COUNTRY_UNITS_AS_MONEY.find(u => u.unit === counted && u.written.test(f.text) && !u.notBefore?.test(text.slice(f.end, f.end + UNIT_SENSE_REACH)));
}

/** The counts, ranges and vague amounts ("millions of pounds") of a unit of COUNTRY_UNITS_AS_MONEY read as money of the country the article names, when it names one. */
function withCountryUnitsAsMoney(text: string, figures: Figure[]): Figure[] {
  if (!figures.some(f => unitAsMoney(text, f))) return figures;
  const homeOf = homeCountriesOf(text);
  return figures.map(f => {
    const as = unitAsMoney(text, f);
    const home = as ? homeOf(as.countries) : undefined;
    if (!home) return f;
    const money: Figure = { ...f, kind: f.kind === 'range' || f.kind === 'vague' ? f.kind : 'money', unit: home };
    return as?.fraction ? rescaled(money, 1 / as.fraction) : money;
  });
}

/** "cent" or "cents" in a figure's text. */
const CENTS = /\bcents?\b/i;

/** A figure of US cents by money.ts's reading only: "cents" alone, not "US cents". */
function bareCents(f: Figure): boolean {
  return f.unit === 'USD' && CENTS.test(f.text) && !US_DOLLAR_WRITTEN.test(f.text);
}

/**
 * Currencies whose amounts leave a bare "cents" to the article's other money: the lev, a hundred stotinki, beside the euro
 * Bulgaria changes over to ("A product that costs 2.99 leva must be shown at €1.53, not €1.60. Seven cents look like
 * nothing", a Novinite-style probe, test/fixtures/outlets bg-novinite-euro-changeover-price-checks.txt, probes-yy, whose
 * leva had made the cents US ones). Not the pound: "€6 and £2, up 20 cents" stays of no one currency (figures.test.ts).
 */
const LEAVE_CENTS: ReadonlySet<string> = new Set(['BGN']);

/**
 * The figures with bare "cents" read as the article's own money, when all its other amounts (LEAVE_CENTS's aside) are of
 * one currency of CENT_CURRENCIES.
 */
function withHomeCents(figures: Figure[]): Figure[] {
  if (!figures.some(bareCents)) return figures;
  const codes = new Set(figures.filter(f => f.kind === 'money' && f.unit !== null && !bareCents(f) && !LEAVE_CENTS.has(f.unit)).map(f => f.unit));
  const [home] = codes;
  if (codes.size !== 1 || !home || !CENT_CURRENCIES.has(home)) return figures;
  return figures.map(f => (bareCents(f) ? { ...f, unit: home } : f));
}

/**
 * The manat written in the singular after the number (money.ts reads it as Azerbaijan's): Turkmenistan's where the article
 * names it more. (The plural "manats" is read by the country alone, COUNTRY_UNITS_AS_MONEY.)
 */
const MANAT: SharedName = {
  fallback: 'AZN',
  bare: /\bmanat\b/,
  ofCountry: /\b(?:Azerbaijani|Turkmen)\s+manat\b/,
  countries: MANAT_COUNTRIES,
};
/** The names that say an article is about China (its yuan, "¥"). */
const CHINA = /\b(?:China|Chinese|Beijing|Shanghai|Guangzhou|Shenzhen|Hefei|Anhui|Wuhan|Chengdu|Chongqing|Hangzhou|Xinhua|Global Times|China Daily|CGTN)\b/g;
/** The names that say an article is about Japan (its yen, "¥"). */
const JAPAN = /\b(?:Japan|Japanese|Tokyo|Osaka|Kyoto|Yokohama|Nagoya|Sapporo|Fukuoka|Kyodo|Nikkei|Japan Times)\b/g;
/**
 * The yen's and the yuan's "¥" (compromise's table reads it as the yen): the yuan where the article names China more than
 * Japan ("installing one at home costs about ¥3,500", a Global Times-style probe from Hefei,
 * cn-globaltimes-hefei-nev-trade-in-subsidy, s46-probes-zb, was yen).
 */
const YEN_SIGN: SharedName = { fallback: 'JPY', bare: /¥/, ofCountry: /(?!)/, countries: { JPY: JAPAN, CNY: CHINA } };

/** The names that say an article is about one of the countries that count in shillings written "Sh" or "/-". */
const SHILLING_COUNTRIES: Countries = {
  TZS: /\b(?:Tanzania|Tanzanians?|Dar es Salaam|Dodoma|Zanzibar|Arusha|Mwanza|Mbeya|Morogoro|Tanga|Mtwara|Lindi|Kigoma|Iringa|Tabora)\b/g,
  KES: /\b(?:Kenya|Kenyans?|Nairobi|Mombasa|Kisumu|Nakuru|Eldoret)\b/g,
  UGX: /\b(?:Uganda|Ugandans?|Kampala|Entebbe|Jinja|Gulu|Mbarara|Mubende)\b/g,
};

/**
 * The shilling's stroke and dash after the amount ("3,020/-", "52bn/-", money.ts shillingStrokeAfter, Tanzanian by its
 * reading): Kenyan or Ugandan where the article names Kenya or Uganda more than Tanzania.
 */
const SHILLING_STROKE: SharedName = { fallback: SHILLING_STROKE_CODE, bare: /\/-$/, ofCountry: /(?!)/, countries: SHILLING_COUNTRIES };

/**
 * The shilling's "Sh" against the digits (money.ts LETTER_SIGNS, Kenyan by its reading): Tanzanian or Ugandan where the
 * article names Tanzania or Uganda more than Kenya (probes-vk: "we must find Sh900 million somewhere else", an IPP
 * Guardian-style probe from Kigoma, tz-ippguardian-kigoma-bean-cess; "a new levy of … about Sh900 million a year",
 * "Sh6,500 a kilogramme", a Citizen-style probe from Mwanza, tz-thecitizen-mwanza-fish-levy: were Kenyan shillings).
 */
const SHILLING_SIGN: SharedName = { fallback: 'KES', bare: /\bSh\s?\d/, ofCountry: /(?!)/, countries: SHILLING_COUNTRIES };

/** The shared names read by the article's country, in the order they are read. */
const SHARED_NAMES: readonly SharedName[] = [PESOS, RUPEES, B_DOLLAR, FILS, FRANCS, CFA_FRANCS, DINARS, LEI, KRONER, KRONUR, RUBLES, MANAT, YEN_SIGN, SHILLING_STROKE, SHILLING_SIGN];

/**
 * The figures with a bare "pesos", "rupees", "Rs", "B$", "fils", "francs", "dinars", "lei", "kroner", "krónur" or "rubles" read as the currency of the
 * article's country, a Liberian "L$", a code of the country's after the number ("10 DT"), a count of the country's
 * money noun ("2,000 soums", "160 KM"), and bare "cents" as the article's own money.
 */
export function withHomeCurrency(text: string, figures: Figure[]): Figure[] {
  const named = SHARED_NAMES.reduce((read, shared) => withHomeName(shared, text, read), figures);
  return withHomeCents(withCountryUnitsAsMoney(text, withCountryCodesAfter(text, withHomeDollarLetters(text, named))));
}

/**
 * Every letter sign a text may write against the digits, longest first (money.ts LETTER_SIGNS and COUNTRY_LETTER_SIGNS:
 * "Sh", "BD", "R", "N", "P", "K", "M", "D", "E"): figures/index.ts looks for them, so that a sign added to a table is
 * looked for too.
 */
export const LETTER_SIGN_WORDS: readonly string[] = [...new Set([...LETTER_SIGNS.keys(), ...COUNTRY_LETTER_SIGNS.keys()])].sort((a, b) => b.length - a.length);

/** The letter signs of the article: LETTER_SIGNS, and a "K" as the currency of the country the article names. */
export function letterSignsOf(text: string): LetterSigns {
  return withArticleCountries(LETTER_SIGNS, COUNTRY_LETTER_SIGNS, COUNTRY_SIGN_BEFORE_DIGITS, text);
}
