/**
 * What the side panel shows (`PanelModel`) from the index's groups: each section filtered to the active file
 * when asked, put in order (duplicate groups by reach, quote variants by speaker, figures disagreements
 * first), cut to `GROUP_LIMIT`, and only then turned into views, so the cost follows what is shown and not
 * the size of the corpus. Pure: no `vscode` import.
 */
import type { FigureComparison } from '../../core/corpus/figureCompare';
import type { DuplicateGroup, Passage, QuoteVariantGroup } from '../../core/types';
import {
  GROUP_LIMIT,
  PASSAGES_PER_FILE,
  type DuplicateGroupView,
  type FileChoice,
  type PanelSearch,
  type FigureComparisonView,
  type PanelModel,
  type SectionCount,
  type VariantGroupView,
} from './messages';
import type { PassageReader } from './reader';
import { baseName } from './snippets';
import type { PanelSource } from './source';

export interface ModelOptions {
  /** Keep only the groups with a passage in this file (the "this file only" filter); null keeps all. */
  onlyFile: string | null;
  limit?: number;
  /** The panel's search box and speaker / file filters. */
  search?: PanelSearch;
  /** The text of a file, for the search box (matching the passages' own words). */
  textOf?: (file: string) => string | undefined;
}

/** Whether a group passes the search: its passages' text or its label contains the query; it has a passage in the file. */
function searched(passages: readonly Passage[], label: string, options: ModelOptions): boolean {
  const s = options.search;
  if (!s) return true;
  if (s.file !== null && !passages.some(p => p.file === s.file)) return false;
  if (!s.query) return true;
  const q = s.query.toLowerCase();
  if (label.toLowerCase().includes(q)) return true;
  return passages.some(p => options.textOf?.(p.file)?.slice(p.start, p.end).replace(/\s+/g, ' ').toLowerCase().includes(q));
}

const names = new Map<string, string>();
function nameOf(file: string): string {
  let name = names.get(file);
  if (name === undefined) {
    if (names.size > 50_000) names.clear();
    names.set(file, (name = baseName(file)));
  }
  return name;
}

/** By file name then offset: a stable tie-break between groups and the order inside one. */
function byPosition(a: Passage, b: Passage): number {
  const x = nameOf(a.file), y = nameOf(b.file);
  return x < y ? -1 : x > y ? 1 : a.start - b.start;
}

/** The first passage in that order, without sorting them all. */
function firstOf<P extends Passage>(passages: readonly P[]): P {
  let first = passages[0];
  for (const p of passages) if (byPosition(p, first) < 0) first = p;
  return first;
}

/** The passages a group lists, in order: at most PASSAGES_PER_FILE per file; `more` counts the others. */
function listed<P extends Passage>(passages: readonly P[], order = true): { list: P[]; more?: number } {
  const perFile = new Map<string, number>();
  const list: P[] = [];
  for (const p of order ? [...passages].sort(byPosition) : passages) {
    const n = perFile.get(p.file) ?? 0;
    perFile.set(p.file, n + 1);
    if (n < PASSAGES_PER_FILE) list.push(p);
  }
  return list.length < passages.length ? { list, more: passages.length - list.length } : { list };
}

/** Filter, count, order and cut one section's groups. */
function select<G>(
  groups: readonly G[],
  passagesOf: (g: G) => readonly Passage[],
  order: ((a: G, b: G) => number) | null,
  options: ModelOptions,
  labelOf: (g: G) => string = () => '',
  keep: (g: G) => boolean = () => true,
): { shown: G[]; count: SectionCount } {
  const all = groups.filter(g => passagesOf(g).length >= 2);
  const only = options.onlyFile;
  const matching = all.filter(g => (only === null || passagesOf(g).some(p => p.file === only)) && keep(g) && searched(passagesOf(g), labelOf(g), options));
  const ordered = order ? [...matching].sort(order) : matching;
  return { shown: ordered.slice(0, options.limit ?? GROUP_LIMIT), count: { all: all.length, matching: matching.length } };
}

const similarity = (g: DuplicateGroup) => Math.round(Math.max(0, Math.min(1, g.similarity)) * 100);
const fileCount = (passages: readonly Passage[]) => new Set(passages.map(p => p.file)).size;

