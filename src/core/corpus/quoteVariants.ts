/**
 * Quote variants: quotes in different files that report the same utterance in different words ("There is
 * no possibility to change this position" / "There is no possibility of changing this position"). Two
 * quotes are variants when their speakers share the last name token and they share at least 40% of the
 * content words of the shorter one (at least two), compared by a crude stem (suffix stripped, first five
 * letters: "publically" = "publicly", "planning" = "plans"). Variants are grouped transitively.
 */
import type { DocumentAnalysis, QuoteVariantGroup } from '../types';
import { canonicalWord } from './normalize';
import { FUNCTION_WORDS } from './functionWords';

export interface QuoteEntry {
  start: number;
  end: number;
  speaker: string;
  key: string;
  terms: string[];
}

const MIN_SHARED = 2;
const SHARE = 0.4;
const STEM_LENGTH = 5;

function stem(word: string): string {
  let w = word.replace(/(?:ations?|ingly|edly|ing|ed|ly|ies|es|s|ment|ments)$/, '');
  if (w.length < 3) w = word;
  if (/([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  return w.slice(0, STEM_LENGTH);
}

/** Content stems of a quote's text, each once. */
export function contentTerms(text: string): string[] {
  const out = new Set<string>();
  for (const raw of text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []) {
    const w = canonicalWord(raw);
    if (w.length < 2 || FUNCTION_WORDS.has(w)) continue;
    out.add(stem(w));
  }
  return [...out];
}

/** The comparison key of a speaker name: its last name token, lower case. */
export function speakerKey(name: string): string {
  const tokens = name.toLowerCase().replace(/['’]s$/, '').match(/\p{L}+/gu) ?? [];
  return tokens.length ? tokens[tokens.length - 1] : '';
}

/** What the variant finder needs from a document's analysis. */
export function quoteEntries(analysis: DocumentAnalysis): QuoteEntry[] {
  const out: QuoteEntry[] = [];
  for (const q of analysis.quotes) {
    const speaker = q.speaker?.name;
    if (!speaker) continue;
    const key = speakerKey(speaker);
    const terms = contentTerms(q.text);
    if (key && terms.length >= MIN_SHARED) out.push({ start: q.start, end: q.end, speaker, key, terms });
  }
  return out;
}

interface Ref { file: string; q: QuoteEntry }

export function variantGroups(docs: readonly { file: string; quotes: readonly QuoteEntry[] }[]): QuoteVariantGroup[] {
  const buckets = new Map<string, Ref[]>();
  for (const d of docs) {
    for (const q of d.quotes) {
      let b = buckets.get(q.key);
      if (!b) buckets.set(q.key, (b = []));
      b.push({ file: d.file, q });
    }
  }
  const groups: QuoteVariantGroup[] = [];
  for (const refs of buckets.values()) {
    if (refs.length < 2) continue;
    const parent = refs.map((_, i) => i);
    const find = (x: number): number => { while (parent[x] !== x) x = parent[x] = parent[parent[x]]; return x; };
    const byTerm = new Map<string, number[]>();
    refs.forEach((r, i) => { for (const t of r.q.terms) { let l = byTerm.get(t); if (!l) byTerm.set(t, (l = [])); l.push(i); } });
    refs.forEach((r, i) => {
      const shared = new Map<number, number>();
      for (const t of r.q.terms) for (const j of byTerm.get(t) as number[]) if (j > i && refs[j].file !== r.file) shared.set(j, (shared.get(j) ?? 0) + 1);
      for (const [j, n] of shared) {
        const need = Math.max(MIN_SHARED, SHARE * Math.min(r.q.terms.length, refs[j].q.terms.length));
        if (n >= need) parent[find(j)] = find(i);
      }
    });
    const comps = new Map<number, Ref[]>();
    refs.forEach((r, i) => { const c = find(i); let l = comps.get(c); if (!l) comps.set(c, (l = [])); l.push(r); });
    for (const members of comps.values()) {
      if (new Set(members.map(m => m.file)).size < 2) continue;
      members.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.q.start - y.q.start));
      const speaker = members.map(m => m.q.speaker).reduce((best, s) => (s.length > best.length ? s : best));
      groups.push({ speaker, quotes: members.map(m => ({ file: m.file, start: m.q.start, end: m.q.end })) });
    }
  }
  return groups.sort((g, h) => h.quotes.length - g.quotes.length || (g.speaker ?? '').localeCompare(h.speaker ?? '') || g.quotes[0].file.localeCompare(h.quotes[0].file) || g.quotes[0].start - h.quotes[0].start);
}
