/**
 * doccano JSONL for relation extraction (doccano's "JSONL (relation)" import): one line per document with
 * `text`, `entities` (id, label, start_offset, end_offset: code points, as Python counts them) and `relations`
 * (SaidBy from a quote to its speaker mention). Reported speech is labelled `IndirectQuote`.
 */
import type { DocumentAnalysis } from '../types';
import { codePointOffsets } from '../text/offsets';

export function toDoccanoLine(doc: DocumentAnalysis, text: string): string {
  const cp = codePointOffsets(text);
  const entities: { id: number; label: string; start_offset: number; end_offset: number }[] = [];
  const relations: { id: number; from_id: number; to_id: number; type: string }[] = [];
  const ids = new Map<string, number>();
  const entity = (label: string, start: number, end: number): number => {
    const key = `${label}:${start}:${end}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = entities.length + 1;
      ids.set(key, id);
      entities.push({ id, label, start_offset: cp(start), end_offset: cp(end) });
    }
    return id;
  };
  for (const q of doc.quotes) {
    const qid = entity(q.kind === 'indirect' ? 'IndirectQuote' : 'Quote', q.start, q.end);
    if (q.cue) entity('Cue', q.cue.start, q.cue.end);
    if (q.speaker?.start !== undefined && q.speaker.end !== undefined && q.speaker.end > q.speaker.start) {
      relations.push({ id: relations.length + 1, from_id: qid, to_id: entity('Speaker', q.speaker.start, q.speaker.end), type: 'SaidBy' });
    }
  }
  for (const f of doc.figures) entity('Figure', f.start, f.end);
  return JSON.stringify({ file: doc.file, text, entities, relations });
}

export function toDoccanoJsonl(docs: { doc: DocumentAnalysis; text: string }[]): string {
  return docs.filter(d => d.doc.error === undefined).map(d => toDoccanoLine(d.doc, d.text) + '\n').join('');
}
