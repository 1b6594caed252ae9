/** The invariants every analysis holds, checked by the fuzz and bad-input suites. */
import * as assert from 'assert';
import type { DocumentAnalysis, Span } from '../../src/core/types';

export function checkSpans(text: string, spans: (Span & { text?: string })[], what: string, sorted = true): void {
  let prev = -1;
  for (const sp of spans) {
    assert.ok(Number.isInteger(sp.start) && Number.isInteger(sp.end) && sp.start >= 0 && sp.end <= text.length && sp.start <= sp.end, `${what} span out of range: ${sp.start}-${sp.end} of ${text.length}`);
    if (sp.text !== undefined) assert.strictEqual(sp.text, text.slice(sp.start, sp.end), `${what} text differs from its slice`);
    if (sorted) { assert.ok(sp.start >= prev, `${what} spans not sorted`); prev = sp.start; }
  }
}

export function checkDocument(text: string, d: DocumentAnalysis): void {
  checkSpans(text, d.quotes, 'quote');
  // direct quotes never overlap; reported speech may hold a direct quote (a mixed quote) but never cuts one
  const direct = d.quotes.filter(q => q.kind !== 'indirect');
  for (let i = 1; i < direct.length; i++) assert.ok(direct[i].start >= direct[i - 1].end, 'quotes overlap');
  for (const r of d.quotes) {
    if (r.kind !== 'indirect') continue;
    for (const q of direct) assert.ok(q.end <= r.start || q.start >= r.end || (q.start >= r.start && q.end <= r.end), 'reported speech cuts a quote');
  }
  checkSpans(text, d.figures, 'figure');
  for (const q of d.quotes) {
    if (q.cue) checkSpans(text, [q.cue], 'cue', false);
    if (q.speaker?.start !== undefined) checkSpans(text, [{ start: q.speaker.start, end: q.speaker.end ?? -1 }], 'speaker mention', false);
  }
  for (const s of d.speakers) checkSpans(text, s.mentions, 'mention', false);
}

