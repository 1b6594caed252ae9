/**
 * Where the engine and the corpus index run: a worker (a child process on the desktop, a Web Worker in the
 * browser), so that a long article never stalls the extension host; in-process, when no worker can be had (or
 * the worker failed: the index is then rebuilt in-process from what was sent to it).
 *
 * Requests wait in a queue here and at most two are in the worker at a time, so that a newer request for a
 * file supersedes a queued older one (an edit cancels the analysis of the text before it) instead of the
 * worker working through every intermediate version. Analyses are cached by content hash: the same text is
 * never analysed twice. The index's results come back as snapshots (`onSnapshot`).
 */
import type { FilePassage } from '../core/corpus';
import type { DocumentAnalysis, Part } from '../core/types';
import { decodeAnalysis } from '../worker/analysisJson';
import { hashInSlices } from '../worker/hash';
import type { IndexSnapshot, WorkerRequest, WorkerResponse } from '../worker/protocol';

/** The minimal surface of a worker shared by child processes, worker_threads and Web Workers, as the platform entry wraps it. */
export interface WorkerPort {
  post(req: WorkerRequest): void;
  onMessage(cb: (res: WorkerResponse) => void): void;
  onFailure(cb: (err: Error) => void): void;
  terminate(): void;
}

export type WorkerFactory = () => WorkerPort | undefined;

/** A request dropped before it ran, because a newer one for the same file replaced it. */
export class SupersededError extends Error {
  readonly superseded = true;
  constructor(file: string) {
    super(`superseded by a newer version of ${file}`);
  }
}

export const isSuperseded = (e: unknown): boolean => !!(e as { superseded?: boolean } | undefined)?.superseded;

const CACHE_SIZE = 500;
const MAX_IN_FLIGHT = 2;

interface Pending {
  req: WorkerRequest;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

export type ServiceLoader = () => Promise<typeof import('../worker/service')>;

/** The worker's service run on the extension host's thread: the same messages, delivered asynchronously. */
function inProcessPort(load: ServiceLoader, log: (line: string) => void): WorkerPort {
  let deliver: (res: WorkerResponse) => void = () => undefined;
  const service = load().then(m => new m.WorkerService(res => deliver(res)));
  return {
    post: req => void service.then(
      s => setTimeout(() => s.receive(req), 0),
      e => { log(`the engine could not be loaded: ${(e as Error).message}`); deliver({ type: 'error', id: req.id, error: 'the engine could not be loaded' }); },
    ),
    onMessage: cb => { deliver = cb; },
    onFailure: () => undefined,
    terminate: () => { deliver = () => undefined; },
  };
}

/** VS Code's Disposable, structurally (this file imports nothing from vscode: the unit tests run it in Node). */
export interface Disposable {
  dispose(): void;
}

export class Engine implements Disposable {
  private port: WorkerPort | undefined;
  private inProcess = false;
  private nextId = 1;
  private seq = 0;
  private snapshotSeq = 0;
  private readonly queue: Pending[] = [];
  private readonly inFlight = new Map<number, Pending>();
  private readonly cache = new Map<string, DocumentAnalysis>();
  private readonly running = new Map<string, Promise<DocumentAnalysis>>();
  /** Per file, the last text given to analyze() while it is being hashed (a newer text wins). */
  private readonly hashing = new Map<string, { text: string; waiting: number }>();
  /** What the index holds (or is about to), to rebuild it if the worker fails. */
  private readonly indexed = new Map<string, { text: string; rev: number }>();
  private readonly snapshotListeners: ((s: IndexSnapshot) => void)[] = [];
  private settledWaiters: (() => void)[] = [];
  private disposed = false;

  constructor(
    private readonly makeWorker: WorkerFactory,
    private readonly log: (line: string) => void,
    /** How the in-process fallback loads the engine (lazily: activation does not load it). */
    private readonly loadService: ServiceLoader = () => import('../worker/service'),
  ) {}

  /** Where analysis runs now, for the output channel and the tests. */
  get mode(): 'worker' | 'in-process' {
    return this.port && !this.inProcess ? 'worker' : 'in-process';
  }

  async analyze(file: string, text: string, parts?: Part[]): Promise<DocumentAnalysis> {
    // a long text is hashed a slice per task; another text of the file given meanwhile supersedes this one
    let mine = this.hashing.get(file);
    if (!mine || mine.text !== text) this.hashing.set(file, (mine = { text, waiting: 0 }));
    mine.waiting++;
    const key = `${parts?.join(',') ?? 'all'}:${await hashInSlices(text)}`;
    const latest = this.hashing.get(file);
    if (--mine.waiting === 0 && latest === mine) this.hashing.delete(file);
    if (latest && latest.text !== text) throw new SupersededError(file);
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit.file === file ? hit : { ...hit, file };
    }
    let run = this.running.get(key);
    if (!run) {
      // a queued analysis of another text of this file is superseded
      this.dropQueued(p => p.req.type !== 'set' && p.req.type !== 'delete' && p.req.type !== 'passagesAt' && p.req.file === file, p => p.reject(new SupersededError(file)));
      run = this.request<DocumentAnalysis>({ type: 'analyze', id: 0, file, text, parts, encoding: 'json' }).then(result => {
        this.cache.set(key, result);
        if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
        return result;
      });
      const settle = () => { if (this.running.get(key) === run) this.running.delete(key); };
      run.then(settle, settle);
      this.running.set(key, run);
    }
    const result = await run;
    return result.file === file ? result : { ...result, file };
  }

