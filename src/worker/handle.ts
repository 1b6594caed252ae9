/** The analysis worker's one job, shared by the Node (worker_threads) and browser (Web Worker) entries. */
import { analyzeText } from '../core/analyze';
import type { AnalyzeRequest, AnalyzeResponse } from './protocol';

export function handle(req: AnalyzeRequest): AnalyzeResponse {
  try {
    return { id: req.id, result: analyzeText(req.file, req.text, req.parts ? { parts: req.parts } : {}) };
  } catch (e) {
    return { id: req.id, error: e instanceof Error ? e.message : String(e) };
  }
}
