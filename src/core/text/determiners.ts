/**
 * The determiners of English, in lower case, for every stage that reads them (figures, quotes, people): the
 * articles, the possessives and the demonstratives. The quote stage's variants are at the end of ../quotes/lexicon.ts.
 */

/** The words of `base` but `words`. */
export function without(base: ReadonlySet<string>, ...words: string[]): ReadonlySet<string> {
  return new Set([...base].filter(w => !words.includes(w)));
}

/** `words`, a named part of `base`: each must be one of its words (a typo fails as the module loads). */
export function only(base: ReadonlySet<string>, ...words: string[]): ReadonlySet<string> {
  const stray = words.filter(w => !base.has(w));
  if (stray.length) throw new Error(`not in the base list: ${stray.join(', ')}`);
  return new Set(words);
}

/** The articles. */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** The indefinite articles ("a", "an"). */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = without(ARTICLES, 'the');

/** Possessive determiners of the third person that stand for a person ("her remark that"). */
export const PERSONAL_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);
/** Third-person possessive determiners ("his", "its"). */
export const THIRD_PERSON_POSSESSIVES: ReadonlySet<string> = new Set([...PERSONAL_POSSESSIVES, 'its']);
/** Possessive determiners of every person ("his", "its", "our", "your"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set([...THIRD_PERSON_POSSESSIVES, 'our', 'my', 'your']);
/** The demonstratives ("this", "those"). */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);
/** The singular demonstratives, which may stand for a statement ("That, he said, is …", "That’s according to …"). */
export const SINGULAR_DEMONSTRATIVES: ReadonlySet<string> = only(DEMONSTRATIVES, 'that', 'this');
