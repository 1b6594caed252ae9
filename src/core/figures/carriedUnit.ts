/**
 * A bare number that reads with the unit of an amount before it, in three frames a reader takes the same way nearly
 * always (the figures engine reads each number alone, so "15" of "from 12 percent to 15" was a count of nothing):
 * - A change or a comparison after an amount of the same sentence: "up from", "down from", "compared with", "compared
 *   to" right before the number ("160 security personnel along the parade route, up from 90 last year", PolNeAR train,
 *   USA Today 2016-06-27; "about 132,000 caribou, down from roughly 265,000 in 2017", test/fixtures/outlets
 *   ca-cbcnorth-caribou-limit.txt; "more than 4,200 canola claims, compared with about 900 in a typical year",
 *   ca-starphoenix-drought-canola.txt; "758 pledged delegates, compared to Cruz’s 538", PolNeAR train, Breitbart
 *   2016-04-15). The amount is the nearest one with a unit that is no duration, no age and no "140-table" word ("only
 *   14 fuel trucks had reached Gaza in the past seven days, compared with the 50 agreed" is 50 trucks,
 *   qa-aljazeera-gaza-hospitals-fuel.txt; "only two cleaners working the 140-table centre at lunchtime, down from four
 *   last year", sg-cna-hawker-tray-return.txt, four cleaners).
 * - The other end of a change written "from AMOUNT … to N" ("rose from 12 percent to 15"; "from 660,000 dollars four years
 *   ago to just 75,000", PolNeAR train, Western Journal 2016-06-20; "grown from six teams to 31 in five years",
 *   ca-star-scarborough-cricket.txt). (A range "between $5 and 10" is read whole by range.ts.)
 * - The same change written the other way round, "to AMOUNT … from N", a short adjunct between ("average class sizes in
 *   Grades 4 to 9 could rise to 31 students from 27", test/fixtures/outlets ca-global-school-cuts-says.txt, 27 students;
 *   "enrolment … has fallen to 41 students, from 96 a decade ago", ca-radiocanada-acadian-school.txt; "to scale back
 *   hiring to one construction crew from two", PolNeAR train, NYT 2016-05-19;
 *   "imports … grew to 40 percent from 5 percent", PolNeAR train, NYT 2016-03-03, and "projected to swell to 65 million
 *   in 2025, from 49 million in 2015", NYT 2016-02-03, the frame with both ends read already or neither with a unit).
 * - The same deal said twice: a number right after a verb of paying, getting or giving, ending its clause, after an
 *   amount the same kind of verb takes in its sentence or the one before ("the factories paid 350 drams … and then they
 *   give us 150", an Armenpress-style probe, am-armenpress-apricot-purchase-price.txt; "a tonne gave us 200 kilogrammes of
 *   oil. This year, some farmers get 160.", jo-jordantimes-olive-oil-prices.txt; "Trump got 18 first-place votes this
 *   week, Marco Rubio got seven and Ted Cruz got three", PolNeAR train, USA Today 2015-11-25). A number after such a
 *   verb that a noun follows counts that noun ("will get only 12 under the province's plan" stays as it is); a verb of
 *   buying or selling takes the goods' number after one of its kind only ("we used to buy twelve loaves, now we buy
 *   eight", et-addisstandard-bread-loaf-weight.txt). A verb of a bargain takes an amount after one of its own kind, a
 *   duration too ("We proposed 18 meticais. We accepted 15 because we do not want the population to suffer",
 *   mz-clubofmozambique-maputo-chapa-fares.txt, 15 meticais; "The Crown is seeking eight years in prison. The defence is
 *   asking for five.", ca-np-court-victim-impact.txt, five years).
 * - The first end of two numbers said together whose second carries the unit: "to", "and", "or" or a dash between, the
 *   second with no approximator ("will rise from 12 to 15 meticais per trip", test/fixtures/outlets
 *   mz-clubofmozambique-maputo-chapa-fares.txt; "coming from 40 to 50 percentage points behind Clinton", PolNeAR train,
 *   USA Today 2016-02-11; "Clinton would beat Trump 46 to 40 percent", Breitbart 2016-03-29; "Marco Rubio and Ted Cruz,
 *   11 and 8 percent respectively", Western Journal 2015-11-18; "contracts lasting from three to six months", NYT
 *   2016-03-21; "grew from three to six million people", mx-mexiconewsdaily-monterrey-water-cuts.txt, three million: the
 *   second's scale word counts for the first; a comma between two numbers in a row, "two, three weeks", too). A count of
 *   a noun lends its noun after "from" only ("reduced his herd from
 *   200 to 80 pigs", la-vientianetimes-pork-prices.txt; not "a 3 to 1 margin", nor "the two and up to 20 percent").
 *   (A range the engine reads whole, "between 5 and 7 percent", "12 to 15 euros", is one figure already.)
 * - A currency amount, "or" and a bare number: the same currency ("The fishermen in Safi sell them for MAD 6 or 7",
 *   ma-mwn-sardine-prices-ramadan.txt).
 * - The same, said with a comma and "against", as francophone African and Algerian copy in English writes it: "17,500 FCFA
 *   this year, against 14,000 last year" (test/fixtures/outlets ml-maliweb-segou-rice-paddy-price.txt), "2.6 million FCFA,
 *   against 1.8 million last year" (td-alwihdainfo-ndjamena-millet-koro-price.txt), "1,000 F CFA a day …, against 700 in
 *   October" (bj-beninwebtv-cotonou-kpayo-fuel-price.txt), "around 280 quintals per hectare this season, against 350 last
 *   year" (dz-tsa-potato-prices.txt): the second was a count of nothing. The comma only: "voted 52 against 48" is no
 *   such frame.
 * - The other measure of an amount, said after "instead of" or "rather than" in its sentence: "A single ticket will cost 550
 *   forints instead of 450" (test/fixtures/outlets hu-dailynewshungary-budapest-pass-price.txt), "her family now buys two
 *   bundles a day instead of three" (lb-nna-zahle-bread-bundle-price.txt), "The state now covers 30 percent instead of 50"
 *   (lt-lrt-vilnius-heating-bills.txt), "People buy one loaf instead of two" (tj-avesta-khujand-bread-prices.txt), "phase
 *   in any increase over four years instead of two" (gu-postguam-gwa-water-rate-hike.txt, a duration too): each was a
 *   count of nothing.
 * - The same measure said of now: a number right after "Today it is" or "Now it is" opening a sentence, the amount in the
 *   sentence before ("A loaf of bread was 1.80 leva two years ago. Today it is 2.60", a Novinite-style probe,
 *   test/fixtures/outlets bg-novinite-euro-changeover-price-checks.txt; "it fed about 140 households a week last winter.
 *   Now it is close to 300.", ca-cbc-ramadan-food-bank.txt; "Before, the Nigerian customers bought 20 trucks a week.
 *   Today, it is three or four.", ne-actuniger-galmi-onion-export-price.txt; "Yesterday I paid 200 kwanzas from Viana to São Paulo.
 *   Today it is 300", ao-angop-luanda-taxi-fares.txt; "We used to be open seven days. Now it is six",
 *   ca-global-international-avenue-rents.txt, a duration too): each was a count of nothing.
 * - The same holding said of another: a number right after "has", "have" or "had", ending its clause, after an amount
 *   the same word takes in its sentence or the one before ("Ted Cruz has 370 delegates, Kasich has 129 and Rubio left
 *   the race with 163", "Ted Cruz has 11 delegates, Marco Rubio has 10, John Kasich has five", PolNeAR train, Breitbart
 *   2016-03-15, 2016-02-20; "San Pedro Sula … had 1,317 homicides; Caracas, with a population of over 3.2 million, had
 *   3,797", HuffPost 2016-05-19). The same word only: "Acapulco, which has 847,735 citizens, had 883" is no count of
 *   citizens (the "had 1,317 homicides" before them gives it homicides: the frame reads past an amount of another word).
 * - A count that "the number of" a noun names before it, in the same sentence with no other figure between, right after
 *   a verb of its level ("to", "at", "from", "exceeded", "reached", "stands at", "was" …) or set off by a comma after the
 *   noun: "The number of insured persons rose to 40,480" (test/fixtures/outlets li-vaterland-health-insurance-premiums.txt),
 *   "The number of measles cases linked to the outbreak rose to 31" (nz-1news-measles-clinics.txt), "the number of Syrian
 *   refugees Obama will accept ranges from 100,000" (PolNeAR train, Breitbart 2015-11-17), "It has the second-highest
 *   number of pledged delegates, 247, next to California" (USA Today 2016-04-15), "the highest number of deaths, 61, was
 *   recorded in the 21-30 age group" (bd-tbsnews-dengue-beds.txt): each was a count of nothing. Not "a number of" (some),
 *   nor another frame after the noun ("lowering the number of superdelegates, and all but two said", Politico 2016-06-21;
 *   "the number of appearances by male and female analysts on three major cable television news networks", USA Today
 *   2016-06-22).
 * - A part of the count before it in its sentence, a smaller number right after "including" or "of which": "the opening
 *   of 47 new service stations across the country in 2026, including 12 in the department of Littoral" (a Benin Web
 *   TV-style probe, test/fixtures/outlets bj-beninwebtv-cotonou-kpayo-fuel-price.txt), "148 people have been hospitalized,
 *   including nine who needed intensive care" (ca-cbc-measles-health.txt), "the city has 22 wells, of which seven now
 *   pump less than half" (gt-revue-antigua-water-rates.txt), "912 households on the waiting list in October, of which 310
 *   were families" (mc-monacolife-state-housing-plan.txt): each was a count of nothing. Not a larger number ("three of the
 *   largest crowds of his entire campaign, including an estimated 28,000-plus at a park", PolNeAR train, Washington Post
 *   2016-04-21, counts people).
 * - The mark to reach, said of the count before it: a bare number after "the" or "of" with "needed" or "required" right
 *   after it, after a count with a unit in its sentence ("Clinton needs 67 delegates to reach the 2,383 needed to win",
 *   PolNeAR train, Breitbart 2016-06-04; "brings her to within 150 delegates away of the 2,383 needed to clinch", USA Today
 *   2016-05-18; "Clinton is 71 delegates short of the magic number of 2,383 needed", USA Today 2016-06-03; "with 332 total
 *   electoral votes, 62 more than the 270 needed to win", HuffPost 2016-03-16): each was a count of nothing. Not after
 *   money or a duration ("the 1,237 needed" after no count of its sentence stays bare).
 * - The same number said again: a bare number in grouped digits whose value the article gives one unit elsewhere ("reach
 *   1,237" after "It takes 1,237 delegates"; sameNumberAgain).
 * A ratio's first number is no amount ("61 percent said they have their minds made up compared to nearly four in 10",
 * PolNeAR train, Politico 2016-04-06; share.ts reads the share). Each look-back stays within the paragraph and a few figures back.
 */
