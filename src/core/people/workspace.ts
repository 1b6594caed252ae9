/**
 * One name per person across articles: "Sergei V. Lavrov" in one article, "Sergey Lavrov" in another and "Lavrov" in a
 * third are one person, shown everywhere by the form most articles use. The hovers, Find All References, the
 * outline, the panel, the CSV and brat exports and the CLI's quote-variant groups all ask this module; the CLI's
 * per-document quotes and speakers keep each document's own fullest name, as the schema says.
 */
import { withoutPossessive } from '../text/endings';
import type { DocumentAnalysis } from '../types';
import { kindOfName } from './canonical';
import { isCountry, isDemonym } from './lexicon';
import { cleanName, isInitial, personGroup, personKey, type PersonGroups } from './personName';

interface Group {
  /** Written form → number of articles that use it. */
  forms: Map<string, number>;
  articles: number;
}

export class PeopleIndex {
  /** last-name key → first-name key ('' for none) → group. */
  private readonly groups: PersonGroups<Group> = new Map();
  private readonly cache = new Map<string, string>();
  /** An unnamed source's description → the one person it stands for (resolveRoles). */
  private readonly roles = new Map<string, string>();

  /** `articles`: each article's speaker names (an article votes once for each form it uses). */
  constructor(articles: Iterable<Iterable<string>>) {
    for (const names of articles) {
      const seen = new Set<string>();
      for (const name of names) {
        if (seen.has(name) || !isPersonName(name)) continue;
        seen.add(name);
        const clean = cleanName(name);
        const key = personKey(clean);
        if (!key.last) continue;
        const g = personGroup(this.groups, key, () => ({ forms: new Map<string, number>(), articles: 0 }));
        g.forms.set(clean, (g.forms.get(clean) ?? 0) + 1);
        g.articles++;
      }
    }
  }

  /**
   * Descriptions an article leaves unattached that the workspace attaches to one person: "Russia's foreign minister
   * said Saturday …" (AP, never "foreign minister" beside "Sergey Lavrov", whom it quotes further down) is the one
   * other articles call "Russian Foreign Minister Sergei Lavrov" and "Russia's foreign minister, Sergei V. Lavrov".
   * A description is resolved only when it names a country and a role, the workspace gives that country and role to
   * one person alone, and every article that leaves it unattached quotes that person too.
   * `articles`: each article's named speakers with their descriptions, and its unnamed sources.
   */
  resolveRoles(articles: Iterable<{ named: Iterable<{ name: string; description?: string }>; unnamed: Iterable<string> }>): this {
    const holders = new Map<string, Set<string>>();
    const uses: { key: string; written: string; people: Set<string> }[] = [];
    for (const a of articles) {
      const people = new Set<string>();
      for (const { name, description } of a.named) {
        const person = this.canonical(name);
        people.add(person);
        const key = description ? roleKey(description) : undefined;
        if (key && isPersonName(name)) {
          const set = holders.get(key) ?? new Set<string>();
          holders.set(key, set.add(person));
        }
      }
      for (const written of a.unnamed) {
        const key = roleKey(written);
        if (key) uses.push({ key, written, people });
      }
    }
    // each use's verdict: the one holder, quoted in that article too, else null; a description is resolved when every
    // use of it agrees
    const verdicts = new Map<string, string | null>();
    for (const { key, written, people } of uses) {
      const set = holders.get(key);
      const person = set?.size === 1 ? [...set][0] : undefined;
      const verdict = person && people.has(person) ? person : null;
      verdicts.set(written, !verdicts.has(written) || verdicts.get(written) === verdict ? verdict : null);
    }
    for (const [written, person] of verdicts) if (person) this.roles.set(written, person);
    this.cache.clear();
    return this;
  }

  /** The name this person goes by across the workspace ("Lavrov" → "Sergei Lavrov"). */
  canonical(name: string): string {
    let c = this.cache.get(name);
    if (c === undefined) this.cache.set(name, (c = this.find(name)));
    return c;
  }

  /** Two names of one person across the workspace. */
  same(a: string, b: string): boolean {
    return a === b || this.canonical(a) === this.canonical(b);
  }

