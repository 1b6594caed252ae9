/**
 * The editor glue's file reading and writing against a small fake of the `vscode` module. Reading
 * (src/extension/articles.ts): a file is looked at (stat) before it is read; a named pipe, a device or a file over
 * the limit gets an error and is never read; Windows-1252 and UTF-16 files are decoded as the CLI decodes them, and
 * the encoding is logged once. Writing (src/extension/exports.ts): the brat export into a folder never writes its
 * text copy over a file holding other text (an article News Lens does not index).
 */
import * as assert from 'assert';
import Module = require('module');

class EventEmitter<T> {
  private listeners: ((e: T) => void)[] = [];
  event = (l: (e: T) => void) => { this.listeners.push(l); return { dispose: () => undefined }; };
  fire(e: T) { this.listeners.slice().forEach(l => l(e)); }
  dispose() { this.listeners = []; }
}

class Uri {
  constructor(readonly scheme: string, readonly path: string) {}
  get fsPath() { return this.path; }
  toString() { return `${this.scheme}://${this.path}`; }
  with(c: { path: string }) { return new Uri(this.scheme, c.path); }
  static joinPath(u: Uri, ...parts: string[]) { return new Uri(u.scheme, [u.path, ...parts].join('/')); }
}

const FileType = { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 };
class FileSystemError extends Error {}

/** The fake disk: what stat says, and the bytes (reading them is recorded). */
const disk = new Map<string, { type: number; size: number; bytes?: Uint8Array }>();
const reads: string[] = [];
const messages: string[] = [];
/** The progress notifications shown (their titles), and after how many steps the next one is cancelled (Infinity: never). */
const progress = { titles: [] as string[], cancelAfter: Infinity };
const fakeVscode = {
  EventEmitter, Uri, FileType, FileSystemError,
  ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
  commands: { executeCommand: async () => undefined },
  window: {
    withProgress: async <T>(o: { title: string; cancellable?: boolean }, task: (p: unknown, t: unknown) => Promise<T>): Promise<T> => {
      progress.titles.push(`${o.title}${o.cancellable ? ' (cancellable)' : ''}`);
      let steps = 0;
      const token = { get isCancellationRequested() { return steps >= progress.cancelAfter; }, onCancellationRequested: () => ({ dispose() { /* nothing */ } }) };
      return task({ report: () => { steps++; } }, token);
    },
    showInformationMessage: async (m: string) => { messages.push(m); },
    showWarningMessage: async (m: string) => { messages.push(m); },
    showErrorMessage: async (m: string) => { messages.push(m); },
  },
  workspace: {
    asRelativePath: (u: Uri) => u.path,
    workspaceFolders: [],
    textDocuments: [],
    getWorkspaceFolder: () => undefined,
    getConfiguration: () => ({ get: <T>(_k: string, d: T) => d }),
    onDidChangeConfiguration: () => ({ dispose() { /* nothing to undo */ } }),
    fs: {
      stat: async (u: Uri) => {
        const f = disk.get(u.path);
        if (!f) throw new FileSystemError('FileNotFound');
        return { type: f.type, size: f.size, ctime: 0, mtime: 0 };
      },
      readFile: async (u: Uri) => {
        reads.push(u.path);
        const f = disk.get(u.path);
        if (!f?.bytes) throw new Error(`read of ${u.path}, which must not be read`);
        return f.bytes;
      },
      writeFile: async (u: Uri, bytes: Uint8Array) => { disk.set(u.path, { type: FileType.File, size: bytes.length, bytes }); },
    },
  },
};

const moduleAny = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const originalLoad = moduleAny._load;
moduleAny._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? fakeVscode : originalLoad.call(this, request, ...rest);
};
 
const { Articles } = require('../../src/extension/articles') as typeof import('../../src/extension/articles');
 
const { SettingsStore } = require('../../src/extension/settings') as typeof import('../../src/extension/settings');
const { exportBrat } = require('../../src/extension/exports') as typeof import('../../src/extension/exports');
moduleAny._load = originalLoad;

const fakeEngine = {
  onSnapshot: () => undefined,
  analyze: async (file: string) => ({ file, quotes: [], speakers: [], figures: [] }),
  indexSet: () => undefined,
  indexDelete: () => undefined,
};

