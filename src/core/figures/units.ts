/**
 * What a number counts: the head noun after it, singular and lower case ("45,000 lives" -> "life",
 * "three rebel fighters" -> "fighter", "1 million people" -> "person", "four million other Syrians" -> "person"),
 * a plural in -is of a noun in -i ("about 7,700 licensed taxis" -> "taxi", "About 40 rabbis" -> "rabbi"), past "more"
 * ("between two and four more rate rises" -> "rise", "Five more GOP seats" -> "seat"), or a passive of a verb of people
 * after a bare number ("where 84 were killed" -> "person", "77 have been deported"), a power measure and a time unit
 * written apart ("400 kilowatt hours" -> "kilowatt hour"); the word in -s after "a family of four" is its verb, no unit
 * ("what a family of four spends on food", householdVerbAfter). After "one", its adjectives and a singular noun, a word in
 * -s is the verb, before a word or the clause's end ("One big problem remains.", "If one pipe fails, half the island feels
 * it" -> "problem", "pipe"), and "thing", no verb's "-ing" form, is a noun ("one small thing" -> "thing"). Past four
 * words only through modifiers a reader skips, to a head that ends the phrase ("Three separate major bank deregulation
 * bills." -> "bill", "About four in 10 South Carolina Republican primary voters say" -> "voter"; not "six backed Senate
 * Republican budget committee proposals", a verb and its object). A particle in a hyphenated word is part of it ("his 40
 * laid-off employees" -> "employee"; "37 reported break-ins", "at least nine break-ins" -> "break-in"), and a word of
 * place after the noun of "one" ends its phrase ("One operative inside Trump Tower" -> "operative", "One floor below,"
 * -> "floor"; "one near the side door", the pronoun, counts nothing). The people of a place named in "-ers" are people
 * ("Some three million New Yorkers" -> "person"). A verb of a voter's choice right after the number is its verb, and the
 * name after it its object, no plural head ("while only 19 support Sanders", "Men under 35 support Sanders by 4 percentage
 * points" -> no unit). A modifier in quotation marks is one modifier ("27 “at-large” delegates" -> "delegate", "nine
 * “nonprobability” internet samples" -> "sample").
 */
import { LEXICON_IRREGULAR_PAST, LEXICON_IRREGULAR_PLURALS, LEXICON_NOT_COUNTED, LEXICON_UNITS } from './lexicon.generated';
import type { Tok } from './tokens';
import { isNumberWord } from './numberWords';
import { isCollectiveOfPeople, isDemonym, isPlace, isPluralPeopleNoun, isVerbForm } from '../people/lexicon';
import { approximatorAhead, pastApproximator } from './approximators';
import { LINKING_VERBS, OBJECT_ONLY_PRONOUNS, VERB_PARTICLES } from '../quotes/lexicon';
import { FUNCTION_WORDS } from '../text/functionWords';
import { looksAdverb } from '../text/adverbs';
import { ATTACHED_ADJECTIVES, POSTPOSITIVE_ADJECTIVES } from '../text/adjectives';
import { wordTable } from '../text/wordTable';
import { DEMONSTRATIVES, POSSESSIVE_DETERMINERS } from '../text/determiners';
import { RELATIVE_DAYS, YEAR } from '../text/calendar';
import { withoutPossessive } from '../text/endings';

const IRREGULAR: Readonly<Record<string, string>> = wordTable({
  people: 'person', persons: 'person', children: 'child', men: 'man', women: 'woman', lives: 'life', wives: 'wife',
  feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose', halves: 'half', knives: 'knife',
  thieves: 'thief', wolves: 'wolf', leaves: 'leaf', shelves: 'shelf', selves: 'self', series: 'series', species: 'species',
  data: 'data', criteria: 'criterion', phenomena: 'phenomenon', staff: 'staff', personnel: 'personnel', cattle: 'cattle',
  troops: 'troop', sheep: 'sheep', fish: 'fish', aircraft: 'aircraft', crises: 'crisis', analyses: 'analysis',
  votes: 'vote', centuries: 'century', clothes: 'clothes', viruses: 'virus', buses: 'bus', campuses: 'campus',
  bonuses: 'bonus', censuses: 'census', statuses: 'status', tomatoes: 'tomato', potatoes: 'potato', heroes: 'hero',
  vetoes: 'veto', echoes: 'echo', mph: 'mph', news: 'news',
  // (diseases named in the plural: "2,000 measles cases", "the mumps")
  measles: 'measles', mumps: 'mumps', rabies: 'rabies', diabetes: 'diabetes', shingles: 'shingles',
  // (animals whose plural is the singular: "an aerial survey last spring counted about 132,000 caribou", a CBC North-style probe)
  caribou: 'caribou', moose: 'moose', bison: 'bison',
  // (probes-nn, forty-second session: "Last month the dogs took two calves worth EC$3,000 apiece",
  // ms-themontserratreporter-daytime-entry-zone-farmers, counted a "calve")
  calves: 'calf',
});
/**
 * A compound of an irregular plural ("nine grandchildren", PolNeAR train, HuffPost 2016-05-19; "two congressmen", "300
 * salespeople"): its first part and the singular of its last, else undefined. "-men" only after the words that make
 * such compounds ("specimen", "abdomen" are no plurals).
 */
function irregularCompound(w: string): string | undefined {
  const m = /^([a-z]{3,})(children|women|people)$/.exec(w) ?? /^(business|congress|police|fire|service|sales|spokes|middle|chair|crafts|gentle|fresh|country|states|clergy|towns|kins|sports|news)(men)$/.exec(w);
  return m ? m[1] + IRREGULAR[m[2]] : undefined;
}

/**
 * The irregular plurals compromise knows, for the ones IRREGULAR leaves out: "we used to buy twelve loaves, now we buy
 * eight" (an Addis Standard-style probe, test/fixtures/outlets et-addisstandard-bread-loaf-weight.txt) counts loaves, a
 * "loaf" and not a "loave"; "movies" a "movie", not a "movy".
 */
const LISTED_PLURALS: Readonly<Record<string, string>> = wordTable(LEXICON_IRREGULAR_PLURALS);

/** Singular -> plural; the first plural listed wins ("person" -> "people"). */
const SINGULAR_OF = new Map<string, string>();
for (const [pl, sg] of Object.entries(IRREGULAR)) if (!SINGULAR_OF.has(sg)) SINGULAR_OF.set(sg, pl);

/** Words that end a noun phrase or cannot be its head: the function words, the other prepositions, conjunctions and
 * adverbs, the arithmetic words ("plus", "times", "percent") and the words of a total ("apiece", "overall"). */