  /** Put a file's text into the index (replacing a queued, not yet sent change of it). */
  indexSet(file: string, text: string, rev: number): void {
    this.indexed.set(file, { text, rev });
    this.dropQueued(p => (p.req.type === 'set' || p.req.type === 'delete') && p.req.file === file, p => p.resolve(undefined));
    void this.request({ type: 'set', id: 0, seq: ++this.seq, file, text, rev }).catch(e => this.log(`indexing ${file} failed: ${(e as Error).message}`));
  }

  indexDelete(file: string): void {
    if (!this.indexed.delete(file)) return;
    this.dropQueued(p => (p.req.type === 'set' || p.req.type === 'delete') && p.req.file === file, p => p.resolve(undefined));
    void this.request({ type: 'delete', id: 0, seq: ++this.seq, file }).catch(e => this.log(`removing ${file} from the index failed: ${(e as Error).message}`));
  }

  /** The passages of a file that contain an offset, and the rev of the text they were found in. */
  passagesAt(file: string, offset: number): Promise<{ rev: number | null; passages: FilePassage[] }> {
    return this.request({ type: 'passagesAt', id: 0, file, offset });
  }

  /** Calls `cb` with each snapshot of the index until the returned disposable is disposed. */
  onSnapshot(cb: (s: IndexSnapshot) => void): Disposable {
    this.snapshotListeners.push(cb);
    return { dispose: () => { const i = this.snapshotListeners.indexOf(cb); if (i >= 0) this.snapshotListeners.splice(i, 1); } };
  }

  /** Resolves once a snapshot reflects every index change sent so far. */
  indexSettled(): Promise<void> {
    if (this.snapshotSeq >= this.seq) return Promise.resolve();
    return new Promise(resolve => this.settledWaiters.push(resolve));
  }

  private request<T>(req: WorkerRequest): Promise<T> {
    if (this.disposed) return Promise.reject(new Error('News Lens is shutting down'));
    req.id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ req, resolve: resolve as (v: unknown) => void, reject });
      this.pump();
    });
  }

  private dropQueued(match: (p: Pending) => boolean, settle: (p: Pending) => void): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const p = this.queue[i];
      if (match(p)) { this.queue.splice(i, 1); settle(p); }
    }
  }

  private pump(): void {
    const port = this.ensurePort();
    while (this.queue.length && this.inFlight.size < MAX_IN_FLIGHT) {
      const p = this.queue.shift() as Pending;
      this.inFlight.set(p.req.id, p);
      port.post(p.req);
    }
  }

  private ensurePort(): WorkerPort {
    if (this.port) return this.port;
    let worker: WorkerPort | undefined;
    try {
      worker = this.makeWorker();
    } catch (e) {
      this.log(`analysis worker unavailable (${(e as Error).message}); analysing in-process`);
    }
    if (worker) this.log('analysis and the corpus index run in a worker, off the extension host thread');
    return this.attach(worker ?? this.fallback());
  }

  private fallback(): WorkerPort {
    this.inProcess = true;
    return inProcessPort(this.loadService, this.log);
  }

  private attach(port: WorkerPort): WorkerPort {
    this.port = port;
    port.onMessage(res => { if (this.port === port) this.receive(res); });
    port.onFailure(err => { if (this.port === port) this.failed(err); });
    return port;
  }

  private receive(res: WorkerResponse): void {
    if (res.type === 'snapshot') {
      this.snapshotSeq = Math.max(this.snapshotSeq, res.snapshot.seq);
      for (const cb of this.snapshotListeners) cb(res.snapshot);
      if (this.snapshotSeq >= this.seq) {
        const waiting = this.settledWaiters;
        this.settledWaiters = [];
        for (const w of waiting) w();
      }
      return;
    }
    const p = this.inFlight.get(res.id);
    if (!p) {
      if ('error' in res) this.log(res.error);
      return;
    }
    this.inFlight.delete(res.id);
    if ('error' in res) p.reject(new Error(res.error));
    else if (res.type === 'passages') p.resolve({ rev: res.rev, passages: res.passages });
    else if ('json' in res) decodeAnalysis(res).then(p.resolve, p.reject);
    else if ('result' in res) p.resolve(res.result);
    else p.resolve(undefined);
    this.pump();
  }

  /** The worker died: carry on in-process, rebuilding the index there and re-sending what was pending. */
  private failed(err: Error): void {
    this.log(`analysis worker failed (${err.message}); analysing in-process from now on`);
    this.port?.terminate();
    this.attach(this.fallback());
    const pending = [...this.inFlight.values(), ...this.queue].filter(p => {
      if (p.req.type !== 'set' && p.req.type !== 'delete') return true;
      p.resolve(undefined);
      return false;
    });
    this.inFlight.clear();
    this.queue.length = 0;
    for (const [file, { text, rev }] of this.indexed) {
      this.queue.push({ req: { type: 'set', id: this.nextId++, seq: ++this.seq, file, text, rev }, resolve: () => undefined, reject: () => undefined });
    }
    this.queue.push(...pending);
    this.pump();
  }

  dispose(): void {
    this.disposed = true;
    this.snapshotListeners.length = 0;
    this.port?.terminate();
    for (const p of [...this.inFlight.values(), ...this.queue]) p.reject(new Error('News Lens is shutting down'));
    this.inFlight.clear();
    this.queue.length = 0;
    const waiting = this.settledWaiters;
    this.settledWaiters = [];
    for (const w of waiting) w();
  }
}