import type { Figure } from '../types';
import { bargainWord, dealWord, goodsWord, subunitsOf } from './money';
import { SCALE_ABBREV, SCALES, tidy } from './numberWords';
import { shareFirstEndingAt } from './share';
import { PERSON_OBJECT_PRONOUNS } from '../quotes/lexicon';
import { tokensFrom } from './tokens';
import { unitNoun } from './units';

/** How many figures back an amount is looked for. */
const FIGURES_BACK = 4;
/** How many characters an amount may stand before the bare number. */
const MAX_GAP = 240;
/** A sentence's end inside a gap (or a paragraph's). */
const SENTENCE_END = /[.!?]["”’]?\s/;
const PARAGRAPH_END = /\n/;

/**
 * "up from", "down from", "compared with", ", against" or "to" (a possessive name between: "compared to Cruz’s 538") right before a
 * number, its first letter in either case ("Up from 90 last year"). Case-sensitive, so that the name's capital counts:
 * with the i flag \p{Lu} took any letter ("compared to today’s 40").
 */
export const CHANGE_BEFORE = /(?:\b(?:[Uu]p from|[Dd]own from|[Cc]ompared (?:with|to))|\w, against)(?: the| \p{Lu}[\p{L}-]*['’]s?)? $/u;
/** "including" or "of which" right before a number: a part of the count before it (the part frame). */
const PART_BEFORE = /\b(?:including|of which) $/;
/**
 * "Today it is" or "Now it is" opening a sentence right before a number (or before "N or" of "three or four"): the same
 * measure said of now after an amount of the sentence before (the now frame).
 */
const NOW_BEFORE = /(?:^|[.!?]["”’]?\s+|["“])(?:Today|Now|These days),? it(?: is|['’]s) (?:[\p{L}\d.,]+ or )?$/u;
/** "instead of" or "rather than" right before a number: the other measure of the amount before it (the instead frame). */
const INSTEAD_BEFORE = /\b(?:instead of|rather than) $/;
/** What stands between that amount and "instead of N": the words alone or after a short adjunct ("1,450 soms a month in winter instead of"). */
const INSTEAD_GAP = /^(?: [^.!?;:\n,()"“”]{1,30})? (?:instead of|rather than) $/;
/** "has", "have" or "had" right before a number: what someone holds (the holding frame). */
const HOLDS_BEFORE = /\b(has|have|had) $/;
/** "the" or "of" right before the number of a mark to reach ("the 2,383 needed", "the magic number of 2,383 needed"). */
const MARK_BEFORE = /\b(?:the|of) $/;
/** "needed" or "required" right after it. */
const NEEDED_AFTER = /^ (?:needed|required)\b/;
/** "to" right before the second end of "from AMOUNT … to N" (with "just" or "only" between: "to just 75,000"). */
const TO_BEFORE = /^(?:[^.!?;:\n]{0,40} )?to (?:just |only )?$/;
const FROM_BEFORE = /\bfrom $/i;
/** "to" right before the first end of "to AMOUNT … from N" ("rise to 31 students from 27"). */
const TO_AMOUNT = /\bto (?:just |only )?$/;
/** What stands between that amount and "from N": "from" alone or after a short adjunct ("to 65 million in 2025, from 49"). */
const FROM_AFTER_TO_GAP = /^(?: [^.!?;:\n,]{1,30})?,? from $/;
/**
 * A verb of a deal (money.ts dealWord, bargainWord) and a person's object pronoun after it, right before a number ("give us
 * ", "paid ", "asking for ").
 */
const DEAL_BEFORE = new RegExp(`\\b(\\p{L}+(?: for)?)(?: (?:${[...PERSON_OBJECT_PRONOUNS].join('|')}))? $`, 'u');
/** What ends a deal's number's clause: a mark, "and", "but", "or", "because", or the end of a headline's line. */
const CLAUSE_AFTER = /^(?:["”’]?[,.;:!?)]|["”’]|\s+(?:and|but|or|because)\b|[ \t]*(?:\n|$))/;
/** A number written into a word ("140-table", "27-year-old"): no amount of its own sentence's things. */
const COMPOUND = /\d-\p{L}/u;
/** What stands between a bare number and the amount after it that lends it its unit ("12 to 15 meticais", "11 and 8 percent"). */
const FIRST_END_GAP = /^ ?(?:to|and|or|-|–) ?$/;
/** What stands between a currency amount and a bare number of the same currency ("MAD 6 or 7"). */
const OR_GAP = /^ or $/;
/** A scale word after a number ("six million people", "$1.2 billion") or an abbreviation against its digits ("$5m", "2.3bn"). */
const SCALE_AFTER = new RegExp(`\\s(${Object.keys(SCALES).join('|')})\\b|\\d(${Object.keys(SCALE_ABBREV).join('|')})\\b`, 'i');
/** The largest bare number a scale word of the amount beside it counts for ("three to six million": 3, "20 to 30 million"). */
const MAX_SCALED = 1000;

/**
 * A figure that may carry its unit over: one with a unit that is no duration (but in a bargain, `durations`: "seeking
 * eight years in prison … asking for five"), age or compound word.
 */
function carrier(f: Figure, durations = false): boolean {
  return f.unit !== null && (f.kind !== 'duration' || durations) && f.kind !== 'age' && f.kind !== 'range' && f.kind !== 'score' && !COMPOUND.test(f.text);
}

/** A number that reads alone: a count of nothing (and homeCurrency.ts's number a country's code may follow, "10 DT"). */
export function bare(f: Figure): boolean {
  return f.unit === null && f.kind === 'count' && f.value !== null;
}

/**
 * An estimate of two counts of nothing, read whole by range.ts ("Today, it is three or four."): it reads with the unit of
 * an amount before it in the frames a bare number does (carriedFrom), as its two ends did when read apart
 * (ne-actuniger-galmi-onion-export-price.txt, "Before, the Nigerian customers bought 20 trucks a week. Today, it is three or
 * four.", three to four trucks a week).
 */
const bareRange = (f: Figure): boolean => f.unit === null && f.kind === 'range' && !!f.range;

/**
 * The verb of a deal right before `pos` ("paid ", "give us "): 'goods' for one of buying or selling, whose number counts
 * the goods ("They cost $40,000 each. I bought two," is two frost fans, test/fixtures/outlets ca-cp-orchard-sisters.txt),
 * 'bargain' for one of asking and taking ("proposed", "accepted", "asking for"), 'deal' for another; null for none.
 */
function dealBefore(text: string, pos: number): 'goods' | 'deal' | 'bargain' | null {
  const m = DEAL_BEFORE.exec(text.slice(Math.max(0, pos - 24), pos));
  const word = m?.[1].toLowerCase() ?? '';
  if (bargainWord(word)) return 'bargain';
  if (!dealWord(word)) return null;
  return goodsWord(word) ? 'goods' : 'deal';
}

/**
 * The amount whose unit figures[i] (bare) reads with, or null: the nearest carrier within FIGURES_BACK figures that
 * `fits` (given the text between them), not past a paragraph's end nor past `sentences` sentence ends; `past`: read past a
 * carrier that does not fit (the holding frame: "had 1,317 homicides; Caracas, with a population of over 3.2 million, had
 * 3,797", PolNeAR train, HuffPost 2016-05-19, whose population counts people).
 */
function amountBefore(text: string, figures: readonly Figure[], i: number, sentences: number, fits: (g: Figure, gap: string) => boolean, durations = false, past = false): Figure | null {
  const f = figures[i];
  for (let k = i - 1; k >= 0 && k >= i - FIGURES_BACK; k--) {
    const g = figures[k];
    if (f.start - g.end > MAX_GAP) return null;
    const gap = text.slice(g.end, f.start);
    if (PARAGRAPH_END.test(gap) || sentenceEnds(gap) > sentences) return null;
    if (carrier(g, durations) && (fits(g, gap) || !past)) return fits(g, gap) ? g : null;
  }
  return null;
}

/**
 * Whether `g`, one of the FIGURES_BACK figures before figures[i], is a measure of the things a count right before it counts,
 * written after it with "of" ("some 320 yachts of more than 40 metres called at Gustavia last season, against 240 five
 * years ago", a Journal de Saint-Barth-style probe, test/fixtures/outlets bl-journaldesaintbarth-gustavia-yacht-fees.txt;
 * "some 85 buses of more than 20 seats were licensed this year, against 110 five years ago", a Soualiga Newsday-style
 * probe, sx-soualiganewsday-bus-fare-increase.txt: 240 metres and 110 seats): the change frame reads past it to the count.
 */
function measureOfCountBefore(text: string, figures: readonly Figure[], i: number, g: Figure): boolean {
  let k = i - 1;
  while (k > 0 && k >= i - FIGURES_BACK && figures[k] !== g) k--;
  const h = figures[k - 1];
  return figures[k] === g && !!h && h.kind === 'count' && h.unit !== null && h.unit !== g.unit && text.slice(h.end, g.start) === ' of ';
}

/** How many sentence ends the text holds (0, 1, or 2 for more). */
function sentenceEnds(gap: string): number {
  const m = SENTENCE_END.exec(gap);
  if (!m) return 0;
  return SENTENCE_END.test(gap.slice(m.index + m[0].length)) ? 2 : 1;
}

/** The amount before figures[i] (bare) whose unit it reads with, in one of the frames before it. */
function carriedFrom(text: string, figures: readonly Figure[], i: number): Figure | null {
  const f = figures[i];
  if (shareFirstEndingAt(text, f.end, f.value ?? 0)) return null;
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  if (CHANGE_BEFORE.test(before)) return amountBefore(text, figures, i, 0, g => !measureOfCountBefore(text, figures, i, g), false, true);
  if (PART_BEFORE.test(before)) return amountBefore(text, figures, i, 0, g => g.kind === 'count' && g.value !== null && f.value !== null && g.value > f.value);
  const from = amountBefore(text, figures, i, 0, (g, gap) => TO_BEFORE.test(gap) && FROM_BEFORE.test(text.slice(Math.max(0, g.start - 6), g.start)));
  if (from) return from;
  const to = FROM_BEFORE.test(before) ? amountBefore(text, figures, i, 0, (g, gap) => FROM_AFTER_TO_GAP.test(gap) && TO_AMOUNT.test(text.slice(Math.max(0, g.start - 9), g.start))) : null;
  if (to) return to;
  if (INSTEAD_BEFORE.test(before)) return amountBefore(text, figures, i, 0, (_g, gap) => INSTEAD_GAP.test(gap), true);
  if (NOW_BEFORE.test(before)) return amountBefore(text, figures, i, 1, () => true, true);
  if (MARK_BEFORE.test(before) && NEEDED_AFTER.test(text.slice(f.end, f.end + 10))) return amountBefore(text, figures, i, 0, g => g.kind === 'count');
  const holds = HOLDS_BEFORE.exec(before)?.[1];
  if (holds && CLAUSE_AFTER.test(text.slice(f.end, f.end + 9))) return amountBefore(text, figures, i, 1, g => HOLDS_BEFORE.exec(text.slice(Math.max(0, g.start - 5), g.start))?.[1] === holds, false, true);
  const deal = dealBefore(text, f.start);
  if (!deal || !CLAUSE_AFTER.test(text.slice(f.end, f.end + 9))) return null;
  return amountBefore(text, figures, i, 1, g => dealBefore(text, g.start) === deal, deal === 'bargain');
}

/**
 * The amount right after figures[i] (bare) that lends it its unit as the first end of the two ("from 12 to 15 meticais"):
 * one with a unit and no approximator, not a range, score or compound word; a count of a noun only after "from".
 * Or a guess said as two numbers in a row with a comma between ("Our cane is sitting in the field for two, three weeks",
 * a Fiji Sun-style probe, test/fixtures/outlets fj-fijisun-cane-mill-breakdowns.txt; "He uses his puffer four, five
 * times a day now", ca-nunatsiaq-housing-mould.txt: two weeks, four times; the next number only, so that a list "aged
 * 14, 15 and 16" or "Of those 30, 12 percent" stays as it is).
 */
function secondEnd(text: string, figures: readonly Figure[], i: number): Figure | null {
  const f = figures[i], g = figures[i + 1];
  if (!g || g.unit === null || g.modifier || g.kind === 'range' || g.kind === 'score' || g.kind === 'vague' || COMPOUND.test(g.text)) return null;
  const guess = text.slice(f.end, g.start) === ', ' && f.value !== null && g.value === f.value + 1;
  if (!guess && !FIRST_END_GAP.test(text.slice(f.end, g.start))) return null;
  if (g.kind === 'count' && !guess && !FROM_BEFORE.test(text.slice(Math.max(0, f.start - 6), f.start))) return null;
  return g;
}

/** A guess's approximator written before the second of two amounts after a comma ("10 kroner, maybe 15"). */
const SECOND_GUESS = new Set(['maybe', 'perhaps']);

/**
 * The currency amount right before figures[i] (bare) with "or" between ("MAD 6 or 7"), or a comma and a guess's
 * approximator ("I can put the pad thai up by 10 kroner, maybe 15", an Icepeople-style probe,
 * sj-icepeople-longyearbyen-power-prices.txt; "On a good day I take in NAf. 250, maybe 300", a Soualiga Newsday-style
 * probe, sx-soualiganewsday-bus-fare-increase.txt: were "maybe 15" and "maybe 300" of nothing), or null.
 */
function moneyBeforeOr(text: string, figures: readonly Figure[], i: number): Figure | null {
  const f = figures[i], g = figures[i - 1];
  if (!g || g.kind !== 'money') return null;
  const gap = text.slice(g.end, f.start);
  return OR_GAP.test(gap) || (gap === ', ' && SECOND_GUESS.has(f.modifier ?? '')) ? g : null;
}

/** The scale a figure's number is written with ("six million people": 1e6), or 1. */
function scaleOf(g: Figure): number {
  const m = SCALE_AFTER.exec(g.text);
  const scale = m ? (m[1] ? SCALES[m[1].toLowerCase()] : SCALE_ABBREV[m[2].toLowerCase()].value) : 1;
  return g.value !== null && g.value >= scale ? scale : 1;
}

/**
 * A bare number read with the unit and kind of the amount `g` (its value in the currency's hundredths when `g` counts
 * them: "from 5 to 20 piasters", an Ahram-style probe, eg-ahram-bread-subsidy-price.txt, is EGP 0.05 to 0.20, not EGP 5).
 */
function carried(f: Figure, g: Figure, value: number | null): Figure {
  const subunits = subunitsOf(g.text);
  if (f.range) return { ...f, unit: g.unit, range: subunits > 1 ? [tidy(f.range[0] / subunits), tidy(f.range[1] / subunits)] : f.range };
  return { ...f, value: subunits > 1 && value !== null ? tidy(value / subunits) : value, unit: g.unit, kind: g.kind };
}

/** A bare number read with the unit, kind and scale of the amount `g` beside it ("three" of "three to six million people"). */
function readWith(f: Figure, g: Figure): Figure {
  const scale = scaleOf(g);
  return carried(f, g, scale > 1 && f.value !== null && f.value < MAX_SCALED ? tidy(f.value * scale) : f.value);
}

/** "the number of" (a determiner's "the", up to two words between: "the second-highest number of"), the last in a look-back. */
const NUMBER_OF = /\bthe (?:[\p{L}-]+ ){0,2}number of (?=\p{L})/giu;
/** How many characters "the number of" may stand before the count. */
const NUMBER_OF_BACK = 200;
/**
 * What stands between the noun "the number of" names and its count: a comma (and "currently" or "now"), or a verb of its
 * level or "to", "at", "from" after at most a short clause with no mark of its own, an approximator's "a record" allowed.
 */
// (probes-vk: a verb of passing, "the number of registered vehicles in the sultanate crossed 1.7mn", a Muscat Daily-style
// probe, om-muscatdaily-paid-parking-fees; "the number of passengers on its city and intercity routes … had crossed 4.6mn",
// an Oman Observer-style one, om-omanobserver-sohar-bus-fares; "the number of readings checked by the authority's call
// centre had crossed 1.2 million", a Gulf News-style one, ae-gulfnews-sharjah-smart-water-meters: were counts of nothing)
const NUMBER_OF_GAP = /^(?:[^.!?;:\n,()"“”]{0,60})?(?:,(?: (?:currently|now))?| (?:to|at|from|exceeded|exceeds|reached|reaches|topped|surpassed|crossed|crosses|passed|passes|totaled|totalled|totals|is|was|were|are)(?: a record)?) $/u;

/** The unit the noun of "the number of NOUN" before figures[i] (bare) gives it, or null (see the header's last frame). */
function numberOfUnit(text: string, figures: readonly Figure[], i: number): string | null {
  const f = figures[i];
  const from = Math.max(0, f.start - NUMBER_OF_BACK, i > 0 ? figures[i - 1].end : 0);
  const back = text.slice(from, f.start);
  if (!/number of/i.test(back)) return null;
  let last: RegExpExecArray | null = null;
  NUMBER_OF.lastIndex = 0;
  for (let m; (m = NUMBER_OF.exec(back));) last = m;
  if (!last || SENTENCE_END.test(back.slice(last.index)) || PARAGRAPH_END.test(back.slice(last.index))) return null;
  // the token before the noun's first word is "of": unitNoun reads the noun phrase after it
  const ofAt = from + last.index + last[0].length - 3;
  const toks = tokensFrom(text, ofAt, 8);
  const noun = unitNoun(toks, 1, false);
  if (!noun) return null;
  const nounEnd = toks[noun.next - 1].e;
  return nounEnd <= f.start && NUMBER_OF_GAP.test(text.slice(nounEnd, f.start)) ? noun.unit : null;
}

/** A number written in digits grouped by thousands and nothing else ("1,237", "100,000"). */
const GROUPED_DIGITS = /^\d{1,3}(?:,\d{3})+$/;

/**
 * The amount elsewhere in the article that a bare number written in grouped digits and with no approximator says again,
 * or null: the article's one unit for that value (the amounts of it with a unit all agree). "It takes 1,237 delegates to
 * win", then "needs 61 percent of remaining delegates to reach 1,237", "we get to 1,237" (PolNeAR train, Breitbart
 * 2016-04-15; "the big number: 1,237", "the 1,237 threshold", HuffPost 2016-02-24); "Obama's goal of accepting 10,000
 * refugees", then "15 percent over the limit of 10,000" (PolNeAR dev, Western Journal 2016-09-12); "the gas cylinder at
 * 6,500 FCFA", then "With 6,500 I earn one hundred francs" (test/fixtures/outlets gq-guineaecuatorialpress-butane-cylinder;
 * "rose to 48,000 rials", then "I buy the flour at 48,000", ye-almasdaronline-aden-flour-prices.txt; a headline's "Kogi
 * flood: 42,000 displaced" of the body's "No fewer than 42,000 persons", ng-punch-kogi-flood-relief.txt): each was a count
 * of nothing. (A small number is said again of other things too often: "ring 999", "300 more than last season".)
 */
function sameNumberAgain(f: Figure, byValue: ReadonlyMap<number, Figure | null>): Figure | null {
  return !f.modifier && f.value !== null && GROUPED_DIGITS.test(f.text) ? byValue.get(f.value) ?? null : null;
}

/** Each value the figures give a unit to -> the figure that gives it, or null when two give it different units. */
function unitsByValue(figures: readonly Figure[]): Map<number, Figure | null> {
  const byValue = new Map<number, Figure | null>();
  for (const g of figures) {
    if (g.unit === null || g.value === null || g.kind === 'range' || g.kind === 'score') continue;
    const seen = byValue.get(g.value);
    if (seen === undefined) byValue.set(g.value, g);
    else if (seen && seen.unit !== g.unit) byValue.set(g.value, null);
  }
  return byValue;
}

/** The figures with each bare number that reads with an amount's unit given that unit (and kind). */
export function withCarriedUnits(text: string, figures: Figure[]): Figure[] {
  if (!figures.some(f => bare(f) || bareRange(f))) return figures;
  let byValue: Map<number, Figure | null> | undefined;
  const read = figures.map((f, i) => {
    if (bareRange(f)) {
      const g = carriedFrom(text, figures, i);
      return g ? carried(f, g, null) : f;
    }
    if (!bare(f)) return f;
    const g = carriedFrom(text, figures, i);
    if (g) return carried(f, g, f.value);
    const h = secondEnd(text, figures, i) ?? moneyBeforeOr(text, figures, i);
    if (h) return readWith(f, h);
    const unit = numberOfUnit(text, figures, i);
    if (unit) return { ...f, unit };
    if (!GROUPED_DIGITS.test(f.text)) return f;
    byValue ??= unitsByValue(figures);
    const again = sameNumberAgain(f, byValue);
    return again ? { ...f, unit: again.unit, kind: again.kind } : f;
  });
  return readAgain(text, figures, read);
}

/**
 * The frames read once more for a bare number right after an amount that got its unit in the first reading: "the number
 * of loaves she bakes each day from 1,200 to 900" (test/fixtures/outlets tj-avesta-khujand-bread-prices.txt), "the number
 * of Syrian refugees Obama will accept ranges from 100,000 to 250,000" (PolNeAR train, Breitbart 2015-11-17): 1,200 and
 * 100,000 take their noun from "the number of", then 900 and 250,000 take it from them (were counts of nothing).
 */
function readAgain(text: string, figures: readonly Figure[], read: Figure[]): Figure[] {
  for (let i = 1; i < read.length; i++) {
    if (!bare(read[i]) || !bare(figures[i - 1]) || bare(read[i - 1])) continue;
    const g = carriedFrom(text, read, i);
    if (g) read[i] = carried(read[i], g, read[i].value);
  }
  return read;
}
