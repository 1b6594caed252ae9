/**
 * Names in an article: runs of capitalised words ("Russian Foreign Minister Sergei Lavrov", "Syrian Observatory for
 * Human Rights", "Ahmed Moaz al-Khatib"), their canonical form (titles and possessives stripped, short forms mapped
 * to the fullest form: "Lavrov" -> "Sergei Lavrov"), and what the article says they are ("Lakhdar Brahimi, the
 * U.N.'s envoy" -> envoy), so that "the envoy" can be resolved.
 */
import { DETERMINERS, NOT_NAME, PREPOSITIONS, TITLES } from './lexicon';
import type { Tok } from './tokens';

const CONNECT = new Set(['of', 'for', 'the', 'de', 'bin', 'al', 'van', 'von', 'der', 'la', 'le', 'du', 'da', 'y', 'ibn', 'abu', 'on', '&']);

/** "al-Khatib" and "Khatib" are one name. */
function stripParticle(w: string): string {
  return w.replace(/^(?:al|el|bin|ibn|abu)[-'’]/i, '');
}

function lastKey(name: string): string {
  return stripParticle(name.split(' ').pop() ?? '').toLowerCase();
}

const NATIONALITY = /(?:an|ian|ese|ish|i|ic)$|^(?:national|federal|democratic|republican|gop|state|u\.s\.|us|u\.n\.|un|house|senate)$/;

export interface NameRun {
  /** Token range [i, j). */
  i: number;
  j: number;
  s: number;
  e: number;
  /** Canonical form of this mention (titles stripped). */
  name: string;
  /** The title words stripped from the front ("Foreign Minister"). */
  title: string;
}

/** The capitalised run that contains token k, or null. */
export function runAt(toks: Tok[], k: number): { i: number; j: number } | null {
  if (k < 0 || k >= toks.length || !toks[k].cap) return null;
  let i = k, j = k + 1;
  while (i > 0 && (toks[i - 1].cap && !toks[i - 1].poss || (CONNECT.has(toks[i - 1].l) && i > 1 && toks[i - 2].cap && !toks[i - 2].poss)) && toks[i - 1].e + 2 >= toks[i].s) i--;
  while (j < toks.length && !toks[j - 1].poss && toks[j].s <= toks[j - 1].e + 2 && (toks[j].cap || (CONNECT.has(toks[j].l) && j + 1 < toks.length && toks[j + 1].cap))) j++;
  while (j > i && !toks[j - 1].cap) j--;
  while (i < j && (!toks[i].cap || NOT_NAME.has(toks[i].l))) i++;
  return j > i ? { i, j } : null;
}

const midCapsCache = new WeakMap<Tok[], Set<string>>();

/**
 * Capitalised words the article also writes inside a sentence (after a word or a comma): a word seen only at
 * sentence starts ("Later", "Typically", "Allies") is no name.
 */
export function midSentenceCaps(toks: Tok[]): Set<string> {
  let set = midCapsCache.get(toks);
  if (set) return set;
  set = new Set<string>();
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k], p = toks[k - 1];
    if (t.cap && (!p.punct || p.t === ',' || p.t === '(') && t.s - p.e <= 2) set.add(t.l);
  }
  midCapsCache.set(toks, set);
  return set;
}

export function canonicalOf(toks: Tok[], i: number, j: number): { name: string; title: string } {
  let a = i;
  const title = (k: number) => TITLES.has(toks[k].l) || TITLES.has(toks[k].t.toLowerCase());
  // a nationality is part of a title only before another title word ("Russian Foreign Minister", not "Syrian Observatory")
  const strip = (k: number) => /-(?:based|born|led|backed|run|owned)$/i.test(toks[k].t) || (title(k) && (!NATIONALITY.test(toks[k].l) || (k + 1 < j - 1 && title(k + 1))));
  // "Secretary of State John F. Kerry", "Minister of Defense …": "of" and the department belong to the title
  // (a body's name keeps its words: "Security Council", "State Department", "Foreign Ministry")
  const body = /^(?:Council|Committee|Department|Ministry|Office|Agency|Commission|Court|Senate|House|Party|Board|Bureau|Service|Administration|Institute|Foundation|Association|Union|Center|Centre)$/.test(toks[j - 1].t);
  while (!body && a < j - 1 && (strip(a) || (toks[a].l === 'of' && a > i && title(a - 1) && a + 2 < j))) a += toks[a].l === 'of' ? 2 : 1;
  while (a < j - 1 && CONNECT.has(toks[a].l)) a++;
  const words = toks.slice(a, j).map((t, n, arr) => (n === arr.length - 1 && t.poss ? t.t.slice(0, -2) : t.t));
  return { name: words.join(' ').replace(/\s+/g, ' '), title: toks.slice(i, a).map(t => t.t).join(' ') };
}

