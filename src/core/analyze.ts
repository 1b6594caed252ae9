/**
 * The engine's front door: one document (quotes, speakers, figures) and a whole corpus (plus duplicate
 * passages and quote variants). Pure TypeScript: no `vscode`, no Node-only API.
 */
import type { AnalysisResult, DocumentAnalysis } from './types';
import { ALL_PARTS } from './types';
import { analyzeQuotes } from './quotes';
import { findFigures } from './figures';
import { peopleOf } from './people';
import { analyzePreparedWith, emptyDocument, type AnalyzeOptions, type CorpusInput, type DocumentEngine, type PreparedInput } from './prepared';
export { unreadDocument, type AnalyzeOptions, type CorpusInput, type PreparedInput } from './prepared';

/** Quotes, speakers and figures of one document. Never throws on any string. */
export function analyzeText(file: string, text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const parts = options.parts ?? ALL_PARTS;
  const doc = emptyDocument(file);
  if (parts.includes('quotes')) {
    const q = analyzeQuotes(text);
    doc.quotes = q.quotes;
    doc.speakers = q.speakers;
  }
  if (parts.includes('figures')) doc.figures = findFigures(text);
  return doc;
}

/** The engine's analysis of one document, for a corpus's (prepared.ts). */
export const DOCUMENT_ENGINE: DocumentEngine = {
  analyzeText,
  canonicalNames: documents => {
    const people = peopleOf(documents);
    return name => people.canonical(name);
  },
};

/** Analyse a set of documents and the links between them, as `news-lens analyze` prints it. */
export function analyzeCorpus(inputs: readonly CorpusInput[], options: AnalyzeOptions = {}): AnalysisResult {
  return analyzePrepared(inputs, options);
}

/** (Internal.) analyzeCorpus, using the analyses and tokens the inputs bring (the result is the same). */
export function analyzePrepared(inputs: readonly PreparedInput[], options: AnalyzeOptions = {}): AnalysisResult {
  return analyzePreparedWith(DOCUMENT_ENGINE, inputs, options);
}
