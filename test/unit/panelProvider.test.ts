/**
 * The side panel's host glue against a small fake of the `vscode` module: the webview's options and CSP,
 * the state it is sent, opening and comparing passages, refusing paths outside the index, following saves
 * and the active editor, revealing a section.
 */
import * as assert from 'assert';
import Module = require('module');
import { readSample, sampleFiles } from './helpers';

type Listener<T> = (e: T) => void;
class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  event = (l: Listener<T>) => {
    this.listeners.push(l);
    return { dispose: () => (this.listeners = this.listeners.filter(x => x !== l)) };
  };
  fire(e: T) { this.listeners.slice().forEach(l => l(e)); }
  dispose() { this.listeners = []; }
}

class Uri {
  constructor(readonly scheme: string, readonly path: string, readonly query = '') {}
  static parse(s: string) { const m = /^([a-z-]+):\/\/([^?]*)\??(.*)$/.exec(s)!; return new Uri(m[1], m[2], m[3]); }
  static from(c: { scheme: string; path: string; query?: string }) { return new Uri(c.scheme, c.path, c.query ?? ''); }
  static joinPath(u: Uri, ...parts: string[]) { return new Uri(u.scheme, [u.path, ...parts].join('/'), u.query); }
  toString() { return `${this.scheme}://${this.path}${this.query ? '?' + this.query : ''}`; }
}

class Position { constructor(readonly line: number, readonly character: number) {} }
class Range { constructor(readonly start: Position, readonly end: Position) {} }

function fakeDocument(uri: Uri, text: string) {
  return {
    uri,
    getText: () => text,
    positionAt(offset: number) {
      const before = text.slice(0, offset).split('\n');
      return new Position(before.length - 1, before[before.length - 1].length);
    },
  };
}

const calls: { command: string; args: unknown[] }[] = [];
const warnings: string[] = [];
const shown: { uri: string; selection: Range }[] = [];
const activeEditorChanged = new EventEmitter<unknown>();
const registered = { views: new Map<string, any>(), schemes: new Map<string, any>(), commands: new Map<string, (...a: unknown[]) => unknown>() };
const disposable = { dispose: () => undefined };
const fakeVscode = {
  EventEmitter, Uri, Range, Position,
  TextEditorRevealType: { InCenterIfOutsideViewport: 2 },
  window: {
    activeTextEditor: undefined as unknown,
    onDidChangeActiveTextEditor: activeEditorChanged.event,
    showWarningMessage: async (m: string) => { warnings.push(m); return undefined; },
    registerWebviewViewProvider: (id: string, p: unknown) => { registered.views.set(id, p); return disposable; },
    showTextDocument: async (doc: { uri: Uri }, opts: { selection: Range }) => {
      shown.push({ uri: doc.uri.toString(), selection: opts.selection });
      return { revealRange: () => undefined };
    },
  },
  workspace: {
    textDocuments: [] as unknown[],
    registerTextDocumentContentProvider: (scheme: string, p: unknown) => { registered.schemes.set(scheme, p); return disposable; },
    openTextDocument: async (uri: Uri) => fakeDocument(uri, texts.get(uri.toString()) ?? ''),
  },
  commands: {
    registerCommand: (id: string, f: (...a: unknown[]) => unknown) => { registered.commands.set(id, f); return disposable; },
    executeCommand: async (command: string, ...args: unknown[]) => { calls.push({ command, args }); } },
};

const moduleAny = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const originalLoad = moduleAny._load;
moduleAny._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? fakeVscode : originalLoad.call(this, request, ...rest);
};
const { PanelViewProvider, UPDATE_DELAY_MS } = require('../../src/extension/panel/provider') as typeof import('../../src/extension/panel/provider');
const { PassageContentProvider } = require('../../src/extension/panel/passageDocuments') as typeof import('../../src/extension/panel/passageDocuments');
const { registerPanelSource } = require('../../src/extension/panel') as typeof import('../../src/extension/panel');
moduleAny._load = originalLoad;