export class NameTable {
  private byLast = new Map<string, string[]>();
  private count = new Map<string, number>();
  /** head noun of a description ("envoy") -> names described so, in text order with positions. */
  private described = new Map<string, { name: string; pos: number }[]>();
  readonly descriptions = new Map<string, string>();
  readonly runs: NameRun[] = [];

  constructor(private readonly toks: Tok[], private readonly text: string) {
    for (let k = 0; k < toks.length; k++) {
      const r = runAt(toks, k);
      if (!r || r.i !== k) continue;
      const { name, title } = canonicalOf(toks, r.i, r.j);
      if (name.length < 2) { k = r.j - 1; continue; }
      const run: NameRun = { i: r.i, j: r.j, s: toks[r.i].s, e: toks[r.j - 1].poss ? toks[r.j - 1].e - 2 : toks[r.j - 1].e, name, title };
      this.runs.push(run);
      this.add(name);
      this.learnDescriptions(run);
      k = r.j - 1;
    }
  }

  private add(name: string): void {
    const last = lastKey(name);
    const list = this.byLast.get(last) ?? [];
    if (!list.includes(name)) list.push(name);
    this.byLast.set(last, list);
    this.count.set(name, (this.count.get(name) ?? 0) + 1);
  }

  /** The fullest form of a name in this article ("Lavrov" -> "Sergei Lavrov"). */
  canonical(name: string): string {
    const words = name.split(' ');
    const list = this.byLast.get(lastKey(name));
    if (!list) return name;
    let best = name;
    for (const cand of list) {
      const cw = cand.split(' ');
      if (cw.length > best.split(' ').length && cw.length <= 5 && words.every(w => cw.includes(w) || cw.some(c => stripParticle(c) === w))) best = cand;
    }
    return best;
  }

  private describe(head: string, name: string, pos: number, description: string): void {
    const list = this.described.get(head) ?? [];
    list.push({ name, pos });
    this.described.set(head, list);
    if (!this.descriptions.has(name) && description) this.descriptions.set(name, description);
  }

  private learnDescriptions(run: NameRun): void {
    const toks = this.toks;
    // the title in the run itself: "Foreign Minister Sergei Lavrov"
    if (run.title) {
      const tw = run.title.toLowerCase().split(' ');
      this.describe(tw[tw.length - 1], run.name, run.s, run.title);
    }
    // a role noun just before: "U.N.-Arab League envoy Lakhdar Brahimi", "spokesman John Kirby"
    const p = run.i - 1;
    if (p >= 0 && !toks[p].punct && !toks[p].cap && !DETERMINERS.has(toks[p].l) && !PREPOSITIONS.has(toks[p].l) && /^[a-z-]+$/.test(toks[p].l) && toks[p].l.length > 3) {
      let a = p;
      while (a > 0 && a > p - 5 && !toks[a - 1].punct && (toks[a - 1].cap || /^[a-z-]+$/.test(toks[a - 1].l)) && !DETERMINERS.has(toks[a - 1].l) && !PREPOSITIONS.has(toks[a - 1].l)) a--;
      this.describe(toks[p].l, run.name, run.s, this.text.slice(toks[a].s, toks[p].e));
    }
    // an apposition after: "Lakhdar Brahimi, the U.N.'s envoy for the Syrian crisis,"
    const c = run.j;
    if (c + 2 < toks.length && toks[c].t === ',' && DETERMINERS.has(toks[c + 1].l)) {
      let k = c + 1, head = -1;
      while (k < toks.length && k < c + 14 && !toks[k].punct) {
        if (PREPOSITIONS.has(toks[k].l) || toks[k].l === 'who' || toks[k].l === 'which') break;
        if (!toks[k].cap || toks[k].l.length > 1) head = k;
        k++;
      }
      let end = k;
      while (end < toks.length && end < c + 16 && !toks[end].punct) end++;
      if (head > c + 1) this.describe(toks[head].l, run.name, run.s, this.text.slice(toks[c + 1].s, toks[end - 1].e));
    }
  }

  /** The name last described by this head noun before `pos` ("the envoy" -> "Lakhdar Brahimi"). */
  byDescription(head: string, pos: number): string | undefined {
    const list = this.described.get(head.toLowerCase());
    if (!list) return undefined;
    let best: string | undefined;
    for (const d of list) if (d.pos <= pos || !best) best = d.name;
    return best && this.canonical(best);
  }
}
