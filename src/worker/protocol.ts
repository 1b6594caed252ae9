/**
 * Messages between the extension host and the worker (a child process, a Node worker thread, a Web Worker, or
 * the in-process fallback). The worker analyses documents and holds the corpus index: the host sends what
 * changed (`set`, `delete`) and the worker pushes an `IndexSnapshot` of the derived results (duplicate groups,
 * quote variants, figure comparisons) once a burst of changes is done. Every file in the index carries the
 * `rev` the host gave its text, so the host never shows results computed from an older text.
 */
import type { FigureComparison } from '../core/corpus/figureCompare';
import type { FilePassage } from '../core/corpus';
import type { DocumentAnalysis, DuplicateGroup, Part, QuoteVariantGroup } from '../core/types';
import type { AnalysisJson } from './analysisJson';

/** Analyse one text. (`type` may be left out: the first protocol had only this message.) */
export interface AnalyzeRequest {
  type?: 'analyze';
  id: number;
  file: string;
  text: string;
  parts?: Part[];
  /** 'json': answer with the analysis as JSON in pieces (see analysisJson.ts) rather than as an object (`result`). */
  encoding?: 'json';
}

/** Add or replace a file in the index; `rev` identifies this text of it on the host. */
export interface SetRequest {
  type: 'set';
  id: number;
  /** Index operations are numbered in the order the host sends them; a snapshot says up to which it reflects. */
  seq: number;
  file: string;
  text: string;
  rev: number;
}

export interface DeleteRequest {
  type: 'delete';
  id: number;
  seq: number;
  file: string;
}

/** The passages of a file that contain an offset, with where else they stand (for a hover). */
export interface PassagesAtRequest {
  type: 'passagesAt';
  id: number;
  file: string;
  offset: number;
}

export type WorkerRequest = AnalyzeRequest | SetRequest | DeleteRequest | PassagesAtRequest;

export type AnalyzeResponse =
  | { type?: 'analysis'; id: number; result: DocumentAnalysis }
  | ({ type: 'analysis'; id: number } & AnalysisJson)
  | { type?: 'error'; id: number; error: string };

export interface AckResponse {
  type: 'ack';
  id: number;
}

export interface PassagesResponse {
  type: 'passages';
  id: number;
  /** The rev of the file's text the passages belong to; null when the file is not in the index. */
  rev: number | null;
  passages: FilePassage[];
}

export interface IndexSnapshot {
  /** The last index operation (SetRequest/DeleteRequest seq) it reflects. */
  seq: number;
  /** Every indexed file with the rev of the text indexed. */
  revs: [string, number][];
  /** null: unchanged since the previous snapshot. */
  duplicates: DuplicateGroup[] | null;
  quoteVariants: QuoteVariantGroup[] | null;
  figures: FigureComparison[] | null;
}

export interface SnapshotMessage {
  type: 'snapshot';
  snapshot: IndexSnapshot;
}

export type WorkerResponse = AnalyzeResponse | AckResponse | PassagesResponse | SnapshotMessage;
