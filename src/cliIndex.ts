/**
 * news-lens for a run of the corpus index alone (`analyze --only duplicates`, without --brat): the run of cli.ts
 * (cliMain.ts) without the analysis of documents — quotes, speakers, figures, people and the brat export — which such a
 * run never calls. Built as dist/cli-index.js, a tenth of the engine bundle's size; the launcher (cliLaunch.ts) loads it
 * for such a run instead of the engine, whose loading (its code cache, and the lexicons, tables and patterns its
 * modules make as they load) is work the index does not use: its code cache is 134 KB against 1.7 MB (valgrind, the
 * index of one generated article, all threads: 1.25 G instructions with the engine, 0.72 G with this). 5,000 generated
 * documents (test/bench/dupbench.mjs), 7 alternated runs on the busy 2-core machine, each build's code cache written by
 * a PolNeAR dev analysis and an index run: CPU of the main thread 1.44 → 1.27 s, of the process 2.08 → 1.96 s, peak
 * RSS 279 → 268 MB (thirty-fourth session). The output is the engine's, byte for byte.
 */
import { emptyDocument, type DocumentEngine } from './core/prepared';
import { ALL_PARTS } from './core/types';
import { mainWith, runCliWith, type CliEngine, type CliIO, type CliOptions } from './cliMain';
import { analysesDocuments } from './cliThreads';
export { adoptWorkers, setWorkerEntry } from './cliParallel';

/** A failure for what a run of the index alone never asks (a launcher's mistake, not the user's). */
function notInThisBundle(what: string): never {
  throw new Error(`this bundle of the CLI (the corpus index alone) has no ${what}`);
}

/** The documents as a run of the index alone prints them: read, nothing looked for (core/analyze.ts analyzeText). */
const NO_DOCUMENT_ANALYSIS: DocumentEngine = {
  analyzeText: (file, _text, options) => (analysesDocuments(options?.parts ?? ALL_PARTS) ? notInThisBundle('analysis of documents') : emptyDocument(file)),
  canonicalNames: () => notInThisBundle('people'),
};

const INDEX_ENGINE: CliEngine = { documents: NO_DOCUMENT_ANALYSIS };

/** A CLI run of the index alone (see cliMain.ts runCliWith). */
export const runCli = (argv: string[], io: CliIO, options: CliOptions = {}): number => runCliWith(INDEX_ENGINE, argv, io, options);

/** The CLI as a process, for a run of the index alone (see cliMain.ts mainWith). */
export const main = (threads?: number): readonly string[] => mainWith(INDEX_ENGINE, threads);