describe('the editor reads article files (stat first, decoded like the CLI)', () => {
  const log: string[] = [];
  const articles = new Articles(fakeEngine as any, new SettingsStore(), line => log.push(line));
  beforeEach(() => { disk.clear(); reads.length = 0; log.length = 0; });

  it('a named pipe, /dev/zero behind a link and a 1 GB file: an error each, nothing read', async () => {
    disk.set('/ws/fifo.txt', { type: FileType.Unknown, size: 0 });
    disk.set('/ws/zero.txt', { type: FileType.Unknown | FileType.SymbolicLink, size: 0 });
    disk.set('/ws/huge.txt', { type: FileType.File, size: 1024 ** 3 });
    for (const name of ['fifo', 'zero', 'huge']) {
      const a = await articles.update(new Uri('file', `/ws/${name}.txt`) as any);
      assert.ok(a?.error, name);
    }
    assert.deepStrictEqual(reads, []);
    assert.match(articles.get('/ws/fifo.txt')!.error!, /not a regular file/);
    assert.match(articles.get('/ws/zero.txt')!.error!, /not a regular file/);
    assert.match(articles.get('/ws/huge.txt')!.error!, /1024\.0 MB, over the size limit of 5 MB \(setting newsLens\.maxFileSizeMB\)/);
    assert.strictEqual(log.length, 3, 'each logged');
  });

  it('a link to an article file is read', async () => {
    const bytes = new TextEncoder().encode('"Yes," he said.');
    disk.set('/ws/link.txt', { type: FileType.File | FileType.SymbolicLink, size: bytes.length, bytes });
    const a = await articles.update(new Uri('file', '/ws/link.txt') as any);
    assert.strictEqual(a?.error, undefined);
    assert.strictEqual(a?.text, '"Yes," he said.');
  });

  it('Windows-1252 and UTF-16: decoded, the encoding logged once', async () => {
    const latin = Uint8Array.from([...'Jos'].map(c => c.charCodeAt(0)).concat([0xe9], [...' Mart'].map(c => c.charCodeAt(0)), [0xed], [...'nez said: \x93Yes.\x94'].map(c => c.charCodeAt(0))));
    disk.set('/ws/latin.txt', { type: FileType.File, size: latin.length, bytes: latin });
    const u16 = Uint8Array.from([0xff, 0xfe, ...[...'Hé'].flatMap(c => [c.charCodeAt(0), 0])]);
    disk.set('/ws/u16.txt', { type: FileType.File, size: u16.length, bytes: u16 });
    assert.strictEqual((await articles.update(new Uri('file', '/ws/latin.txt') as any))?.text, 'José Martínez said: “Yes.”');
    assert.strictEqual((await articles.update(new Uri('file', '/ws/u16.txt') as any))?.text, 'Hé');
    await articles.update(new Uri('file', '/ws/latin.txt') as any);
    assert.deepStrictEqual(log, ['/ws/latin.txt: read as Windows-1252', '/ws/u16.txt: read as UTF-16 LE']);
  });

  it('neither UTF-8 nor Windows-1252: read with U+FFFD, and said once in the output channel', async () => {
    const broken = Uint8Array.from([...new TextEncoder().encode('"Yes," he said. '), 0x81, 0x41]);
    disk.set('/ws/broken.txt', { type: FileType.File, size: broken.length, bytes: broken });
    assert.strictEqual((await articles.update(new Uri('file', '/ws/broken.txt') as any))?.text, '"Yes," he said. \ufffdA');
    await articles.update(new Uri('file', '/ws/broken.txt') as any);
    assert.deepStrictEqual(log, ['/ws/broken.txt: not valid UTF-8: read with each invalid byte sequence as U+FFFD']);
  });
});

describe('the editor\'s brat export into a folder', () => {
  beforeEach(() => { disk.clear(); messages.length = 0; progress.titles.length = 0; progress.cancelAfter = Infinity; });
  const article = (path: string, text: string) => ({ key: path, uri: new Uri('file', path), text, analysis: { file: path, quotes: [], speakers: [], figures: [] } });
  const enc = (s: string) => new TextEncoder().encode(s);
  const dec = (b?: Uint8Array) => new TextDecoder().decode(b);

  it('leaves a file holding other text alone (an article News Lens does not index) and says so; the same text is fine', async () => {
    disk.set('/out/a.txt', { type: FileType.File, size: 5, bytes: enc('other') });
    disk.set('/out/b.txt', { type: FileType.File, size: 6, bytes: enc('text b') });
    disk.set('/out/c.txt', { type: FileType.Unknown, size: 0 }); // a named pipe: never read
    const list = [article('/ws/a.txt', 'text a'), article('/ws/b.txt', 'text b'), article('/ws/c.txt', 'text c'), article('/ws/d.txt', 'text d')];
    const fake = { all: () => list, forUri: () => undefined, corpusNow: undefined, get: () => undefined };
    const written = await exportBrat(fake as any, new Uri('file', '/out') as any);
    assert.deepStrictEqual(written.map(u => u.path), ['/out/b.ann', '/out/d.ann']);
    assert.strictEqual(dec(disk.get('/out/a.txt')?.bytes), 'other');
    assert.strictEqual(disk.get('/out/c.txt')?.bytes, undefined);
    assert.strictEqual(dec(disk.get('/out/d.txt')?.bytes), 'text d');
    assert.ok(!disk.has('/out/a.ann') && !disk.has('/out/c.ann'), 'no .ann without its text');
    assert.ok(messages.some(m => /did not overwrite 2 file\(s\).*a\.txt, c\.txt/.test(m)), messages.join('\n'));
    assert.ok(disk.has('/out/annotation.conf'));
    assert.deepStrictEqual(progress.titles, ['News Lens: exporting brat standoff (cancellable)']);
  });

  it('every article refused: no annotation.conf either', async () => {
    disk.set('/out/a.txt', { type: FileType.File, size: 5, bytes: enc('other') });
    const fake = { all: () => [article('/ws/a.txt', 'text a')], forUri: () => undefined, corpusNow: undefined, get: () => undefined };
    assert.deepStrictEqual(await exportBrat(fake as any, new Uri('file', '/out') as any), []);
    assert.deepStrictEqual([...disk.keys()], ['/out/a.txt']);
  });

  it('cancelled from its progress notification: stops at the next article, says how far it got', async () => {
    const list = ['a', 'b', 'c', 'd'].map(n => article(`/ws/${n}.txt`, `text ${n}`));
    const fake = { all: () => list, forUri: () => undefined, corpusNow: undefined, get: () => undefined };
    progress.cancelAfter = 2;
    const written = await exportBrat(fake as any, new Uri('file', '/out') as any);
    assert.deepStrictEqual(written.map(u => u.path), ['/out/a.ann', '/out/b.ann']);
    assert.ok(!disk.has('/out/c.txt') && !disk.has('/out/c.ann'));
    assert.ok(messages.some(m => /wrote 2 brat \.ann files.*\(cancelled after 2 articles of 4\)/.test(m)), messages.join('\n'));
  });
});
