/**
 * What follows the number: percent ("4.4 percent", "12%"), a currency word ("750 million euros", "50 cents"),
 * a time unit (a duration "21 months", an age "21-month-old", a date "two years ago"), or the counted noun.
 * A compound in "-way" counts the sides of a contest and names none of them: "Tough three-way fight puts political
 * neophyte to the test" (PolNeAR train, USA Today 2016-02-02), "a protracted, three-way fight for the nomination" (NYT
 * 2016-02-04), "a genuine three-way contest" (Washington Post 2016-02-02), "a four-way contest" (HuffPost 2016-03-16)
 * are counts of no unit, not of "way"s; "split three ways", "two ways the government can" still count ways.
 */
import type { FigureKind } from '../types';
import { currencyWord, dollarsNamedAfter, hyphenedCurrency, subunitJoinedAfter, SHILLING_STROKE_CODE, shillingStrokeAfter } from './money';
import { SCALES } from './numberWords';
import { joined, type Tok } from './tokens';
import { DEGREE_SCALES, isStopWord, measureUnit, possessiveTimeUnit, singular, TIME_UNITS, unitNoun } from './units';
import { wordTable } from '../text/wordTable';
import { RELATIVE_TIME } from '../text/calendar';


/** Endings of an adjective compound ("one-sided", "two-pronged", "a 24-hour-long"), not a counted noun. */
const ADJECTIVE_END = /(?:ed|ing|ly|ish|al|ful|less|something|ward)$/;

export interface Suffix {
  kind: FigureKind;
  /** ISO currency code, from the symbol before or the word after. */
  code: string | null;
  /** Divide the number by this ("50 cents"). */
  fraction: number;
  unit: string | null;
  next: number;
  /** "ago" follows: a date, not a figure. */
  date?: boolean;
  /** A hyphenated compound adjective ("two-way"): not a figure. */
  compound?: boolean;
}

/** The time units from the shortest. */
const TIME_ORDER: readonly string[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century'];

/** Scale names after "degrees" ("95 degrees Fahrenheit", "35 degrees C"). */
const SCALE_WORDS: Readonly<Record<string, string>> = wordTable({
  celsius: 'celsius', fahrenheit: 'fahrenheit', centigrade: 'celsius',
  ...Object.fromEntries(Object.entries(DEGREE_SCALES).map(([letter, scale]) => [letter.toLowerCase(), scale])),
});

/**
 * A temperature scale after the number at toks[j - 1]: "95 degrees Fahrenheit", or a bare capital as The Canadian
 * Press writes it ("highs of 40 C", "minus 30 F on Monday"), though not in a name or code ("Article 40 C", "Group 2 C
 * Final": a capitalised word before the number or after the letter).
 */
function temperatureScale(toks: Tok[], j: number): { name: string; next: number } | null {
  const t = toks[j];
  if (t.k !== 'w' || !t.sp || t.nl) return null;
  if (/^degrees?$/.test(t.l)) {
    const s = toks[j + 1];
    const name = s && s.k === 'w' && s.sp && !s.nl ? SCALE_WORDS[s.l] : undefined;
    return name && (s.w.length > 1 || !/^[A-Z0-9]/.test(toks[j + 2]?.w ?? '')) ? { name, next: j + 2 } : null;
  }
  if (!(t.w in DEGREE_SCALES)) return null;
  const after = toks[j + 1], before = toks[j - 2];
  // ("88 F-35 jets": a letter joined to a hyphen or a word is a name's)
  if (after && !after.nl && (joined(t, after) ? !/^[,.;:)!?]$/.test(after.w) || (joined(after, toks[j + 2]) && toks[j + 2].k !== 'p') : /^[A-Z0-9]/.test(after.w))) return null;
  if (before && !before.nl && before.k === 'w' && /^[A-Z]/.test(before.w) && toks[j - 1].sp) return null;
  return { name: DEGREE_SCALES[t.w], next: j + 1 };
}

/** After "per" at toks[i]: the index past "cent" in "per cent" or "per-cent", or 0. */
function perCentEnd(toks: Tok[], i: number): number {
  const a = toks[i + 1];
  if (a?.l === 'cent') return i + 2;
  return a?.w === '-' && joined(toks[i], a) && toks[i + 2]?.l === 'cent' && joined(a, toks[i + 2]) ? i + 3 : 0;
}

