/** The command palette's News Lens commands. */
import * as vscode from 'vscode';
import type { Articles } from './articles';
import type { Decorations } from './decorations';
import { exportBrat, exportCsv, exportDoccano, exportWebAnnotation } from './exports';
import { COMMANDS, PANEL_VIEW_ID } from './ids';
import { revealRange } from './links';
import { goToQuote, listQuotesBySpeaker } from './navigation';
import { toggleCategory, type Category } from './settings';

export function registerCommands(context: vscode.ExtensionContext, articles: Articles, decorations: Decorations): void {
  const toggle = (category: Category, label: string) => async () => {
    const on = await toggleCategory(category);
    if (category === 'quotes') await vscode.workspace.getConfiguration('newsLens').update('unattributedQuotes.enabled', on, vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
    articles.settings.enabled[category] = on;
    decorations.refreshAll();
    vscode.window.setStatusBarMessage(`News Lens: ${label} ${on ? 'shown' : 'hidden'}`, 2500);
  };
  const reg = (id: string, fn: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  reg(COMMANDS.showPanel, () => vscode.commands.executeCommand(`${PANEL_VIEW_ID}.focus`));
  reg(COMMANDS.refresh, async () => { await articles.rebuild(); decorations.refreshAll(); });
  reg(COMMANDS.toggleQuotes, toggle('quotes', 'quotes'));
  reg(COMMANDS.toggleIndirectQuotes, toggle('indirectQuotes', 'reported speech'));
  reg(COMMANDS.toggleSpeakers, toggle('speakers', 'speakers'));
  reg(COMMANDS.toggleFigures, toggle('figures', 'figures'));
  reg(COMMANDS.nextQuote, () => goToQuote(articles, 1));
  reg(COMMANDS.previousQuote, () => goToQuote(articles, -1));
  reg(COMMANDS.listQuotesBySpeaker, () => listQuotesBySpeaker(articles));
  reg(COMMANDS.revealRange, revealRange);
  reg(COMMANDS.exportBrat, (target?: unknown) => exportBrat(articles, target));
  reg(COMMANDS.exportDoccano, (target?: unknown) => exportDoccano(articles, target));
  reg(COMMANDS.exportCsv, (target?: unknown) => exportCsv(articles, target));
  reg(COMMANDS.exportWebAnnotation, (target?: unknown) => exportWebAnnotation(articles, target));
  reg(COMMANDS.openSamples, async () => {
    const samples = vscode.Uri.joinPath(context.extensionUri, 'media', 'samples');
    if (!vscode.workspace.workspaceFolders?.length) return vscode.commands.executeCommand('vscode.openFolder', samples, { forceNewWindow: false });
    const pick = await vscode.window.showQuickPick(['Open the sample folder in a new window', 'Open sample 003 here'], { title: 'News Lens: sample articles' });
    if (pick?.startsWith('Open the sample folder')) return vscode.commands.executeCommand('vscode.openFolder', samples, { forceNewWindow: true });
    if (pick) {
      const [file] = (await vscode.workspace.fs.readDirectory(samples)).map(([n]) => n).filter(n => n.startsWith('003'));
      if (file) await vscode.window.showTextDocument(vscode.Uri.joinPath(samples, file), { preview: false });
    }
    return undefined;
  });
}
