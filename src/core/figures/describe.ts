/**
 * A figure's normalised reading in words, for hovers and comparisons: "more than 45,000 lives · approximate",
 * "$1.5 billion", "4.4 percent", "8 to 10 percent", "tens of thousands".
 */
import type { Figure } from '../types';
import { plural } from './units';
import { wordTable } from '../text/wordTable';

const MONEY_SIGN: Readonly<Record<string, string>> = wordTable({ USD: '$', GBP: '£', EUR: '€', JPY: '¥' });
/** How an approximator reads when normalised ("over" -> "more than"). */
const MODIFIER: Readonly<Record<string, string>> = wordTable({
  over: 'more than', 'more than': 'more than', 'greater than': 'more than', 'higher than': 'more than', 'larger than': 'more than',
  'in excess of': 'more than', 'upwards of': 'more than', under: 'less than', 'fewer than': 'less than', 'lower than': 'less than',
  'smaller than': 'less than', 'less than': 'less than', 'as many as': 'as many as', 'as much as': 'as much as', 'up to': 'up to',
  'at least': 'at least', 'at most': 'at most', nearly: 'nearly', almost: 'nearly', 'close to': 'nearly', about: 'about',
  around: 'about', roughly: 'about', approximately: 'about', approx: 'about', some: 'about', circa: 'about',
  estimated: 'an estimated', 'an estimated': 'an estimated', 'or so': 'about', 'or more': 'at least', plus: 'at least', odd: 'about',
});

/** A vague phrase up to its last scale word ("hundreds of thousands" of "hundreds of thousands of refugees"). */
const VAGUE_CORE = /^(.*\b(?:tens|dozens|scores|hundreds|thousands|millions|billions|trillions|hundred|thousand|million|billion|dozen))\b/;

/** 45000 -> "45,000"; 1500000000 -> "1.5 billion"; 4.4 -> "4.4". */
export function formatNumber(n: number): string {
  const abs = Math.abs(n);
  for (const [m, w] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
    if (abs >= m && Number.isInteger(Math.round(abs / m * 100))) {
      const x = +(n / m).toFixed(2);
      if (Math.abs(x * m - n) <= 1e-9 * abs) return `${x} ${w}`;
    }
  }
  const [int, dec] = String(+n.toPrecision(12)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return dec ? `${grouped}.${dec}` : grouped;
}

function amount(n: number, unit: string | null): string {
  if (unit && MONEY_SIGN[unit]) return `${n < 0 ? '-' : ''}${MONEY_SIGN[unit]}${formatNumber(Math.abs(n))}`;
  if (unit && /^[A-Z]{3}$/.test(unit)) return `${formatNumber(n)} ${unit}`;
  return formatNumber(n);
}

function unitWord(unit: string | null, n: number | null): string {
  if (!unit || /^[A-Z]{3}$/.test(unit)) return '';
  if (unit === 'percent') return ' percent';
  return ' ' + (n === 1 ? unit : pluralUnit(unit));
}

/**
 * "mile per hour" -> "miles per hour", "degree celsius" -> "degrees celsius", "percentage point" -> "percentage points",
 * "square foot" -> "square feet", "cubic meter per second" -> "cubic meters per second".
 */
export function pluralUnit(unit: string): string {
  const m = /^((?:square |cubic )?)(\S+)( per .+| celsius| fahrenheit)?$/.exec(unit);
  return m ? m[1] + plural(m[2]) + (m[3] ?? '') : plural(unit);
}

/** The normalised modifier of a figure ("over" -> "more than"), or '' when there is none. */
export function normalModifier(f: Pick<Figure, 'modifier'>): string {
  return f.modifier ? (MODIFIER[f.modifier] ?? f.modifier) : '';
}

/**
 * The reading of a figure without its flags: "more than 45,000 lives", "$1.5 billion", "8 to 10 percent",
 * "tens of thousands" (a vague quantity reads as written, lower case). `withUnit` false leaves the counted noun out;
 * `asWritten` keeps the approximator as the article wrote it ("over 45,000", not "more than 45,000").
 */
export function formatReading(f: Figure, withUnit = true, asWritten = false): string {
  const mod = asWritten ? (f.modifier ?? '') : normalModifier(f);
  const pre = mod ? mod + ' ' : '';
  if (f.range && f.kind === 'score') return `${pre}${f.range[0]}-${f.range[1]}${withUnit ? unitWord(f.unit, f.range[1]) : ''}`;
  if (f.range) {
    const [a, b] = f.range;
    return `${pre}${amount(a, f.unit)} to ${amount(b, f.unit)}${withUnit ? unitWord(f.unit, b) : ''}`;
  }
  if (f.value === null) {
    const t = f.text.toLowerCase().replace(/\s+/g, ' ');
    return withUnit ? t : (VAGUE_CORE.exec(t)?.[1] ?? t);
  }
  if (f.kind === 'fraction') return `${pre}${+(f.value * 100).toFixed(1)}%${withUnit && f.unit ? ` of ${f.unit}` : ''}`;
  return `${pre}${amount(f.value, f.unit)}${withUnit ? unitWord(f.unit, f.value) : ''}`;
}

/** The hover line of a figure: "more than 45,000 lives · approximate", "21 months · duration". */
export function describeFigure(f: Figure): string {
  const flags: string[] = [];
  if (f.kind === 'vague') flags.push('vague');
  if (f.kind === 'range' || f.kind === 'score') flags.push(f.kind);
  if (f.kind === 'duration' || f.kind === 'age') flags.push(f.kind);
  if (f.approximate) flags.push('approximate');
  return [formatReading(f), ...flags].join(' · ');
}