const STOP: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  'onto', 'whose', 'shall', 'less', 'per', 'say', 'told', 'since', 'until', 'again', 'ago', 'later', 'earlier', 'yet',
  'though', 'against', 'among', 'between', 'through', 'during', 'without', 'within', 'across', 'toward', 'towards',
  'down', 'off', 'too', 'plus', 'minus', 'times', 'percent', 'cent', 'either', 'neither', 'nor', 'like', 'unlike',
  'via', 'vs', 'versus', 'including', 'except', 'thus', 'always', 'unless', 'whereas', 'perhaps', 'yes', 'alone',
  'apiece', 'total', 'overall', 'respectively', 'away', 'back', 'around', 'instead', 'ahead',
  // ("one never knows", PolNeAR train, Washington Post 2016-07-20: the pronoun "one", no count of "never")
  'never',
  // ("There is only one debate tonight", PolNeAR train, USA Today 2016-01-15; "we should open one place together and split
  // the bills", a Global News-style probe, test/fixtures/outlets ca-global-international-avenue-rents.txt: were "tonight"
  // and "together"; an adverb without -ly after the noun of "one" ends its phrase, as "yet" and "instead" do)
  ...RELATIVE_DAYS, 'tomorrow', 'together',
]);
/** Time units: a number of them is a duration ("21 months"), or an age with "-old". */
export const TIME_UNITS: Readonly<Record<string, string>> = wordTable({
  year: 'year', years: 'year', month: 'month', months: 'month', week: 'week', weeks: 'week', day: 'day', days: 'day',
  hour: 'hour', hours: 'hour', minute: 'minute', minutes: 'minute', second: 'second', seconds: 'second',
  decade: 'decade', decades: 'decade', century: 'century', centuries: 'century', yr: 'year', yrs: 'year',
});

/** The time unit a singular time word in the possessive names ("month's" -> "month", "year’s" -> "year"), else undefined. */
export function possessiveTimeUnit(l: string): string | undefined {
  const base = withoutPossessive(l);
  return base !== l && base in TIME_UNITS ? TIME_UNITS[base] : undefined;
}

/** The power measures among TIME_COMPOUND_FIRST, which make a time unit written apart after them one unit too. */
const POWER_FIRST: ReadonlySet<string> = new Set(['watt', 'kilowatt', 'megawatt', 'gigawatt', 'terawatt']);

/**
 * The first parts of a unit written with a hyphen before a time unit, which is one unit and not the time alone ("The
 * ministry set the price of one kilowatt-hour at LBP 38,500", "Owners may charge no more than LBP 4.2 million for 120
 * kilowatt-hours", a L'Orient Today-style probe; "500 man-hours", "40 person-days", "4.2 light-years"): power measures
 * and who the time is counted for.
 */
const TIME_COMPOUND_FIRST: ReadonlySet<string> = new Set([...POWER_FIRST, 'amp', 'ampere', 'man', 'person', 'light']);

/**
 * A power measure and a time unit written apart after the number, one unit as the hyphenated one is ("a typical household
 * using 400 kilowatt hours a month", "the first 200 kilowatt hours", a Kaselehlie Press-style probe, probes-ee,
 * test/fixtures/outlets fm-kaselehliepress-puc-power-rates.txt, counted "hour"), from toks[i]; null when none.
 */
function spacedPowerTime(toks: Tok[], i: number): UnitNoun | null {
  const p = toks[i], t = toks[i + 1];
  const time = t && t.k === 'w' && t.sp && !t.nl ? TIME_UNITS[t.l] : undefined;
  return p && p.k === 'w' && p.sp && !p.nl && POWER_FIRST.has(p.l) && time ? { unit: `${p.l} ${time}`, next: i + 2 } : null;
}

/** The unit of a two-part hyphenated word that is a time compound ("kilowatt-hours" -> "kilowatt hour", "light-years" -> "light year"), else undefined. */
function timeCompound(first: Tok, last: Tok): string | undefined {
  const time = TIME_UNITS[last.l];
  return time && TIME_COMPOUND_FIRST.has(first.l) ? `${first.l} ${time}` : undefined;
}

/**
 * Measures written after a number, as written -> the unit's singular: compromise's units, and the ones of news text
 * it lacks (speeds, engine power, imperial lengths and weights, degrees).
 */
const MEASURES: Readonly<Record<string, string>> = wordTable({
  ...LEXICON_UNITS,
  mph: 'mph', kph: 'kph', horsepower: 'horsepower', hp: 'horsepower', km: 'kilometer', kms: 'kilometer', kilometre: 'kilometer',
  kilometres: 'kilometer', metre: 'meter', metres: 'meter', kg: 'kilogram', kgs: 'kilogram', lb: 'pound', lbs: 'pound',
  mi: 'mile', miles: 'mile', ft: 'foot', feet: 'foot', foot: 'foot', inch: 'inch', inches: 'inch', yard: 'yard', yards: 'yard',
  degree: 'degree', degrees: 'degree', tons: 'ton', megawatt: 'megawatt', megawatts: 'megawatt', mw: 'megawatt', gw: 'gigawatt',
  ohms: 'ohm', volts: 'volt', kelvins: 'kelvin', pascals: 'pascal', barrels: 'barrel', barrel: 'barrel',
  // (the metric abbreviations papers outside the US print: "340mm of rain", "15cm", "250ml", "a 5ha site", "3kW")
  mm: 'millimeter', cm: 'centimeter', ml: 'milliliter', ha: 'hectare', kw: 'kilowatt', kwh: 'kilowatt hour', 'km/h': 'kph',
  // (the kilogram by its short name, which compromise lists as a unit of its own: "A sack of 25 kilos cost me 1,500 DA
  // last year", a TSA-style probe, test/fixtures/outlets dz-tsa-potato-prices.txt; "I used to buy 10 kilos at a time",
  // jp-japantimes-rice-stockpile.txt; "A bag of rice of 50 kilos", gw-odemocrata-cashew-farmgate-price.txt: were "kilo",
  // where "kg" is "kilogram")
  kilo: 'kilogram', kilos: 'kilogram',
  // (the kilogram as British and Commonwealth copy spells it, which compromise lacks: "beneficiaries buy a 50 kilogramme
  // bag of fertiliser at K15 000", a Nation-style probe from Kasungu, test/fixtures/outlets mw-nation-kasungu-aip-fertiliser.txt;
  // "with a 25 kilogramme bag of breakfast meal now selling at K295", zm-lusakatimes-kitwe-mealie-meal-prices.txt: were bare
  // numbers; "she delivered 320 kilogrammes of wool", ls-lesothotimes-wool-farmers-arrears.txt, and "a tonne gave us 200
  // kilogrammes of oil", jo-jordantimes-olive-oil-prices.txt, were a unit "kilogramme" beside the "kilogram" of "kg")
  kilogramme: 'kilogram', kilogrammes: 'kilogram',
});

/** The words that make a length an area or a volume before it ("square", "sq", "cubic", "cu"), as written -> as read. */
const POWERS_OF_LENGTH: Readonly<Record<string, string>> = wordTable({ square: 'square', sq: 'square', cubic: 'cubic', cu: 'cubic' });
/** The superscripts written after a length for an area or a volume ("m²", "km³"). */
const SUPERSCRIPT_POWERS: Readonly<Record<string, string>> = wordTable({ '²': 'square', '³': 'cubic' });

/** A length written as its abbreviation alone, which only a power makes a measure ("3 m²", "20 sq m": "5m" alone is none). */
const lengthUnit = (l: string): string | undefined => MEASURES[l] ?? (l === 'm' ? 'meter' : undefined);

