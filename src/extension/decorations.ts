/**
 * Editor decorations: quotes, unattributed quotes (quieter), speakers (bold with an underline, distinct from the
 * quote they are attached to), figures, and passages that stand in other files (a small ↔ marker before the passage).
 * Colours are theme colours contributed in package.json (translucent, so a selection shows through), with
 * overview-ruler marks. Each category follows its newsLens.<category>.enabled setting.
 */
import * as vscode from 'vscode';
import type { Span } from '../core/types';
import type { Article, Articles } from './articles';
import { positionsOf } from './positions';
import { CATEGORIES, type Category } from './settings';

/** A category with more ranges than this is followed by a yield to the event loop before the next one. */
const YIELD_AFTER = 500;

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
  /** Per editor: the document version and, per category, the source its decorations were last set from. */
  private readonly shown = new WeakMap<vscode.TextEditor, { version: number; from: Partial<Record<Category, unknown>> }>();
  private readonly running = new WeakMap<vscode.TextEditor, number>();
  private runs = 0;

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

  /**
   * What each category shows in an editor, as the object its ranges are made from (null: nothing): the
   * analysis for quotes, speakers and figures, the index's passages of the file for cross-source marks.
   */
  private sources(editor: vscode.TextEditor): { article: Article | undefined; parts: Record<Category, { from: unknown; spans: () => Iterable<Span> }> } {
    const article = this.articles.forDocument(editor.document);
    const a = article?.analysis;
    const on = this.articles.settings.enabled;
    const none = { from: null, spans: () => [] };
    if (!article || !a) return { article, parts: { quotes: none, unattributedQuotes: none, speakers: none, figures: none, crossSource: none } };
    const cross = on.crossSource ? this.articles.corpusNow?.spansOf(article.key) : undefined;
    return {
      article,
      parts: {
        quotes: on.quotes ? { from: a, spans: () => a.quotes.filter(q => q.speaker) } : none,
        unattributedQuotes: on.unattributedQuotes ? { from: a, spans: () => a.quotes.filter(q => !q.speaker) } : none,
        speakers: on.speakers ? { from: a, spans: () => a.speakers.flatMap(s => s.mentions) } : none,
        figures: on.figures ? { from: a, spans: () => a.figures } : none,
        crossSource: cross?.length ? { from: cross, spans: () => cross } : none,
      },
    };
  }

  /** The ranges each category decorates in one editor (empty where the analysis is out of date). */
  rangesFor(editor: vscode.TextEditor): Record<Category, vscode.Range[]> {
    const { article, parts } = this.sources(editor);
    const out = {} as Record<Category, vscode.Range[]>;
    for (const k of CATEGORIES) out[k] = article && parts[k].from ? positionsOf(article, article.text).ranges(parts[k].spans()) : [];
    return out;
  }

  /**
   * Sets the categories whose source changed since they were last set in this editor (an update of the index
   * leaves the quotes, speakers and figures of a long article alone, and the other way round). A long article's
   * categories are set one per task, so that the extension host's event loop is never held for long; a newer
   * refresh of the editor takes over from an older one still under way.
   */
  refresh(editor: vscode.TextEditor): void {
    const run = ++this.runs;
    this.running.set(editor, run);
    void this.apply(editor, run);
  }

  private async apply(editor: vscode.TextEditor, run: number): Promise<void> {
    for (const k of CATEGORIES) {
      if (this.running.get(editor) !== run) return;
      const { article, parts } = this.sources(editor);
      let shown = this.shown.get(editor);
      if (!shown || shown.version !== editor.document.version) this.shown.set(editor, (shown = { version: editor.document.version, from: {} }));
      const from = parts[k].from;
      if (k in shown.from && shown.from[k] === from) continue;
      const ranges = article && from ? positionsOf(article, article.text).ranges(parts[k].spans()) : [];
      editor.setDecorations(this.types[k], ranges);
      shown.from[k] = from;
      if (ranges.length > YIELD_AFTER) await new Promise(r => setTimeout(r, 0));
    }
    if (this.running.get(editor) === run) this.running.delete(editor);
  }

  dispose(): void {
    for (const t of Object.values(this.types)) t.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
