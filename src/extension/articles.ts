/**
 * The set of article files News Lens looks at, their texts and analyses, and the corpus index over them.
 * Files come from the workspace (newsLens.include / newsLens.exclude, newsLens.scanScope) and from open editors;
 * everything is read through vscode.workspace.fs (so the web build works) and never written.
 * The index is built in the background under a cancellable progress notification and kept up to date on
 * create, change, delete and rename, and on edits in open editors. The corpus index itself lives in the worker
 * (see engine.ts): each text sent to it gets a `rev`, and `corpusNow` (a CorpusView of the worker's last
 * snapshot) shows a file's cross-source results only while they belong to the text held here.
 */
import * as vscode from 'vscode';
import type { FilePassage } from '../core/corpus';
import type { DocumentAnalysis } from '../core/types';
import { checkText, decodeArticle, ENCODING_NAMES, fileProblem, INVALID_UTF8_NOTE, type Encoding } from '../core/text/decode';
import { CorpusView } from './corpusView';
import { isSuperseded, type Engine } from './engine';
import { isArticlePath, searchGlobs } from './glob';
import { ARTICLE_SCHEMES } from './ids';
import type { Settings, SettingsStore } from './settings';
import type { IndexProgress } from './panel/messages';

export interface Article {
  key: string;
  uri: vscode.Uri;
  text: string;
  analysis?: DocumentAnalysis;
  /** Why the file is not analysed (binary, over the size limit). */
  error?: string;
  /** The editor version the text belongs to, when it came from an open document. */
  version?: number;
  /** Which text of the file the corpus index was given (see CorpusView). */
  rev?: number;
  /** The encoding the file was read in, when it was read from disk in one other than UTF-8. */
  encoding?: Encoding;
  /** Read from disk as UTF-8 with invalid byte sequences as U+FFFD (said once in the output channel). */
  invalidUtf8?: true;
}

/** What a rebuild of the index did, for the output channel and Refresh Annotations. */
export interface IndexSummary {
  /** Files read (analysed or skipped) of the `of` found. */
  files: number;
  of: number;
  /** Files left out: binary, over the size limit, unreadable. */
  skipped: number;
  ms: number;
  cancelled: boolean;
}

export class Articles implements vscode.Disposable {
  private readonly byKey = new Map<string, Article>();
  private readonly keyOfUri = new Map<string, string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generation = new Map<string, number>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly view = new CorpusView(file => this.byKey.get(file)?.rev);
  private nextRev = 0;
  private building: vscode.CancellationTokenSource | undefined;
  private rebuilding: Promise<IndexSummary | undefined> | undefined;
  private fireTimer: ReturnType<typeof setTimeout> | undefined;
  progress: IndexProgress | null = null;
  private changes = 0;
  /** Fires (batched) when an article's analysis or the index changed; the uri when one article changed. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly engine: Engine, private readonly store: SettingsStore, private readonly log: (line: string) => void) {
    this.disposables.push(engine.onSnapshot(s => { this.view.apply(s); this.fire(undefined); }));
  }

  /** The settings as they apply now (see SettingsStore). */
  get settings(): Readonly<Settings> {
    return this.store.current;
  }

