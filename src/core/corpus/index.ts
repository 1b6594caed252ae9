// FIRST CUT, to be replaced by the corpus index: identical paragraphs.
import type { DocumentAnalysis, DuplicateGroup, QuoteVariantGroup } from '../types';

export class CorpusIndex {
  private docs = new Map<string, string>();
  set(file: string, text: string, _analysis?: DocumentAnalysis): void { this.docs.set(file, text); }
  delete(file: string): void { this.docs.delete(file); }
  duplicates(): DuplicateGroup[] {
    const by = new Map<string, { file: string; start: number; end: number }[]>();
    for (const [file, text] of this.docs) {
      const re = /[^\n]+/g; let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        const key = m[0].trim().replace(/\s+/g, ' ');
        if (key.split(' ').length < 8) continue;
        let g = by.get(key); if (!g) by.set(key, g = []);
        g.push({ file, start: m.index, end: m.index + m[0].length });
      }
    }
    return [...by.values()].filter(g => g.length > 1).map(passages => ({ passages, similarity: 1, kind: 'exact' as const }));
  }
  quoteVariants(): QuoteVariantGroup[] { return []; }
}