const texts = new Map(sampleFiles().map(f => [`file:///ws/${f}`, readSample(f)]));
const key = (n: string) => [...texts.keys()].find(k => k.includes(`/ws/${n}`))!;

function fakeView() {
  const posted: any[] = [];
  const received = new EventEmitter<unknown>();
  const visibility = new EventEmitter<void>();
  const view = {
    visible: true,
    webview: {
      options: {} as any,
      html: '',
      cspSource: 'vscode-webview://fake',
      asWebviewUri: (u: Uri) => new Uri('vscode-webview', u.path),
      onDidReceiveMessage: received.event,
      postMessage: async (m: unknown) => { posted.push(m); return true; },
    },
    onDidChangeVisibility: visibility.event,
    visibilityChanged: () => visibility.fire(),
    onDidDispose: () => ({ dispose: () => undefined }),
  };
  return { view, posted, send: (m: unknown) => received.fire(m) };
}

const wait = (ms: number) => new Promise(r => setTimeout(r, ms));

describe('panel provider (host glue, fake vscode)', () => {
  const media = new Uri('file', '/ext/media');
  const changed = new EventEmitter<unknown>();
  let progress: { done: number; total: number } | null = null;
  const dup = { passages: [{ file: key('002'), start: 1394, end: 1786 }, { file: key('003'), start: 1226, end: 1618 }], similarity: 1, kind: 'exact' as const };
  const source = {
    textOf: (f: string) => texts.get(f),
    duplicates: () => [dup],
    quoteVariants: () => [],
    figures: () => [],
    progress: () => progress,
    uriOf: (f: string) => Uri.parse(f),
    fileOf: (u: Uri) => (texts.has(u.toString()) ? u.toString() : undefined),
    onDidChange: changed.event,
  };
  let provider: InstanceType<typeof PanelViewProvider>;
  let fake: ReturnType<typeof fakeView>;

  beforeEach(() => {
    calls.length = 0; warnings.length = 0; shown.length = 0; progress = null;
    provider = new PanelViewProvider(media as any, source as any, 'newsLens.panel');
    fake = fakeView();
    provider.resolveWebviewView(fake.view as any);
  });
  afterEach(() => provider.dispose());

  it('limits the webview to media/, with scripts, and a CSP from its source', () => {
    assert.strictEqual(fake.view.webview.options.enableScripts, true);
    assert.deepStrictEqual(fake.view.webview.options.localResourceRoots.map(String), ['file:///ext/media']);
    assert.match(fake.view.webview.html, /style-src vscode-webview:\/\/fake/);
    assert.match(fake.view.webview.html, /<script nonce="[^"]+" src="vscode-webview:\/\/\/ext\/media\/panel.js">/);
  });

  it('sends the state once the webview is ready, not before', () => {
    assert.strictEqual(fake.posted.length, 0);
    fake.send({ type: 'ready' });
    const state = fake.posted[0];
    assert.strictEqual(state.type, 'state');
    assert.strictEqual(state.status, 'ready');
    assert.deepStrictEqual(state.model.duplicates[0].passages.map((p: any) => [p.name, p.line]),
      [['002_f17298152769845d.txt', texts.get(key('002'))!.slice(0, 1394).split('\n').length], ['003_766a015ac4dc8b77.txt', texts.get(key('003'))!.slice(0, 1226).split('\n').length]]);
  });

  it('shows indexing progress while the index is being built, and the update follows a change quickly', async () => {
    fake.send({ type: 'ready' });
    progress = { done: 2, total: 5 };
    changed.fire(undefined);
    changed.fire(undefined);
    await wait(UPDATE_DELAY_MS + 30);
    const states = fake.posted.filter(m => m.type === 'state');
    assert.strictEqual(states.length, 2, 'a burst of changes gives one update');
    assert.deepStrictEqual([states[1].status, states[1].progress], ['loading', { done: 2, total: 5 }]);
    assert.ok(UPDATE_DELAY_MS < 1000);
  });

  it('opens an indexed file with the passage selected', async () => {
    fake.send({ type: 'ready' });
    fake.send({ type: 'open', passage: dup.passages[1] });
    await wait(5);
    assert.strictEqual(shown.length, 1);
    assert.strictEqual(shown[0].uri, key('003'));
    const text = texts.get(key('003'))!;
    const line = text.slice(0, 1226).split('\n').length - 1;
    assert.strictEqual(shown[0].selection.start.line, line);
    assert.strictEqual(warnings.length, 0);
  });

  it('refuses a path outside the index, and malformed messages, without opening anything', async () => {
    fake.send({ type: 'ready' });
    fake.send({ type: 'open', passage: { file: 'file:///etc/passwd', start: 0, end: 10 } });
    fake.send({ type: 'open', passage: { file: key('003'), start: 0, end: 10_000_000 } });
    fake.send({ type: 'compare', left: dup.passages[0], right: { file: 'file:///ws/../../etc/shadow', start: 0, end: 1 } });
    fake.send({ type: 'runCommand', command: 'workbench.action.terminal.new' });
    fake.send('<img src=x onerror=alert(1)>');
    await wait(5);
    assert.strictEqual(shown.length, 0);
    assert.strictEqual(calls.length, 0);
    assert.strictEqual(warnings.length, 3);
    assert.match(warnings[0], /not one of the indexed article files/);
    assert.strictEqual(fake.posted.filter(m => m.type === 'notice' && m.level === 'error').length, 3);
  });

  it('compares two passages in the diff editor on read-only passage documents', async () => {
    fake.send({ type: 'ready' });
    fake.send({ type: 'compare', left: dup.passages[0], right: dup.passages[1] });
    await wait(5);
    assert.strictEqual(calls.length, 1);
    const [left, right, title] = calls[0].args as [Uri, Uri, string];
    assert.strictEqual(calls[0].command, 'vscode.diff');
    assert.strictEqual(left.scheme, 'news-lens-passage');
    assert.match(title, /^002_f17298152769845d\.txt:\d+ ↔ 003_766a015ac4dc8b77\.txt:\d+/);
    const content = new PassageContentProvider(f => texts.get(f));
    const l = content.provideTextDocumentContent(left as any), r = content.provideTextDocumentContent(right as any);
    assert.strictEqual(l.replace(/\s+/g, ' ').trim(), texts.get(key('002'))!.slice(1394, 1786).replace(/\s+/g, ' ').trim());
    assert.strictEqual(l, r, 'the two copies of this wire paragraph are identical');
    const outside = content.provideTextDocumentContent(Uri.from({ scheme: 'news-lens-passage', path: '/x', query: 'file=file%3A%2F%2F%2Fetc%2Fpasswd&start=0&end=5' }) as any);
    assert.match(outside, /not one of the indexed article files/);
  });

  it('follows the active editor, and filters to it when the webview asks', async () => {
    fake.send({ type: 'ready', thisFileOnly: false });
    activeEditorChanged.fire({ document: { uri: Uri.parse(key('004')) } });
    await wait(UPDATE_DELAY_MS + 20);
    activeEditorChanged.fire(undefined);
    activeEditorChanged.fire({ document: { uri: Uri.parse('news-lens-passage:///002.txt:17?file=x&start=0&end=1') } });
    await wait(UPDATE_DELAY_MS + 20);
    activeEditorChanged.fire({ document: { uri: Uri.parse('file:///ws/notes.md') } });
    await wait(UPDATE_DELAY_MS + 20);
    const states = () => fake.posted.filter(m => m.type === 'state');
    assert.deepStrictEqual(states().map(m => m.activeFile), [null, key('004'), null], 'passage documents and no editor keep the last article');
    assert.strictEqual(states()[1].model.duplicates.length, 1);

    activeEditorChanged.fire({ document: { uri: Uri.parse(key('004')) } });
    await wait(UPDATE_DELAY_MS + 20);
    fake.send({ type: 'filter', thisFileOnly: true });
    const filtered = states().at(-1);
    assert.deepStrictEqual([filtered.thisFileOnly, filtered.activeFile, filtered.activeName], [true, key('004'), '004_42d87ab533acdf14.txt']);
    assert.strictEqual(filtered.model.duplicates.length, 0, '004 has no passage in the one group');
    assert.deepStrictEqual(filtered.model.counts.duplicates, { all: 1, matching: 0 });
    activeEditorChanged.fire({ document: { uri: Uri.parse(key('003')) } });
    await wait(UPDATE_DELAY_MS + 20);
    assert.strictEqual(states().at(-1).model.duplicates.length, 1, 'the filter follows the editor');
  });

  it('restores the filter the webview remembered when it loads again', () => {
    activeEditorChanged.fire({ document: { uri: Uri.parse(key('004')) } });
    fake.send({ type: 'ready', thisFileOnly: true });
    assert.deepStrictEqual(fake.posted[0].model.counts.duplicates, { all: 1, matching: 0 });
  });

  it('reveals a section: focuses the view, then scrolls once the webview is ready', async () => {
    const revealing = provider.reveal('figures');
    await revealing;
    assert.strictEqual(calls[0].command, 'newsLens.panel.focus');
    assert.strictEqual(fake.posted.length, 0);
    fake.send({ type: 'ready' });
    assert.deepStrictEqual(fake.posted.map(m => m.type), ['state', 'reveal']);
    assert.strictEqual(fake.posted[1].section, 'figures');
  });

  it('registers the view, the passage scheme and the commands; "Compare Figures Across Sources" opens the report and reveals the figures', async () => {
    const context = { extensionUri: new Uri('file', '/ext'), subscriptions: [] as { dispose(): void }[] };
    const registeredProvider = registerPanelSource(context as any, 'newsLens.panel', source as any);
    assert.strictEqual(registered.views.get('newsLens.panel'), registeredProvider);
    assert.ok(registered.schemes.get('news-lens-passage') instanceof PassageContentProvider);
    assert.deepStrictEqual([...registered.commands.keys()].sort(), ['newsLens.compareFigures', 'newsLens.comparePassages', 'newsLens.panel.collapseAll', 'newsLens.panel.showAll', 'newsLens.panel.showSection', 'newsLens.showInPanel']);
    assert.ok(context.subscriptions.length >= 6);
    const view = fakeView();
    registeredProvider.resolveWebviewView(view.view as any);
    view.send({ type: 'ready' });
    await registered.commands.get('newsLens.compareFigures')!();
    assert.deepStrictEqual(calls.slice(-2).map(c => c.command), ['newsLens.panel.focus', 'markdown.showPreview']);
    assert.strictEqual(String(calls.at(-1)!.args[0]), 'news-lens-report:///Figures across sources.md');
    assert.ok(registered.schemes.get('news-lens-report'), 'the report document scheme is registered');
    assert.deepStrictEqual(view.posted.at(-1), { type: 'reveal', section: 'figures' });
    await registered.commands.get('newsLens.panel.showSection')!('variants');
    await registered.commands.get('newsLens.panel.showSection')!('<script>');
    assert.deepStrictEqual(view.posted.slice(-2).map(m => m.section), ['variants', 'duplicates']);
    // the hover's Compare: anything but two passage refs is refused before any diff is asked for
    const before = calls.length;
    await registered.commands.get('newsLens.comparePassages')!('nope', { file: 'x', start: -1, end: 2 });
    assert.strictEqual(calls.length, before);
    context.subscriptions.forEach(d => d.dispose());
  });

  it('re-sends the state when a hidden view is shown again', () => {
    fake.send({ type: 'ready' });
    fake.view.visible = false;
    (fake.view as any).visibilityChanged();
    changed.fire(undefined);
    fake.view.visible = true;
    (fake.view as any).visibilityChanged();
    assert.deepStrictEqual(fake.posted.map(m => m.type), ['state', 'state']);
  });
});
