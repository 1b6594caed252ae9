/**
 * Two given names that share the last name written after the second: "the parents, Khizr and Ghazala Khan", "Bill and
 * Hillary Clinton", "David and Charles Koch" (PolNeAR train). The first given name stands alone as a run of its own
 * ("Khizr"), so the article never names that person in full: the full name is read from the couple ("Khizr Khan"),
 * one person of the two, never a single person called "Khizr and Ghazala Khan".
 */
import { SURNAME_PARTICLES } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { kindOfName } from './canonical';
import { firstNameGender, isCommonWord, isDemonym, isHonorific, isKnownOrganization, isPeopleGroup, isPlace } from './lexicon';

/** One capitalised word as a given name is written ("Khizr", "Jean-Luc"). */
const GIVEN_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

interface Span { i: number; j: number }
interface Run extends Span { name: string; title: string }

/** What the article writes of its names, as couples.ts reads them. */
export interface NameUse {
  /** The last words of names of two words or more ("Clinton" of "Hillary Clinton"). */
  lastWords: Set<string>;
  /** Words written as a family's name: after an honorific ("Mr. Khan") or as a plural ("the Khans" → "Khan"). */
  families: Set<string>;
}

/** A word that may be a given name: no common word, place, body, people's word or honorific. */
export const mayBeGiven = (w: string): boolean =>
  GIVEN_WORD.test(w) && !isCommonWord(w) && !isPlace(w) && !isKnownOrganization(w) && !isDemonym(w) && !isPeopleGroup(w) && !isHonorific(w);

/** How the article uses its names (`runs`: its name runs outside quotes). */
export function nameUse(toks: readonly Tok[], runs: readonly Run[]): NameUse {
  const lastWords = new Set<string>(), families = new Set<string>();
  for (const r of runs) {
    const words = r.name.split(' ');
    if (words.length > 1) lastWords.add(words[words.length - 1]);
    else if (r.title && isHonorific(r.title.split(' ').pop()!)) families.add(r.name);
  }
  // (by index: over every token, a for…of in code V8 has not optimised makes an iterator result per token)
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.cap && t.t.length > 3 && t.t.endsWith('s')) families.add(t.t.slice(0, -1));
  }
  return { lastWords, families };
}

/**
 * The full names of the first people of couples written "A and B Last" among `runs` (in text order, outside quotes).
 * See coupleFirst.
 */
export function coupleFullNames(toks: readonly Tok[], runs: readonly Run[]): string[] {
  let use: NameUse | undefined;
  const useOf = (): NameUse => (use ??= nameUse(toks, runs));
  const out: string[] = [];
  for (let k = 0; k + 1 < runs.length; k++) {
    const name = runs[k].title ? undefined : coupleFirst(toks, runs[k], runs[k + 1], useOf);
    if (name) out.push(name);
  }
  return out;
}

/**
 * The full name of the first of the couple written in tokens [a.i, b.j) ("Khizr and Ghazala Khan" → "Khizr Khan"), or
 * undefined when the tokens are no couple: run A a single word, "and", run B a person's name of two words. A is read
 * as a given name when the lexicon knows it as one, or when it knows neither A nor B as given names and the article
 * writes the last name as a family's ("Mr. Khan", "the Khans"; not "Science and Technology Directorate"); never a word
 * the article writes as the last word of a name of its own ("Clinton and Bernie Sanders" after "Hillary Clinton").
 * `use` gives the article's NameUse, asked only of tokens shaped as a couple (reading it is a pass over every token).
 */
export function coupleFirst(toks: readonly Tok[], a: Span, b: Span, use: () => NameUse): string | undefined {
  // (the last name may open on a particle: "Callum's parents, Siobhán and Pádraig Ó Súilleabháin, described …", an
  // Independent-style probe, test/fixtures/outlets uk-independent-inquest-ouse.txt, where the mother was "Siobhán")
  const particle = b.j - b.i === 3 && SURNAME_PARTICLES.has(toks[b.i + 1].l);
  if (a.j - a.i !== 1 || b.i !== a.j + 1 || toks[a.j].l !== 'and' || (b.j - b.i !== 2 && !particle)) return undefined;
  // (the last two of a list of names are no couple: "stars like Brandy, Monica and Lauryn Hill")
  if (toks[a.i - 1]?.t === ',' && toks[a.i - 2]?.cap) return undefined;
  const given = toks[a.i].t, bGiven = toks[b.i].t, last = toks.slice(b.i + 1, b.j).map(t => t.t).join(' ');
  if (!mayBeGiven(given) || !mayBeGiven(bGiven) || !GIVEN_WORD.test(toks[b.j - 1].t) || given === bGiven || use().lastWords.has(given)) return undefined;
  const known = firstNameGender(given) !== undefined;
  if (!known && (firstNameGender(bGiven) !== undefined || !use().families.has(last))) return undefined;
  return kindOfName(`${bGiven} ${last}`) === 'person' ? `${given} ${last}` : undefined;
}
