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
  for (let i = 1; i < d.quotes.length; i++) assert.ok(d.quotes[i].start >= d.quotes[i - 1].end, 'quotes overlap');
  checkSpans(text, d.figures, 'figure');
  for (const q of d.quotes) {
    if (q.cue) checkSpans(text, [q.cue], 'cue', false);
    if (q.speaker?.start !== undefined) checkSpans(text, [{ start: q.speaker.start, end: q.speaker.end ?? -1 }], 'speaker mention', false);
  }
  for (const s of d.speakers) checkSpans(text, s.mentions, 'mention', false);
}

