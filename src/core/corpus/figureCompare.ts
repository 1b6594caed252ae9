/**
 * The same quantity reported by different articles, side by side, and whether they agree: "004: tens of
 * thousands; 000, 001: over 45,000" for the death toll of one conflict. Figures are matched by what they count
 * (their unit, or a topic such as the death toll read from the words around them: "lives", "killed", "death
 * toll") and, for ordinary units, by the same value or the same surrounding words. People's ages and small exact counts
 * ("a one-day trip") are left out: a reader compares the quantities a story reports. Pure: no Node API.
 */
import type { Figure } from '../types';
import { formatReading, pluralUnit } from '../figures/describe';
import { isStopWord } from '../figures/units';
import { vagueBounds } from '../figures/vague';
import { isNumberWord, PLURAL_SCALES } from '../figures/numberWords';

export interface FigureEntry {
  file: string;
  start: number;
  end: number;
  text: string;
  value: number | null;
  approximate: boolean;
  unit: string | null;
  /** The reading as the article words it ("over 45,000", "tens of thousands"). */
  reading: string;
}

export interface FigureComparison {
  /** What is counted ("death toll", "refugees", "months"). */
  topic: string;
  unit: string | null;
  entries: FigureEntry[];
  /** The articles give different readings. */
  disagree: boolean;
  /** "004: tens of thousands; 000, 001: over 45,000". */
  summary: string;
}

export interface FigureDoc {
  file: string;
  text: string;
  figures: readonly Figure[];
}

/** Topics recognised from the words around a figure; casualty topics compare headline-size counts only. */
const TOPICS: readonly { topic: string; units: readonly string[]; words: readonly string[]; casualty: boolean }[] = [
  { topic: 'death toll', units: ['life', 'death', 'fatality', 'casualty', 'body'], words: ['killed', 'kill', 'killing', 'dead', 'death', 'deaths', 'died', 'lives', 'casualties', 'fatalities', 'toll', 'slain', 'massacred'], casualty: true },
  { topic: 'injured', units: ['injury'], words: ['wounded', 'injured', 'injuries', 'hurt'], casualty: true },
  { topic: 'refugees', units: ['refugee', 'migrant', 'asylum-seeker'], words: ['refugees', 'refugee', 'displaced', 'fled'], casualty: false },
];
/** A count of at least this size is a headline figure (a toll, not one incident's victims). */
const HEADLINE = 1000;
/** Cues that a casualty figure is a running total ("has claimed", "so far", "death toll"). */
const CUMULATIVE = /\b(?:has|have|had)\s+(?:(?!been\b)\w+\s+){0,2}(?:killed|claimed|left)\b|\btoll\b|\bso far\b|\bin total\b|\bsince\b/;
/** Kinds whose unit says what they are: never given a topic from the words around them. */
const OWN_UNIT = new Set(['duration', 'age', 'percent', 'money', 'fraction']);
const SIMILAR = 0.25;

/** The words of the sentence around a figure, without the figure itself, lower case. */
function sentenceWindow(text: string, start: number, end: number): string {
  let a = Math.max(0, start - 140), b = Math.min(text.length, end + 80);
  const before = text.slice(a, start), after = text.slice(end, b);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('! '), before.lastIndexOf('? '));
  if (cut >= 0) a += cut + 1;
  const stop = after.search(/[.!?](?:\s|$)|\n/);
  if (stop >= 0) b = end + stop;
  return (text.slice(a, start) + ' ' + text.slice(end, b)).toLowerCase();
}

interface Item {
  doc: number;
  fig: Figure;
  key: string;
  topic: string;
  words: Set<string>;
  /** Casualty-topic items are compared without looking at their words. */
  headline: boolean;
}

function magnitude(f: Figure): number {
  if (f.value !== null) return Math.abs(f.value);
  if (f.range) return Math.abs(f.range[1]);
  return vagueBounds(f.text)?.[0] ?? 0;
}

/** Counts and durations below this, said exactly, are details of a sentence ("a one-day trip", "two places"), not a story's figures. */
const TRIVIAL_BELOW = 3;