  start(): void {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidCreate(uri => this.schedule(uri)),
      watcher.onDidChange(uri => { if (!this.openDocument(uri)) this.schedule(uri); }),
      watcher.onDidDelete(uri => this.remove(uri)),
      vscode.workspace.onDidRenameFiles(e => { for (const f of e.files) { this.remove(f.oldUri); this.schedule(f.newUri); } }),
      vscode.workspace.onDidOpenTextDocument(doc => this.schedule(doc.uri, 0)),
      vscode.workspace.onDidChangeTextDocument(e => { if (e.contentChanges.length) this.schedule(e.document.uri); }),
      vscode.workspace.onDidCloseTextDocument(doc => { if (this.settings.scanScope === 'openFiles' || !this.inWorkspace(doc.uri)) this.remove(doc.uri); }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rebuild()),
      this.store.onDidChange(change => { if (change.rescan) void this.rebuild(); }),
    );
    void this.rebuild();
  }

  /** The view of the corpus index once it reflects every change sent to it so far. */
  async corpus(): Promise<CorpusView> {
    await this.engine.indexSettled();
    return this.view;
  }

  /** The view of the corpus index as of the worker's last snapshot (undefined before the first one). */
  get corpusNow(): CorpusView | undefined {
    return this.view.ready ? this.view : undefined;
  }

  /** The passages of an article that contain an offset, with where else they stand; none when out of date. */
  async passagesAt(article: Article, offset: number): Promise<FilePassage[]> {
    if (article.rev === undefined || !this.view.spansOf(article.key).some(p => offset >= p.start && offset < p.end)) return [];
    try {
      const found = await this.engine.passagesAt(article.key, offset);
      return found.rev === article.rev && this.byKey.get(article.key) === article ? found.passages : [];
    } catch {
      return [];
    }
  }

  /**
   * A number that changes whenever an article is added, re-analysed or dropped (at once, not batched as
   * onDidChange is): what caches over all the articles' analyses are keyed on.
   */
  get revision(): number {
    return this.changes;
  }

  all(): Article[] {
    return [...this.byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
  }

  get(key: string): Article | undefined {
    return this.byKey.get(key);
  }

  forUri(uri: vscode.Uri): Article | undefined {
    const key = this.keyOfUri.get(uri.toString());
    return key === undefined ? undefined : this.byKey.get(key);
  }

  /** The article's analysis when it matches the document as it stands. */
  forDocument(doc: vscode.TextDocument): Article | undefined {
    const a = this.forUri(doc.uri);
    if (!a || (a.version !== undefined && a.version !== doc.version)) return undefined;
    // the document's length without building its text (getText() joins a long article's lines on every call)
    const last = doc.lineAt(doc.lineCount - 1);
    return a.text.length === doc.offsetAt(last.range.end) ? a : undefined;
  }

  /** The article's analysis for the document as it stands, analysing it now when it is not (yet) up to date. */
  async analysed(doc: vscode.TextDocument): Promise<Article | undefined> {
    const ready = this.forDocument(doc);
    if (ready?.analysis || !this.isArticle(doc.uri)) return ready;
    await this.update(doc.uri);
    return this.forDocument(doc);
  }

  keyOf(uri: vscode.Uri): string {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const inFolder = vscode.workspace.getWorkspaceFolder(uri);
    if (!inFolder) return uri.scheme === 'file' ? uri.fsPath : uri.toString();
    return vscode.workspace.asRelativePath(uri, folders.length > 1);
  }

  isArticle(uri: vscode.Uri): boolean {
    if (!ARTICLE_SCHEMES.includes(uri.scheme)) return false;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const rel = folder ? uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1) : uri.path.split('/').pop() ?? '';
    const { include, exclude } = this.store.globsFor(uri);
    return isArticlePath(rel, include, exclude);
  }

  private inWorkspace(uri: vscode.Uri): boolean {
    return !!vscode.workspace.getWorkspaceFolder(uri);
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
  }

  /**
   * Re-read everything: on start, on a settings change, on Refresh Annotations. Returns what was indexed
   * (undefined when a newer rebuild took over).
   */
  rebuild(): Promise<IndexSummary | undefined> {
    const run = this.scan();
    this.rebuilding = run;
    const done = () => { if (this.rebuilding === run) this.rebuilding = undefined; };
    run.then(done, done);
    return run;
  }

  /** Whether the workspace's articles are being read (a rebuild is under way). */
  get indexing(): boolean {
    return this.rebuilding !== undefined;
  }

  /** Resolves once the workspace's articles are read (at once when no rebuild is under way). */
  async whenIndexed(): Promise<void> {
    while (this.rebuilding) await this.rebuilding.catch(() => undefined);
  }

  private async scan(): Promise<IndexSummary | undefined> {
    this.building?.cancel();
    const cts = (this.building = new vscode.CancellationTokenSource());
    const t0 = Date.now();
    try {
      const files = new Map<string, vscode.Uri>();
      if (this.settings.scanScope === 'workspace') {
        for (const folder of vscode.workspace.workspaceFolders ?? []) {
          // VS Code lists the candidates; isArticle (glob.ts, the one matcher) decides
          const { include, exclude } = this.store.globsFor(folder.uri);
          const search = searchGlobs(include, exclude);
          const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, search.include), search.exclude && new vscode.RelativePattern(folder, search.exclude), undefined, cts.token);
          for (const uri of found) if (this.isArticle(uri)) files.set(uri.toString(), uri);
        }
      }
      for (const doc of vscode.workspace.textDocuments) if (this.isArticle(doc.uri)) files.set(doc.uri.toString(), doc.uri);
      if (cts.token.isCancellationRequested) return undefined;
      for (const [u, key] of [...this.keyOfUri]) if (!files.has(u)) this.drop(key, u);
      const list = [...files.values()];
      this.progress = { done: 0, total: list.length };
      this.fire(undefined);
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'News Lens: indexing articles', cancellable: true },
        async (progress, token) => {
          const onCancel = token.onCancellationRequested(() => cts.cancel());
          for (let i = 0; i < list.length && !cts.token.isCancellationRequested; i++) {
            await this.update(list[i]);
            this.progress = { done: i + 1, total: list.length };
            progress.report({ message: `${i + 1} of ${list.length}`, increment: 100 / Math.max(1, list.length) });
            this.fire(undefined);
          }
          onCancel.dispose();
        },
      );
      if (this.building !== cts) return undefined;
      const done = this.progress?.done ?? 0;
      const skipped = list.filter(u => this.forUri(u)?.error).length;
      const summary: IndexSummary = { files: done, of: list.length, skipped, ms: Date.now() - t0, cancelled: cts.token.isCancellationRequested };
      this.log(summary.cancelled
        ? `indexing cancelled after ${done} of ${list.length} files`
        : `indexed ${done} article file${done === 1 ? '' : 's'}${skipped ? ` (${skipped} skipped)` : ''} in ${summary.ms} ms`);
      this.progress = null;
      this.building = undefined;
      this.fire(undefined);
      return summary;
    } finally {
      cts.dispose();
    }
  }

  /** Update one file soon (debounced by newsLens.updateDelay). */
  schedule(uri: vscode.Uri, delay = this.settings.updateDelay): void {
    if (!this.isArticle(uri)) return;
    if (this.settings.scanScope === 'openFiles' && !this.openDocument(uri)) return;
    const k = uri.toString();
    clearTimeout(this.timers.get(k));
    this.timers.set(k, setTimeout(() => { this.timers.delete(k); void this.update(uri).then(() => this.fire(uri)); }, delay));
  }

  /** Read, analyse and index one file now. Never throws; a file that cannot be read is reported and left out. */
  async update(uri: vscode.Uri): Promise<Article | undefined> {
    const u = uri.toString();
    const gen = (this.generation.get(u) ?? 0) + 1;
    this.generation.set(u, gen);
    const key = this.keyOf(uri);
    try {
      const doc = this.openDocument(uri);
      let text: string, version: number | undefined, encoding: Encoding | undefined, invalidUtf8: true | undefined;
      if (doc) {
        text = doc.getText();
        version = doc.version;
        const err = checkText(text, this.settings.maxFileSizeMB);
        if (err) return this.fail(key, uri, err);
      } else {
        // stat first: a named pipe, a device or a file over the limit is never read
        const st = await vscode.workspace.fs.stat(uri);
        const problem = fileProblem((st.type & vscode.FileType.File) !== 0, st.size, this.settings.maxFileSizeMB);
        if (problem) return this.fail(key, uri, problem);
        const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri), this.settings.maxFileSizeMB);
        if (!decoded.ok) return this.fail(key, uri, decoded.error);
        text = decoded.text;
        if (decoded.encoding !== 'utf-8') {
          encoding = decoded.encoding;
          if (this.byKey.get(key)?.encoding !== encoding) this.log(`${key}: read as ${ENCODING_NAMES[encoding]}`);
        }
        invalidUtf8 = decoded.invalidUtf8;
        if (invalidUtf8 && !this.byKey.get(key)?.invalidUtf8) this.log(`${key}: ${INVALID_UTF8_NOTE}`);
      }
      const analysis = await this.engine.analyze(key, text);
      if (this.generation.get(u) !== gen) return this.byKey.get(key); // superseded by a newer version
      const had = this.byKey.get(key);
      const same = had && !had.error && had.rev !== undefined && had.text === text;
      // the same text keeps the same string: later comparisons of it (caches keyed on a text) take V8's fast path
      const article: Article = { key, uri, text: same ? had.text : text, analysis, version, rev: same ? had.rev : ++this.nextRev, encoding, invalidUtf8 };
      this.byKey.set(key, article);
      this.changes++;
      this.keyOfUri.set(u, key);
      if (!same) {
        this.view.invalidate();
        this.engine.indexSet(key, text, article.rev as number);
      }
      return article;
    } catch (e) {
      if (isSuperseded(e)) return this.byKey.get(key);
      if ((e as { code?: string }).code === 'FileNotFound' || e instanceof vscode.FileSystemError) { this.remove(uri); return undefined; }
      return this.fail(key, uri, `could not be analysed: ${(e as Error).message}`);
    }
  }

  private fail(key: string, uri: vscode.Uri, error: string): Article {
    const had = this.byKey.get(key);
    if (had?.error !== error) this.log(`${key}: ${error}`);
    const article: Article = { key, uri, text: '', error };
    this.byKey.set(key, article);
    this.changes++;
    this.keyOfUri.set(uri.toString(), key);
    this.unindex(key);
    return article;
  }

  remove(uri: vscode.Uri): void {
    const u = uri.toString();
    this.generation.set(u, (this.generation.get(u) ?? 0) + 1);
    const key = this.keyOfUri.get(u);
    if (key !== undefined) { this.drop(key, u); this.fire(uri); }
  }

  private drop(key: string, u: string): void {
    this.byKey.delete(key);
    this.changes++;
    this.keyOfUri.delete(u);
    this.unindex(key);
  }

  private unindex(key: string): void {
    this.view.invalidate();
    this.engine.indexDelete(key);
  }

  private fire(uri: vscode.Uri | undefined): void {
    if (uri) { this.emitter.fire(uri); return; }
    if (this.fireTimer) return;
    this.fireTimer = setTimeout(() => { this.fireTimer = undefined; this.emitter.fire(undefined); }, 50);
  }

  dispose(): void {
    this.building?.cancel();
    for (const t of this.timers.values()) clearTimeout(t);
    if (this.fireTimer) clearTimeout(this.fireTimer);
    this.emitter.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
