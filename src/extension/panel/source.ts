/**
 * What the side panel needs from the rest of the extension: the workspace index's groups and texts, how its
 * file keys map to editor URIs, the indexing progress and a change event. `registerPanel` adapts the
 * extension's API to it; tests give a plain object.
 */
import type * as vscode from 'vscode';
import type { DuplicateGroup, QuoteVariantGroup } from '../../core/types';
import type { FigureComparison } from '../../core/corpus/figureCompare';
import type { IndexProgress } from './messages';

export interface PanelSource {
  /** The text of an indexed file; undefined for any file the index does not hold. */
  textOf(file: string): string | undefined;
  duplicates(): readonly DuplicateGroup[];
  quoteVariants(): readonly QuoteVariantGroup[];
  /** Quantities reported by more than one article, ready to show. */
  figures(): readonly FigureComparison[];
  /** Indexing progress while the index is being built; null once it is ready. */
  progress(): IndexProgress | null;
  /** The editor URI of an indexed file. */
  uriOf(file: string): vscode.Uri;
  /** The index's key of a document, or undefined when it is not an indexed article. */
  fileOf(uri: vscode.Uri): string | undefined;
  /** Fires when the index or its progress changed. */
  onDidChange: vscode.Event<unknown>;
}
