/**
 * The CLI's inputs read and prepared on several threads: worker threads (and the main thread) take chunks of
 * files in turn from a shared counter, read them, run the per-document analysis that is asked for and
 * tokenize them for the corpus index; the workers hand their results over as messages (tokens as one
 * transferable buffer per chunk, see TokenPacker). The main thread then puts everything together in file
 * order (analyzePrepared), exactly as a single thread would: the result does not depend on who did what.
 *
 * The threads take the largest files first. The main thread waits for a worker only briefly: once no chunk is
 * left to take, it waits for the chunks the workers have taken and not given back yet as long as it takes itself
 * for a chunk at most, then does them again (a worker may be waiting for a core, or have failed). Start-up of a
 * worker costs some 30–50 ms of a core: only worth it for many files. By default a second thread when the run analyses documents (quotes or
 * figures) and the machine has a core its load leaves idle, one for the corpus index alone (see defaultThreads).
 */
import { isMainThread, MessageChannel, parentPort, receiveMessageOnPort, workerData, type MessagePort, type Worker } from 'worker_threads';
import type { DocumentEngine } from './core/prepared';
import { documentJsonText } from './core/serialize';
import { WordIds } from './core/corpus/normalize';
import { TokenPacker, unpackTokens, type PackedTokens } from './core/corpus/tokenize';
import type { DocumentAnalysis, Part } from './core/types';
import { readInput, type FileRef, type ReadInput } from './cliInputs';
import { analysesDocuments, isWorkerStart, parallelMinFiles, startWorker } from './cliThreads';
export { defaultThreads, MAX_THREADS, PARALLEL_MIN_ANALYSED_FILES, PARALLEL_MIN_FILES, parallelMinFiles } from './cliThreads';

/**
 * The script a worker thread runs: this bundle by default (cli.ts sets its own file); the CLI's launcher sets itself
 * (setWorkerEntry), so that a worker compiles the engine from the same code cache as the main thread (cliLaunch.ts)
 * instead of from source.
 */
let workerEntry = __filename;
export function setWorkerEntry(file: string): void {
  workerEntry = file;
}

/**
 * The analysis of one document the threads run (quotes, figures), set by the bundle's entry (cli.ts: the engine's);
 * the corpus index's bundle (cliIndex.ts) sets none: its runs analyse no document.
 */
let documentEngine: DocumentEngine | undefined;
export function setDocumentEngine(engine: DocumentEngine): void {
  documentEngine = engine;
}

function analyzeText(file: string, text: string, parts: readonly Part[]): DocumentAnalysis {
  if (!documentEngine) throw new Error('this bundle of the CLI analyses no document');
  return documentEngine.analyzeText(file, text, { parts });
}

/** Worker threads the launcher started before it loaded the engine (adoptWorkers), not yet given a job. */
const started: Worker[] = [];

/**
 * Worker threads already started (startWorker) for the next prepareInputs: the launcher starts them first thing, so
 * that they start up and load the engine while the main thread loads it too, rather than after (cliLaunch.ts).
 */
export function adoptWorkers(workers: readonly Worker[]): void {
  started.push(...workers);
}

/** A worker for a job: one already started, else a new one. */
const nextWorker = (): Worker | undefined => started.shift() ?? startWorker(workerEntry);

/** The started workers no job needs (their start-up is all they did). */
function stopUnusedWorkers(): void {
  for (const w of started.splice(0)) void w.terminate();
}
/** Slots of the shared control array: the next chunk to take; how many chunks the workers have posted. */
const NEXT_CHUNK = 0, POSTED = 1;

interface Job {
  refs: FileRef[];
  /** The files in the order the threads take them (see takingOrder): chunk c is order[c * chunkSize, ...). */
  order: number[];
  parts: Part[];
  maxMB: number;
  /** Each analysed document handed over as its JSON text (see PrepareOptions.documentJson). */
  documentJson: boolean;
  chunkSize: number;
  control: SharedArrayBuffer;
  port: MessagePort;
}

