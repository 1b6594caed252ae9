/**
 * The extension host's read-only view of the corpus index, which lives in the worker: the last snapshot the
 * worker sent (duplicate groups, quote variants, figure comparisons, and the rev of each file's text they were
 * computed from). Everything read through it is checked against the rev of the text the host holds now: a
 * passage of a file whose text changed since is never shown (it waits for the next snapshot). Reads are cheap
 * and synchronous (decorations, the status bar, the side panel); a file's passages are grouped once per snapshot.
 */
import type { FigureComparison } from '../core/corpus/figureCompare';
import type { DuplicateGroup, Passage, QuoteVariantGroup, Span } from '../core/types';
import type { IndexSnapshot } from '../worker/protocol';

export class CorpusView {
  private revs = new Map<string, number>();
  private seq = -1;
  private dups: DuplicateGroup[] = [];
  private variants: QuoteVariantGroup[] = [];
  private figs: FigureComparison[] = [];
  private spans: Map<string, Span[]> | undefined;
  private current: { dups: DuplicateGroup[]; variants: QuoteVariantGroup[]; figs: FigureComparison[] } | undefined;

  /** `revOf`: the rev of the text the host holds for a file now (undefined when it holds none). */
  constructor(private readonly revOf: (file: string) => number | undefined) {}

  /** Whether a snapshot has arrived yet. */
  get ready(): boolean {
    return this.seq >= 0;
  }

  /** The last index change the view reflects. */
  get snapshotSeq(): number {
    return this.seq;
  }

  apply(s: IndexSnapshot): void {
    if (s.seq < this.seq) return;
    this.seq = s.seq;
    this.revs = new Map(s.revs);
    if (s.duplicates) { this.dups = s.duplicates; this.spans = undefined; }
    if (s.quoteVariants) this.variants = s.quoteVariants;
    if (s.figures) this.figs = s.figures;
    this.current = undefined;
  }

  /** The host's texts changed: recheck which results are current on the next read. */
  invalidate(): void {
    this.current = undefined;
  }

  /** Files in the index, as of the snapshot. */
  files(): string[] {
    return [...this.revs.keys()].sort();
  }

  has(file: string): boolean {
    return this.revs.has(file);
  }

  /** Whether the view's results for a file were computed from the text the host holds now. */
  isCurrent(file: string): boolean {
    const rev = this.revs.get(file);
    return rev !== undefined && rev === this.revOf(file);
  }

  /** The passages of a file that stand elsewhere too, in order; none while the file's results are out of date. */
  spansOf(file: string): readonly Span[] {
    if (!this.isCurrent(file)) return [];
    if (!this.spans) {
      this.spans = new Map();
      for (const g of this.dups) {
        for (const p of g.passages) {
          let list = this.spans.get(p.file);
          if (!list) this.spans.set(p.file, (list = []));
          list.push({ start: p.start, end: p.end });
        }
      }
      for (const list of this.spans.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
    }
    return this.spans.get(file) ?? [];
  }

  /** Duplicate groups, without passages in files whose text changed since (groups left with one passage go). */
  duplicates(): DuplicateGroup[] {
    return this.currentResults().dups;
  }

  quoteVariants(): QuoteVariantGroup[] {
    return this.currentResults().variants;
  }

  figures(): FigureComparison[] {
    return this.currentResults().figs;
  }

  private currentResults(): { dups: DuplicateGroup[]; variants: QuoteVariantGroup[]; figs: FigureComparison[] } {
    if (this.current) return this.current;
    const stale = new Set<string>();
    for (const file of this.revs.keys()) if (!this.isCurrent(file)) stale.add(file);
    if (!stale.size) return (this.current = { dups: this.dups, variants: this.variants, figs: this.figs });
    const ok = (p: Passage) => !stale.has(p.file);
    const dups: DuplicateGroup[] = [];
    for (const g of this.dups) {
      if (g.passages.every(ok)) dups.push(g);
      else { const passages = g.passages.filter(ok); if (passages.length >= 2) dups.push({ ...g, passages }); }
    }
    const variants: QuoteVariantGroup[] = [];
    for (const g of this.variants) {
      if (g.quotes.every(ok) && (g.paraphrases ?? []).every(ok)) variants.push(g);
      else {
        const quotes = g.quotes.filter(ok), paraphrases = g.paraphrases?.filter(ok);
        if (quotes.length >= 2) variants.push(paraphrases?.length ? { ...g, quotes, paraphrases } : { speaker: g.speaker, quotes });
      }
    }
    // a comparison's agreement and summary were worked out over all its entries: keep only whole ones
    const figs = this.figs.filter(c => c.entries.every(ok));
    return (this.current = { dups, variants, figs });
  }
}
