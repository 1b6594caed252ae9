/**
 * Editor decorations: quotes, unattributed quotes (quieter), speakers (bold with an underline, distinct from the
 * quote they are attached to), figures, and passages that stand in other files (a small ↔ marker before the passage).
 * Colours are theme colours contributed in package.json (translucent, so a selection shows through), with
 * overview-ruler marks. Each category follows its newsLens.<category>.enabled setting.
 */
import * as vscode from 'vscode';
import type { Articles } from './articles';
import type { Category } from './settings';

const color = (id: string) => new vscode.ThemeColor(`newsLens.${id}`);

function makeTypes(): Record<Category, vscode.TextEditorDecorationType> {
  const ruler = vscode.OverviewRulerLane.Right;
  return {
    quotes: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('quoteBackground'), overviewRulerColor: color('quoteRuler'), overviewRulerLane: ruler,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    unattributedQuotes: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('unattributedQuoteBackground'), fontStyle: 'italic', overviewRulerColor: color('unattributedQuoteRuler'), overviewRulerLane: ruler,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    speakers: vscode.window.createTextEditorDecorationType({
      fontWeight: 'bold', color: color('speakerForeground'), backgroundColor: color('speakerBackground'),
      borderColor: color('speakerBorder'), borderStyle: 'none none solid none', borderWidth: '0 0 2px 0',
      overviewRulerColor: color('speakerRuler'), overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
    figures: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('figureBackground'), borderColor: color('figureBorder'), borderStyle: 'solid', borderWidth: '1px', borderRadius: '3px',
      overviewRulerColor: color('figureRuler'), overviewRulerLane: vscode.OverviewRulerLane.Center,
    }),
    crossSource: vscode.window.createTextEditorDecorationType({
      before: { contentText: '↔', color: color('crossSourceBorder'), margin: '0 0.3em 0 0', fontWeight: 'normal' },
      overviewRulerColor: color('crossSourceRuler'), overviewRulerLane: vscode.OverviewRulerLane.Full,
    }),
  };
}

export class Decorations implements vscode.Disposable {
  private readonly types = makeTypes();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly articles: Articles) {
    this.disposables.push(
      articles.onDidChange(() => this.refreshAll()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('newsLens')) this.refreshAll(); }),
    );
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.refresh(editor);
  }

  /** The ranges each category decorates in one editor (empty where the analysis is out of date). */
  rangesFor(editor: vscode.TextEditor): Record<Category, vscode.Range[]> {
    const out: Record<Category, vscode.Range[]> = { quotes: [], unattributedQuotes: [], speakers: [], figures: [], crossSource: [] };
    const article = this.articles.forDocument(editor.document);
    const a = article?.analysis;
    if (!article || !a) return out;
    const doc = editor.document;
    const range = (s: number, e: number) => new vscode.Range(doc.positionAt(s), doc.positionAt(e));
    const on = this.articles.settings.enabled;
    for (const q of a.quotes) {
      if (q.speaker ? on.quotes : on.unattributedQuotes) (q.speaker ? out.quotes : out.unattributedQuotes).push(range(q.start, q.end));
    }
    if (on.speakers) for (const s of a.speakers) for (const m of s.mentions) out.speakers.push(range(m.start, m.end));
    if (on.figures) for (const f of a.figures) out.figures.push(range(f.start, f.end));
    if (on.crossSource) for (const p of this.articles.corpusNow?.passagesOf(article.key) ?? []) out.crossSource.push(range(p.start, p.end));
    return out;
  }

  refresh(editor: vscode.TextEditor): void {
    const ranges = this.rangesFor(editor);
    for (const k of Object.keys(this.types) as Category[]) editor.setDecorations(this.types[k], ranges[k]);
  }

  dispose(): void {
    for (const t of Object.values(this.types)) t.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
