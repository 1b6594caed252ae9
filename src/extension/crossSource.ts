/**
 * What other articles say: figure comparisons over the workspace (computed in the worker with the corpus index,
 * read from its last snapshot) and the fullest form of a speaker's name.
 */
import type * as vscode from 'vscode';
import { comparisonFor, type FigureComparison } from '../core/corpus/figureCompare';
import type { Passage, Span } from '../core/types';
import { PeopleIndex } from '../core/people';
import type { Articles } from './articles';

export class CrossSource implements vscode.Disposable {
  private peopleIndex: PeopleIndex | undefined;
  private readonly sub: vscode.Disposable;

  constructor(private readonly articles: Articles) {
    this.sub = articles.onDidChange(() => { this.peopleIndex = undefined; });
  }

  /** One person across the workspace's articles (src/core/people/workspace.ts). */
  get people(): PeopleIndex {
    return (this.peopleIndex ??= new PeopleIndex([...this.articles.all()].map(a => (a.analysis?.speakers ?? []).filter(s => !s.unnamed).map(s => s.name))));
  }

  /**
   * The name a speaker goes by across the workspace: an article that only says "Lavrov" shows "Sergei Lavrov" when
   * other articles name him so, and "Sergey Lavrov" shows as the form most articles use.
   */
  fullName(name: string): string {
    return this.people.canonical(name);
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