/** The word that makes a mile the sea mile of 1,852 metres: "nautical". */
const NAUTICAL = 'nautical';
/**
 * "nautical miles" (and "nautical mile", "nautical mi") after the number, the mile word at toks[m]: a unit of its own
 * ("a round trip of about 700 nautical miles", "the shortest at about 60 nautical miles", a Fenui News-style probe,
 * probes-oo, test/fixtures/outlets tv-fenuinews-outer-island-ship-fares.txt; "within a radius of three nautical miles",
 * an ADIAC-style probe, cg-adiac-pointe-noire-artisanal-fishing-catches.txt), which were read as land miles; null when
 * no mile follows.
 */
function nauticalMile(toks: Tok[], m: number): UnitNoun | null {
  const t = toks[m];
  return t && t.k === 'w' && t.sp && !t.nl && MEASURES[t.l] === 'mile' ? { unit: 'nautical mile', next: m + 1 } : null;
}

/**
 * An area or a volume after the number, from toks[i]: "square" or "cubic" (or "sq", "sq.", "cu") and a measure ("12,000
 * square metres", a News in English-style probe, test/fixtures/outlets no-newsinenglish-bergen-power-prices.txt;
 * "around 140 cubic metres", cz-radioprague-ostrava-water-prices.txt; "a 90 sq ft unit", hk-scmp-subdivided-flats-bill.txt;
 * "8,000 square miles", PolNeAR train, HuffPost 2016-06-02; "thousand cubic feet", NYT 2016-07-30), or a length and a
 * superscript power ("a 3 m² room", "120m²"), which were read as the length alone ("metre", "mile", "foot") or as
 * nothing; and the sea mile, "nautical miles" (nauticalMile); null when none.
 */
function areaOrVolume(toks: Tok[], i: number): UnitNoun | null {
  const p = toks[i];
  if (!p || p.k !== 'w' || p.nl) return null;
  // a length and its superscript power against it
  const s = toks[i + 1];
  if (s && !s.sp && s.w in SUPERSCRIPT_POWERS) {
    const unit = lengthUnit(p.l);
    return unit ? { unit: `${SUPERSCRIPT_POWERS[s.w]} ${unit}`, next: i + 2 } : null;
  }
  if (p.sp && p.l === NAUTICAL) return nauticalMile(toks, i + 1);
  if (!p.sp || !(p.l in POWERS_OF_LENGTH)) return null;
  const k = p.l === 'sq' && s?.w === '.' && !s.sp ? i + 2 : i + 1;
  const m = toks[k];
  const unit = m && m.k === 'w' && m.sp && !m.nl ? lengthUnit(m.l) : undefined;
  return unit ? { unit: `${POWERS_OF_LENGTH[p.l]} ${unit}`, next: k + 1 } : null;
}

/** The unit a measure word names ("km" -> "kilometer", "acres" -> "acre"), or undefined for a word that is none. */
export const measureUnit = (l: string): string | undefined => MEASURES[l];

/** Measures written against the digits ("12,000km", "40kg", "70mph"): abbreviations only, never a word ("5m" is no measure). */
const JOINED_MEASURES: ReadonlySet<string> = new Set(['mph', 'kph', 'km', 'kms', 'kg', 'kgs', 'lb', 'lbs', 'ft', 'hp', 'mw', 'gw', 'mm', 'cm', 'ml', 'ha', 'kw', 'kwh', 'km/h']);
/** Temperature scales by the capital written for them, against the digits as British and Australian papers do ("38C", "104F"), after "°" or alone ("40 C"). */
export const DEGREE_SCALES: Readonly<Record<string, string>> = wordTable({ C: 'celsius', F: 'fahrenheit' });
export const isJoinedMeasure = (w: string): boolean => JOINED_MEASURES.has(w.toLowerCase()) || w in DEGREE_SCALES;

/** "refugees" -> "refugee", "casualties" -> "casualty", "people" -> "person", "loaves" -> "loaf". */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  const compound = irregularCompound(w);
  if (compound) return compound;
  if (LISTED_PLURALS[w]) return LISTED_PLURALS[w];
  if (w.length > 4 && w.endsWith('ies') && !/[aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ches|shes|sses|xes|zzes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w) && w.length > 2) return w.slice(0, -1);
  return w;
}

/** "life" -> "lives", "refugee" -> "refugees", "casualty" -> "casualties" (for readings shown to people). */
export function plural(word: string): string {
  const w = word.toLowerCase();
  const irr = SINGULAR_OF.get(w);
  if (irr) return irr;
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  if (/(?:s|x|z|ch|sh)$/.test(w)) return w + 'es';
  return w + 's';
}

/** A word that reads as a plural noun ("lives", "refugees", "people"), not a verb or function word. */
export function looksPlural(l: string): boolean {
  if (STOP.has(l)) return false;
  if (l in IRREGULAR || irregularCompound(l)) return true;
  return l.length > 3 && l.endsWith('s') && !/(?:ss|us|is|'s|’s)$/.test(l) && !/ly$/.test(l);
}

export function isStopWord(l: string): boolean {
  return STOP.has(l);
}

const DEMONYM = /(?:ans|ese|is|ians|eans)$/;

/** Plural head noun of a capitalised word: demonyms and party members count people ("Syrians" -> person). */
function capitalisedUnit(t: Tok): string {
  return DEMONYM.test(t.l) ? 'person' : singular(t.l);
}

/**
 * The people of a place named with "-ers", alone or after the place's first word (`before`): "Some three million New
 * Yorkers were unable to vote" (PolNeAR train, NYT 2016-04-21), "Half a million New Zealanders rent" (test/fixtures/outlets
 * nz-herald-housing.txt), "more than 70,000 New Brunswickers on the province's patient registry" (ca-cbc-newcomers-doctors.txt)
 * counted a "yorker", a "zealander", a "brunswicker".
 */
function placeResidents(before: Tok | undefined, t: Tok): boolean {
  if (!/^[A-Z][a-z]+ers$/.test(t.w)) return false;
  const stem = t.w.slice(0, -3);
  return isPlace(stem) || (!!before && before.k === 'w' && /^[A-Z][a-z]+$/.test(before.w) && t.s === before.e + 1 && isPlace(`${before.w} ${stem}`));
}

/** A demonym's plural in -is ("Somalis", "Israelis", "Iraqis"): the demonym the people lexicon knows, and an "s". */
const demonymInIs = (t: Tok): boolean => t.l.endsWith('is') && isDemonym(t.w.slice(0, -1));

/**
 * A demonym whose plural is itself ("Congolese", "Chinese", "Swiss", "Burkinabè"): the people lexicon's demonym in -ese,
 * -ss or -è.
 */
const invariantDemonym = (t: Tok): boolean => /(?:ese|ss|è)$/.test(t.l) && isDemonym(t.w);

/**
 * A lower-case plural in -is of a noun in -i ("taxis", "rabbis", "jihadis", "mandis") at the end of its noun phrase (`n`
 * the token after it: no word that could be the head after it, as "players" is after "40 tennis"); not a singular in
 * -sis ("basis", "crisis") nor a function word ("this", "his").
 */
const pluralInIs = (t: Tok, n: Tok | undefined): boolean => /^[a-z]{2,}[^s]is$/.test(t.w) && !STOP.has(t.l) && !(n && nounWord(n));

/** Verbs of a voter's choice, whose subject a count of people can be and whose object is a name ("19 support Sanders"). */
const CHOICE_VERBS: ReadonlySet<string> = new Set(['support', 'back', 'favor', 'favour', 'oppose', 'prefer', 'endorse']);

/** What may follow a verb in the past tense but not a noun: the end of the clause, an object, a clause ("One came.", "one said he"). */
const AFTER_VERB = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'that', 'his', 'their', 'its']);

