/**
 * Editor decorations: quotes, unattributed quotes (quieter), reported speech (a dotted underline only, so that
 * verbatim words and paraphrase tell apart at a glance), speakers (bold with an underline, distinct from the
 * quote they are attached to), figures (small counts in words, "two places", with an underline only: ./figureStyle.ts),
 * and passages that stand in other files (a small ↔ marker before the passage).
 * Colours are theme colours contributed in package.json (translucent, so a selection shows through), with
 * overview-ruler marks. Each category follows its newsLens.<category>.enabled setting or its toggle (settings.ts).
 */
import * as vscode from 'vscode';
import type { Span } from '../core/types';
import type { Article, Articles } from './articles';
import { positionsOf, type Positions } from './positions';
import { CATEGORIES, type Category, type SettingsStore } from './settings';
import { covers, SortedSpans, type OffsetWindow } from './spanWindow';
import { isSmallCount } from './figureStyle';
import { nextTask } from '../worker/nextTask';

const sameWindow = (a: OffsetWindow | undefined, b: OffsetWindow | undefined) => a === b || (!!a && !!b && a.start === b.start && a.end === b.end);

/** A category with more ranges than this is followed by a yield to the event loop before the next one. */
const YIELD_AFTER = 500;
/**
 * Articles longer than this many characters (ordinary news articles are 2,000–20,000) are decorated only
 * around what the editor shows: the visible lines and WINDOW_MARGIN characters on each side, moved as the
 * user scrolls. VS Code serialises (and, remotely, compresses) every range it is given into one message on the
 * extension host's thread, and a 1 MB article has over ten thousand; the window has a few hundred. The
 * overview ruler still shows every category over the whole article, one mark per band of lines (RULER_BANDS).
 */
export const WINDOWED_FROM = 200_000;
export const WINDOW_MARGIN = 20_000;
const RULER_BANDS = 250;
/** On a long article, the longest stretch of decoration work done in one task before a yield, in ms. */
const SLICE_MS = 6;

const color = (id: string) => new vscode.ThemeColor(`newsLens.${id}`);

/** Whether an article is long enough to be decorated around the visible lines only (see WINDOWED_FROM). */
const windowed = (article: Article | undefined): article is Article => !!article && article.text.length > WINDOWED_FROM;

