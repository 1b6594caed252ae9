/**
 * A document's analysis as the worker sends it to the extension host when asked for JSON: a long article's
 * analysis is tens of thousands of objects, which the host takes out of a structured-clone message several
 * times slower than it parses the same as JSON — and JSON can be parsed a piece per task. So the worker sends
 * the analysis's head and its quotes, speakers and figures in chunks of at most CHUNK items and about CHUNK_CHARS
 * characters, each chunk a message of its own on the wire (wire.ts), and the host parses one chunk per task
 * (`decodeAnalysis`), never holding its event loop for long. An ordinary article's analysis fits in one piece.
 */
import type { DocumentAnalysis } from '../core/types';
import { nextTask } from './nextTask';
import { jsonPieces } from './wire';

export const CHUNK = 400;
/** ... and about this many characters of JSON (parsed in one task on the host: a few milliseconds at most). */
export const CHUNK_CHARS = 64_000;
const FIELDS = ['quotes', 'speakers', 'figures'] as const;

export interface AnalysisJson {
  /** JSON of the analysis; with `chunks`, its quotes, speakers and figures are in the chunks instead. */
  json: string;
  chunks?: { field: (typeof FIELDS)[number]; json: string }[];
}

export function encodeAnalysis(a: DocumentAnalysis): AnalysisJson {
  if (FIELDS.every(f => a[f].length <= CHUNK)) return { json: JSON.stringify(a) };
  const chunks: AnalysisJson['chunks'] = [];
  for (const field of FIELDS) for (const json of jsonPieces(a[field], CHUNK_CHARS, CHUNK)) chunks.push({ field, json });
  return { json: JSON.stringify({ ...a, quotes: [], speakers: [], figures: [] }), chunks };
}

/** The analysis back from its JSON, one chunk per task (a yield to the event loop before each chunk). */
export async function decodeAnalysis(m: AnalysisJson): Promise<DocumentAnalysis> {
  const a = JSON.parse(m.json) as DocumentAnalysis;
  for (const c of m.chunks ?? []) {
    await nextTask();
    const list = a[c.field] as unknown[];
    for (const item of JSON.parse(c.json) as unknown[]) list.push(item);
  }
  return a;
}
