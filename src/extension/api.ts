/**
 * What activate() returns: the typed surface another extension (`getExtension('news-lens.news-lens').exports`)
 * uses to read News Lens's results. Behaviour only: nothing here lets a caller change News Lens's state.
 * The integration tests reach the parts themselves through `testing` (src/extension/testing.ts), which exists only
 * when the extension runs under development or tests (ExtensionMode.Development / Test), never in an installed extension.
 */
import type * as vscode from 'vscode';
import type { DocumentAnalysis } from '../core/types';
import type { CorpusView } from './corpusView';
import type { NewsLensTesting } from './testing';

export interface NewsLensApi {
  /** How long activate() took, in milliseconds (the engine is loaded later, on first use). */
  readonly activationMs: number;
  /**
   * A read-only view of the corpus index over the workspace's articles (the index runs in the worker; this is
   * its last snapshot), once the first snapshot arrived.
   */
  getIndex(): CorpusView | undefined;
  /** Fires (batched) when an article's analysis or the index changed; with the uri when one article changed. */
  readonly onDidChange: vscode.Event<vscode.Uri | undefined>;
  /** The analysis of an article file, when it is analysed (undefined for skipped or unknown files). */
  analysisFor(uri: vscode.Uri): DocumentAnalysis | undefined;
  /** The text the analysis of an article file was made from. */
  textFor(uri: vscode.Uri): string | undefined;
  /** The parts themselves, for the integration tests only: undefined in an installed (production) extension. */
  readonly testing?: NewsLensTesting;
}
