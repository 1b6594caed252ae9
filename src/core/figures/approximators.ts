/**
 * Approximators and comparators around a number: "over 45,000", "nearly one million", "as many as",
 * "more than", "at least", "up to", "some 250,000"; and after it: "or so", "or more", "-plus", "-odd", and "plus" written
 * apart before the noun a count counts ("We're now up 400,000 plus jobs", PolNeAR train, Breitbart 2016-03-15; "This ward
 * has lost 1,200 plus affordable units in ten years", an Ottawa Sun-style probe, test/fixtures/outlets
 * ca-ottawasun-vanier-house-fire.txt: were 400,000 and 1,200 of nothing), not a sum ("2 plus 2", "10 percent plus
 * inflation").
 */
import type { Tok } from './tokens';

/** Phrases before a number, longest first. */
const BEFORE: readonly string[][] = [
  'as many as', 'as much as', 'as few as', 'as little as', 'as high as', 'as low as', 'as large as', 'in excess of',
  'more than', 'less than', 'fewer than', 'greater than', 'higher than', 'lower than', 'larger than', 'smaller than',
  'at least', 'at most', 'up to', 'upwards of', 'close to', 'an estimated', 'nearly', 'almost', 'about', 'around',
  'roughly', 'approximately', 'approx', 'some', 'over', 'under', 'circa', 'estimated', 'maybe', 'perhaps',
].map(p => p.split(' '));
/**
 * The verb whose "over" is its particle, not a comparator: "Wealthy donors handed over $25 million last month" (PolNeAR
 * train, Breitbart 2016-03-20), "I had handed over 15 months of research" (Politico 2015-12-23) were "over $25 million"
 * and "over 15 months", more than the amount. (Compromise tags no particle verbs: the forms are listed here.)
 */
const OVER_AS_PARTICLE = new Set(['hand', 'hands', 'handed', 'handing']);
/**
 * The verb whose "up" is its particle, so that "up to" is where a figure rose to, not at most: "Diesel has gone up to
 * $3.48" (a Niue Star-style probe, test/fixtures/outlets nu-niuestar-fuel-prices.txt), "in May the price went up to 400"
 * (gw-odemocrata-cashew-farmgate-price.txt), "If the minimum fare goes up to Nu 80" (bt-thebhutanese-thimphu-taxi-fares.txt)
 * were "up to" amounts; not after a modal, where it is the most ("fines can go up to $500").
 */
const UP_AS_PARTICLE = new Set(['go', 'goes', 'went', 'gone', 'going']);
const MODALS_OF_REACH = new Set(['can', 'could', 'may', 'might']);
/** Words that sharpen a comparator ("just over", "well more than", "slightly less than"). */
const INTENSIFIERS = new Set(['just', 'well', 'slightly', 'far', 'much']);

export interface Approximator {
  /** As written, lower case ("over", "more than"). */
  modifier: string;
  /** Start offset of the phrase. */
  start: number;
}

/** BEFORE by the phrase's last word (the one next to the number), each list in BEFORE's order. */
const BEFORE_BY_LAST_WORD: ReadonlyMap<string, readonly string[][]> = (() => {
  const by = new Map<string, string[][]>();
  for (const phrase of BEFORE) {
    const last = phrase[phrase.length - 1];
    const list = by.get(last);
    if (list) list.push(phrase); else by.set(last, [phrase]);
  }
  return by;
})();

/** The approximator right before a number, from the tokens before it (nearest first). */
export function approximatorBefore(prev: Tok[]): Approximator | null {
  // (only the phrases ending on the word next to the number can match: looked up, not tried one by one)
  const nearest = prev[0];
  const phrases = nearest && nearest.k === 'w' ? BEFORE_BY_LAST_WORD.get(nearest.l) : undefined;
  if (!phrases) return null;
  for (let p = 0; p < phrases.length; p++) {
    const phrase = phrases[p];
    const n = phrase.length;
    if (prev.length < n) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = prev[n - 1 - k].l === phrase[k] && prev[n - 1 - k].k === 'w';
    if (!ok) continue;
    const before = prev[n];
    if (n === 1 && nearest.l === 'over' && before && before.k === 'w' && OVER_AS_PARTICLE.has(before.l)) return null;
    if (n === 2 && phrase[0] === 'up' && before && before.k === 'w' && UP_AS_PARTICLE.has(before.l) && !(prev[n + 1]?.k === 'w' && MODALS_OF_REACH.has(prev[n + 1].l))) return null;
    let start = prev[n - 1].s;
    if (before && before.k === 'w' && INTENSIFIERS.has(before.l)) start = before.s;
    return { modifier: phrase.join(' '), start };
  }
  return null;
}

/** The most words of a phrase in BEFORE ("as many as", "in excess of"). */
const LONGEST_BEFORE = Math.max(...BEFORE.map(p => p.length));

/**
 * How many tokens from toks[k] on are an approximator right before the number at the token after them (`counted` tells
 * a number's token), 0 for none: the approximator of a whole's number read forward ("11 of its | roughly | 230 residents").
 */
export function approximatorAhead(toks: Tok[], k: number, counted: (k: number) => boolean): number {
  for (let n = 1; n <= LONGEST_BEFORE && toks[k + n - 1]?.k === 'w'; n++) {
    if (!counted(k + n)) continue;
    const ap = approximatorBefore(toks.slice(k, k + n).reverse());
    return ap && ap.start === toks[k].s ? n : 0;
  }
  return 0;
}

/**
 * Where the tokens before a number (nearest first) go on past the approximator right before it: the index of the first
 * token before the approximator ("a crowd of | about 2,600": the "of"), 0 when there is none.
 */
export function pastApproximator(prev: Tok[]): number {
  const ap = approximatorBefore(prev);
  return ap ? prev.findIndex(t => t.s === ap.start) + 1 : 0;
}

export interface ApproximatorAfter {
  modifier: string;
  next: number;
}

/** "or so", "or more", "plus", "-plus", "-odd" at toks[i]. */
export function approximatorAfter(toks: Tok[], i: number): ApproximatorAfter | null {
  const t = toks[i];
  if (!t) return null;
  if (t.l === 'or' && t.k === 'w' && (toks[i + 1]?.l === 'so' || toks[i + 1]?.l === 'more') && toks[i + 1].k === 'w') {
    const after = toks[i + 2];
    if (toks[i + 1].l === 'more' && after && after.k === 'w' && after.l === 'than') return null;
    return { modifier: `or ${toks[i + 1].l}`, next: i + 2 };
  }
  if (t.w === '-' && !t.sp && (toks[i + 1]?.l === 'plus' || toks[i + 1]?.l === 'odd') && !toks[i + 1].sp) {
    return { modifier: toks[i + 1].l, next: i + 2 };
  }
  if (t.w === '+' && !t.sp) return { modifier: 'plus', next: i + 1 };
  return null;
}

/**
 * "plus" written apart at toks[i] after a count with no unit, before the noun it counts ("400,000 plus jobs"): `counted`
 * says whether a counted noun starts at an index. Null for anything else ("2 plus 2", "the fee plus tax").
 */
export function plusBeforeNoun(toks: Tok[], i: number, counted: (k: number) => boolean): ApproximatorAfter | null {
  const t = toks[i];
  return t && t.k === 'w' && t.l === 'plus' && t.sp && !t.nl && counted(i + 1) ? { modifier: 'plus', next: i + 1 } : null;
}
