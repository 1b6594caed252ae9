/**
 * How many threads a CLI run uses, and starting a worker thread: kept apart from the engine (no analysis code here),
 * so that the CLI's launcher (cliLaunch.ts) can start the run's worker threads before it loads the engine.
 */
import { readdirSync, readFileSync } from 'fs';
import { availableParallelism, cpus, loadavg } from 'os';
import { Worker } from 'worker_threads';
import type { Part } from './core/types';

/** Below this many files everything is done on the main thread (the corpus index alone: reading and tokenizing). */
export const PARALLEL_MIN_FILES = 200;
/**
 * …and below this many when the documents are analysed (quotes or figures): a worker's start-up is a few files'
 * analysis, and each thread warms up its own compiled code.
 */
export const PARALLEL_MIN_ANALYSED_FILES = 24;

/** Quotes or figures are asked for: the per-document analysis, most of a run's work. */
export const analysesDocuments = (parts: readonly Part[]): boolean => parts.includes('quotes') || parts.includes('figures');

/** Fewer files than this: one thread. */
export const parallelMinFiles = (parts: readonly Part[]): number => (analysesDocuments(parts) ? PARALLEL_MIN_ANALYSED_FILES : PARALLEL_MIN_FILES);

/** Threads a run may use at most (--threads, NEWS_LENS_THREADS). */
export const MAX_THREADS = 16;
/** Threads a run uses by default at most (each warms up its own compiled code: more gain less). */
const MAX_DEFAULT_THREADS = 2;

/** The cores this process may run on. */
function coreCount(): number {
  try { return typeof availableParallelism === 'function' ? availableParallelism() : cpus().length; } catch { return 1; }
}

/**
 * The machine's load: runnable tasks over the last minute (0 where the platform has none: Windows), or the tasks
 * runnable at this moment besides this process where the platform tells (Linux's /proc/loadavg) and they are fewer.
 * The average lags a minute: right after a build it still counts the build, and a run then kept to one thread what an
 * idle core could have shared. A machine busy now but idle over the minute still reads as the average.
 */
function loadAverage(): number {
  let average = 0;
  try { average = loadavg()[0] ?? 0; } catch { /* none */ }
  const now = runnableNow();
  return now === undefined ? average : Math.min(average, now);
}

/**
 * Tasks runnable at this moment other than this process's own threads (Linux: /proc/loadavg's "R/T" field, less the
 * threads of /proc/self/task in state R — V8's compiler and GC threads are busy while the CLI starts, and counted as
 * another task's load they kept a run on one thread with a core idle), or undefined.
 */
function runnableNow(): number | undefined {
  try {
    const running = Number(readFileSync('/proc/loadavg', 'latin1').split(' ')[3]?.split('/')[0]);
    return Number.isInteger(running) && running >= 1 ? Math.max(0, running - ownRunnableThreads()) : undefined;
  } catch {
    return undefined;
  }
}

/** This process's threads that are runnable now (at least the one reading), from /proc/self/task/N/stat. */
function ownRunnableThreads(): number {
  let n = 0;
  try {
    for (const task of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, 'latin1');
      // (the state follows the command name's closing parenthesis: "1234 (node) R …")
      if (stat.charAt(stat.lastIndexOf(')') + 2) === 'R') n++;
    }
  } catch { /* none readable */ }
  return Math.max(1, n);
}

/**
 * The default number of threads: NEWS_LENS_THREADS if set; else, when the documents are analysed (quotes or
 * figures), one more per core the machine's load leaves idle (a worker on a busy core only duplicates what the main
 * thread then does again: see prepareInputs), at most two in all; else one. (Measured on the 2-core build machine,
 * PolNeAR dev, 84 files, quotes and figures, per thread's CPU: the main thread's 0.54–0.68 s beside a worker against
 * 0.70–0.96 s alone, the whole process's 25% more; at a load average of 14, ten runs each, two threads took 4.00 s
 * against one's 3.38 s (medians). The corpus index alone, 5,000 articles: two threads were no faster than one, 1.18 s
 * against 1.15 s, for 0.36 s more CPU: V8's own background threads — concurrent marking, parallel scavenges,
 * concurrent compilation — already keep the second core a third busy, and two isolates reading and tokenizing at
 * once slow each other down.)
 */
export function defaultThreads(parts: readonly Part[] = [], env: NodeJS.ProcessEnv = process.env, cores = coreCount(), load = loadAverage()): number {
  const set = Number(env.NEWS_LENS_THREADS);
  if (Number.isInteger(set) && set >= 1) return Math.min(set, MAX_THREADS);
  if (!analysesDocuments(parts)) return 1;
  const idle = Math.floor(cores - load);
  return Math.max(1, Math.min(1 + idle, cores, MAX_DEFAULT_THREADS));
}

/** What a worker thread of the CLI is started with: it loads the engine, then waits for its job (cliParallel.ts). */
export interface WorkerStart {
  newsLensWorker: true;
}

export const isWorkerStart = (data: unknown): data is WorkerStart => (data as WorkerStart | undefined)?.newsLensWorker === true;

/**
 * The worker's stdout and stderr kept to itself (worker.stdout / worker.stderr, never read): a worker writes nothing,
 * it posts its results. Left to the default, Node pipes them into the main thread's process.stdout and
 * process.stderr, which it makes right then — for a pipe or a socket (a script reading the CLI) a net.Socket each,
 * with the net and stream modules compiled — 10–20 ms of the main thread's start, before it loads the engine
 * (measured around `new Worker`, both descriptors pipes: 13–25 ms against 2.6–4.6 ms). The CLI itself writes to
 * its descriptors directly (cliOutput.ts).
 */
const WORKER_STDIO = { stdout: true, stderr: true } as const;

/**
 * A worker thread running `entry`, which never keeps the process alive and whose failure only means its chunks are
 * done on the main thread (see prepareInputs); undefined where worker threads cannot be started.
 */
export function startWorker(entry: string): Worker | undefined {
  try {
    const workerData: WorkerStart = { newsLensWorker: true };
    const worker = new Worker(entry, { workerData, ...WORKER_STDIO });
    worker.unref();
    worker.on('error', () => { /* its chunks are done on the main thread */ });
    return worker;
  } catch {
    return undefined;
  }
}
