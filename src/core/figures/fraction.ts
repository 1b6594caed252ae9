/**
 * Fractions of something: "a third of the vote", "two-thirds of", "half of his advice", "nearly half the money",
 * "half a percentage point" (PolNeAR train, NYT 2016-06-15), "a tenth of a point", "less than half of 1 percent"
 * (first written on a PolNeAR dev example; holds on no train article), "the bottom fifth", "up by a third", "a
 * two-thirds majority", "half a million dollars", "half a century", "a half-dozen", and a time unit and a half: "Carson’s
 * appearance had been booked a year and a half ahead of time" (PolNeAR train, Politico 2015-12-15), "a month and a half
 * before the first Republican debate" (Breitbart 2015-12-20), "lay on her kitchen floor for more than an hour and a half"
 * (test/fixtures/outlets ca-star-hallway-nurses.txt): were no figures. A share written as one hyphenated word is the
 * fraction it says, of the noun after it: "Three-in-five GOP insiders across the four states" (PolNeAR train, Politico
 * 2016-02-04) is 0.6 of the insiders, "Investors see about a one-in-five chance that the Fed" (NYT 2015-11-09) 0.2, "the
 * one-in-four figure compared markers" (test/fixtures/outlets uk-observer-longread-headteacher.txt) 0.25: were no figures.
 */
import type { FigureKind } from '../types';
import { approximatorBefore, pastApproximator } from './approximators';
import { digitValue, FRACTIONS, SCALES, tidy } from './numberWords';
import { figureOf, type Reading, reject } from './reading';
import { readSuffix } from './suffix';
import { INDEFINITE_ARTICLES } from '../text/determiners';
import { withoutPossessive } from '../text/endings';
import { joined, type Tok } from './tokens';
import { partitiveUnit, TIME_UNITS, unitNoun, WHOLE_DETERMINERS } from './units';
import { shareNumber } from './share';

/** Words before "half" that make it a part of something in time or space ("the second half", "the other half"). */
const NOT_HALF_BEFORE = new Set(['first', 'second', 'other', 'latter', 'last', 'back', 'front', 'opening', 'closing', 'better', 'a', 'an', 'one']);
/** Position words of a share of a ranked whole ("the bottom fifth", "the middle one-fifth", "the top half"). */
const POSITIONS = new Set(['bottom', 'top', 'middle', 'lower', 'upper', 'poorest', 'richest', 'wealthiest']);

interface Ctx { text: string; toks: Tok[]; prev: Tok[]; start: number }

const isArticle = (t: Tok | undefined): t is Tok => !!t && INDEFINITE_ARTICLES.has(t.l);

/** The figure from `start` to toks[last] with the approximator before `start`, if any. */
function finish(c: Ctx, last: number, value: number, unit: string | null, kind: 'fraction' | 'percent' | 'duration' | 'count' | 'money'): Reading {
  const end = c.toks[last].e;
  const ap = approximatorBefore(c.prev.filter(p => p.s < c.start));
  const fig = figureOf(c.text, ap ? ap.start : c.start, end, { value: tidy(value), unit, approximate: !!ap, kind });
  if (ap) fig.modifier = ap.modifier;
  return { figure: fig, skip: end };
}

/** A share of the scale word at toks[j] and what it counts ("half a million refugees", "a quarter-million people"). */
function shareOfScale(c: Ctx, j: number, share: number): Reading {
  const w = c.toks[j].l;
  const v = tidy(share * (w === 'dozen' ? 12 : SCALES[w]));
  const sfx = readSuffix(c.toks, j + 1, v, null);
  // ("Half a dozen of the party's elite money players": the whole's noun, ./units.ts partitiveUnit)
  const kind = kindOfShare(sfx.kind);
  return finish(c, sfx.next - 1, v * (1 / sfx.fraction), sfx.unit ?? (kind === 'count' ? partitiveUnit(c.toks, sfx.next) : null), kind);
}

/** The kind of a share of a scale word by what follows it: money, a duration ("the past half-dozen days", PolNeAR train, Washington Post 2016-04-10), else a count. */
const kindOfShare = (k: FigureKind): 'money' | 'duration' | 'count' => (k === 'money' || k === 'duration' ? k : 'count');

