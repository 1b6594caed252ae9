/** A CSV of quotes (RFC 4180): file, line (1-based), speaker, quote, cue, kind (direct or indirect: reported speech). */
import type { DocumentAnalysis } from '../types';
import { LineTable } from '../text/offsets';

const HEADER = ['file', 'line', 'speaker', 'quote', 'cue', 'kind'];

/**
 * A cell a spreadsheet would read as a formula (or, for a tab or carriage return, one whose first character it
 * drops): OWASP's list for CSV injection. Such a cell gets a leading `'` and is quoted, so that Excel, LibreOffice
 * and Google Sheets show it as the text it is ("-- the minister" stays text, "=HYPERLINK(…)" never runs).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== String(v) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * `nameOf` gives the name a speaker is listed under (the editor passes the workspace's one name per person,
 * src/core/people/workspace.ts); by default the article's own.
 */
export function toQuotesCsv(docs: { doc: DocumentAnalysis; text: string }[], nameOf: (name: string) => string = n => n): string {
  const rows = [HEADER.join(',')];
  for (const { doc, text } of docs) {
    const lines = new LineTable(text);
    for (const q of doc.quotes) {
      rows.push([doc.file, lines.lineOf(q.start) + 1, q.speaker ? nameOf(q.speaker.name) : '', q.text, q.cue?.text ?? '', q.kind ?? 'direct'].map(csvCell).join(','));
    }
  }
  return rows.join('\r\n') + '\r\n';
}