/**
 * A figure a reader would compare across sources: not a person's age ("Scott, 43,", "the 40-year-old officer"), not a
 * small exact count or duration ("one-day" trips, "two places").
 */
function comparable(f: Figure): boolean {
  if (f.kind === 'age' && f.unit === 'year') return false;
  const small = f.value !== null && Math.abs(f.value) < TRIVIAL_BELOW && !f.approximate;
  return !(small && (f.kind === 'count' || f.kind === 'duration'));
}

function itemOf(doc: number, text: string, f: Figure): Item | null {
  if (!comparable(f)) return null;
  const ctx = sentenceWindow(text, f.start, f.end);
  const words = new Set((ctx.match(/[a-z][a-z'-]+/g) ?? []).filter(w => !isStopWord(w) && w.length > 2 && !isNumberWord(w) && !(w in PLURAL_SCALES)));
  for (const t of TOPICS) {
    const byUnit = f.unit !== null && t.units.includes(f.unit);
    if (!byUnit && (OWN_UNIT.has(f.kind ?? 'count') || !t.words.some(w => words.has(w)))) continue;
    if (!t.casualty && !byUnit && f.unit !== null) continue;
    const headline = t.casualty && (magnitude(f) >= HEADLINE || CUMULATIVE.test(ctx));
    if (t.casualty && !headline) return null;
    for (const w of t.words) words.delete(w);
    return { doc, fig: f, key: 'topic:' + t.topic, topic: t.topic, words, headline };
  }
  if (!f.unit || f.kind === 'fraction') return null;
  const topic = f.unit === 'percent' || /^[A-Z]{3}$/.test(f.unit) ? f.unit : pluralUnit(f.unit);
  words.delete(f.unit); words.delete(pluralUnit(f.unit));
  return { doc, fig: f, key: 'unit:' + f.unit, topic, words, headline: false };
}

function sharedWords(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared;
}

/** Same reading and a shared word, or a quarter of the words shared (at least three). */
function linked(a: Set<string>, b: Set<string>, sameReading: boolean): boolean {
  const shared = sharedWords(a, b);
  if (sameReading) return shared >= 1;
  return shared >= 3 && shared / (a.size + b.size - shared) >= SIMILAR;
}

const readingOf = (f: Figure): string => formatReading(f, false, true);

/** Short labels for files: "004" for "004_42d87ab533acdf14.txt" when unambiguous, else the base name. */
function labels(files: readonly string[]): string[] {
  const base = files.map(f => f.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, ''));
  const short = base.map(b => /^(\d+)[_-]/.exec(b)?.[1] ?? b);
  return new Set(short).size === short.length ? short : base;
}

/** "004: tens of thousands; 000, 001: over 45,000" — readings given by fewer articles first. */
function summarise(entries: readonly { label: string; reading: string }[]): string {
  const byReading = new Map<string, string[]>();
  for (const e of entries) {
    const l = byReading.get(e.reading) ?? [];
    if (!l.includes(e.label)) l.push(e.label);
    byReading.set(e.reading, l);
  }
  return [...byReading].sort((a, b) => a[1].length - b[1].length || (a[1][0] < b[1][0] ? -1 : 1))
    .map(([reading, ls]) => `${ls.join(', ')}: ${reading}`).join('; ');
}

/** Two articles tell the same story when this share of their capitalised words (names, places) is common. */
const SAME_STORY = 0.2;

/** The capitalised words of an article (names, places, bodies), lower case. */
function storyWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b[A-Z][a-z]{3,}\b/g)) out.add(m[0].toLowerCase());
  return out;
}

/** Whether two articles tell the same story, memoised per pair. */
function storyRelation(docs: readonly FigureDoc[]): (a: number, b: number) => boolean {
  const words: (Set<string> | undefined)[] = [];
  const memo = new Map<number, boolean>();
  const of = (i: number): Set<string> => (words[i] ??= storyWords(docs[i].text));
  return (a, b) => {
    const key = Math.min(a, b) * docs.length + Math.max(a, b);
    let r = memo.get(key);
    if (r === undefined) {
      const x = of(a), y = of(b), shared = sharedWords(x, y);
      // too few names to tell (a short note, a fragment): compare
      r = x.size < 3 || y.size < 3 || shared / (x.size + y.size - shared) >= SAME_STORY;
      memo.set(key, r);
    }
    return r;
  };
}

