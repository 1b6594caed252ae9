/**
 * Builds what the side panel shows (`PanelModel`) from the corpus index's groups: line numbers, snippets,
 * file names, and the order (duplicate groups by reach). Pure: no `vscode` import.
 */
import type { FigureComparison } from '../../core/corpus/figureCompare';
import type { DuplicateGroup, Passage, QuoteVariantGroup } from '../../core/types';
import { lineOf, lineStarts } from '../../core/text/offsets';
import type { DuplicateGroupView, FigureComparisonView, PanelModel, PassageView, VariantGroupView } from './messages';
import type { PanelSource } from './source';

/** Longest snippet shown for a passage, in UTF-16 units, before an ellipsis. */
export const SNIPPET_MAX = 180;
/** Longest sentence shown around a figure: short enough for the figure to stay in view. */
export const FIGURE_CONTEXT_MAX = 110;

/** Reads the index's texts; one per panel update, so line starts are computed once per file. */
export class PassageReader {
  private starts = new Map<string, number[]>();

  constructor(
    private readonly textOf: (file: string) => string | undefined,
    private readonly nameOf: (file: string) => string = baseName,
  ) {}

  /** The passage with its line and a snippet of its own text, or of its sentence with `inSentence`. */
  view(p: Passage, inSentence = false): PassageView {
    const text = this.textOf(p.file) ?? '';
    let starts = this.starts.get(p.file);
    if (!starts) this.starts.set(p.file, (starts = lineStarts(text)));
    return {
      file: p.file,
      start: p.start,
      end: p.end,
      name: this.nameOf(p.file),
      line: lineOf(starts, p.start) + 1,
      snippet: inSentence ? sentenceSnippet(text, p.start, p.end) : snippet(text.slice(p.start, p.end)),
    };
  }
}

/** The last segment of a path or URI, percent-decoded when it is encoded. */
export function baseName(file: string): string {
  const last = file.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? file;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Whitespace collapsed, cut at a word boundary near `max` with an ellipsis. */
export function snippet(text: string, max = SNIPPET_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.\-–—]+$/, '') + '…';
}

/**
 * The sentence around a span (a figure), on one line, trimmed to about `max` around the span with ellipses
 * when the sentence is longer.
 */
export function sentenceSnippet(text: string, start: number, end: number, max = FIGURE_CONTEXT_MAX): string {
  const windowStart = Math.max(0, start - 400);
  const boundary = /[.!?][”"’)]*\s+|\n/g;
  let from = windowStart;
  for (let m; (m = boundary.exec(text.slice(windowStart, start))); ) from = windowStart + m.index + m[0].length;
  const close = /[.!?][”"’)]*(?=\s|$)|\n/.exec(text.slice(end, end + 400));
  const to = close ? end + close.index + (close[0] === '\n' ? 0 : close[0].length) : Math.min(text.length, end + 400);
  let a = from, b = to;
  if (b - a > max) {
    a = Math.max(from, start - Math.floor(Math.max(0, max - (end - start)) / 2));
    b = Math.min(to, a + Math.max(max, end - start));
    // Cut at word boundaries, never into the figure.
    const space = text.slice(a, start).search(/\s/);
    if (a > from && space >= 0) a += space + 1;
    const last = text.slice(end, b).search(/\s\S*$/);
    if (b < to && last >= 0) b = end + last;
  }
  const body = text.slice(a, b).replace(/\s+/g, ' ').trim();
  return (a > from ? '…' : '') + body + (b < to ? '…' : '');
}

function byPosition(a: PassageView, b: PassageView): number {
  return a.name.localeCompare(b.name) || a.start - b.start;
}

/** Duplicate groups (two passages or more), widest reach first: distinct files, then passages, then similarity. */
export function duplicateViews(groups: readonly DuplicateGroup[], reader: PassageReader): DuplicateGroupView[] {
  const views = groups.filter(g => g.passages.length >= 2).map(g => {
    const passages = g.passages.map(p => reader.view(p)).sort(byPosition);
    return {
      id: '',
      similarity: Math.round(Math.max(0, Math.min(1, g.similarity)) * 100),
      kind: g.kind,
      files: new Set(passages.map(p => p.file)).size,
      passages,
    };
  });
  views.sort((a, b) =>
    b.files - a.files ||
    b.passages.length - a.passages.length ||
    b.similarity - a.similarity ||
    byPosition(a.passages[0], b.passages[0]));
  views.forEach((v, i) => (v.id = `dup-${i}`));
  return views;
}

/** Quote-variant groups (two quotes or more) by speaker name (unattributed last), then by size. */
export function variantViews(groups: readonly QuoteVariantGroup[], reader: PassageReader): VariantGroupView[] {
  const views = groups.filter(g => g.quotes.length >= 2).map(g => ({
    id: '',
    speaker: g.speaker,
    quotes: g.quotes.map(p => reader.view(p)).sort(byPosition),
  }));
  views.sort((a, b) =>
    (a.speaker === null ? 1 : 0) - (b.speaker === null ? 1 : 0) ||
    (a.speaker ?? '').localeCompare(b.speaker ?? '') ||
    b.quotes.length - a.quotes.length ||
    byPosition(a.quotes[0], b.quotes[0]));
  views.forEach((v, i) => (v.id = `var-${i}`));
  return views;
}

/** Figure comparisons in the comparer's order (disagreements first), each entry with its sentence. */
export function figureViews(comparisons: readonly FigureComparison[], reader: PassageReader): FigureComparisonView[] {
  return comparisons.map((c, i) => ({
    id: `fig-${i}`,
    topic: c.topic,
    unit: c.unit,
    disagree: c.disagree,
    summary: c.summary,
    entries: c.entries.map(e => ({ ...reader.view(e, true), text: e.text, reading: e.reading })),
  }));
}

/** Everything the panel lists, from the index's current groups. */
export function panelModel(source: Pick<PanelSource, 'textOf' | 'duplicates' | 'quoteVariants' | 'figures'>): PanelModel {
  const reader = new PassageReader(f => source.textOf(f));
  return {
    duplicates: duplicateViews(source.duplicates(), reader),
    variants: variantViews(source.quoteVariants(), reader),
    figures: figureViews(source.figures(), reader),
  };
}