/** Duplicate groups (two passages or more), widest reach first: distinct files, then passages, then similarity. */
export function duplicateViews(groups: readonly DuplicateGroup[], reader: PassageReader, options: ModelOptions) {
  const reach = new Map(groups.map(g => [g, { files: fileCount(g.passages), first: firstOf(g.passages) }]));
  const { shown, count } = select(groups, g => g.passages, (a, b) =>
    reach.get(b)!.files - reach.get(a)!.files ||
    b.passages.length - a.passages.length ||
    similarity(b) - similarity(a) ||
    byPosition(reach.get(a)!.first, reach.get(b)!.first), options);
  const views: DuplicateGroupView[] = shown.map((g, i) => {
    const { list, more } = listed(g.passages);
    const view: DuplicateGroupView = { id: `dup-${i}`, similarity: similarity(g), kind: g.kind, files: reach.get(g)!.files, passages: list.map(p => reader.view(p)) };
    if (more) view.more = more;
    return view;
  });
  return { views, count };
}

/** Quote-variant groups (two quotes or more) by speaker name (unattributed last), then by size. */
export function variantViews(groups: readonly QuoteVariantGroup[], reader: PassageReader, options: ModelOptions) {
  const first = new Map(groups.map(g => [g, firstOf(g.quotes)]));
  // a group's paraphrases count for the filters and the search (a group reported in this file is in this file)
  const passagesOf = (g: QuoteVariantGroup): readonly Passage[] => (g.paraphrases?.length ? [...g.quotes, ...g.paraphrases] : g.quotes);
  const { shown, count } = select(groups, passagesOf, (a, b) =>
    (a.speaker === null ? 1 : 0) - (b.speaker === null ? 1 : 0) ||
    (a.speaker ?? '').localeCompare(b.speaker ?? '') ||
    b.quotes.length - a.quotes.length ||
    byPosition(first.get(a)!, first.get(b)!), options, g => g.speaker ?? '',
    g => !options.search?.speaker || g.speaker === options.search.speaker);
  const views: VariantGroupView[] = shown.map((g, i) => {
    const { list, more } = listed(g.quotes);
    const view: VariantGroupView = { id: `var-${i}`, speaker: g.speaker, quotes: list.map(p => reader.view(p)) };
    if (more) view.more = more;
    if (g.paraphrases?.length) {
      const reported = listed(g.paraphrases);
      view.paraphrases = reported.list.map(p => reader.view(p));
      if (reported.more) view.moreParaphrases = reported.more;
    }
    return view;
  });
  return { views, count };
}

/** Figure comparisons in the comparer's order (disagreements first), each entry with its sentence. */
export function figureViews(comparisons: readonly FigureComparison[], reader: PassageReader, options: ModelOptions) {
  const { shown, count } = select(comparisons, c => c.entries, null, options, c => `${c.topic} ${c.unit ?? ''} ${c.summary}`);
  const views: FigureComparisonView[] = shown.map((c, i) => {
    const { list, more } = listed(c.entries, false);
    const view: FigureComparisonView = {
      id: `fig-${i}`,
      topic: c.topic,
      unit: c.unit,
      disagree: c.disagree,
      summary: c.summary,
      entries: list.map(e => ({ ...reader.view(e, true), text: e.text, reading: e.reading })),
    };
    if (more) view.more = more;
    return view;
  });
  return { views, count };
}

/** Everything the panel lists, from the index's current groups. */
export function panelModel(
  source: Pick<PanelSource, 'duplicates' | 'quoteVariants' | 'figures'>,
  reader: PassageReader,
  options: ModelOptions,
): PanelModel {
  const duplicates = duplicateViews(source.duplicates(), reader, options);
  const variants = variantViews(source.quoteVariants(), reader, options);
  const figures = figureViews(source.figures(), reader, options);
  return {
    duplicates: duplicates.views,
    variants: variants.views,
    figures: figures.views,
    counts: { duplicates: duplicates.count, variants: variants.count, figures: figures.count },
    ...choices(source),
  };
}

/** The filters' choices: the speakers with quote variants, the files in any group. */
function choices(source: Pick<PanelSource, 'duplicates' | 'quoteVariants' | 'figures'>): { speakers: string[]; files: FileChoice[] } {
  const speakers = new Set<string>();
  const files = new Set<string>();
  for (const g of source.quoteVariants()) { if (g.speaker) speakers.add(g.speaker); for (const p of g.quotes) files.add(p.file); for (const p of g.paraphrases ?? []) files.add(p.file); }
  for (const g of source.duplicates()) for (const p of g.passages) files.add(p.file);
  for (const c of source.figures()) for (const e of c.entries) files.add(e.file);
  return {
    speakers: [...speakers].sort((a, b) => a.localeCompare(b)),
    files: [...files].sort((a, b) => nameOf(a).localeCompare(nameOf(b))).map(file => ({ file, name: nameOf(file) })),
  };
}
