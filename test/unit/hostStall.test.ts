/**
 * The pieces that keep the extension host's thread free on a long article (issue 7): the line table built
 * with native scans (same positions as before, every kind of line break), the spans of a decoration window
 * found by binary search, the content hash computed a slice per task (same hash), and the analysis sent as
 * JSON (same analysis). The `vscode` module is a small fake: Positions makes Position and Range objects.
 */
import * as assert from 'assert';
import Module from 'module';
import { analyzeText } from '../../src/core/analyze';
import { covers, SortedSpans } from '../../src/extension/spanWindow';
import { Engine, isSuperseded, type WorkerPort } from '../../src/extension/engine';
import { CHUNK, decodeAnalysis, type AnalysisJson } from '../../src/worker/analysisJson';
import { hash, hashInSlices } from '../../src/worker/hash';
import type { WorkerRequest, WorkerResponse } from '../../src/worker/protocol';
import * as serviceModule from '../../src/worker/service';
import { WorkerService } from '../../src/worker/service';
import { readSample, sampleFiles } from './helpers';

class Position { constructor(readonly line: number, readonly character: number) {} }
class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: number, b: number, c: number, d: number) { this.start = new Position(a, b); this.end = new Position(c, d); }
}
const moduleAny = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const originalLoad = moduleAny._load;
moduleAny._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? { Position, Range } : originalLoad.call(this, request, ...rest);
};
 
const { Positions } = require('../../src/extension/positions') as typeof import('../../src/extension/positions');
moduleAny._load = originalLoad;

/** VS Code's positionAt, written out naively: lines break at \r\n, \r and \n; inside a \r\n is the line's end. */
function naivePosition(text: string, offset: number): [number, number] {
  let line = 0, start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\n' && c !== '\r') continue;
    const len = c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    if (offset <= i) break;
    if (offset < i + len) return [line, i - start];
    line++;
    start = i + len;
    i += len - 1;
  }
  return [line, Math.min(offset, text.length) - start];
}

