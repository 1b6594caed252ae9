/**
 * Go to Next / Previous Quote in the active article, and List Quotes by Speaker (the article's or the workspace's).
 *
 * Next / Previous Quote step through direct quotes only — words in quotation marks, with or without a speaker,
 * what the status bar counts as "quotes" — never through reported speech: a paraphrase is not a quote, and an
 * article often holds more of it than quotes. Reported speech is reached through the outline (marked ≈) and
 * List Quotes by Speaker (marked "reported"); Copy Quote with Attribution cites it as a paraphrase.
 */
import * as vscode from 'vscode';
import type { Quote } from '../core/types';
import type { Article, Articles } from './articles';
import { citation, isDirect } from './citation';
import { clip, fileLabel } from './labels';
import { revealRange } from './links';
import { positionsOf } from './positions';
import { displayName } from './settings';

function select(editor: vscode.TextEditor, q: Quote): void {
  const doc = editor.document;
  editor.selection = new vscode.Selection(doc.positionAt(q.start), doc.positionAt(q.end));
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * What to tell a user who asked for the active article's quotes when there is none: the file News Lens skipped and
 * why (too large, binary), or what to open.
 */
function noArticleMessage(articles: Articles, editor: vscode.TextEditor | undefined, ask: string): string {
  const skipped = editor && articles.forUri(editor.document.uri)?.error;
  return skipped ? `News Lens did not analyse this file: ${skipped}.` : `News Lens: ${ask}`;
}

function activeQuotes(articles: Articles): { editor: vscode.TextEditor; quotes: Quote[] } | undefined {
  const editor = vscode.window.activeTextEditor;
  const a = editor && articles.forDocument(editor.document);
  if (!editor || !a?.analysis) {
    void vscode.window.showInformationMessage(noArticleMessage(articles, editor, 'open an article to move between its quotes.'));
    return undefined;
  }
  const quotes = a.analysis.quotes.filter(isDirect);
  if (!quotes.length) void vscode.window.showInformationMessage('News Lens: this article has no quotes.');
  return { editor, quotes };
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

type QuoteItem = vscode.QuickPickItem & { quote?: Quote; article?: Article; widen?: boolean };

/**
 * The quotes of some articles as quick-pick items under a separator per speaker (most quoted first). `nameOf`
 * gives the name a speaker is listed under (the fullest form across the workspace, in the name style).
 */
function quoteItems(list: Article[], nameOf: (name: string) => string, withFile: boolean): QuoteItem[] {
  const bySpeaker = new Map<string, { article: Article; quote: Quote }[]>();
  for (const article of list) {
    for (const quote of article.analysis?.quotes ?? []) {
      const k = quote.speaker ? nameOf(quote.speaker.name) : '(no speaker)';
      if (!bySpeaker.has(k)) bySpeaker.set(k, []);
      bySpeaker.get(k)?.push({ article, quote });
    }
  }
  const items: QuoteItem[] = [];
  for (const [name, qs] of [...bySpeaker].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    items.push({ label: `${name} (${qs.length})`, kind: vscode.QuickPickItemKind.Separator });
    for (const { article, quote } of qs) {
      const line = positionsOf(article, article.text).lineOf(quote.start) + 1;
      items.push({
        label: clip(quote.text, 120),
        description: withFile ? `${fileLabel(article.key)}:${line}` : `line ${line}`,
        detail: [isDirect(quote) ? name : `≈ ${name} (reported speech)`, quote.cue?.text].filter(Boolean).join(' · '),
        quote, article,
      });
    }
  }
  return items;
}

/**
 * List Quotes by Speaker: the active article's quotes, with an entry that widens the list to every article of
 * the workspace; the workspace's at once when no article is active (the walkthrough's button, the panel).
 */
export async function listQuotesBySpeaker(articles: Articles, nameOf: (name: string) => string = n => n): Promise<void> {
  const style = articles.settings.speakerNameStyle;
  const named = (n: string) => displayName(nameOf(n), style);
  const editor = vscode.window.activeTextEditor;
  const here = editor && articles.forDocument(editor.document);
  let workspace = !here?.analysis;
  if (workspace && articles.indexing) {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'News Lens: reading the articles' }, () => articles.whenIndexed());
  }
  const all = articles.all().filter(a => a.analysis && !a.error);
  for (;;) {
    const list = workspace ? all : [here as Article];
    const items = quoteItems(list, named, workspace);
    if (!workspace && all.length > 1) {
      items.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
      items.push({ label: `$(files) Quotes in all ${all.length} articles of the workspace`, alwaysShow: true, widen: true });
    }
    if (!items.some(i => i.quote)) {
      void vscode.window.showInformationMessage(workspace ? 'News Lens: no quotes found in the workspace\'s articles yet.' : 'News Lens: this article has no quotes.');
      if (workspace || all.length <= 1) return;
    }
    const title = workspace ? `News Lens: Quotes by Speaker — ${all.length} article${all.length === 1 ? '' : 's'}` : `News Lens: Quotes by Speaker — ${fileLabel((here as Article).key)}`;
    const pick = await vscode.window.showQuickPick(items, { title, matchOnDetail: true, matchOnDescription: workspace, placeHolder: 'Type a speaker or words of a quote' });
    if (!pick) return;
    if (pick.widen) {
      if (articles.indexing) await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'News Lens: reading the articles' }, () => articles.whenIndexed());
      all.splice(0, all.length, ...articles.all().filter(a => a.analysis && !a.error));
      workspace = true;
      continue;
    }
    if (pick.quote && pick.article) {
      if (editor && here === pick.article) select(editor, pick.quote);
      else await revealRange(pick.article.uri.toString(), pick.quote.start, pick.quote.end);
    }
    return;
  }
}

/** Copy Quote with Attribution: the quote at the cursor, cited, to the clipboard. */
export async function copyQuoteWithAttribution(articles: Articles, nameOf: (name: string) => string = n => n): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const a = editor && articles.forDocument(editor.document);
  const at = editor && editor.document.offsetAt(editor.selection.active);
  const here = (x: Quote) => at !== undefined && at >= x.start && at <= x.end;
  // a quote inside reported speech ("He said that the plan was 'dead'") is the one cited
  const q = a?.analysis?.quotes.find(x => isDirect(x) && here(x)) ?? a?.analysis?.quotes.find(here);
  if (!editor || !a || !q) {
    void vscode.window.showInformationMessage(noArticleMessage(articles, editor, 'put the cursor in a quote to copy it with its attribution.'));
    return;
  }
  const speaker = q.speaker ? displayName(nameOf(q.speaker.name), articles.settings.speakerNameStyle) : undefined;
  await vscode.env.clipboard.writeText(citation(q, speaker, a.key, editor.document.positionAt(q.start).line + 1));
  vscode.window.setStatusBarMessage(`News Lens: copied the quote${speaker ? ` of ${speaker}` : ''} with its attribution`, 3000);
}
