/**
 * `news-lens` (dist/cli.js): sets the CLI's V8 flags, loads the engine bundle (dist/cli-engine.js, built from
 * cli.ts) with a code cache (cliCodeCache.ts) and runs it. Kept apart from the engine so that the engine is
 * compiled from the cache rather than by Node's loader; nothing of the engine is bundled in here.
 */
import * as path from 'path';
import { cacheDir, loadWithCodeCache } from './cliCodeCache';
import { CLI_V8_FLAGS, setCliV8Flags } from './cliV8Flags';

/** The engine bundle, beside this file. */
export const ENGINE_FILE = 'cli-engine.js';

setCliV8Flags();
const engine = loadWithCodeCache(path.join(__dirname, ENGINE_FILE), cacheDir(), CLI_V8_FLAGS.join(' '));
const analysed = (engine.exports as { main(): readonly string[] }).main();
// (after the run's own work, so that the cache holds every function it compiled: written by a run that analysed
// files, when there was none or the one used was written by a run that analysed fewer parts)
engine.save(analysed);
