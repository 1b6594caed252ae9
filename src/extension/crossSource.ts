/**
 * What other articles say: figure comparisons over the workspace (computed in the worker with the corpus index,
 * read from its last snapshot) and the fullest form of a speaker's name.
 */
import type * as vscode from 'vscode';
import { comparisonFor, type FigureComparison } from '../core/corpus/figureCompare';
import type { Passage, Span } from '../core/types';
import type { Articles } from './articles';

export class CrossSource implements vscode.Disposable {
  private fullNames: Map<string, string> | undefined;
  private readonly sub: vscode.Disposable;

  constructor(private readonly articles: Articles) {
    this.sub = articles.onDidChange(() => { this.fullNames = undefined; });
  }

  /**
   * The fullest form of a speaker's name across the workspace: an article that only says "Lavrov" shows
   * "Sergei Lavrov" when another article names him so (the most frequent full form with the same last name).
   */
  fullName(name: string): string {
    if (name.includes(' ')) return name;
    if (!this.fullNames) {
      const counts = new Map<string, Map<string, number>>();
      for (const a of this.articles.all()) for (const s of a.analysis?.speakers ?? []) {
        const words = s.name.split(' ');
        if (words.length < 2 || words.length > 4 || s.kind === 'organization') continue;
        const last = words[words.length - 1].replace(/^(?:al|el)-/i, '').toLowerCase();
        const m = counts.get(last) ?? new Map<string, number>();
        m.set(s.name, (m.get(s.name) ?? 0) + 1); // one vote per article
        counts.set(last, m);
      }
      this.fullNames = new Map([...counts].map(([last, m]) => [last, [...m].sort((x, y) => y[1] - x[1])[0][0]]));
    }
    return this.fullNames.get(name.replace(/^(?:al|el)-/i, '').toLowerCase()) ?? name;
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
    const group = this.articles.corpusNow?.quoteVariants().find(g => g.quotes.some(overlaps));
    return group ? group.quotes.filter(p => !overlaps(p)).sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start) : [];
  }

  dispose(): void {
    this.sub.dispose();
  }
}
