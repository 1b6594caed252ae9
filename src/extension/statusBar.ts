/** The status-bar item: the active article's counts; click opens the side panel. Notes a skipped file too. */
import * as vscode from 'vscode';
import type { Articles } from './articles';
import { COMMANDS } from './ids';

export class StatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('newsLens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly articles: Articles) {
    this.item.name = 'News Lens';
    this.item.command = COMMANDS.showPanel;
    this.disposables.push(this.item, articles.onDidChange(() => this.update()), vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const article = editor && this.articles.forUri(editor.document.uri);
    if (!article) { this.item.hide(); return; }
    if (article.error) {
      this.item.text = '$(warning) News Lens: skipped';
      this.item.tooltip = `News Lens did not analyse this file: ${article.error}`;
    } else if (!article.analysis) {
      this.item.text = '$(sync~spin) News Lens';
      this.item.tooltip = 'News Lens is analysing this article';
    } else {
      const a = article.analysis;
      const shared = this.articles.corpusNow?.spansOf(article.key).length ?? 0;
      this.item.text = `$(quote) ${a.quotes.length} $(person) ${a.speakers.length} $(symbol-number) ${a.figures.length} $(files) ${shared}`;
      this.item.tooltip = `News Lens: ${a.quotes.length} quotes, ${a.speakers.length} speakers, ${a.figures.length} figures, ${shared} shared passages — click to open the side panel`;
    }
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
