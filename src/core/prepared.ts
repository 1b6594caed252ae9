/**
 * A corpus's analysis put together from its inputs (analyzePreparedWith): each document's own analysis, and the
 * corpus index's duplicate passages and quote variants. The analysis of one document comes in as a DocumentEngine
 * (analyze.ts gives the engine's), so that a build of the corpus index alone (the CLI's index bundle, src/cliIndex.ts)
 * loads none of the quote, figure or people modules. Pure TypeScript: no `vscode`, no Node-only API.
 */
import type { AnalysisResult, DocumentAnalysis, Part } from './types';
import { ALL_PARTS } from './types';
import { CorpusIndex } from './corpus';
import type { DocTokens } from './corpus/tokenize';

export interface AnalyzeOptions {
  parts?: readonly Part[];
}

export interface CorpusInput {
  file: string;
  /** The text, or the reason it could not be read. */
  text?: string;
  error?: string;
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

/** A document read, before anything is looked for in it (and as a run of the index alone prints it). */
export const emptyDocument = (file: string): DocumentAnalysis => ({ file, quotes: [], speakers: [], figures: [] });

/** What a corpus's analysis asks of the analysis of one document. */
export interface DocumentEngine {
  /** Quotes, speakers and figures of one document (analyze.ts analyzeText). */
  analyzeText(file: string, text: string, options?: AnalyzeOptions): DocumentAnalysis;
  /** The name each person goes by across the documents (people/ peopleOf). */
  canonicalNames(documents: readonly DocumentAnalysis[]): (name: string) => string;
}

/** (Internal.) analyze.ts analyzePrepared, with the analysis of one document given. */
export function analyzePreparedWith(engine: DocumentEngine, inputs: readonly PreparedInput[], options: AnalyzeOptions = {}): AnalysisResult {
  const parts = options.parts ?? ALL_PARTS;
  const documents: DocumentAnalysis[] = [];
  const index = parts.includes('duplicates') ? new CorpusIndex() : null;
  for (const input of inputs) {
    if (input.text === undefined) {
      documents.push(unreadDocument(input));
      continue;
    }
    const doc = input.analysis ?? engine.analyzeText(input.file, input.text, { parts });
    documents.push(doc);
    if (!index) continue;
    if (input.tokens) index.setTokenized(input.file, input.text, input.tokens, parts.includes('quotes') ? doc : undefined);
    else index.set(input.file, input.text, parts.includes('quotes') ? doc : undefined);
  }
  const result: AnalysisResult = { version: 1, documents, duplicates: index ? index.duplicates() : [] };
  if (index && parts.includes('quotes')) {
    // a group spans articles: its speaker is the name the person goes by across them (each document's own
    // quotes and speakers keep the fullest name in that document, as the schema says)
    const canonical = engine.canonicalNames(documents);
    result.quoteVariants = index.quoteVariants().map(g => (g.speaker ? { ...g, speaker: canonical(g.speaker) } : g));
  }
  return result;
}
