/**
 * Binary search over a list in text order: how many of its leading items `before` holds for, where `before` holds for a
 * prefix of the list and fails for the rest (as "starts at or before pos" on items sorted by start).
 */
export function countBefore<T>(list: readonly T[], before: (item: T) => boolean): number {
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (before(list[mid])) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * Index of the first entry of the sorted numbers `xs` that is ≥ `x`: countBefore's search with the comparison written
 * in, for the lookups asked for every token and mention (a line's, a sentence's start), where a predicate made per
 * call and called through countBefore cost more than the search.
 */
export function firstAtLeast(xs: readonly number[], x: number): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid] < x) lo = mid + 1; else hi = mid; }
  return lo;
}