/** The word at toks[j] (ending at toks[end - 1]) is a function word, or a verb in the past tense by its context. */
function verbOrFunctionWord(toks: Tok[], j: number, end: number): boolean {
  const w = toks[end - 1].l;
  if (LEXICON_NOT_COUNTED.has(w)) return true;
  if (!LEXICON_IRREGULAR_PAST.has(w) || end > j + 1) return false;
  const n = toks[end];
  return !n || n.k === 'p' || AFTER_VERB.has(n.l);
}

export interface UnitNoun {
  unit: string;
  /** Index of the token after the noun phrase. */
  next: number;
}

/**
 * Between a number and its noun, a comparison of the count ("14 million more jobs", "three fewer seats") or its sum
 * ("Clinton had 2,205 total delegates", "to award 34 total delegates", PolNeAR train, Washington Post 2016-05-05,
 * 2016-04-17; "with 332 total electoral votes", HuffPost 2016-03-16: were bare numbers).
 */
const MORE_OR_FEWER: ReadonlySet<string> = new Set(['more', 'fewer', 'total']);

/** Words of time in STOP that may be the adjective of a plural noun after a number ("15 earlier contests"). */
const TIME_ADJECTIVES: ReadonlySet<string> = new Set(['earlier', 'later']);

/** The most words of a counted noun: its modifiers and its head. */
const MAX_WORDS = 4;
/**
 * The most words of a counted noun whose modifiers are all words a reader skips on the way to the head (proper nouns,
 * adjectives, nouns that modify: no verb's past, participle or function word), its plural head ending the phrase
 * ("Three separate major bank deregulation bills.", PolNeAR train, HuffPost 2016-03-23 -> bill; "About four in 10
 * South Carolina Republican primary voters say …", Breitbart 2016-02-20 -> voter). MAX_WORDS stays the bound for any
 * other walk: past four words a verb or a second noun phrase is too often taken for the head.
 */
const LONG_MAX_WORDS = 6;

/** Words after "N times" that keep it a count of occasions (occasions). */
const AFTER_OCCASIONS: ReadonlySet<string> = new Set(['since', 'in', 'on', 'before', 'between', 'during', 'previously', 'already', 'over', 'until', 'when', 'while']);
/** Words after "N times" that make it a rate of occasions when a time unit follows them ("22 times a day", "3 times that week"). */
const BEFORE_TIME_UNIT: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'every', 'this', 'that', 'last', 'next']);

/**
 * "times" after a number that counts occasions, not a multiplier: before a clause's end or what dates or places them
 * ("His auto bailout fact-check Wednesday was retweeted 3,200 times, leading", PolNeAR train, Politico 2016-03-10; "it
 * was retweeted over 25,000 times.", Western Journal 2016-07-14; "Trump has posted more than 5,000 times since June",
 * USA Today 2016-01-19; "a post that has been shared more than 4,000 times.", test/fixtures/outlets
 * ca-dailyhive-skytrain-escalators.txt, pl-notesfrompoland-klodzko-flood-aid.txt; "the ferry from Svinö runs up to 22
 * times a day", ax-nyaaland-archipelago-ferry-fares.txt: were counts of nothing). A multiplier stays bare: "10 times
 * harder", "1.3 times the previous year's output", "roughly 5.5 times her estimate", "54 times more money".
 */
function occasions(toks: Tok[], i: number): boolean {
  const t = toks[i], n = toks[i + 1];
  if (!t || t.l !== 'times' || t.k !== 'w' || !t.sp || t.nl) return false;
  if (!n || n.nl) return true;
  if (n.k === 'p') return /^[.,;:!?)]$/.test(n.w);
  if (AFTER_OCCASIONS.has(n.l)) return true;
  const u = toks[i + 2];
  return BEFORE_TIME_UNIT.has(n.l) && !!u && u.k === 'w' && u.l in TIME_UNITS;
}

/**
 * The counted noun after a number, from toks[i]: up to three modifiers, then a plural head noun
 * ("three rebel fighters", "500,000 Syrian refugees", "72 work-related emails", "Six in 10 Virginia Democratic primary
 * voters", PolNeAR train, Breitbart 2016-03-01). For the number one, the first
 * word after it ("one family"). Null when none is found.
 */
