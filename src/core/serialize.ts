/**
 * `AnalysisResult` to the JSON of ../shared/schema/analysis.schema.json, field by field, so that internal
 * fields of the model (descriptions, figure kinds, ranges) never leak into the published format.
 */
import type { AnalysisResult, DocumentAnalysis, Figure, Quote } from './types';

function quoteJson(q: Quote): object {
  const out: Record<string, unknown> = { start: q.start, end: q.end, text: q.text, speaker: null };
  if (q.kind === 'indirect') out.kind = 'indirect';
  if (q.speaker) {
    const s: Record<string, unknown> = { name: q.speaker.name };
    if (q.speaker.start !== undefined && q.speaker.end !== undefined) { s.start = q.speaker.start; s.end = q.speaker.end; }
    out.speaker = s;
  }
  if (q.cue) out.cue = { start: q.cue.start, end: q.cue.end, text: q.cue.text };
  return out;
}

function figureJson(f: Figure): object {
  const out: Record<string, unknown> = { start: f.start, end: f.end, text: f.text, value: f.value, unit: f.unit };
  if (f.approximate !== undefined) out.approximate = f.approximate;
  return out;
}

export function documentJson(d: DocumentAnalysis): object {
  const out: Record<string, unknown> = { file: d.file };
  if (d.error !== undefined) out.error = d.error;
  out.quotes = d.quotes.map(quoteJson);
  out.speakers = d.speakers.map(s => ({ name: s.name, mentions: s.mentions.map(m => ({ start: m.start, end: m.end })) }));
  out.figures = d.figures.map(figureJson);
  return out;
}

/** One document as it stands in the schema's JSON text: JSON.stringify(documentJson(d)). */
export const documentJsonText = (d: DocumentAnalysis): string => JSON.stringify(documentJson(d));

/**
 * JSON.stringify(toSchemaJson(r)) for a result with no duplicates and no quote variants (a run that did not ask for
 * duplicates), from its documents' texts (documentJsonText) in order: JSON.stringify writes an object's members one
 * after the other with nothing between them, so the text is the same.
 */
export function schemaJsonText(documentTexts: readonly string[]): string {
  return `{"version":1,"documents":[${documentTexts.join(',')}],"duplicates":[]}`;
}

export function toSchemaJson(r: AnalysisResult): object {
  const out: Record<string, unknown> = {
    version: 1,
    documents: r.documents.map(documentJson),
    duplicates: r.duplicates.map(g => ({
      passages: g.passages.map(p => ({ file: p.file, start: p.start, end: p.end })),
      similarity: g.similarity,
      kind: g.kind,
    })),
  };
  if (r.quoteVariants) {
    const passage = (p: { file: string; start: number; end: number }) => ({ file: p.file, start: p.start, end: p.end });
    out.quoteVariants = r.quoteVariants.map(g => ({ speaker: g.speaker, quotes: g.quotes.map(passage), ...(g.paraphrases ? { paraphrases: g.paraphrases.map(passage) } : {}) }));
  }
  return out;
}