/** One chunk of files, order[chunk * chunkSize, ...), prepared. */
interface ChunkResult {
  chunk: number;
  inputs: ReadInput[];
  /** Per input, when quotes or figures are asked for (undefined for an input with no text). */
  analyses?: (DocumentAnalysis | undefined)[];
  /** Per input, instead of the analyses, with documentJson: each analysed document's JSON text. */
  texts?: (string | undefined)[];
  /** The inputs' tokens for the corpus index, when duplicates are asked for. */
  tokens?: PackedTokens;
  /** Why a worker could not prepare this chunk (the main thread does it again). */
  failed?: string;
}

function chunkSizeFor(files: number): number {
  return Math.max(1, Math.min(16, Math.ceil(files / 64)));
}

/**
 * The files' indices, largest first (as listed; unknown sizes last), each chunk then a run of them: the last chunks
 * taken are the smallest, so the threads run out of work at nearly the same time (the main thread then does again,
 * or waits for, only a small chunk: see prepareInputs).
 */
function takingOrder(refs: readonly FileRef[]): number[] {
  return refs.map((_, k) => k).sort((a, b) => (refs[b].size ?? 0) - (refs[a].size ?? 0) || a - b);
}

function prepareChunk(refs: FileRef[], order: readonly number[], chunk: number, chunkSize: number, parts: readonly Part[],
  maxMB: number, documentJson: boolean, words: WordIds, packer: TokenPacker): ChunkResult {
  const lo = chunk * chunkSize, hi = Math.min(refs.length, lo + chunkSize);
  const analyse = analysesDocuments(parts), index = parts.includes('duplicates');
  const inputs: ReadInput[] = [];
  const analyses: (DocumentAnalysis | undefined)[] | undefined = analyse && !documentJson ? [] : undefined;
  const texts: (string | undefined)[] | undefined = analyse && documentJson ? [] : undefined;
  for (let k = lo; k < hi; k++) {
    const input = readInput(refs[order[k]], maxMB, analyse);
    inputs.push(input);
    const doc = analyse && input.text !== undefined ? analyzeText(input.file, input.text, parts) : undefined;
    analyses?.push(doc);
    texts?.push(doc && documentJsonText(doc));
    if (index) packer.add(input.text, words);
  }
  return { chunk, inputs, analyses, texts, tokens: index ? packer.take() : undefined };
}

/** How the last prepareInputs shared its work (for tests): chunks in all, and how many workers gave back. */
export const lastRun = { chunks: 0, fromWorkers: 0 };

export interface PrepareOptions {
  /**
   * The run prints the documents as JSON and nothing else (no duplicates): each thread hands over an analysed
   * document as its JSON text (ReadInput.json), made beside the analysis, instead of the document itself (no
   * structured clone of its objects, and no JSON to write at the end but the texts joined: see schemaJsonText).
   */
  documentJson?: boolean;
  /** (Tests.) With threads > 1: the main thread leaves every chunk of files to the workers and waits for them. */
  workersOnly?: boolean;
}

/**
 * Read and prepare the files on up to `threads` threads (the main thread included); the inputs, in order,
 * for analyzePrepared. With one thread, or few files, the inputs are only read (analyzePrepared does the rest).
 */
