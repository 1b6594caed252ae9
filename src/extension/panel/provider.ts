/**
 * The News Lens side panel's host: a WebviewViewProvider that renders the shell (html.ts), sends the panel
 * model whenever the index changes (debounced, well under a second after a save), follows the active editor
 * for the "this file only" filter, and acts on the webview's validated requests: open a passage, compare two.
 */
import * as vscode from 'vscode';
import { buildPanelHtml, makeNonce } from './html';
import { checkPassage, NO_SEARCH, parseWebviewMessage, type HostMessage, type PanelSearch, type PassageRef, type SectionId } from './messages';
import { panelModel } from './model';
import { LineCache, PassageReader } from './reader';
import { baseName } from './snippets';
import { PASSAGE_SCHEME, passageUri } from './passageDocuments';
import type { PanelSource } from './source';

/** Delay between an index change and the panel's update: coalesces bursts (a folder being indexed). */
export const UPDATE_DELAY_MS = 50;
/** Context key: the panel's "this file only" filter is on. */
export const FILTER_CONTEXT = 'newsLens.panel.thisFileOnly';

export class PanelViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private pendingReveal: SectionId | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private activeFile: string | null = null;
  /** The "this file only" filter, as the webview last reported it. */
  private thisFileOnly = false;
  /** The search box and the speaker / file filters, as the webview last reported them. */
  private search: PanelSearch = NO_SEARCH;
  /** A filter the host set before the page was ready: it wins over the one the page restores. */
  private forcedFilter: boolean | undefined;
  private readonly lines = new LineCache();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly mediaRoot: vscode.Uri,
    private readonly source: PanelSource,
    private readonly viewId: string,
    private readonly log: (line: string) => void = () => undefined,
  ) {
    this.activeFile = this.fileOfEditor(vscode.window.activeTextEditor);
    this.disposables.push(
      source.onDidChange(() => this.scheduleUpdate()),
      vscode.window.onDidChangeActiveTextEditor(editor => {
        // Focus moving to a panel or the webview leaves no text editor, and a Compare opens passage
        // documents: keep following the last article then.
        if (!editor || editor.document.uri.scheme === PASSAGE_SCHEME) return;
        const file = this.fileOfEditor(editor);
        if (file === this.activeFile) return;
        this.activeFile = file;
        this.scheduleUpdate();
      }),
    );
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    const webview = view.webview;
    webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [this.mediaRoot] };
    webview.html = buildPanelHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.mediaRoot, 'panel.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.mediaRoot, 'panel.css')).toString(),
    });
    const subscriptions = [
      webview.onDidReceiveMessage(raw => this.receive(raw)),
      // A hidden webview view loses its page (no retainContextWhenHidden): it says 'ready' again when shown.
      // Whatever is posted meanwhile is buffered by VS Code, so the state is sent at once too.
      view.onDidChangeVisibility(() => {
        if (!view.visible) this.ready = false;
        else this.sendState();
      }),
    ];
    view.onDidDispose(() => {
      subscriptions.forEach(d => d.dispose());
      if (this.view === view) this.view = undefined;
      this.ready = false;
    });
  }

  /** Turn the "this file only" filter on or off (the title bar's action, the editor's Show in Side Panel). */
  async setThisFileOnly(on: boolean): Promise<void> {
    this.filter(on);
    this.forcedFilter = on;
    await vscode.commands.executeCommand(`${this.viewId}.focus`);
    if (this.ready) { this.forcedFilter = undefined; this.sendState(); }
  }

  /** The title bar's Collapse All: every section and group folded. */
  collapseAll(): void {
    this.post({ type: 'collapseAll' });
  }

  /** The filter as it is now, and its context key for the title bar's filter action. */
  private filter(on: boolean): void {
    if (on !== this.thisFileOnly) void vscode.commands.executeCommand('setContext', FILTER_CONTEXT, on);
    this.thisFileOnly = on;
  }

  /** Show the panel and scroll to a section (resolving the view first when it was never opened). */
  async reveal(section: SectionId): Promise<void> {
    this.pendingReveal = section;
    await vscode.commands.executeCommand(`${this.viewId}.focus`);
    if (this.ready) this.flushReveal();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.disposables.forEach(d => d.dispose());
  }

  private reader(): PassageReader {
    return new PassageReader(f => this.source.textOf(f), this.lines);
  }

  private fileOfEditor(editor: vscode.TextEditor | undefined): string | null {
    return (editor && this.source.fileOf(editor.document.uri)) ?? null;
  }

  private scheduleUpdate(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.sendState();
    }, UPDATE_DELAY_MS);
  }

  private sendState(): void {
    if (!this.view?.visible) return;
    // the active article may have been opened before it was indexed (its key unknown then)
    if (this.activeFile === null) this.activeFile = this.fileOfEditor(vscode.window.activeTextEditor);
    const progress = this.source.progress();
    const onlyFile = this.thisFileOnly ? this.activeFile : null;
    const reader = this.reader();
    const model = panelModel(this.source, reader, { onlyFile, search: this.search, textOf: f => this.source.textOf(f) });
    for (const f of model.files) { const title = reader.titleOf(f.file); if (title) f.title = title; }
    this.lines.sweep();
    this.post({
      type: 'state',
      status: progress ? 'loading' : 'ready',
      progress,
      model,
      activeFile: this.activeFile,
      activeName: this.activeFile === null ? null : baseName(this.activeFile),
      thisFileOnly: this.thisFileOnly,
      search: this.search,
    });
  }

  private flushReveal(): void {
    if (!this.pendingReveal) return;
    this.post({ type: 'reveal', section: this.pendingReveal });
    this.pendingReveal = undefined;
  }

  private post(message: HostMessage): void {
    if (this.view) void this.view.webview.postMessage(message);
  }

  private receive(raw: unknown): void {
    const msg = parseWebviewMessage(raw);
    if (!msg) {
      this.log(`side panel: ignored a malformed message ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    switch (msg.type) {
      case 'ready':
        this.ready = true;
        this.filter(this.forcedFilter ?? msg.thisFileOnly);
        this.forcedFilter = undefined;
        this.sendState();
        this.flushReveal();
        return;
      case 'filter':
        this.filter(msg.thisFileOnly);
        this.sendState();
        return;
      case 'search':
        this.search = { query: msg.query, speaker: msg.speaker, file: msg.file };
        this.sendState();
        return;
      case 'open':
        void this.open(msg.passage);
        return;
      case 'compare':
        void this.compare(msg.left, msg.right);
        return;
    }
  }

  /** Why a passage is refused, told to the user and the log; undefined when it may be used. */
  private refusal(ref: PassageRef): string | undefined {
    const refused = checkPassage(ref, f => this.source.textOf(f)?.length);
    if (refused) {
      this.log(`side panel: refused ${JSON.stringify(ref)}: ${refused}`);
      void vscode.window.showWarningMessage(refused);
      this.post({ type: 'notice', level: 'error', text: refused });
    }
    return refused;
  }

  private async open(ref: PassageRef): Promise<void> {
    if (this.refusal(ref)) return;
    try {
      const doc = await vscode.workspace.openTextDocument(this.source.uriOf(ref.file));
      const range = new vscode.Range(doc.positionAt(ref.start), doc.positionAt(ref.end));
      const editor = await vscode.window.showTextDocument(doc, { selection: range, preview: true });
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } catch (err) {
      const text = `News Lens: could not open ${baseName(ref.file)}: ${err instanceof Error ? err.message : String(err)}`;
      this.log(text);
      void vscode.window.showWarningMessage(text);
    }
  }

  /** VS Code's diff editor on two indexed passages (the panel's and the quote hover's Compare). */
  async compare(left: PassageRef, right: PassageRef): Promise<void> {
    if (this.refusal(left) || this.refusal(right)) return;
    const reader = this.reader();
    const [l, r] = [reader.view(left), reader.view(right)];
    const label = (p: typeof l) => `${p.name}:${p.line}`;
    await vscode.commands.executeCommand(
      'vscode.diff',
      passageUri(left, label(l)),
      passageUri(right, label(r)),
      `${label(l)} ↔ ${label(r)} (News Lens)`,
      { preview: true },
    );
  }
}