  private find(name: string): string {
    const role = this.roles.get(name);
    if (role) return role;
    if (!isPersonName(name)) return name;
    const clean = cleanName(name);
    const { last, first } = personKey(clean);
    const byFirst = this.groups.get(last);
    if (!byFirst) return clean;
    let g = byFirst.get(first);
    if (!first) {
      // a last name alone: the person of that name most articles quote
      let most = 0;
      for (const [k, x] of byFirst) if (k && x.articles > most) { most = x.articles; g = x; }
    }
    if (!g) return clean;
    // the form most articles use; on a tie the fullest, a middle initial not counting ("Sergei Lavrov" before
    // "Sergei V. Lavrov": the initial adds nothing a reader needs), then the first in order
    let best = clean, votes = -1;
    for (const [form, n] of g.forms) {
      if (n > votes || (n === votes && fuller(form, best) > 0)) { best = form; votes = n; }
    }
    return best;
  }
}

/** Words that are not initials ("V."), and initials: the measures of how full a written name is. */
function fuller(a: string, b: string): number {
  const count = (n: string) => { const w = n.split(' '); const initials = w.filter(isInitial).length; return [w.length - initials, -initials]; };
  const [wa, ia] = count(a), [wb, ib] = count(b);
  return wa - wb || ia - ib || (a < b ? 1 : a > b ? -1 : 0);
}

/** Abbreviated roles written out ("Russian FM"). */
const ROLE_ABBREVIATIONS: Record<string, string> = { fm: 'foreign minister', pm: 'prime minister' };
/** Endings of a nationality and the country's ending each replaces ("Russian" → Russia, "Iranian" → Iran, "Chinese" → China). */
const DEMONYM_ENDINGS: [RegExp, string][] = [[/n$/, ''], [/ian$/, ''], [/ian$/, 'a'], [/ese$/, 'a']];

/** The country a word names or is the nationality of ("Russia's", "Russian" → russia). */
function countryOf(word: string): string | undefined {
  const w = withoutPossessive(word);
  if (isCountry(w)) return w;
  if (!isDemonym(w)) return undefined;
  for (const [ending, by] of DEMONYM_ENDINGS) {
    const c = w.replace(ending, by);
    if (c !== w && isCountry(c)) return c;
  }
  return undefined;
}

/** The most words of a role in a description that `roleKey` reads ("deputy foreign minister"). */
const ROLE_WORDS = 4;

/**
 * A country-and-role description as a key: "Russia's foreign minister", "Russian Foreign Minister", "Russian FM" →
 * "russia|foreign minister"; undefined for anything else (no country, a clause, a name).
 */
function roleKey(description: string): string | undefined {
  const words = description.toLowerCase().split(/\s+/).filter(w => w && w !== 'the');
  if (words.length < 2 || words.length > ROLE_WORDS + 1) return undefined;
  const country = countryOf(words[0]);
  const role = words.slice(1).map(w => ROLE_ABBREVIATIONS[w] ?? w).join(' ');
  return country && /^[a-z -]+$/.test(role) ? `${country}|${role}` : undefined;
}

/** A description shown for an unnamed source ("a longtime adviser", "A top Donald Trump adviser", "one GOP source"). */
const DESCRIPTION = /^(?:\p{Ll}|(?:A|An|One|Another|Some|The)\s)/u;

const isPersonName = (name: string): boolean => {
  // (a description names no one: "a longtime adviser" is not "a senior Cruz adviser", nor Donald Trump)
  if (DESCRIPTION.test(name)) return false;
  const k = kindOfName(name);
  return k === 'person' || k === 'unknown';
};

/**
 * The people of some articles' analyses (each article's named speakers; an unnamed source names no one): what the
 * CLI, the editor's hovers, outline, references, panel and CSV export ask for one name per person.
 */
export function peopleOf(documents: Iterable<Pick<DocumentAnalysis, 'speakers'> | undefined>): PeopleIndex {
  const speakers = [...documents].map(d => d?.speakers ?? []);
  return new PeopleIndex(speakers.map(list => list.filter(s => !s.unnamed).map(s => s.name)))
    .resolveRoles(speakers.map(list => ({ named: list.filter(s => !s.unnamed), unnamed: list.filter(s => s.unnamed).map(s => s.name) })));
}
