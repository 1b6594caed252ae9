/**
 * The CLI on hostile file systems and arguments: --brat never writes over an input and keeps names apart;
 * documents are keyed by path; files that are not regular files or are too big are refused before any read;
 * printed text is escaped; command-line conventions. Every case is made in a temporary folder.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli';
import { MAX_THREADS } from '../../src/cliParallel';
import { captureIO, SAMPLES, sampleFiles } from './helpers';

const sample = (i: number): Buffer => fs.readFileSync(path.join(SAMPLES, sampleFiles()[i]));

function run(argv: string[]): { code: number; out: string; err: string } {
  const c = captureIO();
  const code = runCli(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

/** Run with the working directory set to `cwd`. */
function runIn(cwd: string, argv: string[]): { code: number; out: string; err: string } {
  const was = process.cwd();
  process.chdir(cwd);
  try { return run(argv); } finally { process.chdir(was); }
}

/** Every file under `dir` (relative paths, sorted) with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p); else if (e.isFile()) out.set(path.relative(dir, p), fs.readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

function assertUnchanged(before: Map<string, Buffer>, dir: string, only?: (f: string) => boolean): void {
  const after = snapshot(dir);
  for (const [f, bytes] of before) {
    if (only && !only(f)) continue;
    assert.ok(after.get(f)?.equals(bytes), `${f} was changed`);
  }
}

describe('CLI safety', function () {
  this.timeout(60_000);
  let tmp: string;
  beforeEach(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-safety-')); });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const mk = (rel: string, content: string | Uint8Array): string => {
    const p = path.join(tmp, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
    return p;
  };

  describe('--brat never writes over an input', () => {
    it('`--brat in in in2` run from another folder: no input changes, a.txt and a.article both exported', () => {
      mk('in/latin.txt', Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('Jos'), 0xe9, ...Buffer.from(' said: "Yes," he added.\n')]));
      mk('in/a.txt', sample(0));
      mk('in2/a.article', sample(1));
      mk('other/.keep', '');
      const before = snapshot(tmp);
      const r = runIn(path.join(tmp, 'other'), ['analyze', '--brat', '../in', '../in', '../in2']);
      assert.strictEqual(r.code, 0, r.err);
      assertUnchanged(before, tmp);
      // the folder both inputs share is tmp: in/ and in2/ mirrored under OUTDIR (= in)
      assert.ok(fs.readFileSync(path.join(tmp, 'in/in/a.txt')).equals(sample(0)));
      assert.ok(fs.readFileSync(path.join(tmp, 'in/in2/a.txt')).equals(sample(1)));
      assert.ok(fs.existsSync(path.join(tmp, 'in/in/a.ann')) && fs.existsSync(path.join(tmp, 'in/in2/a.ann')));
      assert.strictEqual(fs.readFileSync(path.join(tmp, 'in/in/latin.txt'), 'utf8'), 'José said: "Yes," he added.\n');
    });

    it('`--brat` into the folder of the articles: .ann beside a UTF-8 article; an article with a mark or another encoding is refused, untouched', () => {
      mk('in/a.txt', sample(0));
      mk('in/bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), sample(2)]));
      mk('in/latin.txt', Buffer.from([...Buffer.from('"Ol'), 0xe1, ...Buffer.from('," said Jos'), 0xe9, ...Buffer.from('.\n')]));
      const before = snapshot(tmp);
      const r = runIn(tmp, ['analyze', '--brat', 'in', 'in']);
      assert.strictEqual(r.code, 0, r.err);
      assertUnchanged(before, tmp);
      assert.ok(fs.existsSync(path.join(tmp, 'in/a.ann')));
      assert.ok(!fs.existsSync(path.join(tmp, 'in/bom.ann')) && !fs.existsSync(path.join(tmp, 'in/latin.ann')));
      assert.match(r.err, /in\/bom\.txt: not exported: in\/bom\.txt is an input file/);
      assert.match(r.err, /in\/latin\.txt: not exported/);
    });

    it('same base name in two folders (d1/a.txt, d2/a.txt) and in one (a.txt, a.article): distinct outputs', () => {
      mk('d1/a.txt', sample(0));
      mk('d2/a.txt', sample(1));
      mk('d3/a.txt', sample(2));
      mk('d3/a.article', sample(3));
      const before = snapshot(tmp);
      const r = runIn(tmp, ['analyze', '--brat', 'out', 'd1', 'd2', 'd3']);
      assert.strictEqual(r.code, 0, r.err);
      assertUnchanged(before, tmp);
      const out = [...snapshot(path.join(tmp, 'out')).keys()].sort();
      assert.deepStrictEqual(out, ['annotation.conf', 'd1/a.ann', 'd1/a.txt', 'd2/a.ann', 'd2/a.txt',
        'd3/a.article.ann', 'd3/a.article.txt', 'd3/a.txt.ann', 'd3/a.txt.txt'].map(f => f.split('/').join(path.sep)));
      assert.ok(fs.readFileSync(path.join(tmp, 'out/d2/a.txt')).equals(sample(1)));
      assert.ok(fs.readFileSync(path.join(tmp, 'out/d3/a.article.txt')).equals(sample(3)));
    });

    it('a link in OUTDIR to an input, and a hard link to one: left alone', () => {
      const input = mk('in/a.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), sample(0)]));
      const other = mk('in/b.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), sample(1)]));
      fs.mkdirSync(path.join(tmp, 'out'));
      fs.symlinkSync(input, path.join(tmp, 'out/a.txt'));
      fs.linkSync(other, path.join(tmp, 'out/b.txt'));
      const before = snapshot(path.join(tmp, 'in'));
      const r = runIn(tmp, ['analyze', '--brat', 'out', 'in']);
      assertUnchanged(before, path.join(tmp, 'in'));
      assert.strictEqual(r.code, 1, 'nothing could be exported');
      assert.match(r.err, /out\/a\.txt is a symbolic link/);
      assert.match(r.err, /out\/b\.txt is an input file/);
    });

    it('an existing NAME.txt in OUTDIR with other content (an article of another source) is never written over', () => {
      mk('in/a.txt', sample(0));
      const theirs = mk('out/a.txt', sample(1));
      mk('out/a.ann', 'T1\tQuote 0 1\tx\n');
      const r = runIn(tmp, ['analyze', '--brat', 'out', 'in']);
      assert.strictEqual(r.code, 1, 'nothing exported');
      assert.ok(fs.readFileSync(theirs).equals(sample(1)));
      assert.strictEqual(fs.readFileSync(path.join(tmp, 'out/a.ann'), 'utf8'), 'T1\tQuote 0 1\tx\n', 'its .ann left alone too');
      assert.match(r.err, /out\/a\.txt exists with other content/);
      // the same text (an earlier export of it): kept, and the .ann beside it brought up to date
      fs.writeFileSync(theirs, sample(0));
      assert.strictEqual(runIn(tmp, ['analyze', '--brat', 'out', 'in']).code, 0);
      assert.ok(fs.readFileSync(theirs).equals(sample(0)));
      assert.match(fs.readFileSync(path.join(tmp, 'out/a.ann'), 'utf8'), /SaidBy/);
    });

    it('OUTDIR that is a file: a usage error (2), one line, nothing thrown', () => {
      mk('in/a.txt', sample(0));
      const file = mk('out', 'a file');
      const r = runIn(tmp, ['analyze', '--brat', 'out', 'in']);
      assert.strictEqual(r.code, 2);
      assert.match(r.err, /--brat out: not a folder/);
      assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
      assert.strictEqual(fs.readFileSync(file, 'utf8'), 'a file');
      assert.strictEqual(runIn(tmp, ['analyze', '--brat', 'out/sub', 'in']).code, 2);
    });

    it('OUTDIR that cannot be made (under /proc, where Node 20\'s recursive mkdir never returned): one message, exit 1, at once', function () {
      if (!fs.existsSync('/proc/self')) this.skip();
      mk('in/a.txt', sample(0));
      const r = runIn(tmp, ['analyze', '--brat', '/proc/news-lens-nope/sub', 'in']);
      assert.strictEqual(r.code, 1);
      assert.match(r.err, /cannot create the folder \/proc\/news-lens-nope\/sub/);
      assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
    });

    it('OUTDIR holding a folder named a.ann: a message for that article, the others exported', () => {
      mk('in/a.txt', sample(0));
      mk('in/b.txt', sample(1));
      fs.mkdirSync(path.join(tmp, 'out/a.ann'), { recursive: true });
      const r = runIn(tmp, ['analyze', '--brat', 'out', 'in']);
      assert.strictEqual(r.code, 0);
      assert.match(r.err, /in\/a\.txt: not exported: out\/a\.ann is a folder/);
      assert.ok(fs.existsSync(path.join(tmp, 'out/b.ann')));
      assert.ok(!fs.existsSync(path.join(tmp, 'out/a.txt')), 'nothing half-written for a');
      fs.rmSync(path.join(tmp, 'in/b.txt'));
      fs.rmSync(path.join(tmp, 'out/b.ann'));
      fs.rmSync(path.join(tmp, 'out/b.txt'));
      assert.strictEqual(runIn(tmp, ['analyze', '--brat', 'out', 'in']).code, 1, 'nothing exported: 1');
    });

    it('nothing exported (every article refused, or none read): no annotation.conf left in OUTDIR, exit 1', () => {
      mk('in/bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), sample(2)]));
      mk('in/latin.txt', Buffer.from([...Buffer.from('"Ol'), 0xe1, ...Buffer.from('," said Jos'), 0xe9, ...Buffer.from('.\n')]));
      const before = snapshot(tmp);
      const r = runIn(tmp, ['analyze', '--brat', 'in', 'in']);
      assert.strictEqual(r.code, 1, r.err);
      assert.match(r.err, /wrote 0 \.ann file\(s\)/);
      assert.deepStrictEqual([...snapshot(tmp).keys()], [...before.keys()], 'no file written');
      assertUnchanged(before, tmp);
      fs.mkdirSync(path.join(tmp, 'empty'));
      assert.strictEqual(runIn(tmp, ['analyze', '--brat', 'empty', 'empty']).code, 1);
      assert.deepStrictEqual(fs.readdirSync(path.join(tmp, 'empty')), []);
    });
  });

  describe('documents keyed by path', () => {
    it('d1/a.txt and d2/a.txt: both documents, both in the duplicate group', () => {
      mk('d1/a.txt', sample(0));
      mk('d2/a.txt', sample(0));
      const r = runIn(tmp, ['analyze', '--json', 'd1', 'd2']);
      const json = JSON.parse(r.out);
      assert.deepStrictEqual(json.documents.map((d: any) => d.file), [path.join('d1', 'a.txt'), path.join('d2', 'a.txt')]);
      const files = new Set(json.duplicates.flatMap((g: any) => g.passages.map((p: any) => p.file)));
      assert.deepStrictEqual([...files].sort(), [path.join('d1', 'a.txt'), path.join('d2', 'a.txt')]);
      assert.ok(json.duplicates.some((g: any) => g.passages.length === 2 && g.passages[0].file !== g.passages[1].file));
    });

    it('a folder given as ./d1/ or as an absolute path: its files named with the folder as given', () => {
      mk('d1/a.txt', sample(0));
      mk('d1/sub/b.txt', sample(1));
      assert.deepStrictEqual(JSON.parse(runIn(tmp, ['analyze', '--json', './d1/']).out).documents.map((d: any) => d.file), [path.join('d1', 'a.txt')],
        'sub-folders are not read');
      const abs = path.join(tmp, 'd1');
      assert.deepStrictEqual(JSON.parse(run(['analyze', '--json', abs]).out).documents.map((d: any) => d.file), [path.join(abs, 'a.txt')]);
      assert.deepStrictEqual(JSON.parse(runIn(abs, ['analyze', '--json', '.']).out).documents.map((d: any) => d.file), ['a.txt']);
    });

    it('the same file given twice (or through a link): analysed once, with a note', () => {
      mk('d1/a.txt', sample(0));
      fs.symlinkSync(path.join(tmp, 'd1/a.txt'), path.join(tmp, 'link.txt'));
      const r = runIn(tmp, ['analyze', '--json', 'd1', 'd1/a.txt', 'link.txt']);
      assert.deepStrictEqual(JSON.parse(r.out).documents.map((d: any) => d.file), [path.join('d1', 'a.txt')]);
      assert.match(r.err, /d1\/a\.txt: the same file as d1\/a\.txt; analysed once/);
      assert.match(r.err, /link\.txt: the same file as d1\/a\.txt; analysed once/);
    });
  });

  describe('files that are not articles: refused before any read', () => {
    const posix = process.platform !== 'win32';

    it('a FIFO named *.txt (in a folder and given directly), /dev/zero behind a link, a folder named x.txt: per-file errors, never opened', function () {
      if (!posix) this.skip();
      mk('in/a.txt', sample(0));
      execFileSync('mkfifo', [path.join(tmp, 'in/fifo.txt')]);
      fs.symlinkSync('/dev/zero', path.join(tmp, 'in/zero.txt'));
      fs.mkdirSync(path.join(tmp, 'in/folder.txt'));
      // a FIFO opened for reading would block this test forever: it finishing is the proof it is never opened
      const r = runIn(tmp, ['analyze', '--json', 'in', 'in/fifo.txt']);
      assert.strictEqual(r.code, 0);
      const byFile = new Map(JSON.parse(r.out).documents.map((d: any) => [d.file, d]));
      assert.match((byFile.get(path.join('in', 'fifo.txt')) as any).error, /not a regular file but a named pipe/);
      assert.match((byFile.get(path.join('in', 'zero.txt')) as any).error, /not a regular file but a character device/);
      assert.match((byFile.get(path.join('in', 'folder.txt')) as any).error, /not a regular file but a folder/);
      assert.strictEqual((byFile.get(path.join('in', 'a.txt')) as any).error, undefined);
      assert.match(r.err, /in\/fifo\.txt: not a regular file/);
    });

    it('a 1 GB sparse file: over the size limit; with no limit (0), too large for one text; a clear error either way', () => {
      const big = path.join(tmp, 'big.txt');
      fs.writeFileSync(big, '');
      fs.truncateSync(big, 1024 ** 3);
      let r = run(['analyze', '--json', big]);
      assert.strictEqual(r.code, 1);
      assert.match(JSON.parse(r.out).documents[0].error, /1024\.0 MB, over the size limit of 5 MB \(option --max-file-size-mb\)/);
      r = run(['analyze', '--json', '--max-file-size-mb', '0', big]);
      assert.strictEqual(r.code, 1);
      assert.match(JSON.parse(r.out).documents[0].error, /too large to read as one text/);
    });
  });

  describe('printing', () => {
    it('the text summary escapes control characters from the article and its name', () => {
      const evil = '\u001b]0;pwned\u0007\u001b[2J';
      mk(`in/x${'\u001b'}[31m.txt`, `Officials said: "${evil}We agree\r\u009b1m\u202e," Lavrov said. It cost $5${evil} million.`);
      const r = runIn(tmp, ['analyze', 'in']);
      assert.strictEqual(r.code, 0);
      assert.doesNotMatch(r.out + r.err, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
      assert.match(r.out, /\\x1b\]0;pwned\\x07\\x1b\[2J/);
      assert.match(r.out, /in\/x\\x1b\[31m\.txt: 1 quotes/);
      assert.match(r.out, /\\u202e/);
    });
  });

  describe('command-line conventions', () => {
    it('--help / -h: usage on stdout, exit 0; --version: the version, exit 0', () => {
      for (const argv of [['--help'], ['-h'], ['analyze', '--help'], ['analyze', '-h', 'x']]) {
        const r = run(argv);
        assert.strictEqual(r.code, 0, argv.join(' '));
        assert.match(r.out, /^usage: news-lens analyze/);
        assert.strictEqual(r.err, '');
      }
      const v = run(['--version']);
      assert.strictEqual(v.code, 0);
      assert.match(v.out, /^news-lens \d+\.\d+\.\d+\n$/);
    });

    it('`--` ends the options: a path starting with "-" after it is a file', () => {
      mk('-a.txt', sample(0));
      const r = runIn(tmp, ['analyze', '--json', '--', '-a.txt']);
      assert.strictEqual(r.code, 0, r.err);
      assert.strictEqual(JSON.parse(r.out).documents[0].file, '-a.txt');
      assert.strictEqual(runIn(tmp, ['analyze', '--json', '-a.txt']).code, 2, 'before --, it is an unknown option');
    });

    it('--max-file-size-mb with an empty or non-numeric value: a usage error (2)', () => {
      for (const v of ['', 'abc', '5MB', '-1', ' ']) {
        const r = run(['analyze', '--max-file-size-mb', v, SAMPLES]);
        assert.strictEqual(r.code, 2, JSON.stringify(v));
        assert.match(r.err, /--max-file-size-mb takes a number/);
        assert.strictEqual(r.out, '');
      }
      assert.strictEqual(run(['analyze', '--json', '--max-file-size-mb', '0.5', SAMPLES]).code, 0);
    });

    it('--threads takes a whole number from 1 to MAX_THREADS; anything else is a usage error (2)', () => {
      for (const v of ['', '0', 'two', '1.5', '-1', String(MAX_THREADS + 1)]) {
        const r = run(['analyze', '--threads', v, SAMPLES]);
        assert.strictEqual(r.code, 2, JSON.stringify(v));
        assert.match(r.err, /--threads takes a whole number/);
        assert.strictEqual(r.out, '');
      }
      assert.strictEqual(run(['analyze', '--threads']).code, 2, 'a missing value');
      assert.strictEqual(run(['analyze', '--json', '--threads', '2', SAMPLES]).code, 0);
    });
  });
});
