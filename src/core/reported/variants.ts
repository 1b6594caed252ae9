/**
 * What the corpus index's quote variants are given: the direct quotes only. The variant finder
 * (../corpus/quoteVariants.ts) joins quotes of one speaker that share enough words, and a paraphrase — long, in the
 * reporter's words — shares words with most of what the same person said: given indirect quotes, it chains them
 * into a few large groups (on the samples, pair precision fell from 0.66 to 0.23). Until the finder links a
 * paraphrase to the direct quote of the same utterance only (and never two paraphrases to each other), they stay out.
 */
import type { DocumentAnalysis } from '../types';

export function forQuoteVariants(doc: DocumentAnalysis): DocumentAnalysis {
  return doc.quotes.some(q => q.kind === 'indirect') ? { ...doc, quotes: doc.quotes.filter(q => q.kind !== 'indirect') } : doc;
}
