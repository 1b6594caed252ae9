/** Sentences as token ranges for the reported-speech rules: the one sentence splitter is ../quotes/sentences.ts. */
export { sentenceRanges } from '../quotes/sentences';
