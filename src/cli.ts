/**
 * news-lens — the command-line face of the engine (the run itself: cliMain.ts), with the whole engine: quotes,
 * speakers, figures, duplicates, quote variants, brat export. Built as dist/cli-engine.js, which the launcher
 * (cliLaunch.ts) loads for every run but one of the corpus index alone (see cliIndex.ts), and which the CLI's worker
 * threads load.
 */
import { isMainThread } from 'worker_threads';
import { DOCUMENT_ENGINE } from './core/analyze';
import { bratDirProblem, writeBratFiles } from './cliBrat';
import { mainWith, runCliWith, type CliEngine, type CliIO, type CliOptions } from './cliMain';
import { setDocumentEngine, setWorkerEntry } from './cliParallel';
import { setCliV8Flags } from './cliV8Flags';
export { cacheCoverage, type CliIO, type CliOptions } from './cliMain';
export { adoptWorkers, setWorkerEntry } from './cliParallel';

const ENGINE: CliEngine = { documents: DOCUMENT_ENGINE, brat: { dirProblem: bratDirProblem, write: writeBratFiles } };

// the worker threads analyse documents with it, and run this file (unless the launcher has them run itself)
setDocumentEngine(DOCUMENT_ENGINE);
setWorkerEntry(__filename);

/** A CLI run with the whole engine (see cliMain.ts runCliWith). */
export const runCli = (argv: string[], io: CliIO, options: CliOptions = {}): number => runCliWith(ENGINE, argv, io, options);

/** The CLI as a process with the whole engine (see cliMain.ts mainWith). */
export const main = (threads?: number): readonly string[] => mainWith(ENGINE, threads);

if (isMainThread && require.main === module) {
  setCliV8Flags();
  main();
}
