/** The engine's public surface, for the CLI, the editor glue, workers and browsers alike. */
export * from './types';
export { analyzeText, analyzeCorpus } from './analyze';
export type { AnalyzeOptions, CorpusInput } from './analyze';
export { toSchemaJson, documentJson } from './serialize';
export { decodeArticle, checkText, stripBom, DEFAULT_MAX_FILE_SIZE_MB } from './text/decode';
export { CorpusIndex } from './corpus';
