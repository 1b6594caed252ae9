/**
 * The engine's front door: one document (quotes, speakers, figures) and a whole corpus (plus duplicate
 * passages and quote variants). Pure TypeScript: no `vscode`, no Node-only API.
 */
import type { AnalysisResult, DocumentAnalysis, Part } from './types';
import { ALL_PARTS } from './types';
import { analyzeQuotes } from './quotes';
import { findFigures } from './figures';
import { peopleOf } from './people';
import { CorpusIndex } from './corpus';
import type { DocTokens } from './corpus/tokenize';

export interface AnalyzeOptions {
  parts?: readonly Part[];
}

/** Quotes, speakers and figures of one document. Never throws on any string. */
export function analyzeText(file: string, text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const parts = options.parts ?? ALL_PARTS;
  const doc: DocumentAnalysis = { file, quotes: [], speakers: [], figures: [] };
  if (parts.includes('quotes')) {
    const q = analyzeQuotes(text);
    doc.quotes = q.quotes;
    doc.speakers = q.speakers;
  }
  if (parts.includes('figures')) doc.figures = findFigures(text);
  return doc;
}

export interface CorpusInput {
  file: string;
  /** The text, or the reason it could not be read. */
  text?: string;
  error?: string;
}

/** Analyse a set of documents and the links between them, as `news-lens analyze` prints it. */
export function analyzeCorpus(inputs: readonly CorpusInput[], options: AnalyzeOptions = {}): AnalysisResult {
  return analyzePrepared(inputs, options);
}

/**
 * (Internal.) A CorpusInput with work already done elsewhere (the CLI's worker threads): `analysis` is what
 * analyzeText(file, text, { parts }) gives, `tokens` what the corpus index's tokenizer gives for the text.
 */
export interface PreparedInput extends CorpusInput {
  analysis?: DocumentAnalysis;
  tokens?: DocTokens;
}

/** The document of an input that could not be read: its error, nothing found. */
export const unreadDocument = (input: CorpusInput): DocumentAnalysis =>
  ({ file: input.file, error: input.error ?? 'could not be read', quotes: [], speakers: [], figures: [] });

/** (Internal.) analyzeCorpus, using the analyses and tokens the inputs bring (the result is the same). */
export function analyzePrepared(inputs: readonly PreparedInput[], options: AnalyzeOptions = {}): AnalysisResult {
  const parts = options.parts ?? ALL_PARTS;
  const documents: DocumentAnalysis[] = [];
  const index = parts.includes('duplicates') ? new CorpusIndex() : null;
  for (const input of inputs) {
    if (input.text === undefined) {
      documents.push(unreadDocument(input));
      continue;
    }
    const doc = input.analysis ?? analyzeText(input.file, input.text, { parts });
    documents.push(doc);
    if (!index) continue;
    if (input.tokens) index.setTokenized(input.file, input.text, input.tokens, parts.includes('quotes') ? doc : undefined);
    else index.set(input.file, input.text, parts.includes('quotes') ? doc : undefined);
  }
  const result: AnalysisResult = { version: 1, documents, duplicates: index ? index.duplicates() : [] };
  if (index && parts.includes('quotes')) {
    // a group spans articles: its speaker is the name the person goes by across them (each document's own
    // quotes and speakers keep the fullest name in that document, as the schema says)
    const people = peopleOf(documents);
    result.quoteVariants = index.quoteVariants().map(g => (g.speaker ? { ...g, speaker: people.canonical(g.speaker) } : g));
  }
  return result;
}
