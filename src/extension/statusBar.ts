/**
 * The status-bar item: the active article's counts, labelled ("12 quotes · 3 speakers · 2 figures · 6 shared"),
 * with a tooltip and a screen-reader label in words; click opens the side panel. Notes a skipped file too.
 * Sets the context key `newsLens.activeArticle` (keybindings and the editor context menu).
 */
import * as vscode from 'vscode';
import type { Articles } from './articles';
import { ARTICLE_CONTEXT, COMMANDS } from './ids';
import { counted } from './labels';

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
    void vscode.commands.executeCommand('setContext', ARTICLE_CONTEXT, !!article && !article.error);
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
      // direct quotes and reported speech counted apart: a paraphrase is not someone's words
      const direct = a.quotes.filter(q => q.kind !== 'indirect').length, reported = a.quotes.length - direct;
      const quotes = counted(direct, 'quote'), speakers = counted(a.speakers.length, 'speaker'), figures = counted(a.figures.length, 'figure');
      this.item.text = `$(quote) ${quotes}${reported ? ` · ${reported} reported` : ''} · ${speakers} · ${figures} · ${shared} shared`;
      const passages = `${counted(shared, 'passage')} shared with other articles`;
      const said = `${quotes}${reported ? `, ${counted(reported, 'reported statement')}` : ''}`;
      this.item.tooltip = `News Lens: ${said}, ${speakers}, ${figures}, ${passages}. Click to open the side panel.`;
      this.item.accessibilityInformation = { label: `News Lens: ${said}, ${speakers}, ${figures}, ${passages}. Opens the side panel.`, role: 'button' };
    }
    if (article.error || !article.analysis) this.item.accessibilityInformation = { label: String(this.item.tooltip), role: 'button' };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
