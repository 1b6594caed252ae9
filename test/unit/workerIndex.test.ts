/**
 * The corpus index hosted in the worker (src/worker/service.ts), driven through the Engine's queue as the
 * extension does, and the host's CorpusView over its snapshots: the same results as a CorpusIndex built in
 * place, superseded requests dropped, stale results never shown, and the index rebuilt when the worker dies.
 * The "worker" here is the service behind an asynchronous port, as in the real worker minus the thread.
 */
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { CorpusIndex } from '../../src/core/corpus';
import { compareFigures } from '../../src/core/corpus/figureCompare';
import { CorpusView } from '../../src/extension/corpusView';
import { Engine, isSuperseded, type WorkerPort } from '../../src/extension/engine';
import type { IndexSnapshot, WorkerRequest, WorkerResponse } from '../../src/worker/protocol';
import * as serviceModule from '../../src/worker/service';
import { WorkerService } from '../../src/worker/service';
import { readSample, sampleFiles, until } from './helpers';

const samples = sampleFiles().map(f => [f, readSample(f)] as const);

/** A WorkerService behind a port that delivers both ways asynchronously; `requests` records what was sent. */
function fakeWorker(requests: WorkerRequest[] = []): { port: WorkerPort; fail: (e: Error) => void } {
  let onMessage: (r: WorkerResponse) => void = () => undefined;
  let onFailure: (e: Error) => void = () => undefined;
  let dead = false;
  const service = new WorkerService(r => setTimeout(() => { if (!dead) onMessage(r); }, 0));
  return {
    port: {
      post: req => { requests.push(req); setTimeout(() => { if (!dead) service.receive(req); }, 0); },
      onMessage: cb => { onMessage = cb; },
      onFailure: cb => { onFailure = cb; },
      terminate: () => { dead = true; },
    },
    fail: e => { dead = true; onFailure(e); },
  };
}

/** An engine and the host's view of its index, as Articles wires them. */
function host(port: () => WorkerPort | undefined) {
  const revs = new Map<string, number>();
  const engine = new Engine(port, () => undefined, async () => serviceModule);
  const view = new CorpusView(f => revs.get(f));
  engine.onSnapshot(s => view.apply(s));
  let next = 0;
  const set = (file: string, text: string) => { const rev = ++next; revs.set(file, rev); engine.indexSet(file, text, rev); return rev; };
  const del = (file: string) => { revs.delete(file); engine.indexDelete(file); };
  return { engine, view, revs, set, del };
}

function direct(files: (readonly [string, string])[]) {
  const index = new CorpusIndex();
  for (const [f, t] of files) index.set(f, t, analyzeText(f, t));
  return index;
}

