/**
 * The worker's answers on the wire (src/worker/wire.ts): a long article's analysis and the index's snapshot
 * cross as runs of small messages, and the host gets back exactly the messages the service posted, in order.
 */
import * as assert from 'assert';
import { CHUNK_CHARS, decodeAnalysis, type AnalysisJson } from '../../src/worker/analysisJson';
import type { IndexSnapshot, WorkerResponse } from '../../src/worker/protocol';
import { WorkerService } from '../../src/worker/service';
import { jsonPieces, PIECE_CHARS, WireReader, writeWire, type WireMessage } from '../../src/worker/wire';
import { readSample, sampleFiles, until } from './helpers';

/** A 1 MB article made of the samples, as the stall test of the integration suite makes it. */
function longArticle(): string {
  const samples = sampleFiles().map(f => readSample(f));
  let big = '';
  for (let i = 0; big.length < 1_000_000; i++) big += samples[i % samples.length] + '\n\n';
  return big;
}

/** What the service posts for the samples and the long article: its analysis, acks and a snapshot. */
async function servicePosts(): Promise<WorkerResponse[]> {
  const posted: WorkerResponse[] = [];
  const service = new WorkerService(m => posted.push(m));
  const files = sampleFiles().map(f => [f, readSample(f)] as const);
  files.forEach(([file, text], i) => service.receive({ type: 'set', id: i + 1, seq: i + 1, file, text, rev: 1 }));
  const big = longArticle();
  service.receive({ type: 'analyze', id: 50, file: 'big.txt', text: big, encoding: 'json' });
  service.receive({ type: 'set', id: 51, seq: 51, file: 'big.txt', text: big, rev: 1 });
  // (the snapshot follows the last set after the service's quiet time)
  await until(() => posted.some(m => m.type === 'snapshot'));
  return posted;
}

describe('the worker\'s answers on the wire', function () {
  // (no timing is asserted: the limit only keeps a loaded build machine from failing these)
  this.timeout(60_000);

  it('cuts a list into JSON arrays of bounded length that give the list back', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ i, text: 'x'.repeat(i % 97), nested: [i, null, 'é“”'] }));
    for (const [chars, most] of [[1000, Infinity], [50, Infinity], [1_000_000, 7]] as const) {
      const pieces = jsonPieces(items, chars, most);
      assert.deepStrictEqual(pieces.flatMap(p => JSON.parse(p) as unknown[]), items);
      for (const p of pieces) {
        const n = (JSON.parse(p) as unknown[]).length;
        assert.ok(n <= most);
        assert.ok(n === 1 || p.length <= chars + 2, `${p.length} chars in a piece of ${n}`);
      }
    }
    assert.deepStrictEqual(jsonPieces([], 10), []);
  });

  it('gives the host the messages the service posted, in order, a long analysis and a snapshot sent in small pieces', async () => {
    const posted = await servicePosts();
    const analysis = posted.find(m => m.type === 'analysis') as { id: number } & AnalysisJson;
    assert.ok(analysis.chunks && analysis.chunks.length > 10, 'a long analysis comes in chunks');
    assert.ok(analysis.chunks.every(c => c.json.length <= 2 * CHUNK_CHARS || (JSON.parse(c.json) as unknown[]).length === 1));
    const snapshot = posted.find(m => m.type === 'snapshot') as { snapshot: IndexSnapshot } | undefined;
    assert.ok(snapshot?.snapshot.duplicates?.length, 'the long article shares passages with the samples');
    // what each message looks like after a structured clone, the way it reaches the host
    const expected = posted.map(m => structuredClone(m));

    const wire: WireMessage[] = [];
    for (const m of posted) writeWire(m, w => wire.push(structuredClone(w)));
    assert.ok(wire.length > posted.length + 10);
    for (const w of wire) {
      if (w.type === 'piece') assert.ok(w.json.length <= 2 * Math.max(PIECE_CHARS, CHUNK_CHARS) || (JSON.parse(w.json) as unknown[]).length === 1, `a piece of ${w.json.length} chars`);
      else if (w.type === 'snapshot') assert.ok(JSON.stringify(w).length < PIECE_CHARS, 'the snapshot itself travels without its lists');
      else if (w.type === 'analysis' && 'json' in w) assert.strictEqual(w.chunks, undefined, 'the chunks travel as pieces before it');
    }

    const got: WorkerResponse[] = [];
    const reader = new WireReader(m => got.push(m));
    for (const w of wire) reader.receive(w);
    await until(() => got.length >= expected.length);
    assert.deepStrictEqual(got.map(m => m.type), expected.map(m => m.type), 'in order');
    assert.deepStrictEqual(got, expected);
    assert.deepStrictEqual(await decodeAnalysis(got.find(m => m.type === 'analysis') as unknown as AnalysisJson), await decodeAnalysis(analysis));
  });

  it('holds the messages behind a snapshot until its pieces are parsed, one per task', async () => {
    const snapshot: IndexSnapshot = { seq: 3, revs: [['a.txt', 1]], duplicates: null, quoteVariants: [], figures: Array.from({ length: 3000 }, (_, i) => ({ topic: `t${i}`, unit: null, entries: [], disagree: false, summary: 's'.repeat(40) })) };
    const wire: WireMessage[] = [];
    writeWire({ type: 'snapshot', snapshot }, w => wire.push(w));
    writeWire({ type: 'ack', id: 9 }, w => wire.push(w));
    assert.ok(wire.filter(w => w.type === 'piece').length > 3);
    const got: WorkerResponse[] = [];
    const reader = new WireReader(m => got.push(m));
    for (const w of wire) reader.receive(w);
    assert.deepStrictEqual(got, [], 'nothing is delivered in the task the pieces arrived in');
    await until(() => got.length >= 2);
    assert.deepStrictEqual(got, [{ type: 'snapshot', snapshot }, { type: 'ack', id: 9 }]);
  });
});