/**
 * What follows "of" or "half" at toks[j]: "a percent", "a (percentage) point", "a million", "1 percent", "a century", or
 * null when it is something else.
 */
function fractionOfAmount(c: Ctx, j: number, share: number): Reading | null {
  const { toks } = c;
  const a = toks[j], b = toks[j + 1];
  if (!a) return null;
  if (a.l === 'a' || a.l === 'an') {
    if (!b) return null;
    if (b.l === 'percent') return finish(c, j + 1, share, 'percent', 'percent');
    if (b.l === 'percentage' && /^points?$/.test(toks[j + 2]?.l ?? '')) return finish(c, j + 2, share, 'percentage point', 'percent');
    if (b.l === 'point') return finish(c, j + 1, share, 'point', 'count');
    if (b.l in TIME_UNITS) return finish(c, j + 1, share, TIME_UNITS[b.l], 'duration');
    return b.l in SCALES || b.l === 'dozen' ? shareOfScale(c, j + 1, share) : null;
  }
  // "half of 1 percent"
  if (a.k === 'n' && (b?.l === 'percent' || b?.w === '%')) return finish(c, j + 1, share * digitValue(a.w), 'percent', 'percent');
  return null;
}

/**
 * "by" and an approximator before a share's article, `lead` the tokens before the article, nearest first: "staff costs had
 * risen by almost a fifth in two years", "Our bills went down by about a third", "Fuel alone has gone up by almost a
 * third", "fertiliser had fallen by more than a third since September" (test/fixtures/outlets
 * at-thelocal-tyrol-ski-pass-prices.txt, au-abc-mr-ms.txt, ax-nyaaland-archipelago-ferry-fares.txt,
 * bz-amandala-cane-final-payment.txt, and more): were no figures, as "up by a third" without the approximator is one.
 */
function byBeforeApproximator(lead: Tok[]): boolean {
  const k = pastApproximator(lead);
  return k > 0 && lead[k]?.l === 'by';
}

/**
 * The whole's noun after its determiner, toks[k] on: past an owner in the possessive, the noun it owns ("almost half of the
 * company's operating costs", "about four fifths of the city's housing stock", a Nation-style probe from Praslin and a
 * Slovak Spectator-style one from Košice, test/fixtures/outlets sc-nation-praslin-ferry-fares.txt,
 * sk-spectator-kosice-heating-prices.txt: were a unit "company's" and "city's"); k when no owner stands there.
 */
function ownerPast(toks: Tok[], k: number): number {
  const o = toks[k], n = toks[k + 1];
  return o && o.k === 'w' && /^[a-z]/.test(o.w) && withoutPossessive(o.l) !== o.l && n && n.k === 'w' && n.sp && !n.nl ? k + 1 : k;
}

/**
 * A fraction with its denominator word at toks[h] and `num` its numerator (1 when there is no numerator word);
 * `hyphen`: written against its numerator ("two-thirds", "one-fifth"), a fraction even with no "of" after it.
 */