function makeTypes(): Record<Category, vscode.TextEditorDecorationType> {
  const ruler = vscode.OverviewRulerLane.Right;
  return {
    quotes: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('quoteBackground'), overviewRulerColor: color('quoteRuler'), overviewRulerLane: ruler,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    unattributedQuotes: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('unattributedQuoteBackground'), fontStyle: 'italic', overviewRulerColor: color('unattributedQuoteRuler'), overviewRulerLane: ruler,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    indirectQuotes: vscode.window.createTextEditorDecorationType({
      borderColor: color('indirectQuoteBorder'), borderStyle: 'none none dotted none', borderWidth: '0 0 1px 0',
      overviewRulerColor: color('indirectQuoteRuler'), overviewRulerLane: ruler, rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    speakers: vscode.window.createTextEditorDecorationType({
      fontWeight: 'bold', color: color('speakerForeground'), backgroundColor: color('speakerBackground'),
      borderColor: color('speakerBorder'), borderStyle: 'none none solid none', borderWidth: '0 0 2px 0',
      overviewRulerColor: color('speakerRuler'), overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
    figures: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('figureBackground'), borderColor: color('figureBorder'), borderStyle: 'solid', borderWidth: '1px', borderRadius: '3px',
      overviewRulerColor: color('figureRuler'), overviewRulerLane: vscode.OverviewRulerLane.Center,
    }),
    // (quieter than figures: the figures' border colour as an underline, no background, no ruler mark)
    smallCounts: vscode.window.createTextEditorDecorationType({
      borderColor: color('figureBorder'), borderStyle: 'none none solid none', borderWidth: '0 0 1px 0',
    }),
    crossSource: vscode.window.createTextEditorDecorationType({
      before: { contentText: '↔', color: color('crossSourceBorder'), margin: '0 0.3em 0 0', fontWeight: 'normal' },
      overviewRulerColor: color('crossSourceRuler'), overviewRulerLane: vscode.OverviewRulerLane.Full,
    }),
  };
}

/** Overview-ruler marks only, for the whole of a windowed article (see WINDOWED_FROM). */
function makeRulerTypes(): Record<Category, vscode.TextEditorDecorationType> {
  const mark = (id: string, lane: vscode.OverviewRulerLane) =>
    vscode.window.createTextEditorDecorationType({ isWholeLine: true, overviewRulerColor: color(id), overviewRulerLane: lane });
  const L = vscode.OverviewRulerLane;
  return {
    quotes: mark('quoteRuler', L.Right), unattributedQuotes: mark('unattributedQuoteRuler', L.Right), indirectQuotes: mark('indirectQuoteRuler', L.Right), speakers: mark('speakerRuler', L.Left),
    figures: mark('figureRuler', L.Center), crossSource: mark('crossSourceRuler', L.Full),
    // (no mark: see makeTypes)
    smallCounts: vscode.window.createTextEditorDecorationType({}),
  };
}

interface Shown {
  version: number;
  /** Per category: the source its decorations were set from and the window they cover (undefined: all). */
  from: Partial<Record<Category, unknown>>;
  window: Partial<Record<Category, OffsetWindow | undefined>>;
  /** Per category: the source the whole-article ruler marks were set from (null: none set). */
  ruler: Partial<Record<Category, unknown>>;
  /** The window the last refresh decorated, for deciding whether a scroll needs a new one. */
  last?: OffsetWindow;
}

/** What each category shows in an editor: the object its ranges are made from (null: nothing) and its spans. */
export type CategorySources = { article: Article | undefined; parts: Record<Category, { from: unknown; spans: () => Iterable<Span> }> };

/**
 * What each category shows in an editor, as the object its ranges are made from (null: nothing): the
 * analysis for quotes, speakers and figures, the index's passages of the file for cross-source marks.
 */
export function categorySources(articles: Articles, editor: vscode.TextEditor): CategorySources {
  const article = articles.forDocument(editor.document);
  const a = article?.analysis;
  const on = articles.settings.enabled;
  const none = { from: null, spans: () => [] };
  if (!article || !a) return { article, parts: { quotes: none, unattributedQuotes: none, indirectQuotes: none, speakers: none, figures: none, smallCounts: none, crossSource: none } };
  const cross = on.crossSource ? articles.corpusNow?.spansOf(article.key) : undefined;
  return {
    article,
    parts: {
      quotes: on.quotes ? { from: a, spans: () => a.quotes.filter(q => q.speaker && q.kind !== 'indirect') } : none,
      unattributedQuotes: on.unattributedQuotes ? { from: a, spans: () => a.quotes.filter(q => !q.speaker && q.kind !== 'indirect') } : none,
      indirectQuotes: on.indirectQuotes ? { from: a, spans: () => a.quotes.filter(q => q.kind === 'indirect') } : none,
      speakers: on.speakers ? { from: a, spans: () => a.speakers.flatMap(s => s.mentions) } : none,
      figures: on.figures ? { from: a, spans: () => a.figures.filter(f => !isSmallCount(f)) } : none,
      smallCounts: on.smallCounts ? { from: a, spans: () => a.figures.filter(isSmallCount) } : none,
      crossSource: cross?.length ? { from: cross, spans: () => cross } : none,
    },
  };
}

/**
 * Told what the decorations give VS Code, as they give it (VS Code has no way to read an editor's decorations
 * back). Only the integration tests listen (src/extension/testing.ts); the installed extension passes none.
 */
export interface DecorationListener {
  /** A refresh of the editor began. */
  started(editor: vscode.TextEditor): void;
  /** A category's ranges were set: all of them, or on a long article those within `window`. */
  set(editor: vscode.TextEditor, category: Category, ranges: vscode.Range[], window: OffsetWindow | undefined): void;
  /** A long article's whole-article overview-ruler marks of a category were set. */
  ruler(editor: vscode.TextEditor, category: Category, marks: vscode.Range[]): void;
  /** The editor's latest refresh is done; `window`: the stretch of a long article it decorated. */
  settled(editor: vscode.TextEditor, window: OffsetWindow | undefined): void;
}

export class Decorations implements vscode.Disposable {
  private readonly types = makeTypes();
  /** Made when the first long article is shown. */
  private rulerTypes: Record<Category, vscode.TextEditorDecorationType> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** Per editor: the document version and, per category, what its decorations were last set from. */
  private readonly shown = new WeakMap<vscode.TextEditor, Shown>();
  /** A long article's spans per category, sorted, per source object (an analysis or a list of passages). */
  private readonly sorted: Record<Category, WeakMap<object, SortedSpans>> = {
    quotes: new WeakMap(), unattributedQuotes: new WeakMap(), indirectQuotes: new WeakMap(), speakers: new WeakMap(), figures: new WeakMap(), smallCounts: new WeakMap(), crossSource: new WeakMap(),
  };
  private readonly running = new WeakMap<vscode.TextEditor, number>();
  private runs = 0;

  constructor(private readonly articles: Articles, settings: SettingsStore, private readonly listener?: DecorationListener) {
    this.disposables.push(
      settings.onDidChange(change => { if (!change.rescan) this.refreshAll(); }),
      articles.onDidChange(() => this.refreshAll()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      vscode.window.onDidChangeTextEditorVisibleRanges(e => this.scrolled(e.textEditor)),
    );
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.refresh(editor);
  }

  /**
   * Sets the categories whose source changed since they were last set in this editor (an update of the index
   * leaves the quotes, speakers and figures of a long article alone, and the other way round), and on a long
   * article those whose window moved. Categories are set one per task when they are big or windowed, so that
   * the extension host's event loop is never held for long; a newer refresh of the editor takes over from an
   * older one still under way.
   */
  refresh(editor: vscode.TextEditor): void {
    const run = ++this.runs;
    this.running.set(editor, run);
    this.listener?.started(editor);
    void this.apply(editor, run);
  }

  /** The visible lines moved: a long article's window follows once they come near its edge. */
  private scrolled(editor: vscode.TextEditor): void {
    const shown = this.shown.get(editor);
    if (!shown?.last || this.running.has(editor)) return;
    const article = this.articles.forDocument(editor.document);
    if (!article?.analysis || !windowed(article)) return; // out of date: keep what is shown until the analysis catches up
    const [a, b] = this.visibleOffsets(editor, positionsOf(article, article.text));
    if (!covers(shown.last, a, b, article.text.length, WINDOW_MARGIN / 2)) this.refresh(editor);
  }

  private visibleOffsets(editor: vscode.TextEditor, pos: Positions): [number, number] {
    const vis = editor.visibleRanges;
    if (!vis.length) return [0, 0];
    let first = Infinity, last = -1;
    for (const r of vis) { first = Math.min(first, r.start.line); last = Math.max(last, r.end.line); }
    return [pos.offsetOfLine(first), pos.endOfLine(last)];
  }

  private windowFor(editor: vscode.TextEditor, article: Article): OffsetWindow {
    const [a, b] = this.visibleOffsets(editor, positionsOf(article, article.text));
    return { start: Math.max(0, a - WINDOW_MARGIN), end: Math.min(article.text.length, b + WINDOW_MARGIN) };
  }

  private sortedSpans(k: Category, from: object, spans: () => Iterable<Span>): SortedSpans {
    let s = this.sorted[k].get(from);
    if (!s) this.sorted[k].set(from, (s = new SortedSpans(spans())));
    return s;
  }

  private async apply(editor: vscode.TextEditor, run: number): Promise<void> {
    let window: OffsetWindow | undefined;
    // a long article's work is done in slices of about SLICE_MS, each its own task; it starts in a task of
    // its own too, not in that of whatever fired the refresh
    let slice = -Infinity;
    const yieldNow = async () => { await nextTask(); slice = performance.now(); };
    /** A yield once the slice is used up; whether this run is still the editor's latest. */
    const pause = async (): Promise<boolean> => {
      if (performance.now() - slice < SLICE_MS) return true;
      await yieldNow();
      return this.running.get(editor) === run;
    };
    for (const k of CATEGORIES) {
      if (this.running.get(editor) !== run) return;
      if (windowed(this.articles.forUri(editor.document.uri)) && !(await pause())) return;
      const { article, parts } = categorySources(this.articles, editor);
      let shown = this.shown.get(editor);
      if (!shown || shown.version !== editor.document.version) {
        this.shown.set(editor, (shown = { version: editor.document.version, from: {}, window: {}, ruler: shown?.ruler ?? {} }));
      }
      const from = parts[k].from;
      const long = windowed(article);
      if (long && !window) window = this.windowFor(editor, article);
      shown.last = long ? window : undefined;
      const want = long && from ? window : undefined;
      let sent = 0;
      if (!(k in shown.from && shown.from[k] === from && sameWindow(shown.window[k], want))) {
        let ranges: vscode.Range[] = [];
        if (article && from) {
          const pos = positionsOf(article, article.text);
          ranges = want ? pos.ranges(this.sortedSpans(k, from as object, parts[k].spans).within(want)) : pos.ranges(parts[k].spans());
        }
        editor.setDecorations(this.types[k], ranges);
        this.listener?.set(editor, k, ranges, want);
        shown.from[k] = from;
        shown.window[k] = want;
        sent += ranges.length;
      }
      // the whole article's ruler marks, once per source (only a long article has them)
      const rulerFrom = long && from ? from : null;
      if ((shown.ruler[k] ?? null) !== rulerFrom) {
        if (long && !(await pause())) return;
        let marks: vscode.Range[] = [];
        if (rulerFrom && article) {
          const pos = positionsOf(article, article.text);
          const band = Math.max(1, Math.ceil(pos.lineCount / RULER_BANDS));
          const bandEnd = (b: number) => ((b + 1) * band >= pos.lineCount ? Infinity : pos.offsetOfLine((b + 1) * band));
          marks = this.sortedSpans(k, from as object, parts[k].spans).summary(o => Math.floor(pos.lineOf(o) / band), bandEnd).map(o => {
            const line = pos.lineOf(o);
            return new vscode.Range(line, 0, line, 0);
          });
        }
        editor.setDecorations((this.rulerTypes ??= makeRulerTypes())[k], marks);
        this.listener?.ruler(editor, k, marks);
        shown.ruler[k] = rulerFrom;
        sent += marks.length;
      }
      if (sent > YIELD_AFTER || (long && sent > 0)) await yieldNow();
    }
    if (this.running.get(editor) !== run) return;
    this.running.delete(editor);
    this.listener?.settled(editor, this.shown.get(editor)?.last);
    this.scrolled(editor); // the user may have scrolled on while this run was under way
  }

  dispose(): void {
    for (const t of Object.values(this.types)) t.dispose();
    for (const t of Object.values(this.rulerTypes ?? {})) t.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