/** Percent, currency word, age/duration and the counted noun after the number (toks[j] on). */
export function readSuffix(toks: Tok[], j: number, value: number, code: string | null): Suffix {
  const t = toks[j];
  const out = (kind: FigureKind, unit: string | null, next: number, extra?: { date?: boolean; compound?: boolean }): Suffix =>
    ({ code, fraction: 1, kind, unit, next, date: extra?.date, compound: extra?.compound });
  if (!t) return out(code ? 'money' : 'count', code, j);
  // "3,020/-", "52bn/-": a shilling amount (money.ts shillingStrokeAfter), of the sign before it when one stands there
  const stroke = shillingStrokeAfter(toks, j);
  if (stroke) return { code: code ?? SHILLING_STROKE_CODE, fraction: 1, kind: 'money', unit: code ?? SHILLING_STROKE_CODE, next: stroke };
  // percent
  if (t.w === '%' || t.w === '％') return out('percent', 'percent', j + 1);
  // "20p", "20.5p", "200bz": pence and baisa as British and Omani papers write them (money.ts subunitJoinedAfter)
  const pence = code ? null : subunitJoinedAfter(toks, j);
  if (pence) return { code: pence.code, fraction: pence.fraction, kind: 'money', unit: pence.code, next: pence.next };
  // "6.2pc", "6.2 pc": percent as British papers write it
  if (t.l === 'pc' && t.k === 'w' && !t.nl && !code) return out('percent', 'percent', j + 1);
  // temperatures and angles ("25°C", "40 °F", "a 45° tilt")
  if (t.w === '°' && !code) {
    const scale = toks[j + 1]?.k === 'w' && joined(t, toks[j + 1]) ? DEGREE_SCALES[toks[j + 1].w] : undefined;
    return out('count', scale ? `degree ${scale}` : 'degree', scale ? j + 2 : j + 1);
  }
  if (!code) {
    const scale = temperatureScale(toks, j);
    if (scale) return out('count', `degree ${scale.name}`, scale.next);
  }
  const hyphen = t.w === '-' && joined(toks[j - 1], t) && joined(t, toks[j + 1]);
  const w = hyphen ? toks[j + 1] : t;
  const wi = hyphen ? j + 1 : j;
  if (w && w.k === 'w' && (hyphen || w.sp) && !w.nl) {
    // "per cent" and, as the Globe and Mail writes it, "a 3.5-per-cent drop", "3.5 per-cent"
    const perCent = w.l === 'per' ? perCentEnd(toks, wi) : 0;
    if (w.l === 'percent' || w.l === 'pct' || perCent) {
      const next = perCent || wi + 1;
      return out('percent', 'percent', next);
    }
    if (w.l === 'percentage' && /^points?$/.test(toks[wi + 1]?.l ?? '')) return out('percent', 'percentage point', wi + 2);
    if (!hyphen && !code) {
      const cw = currencyWord(toks, j);
      if (cw) return { code: cw.code, fraction: cw.fraction, kind: 'money', unit: cw.code, next: cw.next };
    }
    if (!hyphen && code && /^dollars?$/.test(w.l)) return out('money', code, wi + 1);
    const hc = hyphen && !code ? hyphenedCurrency(toks, wi) : null;
    if (hc) return { code: hc.code, fraction: hc.fraction, kind: 'money', unit: hc.code, next: hc.next };
    // ("the government would release one month's wages for the workers", a Daily Star-style probe from Ashulia,
    // test/fixtures/outlets bd-dailystar-ashulia-wage-arrears.txt, was one "wage"; "I'm not going to pretend that one month's
    // figures mean the job is done", a BBC-style probe, uk-bbc-nhs.txt, was no figure: a time unit in the possessive is the
    // length the noun after it is of, as "five months' probation" is)
    const possessed = !hyphen && !code ? possessiveTimeUnit(w.l) : undefined;
    if (possessed) return out('duration', possessed, wi + 1);
    if (w.l in TIME_UNITS && !code) {
      const unit = TIME_UNITS[w.l];
      const next = wi + 1;
      const a = toks[next], b = toks[next + 1];
      if (a && a.w === '-' && joined(toks[next - 1], a) && b?.l === 'old' && joined(a, b)) return out('age', unit, next + 2);
      if (a && a.l === 'old' && a.sp && a.k === 'w') return out('age', unit, next + 1);
      // "two years ago", "four years later", "30 years from now": a point in time
      if (a && a.k === 'w' && (a.l === 'ago' || a.l === 'later' || a.l === 'earlier' || (a.l === 'from' && b?.l === 'now'))) return out('duration', unit, next + 1, { date: true });
      // "38.5 hours a week", "16 hours per day": a rate of a shorter unit in a longer one, not a length of time
      const per = a && a.k === 'w' && a.sp && !a.nl && (a.l === 'a' || a.l === 'per') && b && b.k === 'w' && b.sp && !b.nl ? TIME_UNITS[b.l] : undefined;
      // (not "12 years a decade ago": the period is a point in time)
      if (per && TIME_ORDER.indexOf(unit) < TIME_ORDER.indexOf(per) && !RELATIVE_TIME.has(toks[next + 2]?.l ?? '')) return out('count', `${unit} per ${per}`, next + 2);
      return out('duration', unit, next);
    }
    // a compound that counts or measures ("a 52-count complaint", "a 100-page report", "a three-judge panel") is a
    // figure of that noun; an adjective compound ("one-sided", "two-pronged", "a one-on-one") is not
    if (hyphen && !code && !(w.l in SCALES) && w.l !== 'plus' && w.l !== 'odd') {
      if (isStopWord(w.l) || ADJECTIVE_END.test(w.l) || joined(w, toks[wi + 1])) return out('count', null, j, { compound: true });
      // "seven-figure checks": a magnitude, not a count of figures
      if (w.l === 'figure') return out('vague', null, wi + 1);
      // ("a three-way fight for the nomination", "a four-way contest", "a two-way race between Trump and Hillary": the
      // number counts the sides, which "way" does not name: a count of no unit)
      if (w.l === 'way') return out('count', null, wi + 1);
      // ("a 20-km stretch": a measure keeps its unit's name)
      return out('count', measureUnit(w.l) ?? singular(w.l), wi + 1);
    }
  }
  if (code) {
    const named = code === 'USD' ? dollarsNamedAfter(toks, j) : null;
    return named ? out('money', named.code, named.next) : out('money', code, j);
  }
  // "eight of them children"
  if (t.l === 'of' && (toks[j + 1]?.l === 'them' || toks[j + 1]?.l === 'whom')) {
    const u = unitNoun(toks, j + 2, false);
    if (u) return out('count', u.unit, u.next);
  }
  // ("whose state has joined 16 others in a lawsuit", PolNeAR train, Politico 2016-01-14; "the painting, and 37 others
  // Li-Harcourt has made", a HuffPost Canada-style probe, test/fixtures/outlets ca-huffpost-vancouver-painter-grandmother.txt;
  // "he and 20 others were sleeping in the mandi shed", in-ht-punjab-paddy-lifting.txt: were counts of an "other".
  // "others" stands for what was named before it, states, paintings or people, which the nearest count does not tell —
  // "Two labourers killed as wall collapses at Sangam Vihar site; contractor, two others held" (in-ht-delhi-wall-collapse.txt)
  // are no labourers — so it is a count of no unit; a verb of people before it still makes it people ("80 people were
  // killed and 18 others were critically injured", PolNeAR train, Washington Post 2016-07-15)
  if (t.l === 'others' && t.k === 'w' && t.sp && !t.nl) return out('count', null, j + 1);
  const u = unitNoun(toks, j, value === 1);
  if (u) {
    // a rate: "60 miles per hour", "three meals a day"
    const p = toks[u.next], q = toks[u.next + 1];
    if (p && (p.l === 'per' || p.l === 'a' || p.l === 'an') && p.sp && q && q.k === 'w' && q.sp && (q.l in TIME_UNITS)) return out('count', `${u.unit} per ${TIME_UNITS[q.l]}`, u.next + 2);
    return out('count', u.unit, u.next);
  }
  return out('count', null, j);
}
