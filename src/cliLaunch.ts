/**
 * `news-lens` (dist/cli.js): sets the CLI's V8 flags, loads the engine bundle (dist/cli-engine.js, built from
 * cli.ts) with a code cache (cliCodeCache.ts) and runs it. Kept apart from the engine so that the engine is
 * compiled from the cache rather than by Node's loader; nothing of the engine is bundled in here. The CLI's worker
 * threads (cliParallel.ts) run this file too: the engine loaded from the same cache, and the worker's job started
 * by the engine itself (V8's flags are the process's, set by the main thread already).
 */
import * as path from 'path';
import { isMainThread } from 'worker_threads';
import { cacheDir, loadWithCodeCache } from './cliCodeCache';
import { CLI_V8_FLAGS, setCliV8Flags } from './cliV8Flags';

/** The engine bundle, beside this file. */
export const ENGINE_FILE = 'cli-engine.js';

interface Engine {
  main(): readonly string[];
  setWorkerEntry(file: string): void;
}

if (isMainThread) setCliV8Flags();
const engine = loadWithCodeCache(path.join(__dirname, ENGINE_FILE), cacheDir(), CLI_V8_FLAGS.join(' '));
if (isMainThread) {
  const exports = engine.exports as Engine;
  exports.setWorkerEntry(__filename);
  const analysed = exports.main();
  // (after the run's own work, so that the cache holds every function it compiled: written by a run that analysed
  // files, when there was none or the one used was written by a run that analysed fewer parts)
  engine.save(analysed);
}
