import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv2020 from 'ajv/dist/2020';
import { cacheCoverage, runCli } from '../../src/cli';
import { captureIO, SAMPLES, SHARED, sampleFiles } from './helpers';

function analyzeJson(argv: string[]): { code: number; json: any; err: string } {
  const c = captureIO();
  const code = runCli(['analyze', '--json', ...argv], c.io);
  return { code, json: c.out() ? JSON.parse(c.out()) : null, err: c.err() };
}

describe('CLI: news-lens analyze', () => {
  const schemaFile = path.join(SHARED, 'schema', 'analysis.schema.json');
  let tmp: string;
  before(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-cli-')); });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('prints JSON valid against the shared schema for the sample folder', () => {
    const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    const { code, json } = analyzeJson([SAMPLES]);
    assert.strictEqual(code, 0);
    const valid: boolean = validate(json) as boolean;
    assert.ok(valid, JSON.stringify(validate.errors, null, 1));
    assert.deepStrictEqual(json.documents.map((d: any) => d.file), sampleFiles().map(f => path.join(SAMPLES, f)), 'a file of a folder: the folder as given joined with its name');
  });

  it('gives spans whose text equals the slice of the file', () => {
    const { json } = analyzeJson([SAMPLES]);
    for (const d of json.documents) {
      const text = fs.readFileSync(d.file, 'utf8');
      for (const q of d.quotes) assert.strictEqual(text.slice(q.start, q.end), q.text);
      for (const f of d.figures) assert.strictEqual(text.slice(f.start, f.end), f.text);
    }
  });

  it('finds every quoted string of the samples', () => {
    const gold = JSON.parse(fs.readFileSync(path.join(SHARED, 'gold', 'seeds.json'), 'utf8'));
    const { json } = analyzeJson([SAMPLES]);
    for (const g of gold.quotes) {
      const d = json.documents.find((x: any) => x.file === path.join(SAMPLES, g.file));
      assert.ok(d.quotes.some((q: any) => q.start < g.end && g.start < q.end), `missed ${g.file}:${g.start} ${g.text}`);
    }
  });

  it('--only duplicates leaves quotes and figures out', () => {
    const { json } = analyzeJson(['--only', 'duplicates', SAMPLES]);
    assert.ok(json.documents.every((d: any) => d.quotes.length === 0 && d.figures.length === 0));
    assert.ok(json.duplicates.length > 0);
    assert.strictEqual(json.quoteVariants, undefined);
  });

  it('gives a binary, an empty, an oversized and a missing file a clear error and empty lists, and exits 0 while one file is fine', () => {
    const bin = path.join(tmp, 'bin.txt'); fs.writeFileSync(bin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]));
    const empty = path.join(tmp, 'empty.txt'); fs.writeFileSync(empty, '');
    const big = path.join(tmp, 'big.txt'); fs.writeFileSync(big, 'a'.repeat(1024 * 1024 + 10));
    const good = path.join(SAMPLES, sampleFiles()[0]);
    const before = [bin, empty, big, good].map(f => fs.readFileSync(f));
    const { code, json, err } = analyzeJson(['--max-file-size-mb', '1', bin, empty, big, path.join(tmp, 'missing.txt'), good]);
    assert.strictEqual(code, 0);
    const [b, e, g, m, ok] = json.documents;
    assert.match(b.error, /binary/);
    assert.strictEqual(e.error, undefined, 'an empty file is analysed: it simply has nothing in it');
    assert.deepStrictEqual([e.quotes, e.figures], [[], []]);
    assert.match(g.error, /size limit/);
    assert.match(m.error, /no such file/);
    assert.strictEqual(ok.error, undefined);
    for (const d of [b, g, m]) assert.deepStrictEqual([d.quotes, d.speakers, d.figures], [[], [], []]);
    assert.match(err, /binary/);
    [bin, empty, big, good].forEach((f, i) => assert.ok(fs.readFileSync(f).equals(before[i]), `${f} changed`));
  });

  it('exits 1 when no file could be analysed and 2 on a usage error', () => {
    assert.strictEqual(analyzeJson([path.join(tmp, 'missing.txt')]).code, 1);
    for (const argv of [[], ['analyse', SAMPLES], ['analyze'], ['analyze', '--only', 'speakers', SAMPLES], ['analyze', '--json', '--brat', tmp, SAMPLES], ['analyze', '--bogus', SAMPLES]]) {
      const c = captureIO();
      assert.strictEqual(runCli(argv, c.io), 2, argv.join(' '));
      assert.match(c.err(), /^news-lens: .+\nusage: news-lens analyze/);
      // the message, the synopsis and where the help is: not the whole help, above which the message scrolls away
      assert.ok(c.err().trimEnd().split('\n').length <= 5, c.err());
      assert.match(c.err(), /news-lens --help/);
      assert.strictEqual(c.out(), '');
    }
  });

  it('a folder with no article file: one message, exit 1, nothing on stdout (with --json, the empty analysis)', () => {
    const dir = path.join(tmp, 'no-articles');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'notes.md'), 'not an article');
    const c = captureIO();
    assert.strictEqual(runCli(['analyze', dir], c.io), 1);
    assert.strictEqual(c.out(), '');
    assert.match(c.err(), /no-articles: no article files \(\*\.txt, \*\.text, \*\.article\) in this folder\n/);
    assert.deepStrictEqual(analyzeJson([dir]).json.documents, []);
  });

  it('strips a byte-order mark and keeps UTF-16 offsets after astral characters', () => {
    const f = path.join(tmp, 'bom.txt');
    const text = '😀🇸🇾 Lavrov said: "We will not go to Moscow," he added.';
    fs.writeFileSync(f, '\uFEFF' + text);
    const { json } = analyzeJson([f]);
    const q = json.documents[0].quotes.find((x: any) => x.kind !== 'indirect');
    assert.strictEqual(text.slice(q.start, q.end), q.text);
    assert.strictEqual(q.text, '"We will not go to Moscow,"');
  });

  it('writes brat standoff that the shared brat reader parses back to the same spans', async () => {
    const outDir = path.join(tmp, 'brat');
    const c = captureIO();
    assert.strictEqual(runCli(['analyze', '--brat', outDir, SAMPLES], c.io), 0);
    const reader = await import(path.join(SHARED, 'eval', 'polnear-score.mjs'));
    const file = sampleFiles()[2];
    const ann = fs.readFileSync(path.join(outDir, file.replace(/\.txt$/, '.ann')), 'utf8');
    const text = fs.readFileSync(path.join(SAMPLES, file), 'utf8');
    assert.strictEqual(fs.readFileSync(path.join(outDir, file), 'utf8'), text);
    const { T } = reader.parseAnn(ann);
    const quotes = [...T.values()].filter((t: any) => t.type === 'Quote');
    assert.ok(quotes.length > 0);
    for (const t of T.values() as Iterable<any>) {
      const pieces = t.spans.map(([s, e]: [number, number]) => text.slice(s, e));
      assert.strictEqual(pieces.join(' '), t.text);
    }
    assert.ok(fs.existsSync(path.join(outDir, 'annotation.conf')));
    // one name per person across the articles: every sample's note on Lavrov says "Sergei Lavrov" (002 writes
    // "Sergey Lavrov", 003 "Lavrov", 004 "Sergei V. Lavrov"), while --json keeps each document's own name
    const notes = sampleFiles().flatMap(f => [...fs.readFileSync(path.join(outDir, f.replace(/\.txt$/, '.ann')), 'utf8').matchAll(/AnnotatorNotes T\d+\t(.*Lavrov.*)$/gm)].map(m => m[1]));
    assert.ok(notes.length >= 4, notes.join(', '));
    assert.deepStrictEqual([...new Set(notes)], ['Sergei Lavrov']);
  });

  it('--json: quote-variant groups, which span articles, name their speaker as across the articles', () => {
    const { json } = analyzeJson([SAMPLES]);
    const names = new Set(json.quoteVariants.map((g: any) => g.speaker).filter((n: any) => /Lavrov/.test(n ?? '')));
    assert.deepStrictEqual([...names], ['Sergei Lavrov']);
    // each document keeps the fullest name it gives, as the schema defines speaker.name
    const perDocument = new Set(json.documents.flatMap((d: any) => d.speakers.map((sp: any) => sp.name)).filter((n: string) => /Lavrov/.test(n)));
    assert.ok(perDocument.size > 1, [...perDocument].join(', '));
  });

  it('tells onAnalysed which parts it analysed, and only when at least one file was (what the launcher caches)', () => {
    const told: [readonly string[], number][] = [];
    const onAnalysed = (parts: readonly string[], chars: number): void => { told.push([parts, chars]); };
    assert.strictEqual(runCli(['analyze', '--json', '--only', 'figures', SAMPLES], captureIO().io, { onAnalysed }), 0);
    assert.strictEqual(runCli(['--help'], captureIO().io, { onAnalysed }), 0);
    assert.strictEqual(runCli(['analyze', path.join(tmp, 'missing.txt')], captureIO().io, { onAnalysed }), 1);
    const chars = fs.readdirSync(SAMPLES).filter(f => /\.(?:txt|text|article)$/.test(f)).reduce((n, f) => n + fs.readFileSync(path.join(SAMPLES, f), 'utf8').length, 0);
    assert.deepStrictEqual(told, [[['figures'], chars]]);
  });

  it('records for the code cache the parts and every size class of text up to the run\'s (8 times larger each)', () => {
    assert.deepStrictEqual(cacheCoverage(['quotes'], 0), ['quotes', 't0']);
    assert.deepStrictEqual(cacheCoverage(['quotes', 'figures'], 7), ['quotes', 'figures', 't0']);
    assert.deepStrictEqual(cacheCoverage(['figures'], 8), ['figures', 't0', 't1']);
    // PolNeAR dev, 568 KB: 8^6 = 262,144 ≤ 568,000 < 8^7
    assert.deepStrictEqual(cacheCoverage(['quotes'], 568_000), ['quotes', 't0', 't1', 't2', 't3', 't4', 't5', 't6']);
  });
});
