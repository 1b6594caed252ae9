/**
 * A lookup table keyed by words of the text. A plain object literal answers `"constructor" in table` and
 * `table.toString` from Object.prototype ("12 constructor kits" read as 12 × a function = NaN, "30 degrees
 * constructor" as the unit "degree function Object() …"); this one holds its own keys and nothing else.
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
