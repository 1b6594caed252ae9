/** A CSV of quotes (RFC 4180): file, line (1-based), speaker, quote, cue, kind (direct or indirect: reported speech). */
import type { DocumentAnalysis } from '../types';
import { lineOf, lineStarts } from '../text/offsets';

const HEADER = ['file', 'line', 'speaker', 'quote', 'cue', 'kind'];

function cell(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toQuotesCsv(docs: { doc: DocumentAnalysis; text: string }[]): string {
  const rows = [HEADER.join(',')];
  for (const { doc, text } of docs) {
    const starts = lineStarts(text);
    for (const q of doc.quotes) {
      rows.push([doc.file, lineOf(starts, q.start) + 1, q.speaker?.name ?? '', q.text, q.cue?.text ?? '', q.kind ?? 'direct'].map(cell).join(','));
    }
  }
  return rows.join('\r\n') + '\r\n';
}
