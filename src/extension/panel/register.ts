/**
 * Wires the side panel into VS Code: the webview view provider, the passage documents' scheme, and the
 * commands "News Lens: Compare Figures Across Sources" and the internal `newsLens.panel.showSection` and
 * `newsLens.comparePassages` (the quote hover's Compare links).
 */
import * as vscode from 'vscode';
import { parseWebviewMessage, SECTION_IDS, type SectionId } from './messages';
import { PASSAGE_SCHEME, PassageContentProvider } from './passageDocuments';
import { openFigureReport, ReportContentProvider, REPORT_SCHEME } from './figureReportView';
import { PanelViewProvider } from './provider';
import type { PanelSource } from './source';

export const PANEL_COMMANDS = {
  showSection: 'newsLens.panel.showSection',
  comparePassages: 'newsLens.comparePassages',
  showInPanel: 'newsLens.showInPanel',
  showAllInPanel: 'newsLens.panel.showAll',
  collapseAll: 'newsLens.panel.collapseAll',
  compareFigures: 'newsLens.compareFigures',
} as const;

function isSection(v: unknown): v is SectionId {
  return typeof v === 'string' && (SECTION_IDS as readonly string[]).includes(v);
}

/**
 * Register the side panel under the webview view `viewId` (ids.ts PANEL_VIEW_ID). `source` is the workspace index as the panel sees it (../panelSource.ts builds it);
 * `log` writes to the output channel (refused requests, malformed messages). Everything registered is
 * disposed with the extension.
 */
export function registerPanelSource(
  context: Pick<vscode.ExtensionContext, 'extensionUri' | 'subscriptions'>,
  viewId: string,
  source: PanelSource,
  log?: (line: string) => void,
): PanelViewProvider {
  const provider = new PanelViewProvider(vscode.Uri.joinPath(context.extensionUri, 'media'), source, viewId, log);
  const passages = new PassageContentProvider(f => source.textOf(f));
  const reports = new ReportContentProvider(source);
  context.subscriptions.push(
    provider,
    passages,
    vscode.window.registerWebviewViewProvider(viewId, provider),
    vscode.workspace.registerTextDocumentContentProvider(PASSAGE_SCHEME, passages),
    reports,
    vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, reports),
    source.onDidChange(() => { passages.refreshOpen(); reports.refresh(); }),
    vscode.commands.registerCommand(PANEL_COMMANDS.showSection, (section?: unknown) =>
      provider.reveal(isSection(section) ? section : 'duplicates')),
    // hover links: [left, right] passage refs, checked as the webview's Compare message is
    vscode.commands.registerCommand(PANEL_COMMANDS.comparePassages, (left?: unknown, right?: unknown) => {
      const msg = parseWebviewMessage({ type: 'compare', left, right });
      return msg?.type === 'compare' ? provider.compare(msg.left, msg.right) : undefined;
    }),
    vscode.commands.registerCommand(PANEL_COMMANDS.showInPanel, () => provider.setThisFileOnly(true)),
    vscode.commands.registerCommand(PANEL_COMMANDS.showAllInPanel, () => provider.setThisFileOnly(false)),
    vscode.commands.registerCommand(PANEL_COMMANDS.collapseAll, () => provider.collapseAll()),
    // every comparison in full (a Markdown report), and the panel's figures section beside it
    vscode.commands.registerCommand(PANEL_COMMANDS.compareFigures, async () => {
      await provider.reveal('figures');
      await openFigureReport();
    }),
  );
  return provider;
}
