/**
 * Export commands: brat standoff (a .ann beside each article or into a chosen folder), doccano JSONL, a CSV of
 * quotes and the cross-file links as W3C Web Annotation JSON-LD. They write only where the user chose (a save or
 * folder dialog, or a target passed by a caller), through vscode.workspace.fs, and never to an article file. Each runs
 * under a cancellable progress notification (withExportProgress).
 */
import * as vscode from 'vscode';
import { BRAT_ANNOTATION_CONF, toBrat } from '../core/export/brat';
import { toQuotesCsv } from '../core/export/csv';
import { toDoccanoJsonl } from '../core/export/doccano';
import { toWebAnnotations } from '../core/export/webAnnotation';
import type { AnalysisResult } from '../core/types';
import type { Article, Articles } from './articles';
import { counted } from './labels';

const enc = (s: string) => new TextEncoder().encode(s);

function analysed(articles: Articles): Article[] {
  const list = articles.all().filter(a => a.analysis && !a.error);
  if (!list.length) void vscode.window.showWarningMessage('News Lens: there are no analysed articles to export yet.');
  return list;
}

function isTargetUri(v: unknown): v is vscode.Uri {
  return v instanceof vscode.Uri;
}

/**
 * Where a save or folder dialog starts: beside the article folder, not in it (an export is not an article, and
 * a .csv or .ann among the articles is read as one when newsLens.include takes it in).
 */
function besideArticles(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) return undefined;
  const parent = folder.with({ path: folder.path.replace(/\/[^/]+\/?$/, '') || '/' });
  return parent.path === folder.path ? folder : parent;
}

async function saveTo(target: unknown, name: string, filters: Record<string, string[]>): Promise<vscode.Uri | undefined> {
  if (isTargetUri(target)) return target;
  const start = besideArticles();
  return vscode.window.showSaveDialog({ defaultUri: start ? vscode.Uri.joinPath(start, name) : undefined, filters, title: 'News Lens: export to' });
}

/** The export's notification, with Open (a file) and Reveal (in the OS's file manager, where there is one). */
async function notify(message: string, open: vscode.Uri | undefined, reveal: vscode.Uri): Promise<void> {
  const actions = [...(open ? ['Open'] : []), 'Reveal in File Explorer'];
  const pick = await vscode.window.showInformationMessage(message, ...actions);
  if (pick === 'Open' && open) await vscode.window.showTextDocument(open, { preview: false });
  else if (pick === 'Reveal in File Explorer') {
    await Promise.resolve(vscode.commands.executeCommand('revealFileInOS', reveal)).catch(() => vscode.commands.executeCommand('revealInExplorer', reveal));
  }
}

async function writeFile(uri: vscode.Uri, content: string, articles: Articles): Promise<boolean> {
  if (articles.forUri(uri)) {
    void vscode.window.showErrorMessage(`News Lens will not overwrite an article (${vscode.workspace.asRelativePath(uri)}). Choose another file.`);
    return false;
  }
  await vscode.workspace.fs.writeFile(uri, enc(content));
  return true;
}

/**
 * True when a file other than exactly `text` stands at `uri`: the text copy of a brat export is not written
 * there, whatever it is (it may be an article News Lens does not index: another folder, another scope).
 */
async function occupied(uri: vscode.Uri, text: string): Promise<boolean> {
  let st: vscode.FileStat;
  try { st = await vscode.workspace.fs.stat(uri); } catch { return false; }
  const want = enc(text);
  if ((st.type & vscode.FileType.File) === 0 || st.size !== want.length) return true;
  const have = await vscode.workspace.fs.readFile(uri);
  return have.length !== want.length || have.some((b, i) => b !== want[i]);
}

/**
 * An export's work under a cancellable progress notification: `task` reports each article done through `step`, and
 * stops when the token is cancelled (a brat export of a large workspace writes two files per article).
 */
function withExportProgress<T>(title: string, total: number, task: (step: () => void, token: vscode.CancellationToken) => Promise<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `News Lens: ${title}`, cancellable: true }, (progress, token) => {
    let done = 0;
    const step = (): void => { done++; progress.report({ message: `${done} of ${total}`, increment: 100 / Math.max(1, total) }); };
    return task(step, token);
  });
}

