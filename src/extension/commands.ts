/** The command palette's News Lens commands. */
import * as vscode from 'vscode';
import type { Articles } from './articles';
import type { CrossSource } from './crossSource';
import { exportBrat, exportCsv, exportDoccano, exportWebAnnotation } from './exports';
import { COMMANDS, PANEL_VIEW_ID } from './ids';
import { revealRange } from './links';
import { goToQuote, listQuotesBySpeaker } from './navigation';
import type { Category, SettingsStore } from './settings';

export function registerCommands(context: vscode.ExtensionContext, articles: Articles, settings: SettingsStore, cross: CrossSource): void {
  // view state only (settings.ts): the decorations follow the store's change event
  const toggle = (category: Category, label: string) => async () => {
    const on = await settings.toggle(category);
    vscode.window.setStatusBarMessage(`News Lens: ${label} ${on ? 'shown' : 'hidden'}`, 2500);
  };
  const reg = (id: string, fn: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  reg(COMMANDS.showPanel, () => vscode.commands.executeCommand(`${PANEL_VIEW_ID}.focus`));
  reg(COMMANDS.refresh, async () => { await articles.rebuild(); });
  reg(COMMANDS.toggleQuotes, toggle('quotes', 'quotes'));
  reg(COMMANDS.toggleSpeakers, toggle('speakers', 'speakers'));
  reg(COMMANDS.toggleFigures, toggle('figures', 'figures'));
  // the side panel's menu: "Hide Quotes" while they are shown, "Show Quotes" while hidden (context keys newsLens.show.*)
  for (const [category, label] of [['quotes', 'Quotes'], ['speakers', 'Speakers'], ['figures', 'Figures']] as const) {
    reg(`newsLens.show${label}`, () => settings.show(category, true));
    reg(`newsLens.hide${label}`, () => settings.show(category, false));
  }
  reg(COMMANDS.nextQuote, () => goToQuote(articles, 1));
  reg(COMMANDS.previousQuote, () => goToQuote(articles, -1));
  reg(COMMANDS.listQuotesBySpeaker, () => listQuotesBySpeaker(articles, n => cross.fullName(n)));
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
