/**
 * What the corpus index's quote variants are given: the direct quotes, grouped by the variant finder
 * (../corpus/quoteVariants.ts), and apart from them the paraphrases (indirect quotes). A paraphrase — long, in the
 * reporter's words — shares words with most of what the same person said: among the quotes to group it would chain
 * them into a few large groups (on the samples, pair precision fell from 0.66 to 0.23). So a paraphrase is only ever
 * attached to a group of direct quotes it matches (attachParaphrases), never grouped with another paraphrase.
 */
import type { DocumentAnalysis } from '../types';

export function forQuoteVariants(doc: DocumentAnalysis): DocumentAnalysis {
  return doc.quotes.some(q => q.kind === 'indirect') ? { ...doc, quotes: doc.quotes.filter(q => q.kind !== 'indirect') } : doc;
}

/** A content's opening complementizer ("that the Syrian opposition risks …"): no word of what was said. */
const COMPLEMENTIZER = /^that\s+/i;

/** The document's paraphrases (its indirect quotes) alone, each without its opening "that". */
export function paraphrasesOf(doc: DocumentAnalysis): DocumentAnalysis {
  return {
    ...doc,
    quotes: doc.quotes.filter(q => q.kind === 'indirect').map(q => {
      const m = COMPLEMENTIZER.exec(q.text);
      return m ? { ...q, start: q.start + m[0].length, text: q.text.slice(m[0].length) } : q;
    }),
  };
}
