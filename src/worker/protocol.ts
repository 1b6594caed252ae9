/** Messages between the extension host and the analysis worker. */
import type { DocumentAnalysis, Part } from '../core/types';

export interface AnalyzeRequest {
  id: number;
  file: string;
  text: string;
  parts?: Part[];
}

export type AnalyzeResponse = { id: number; result: DocumentAnalysis } | { id: number; error: string };
