/**
 * What runs in the worker (and, when no worker can be had, in-process): document analysis with a small
 * content-hash cache, and the corpus index over the workspace's articles with everything computed from it —
 * duplicate groups, quote variants, figure comparisons, a file's passages. The host sends what changed; once a
 * burst of changes is over the service pushes an `IndexSnapshot`. Platform-neutral: no Node or DOM API beyond
 * timers, so the child process, the Node worker thread, the Web Worker and the extension host share it.
 */
import { analyzeText } from '../core/analyze';
import { CorpusIndex, type FilePassage } from '../core/corpus';
import { compareFigures } from '../core/corpus/figureCompare';
import type { DocumentAnalysis, DuplicateGroup, QuoteVariantGroup } from '../core/types';
import { encodeAnalysis } from './analysisJson';
import { hash } from './hash';
import type { AnalyzeRequest, DeleteRequest, PassagesAtRequest, SetRequest, WorkerRequest, WorkerResponse } from './protocol';

/** Analyses kept by content hash, so that indexing a text just analysed does not analyse it again. */
const ANALYSIS_CACHE = 16;
/** A snapshot is sent this long after the last change of a burst ... */
const QUIET_MS = 25;
/** ... or at the latest this long after its first change (progress while a folder is indexed). */
const MAX_WAIT_MS = 1000;

interface Doc {
  text: string;
  analysis: DocumentAnalysis;
  rev: number;
}

export class WorkerService {
  private readonly index = new CorpusIndex();
  private readonly docs = new Map<string, Doc>();
  private readonly analyses = new Map<string, DocumentAnalysis>();
  private readonly passageCache = new Map<string, FilePassage[]>();
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private burstStart = 0;
  private sentDuplicates: readonly DuplicateGroup[] | null = null;
  private sentVariants: readonly QuoteVariantGroup[] | null = null;
  private figuresChanged = true;

  constructor(private readonly post: (message: WorkerResponse) => void) {}

  receive(req: WorkerRequest): void {
    try {
      switch (req.type) {
        case 'set': return this.set(req);
        case 'delete': return this.delete(req);
        case 'passagesAt': return this.passagesAt(req);
        default: return this.analyze(req);
      }
    } catch (e) {
      this.post({ type: 'error', id: req.id, error: e instanceof Error ? e.message : String(e) });
    }
  }

  private analysisOf(file: string, text: string, parts?: AnalyzeRequest['parts']): DocumentAnalysis {
    const key = `${parts?.join(',') ?? 'all'}:${hash(text)}`;
    let result = this.analyses.get(key);
    if (result) this.analyses.delete(key);
    else result = analyzeText(file, text, parts ? { parts } : {});
    this.analyses.set(key, result);
    if (this.analyses.size > ANALYSIS_CACHE) this.analyses.delete(this.analyses.keys().next().value as string);
    return result.file === file ? result : { ...result, file };
  }

  private analyze(req: AnalyzeRequest): void {
    const result = this.analysisOf(req.file, req.text, req.parts);
    this.post(req.encoding === 'json' ? { type: 'analysis', id: req.id, ...encodeAnalysis(result) } : { type: 'analysis', id: req.id, result });
  }

  private set(req: SetRequest): void {
    const had = this.docs.get(req.file);
    const analysis = had && had.text === req.text ? had.analysis : this.analysisOf(req.file, req.text);
    this.index.set(req.file, req.text, analysis);
    this.docs.set(req.file, { text: req.text, analysis, rev: req.rev });
    this.changed(req.seq, req.id);
  }

  private delete(req: DeleteRequest): void {
    this.index.delete(req.file);
    this.docs.delete(req.file);
    this.changed(req.seq, req.id);
  }

  private changed(seq: number, id: number): void {
    this.seq = Math.max(this.seq, seq);
    this.figuresChanged = true;
    this.passageCache.clear();
    this.post({ type: 'ack', id });
    const now = Date.now();
    if (this.timer === undefined) this.burstStart = now;
    else if (now - this.burstStart >= MAX_WAIT_MS) return;
    else clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; this.sendSnapshot(); }, QUIET_MS);
  }

  private passagesAt(req: PassagesAtRequest): void {
    const doc = this.docs.get(req.file);
    if (!doc) { this.post({ type: 'passages', id: req.id, rev: null, passages: [] }); return; }
    let all = this.passageCache.get(req.file);
    if (!all) this.passageCache.set(req.file, (all = this.index.passagesOf(req.file)));
    this.post({ type: 'passages', id: req.id, rev: doc.rev, passages: all.filter(p => req.offset >= p.start && req.offset < p.end) });
  }

  /** Bring the index's results up to date and send what changed since the last snapshot. */
  private sendSnapshot(): void {
    try {
      const duplicates = this.index.duplicates();
      const prev = this.sentDuplicates;
      const sameDuplicates = !!prev && prev.length === duplicates.length && duplicates.every((g, i) => g === prev[i]);
      const variants = this.index.quoteVariants();
      const keys = [...this.docs.keys()].sort((a, b) => a.localeCompare(b));
      const figures = this.figuresChanged
        ? compareFigures(keys.map(file => { const d = this.docs.get(file) as Doc; return { file, text: d.text, figures: d.analysis.figures }; }))
        : null;
      this.post({
        type: 'snapshot',
        snapshot: {
          seq: this.seq,
          revs: keys.map(file => [file, (this.docs.get(file) as Doc).rev]),
          duplicates: sameDuplicates ? null : duplicates,
          quoteVariants: variants === this.sentVariants ? null : variants,
          figures,
        },
      });
      this.sentDuplicates = duplicates;
      this.sentVariants = variants;
      this.figuresChanged = false;
    } catch (e) {
      this.post({ type: 'error', id: -1, error: `index snapshot failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}` });
    }
  }
}
