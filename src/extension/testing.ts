/**
 * The one test-only export: what the integration tests inspect, built by activate() only when the extension runs
 * under development or tests (ExtensionMode.Development / Test), never in an installed extension. Nothing here is
 * called by the extension itself; production classes carry no method for the tests.
 */
import type * as vscode from 'vscode';
import type { Articles } from './articles';
import { categorySources, type DecorationListener } from './decorations';
import type { Engine } from './engine';
import { positionsOf } from './positions';
import { CATEGORIES, type Category } from './settings';
import type { OffsetWindow } from './spanWindow';
import type { StatusBar } from './statusBar';

type PerCategory = Record<Category, vscode.Range[]>;

interface Recorded {
  ranges: Partial<PerCategory>;
  rulerMarks: Partial<PerCategory>;
  window?: OffsetWindow;
}

/** Records what the decorations gave VS Code, per editor (a DecorationListener). */
export class DecorationRecorder implements DecorationListener {
  private readonly seen = new WeakMap<vscode.TextEditor, Recorded>();
  private readonly running = new WeakSet<vscode.TextEditor>();

  constructor(private readonly articles: Articles) {}

  private of(editor: vscode.TextEditor): Recorded {
    let r = this.seen.get(editor);
    if (!r) this.seen.set(editor, (r = { ranges: {}, rulerMarks: {} }));
    return r;
  }

  started(editor: vscode.TextEditor): void {
    this.running.add(editor);
  }

  set(editor: vscode.TextEditor, category: Category, ranges: vscode.Range[], window: OffsetWindow | undefined): void {
    const r = this.of(editor);
    r.ranges[category] = ranges;
    if (window) r.window = { ...window };
  }

  ruler(editor: vscode.TextEditor, category: Category, marks: vscode.Range[]): void {
    this.of(editor).rulerMarks[category] = marks;
  }

  settled(editor: vscode.TextEditor, window: OffsetWindow | undefined): void {
    this.running.delete(editor);
    this.of(editor).window = window && { ...window };
  }

  /** Whether no refresh of the editor is under way. */
  isSettled(editor: vscode.TextEditor): boolean {
    return !this.running.has(editor);
  }

  /**
   * The ranges last given to VS Code per category in one editor: all of a category's on an ordinary article, those
   * around the visible lines on a long one; `window` is the stretch of offsets they cover and `rulerMarks` a long
   * article's whole-article overview-ruler marks.
   */
  shownRanges(editor: vscode.TextEditor): PerCategory & { window?: OffsetWindow; rulerMarks: PerCategory } {
    const r = this.seen.get(editor);
    const out = { rulerMarks: {} } as PerCategory & { window?: OffsetWindow; rulerMarks: PerCategory };
    for (const k of CATEGORIES) { out[k] = r?.ranges[k] ?? []; out.rulerMarks[k] = r?.rulerMarks[k] ?? []; }
    if (r?.window) out.window = { ...r.window };
    return out;
  }

  /** The ranges each category has over the whole article (what shownRanges holds on an ordinary article). */
  rangesFor(editor: vscode.TextEditor): PerCategory {
    const { article, parts } = categorySources(this.articles, editor);
    const out = {} as PerCategory;
    for (const k of CATEGORIES) out[k] = article && parts[k].from ? positionsOf(article, article.text).ranges(parts[k].spans()) : [];
    return out;
  }
}

/** The extension's parts, as the integration tests inspect them. Not an API: it changes with the code. */
export interface NewsLensTesting {
  readonly articles: Articles;
  readonly decorations: DecorationRecorder;
  readonly engine: Engine;
  readonly statusBar: StatusBar;
}
