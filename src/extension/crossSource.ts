/**
 * What other articles say: figure comparisons over the workspace (computed in the worker with the corpus index,
 * read from its last snapshot), and the one name a person goes by across the workspace (src/core/people/workspace.ts),
 * which every part of the editor shows: hovers, outline, Find All References, quick picks, the panel, the CSV.
 */
import type * as vscode from 'vscode';
import { comparisonFor, type FigureComparison } from '../core/corpus/figureCompare';
import type { Passage, QuoteVariantGroup, Span } from '../core/types';
import { peopleOf, type PeopleIndex } from '../core/people';
import type { Articles } from './articles';

export class CrossSource implements vscode.Disposable {
  private peopleIndex: PeopleIndex | undefined;
  /** The index's quote-variant groups with their speakers by workspace name, per snapshot of the groups. */
  private variants: { from: readonly QuoteVariantGroup[]; groups: QuoteVariantGroup[] } | undefined;
  private readonly sub: vscode.Disposable;

  constructor(private readonly articles: Articles) {
    this.sub = articles.onDidChange(() => { this.peopleIndex = undefined; this.variants = undefined; });
  }

  /** One person across the workspace's articles (src/core/people/workspace.ts). */
  get people(): PeopleIndex {
    return (this.peopleIndex ??= peopleOf(this.articles.all().map(a => a.analysis)));
  }

  /**
   * The name a speaker goes by across the workspace: an article that only says "Lavrov" shows "Sergei Lavrov" when
   * other articles name him so, and "Sergey Lavrov" shows as the form most articles use.
   */
  fullName(name: string): string {
    return this.people.canonical(name);
  }

  /** The index's quote-variant groups, each under its speaker's workspace name. */
  quoteVariants(): readonly QuoteVariantGroup[] {
    const from = this.articles.corpusNow?.quoteVariants() ?? [];
    if (this.variants?.from !== from) {
      this.variants = { from, groups: from.map(g => (g.speaker ? { ...g, speaker: this.fullName(g.speaker) } : g)) };
    }
    return this.variants.groups;
  }

  figures(): FigureComparison[] {
    return this.articles.corpusNow?.figures() ?? [];
  }

  figureAt(file: string, start: number): FigureComparison | undefined {
    return comparisonFor(this.figures(), file, start);
  }

  /** The other renderings of a quote across the workspace (its quote-variant group, less itself), in file order. */
  variantsOf(file: string, quote: Span): Passage[] {
    const overlaps = (p: Passage) => p.file === file && p.start < quote.end && quote.start < p.end;
    const group = this.quoteVariants().find(g => g.quotes.some(overlaps));
    return group ? group.quotes.filter(p => !overlaps(p)).sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start) : [];
  }

  dispose(): void {
    this.sub.dispose();
  }
}
