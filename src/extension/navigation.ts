/** Go to Next / Previous Quote and List Quotes by Speaker, in the active article. */
import * as vscode from 'vscode';
import type { Quote } from '../core/types';
import type { Articles } from './articles';
import { clip } from './labels';
import { displayName } from './settings';

function select(editor: vscode.TextEditor, q: Quote): void {
  const doc = editor.document;
  editor.selection = new vscode.Selection(doc.positionAt(q.start), doc.positionAt(q.end));
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function activeQuotes(articles: Articles): { editor: vscode.TextEditor; quotes: Quote[] } | undefined {
  const editor = vscode.window.activeTextEditor;
  const a = editor && articles.forDocument(editor.document);
  if (!editor || !a?.analysis) {
    void vscode.window.showInformationMessage('News Lens: open an article to move between its quotes.');
    return undefined;
  }
  if (!a.analysis.quotes.length) void vscode.window.showInformationMessage('News Lens: this article has no quotes.');
  return { editor, quotes: a.analysis.quotes };
}

export function goToQuote(articles: Articles, direction: 1 | -1): void {
  const ctx = activeQuotes(articles);
  if (!ctx || !ctx.quotes.length) return;
  const { editor, quotes } = ctx;
  const here = editor.document.offsetAt(direction > 0 ? editor.selection.end : editor.selection.start);
  const next = direction > 0
    ? quotes.find(q => q.start >= here) ?? quotes[0]
    : [...quotes].reverse().find(q => q.end <= here) ?? quotes[quotes.length - 1];
  select(editor, next);
}

export async function listQuotesBySpeaker(articles: Articles): Promise<void> {
  const ctx = activeQuotes(articles);
  if (!ctx || !ctx.quotes.length) return;
  const { editor, quotes } = ctx;
  const style = articles.settings.speakerNameStyle;
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of quotes) {
    const k = q.speaker ? displayName(q.speaker.name, style) : '(no speaker)';
    if (!bySpeaker.has(k)) bySpeaker.set(k, []);
    bySpeaker.get(k)?.push(q);
  }
  type Item = vscode.QuickPickItem & { quote?: Quote };
  const items: Item[] = [];
  for (const [name, qs] of [...bySpeaker].sort((a, b) => b[1].length - a[1].length)) {
    items.push({ label: name, kind: vscode.QuickPickItemKind.Separator });
    for (const q of qs) {
      items.push({ label: clip(q.text, 120), description: `line ${editor.document.positionAt(q.start).line + 1}`, detail: q.cue ? `${name} · ${q.cue.text}` : name, quote: q });
    }
  }
  const pick = await vscode.window.showQuickPick(items, { title: 'News Lens: Quotes by Speaker', matchOnDetail: true, placeHolder: 'Type a speaker or words of a quote' });
  if (pick?.quote) select(editor, pick.quote);
}
