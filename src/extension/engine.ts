/**
 * Where the engine runs: a worker (a Node worker thread on the desktop, a Web Worker in the browser), so that a
 * long article never stalls the extension host; in-process, document by document, when no worker can be had.
 * Results are cached by content hash: the same text is never analysed twice.
 */
import type { DocumentAnalysis, Part } from '../core/types';
import type { AnalyzeRequest, AnalyzeResponse } from '../worker/protocol';

/** The minimal surface of a worker shared by worker_threads and Web Workers, as the platform entry wraps it. */
export interface WorkerPort {
  post(req: AnalyzeRequest): void;
  onMessage(cb: (res: AnalyzeResponse) => void): void;
  onFailure(cb: (err: Error) => void): void;
  terminate(): void;
}

export type WorkerFactory = () => WorkerPort | undefined;

const CACHE_SIZE = 500;

function hash(text: string): string {
  let h1 = 0x811c9dc5, h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return `${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}:${text.length}`;
}

export class Engine {
  private worker: WorkerPort | undefined;
  private workerFailed = false;
  private nextId = 1;
  private pending = new Map<number, { resolve: (d: DocumentAnalysis) => void; reject: (e: Error) => void; req: AnalyzeRequest }>();
  private cache = new Map<string, DocumentAnalysis>();

  constructor(private readonly makeWorker: WorkerFactory, private readonly log: (line: string) => void) {}

  /** Where analysis runs now, for the output channel and the tests. */
  get mode(): 'worker' | 'in-process' {
    return this.worker ? 'worker' : 'in-process';
  }

  async analyze(file: string, text: string, parts?: Part[]): Promise<DocumentAnalysis> {
    const key = `${parts?.join(',') ?? 'all'}:${hash(text)}`;
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return { ...hit, file };
    }
    const result = await this.run({ id: this.nextId++, file, text, parts });
    this.cache.set(key, result);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    return result;
  }

  private run(req: AnalyzeRequest): Promise<DocumentAnalysis> {
    const worker = this.ensureWorker();
    if (!worker) return this.inProcess(req);
    return new Promise((resolve, reject) => {
      this.pending.set(req.id, { resolve, reject, req });
      worker.post(req);
    });
  }

  private async inProcess(req: AnalyzeRequest): Promise<DocumentAnalysis> {
    await new Promise(r => setTimeout(r, 0)); // let the event loop breathe between documents
    const { handle } = await import('../worker/handle');
    const res = handle(req);
    if ('error' in res) throw new Error(res.error);
    return res.result;
  }

  private ensureWorker(): WorkerPort | undefined {
    if (this.worker || this.workerFailed) return this.worker;
    try {
      this.worker = this.makeWorker();
    } catch (e) {
      this.log(`analysis worker unavailable (${(e as Error).message}); analysing in-process`);
    }
    if (!this.worker) { this.workerFailed = true; return undefined; }
    this.log('analysis runs in a worker, off the extension host thread');
    this.worker.onMessage(res => {
      const p = this.pending.get(res.id);
      if (!p) return;
      this.pending.delete(res.id);
      if ('error' in res) p.reject(new Error(res.error)); else p.resolve(res.result);
    });
    this.worker.onFailure(err => {
      this.log(`analysis worker failed (${err.message}); analysing in-process from now on`);
      this.worker = undefined;
      this.workerFailed = true;
      const waiting = [...this.pending.values()];
      this.pending.clear();
      for (const p of waiting) this.inProcess(p.req).then(p.resolve, p.reject);
    });
    return this.worker;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new Error('News Lens is shutting down'));
    this.pending.clear();
  }
}
