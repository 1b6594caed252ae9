/** The side panel's view of the workspace: the `PanelSource` the panel asks for, over `Articles`. */
import * as vscode from 'vscode';
import type { Articles } from './articles';
import type { CrossSource } from './crossSource';
import type { PanelSource } from './panel/source';

export function panelSource(articles: Articles, cross: CrossSource): PanelSource {
  return {
    textOf: file => { const a = articles.get(file); return a && !a.error ? a.text : undefined; },
    duplicates: () => articles.corpusNow?.duplicates() ?? [],
    quoteVariants: () => cross.quoteVariants(),
    figures: () => cross.figures().filter(c => new Set(c.entries.map(e => e.file)).size > 1),
    progress: () => articles.progress,
    uriOf: file => articles.get(file)?.uri ?? vscode.Uri.file(file),
    fileOf: uri => articles.forUri(uri)?.key,
    onDidChange: articles.onDidChange,
  };
}
