/**
 * Answers kept by their one string argument, for the words and names the engine asks about again and again (a name's
 * words, a first name's gender, a word's shared forms): each distinct argument is read once, and the table is cleared
 * when it holds `max` of them, so that a long session's memory stays bounded.
 */
export function memoized<T>(read: (x: string) => T, max: number): (x: string) => T {
  const table = new Map<string, T>();
  return (x: string): T => {
    const had = table.get(x);
    if (had !== undefined || table.has(x)) return had as T;
    if (table.size >= max) table.clear();
    const v = read(x);
    table.set(x, v);
    return v;
  };
}