export function unitNoun(toks: Tok[], i: number, one: boolean): UnitNoun | null {
  let j = i;
  if (occasions(toks, i)) return { unit: 'time', next: i + 1 };
  const area = areaOrVolume(toks, i);
  if (area) return area;
  // a measure right after the number ("87 mph", "300 horsepower", "5 km", "12 acres", "12,000km")
  const m = toks[i];
  if (m && m.k === 'w' && (m.sp || JOINED_MEASURES.has(m.l)) && !m.nl && m.l in MEASURES) {
    // "120km/h": a speed
    if (m.l === 'km' && toks[i + 1]?.w === '/' && !toks[i + 1].sp && toks[i + 2]?.l === 'h' && !toks[i + 2].sp) return { unit: 'kph', next: i + 3 };
    return { unit: MEASURES[m.l], next: i + 1 };
  }
  if (m && m.k === 'w' && !m.sp && m.w in DEGREE_SCALES) return { unit: `degree ${DEGREE_SCALES[m.w]}`, next: i + 1 };
  const powerTime = spacedPowerTime(toks, i);
  if (powerTime) return powerTime;
  let oneAdjective = false;
  // every word walked past so far is a modifier a reader skips (LONG_MAX_WORDS)
  let skipped = !one;
  for (let k = 0; k < LONG_MAX_WORDS && j < toks.length; k++) {
    if (k >= MAX_WORDS && !skipped) return null;
    // ("a separate set of 27 “at-large” delegates", PolNeAR train, Politico 2016-04-09; "Pew looked at nine
    // “nonprobability” internet samples", HuffPost 2016-05-02: were bare numbers; a modifier set off by quotation marks
    // is one modifier on the way to the head)
    const quoted = one ? j : quotedModifierEnd(toks, j);
    if (quoted > j) { j = quoted; continue; }
    const t = toks[j];
    if (t.k !== 'w' || t.nl || !t.sp) return null;
    if (k > 0 && !one && coordinatedModifiers(toks, j)) { j++; continue; }
    // ("The desalination plant of Doraleh will give us 22,500 additional cubic metres a day", a La Nation-style probe,
    // test/fixtures/outlets dj-lanation-balbala-water-barrel-price.txt, probes-mm, was "metre": an area or a volume after
    // the count's modifiers is one unit, as it is right after the number)
    const powered = k > 0 ? areaOrVolume(toks, j) : null;
    if (powered) return powered;
    // ("34,570 U.S. citizens", "at least four U.N. peacekeepers", PolNeAR train, Breitbart 2016-03-21 and HuffPost
    // 2016-01-12: an abbreviation with stops modifies the noun after it, as a proper adjective does)
    const stops = abbreviationEnd(toks, j);
    if (stops > j) { if (one) oneAdjective = true; j = stops; continue; }
    // a hyphenated modifier ("work-related", "first-graders"): its last part is the word
    let last = t, end = j + 1;
    while (toks[end]?.w === '-' && !toks[end].sp && toks[end + 1]?.k === 'w' && !toks[end + 1].sp) { last = toks[end + 1]; end += 2; }
    const compoundUnit = end === j + 3 ? timeCompound(t, last) : undefined;
    if (compoundUnit) return { unit: compoundUnit, next: end };
    // ("nearly 14 million more jobs", "two more years", PolNeAR train, NYT 2016-01-14: the noun past "more" or "fewer")
    // ("Economists predict between two and four more rate rises next year", PolNeAR train, USA Today 2015-12-16; "Five more
    // GOP seats", "40 more modular classrooms", test/fixtures/outlets: past them to a noun phrase's modifiers too, for
    // numbers but one)
    if (k === 0 && end === j + 1 && MORE_OR_FEWER.has(last.l) && toks[end]?.k === 'w' && toks[end].sp && !toks[end].nl && (looksPlural(toks[end].l) || !one)) { j = end; continue; }
    // ("supporting her by about a 67 percentage point margin across 15 earlier contests", PolNeAR train, Breitbart
    // 2016-03-15; "Justice Samuel A. Alito Jr., who in two earlier opinions had made clear", NYT 2016-06-29: were bare
    // numbers; "earlier" or "later" right after the number, before a plural noun, is its adjective, no adverb that ends
    // the phrase as in "two years earlier")
    if (k === 0 && !one && end === j + 1 && TIME_ADJECTIVES.has(last.l) && !!toks[end] && nounWord(toks[end]) && looksPlural(toks[end].l)) { j = end; continue; }
    // (a number word is another figure: "about 10 fold every five years", PolNeAR train)
    // (a particle written as the last part of a hyphenated word is that word's, no stop: "40 laid-off employees")
    if ((STOP.has(last.l) && !(end > j + 1 && COMPOUND_PARTICLES.has(last.l))) || isNumberWord(last.l)) return null;
    // ("Rutland had seen 37 reported break-ins to garages", "at least nine break-ins across the city": the plural of a
    // noun made of a verb and its particle counts that noun, "break-in")
    if (!one && end > j + 1 && PARTICLE_PLURALS.has(last.l)) return { unit: hyphenated(toks, j, end).slice(0, -1), next: end };
    const capital = /^[A-Z]/.test(last.w);
    // "four plain-clothes officers": a hyphenated modifier before the plural head
    const compound = end > j + 1 && toks[end]?.k === 'w' && toks[end].sp && looksPlural(toks[end].l);
    // ("four cable news networks", "two sports teams": a plural noun that modifies the plural head after it)
    // (after "one", the head is singular: "one positive jobs report")
    const modifier = PLURAL_MODIFIERS.has(last.l) && toks[end]?.k === 'w' && toks[end].sp && !toks[end].nl && (looksPlural(toks[end].l) || (one && nounWord(toks[end])));
    // ("one adds Nebraska", "no matter how one feels", "One offered to shelter": after "one", a verb in -s or -ed
    // makes it the pronoun, which counts nothing; a plural cannot follow it)
    if (k === 0 && toks[i - 1]?.l === 'one' && !capital && end === j + 1 && (looksPlural(last.l) ? !(last.l in IRREGULAR) && !modifier : REGULAR_PAST.test(last.l) && !nounAfter(toks[end]))) return null;
    // ("one Sanders supporter", "two Sanders supporters", "one Kansas farmer": a name or place in -s before a noun of
    // the number's own grammar, singular after one and plural after more, is no plural head but its modifier)
    const n = toks[end];
    const nameInS = capital && looksPlural(last.l) && !DEMONYM.test(last.l) && !!n && nounWord(n) && looksPlural(n.l) !== one;
    // ("Betio's population of about 17,000 makes it one of the most crowded places …", a Kiribati Independent-style
    // probe, probes-uu, test/fixtures/outlets ki-kiribatiindependent-betio-water-charge.txt, counted "make": a verb in -s
    // right after the number and before its object pronoun is the number's verb, no plural head)
    if (k === 0 && end === j + 1 && !capital && isVerbForm(last.l) && !!n && OBJECT_ONLY_PRONOUNS.has(n.l)) return null;
    // ("449 of the party insiders back Clinton, while only 19 support Sanders", PolNeAR train, Breitbart 2016-02-18; "Men
    // under 35 support Sanders by 4 percentage points", USA Today 2016-01-12: were "sander": a verb of a voter's choice right
    // after the number, before a name, is the number's verb, and the name its object, no plural head)
    if (k === 0 && !one && end === j + 1 && CHOICE_VERBS.has(last.l) && !!n && n.k === 'w' && /^[A-Z]/.test(n.w)) return null;
    // ("about 4.4 million Somalis faced high levels of acute food insecurity", a Hiiraan Online-style probe, probes-ww,
    // test/fixtures/outlets so-hiiraan-mogadishu-food-prices.txt, counted "levels": a demonym's plural in -is, which
    // looksPlural leaves as "crisis" is, counts people)
    if (capital && end === j + 1 && demonymInIs(last)) return { unit: 'person', next: end };
    // ("the cotton sector, which employs directly or indirectly more than 4 million Burkinabè", an AIB-style probe,
    // test/fixtures/outlets bf-aib-houet-cotton-seed-price.txt; "many of the city's roughly 6,000 Congolese, and dozens of
    // them gathered", an Ottawa Sun-style probe, ca-ottawasun-vanier-house-fire.txt: a demonym whose plural is itself
    // counts people at the end of its phrase; "300,000 Chinese students" counts the students)
    if (!one && capital && end === j + 1 && invariantDemonym(last) && !(n && nounWord(n) && looksPlural(n.l))) return { unit: 'person', next: end };
    // ("Rome has about 7,700 licensed taxis for a population of 2.8 million", a Wanted in Rome-style probe, test/fixtures/outlets
    // it-wantedinrome-taxi-licences.txt; "74 taxis impounded since Monday", za-news24-taxi-strike-impoundments.txt; "About 40
    // rabbis have said", PolNeAR train, Washington Post 2016-03-18; "some 80,000 jihadis", Breitbart 2016-05-05: the plural of a
    // noun in -i, which looksPlural leaves as it leaves "crisis", counts that noun when nothing that could be the head follows)
    if (!one && !capital && end === j + 1 && pluralInIs(last, n)) return { unit: last.l.slice(0, -1), next: end };
    if (looksPlural(last.l) && !compound && !modifier && !nameInS) {
      // past MAX_WORDS, only a head that ends its phrase ("… primary voters say", "… deregulation bills.")
      if (k >= MAX_WORDS && n && nounWord(n)) return null;
      return { unit: capital ? (end === j + 1 && placeResidents(toks[j - 1], last) ? 'person' : capitalisedUnit(last)) : singular(last.l), next: end };
    }
    if (nameInS && !one) return { unit: singular(n.l), next: end + 1 };
    // "one family", "at least one recent attempt" (the noun after its adjectives), but not "One came." or "one soon"
    // "one Syrian refugee", "one Trump campaign source": a proper adjective before the noun
    if (one && capital) oneAdjective = true;
    else if (one && (k === 0 || oneAdjective)) {
      // ("according to one MP present", "said one Republican involved in the planning", PolNeAR train, Washington
      // Post 2016-03-03: an adjective after the name stands after its noun, which is the name)
      const p = toks[j - 1];
      if (k > 0 && end === j + 1 && POSTPOSITIVE_ADJECTIVES.has(last.l) && p.k === 'w' && /^[A-Z]/.test(p.w)) return { unit: singularNameUnit(p), next: j };
      if (k === 0 && verbOrFunctionWord(toks, j, end)) return null;
      // after a name, a verb ends the phrase ("one Graham filed", PolNeAR train, HuffPost 2016-02-02; the "n’t" of "At least
      // one Democrat wasn’t" was first written on a PolNeAR dev example; holds on no train article)
      if (k > 0 && (verbOrFunctionWord(toks, j, end) || /(?:ed|['’]t)$/.test(last.l))) return null;
      // "One influential 2009 paper": a year between the adjective and the noun modifies the noun
      if (n && n.k === 'n' && n.sp && YEAR.test(n.w) && toks[end + 1]?.k === 'w' && toks[end + 1].sp && /^[a-z]/.test(toks[end + 1].w) && !STOP.has(toks[end + 1].l) && !LEXICON_IRREGULAR_PAST.has(toks[end + 1].l) && !/(?:ed|ing)$/.test(toks[end + 1].l)) {
        return { unit: toks[end + 1].l, next: end + 2 };
      }
      // "one former GOP leadership aide", "one senior Democrat": past a name that a modifier leads into, the head
      if (k === 0 && n && n.k === 'w' && n.sp && !n.nl && /^[A-Z]/.test(n.w) && modifierLike(last.l) && !verbOrFunctionWord(toks, j, end)) {
        const head = headAfterName(toks, end);
        if (head) return head;
      }
      // "at least one reader asks": after "one" and a singular noun, a word in -s is the verb, not a plural head
      // (not "one positive jobs report", "one another's voters", "one college savings, …")
      // ("It was a hard year. One big problem remains.", after PolNeAR train, NYT 2016-08-01, was "remain"; "If one pipe
      // fails, half the island feels it", a Curaçao Chronicle-style probe, test/fixtures/outlets
      // cw-curacaochronicle-bandabou-water.txt, was "fail": past the noun's adjectives too, and before the end of the
      // clause, when the word in -s is no plural that modifies a noun, as "savings" is)
      // (and the whole of a fraction after its determiner, when the word in -s is a linking verb: "roughly a third of the
      // electorate remains undecided", PolNeAR train, USA Today 2016-05-12, and "half the island feels it", the Curaçao
      // Chronicle-style probe above, were "remain" and "feel"; "half the party leaders said" counts leaders)
      const verbAfterOne = (k === 0 || oneAdjective) && (toks[i - 1]?.l === 'one' || (WHOLE_DETERMINERS.has(toks[i - 1]?.l ?? '') && LINKING_VERBS.has(n?.l ?? '')))
        && !!n && looksPlural(n.l) && !(n.l in IRREGULAR) && !looksPlural(last.l)
        && !modifierLike(last.l) && !/['’]s$/.test(last.l)
        && ((toks[end + 1]?.k === 'w' && toks[end + 1].sp) || (!PLURAL_MODIFIERS.has(n.l) && (!toks[end + 1] || (toks[end + 1].k === 'p' && /^[.,;:!?]$/.test(toks[end + 1].w)))));
      // ("One operative inside Trump Tower tried to downplay", "One floor below, the ballrooms were bustling": a word of
      // place after the noun of "one" ends its phrase; "one near the side door", the pronoun "one", counts nothing)
      if (k === 0 && end === j + 1 && PLACE_AFTER_NOUN.has(last.l) && !nounWord(n)) return null;
      const more = !!n && nounWord(n) && !looksAdverb(n.l) && !verbAfterOne && !PLACE_AFTER_NOUN.has(n.l);
      if (!more || k === 2) return { unit: last.l, next: end };
      oneAdjective = true;
    }
    skipped &&= capital || nounWord(end === j + 1 ? last : t);
    j = end;
  }
  return null;
}

/**
 * toks[j] is the "and" or "or" between two modifiers of the plural head right after the second: "about 4,300 pregnant and
 * breastfeeding women" (an SPS-style probe, test/fixtures/outlets eh-sps-refugee-camps-food-basket-cut.txt), "30,000 combat
 * and civilian deaths" (PolNeAR train, HuffPost 2016-04-27), "two lobbying and consulting firms" (Washington Post
 * 2016-04-09) were counts of nothing. Not after a plural or a verb's past ("300 arrived and police officers").
 */
function coordinatedModifiers(toks: Tok[], j: number): boolean {
  const c = toks[j], a = toks[j - 1], b = toks[j + 1], head = toks[j + 2];
  if ((c.l !== 'and' && c.l !== 'or') || !a || a.k !== 'w' || !b || !head) return false;
  if (looksPlural(a.l) || /ed$/.test(a.l) || STOP.has(a.l) || LEXICON_NOT_COUNTED.has(a.l)) return false;
  const word = (t: Tok): boolean => t.k === 'w' && t.sp && !t.nl && /^[a-z]/.test(t.w) && !STOP.has(t.l) && !LEXICON_NOT_COUNTED.has(t.l);
  return word(b) && !looksPlural(b.l) && word(head) && looksPlural(head.l);
}

/** Quotation marks that open and close a modifier. */
const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '"', '‘', "'"]);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', '"', '’', "'"]);
/** The most words of a modifier in quotation marks (hyphenated parts each a word). */
const QUOTED_WORDS = 3;

/**
 * The index past a modifier in quotation marks opening at toks[j] ("27 | “at-large” | delegates"): an opening mark after
 * a space, one to QUOTED_WORDS words written against it (a hyphen may join them), the closing mark written against the
 * last, and a word on the same line after a space; j when none opens there.
 */
function quotedModifierEnd(toks: Tok[], j: number): number {
  const o = toks[j];
  if (!o || o.k !== 'p' || !OPENING_QUOTES.has(o.w) || !o.sp || o.nl || toks[j + 1]?.k !== 'w' || toks[j + 1].sp) return j;
  let words = 0;
  for (let e = j + 1; e < toks.length && words <= QUOTED_WORDS; e++) {
    const t = toks[e];
    if (t.nl) return j;
    if (t.k === 'w') { words++; continue; }
    if (t.w === '-' && !t.sp && toks[e + 1]?.k === 'w' && !toks[e + 1].sp) continue;
    if (!CLOSING_QUOTES.has(t.w) || t.sp || words > QUOTED_WORDS) return j;
    const after = toks[e + 1];
    return after && after.k === 'w' && after.sp && !after.nl ? e + 1 : j;
  }
  return j;
}

/**
 * The index past an abbreviation with stops opening at toks[j] ("U.S.", "U.N.", "D.C."): single capitals, each with
 * its stop, nothing between; j when none opens there.
 */
function abbreviationEnd(toks: Tok[], j: number): number {
  let e = j;
  while (toks[e]?.k === 'w' && /^[A-Z]$/.test(toks[e].w) && (e === j || !toks[e].sp) && toks[e + 1]?.w === '.' && !toks[e + 1].sp) e += 2;
  return e - j >= 4 ? e : j;
}

/**
 * A lower-case word on the same line that can go on a noun phrase: no function word, no word that counts nothing, no
 * verb in the past and no participle or gerund ("one recent | attempt", "GOP | leadership aide").
 */
function nounWord(t: Tok): boolean {
  return t.k === 'w' && t.sp && !t.nl && /^[a-z]/.test(t.w) && !STOP.has(t.l) && !LEXICON_NOT_COUNTED.has(t.l) && !LEXICON_IRREGULAR_PAST.has(t.l) && !participleEnding(t.l);
}

/**
 * A word in -ed or -ing that may be a participle or a gerund ("one captured", "one saying"); not a word with no vowel
 * before its "-ing", which is no verb's "-ing" form ("One important thing has been lost in all of the obituaries",
 * PolNeAR train, NYT 2016-08-01; "This is one small thing we can do", a Toronto Star-style probe, test/fixtures/outlets
 * ca-star-cityhall-sixplexes.txt: were "important" and "small"; "thing", "king", "spring", "wing").
 */
const participleEnding = (l: string): boolean => /ed$/.test(l) || /[aeiouy][a-z]*ing$/.test(l);

/** Words that modify a name after "one" ("one former GOP aide", "one senior Democrat", "one longtime Clinton ally"). */
const NAME_MODIFIERS: ReadonlySet<string> = new Set(['former', 'senior', 'top', 'leading', 'prominent', 'longtime', 'veteran', 'young', 'local', 'lone', 'single', 'retired', 'long', 'unaligned', 'undecided']);
/** A modifier by its word or its ending ("well-connected", "kind-hearted", "conservative", "political"), not a noun ("one case", "one reason"). */
const modifierLike = (l: string): boolean => NAME_MODIFIERS.has(l) || /(?:ed|al|ous|ive|ful|ic)$/.test(l);

/** The most capitalised words and lower-case nouns after "one" and its modifier ("one former | GOP leadership aide"). */
const NAME_AND_HEAD_REACH = 4;

/**
 * The head of "one" + modifier + a name (+ nouns): the last lower-case noun after the name ("GOP leadership aide" →
 * aide), or the name's own word when no noun follows it ("one senior Democrat" → democrat).
 */
function headAfterName(toks: Tok[], i: number): UnitNoun | null {
  let j = i;
  while (j < toks.length && j < i + NAME_AND_HEAD_REACH && toks[j].k === 'w' && toks[j].sp && !toks[j].nl && /^[A-Z]/.test(toks[j].w)) j++;
  let last = j - 1;
  // (a singular noun: after "one", a word in -s is the name's verb, "one kind-hearted Canadian wants"; nor an
  // adjective that ties the name to something, "one well-connected Democrat familiar with")
  while (j < toks.length && j < i + NAME_AND_HEAD_REACH && nounWord(toks[j]) && !/(?:ly|s)$/.test(toks[j].l) && !ATTACHED_ADJECTIVES.has(toks[j].l)) last = j++;
  if (last < i) return null;
  const t = toks[last];
  return { unit: /^[A-Z]/.test(t.w) ? singularNameUnit(t) : singular(t.l), next: last + 1 };
}

/** The unit of a capitalised singular noun ("Democrat" → democrat, "MP" → mp); a demonym ("one kind-hearted Canadian") counts a person, as its plural does. */
function singularNameUnit(t: Tok): string {
  return /(?:an|ese)$/.test(t.l) ? 'person' : capitalisedUnit(t);
}

/** A word that can go on a noun phrase ("one undeleted | section", "one unaligned | Florida Republican strategist"), not a verb's object or an ending ("One offered | to"). */
const nounAfter = (n: Tok | undefined): boolean => !!n && n.k === 'w' && n.sp && !n.nl && !STOP.has(n.l) && !AFTER_VERB.has(n.l) && !LEXICON_NOT_COUNTED.has(n.l);

/** A regular past or participle ("budged", "offered", "considered"), five letters or more so that "bed", "shed" and "seed" are none. */
const REGULAR_PAST = /^[a-z]{2,}[^e]ed$/;

/** Particles written as the last part of a hyphenated word ("laid-off", "break-in", "follow-up"). */
const COMPOUND_PARTICLES: ReadonlySet<string> = new Set([...VERB_PARTICLES, 'in', 'on']);
/** The plurals of a hyphenated noun whose last part is a particle ("break-ins", "sit-ins", "follow-ups", "add-ons"), which looksPlural leaves. */
const PARTICLE_PLURALS: ReadonlySet<string> = new Set(['ins', 'ups', 'ons']);
/** The hyphenated word toks[j] to toks[end - 1] in lower case ("break-ins"). */
const hyphenated = (toks: Tok[], j: number, end: number): string => toks.slice(j, end).map(t => t.l).join('');
/**
 * Words of place that follow a noun and end its phrase ("one operative | inside Trump Tower", "one floor | below"), which
 * compromise tags as adjectives; before a noun they modify it ("one outside group", "one near miss").
 */
const PLACE_AFTER_NOUN: ReadonlySet<string> = new Set(['inside', 'outside', 'below', 'above', 'beneath', 'underneath', 'behind', 'beyond', 'beside', 'near', 'nearby']);

/**
 * Nouns in -s that modify a noun after them ("news networks", "sports teams", "arms dealers"; "the Syrian army carried out
 * two chemical weapons attacks", PolNeAR train, HuffPost 2016-08-29, was "weapon"; "It is going to take a lot more than one
 * positive jobs report", NYT 2015-11-09, was "job").
 */
const PLURAL_MODIFIERS: ReadonlySet<string> = new Set(['news', 'measles', 'mumps', 'rabies', 'diabetes', 'shingles', 'sports', 'arms', 'sales', 'savings', 'goods', 'services', 'operations', 'communications', 'electronics', 'customs', 'weapons', 'jobs']);

/** Nouns of a household whose size "of" and a number give ("a family of four", "a household of six"). */
const HOUSEHOLD_NOUNS: ReadonlySet<string> = new Set(['family', 'household']);

/**
 * The tokens before a number (nearest first) give a household's size, "a family of | four": the word in -s after the
 * number is then the household's verb, no plural head, unless it counts people ("a family of four children"). "what a
 * family of four spends on food", an El Salvador In English-style probe, probes-ff, test/fixtures/outlets
 * sv-elsalvadorinenglish-red-bean-prices.txt, and "a family of four pays 30 euros", a Total Croatia News-style one,
 * hr-totalcroatianews-jadrolinija-ferry-fares.txt, counted "spend" and "pay".
 */
export function householdVerbAfter(prev: readonly Tok[], word: string): boolean {
  return prev[0]?.l === 'of' && HOUSEHOLD_NOUNS.has(prev[1]?.l ?? '') && !isPluralPeopleNoun(word);
}

/** Verbs whose bare numeric object counts people ("has already killed tens of thousands", "hired 300"). */
const PEOPLE_VERBS = new Set(['killed', 'kill', 'kills', 'wounded', 'injured', 'displaced', 'evacuated', 'arrested', 'detained', 'hired', 'fired', 'employs', 'employed', 'employ', 'rescued', 'executed', 'deported', 'slaughtered', 'massacred']);

/** A crew, whose "of" and a number count its people ("his crew of six"; a hand list beside people/lexicon.ts's collectives). */
const BODIES_OF_PEOPLE: ReadonlySet<string> = new Set(['crew']);

/** The word before "population" makes it people's: an article or a possessive determiner, or a capitalised possessive ("Betio's"). */
function placePopulation(t: Tok | undefined): boolean {
  return !!t && t.k === 'w' && (t.l === 'a' || t.l === 'the' || POSSESSIVE_DETERMINERS.has(t.l) || /^\p{Lu}.*['’]s$/u.test(t.w));
}

/** The index of "of" right before the number or its approximator ("a crowd of | about 2,600"), or -1. */
function ofBefore(prev: readonly Tok[]): number {
  const k = pastApproximator(prev as Tok[]);
  return prev[k]?.l === 'of' ? k : -1;
}

/** Parents and grandparents, and what their "of" and a number count ("a mother of three", "the grandmother of four"). */
const PARENT_OF: Readonly<Record<string, string>> = wordTable({
  mother: 'child', father: 'child', mum: 'child', mom: 'child', dad: 'child', parent: 'child', parents: 'child',
  grandmother: 'grandchild', grandfather: 'grandchild', grandparent: 'grandchild', grandparents: 'grandchild',
});

/**
 * The unit a number with no noun after it gets from the verb right before it (or before its approximator), from a
 * parent's "of": "Ahmed Al Hammadi, an Emirati father of three from Al Warqa", "the mother of two said" (The National- and
 * TBS News-style probes, test/fixtures/outlets ae-thenational-rain-remote-learning.txt, bd-tbsnews-dengue-beds.txt, and
 * some sixty more; PolNeAR train and dev the same) were counts of nothing: three children, two; or from a household's,
 * a crowd's or a crew's "of", its people: "Today a family of four pays more than 300 euros", "Mrs. Clinton told a crowd of
 * 1,300 here", "a crowd of about 2,600", "his crew of six had gone without work" (at-thelocal-tyrol-ski-pass-prices.txt
 * and some twenty more, ca-cp-sports-pwhl.txt, ca-herald-elver-closure.txt, cg-adiac-pointe-noire-artisanal-fishing …;
 * PolNeAR train, NYT 2016-04-28, 2016-06-28, Washington Post 2016-01-17, USA Today 2016-01-05).
 */
export function impliedUnit(prev: readonly Tok[]): string | null {
  const of = ofBefore(prev);
  if (of >= 0 && prev[of + 1]?.k === 'w') {
    const w = prev[of + 1].l;
    if (w in PARENT_OF && of === 0) return PARENT_OF[w];
    if (HOUSEHOLD_NOUNS.has(w) || isCollectiveOfPeople(w) || BODIES_OF_PEOPLE.has(w)) return 'person';
    // (a place's population, its people: "The island chain has a population of 54,000", "Betio's population of about 17,000",
    // PolNeAR train, Breitbart 2016-03-01, HuffPost 2016-05-19, test/fixtures/outlets ki-kiribatiindependent-betio-water-charge.txt,
    // it-wantedinrome-taxi-licences.txt; not "a caribou population of 5,000")
    if (w === 'population' && placePopulation(prev[of + 2])) return 'person';
  }
  for (let k = 0; k < Math.min(prev.length, 4); k++) {
    const t = prev[k];
    if (t.k !== 'w') return null;
    if (PEOPLE_VERBS.has(t.l)) return 'person';
  }
  return null;
}

/** Forms of "be" of a plural subject that open a passive after a count ("were killed", "have been deported"). */
const PLURAL_PASSIVE = new Set(['were', 'are']);
/** Perfect auxiliaries before "been" ("have been deported", "had been detained"). */
const PERFECT = new Set(['have', 'had']);

/**
 * The unit of a bare number from a passive of PEOPLE_VERBS right after it, toks[j] its first word: "where 84 were killed
 * and roughly 200 wounded" (PolNeAR train, Western Journal 2016-07-23), "Of those arrested in the New Year's weekend
 * enforcement actions, 77 have been deported" (Washington Post 2016-01-13); null for anything else.
 */
export function passiveUnit(toks: readonly Tok[], j: number): string | null {
  const a = toks[j];
  if (!a || a.k !== 'w' || a.nl) return null;
  const k = PLURAL_PASSIVE.has(a.l) ? j + 1 : PERFECT.has(a.l) && toks[j + 1]?.l === 'been' ? j + 2 : -1;
  const v = k > 0 ? toks[k] : undefined;
  return v && v.k === 'w' && !v.nl && v.l.endsWith('ed') && PEOPLE_VERBS.has(v.l) ? 'person' : null;
}

/**
 * Determiners that open the whole a part is taken from ("half the money", "half its members", "85 of the 154
 * meetings", "four of those states"): "the", "all", the possessives and the demonstratives.
 */
export const WHOLE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'all', ...POSSESSIVE_DETERMINERS, ...DEMONSTRATIVES]);

/** A possessive written as one word ("the state's", "Clinton's"). */
const POSSESSIVE = /['’]s$/;

/**
 * What a count with no noun after it counts when "of" and the whole it is part of follow it, toks[j] the "of": the
 * whole's head noun, past a possessive and the whole's own number ("85 of the 154 meetings Clinton had", PolNeAR train,
 * Breitbart 2016-08-24; "Half a dozen of the party's elite money players", Washington Post 2016-05-25; "two of Clinton's
 * aides"; "eight of nine states"); null for anything else.
 */
export function partitiveUnit(toks: Tok[], j: number): string | null {
  const of = toks[j], d = toks[j + 1];
  if (of?.l !== 'of' || !of.sp || of.nl || !d || !d.sp || d.nl) return null;
  const numberAt = (x: number): boolean => !!toks[x] && (toks[x].k === 'n' || isNumberWord(toks[x].l));
  const named = /^[A-Z]/.test(d.w) && POSSESSIVE.test(d.l);
  // (or the whole's number alone: "In eight of nine states where exit polls were conducted", PolNeAR train, Breitbart 2016-03-01)
  const counted = numberAt(j + 1);
  if (!named && !counted && !WHOLE_DETERMINERS.has(d.l)) return null;
  let k = counted ? j + 1 : j + 2;
  if (!named && !counted && toks[k]?.k === 'w' && POSSESSIVE.test(toks[k].l)) k++;
  // (the whole's number after an approximator: "the municipality had lost 11 of its roughly 230 residents", a Nya
  // Åland-style probe, ax-nyaaland-archipelago-ferry-fares.txt; "it has lost 14 of its roughly 120 drivers", a Soualiga
  // Newsday-style one, sx-soualiganewsday-bus-fare-increase.txt: were counts of nothing)
  if (!numberAt(k)) k += approximatorAhead(toks, k, numberAt);
  if (numberAt(k)) k++;
  return unitNoun(toks, k, false)?.unit ?? null;
}