export function readFraction(text: string, toks: Tok[], h: number, num: number, prev: Tok[], start: number, hyphen: boolean): Reading {
  const w = toks[h].l;
  const half = w === 'half' || w === 'halves';
  const share = num / FRACTIONS[w];
  const bare = h === 0 || (h === 1 && start === toks[0].s && toks[0].k === 'p');
  let free = hyphen;
  // "a quarter million people", "a half billion dollars"
  const n0 = toks[h + 1];
  if (bare && (half || w === 'quarter') && isArticle(prev[0]) && n0 && n0.sp && !n0.nl && n0.l in SCALES) return shareOfScale({ text, toks, prev, start: prev[0].s }, h + 1, share);
  // "a year and a half", "more than an hour and a half": one time unit and a half
  if (bare && half && isArticle(prev[0]) && prev[1]?.l === 'and' && prev[2] && prev[2].l in TIME_UNITS && isArticle(prev[3]) && !toks[h].nl && !prev[0].nl && !prev[1].nl && !prev[2].nl) {
    return finish({ text, toks, prev, start: prev[3].s }, h, 1.5, TIME_UNITS[prev[2].l], 'duration');
  }
  if (bare) {
    const p0 = prev[0], p1 = prev[1];
    if (p0 && (p0.l === 'a' || p0.l === 'an' || p0.l === 'one') && !half) {
      start = p0.s;
      // "up by a third", "risen by almost a fifth": a share with no "of"
      free = p1?.l === 'by' || byBeforeApproximator(prev.slice(1));
    } else if (p0 && POSITIONS.has(p0.l) && p1?.l === 'the') free = true;
    else if (toks[h + 1]?.w === '-') free = false;
    else if (!half || (p0 && NOT_HALF_BEFORE.has(p0.l))) return reject(toks[h].e);
  } else if (prev[0] && POSITIONS.has(prev[0].l) && prev[1]?.l === 'the') free = true;
  const c: Ctx = { text, toks, prev, start };
  const n = toks[h + 1];
  // "a half-dozen", "a half-hour", "half-century", "a quarter-century"
  if (bare && n && n.w === '-' && joined(toks[h], n) && joined(n, toks[h + 2])) {
    const x = toks[h + 2];
    if (half && x.l === 'dozen') { const sfx = readSuffix(toks, h + 3, 6, null); return finish({ ...c, start: prev[0]?.l === 'a' ? prev[0].s : start }, sfx.next - 1, 6, sfx.unit, kindOfShare(sfx.kind)); }
    // "a third-year student" is an ordinal
    if (x.l in TIME_UNITS && (half || w === 'quarter')) return finish(c, h + 2, share, TIME_UNITS[x.l], 'duration');
    // "a quarter-million people", "a half-million refugees"
    if (x.l in SCALES && (half || w === 'quarter') && isArticle(prev[0])) return shareOfScale({ ...c, start: prev[0].s }, h + 2, share);
    return reject(x.e);
  }

  if (half && n) {
    const amount = fractionOfAmount(c, h + 1, share);
    if (amount) return amount;
    if (WHOLE_DETERMINERS.has(n.l)) {
      const u = unitNoun(toks, h + 2, true);
      return finish(c, u ? u.next - 1 : h, share, u ? u.unit : null, 'fraction');
    }
  }
  if (n?.l !== 'of') return free ? finish(c, h, share, null, 'fraction') : reject(toks[h].e);
  const amount = fractionOfAmount(c, h + 2, share);
  if (amount) return amount;
  const j = h + 2;
  const k = WHOLE_DETERMINERS.has(toks[j]?.l ?? '') ? ownerPast(toks, j + 1) : j;
  const u = unitNoun(toks, k, true);
  return finish(c, u ? u.next - 1 : h, share, u ? u.unit : null, 'fraction');
}

/**
 * A share written as one hyphenated word, "N-in-M" ("Three-in-five GOP insiders", "a one-in-five chance", "the one-in-four
 * figure", "1-in-4"), its first number `num` ending at toks[j - 1]: the fraction N/M of the noun after it (a plural head,
 * or the whole after "of"); null for no such share, or a compound that goes on after M ("a 1-in-100-year flood", a
 * return period).
 */
export function readHyphenatedShare(text: string, toks: Tok[], j: number, num: number, prev: Tok[], start: number): Reading | null {
  const h1 = toks[j], inWord = toks[j + 1], h2 = toks[j + 2], m = toks[j + 3], after = toks[j + 4];
  if (h1?.w !== '-' || !joined(toks[j - 1], h1) || inWord?.l !== 'in' || !joined(h1, inWord) || h2?.w !== '-' || !joined(inWord, h2) || !m || !joined(h2, m)) return null;
  const second = shareNumber(m);
  if (second === null || !(second > num) || (after && joined(m, after))) return null;
  // (the noun's modifiers, no verb's past between: "the one-in-four figure compared markers" is a share of no markers)
  const walked = unitNoun(toks, j + 4, false);
  const u = walked && !toks.slice(j + 4, walked.next - 1).some(t => /^[a-z]+ed$/.test(t.w)) ? walked : null;
  const unit = u ? u.unit : partitiveUnit(toks, j + 4);
  // ("about a one-in-five chance": the approximator before the article)
  const lead = isArticle(prev[0]) && approximatorBefore(prev.slice(1)) ? prev.slice(1) : prev;
  return finish({ text, toks, prev: lead, start: lead === prev ? start : prev[0].s }, u ? u.next - 1 : j + 3, num / second, unit, 'fraction');
}