export function prepareInputs(refs: FileRef[], parts: readonly Part[], maxMB: number, threads: number,
  options: PrepareOptions = {}): ReadInput[] {
  if (threads <= 1 || refs.length < parallelMinFiles(parts)) {
    stopUnusedWorkers();
    const wide = analysesDocuments(parts);
    return refs.map(r => readInput(r, maxMB, wide));
  }
  const chunkSize = chunkSizeFor(refs.length), chunks = Math.ceil(refs.length / chunkSize), order = takingOrder(refs);
  const documentJson = options.documentJson === true;
  const control = new SharedArrayBuffer(8), ctl = new Int32Array(control);
  const workers: { worker: Worker; port: MessagePort }[] = [];
  for (let w = 0; w < threads - 1; w++) {
    const worker = nextWorker();
    if (!worker) break; // no worker threads here: the main thread does it all
    const { port1, port2 } = new MessageChannel();
    const job: Job = { refs, order, parts: [...parts], maxMB, documentJson, chunkSize, control, port: port2 };
    worker.postMessage(job, [port2]);
    workers.push({ worker, port: port1 });
  }
  stopUnusedWorkers();
  const results: (ChunkResult | undefined)[] = new Array(chunks);
  lastRun.chunks = chunks; lastRun.fromWorkers = 0;
  const words = new WordIds(), packer = new TokenPacker();
  let ownChunks = 0, ownTime = 0;
  const here = (c: number): void => {
    const t = nowMs();
    results[c] = prepareChunk(refs, order, c, chunkSize, parts, maxMB, documentJson, words, packer);
    ownTime += nowMs() - t;
    ownChunks++;
  };
  const receive = (): void => {
    for (const { port } of workers) {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const r = m.message as ChunkResult;
        if (r.failed === undefined && !results[r.chunk]) { results[r.chunk] = r; lastRun.fromWorkers++; }
      }
    }
  };
  if (options.workersOnly && workers.length) {
    // (tests) every chunk from the workers: wait for them (at most half a minute without news)
    for (let posted = 0; posted < chunks;) {
      if (Atomics.wait(ctl, POSTED, posted, 30_000) === 'timed-out') break;
      posted = Atomics.load(ctl, POSTED);
    }
  } else {
    for (let c = Atomics.add(ctl, NEXT_CHUNK, 1); c < chunks; c = Atomics.add(ctl, NEXT_CHUNK, 1)) here(c);
  }
  // the chunks the workers took and have not given back yet: each waited for as long as the main thread takes for a
  // chunk at most (a running worker has it nearly done), then done here too (the worker may be waiting for a core,
  // or have failed)
  const patience = ownChunks ? ownTime / ownChunks : 0;
  for (let c = 0; c < chunks; c++) {
    receive();
    if (!results[c]) {
      waitForPosts(ctl, patience, () => { receive(); return results[c] !== undefined; });
      if (!results[c]) here(c);
    }
  }
  for (const { port } of workers) port.close();
  // in the files' order, with the analyses and tokens the threads computed
  const out: ReadInput[] = new Array(refs.length);
  for (const r of results as ChunkResult[]) {
    r.inputs.forEach((input, k) => {
      if (r.analyses) input.analysis = r.analyses[k];
      if (r.texts) input.json = r.texts[k];
      if (r.tokens && input.text !== undefined) input.tokens = unpackTokens(r.tokens, k);
      out[order[r.chunk * chunkSize + k]] = input;
    });
  }
  return out;
}

/**
 * Milliseconds on a monotonic clock. (process.hrtime, not performance.now: the global `performance` is made on first
 * use, loading perf_hooks and seven more of Node's modules, compiled from source because the CLI's V8 flags no longer
 * match Node's own code cache — some 9 M instructions of the main thread.)
 */
function nowMs(): number {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}

/** Wait until `arrived` says so, woken by each chunk a worker posts, for `ms` milliseconds at most. */
function waitForPosts(ctl: Int32Array, ms: number, arrived: () => boolean): void {
  const until = nowMs() + ms;
  for (let left = ms; left > 0 && !arrived(); left = until - nowMs()) Atomics.wait(ctl, POSTED, Atomics.load(ctl, POSTED), left);
}

/** A worker thread's side: take chunks until there are none left. */
function workerMain(job: Job): void {
  const { refs, order, parts, maxMB, documentJson, chunkSize, control, port } = job;
  const ctl = new Int32Array(control);
  const chunks = Math.ceil(refs.length / chunkSize);
  const words = new WordIds(), packer = new TokenPacker();
  for (let c = Atomics.add(ctl, NEXT_CHUNK, 1); c < chunks; c = Atomics.add(ctl, NEXT_CHUNK, 1)) {
    let result: ChunkResult;
    try {
      result = prepareChunk(refs, order, c, chunkSize, parts, maxMB, documentJson, words, packer);
    } catch (e) {
      result = { chunk: c, inputs: [], failed: String(e) };
      packer.take();
    }
    try {
      port.postMessage(result, result.tokens ? [result.tokens.buffer, result.tokens.docStart.buffer as ArrayBuffer] : []);
    } catch (e) {
      port.postMessage({ chunk: c, inputs: [], failed: String(e) });
    }
    Atomics.add(ctl, POSTED, 1);
    Atomics.notify(ctl, POSTED);
  }
  port.close();
}

// a worker thread: its job comes as the first message once the engine is loaded
if (!isMainThread && isWorkerStart(workerData)) parentPort?.once('message', (job: Job) => workerMain(job));
