/**
 * Which figures the editor marks quietly: a small count written in words ("two places", "the two women", "one city",
 * "three debates", "a three-judge panel"). PolNeAR's figure rules count them (a cardinal is a figure, and the
 * adjudicated dev gold holds "two polls", "those two", "the two women"), so they stay figures — in the hover, the
 * outline, the status bar and the JSON — but on PolNeAR train they are one figure in six (1,144 of 7,200), and boxed
 * like "$4.5 billion" or "45,000 lives" they crowd out the figures a reader checks. Durations, ages, money, percentages, ranges, vague quantities, approximations ("at least two") and
 * counts in digits keep the figures' box. Pure: no `vscode` import.
 */
import type { Figure } from '../core/types';

/** The largest count in words marked quietly. */
export const SMALL_COUNT_MAX = 3;

/** A figure is a small count written in words, with no approximator or comparator: shown in the quieter style. */
export function isSmallCount(f: Figure): boolean {
  return f.kind === 'count' && !f.approximate && !f.modifier && f.value !== null && f.value >= 0 && f.value <= SMALL_COUNT_MAX
    && Number.isInteger(f.value) && /^\p{L}/u.test(f.text);
}
