/**
 * Export commands: brat standoff (a .ann beside each article or into a chosen folder), doccano JSONL, a CSV of
 * quotes and the cross-file links as W3C Web Annotation JSON-LD. They write only where the user chose (a save or
 * folder dialog, or a target passed by a caller), through vscode.workspace.fs, and never to an article file.
 */
import * as vscode from 'vscode';
import { BRAT_ANNOTATION_CONF, toBrat } from '../core/export/brat';
import { toQuotesCsv } from '../core/export/csv';
import { toDoccanoJsonl } from '../core/export/doccano';
import { toWebAnnotations } from '../core/export/webAnnotation';
import type { AnalysisResult } from '../core/types';
import type { Article, Articles } from './articles';

const enc = (s: string) => new TextEncoder().encode(s);

function analysed(articles: Articles): Article[] {
  const list = articles.all().filter(a => a.analysis && !a.error);
  if (!list.length) void vscode.window.showWarningMessage('News Lens: there are no analysed articles to export yet.');
  return list;
}

function isTargetUri(v: unknown): v is vscode.Uri {
  return v instanceof vscode.Uri;
}

async function saveTo(target: unknown, name: string, filters: Record<string, string[]>): Promise<vscode.Uri | undefined> {
  if (isTargetUri(target)) return target;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined, filters, title: 'News Lens: export to' });
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

export async function exportBrat(articles: Articles, target?: unknown): Promise<vscode.Uri[]> {
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
      outDir = (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Export here' }))?.[0];
      if (!outDir) return [];
    }
  }
  const written: vscode.Uri[] = [];
  const kept: string[] = [];
  for (const a of list) {
    const base = a.uri.path.split('/').pop()?.replace(/\.[^.]*$/, '') ?? 'article';
    const ann = outDir ? vscode.Uri.joinPath(outDir, base + '.ann') : a.uri.with({ path: a.uri.path.replace(/\.[^./]*$/, '') + '.ann' });
    if (ann.toString() === a.uri.toString()) continue;
    if (outDir) {
      const txt = vscode.Uri.joinPath(outDir, base + '.txt');
      if (await occupied(txt, a.text)) { kept.push(base + '.txt'); continue; }
      if (!(await writeFile(txt, a.text, articles))) continue;
    }
    if (await writeFile(ann, toBrat(a.analysis!, a.text), articles)) written.push(ann);
  }
  if (outDir) await writeFile(vscode.Uri.joinPath(outDir, 'annotation.conf'), BRAT_ANNOTATION_CONF, articles);
  if (kept.length) void vscode.window.showWarningMessage(`News Lens did not overwrite ${kept.length} file(s) already in that folder with other text (${kept.slice(0, 3).join(', ')}${kept.length > 3 ? ', …' : ''}); those articles were not exported. Choose an empty folder.`);
  void vscode.window.showInformationMessage(`News Lens: wrote ${written.length} brat .ann file(s).`);
  return written;
}

async function exportText(articles: Articles, target: unknown, name: string, filters: Record<string, string[]>, make: (list: Article[]) => string): Promise<vscode.Uri | undefined> {
  const list = analysed(articles);
  if (!list.length) return undefined;
  const uri = await saveTo(target, name, filters);
  if (!uri || !(await writeFile(uri, make(list), articles))) return undefined;
  void vscode.window.showInformationMessage(`News Lens: exported to ${vscode.workspace.asRelativePath(uri)}.`);
  return uri;
}

export const exportDoccano = (articles: Articles, target?: unknown) =>
  exportText(articles, target, 'news-lens.doccano.jsonl', { 'doccano JSONL': ['jsonl'] }, list => toDoccanoJsonl(list.map(a => ({ doc: a.analysis!, text: a.text }))));

export const exportCsv = (articles: Articles, target?: unknown) =>
  exportText(articles, target, 'news-lens.quotes.csv', { CSV: ['csv'] }, list => toQuotesCsv(list.map(a => ({ doc: a.analysis!, text: a.text }))));

export const exportWebAnnotation = (articles: Articles, target?: unknown) =>
  exportText(articles, target, 'news-lens.links.jsonld', { 'JSON-LD': ['jsonld', 'json'] }, list => {
    const corpus = articles.corpusNow;
    const result: AnalysisResult = { version: 1, documents: list.map(a => a.analysis!), duplicates: corpus?.duplicates() ?? [], quoteVariants: corpus?.quoteVariants() ?? [] };
    return JSON.stringify(toWebAnnotations(result, { sourceOf: f => articles.get(f)?.uri.toString() ?? f, textOf: f => articles.get(f)?.text }), null, 1);
  });
