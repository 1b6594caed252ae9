/**
 * `news-lens` (dist/cli.js): sets the CLI's V8 flags, loads the engine bundle (dist/cli-engine.js, built from
 * cli.ts) with a code cache (cliCodeCache.ts) and runs it. Kept apart from the engine so that the engine is
 * compiled from the cache rather than by Node's loader; nothing of the engine is bundled in here. The CLI's worker
 * threads (cliParallel.ts) run this file too: the engine loaded from the same cache, and the worker's job started
 * by the engine itself (V8's flags are the process's, set by the main thread already). The worker threads a run will
 * use are started first thing, before the main thread loads the engine (cliOptions.launchPlan), so that their own
 * start-up and loading of the engine happen beside the main thread's rather than after it. A run of the corpus index
 * alone (--only duplicates, no --brat) loads the index's own bundle instead (dist/cli-index.js, built from cliIndex.ts:
 * the same run without the analysis of documents); its worker threads, if any, load the engine.
 */
import path = require('path');
import { isMainThread, type Worker } from 'worker_threads';
import { cacheDir, loadWithCodeCache } from './cliCodeCache';
import { launchPlan } from './cliOptions';
import { startWorker } from './cliThreads';
import { CLI_V8_FLAGS, setCliV8Flags, useIndexV8Flags, withV8DefaultGrowth } from './cliV8Flags';

/** The engine bundle, beside this file. */
export const ENGINE_FILE = 'cli-engine.js';

/** The corpus index's bundle (cliIndex.ts), beside this file: for a run of the index alone (launchPlan indexEngine). */
export const INDEX_ENGINE_FILE = 'cli-index.js';

interface Engine {
  main(threads?: number): readonly string[];
  setWorkerEntry(file: string): void;
  adoptWorkers(workers: readonly Worker[]): void;
}

/** `n` worker threads for this run, started (each runs this file, and waits for its job once it has the engine). */
function startWorkersEarly(n: number): Worker[] {
  const workers: Worker[] = [];
  for (; n > 0; n--) {
    const w = startWorker(__filename);
    if (w) workers.push(w);
  }
  return workers;
}

if (isMainThread) setCliV8Flags();
const plan = isMainThread ? launchPlan(process.argv.slice(2)) : undefined;
const early = plan ? startWorkersEarly(plan.workers) : [];
const engine = loadWithCodeCache(path.join(__dirname, plan?.indexEngine ? INDEX_ENGINE_FILE : ENGINE_FILE), cacheDir(), CLI_V8_FLAGS.join(' '), { cacheStep: withV8DefaultGrowth });
if (isMainThread) {
  const exports = engine.exports as Engine;
  exports.setWorkerEntry(__filename);
  exports.adoptWorkers(early);
  if (plan?.indexOnly) useIndexV8Flags();
  const analysed = exports.main(plan?.threads);
  // (after the run's own work, so that the cache holds every function it compiled: written by a run that analysed
  // files, when there was none or the one used was written by a run that analysed fewer parts)
  engine.save(analysed);
}
