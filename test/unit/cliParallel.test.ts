import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli';
import { runCli as runIndexCli } from '../../src/cliIndex';
import { launchPlan, workersFor } from '../../src/cliOptions';
import { adoptWorkers, defaultThreads, lastRun, PARALLEL_MIN_ANALYSED_FILES, PARALLEL_MIN_FILES, parallelMinFiles } from '../../src/cliParallel';
import { startWorker } from '../../src/cliThreads';
import { analyzeCorpus } from '../../src/core/analyze';
import { documentJsonText, schemaJsonText, toSchemaJson } from '../../src/core/serialize';
import { captureIO, readSample, sampleFiles } from './helpers';

/**
 * A folder of articles made from the samples: each a selection of one sample's paragraphs (some dropped,
 * some words changed, some paragraphs borrowed from another sample), so that there are exact and near
 * duplicates across many files; plus an empty file, a binary file and one with a byte-order mark.
 */
function makeCorpus(dir: string, files: number, maxChars = Infinity): void {
  const samples = sampleFiles().map(f => readSample(f).split(/\n\s*\n/).filter(p => p.trim()));
  for (let i = 0; i < files; i++) {
    const own = samples[i % samples.length], other = samples[(i * 7 + 3) % samples.length];
    const paras = own.filter((_, k) => (k + i) % 4 !== 0);
    if (i % 3 === 0) paras.splice(1, 0, other[i % other.length]);
    let text = paras.map((p, k) => ((k + i) % 5 === 1 ? p.replace(/\bsaid\b/, 'stated') : p)).join('\n\n');
    if (text.length > maxChars) text = text.slice(0, text.lastIndexOf('\n\n', maxChars));
    fs.writeFileSync(path.join(dir, `a${String(i).padStart(4, '0')}.txt`), (i === 5 ? '\ufeff' : '') + text + '\n');
  }
  fs.writeFileSync(path.join(dir, 'a0007.txt'), '');
  fs.writeFileSync(path.join(dir, 'a0011.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254]));
}

function run(argv: string[], threads: number, workersOnly = false): { code: number; out: string; err: string } {
  const c = captureIO();
  const code = runCli(argv, c.io, { threads, workersOnly });
  return { code, out: c.out(), err: c.err() };
}

describe('CLI on several threads', function () {
  this.timeout(60_000);
  let tmp: string;
  before(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-par-')); });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('gives the same duplicates, byte for byte, on one thread and on two or three', () => {
    const dir = path.join(tmp, 'dups');
    fs.mkdirSync(dir);
    makeCorpus(dir, PARALLEL_MIN_FILES + 150);
    const argv = ['analyze', '--json', '--only', 'duplicates', dir];
    const one = run(argv, 1);
    assert.strictEqual(one.code, 0);
    const json = JSON.parse(one.out);
    assert.ok(json.duplicates.length > 20, `${json.duplicates.length} duplicate groups`);
    assert.ok(json.documents.some((d: { error?: string }) => d.error), 'the binary file is reported');
    // every chunk from a worker (tokens handed over packed); then workers and the main thread side by side
    for (const [threads, workersOnly] of [[2, true], [3, true], [2, false], [3, false]] as const) {
      const more = run(argv, threads, workersOnly);
      assert.strictEqual(more.code, 0);
      assert.ok(lastRun.chunks > 1, `${lastRun.chunks} chunks`);
      if (workersOnly) assert.strictEqual(lastRun.fromWorkers, lastRun.chunks);
      assert.strictEqual(more.err, one.err, `stderr with ${threads} threads`);
      assert.ok(more.out === one.out, `stdout with ${threads} threads differs`);
    }
  });

  it('gives the same full analysis (quotes, figures, duplicates, quote variants) on one thread and on two', () => {
    const dir = path.join(tmp, 'full');
    fs.mkdirSync(dir);
    makeCorpus(dir, PARALLEL_MIN_FILES + 10, 1500);
    const argv = ['analyze', '--json', dir];
    const one = run(argv, 1), two = run(argv, 2, true);
    assert.strictEqual(one.code, 0);
    assert.strictEqual(two.code, 0);
    assert.strictEqual(lastRun.fromWorkers, lastRun.chunks);
    assert.ok(JSON.parse(one.out).documents.some((d: { quotes: unknown[] }) => d.quotes.length));
    assert.strictEqual(two.err, one.err);
    assert.ok(two.out === one.out, 'stdout differs');
    // the index alone reads the texts as decoded, not held two bytes wide as the analysis has them: the same duplicates
    const indexOnly = run(['analyze', '--json', '--only', 'duplicates', dir], 1);
    assert.strictEqual(indexOnly.code, 0);
    assert.deepStrictEqual(JSON.parse(indexOnly.out).duplicates, JSON.parse(one.out).duplicates);
  });

  it('gives the same quotes and figures on one thread and on two for a folder just over PARALLEL_MIN_ANALYSED_FILES', () => {
    const dir = path.join(tmp, 'analysed');
    fs.mkdirSync(dir);
    makeCorpus(dir, PARALLEL_MIN_ANALYSED_FILES + 6, 2500);
    const argv = ['analyze', '--json', '--only', 'quotes,figures', dir];
    const one = run(argv, 1), two = run(argv, 2, true);
    assert.strictEqual(one.code, 0);
    assert.ok(lastRun.chunks > 1 && lastRun.fromWorkers === lastRun.chunks, `${lastRun.fromWorkers} of ${lastRun.chunks} chunks from the worker`);
    assert.ok(JSON.parse(one.out).documents.some((d: { quotes: unknown[] }) => d.quotes.length));
    assert.strictEqual(two.err, one.err);
    assert.ok(two.out === one.out, 'stdout differs');
    // --threads decides over the caller's default: two threads here, every chunk from the worker
    const c = captureIO();
    assert.strictEqual(runCli(['analyze', '--json', '--threads', '2', '--only', 'quotes,figures', dir], c.io, { threads: 1, workersOnly: true }), 0);
    assert.ok(lastRun.fromWorkers === lastRun.chunks, `${lastRun.fromWorkers} of ${lastRun.chunks} chunks from the worker`);
    assert.ok(c.out() === one.out, 'stdout with --threads 2 differs');
  });

  it('writes the documents\' JSON texts joined exactly as the whole result\'s JSON (a run without duplicates)', () => {
    const inputs = [...sampleFiles().slice(0, 3).map(f => ({ file: f, text: readSample(f) })), { file: 'gone.txt', error: 'cannot read' }];
    const result = analyzeCorpus(inputs, { parts: ['quotes', 'figures'] });
    assert.ok(result.documents.some(d => d.quotes.length) && result.documents.some(d => d.error));
    assert.strictEqual(schemaJsonText(result.documents.map(documentJsonText)), JSON.stringify(toSchemaJson(result)));
  });

  it('adds a thread by default when documents are analysed and a core is idle; one for the index alone, one core or a busy machine', () => {
    const none = {};
    assert.strictEqual(defaultThreads(['quotes', 'figures'], none, 2, 0.3), 2);
    assert.strictEqual(defaultThreads(['figures'], none, 8, 0), 2);
    assert.strictEqual(defaultThreads(['quotes', 'figures'], none, 2, 1.2), 1, 'no core left idle by the load');
    assert.strictEqual(defaultThreads(['quotes', 'figures'], none, 2, 14), 1);
    assert.strictEqual(defaultThreads(['quotes', 'figures', 'duplicates'], none, 1, 0), 1);
    assert.strictEqual(defaultThreads(['duplicates'], none, 8, 0), 1);
    // NEWS_LENS_THREADS decides when set to a whole number of at least one
    assert.strictEqual(defaultThreads(['duplicates'], { NEWS_LENS_THREADS: '3' }, 2, 14), 3);
    assert.strictEqual(defaultThreads(['quotes'], { NEWS_LENS_THREADS: '1' }, 2, 0), 1);
    assert.strictEqual(defaultThreads(['quotes'], { NEWS_LENS_THREADS: 'x' }, 2, 0), 2);
    assert.strictEqual(parallelMinFiles(['quotes']), PARALLEL_MIN_ANALYSED_FILES);
    assert.strictEqual(parallelMinFiles(['duplicates']), PARALLEL_MIN_FILES);
  });

  it('knows before the engine is loaded how many worker threads a run starts, and uses workers started that early', () => {
    const dir = path.join(tmp, 'early'), few = path.join(tmp, 'early-few');
    fs.mkdirSync(dir);
    fs.mkdirSync(few);
    makeCorpus(dir, PARALLEL_MIN_ANALYSED_FILES + 2, 1500);
    makeCorpus(few, PARALLEL_MIN_ANALYSED_FILES - 2, 1500);
    const argv = ['analyze', '--json', '--only', 'quotes,figures', dir];
    assert.strictEqual(workersFor(['analyze', '--threads', '3', '--only', 'quotes', dir]), 2);
    assert.strictEqual(workersFor(['analyze', '--threads', '3', '--only', 'quotes', few]), 0, 'too few files');
    assert.strictEqual(workersFor(['analyze', '--threads', '3', '--only', 'duplicates', dir]), 0, 'too few files for the index alone');
    assert.strictEqual(workersFor(['analyze', '--threads', '1', dir]), 0);
    assert.strictEqual(workersFor(['analyze', '--threads', '2', '--bogus', dir]), 0, 'a usage error');
    assert.strictEqual(workersFor(['--help']), 0);
    // a worker started before the run (as the launcher does) does the run's chunks
    const one = run(argv, 1);
    const early = startWorker(path.join(__dirname, '..', '..', 'src', 'cli.js'));
    assert.ok(early);
    adoptWorkers([early]);
    const two = run(argv, 2, true);
    assert.ok(lastRun.chunks > 1 && lastRun.fromWorkers === lastRun.chunks, `${lastRun.fromWorkers} of ${lastRun.chunks} chunks from the early worker`);
    assert.ok(two.out === one.out, 'stdout differs');
    assert.strictEqual(two.err, one.err);
  });

  it("the corpus index's own bundle (cliIndex.ts) prints what the whole engine prints for the index alone, on one thread and on two", () => {
    const dir = path.join(tmp, 'index-bundle');
    fs.mkdirSync(dir);
    makeCorpus(dir, PARALLEL_MIN_FILES + 20);
    for (const argv of [['analyze', '--json', '--only', 'duplicates', dir], ['analyze', '--only', 'duplicates', dir]]) {
      const whole = run(argv, 1);
      for (const threads of [1, 2]) {
        const c = captureIO();
        assert.strictEqual(runIndexCli(argv, c.io, { threads, workersOnly: threads > 1 }), whole.code);
        assert.ok(c.out() === whole.out, `stdout on ${threads} thread(s) differs`);
        assert.strictEqual(c.err(), whole.err);
      }
    }
    // the launcher loads it for the index alone, never for quotes, figures or --brat
    assert.strictEqual(launchPlan(['analyze', '--json', '--only', 'duplicates', dir]).indexEngine, true);
    assert.strictEqual(launchPlan(['analyze', '--only', 'duplicates', dir]).indexEngine, true);
    assert.strictEqual(launchPlan(['analyze', '--json', '--only', 'duplicates,quotes', dir]).indexEngine, false);
    assert.strictEqual(launchPlan(['analyze', '--json', dir]).indexEngine, false);
    assert.strictEqual(launchPlan(['analyze', '--brat', path.join(tmp, 'brat'), '--only', 'duplicates', dir]).indexEngine, false);
    assert.ok(!launchPlan(['--help']).indexEngine);
    assert.throws(() => runIndexCli(['analyze', '--json', '--only', 'figures', dir], captureIO().io, { threads: 1 }), /analysis of documents/);
  });

  it('stays on one thread below PARALLEL_MIN_FILES files (same output either way)', () => {
    const dir = path.join(tmp, 'few');
    fs.mkdirSync(dir);
    makeCorpus(dir, 20);
    const argv = ['analyze', '--json', '--only', 'duplicates', dir];
    assert.strictEqual(run(argv, 2).out, run(argv, 1).out);
  });
});
