/**
 * Compare Figures Across Sources: the figure report (../figureReport.ts) as a read-only Markdown document
 * (`news-lens-report:/Figures across sources.md`), re-rendered from the index each time it is opened and when
 * the index changes, shown in the Markdown preview where there is one.
 */
import * as vscode from 'vscode';
import { figureReport } from '../figureReport';
import { fileLabel } from '../labels';
import { PassageReader } from './reader';
import type { PanelSource } from './source';

export const REPORT_SCHEME = 'news-lens-report';
export const FIGURE_REPORT_URI = vscode.Uri.from({ scheme: REPORT_SCHEME, path: '/Figures across sources.md' });

export class ReportContentProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly source: PanelSource) {}

  provideTextDocumentContent(): string {
    const reader = new PassageReader(f => this.source.textOf(f));
    return figureReport(this.source.figures(), {
      label: fileLabel,
      line: (file, offset) => reader.view({ file, start: offset, end: offset }).line,
      // the Markdown preview refuses file: links (markdown-it's rule); other schemes open at the line
      href: (file, line) => { const uri = this.source.uriOf(file); return uri.scheme === 'file' ? undefined : uri.with({ fragment: `L${line}` }).toString(); },
    });
  }

  /** The index changed: an open report is rendered again. */
  refresh(): void {
    if (vscode.workspace.textDocuments.some(d => d.uri.toString() === FIGURE_REPORT_URI.toString())) this.changed.fire(FIGURE_REPORT_URI);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Open the report: in the Markdown preview (VS Code's built-in Markdown extension), else as a document. */
export async function openFigureReport(): Promise<void> {
  try {
    await vscode.commands.executeCommand('markdown.showPreview', FIGURE_REPORT_URI);
  } catch {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(FIGURE_REPORT_URI), { preview: true });
  }
}
