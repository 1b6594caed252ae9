/**
 * Binary search over a list in text order: how many of its leading items `before` holds for, where `before` holds for a
 * prefix of the list and fails for the rest (as "starts at or before pos" on items sorted by start).
 */
export function countBefore<T>(list: readonly T[], before: (item: T) => boolean): number {
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (before(list[mid])) lo = mid + 1; else hi = mid; }
  return lo;
}
