/** What other articles say: figure comparisons over the workspace, computed once per change of the index. */
import type * as vscode from 'vscode';
import { compareFigures, comparisonFor, type FigureComparison } from '../core/corpus/figureCompare';
import type { Articles } from './articles';

export class CrossSource implements vscode.Disposable {
  private comparisons: FigureComparison[] | undefined;
  private readonly sub: vscode.Disposable;

  constructor(private readonly articles: Articles) {
    this.sub = articles.onDidChange(() => { this.comparisons = undefined; });
  }

  figures(): FigureComparison[] {
    if (!this.comparisons) {
      this.comparisons = compareFigures(this.articles.all().filter(a => a.analysis).map(a => ({ file: a.key, text: a.text, figures: a.analysis?.figures ?? [] })));
    }
    return this.comparisons;
  }

  figureAt(file: string, start: number): FigureComparison | undefined {
    return comparisonFor(this.figures(), file, start);
  }

  dispose(): void {
    this.sub.dispose();
  }
}