describe('corpus index in the worker', function () {
  // (no timing is asserted: the limit only keeps a loaded build machine from failing these)
  this.timeout(60_000);
  it('gives the same duplicates, quote variants, figure comparisons and passages as an index built in place', async () => {
    const { engine, view, set } = host(() => fakeWorker().port);
    for (const [f, t] of samples) { await engine.analyze(f, t); set(f, t); }
    await engine.indexSettled();
    const index = direct([...samples]);
    assert.deepStrictEqual(view.files(), index.files());
    assert.deepStrictEqual(view.duplicates(), index.duplicates());
    assert.deepStrictEqual(view.quoteVariants(), index.quoteVariants());
    assert.deepStrictEqual(view.figures(), compareFigures(samples.map(([file, text]) => ({ file, text, figures: analyzeText(file, text).figures }))));
    for (const [f] of samples) {
      const spans = index.passagesOf(f).map(p => ({ start: p.start, end: p.end }));
      assert.deepStrictEqual(view.spansOf(f), spans, f);
      if (spans.length) assert.deepStrictEqual((await engine.passagesAt(f, spans[0].start)).passages[0], index.passagesOf(f)[0]);
    }
    assert.ok(view.duplicates().length > 0);
    engine.dispose();
  });

  it('stays consistent through create, change and delete while it is being built', async () => {
    const { engine, view, set, del } = host(() => fakeWorker().port);
    const expected = new Map<string, string>();
    samples.forEach(([f, t], i) => {
      set(f, t); expected.set(f, t);
      if (i === 1) { set('churn.txt', t.slice(200)); expected.set('churn.txt', t.slice(200)); }
      if (i === 2) { set('churn.txt', 'Changed. "Quote," he said.'); expected.set('churn.txt', 'Changed. "Quote," he said.'); }
      if (i === 3) { del(samples[0][0]); expected.delete(samples[0][0]); }
    });
    del('never-indexed.txt');
    await engine.indexSettled();
    const index = direct([...expected].sort((a, b) => a[0].localeCompare(b[0])));
    assert.deepStrictEqual(view.files(), index.files());
    assert.deepStrictEqual(view.duplicates(), index.duplicates());
    for (const f of view.files()) assert.ok(view.isCurrent(f), f);
    engine.dispose();
  });

  it('never shows a file\'s results once the host holds a newer text of it', async () => {
    const { engine, view, revs, set } = host(() => fakeWorker().port);
    for (const [f, t] of samples) set(f, t);
    await engine.indexSettled();
    const [f2] = samples[2];
    assert.ok(view.spansOf(f2).length > 0, 'sample 002 shares passages');
    revs.set(f2, 999); // the host has a newer text; the worker has not seen it yet
    view.invalidate();
    assert.deepStrictEqual(view.spansOf(f2), []);
    assert.ok(view.duplicates().every(g => g.passages.every(p => p.file !== f2) && g.passages.length >= 2));
    assert.ok(view.figures().every(c => c.entries.every(e => e.file !== f2)));
    engine.dispose();
  });

  it('an edit supersedes the queued analysis of the text before it', async () => {
    const requests: WorkerRequest[] = [];
    const { engine } = host(() => fakeWorker(requests).port);
    const [f, t] = samples[3];
    const busy = [engine.analyze('a.txt', samples[0][1]), engine.analyze('b.txt', samples[1][1])]; // two in flight
    const old = engine.analyze(f, t + ' one');
    const newer = engine.analyze(f, t + ' two');
    await assert.rejects(old, e => isSuperseded(e));
    assert.ok((await newer).quotes.length > 0);
    await Promise.all(busy);
    assert.deepStrictEqual(requests.filter(r => r.type === 'analyze' && r.file === f).map(r => (r as { text: string }).text.slice(-3)), ['two']);
    engine.dispose();
  });

  it('rebuilds the index in-process when the worker dies', async () => {
    const worker = fakeWorker();
    const { engine, view, set } = host(() => worker.port);
    for (const [f, t] of samples.slice(0, 3)) set(f, t);
    await engine.indexSettled();
    assert.strictEqual(engine.mode, 'worker');
    worker.fail(new Error('killed'));
    for (const [f, t] of samples.slice(3)) set(f, t);
    await engine.indexSettled();
    assert.strictEqual(engine.mode, 'in-process');
    const index = direct([...samples]);
    assert.deepStrictEqual(view.files(), index.files());
    assert.deepStrictEqual(view.duplicates(), index.duplicates());
    engine.dispose();
  });

  it('answers the first protocol\'s untyped analyze message', async () => {
    const out: WorkerResponse[] = [];
    const service = new WorkerService(r => out.push(r));
    service.receive({ id: 7, file: samples[0][0], text: samples[0][1] });
    assert.strictEqual(out.length, 1);
    const r = out[0] as { id: number; result: { quotes: unknown[] } };
    assert.strictEqual(r.id, 7);
    assert.deepStrictEqual(r.result, analyzeText(samples[0][0], samples[0][1]));
  });

  it('a snapshot says unchanged parts are unchanged', async () => {
    const snaps: IndexSnapshot[] = [];
    const service = new WorkerService(r => { if (r.type === 'snapshot') snaps.push(r.snapshot); });
    samples.forEach(([file, text], i) => service.receive({ type: 'set', id: i, seq: i + 1, file, text, rev: i + 1 }));
    await until(() => snaps.length >= 1);
    service.receive({ type: 'set', id: 9, seq: 9, file: samples[0][0], text: samples[0][1], rev: 9 }); // same text, new rev
    await until(() => snaps.length >= 2);
    assert.strictEqual(snaps.length, 2);
    assert.ok(snaps[0].duplicates && snaps[0].quoteVariants && snaps[0].figures);
    assert.strictEqual(snaps[1].duplicates, null);
    assert.strictEqual(snaps[1].quoteVariants === null || snaps[1].quoteVariants.length === snaps[0].quoteVariants.length, true);
    assert.deepStrictEqual(new Map(snaps[1].revs).get(samples[0][0]), 9);
    assert.strictEqual(snaps[1].seq, 9);
  });
});
