/**
 * W3C Web Annotation (JSON-LD) for the cross-file links: every duplicate group and quote-variant group becomes
 * one annotation with motivation "linking" whose targets are the passages (a quote-variant group's paraphrases
 * last, its body saying how many), each selected by a
 * TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector in code points (the model's offsets
 * are UTF-16 and are converted here).
 */
import type { AnalysisResult, Passage } from '../types';
import { codePointOffsets } from '../text/offsets';

const CONTEXT_CHARS = 32;

export interface WebAnnotationOptions {
  /** The IRI of a file as the annotations should name it (a file: or workspace URI). */
  sourceOf: (file: string) => string;
  /** The text of a file. */
  textOf: (file: string) => string | undefined;
  /** The IRI of the collection (default urn:news-lens:links). */
  id?: string;
}

export function toWebAnnotations(result: AnalysisResult, o: WebAnnotationOptions): object {
  const cps = new Map<string, (u: number) => number>();
  const target = (p: Passage): object => {
    const text = o.textOf(p.file) ?? '';
    let cp = cps.get(p.file);
    if (!cp) cps.set(p.file, cp = codePointOffsets(text));
    return {
      type: 'SpecificResource',
      source: o.sourceOf(p.file),
      selector: [
        { type: 'TextQuoteSelector', exact: text.slice(p.start, p.end), prefix: text.slice(Math.max(0, p.start - CONTEXT_CHARS), p.start), suffix: text.slice(p.end, p.end + CONTEXT_CHARS) },
        { type: 'TextPositionSelector', start: cp(p.start), end: cp(p.end) },
      ],
    };
  };
  const base = o.id ?? 'urn:news-lens:links';
  const items: object[] = [];
  result.duplicates.forEach((g, i) => items.push({
    id: `${base}:duplicate:${i + 1}`, type: 'Annotation', motivation: 'linking',
    body: { type: 'TextualBody', value: `Duplicate passage (${g.kind}, similarity ${Math.round(g.similarity * 100)}%) in ${g.passages.length} places`, format: 'text/plain' },
    target: g.passages.map(target),
  }));
  // a group's paraphrases (reported speech of the same utterance) are its last targets, as the body says
  (result.quoteVariants ?? []).forEach((g, i) => {
    const reported = g.paraphrases?.length ?? 0;
    const paraphrases = reported ? `; the last ${reported === 1 ? 'target is a paraphrase' : `${reported} targets are paraphrases`} (reported speech, not their words)` : '';
    items.push({
      id: `${base}:quote-variant:${i + 1}`, type: 'Annotation', motivation: 'linking',
      body: { type: 'TextualBody', value: `The same quote${g.speaker ? ` of ${g.speaker}` : ''} reported in different words${paraphrases}`, format: 'text/plain' },
      target: [...g.quotes, ...(g.paraphrases ?? [])].map(target),
    });
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: base, type: 'AnnotationCollection', label: 'News Lens cross-source links', total: items.length,
    first: { id: `${base}:page:1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
