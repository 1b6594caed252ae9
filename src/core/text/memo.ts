/** What the table keeps for an undefined answer: a hit on it is one lookup, not a `get` and then a `has`. */
const NONE: unique symbol = Symbol('none');

/**
 * Answers kept by their one string argument, for the words and names the engine asks about again and again (a name's
 * words, a first name's gender, a word's shared forms): each distinct argument is read once, and the table is cleared
 * when it holds `max` of them, so that a long session's memory stays bounded. An undefined answer (most words asked
 * whether they are a first name) is kept as NONE, so that asking again costs one lookup.
 */
export function memoized<T>(read: (x: string) => T, max: number): (x: string) => T {
  const table = new Map<string, T | typeof NONE>();
  return (x: string): T => {
    const had = table.get(x);
    if (had !== undefined) return (had === NONE ? undefined : had) as T;
    if (table.size >= max) table.clear();
    const v = read(x);
    table.set(x, v === undefined ? NONE : v);
    return v;
  };
}

/**
 * An answer kept per object for as long as the object lives (a WeakMap), for what is read once per article from its
 * token array: the words it writes in lower case or capitalised, its sentences (../quotes/names.ts lowerCaseWords,
 * midSentenceCaps; ../reported/headline.ts capitalisedIn; ../quotes/sentences.ts sentenceRanges). The object is never
 * changed once asked about (a token array never is: ../quotes/tokens.ts Tok), so nothing invalidates an answer.
 */
export function keptPer<K extends object, T>(read: (key: K) => T): (key: K) => T {
  const kept = new WeakMap<K, T>();
  return (key: K): T => {
    if (kept.has(key)) return kept.get(key) as T;
    const v = read(key);
    kept.set(key, v);
    return v;
  };
}

/**
 * An answer kept for the last text asked about, for what several stages read of the same article (its quotations,
 * ../quotes/marks.ts quoteSpansOf; its sentences, ../people/sentences.ts sentencesOf): one entry, keyed by the text
 * itself, its length compared first and then its characters, so that another document, or the same one edited, is read
 * again, and a document asked about after another gets its own answer. The answer is shared by every reader, so it must
 * never be changed.
 */
export function keptForLastText<T>(read: (text: string) => T): (text: string) => T {
  let last: { text: string; value: T } | undefined;
  return (text: string): T => {
    if (!last || last.text.length !== text.length || last.text !== text) last = { text, value: read(text) };
    return last.value;
  };
}
