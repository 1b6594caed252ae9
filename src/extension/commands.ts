/** The News Lens commands (palette, menus, keybindings); the side panel's own are in panel/register.ts. */
import * as vscode from 'vscode';
import type { Articles, IndexSummary } from './articles';
import type { CrossSource } from './crossSource';
import { exportBrat, exportCsv, exportDoccano, exportWebAnnotation } from './exports';
import { COMMANDS, PANEL_VIEW_ID } from './ids';
import { revealRange } from './links';
import { counted } from './labels';
import { copyQuoteWithAttribution, goToQuote, listQuotesBySpeaker } from './navigation';
import type { Category, SettingsStore } from './settings';

/** The sample the walkthrough and `npm start` open first (AP's story: quotes, speakers, figures, shared passages). */
const SAMPLE_003 = '003_766a015ac4dc8b77.txt';

/** What Refresh Annotations did, in words: "re-read 5 articles in 1.2 s (1 skipped: see the News Lens output)". */
export function refreshSummary(s: IndexSummary): string {
  const time = s.ms < 1000 ? `${s.ms} ms` : `${(s.ms / 1000).toFixed(1)} s`;
  if (s.cancelled) return `refresh cancelled after ${s.files} of ${counted(s.of, 'article')}.`;
  if (!s.of) return 'found no article files in the workspace (see the newsLens.include setting).';
  return `re-read ${counted(s.files, 'article')} in ${time}${s.skipped ? ` (${s.skipped} skipped: see the News Lens output)` : ''}.`;
}

export function registerCommands(context: vscode.ExtensionContext, articles: Articles, settings: SettingsStore, cross: CrossSource, log: (line: string) => void): void {
  // view state only (settings.ts): the decorations follow the store's change event
  const toggle = (category: Category, label: string) => async () => {
    const on = await settings.toggle(category);
    vscode.window.setStatusBarMessage(`News Lens: ${label} ${on ? 'shown' : 'hidden'}`, 2500);
  };
  const reg = (id: string, fn: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  reg(COMMANDS.showPanel, () => vscode.commands.executeCommand(`${PANEL_VIEW_ID}.focus`));
  reg(COMMANDS.refresh, async () => {
    const done = await articles.rebuild();
    if (done) void vscode.window.showInformationMessage(`News Lens: ${refreshSummary(done)}`);
    return done;
  });
  reg(COMMANDS.toggleQuotes, toggle('quotes', 'quotes'));
  reg(COMMANDS.toggleIndirectQuotes, toggle('indirectQuotes', 'reported speech'));
  reg(COMMANDS.toggleSpeakers, toggle('speakers', 'speakers'));
  reg(COMMANDS.toggleFigures, toggle('figures', 'figures'));
  // the side panel's menu: "Hide Quotes" while they are shown, "Show Quotes" while hidden (context keys newsLens.show.*)
  for (const [category, label] of [['quotes', 'Quotes'], ['speakers', 'Speakers'], ['figures', 'Figures']] as const) {
    reg(`newsLens.show${label}`, () => settings.show(category, true));
    reg(`newsLens.hide${label}`, () => settings.show(category, false));
  }
  reg(COMMANDS.nextQuote, () => goToQuote(articles, 1));
  reg(COMMANDS.previousQuote, () => goToQuote(articles, -1));
  reg(COMMANDS.copyQuote, () => copyQuoteWithAttribution(articles, n => cross.fullName(n)));
  reg(COMMANDS.listQuotesBySpeaker, () => listQuotesBySpeaker(articles, n => cross.fullName(n)));
  reg(COMMANDS.revealRange, revealRange);
  reg(COMMANDS.exportBrat, (target?: unknown) => exportBrat(articles, target, log, n => cross.fullName(n)));
  reg(COMMANDS.exportDoccano, (target?: unknown) => exportDoccano(articles, target, log));
  reg(COMMANDS.exportCsv, (target?: unknown) => exportCsv(articles, target, log, n => cross.fullName(n)));
  reg(COMMANDS.exportWebAnnotation, (target?: unknown) => exportWebAnnotation(articles, target, log));
  reg(COMMANDS.openSamples, async () => {
    const samples = vscode.Uri.joinPath(context.extensionUri, 'media', 'samples');
    // the samples (or a copy of them) already open in this window: show 003, nothing to ask
    const here = articles.all().find(a => a.uri.path.endsWith(`/${SAMPLE_003}`));
    if (here) { await vscode.window.showTextDocument(here.uri, { preview: false }); return undefined; }
    if (!vscode.workspace.workspaceFolders?.length) return vscode.commands.executeCommand('vscode.openFolder', samples, { forceNewWindow: false });
    const pick = await vscode.window.showQuickPick(['Open the sample folder in a new window', 'Open sample 003 here'], { title: 'News Lens: sample articles' });
    if (pick?.startsWith('Open the sample folder')) return vscode.commands.executeCommand('vscode.openFolder', samples, { forceNewWindow: true });
    if (pick) {
      await vscode.window.showTextDocument(vscode.Uri.joinPath(samples, SAMPLE_003), { preview: false });
    }
    return undefined;
  });
}