/** A context word in more items than this links nothing (too common to tell quantities apart). */
const MAX_POSTINGS = 50;

/**
 * Union-find over item indices. Two items of one key in articles telling the same story are linked when both
 * are headline casualty figures, or when they share a context word and either read the same or share a quarter
 * of their words. Candidates come from an inverted index of context words, so the work stays near linear.
 */
function groupsOf(items: readonly Item[], related: (a: number, b: number) => boolean): number[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]]; i = parent[i]; } return i; };
  const union = (a: number, b: number): void => { parent[find(a)] = find(b); };
  const headline = new Map<string, number[]>();
  const postings = new Map<string, number[]>();
  items.forEach((it, i) => {
    if (it.headline) {
      const h = headline.get(it.key) ?? [];
      for (const j of h) if (items[j].doc !== it.doc && related(items[j].doc, it.doc)) union(i, j);
      h.push(i); headline.set(it.key, h);
    }
    for (const w of it.words) { const k = it.key + '\u0000' + w; const l = postings.get(k) ?? []; l.push(i); postings.set(k, l); }
  });
  const readings = items.map(it => readingOf(it.fig));
  items.forEach((a, i) => {
    const seen = new Set<number>();
    for (const w of a.words) {
      const l = postings.get(a.key + '\u0000' + w)!;
      if (l.length > MAX_POSTINGS) continue;
      for (const j of l) {
        if (j <= i || seen.has(j) || items[j].doc === a.doc) continue;
        seen.add(j);
        if (!related(a.doc, items[j].doc)) continue;
        if (linked(a.words, items[j].words, readings[i] === readings[j])) union(i, j);
      }
    }
  });
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => { const r = find(i); const l = groups.get(r) ?? []; l.push(i); groups.set(r, l); });
  return [...groups.values()];
}

/**
 * Quantities reported by more than one article, disagreements first. `docs` are the analysed documents of a
 * workspace with their texts.
 */
export function compareFigures(docs: readonly FigureDoc[]): FigureComparison[] {
  const items: Item[] = [];
  docs.forEach((d, i) => { for (const f of d.figures) { const it = itemOf(i, d.text, f); if (it) items.push(it); } });
  const label = labels(docs.map(d => d.file));
  const out: FigureComparison[] = [];
  for (const g of groupsOf(items, storyRelation(docs))) {
    const members = g.map(i => items[i]).sort((a, b) => a.doc - b.doc || a.fig.start - b.fig.start);
    if (new Set(members.map(m => m.doc)).size < 2) continue;
    const entries: FigureEntry[] = members.map(m => ({
      file: docs[m.doc].file, start: m.fig.start, end: m.fig.end, text: m.fig.text, value: m.fig.value,
      approximate: !!m.fig.approximate, unit: m.fig.unit, reading: readingOf(m.fig),
    }));
    const disagree = new Set(entries.map(e => e.reading)).size > 1;
    const summary = summarise(members.map((m, k) => ({ label: label[m.doc], reading: entries[k].reading })));
    const units = [...new Set(entries.map(e => e.unit).filter((u): u is string => u !== null))];
    out.push({ topic: members[0].topic, unit: units.length === 1 ? units[0] : members[0].fig.unit, entries, disagree, summary });
  }
  return out.sort((a, b) => Number(b.disagree) - Number(a.disagree) || b.entries.length - a.entries.length || (a.topic < b.topic ? -1 : 1));
}

/** The comparison a figure of `file` at `start` belongs to (for its hover), if any. */
export function comparisonFor(comparisons: readonly FigureComparison[], file: string, start: number): FigureComparison | undefined {
  return comparisons.find(c => c.entries.some(e => e.file === file && e.start === start));
}