/** The speakers' notes give the name each person goes by across the workspace (`nameOf`). */
export async function exportBrat(articles: Articles, target?: unknown, log: (line: string) => void = () => undefined, nameOf: (name: string) => string = n => n): Promise<vscode.Uri[]> {
  const list = analysed(articles);
  if (!list.length) return [];
  let outDir: vscode.Uri | undefined;
  if (isTargetUri(target)) outDir = target;
  else {
    const where = await vscode.window.showQuickPick(
      [{ label: 'Into a folder…', description: 'NAME.ann and a copy of NAME.txt per article, with annotation.conf', id: 'folder' },
        { label: 'Beside each article', description: 'NAME.ann next to NAME.txt', id: 'beside' }],
      { title: 'News Lens: Export brat standoff' });
    if (!where) return [];
    if (where.id === 'folder') {
      outDir = (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Export here', defaultUri: besideArticles() }))?.[0];
      if (!outDir) return [];
    }
  }
  const written: vscode.Uri[] = [];
  const kept: string[] = [];
  let copies = 0, cancelled = false;
  await withExportProgress('exporting brat standoff', list.length, async (step, token) => {
    for (const a of list) {
      if (token.isCancellationRequested) { cancelled = true; break; }
      step();
      const base = a.uri.path.split('/').pop()?.replace(/\.[^.]*$/, '') ?? 'article';
      const ann = outDir ? vscode.Uri.joinPath(outDir, base + '.ann') : a.uri.with({ path: a.uri.path.replace(/\.[^./]*$/, '') + '.ann' });
      if (ann.toString() === a.uri.toString()) continue;
      if (outDir) {
        const txt = vscode.Uri.joinPath(outDir, base + '.txt');
        if (await occupied(txt, a.text)) { kept.push(base + '.txt'); continue; }
        if (!(await writeFile(txt, a.text, articles))) continue;
        copies++;
      }
      if (await writeFile(ann, toBrat(a.analysis!, a.text, nameOf), articles)) written.push(ann);
    }
  });
  // (only with an article exported: a folder where every article was refused gets nothing)
  const conf = outDir && written.length > 0 && await writeFile(vscode.Uri.joinPath(outDir, 'annotation.conf'), BRAT_ANNOTATION_CONF, articles);
  if (kept.length) void vscode.window.showWarningMessage(`News Lens did not overwrite ${kept.length} file(s) already in that folder with other text (${kept.slice(0, 3).join(', ')}${kept.length > 3 ? ', …' : ''}); those articles were not exported. Choose an empty folder.`);
  const where = outDir ? vscode.workspace.asRelativePath(outDir) : 'beside the articles';
  const what = `${counted(written.length, 'brat .ann file')}${copies ? `, ${counted(copies, '.txt copy', '.txt copies')} of the articles` : ''}${conf ? ' and annotation.conf' : ''}`;
  const stopped = cancelled ? ` (cancelled after ${counted(written.length, 'article')} of ${list.length})` : '';
  log(`export: brat standoff, ${what}, ${outDir ? `into ${outDir.toString(true)}` : 'beside the articles'}${stopped}${kept.length ? `; left ${kept.length} file(s) already there alone` : ''}`);
  if (written.length) void notify(`News Lens: wrote ${what} ${outDir ? `into ${where}` : where}${stopped}.`, written[0], outDir ?? written[0]);
  else if (cancelled) void vscode.window.showInformationMessage('News Lens: brat export cancelled before any .ann was written.');
  return written;
}

async function exportText(articles: Articles, target: unknown, format: string, name: string, filters: Record<string, string[]>, make: (list: Article[]) => string, log: (line: string) => void): Promise<vscode.Uri | undefined> {
  const list = analysed(articles);
  if (!list.length) return undefined;
  const uri = await saveTo(target, name, filters);
  if (!uri) return undefined;
  // (made in one go: a cancel pressed meanwhile is seen before anything is written)
  const wrote = await withExportProgress(`exporting ${format}`, 1, async (step, token) => {
    const content = make(list);
    step();
    return !token.isCancellationRequested && writeFile(uri, content, articles);
  });
  if (!wrote) return undefined;
  log(`export: ${format} of ${counted(list.length, 'article')} to ${uri.toString(true)}`);
  void notify(`News Lens: exported ${format} of ${counted(list.length, 'article')} to ${vscode.workspace.asRelativePath(uri)}.`, uri, uri);
  return uri;
}

type Log = (line: string) => void;
const noLog: Log = () => undefined;

export const exportDoccano = (articles: Articles, target?: unknown, log: Log = noLog) =>
  exportText(articles, target, 'doccano JSONL', 'news-lens.doccano.jsonl', { 'doccano JSONL': ['jsonl'] }, list => toDoccanoJsonl(list.map(a => ({ doc: a.analysis!, text: a.text }))), log);

/** The CSV lists each speaker under the name the person goes by across the workspace (`nameOf`). */
export const exportCsv = (articles: Articles, target?: unknown, log: Log = noLog, nameOf: (name: string) => string = n => n) =>
  exportText(articles, target, 'the quotes as CSV', 'news-lens.quotes.csv', { CSV: ['csv'] }, list => toQuotesCsv(list.map(a => ({ doc: a.analysis!, text: a.text })), nameOf), log);

export const exportWebAnnotation = (articles: Articles, target?: unknown, log: Log = noLog) =>
  exportText(articles, target, 'the cross-source links (W3C Web Annotation)', 'news-lens.links.jsonld', { 'JSON-LD': ['jsonld', 'json'] }, list => {
    const corpus = articles.corpusNow;
    const result: AnalysisResult = { version: 1, documents: list.map(a => a.analysis!), duplicates: corpus?.duplicates() ?? [], quoteVariants: corpus?.quoteVariants() ?? [] };
    return JSON.stringify(toWebAnnotations(result, { sourceOf: f => articles.get(f)?.uri.toString() ?? f, textOf: f => articles.get(f)?.text }), null, 1);
  }, log);