describe('the extension host on a long article', function () {
  // (no timing is asserted: the limit only keeps a loaded build machine from failing these)
  this.timeout(60_000);
  it('maps offsets to positions as VS Code does, for \\n, \\r\\n and \\r line breaks', () => {
    const texts = ['', 'one line', 'a\nb\n', 'a\r\nb\r\n\r\nc', 'a\rb\r\rc\n', '\n\n', '\r\n', 'x\r\ny\rz\nw', readSample(sampleFiles()[0])];
    for (const text of texts) {
      const pos = new Positions(text);
      const lines = text.split(/\r\n|\r|\n/);
      assert.strictEqual(pos.lineCount, lines.length, JSON.stringify(text));
      for (let o = 0; o <= text.length; o++) {
        const p = pos.position(o);
        assert.deepStrictEqual([p.line, p.character], naivePosition(text, o), `${JSON.stringify(text.slice(0, 30))} at ${o}`);
      }
      for (let l = 0; l < lines.length; l++) assert.strictEqual(pos.endOfLine(l) - pos.offsetOfLine(l), lines[l].length);
    }
  });

  it('finds the spans that meet a window, in order, whatever order they came in', () => {
    const spans = [{ start: 50, end: 60 }, { start: 0, end: 5 }, { start: 10, end: 400 }, { start: 100, end: 120 }, { start: 119, end: 130 }, { start: 300, end: 300 }];
    const sorted = new SortedSpans(spans);
    const naive = (a: number, b: number) => [...spans].sort((x, y) => x.start - y.start || x.end - y.end)
      .filter(s => (s.start === s.end ? s.start >= a && s.start <= b : s.start < b && s.end > a));
    for (let a = 0; a <= 420; a += 7) for (let b = a; b <= 420; b += 13) assert.deepStrictEqual(sorted.within({ start: a, end: b }), naive(a, b), `${a}-${b}`);
    assert.deepStrictEqual(sorted.summary(o => Math.floor(o / 100), b => (b + 1) * 100), [0, 100, 300]);
    assert.deepStrictEqual(sorted.summary(o => Math.floor(o / 40), b => (b + 1) * 40), [0, 50, 100, 300]);
    assert.deepStrictEqual(new SortedSpans([]).within({ start: 0, end: 10 }), []);
  });

  it('sorts thousands of spans in any order, and offsets too large to pack, the same as a comparator sort', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const many = Array.from({ length: 5000 }, () => { const start = rand(1_000_000); return { start, end: start + rand(40) }; });
    const huge = [{ start: 2 ** 27, end: 2 ** 27 + 5 }, { start: 3, end: 9 }, { start: 2 ** 26 - 1, end: 2 ** 26 + 1 }, { start: 3, end: 4 }];
    for (const spans of [many, huge]) {
      const naive = [...spans].sort((x, y) => x.start - y.start || x.end - y.end);
      const sorted = new SortedSpans(spans);
      assert.strictEqual(sorted.length, spans.length);
      assert.deepStrictEqual(sorted.within({ start: 0, end: Infinity }), naive.map(({ start, end }) => ({ start, end })));
      assert.deepStrictEqual(sorted.within({ start: 500_000, end: 520_000 }), naive.filter(x => (x.start === x.end ? x.start >= 500_000 && x.start <= 520_000 : x.start < 520_000 && x.end > 500_000)).map(({ start, end }) => ({ start, end })));
    }
  });

  it('moves the window only when the visible lines come near an edge the text goes on past', () => {
    assert.strictEqual(covers(undefined, 0, 10, 100, 5), false);
    assert.strictEqual(covers({ start: 0, end: 100 }, 0, 100, 100, 50), true, 'the whole text');
    assert.strictEqual(covers({ start: 100, end: 300 }, 160, 240, 1000, 50), true);
    assert.strictEqual(covers({ start: 100, end: 300 }, 140, 240, 1000, 50), false, 'near the start');
    assert.strictEqual(covers({ start: 100, end: 300 }, 160, 260, 1000, 50), false, 'near the end');
    assert.strictEqual(covers({ start: 100, end: 1000 }, 160, 990, 1000, 50), true, 'the end of the text');
  });

  it('hashes a long text a slice at a time to the same hash', async () => {
    const text = readSample(sampleFiles()[1]).repeat(7);
    for (const slice of [3000, 4096, text.length - 1, text.length, text.length + 5]) {
      assert.strictEqual(await hashInSlices(text, slice), hash(text), `slice ${slice}`);
    }
    assert.strictEqual(await hashInSlices('abc', 1), hash('abc'));
    assert.strictEqual(await hashInSlices(''), hash(''));
    assert.notStrictEqual(hash(text), hash(text + ' '));
  });

  it('the worker answers with the analysis as JSON when asked to — in chunks when it is long — equal to the analysis itself', async () => {
    const out: WorkerResponse[] = [];
    const service = new WorkerService(r => out.push(r));
    const texts = sampleFiles().map(f => [f, readSample(f)]);
    texts.push(['long.txt', texts.map(t => t[1]).join('\n\n').repeat(8)]);
    texts.forEach(([file, text], id) => service.receive({ type: 'analyze', id, file, text, encoding: 'json' }));
    for (const [id, [file, text]] of texts.entries()) {
      const r = out[id] as { id: number } & AnalysisJson;
      assert.strictEqual(r.id, id);
      assert.ok(typeof r.json === 'string');
      const expected = analyzeText(file, text);
      assert.strictEqual(!!r.chunks, file === 'long.txt', 'only a long analysis comes in chunks');
      if (r.chunks) assert.ok(r.chunks.length > 3 && r.chunks.every(c => (JSON.parse(c.json) as unknown[]).length <= CHUNK));
      assert.deepStrictEqual(await decodeAnalysis(r), expected);
    }
  });

  it('a newer text given while a long one is being hashed supersedes it; the same text twice does not', async () => {
    const requests: WorkerRequest[] = [];
    const service = new WorkerService(r => setTimeout(() => onMessage(r), 0));
    let onMessage: (r: WorkerResponse) => void = () => undefined;
    const port: WorkerPort = {
      post: req => { requests.push(req); setTimeout(() => service.receive(req), 0); },
      onMessage: cb => { onMessage = cb; },
      onFailure: () => undefined,
      terminate: () => undefined,
    };
    const engine = new Engine(() => port, () => undefined, async () => serviceModule);
    const base = readSample(sampleFiles()[2]);
    let long = '';
    while (long.length < 300_000) long += base + '\n\n';
    const older = engine.analyze('long.txt', long);
    const newer = engine.analyze('long.txt', long + 'More text.');
    await assert.rejects(older, (e: unknown) => isSuperseded(e));
    assert.ok((await newer).quotes.length > 0);
    assert.deepStrictEqual(requests.filter(r => r.type === 'analyze').map(r => (r as { text: string }).text.length), [long.length + 'More text.'.length], 'only the newer text was sent');
    const [a, b] = await Promise.all([engine.analyze('same.txt', long), engine.analyze('same.txt', long)]);
    assert.deepStrictEqual(a, b);
    engine.dispose();
  });
});
