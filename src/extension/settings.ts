/**
 * The `newsLens.*` settings (documented in package.json and the README) and the display toggles, in one typed
 * store with one change event the rest of the extension subscribes to.
 *
 * The toggles (Toggle Quotes / Speakers / Figures) are view state: they override the `*.enabled` settings for
 * this workspace in VS Code's own storage (workspace state), never in a settings file, so a toggle writes
 * nothing into the user's folder. Each category's shown state is also a context key (`newsLens.show.<category>`)
 * for the menus' checkmarks. Changing an `*.enabled` setting drops the toggle's override of it.
 *
 * `newsLens.include` / `exclude` are resource-scoped (a multi-root workspace may set them per folder): they are
 * read per workspace folder (`globsFor`), never without a resource.
 */
import * as vscode from 'vscode';

export type Category = 'quotes' | 'unattributedQuotes' | 'indirectQuotes' | 'speakers' | 'figures' | 'smallCounts' | 'crossSource';
export const CATEGORIES: readonly Category[] = ['quotes', 'unattributedQuotes', 'indirectQuotes', 'speakers', 'figures', 'smallCounts', 'crossSource'];

/**
 * The categories a toggle command flips (Toggle Quotes flips the unattributed quotes with the quotes, Toggle Figures
 * the small counts with the figures).
 */
export const TOGGLED_WITH: Partial<Record<Category, readonly Category[]>> = { quotes: ['quotes', 'unattributedQuotes'], speakers: ['speakers'], figures: ['figures', 'smallCounts'] };

export const DEFAULT_INCLUDE = '**/*.{txt,text,article}';
const SECTION = 'newsLens';
const TOGGLES_KEY = 'newsLens.toggles';
/** The context key of a category's shown state, for `toggled` in package.json's menus. */
export const shownContextKey = (c: Category) => `newsLens.show.${c}`;

export interface Globs {
  include: string;
  exclude: string[];
}

export interface Settings extends Globs {
  maxFileSizeMB: number;
  /** Whether each category is shown: the setting, or the toggle's override of it. */
  enabled: Record<Category, boolean>;
  speakerNameStyle: 'full' | 'short';
  updateDelay: number;
  scanScope: 'workspace' | 'openFiles';
}

export interface SettingsChange {
  /** Which files are articles, or how they are read, changed: the workspace must be scanned again. */
  readonly rescan: boolean;
}

/** The part of VS Code's storage the toggles are kept in (ExtensionContext.workspaceState). */
export interface ViewState {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void>;
}

function readGlobs(c: vscode.WorkspaceConfiguration): Globs {
  const exclude = c.get<unknown>('exclude', []);
  return {
    include: c.get<string>('include', DEFAULT_INCLUDE) || DEFAULT_INCLUDE,
    exclude: Array.isArray(exclude) ? exclude.filter((x): x is string => typeof x === 'string' && x.length > 0) : [],
  };
}

function readConfigured(): Settings {
  // null: "any resource" — the value outside workspace folders, without VS Code's warning for resource-scoped keys
  const c = vscode.workspace.getConfiguration(SECTION, null);
  const enabled = {} as Record<Category, boolean>;
  for (const k of CATEGORIES) enabled[k] = c.get<boolean>(`${k}.enabled`, true);
  return {
    ...readGlobs(c),
    maxFileSizeMB: Math.max(0, c.get<number>('maxFileSizeMB', 5)),
    enabled,
    speakerNameStyle: c.get<string>('speakerNameStyle', 'full') === 'short' ? 'short' : 'full',
    updateDelay: Math.max(0, c.get<number>('updateDelay', 300)),
    scanScope: c.get<string>('scanScope', 'workspace') === 'openFiles' ? 'openFiles' : 'workspace',
  };
}

export class SettingsStore implements vscode.Disposable {
  private configured = readConfigured();
  private overrides: Partial<Record<Category, boolean>>;
  private shown: Settings;
  private readonly folderGlobs = new Map<string, Globs>();
  private readonly emitter = new vscode.EventEmitter<SettingsChange>();
  private readonly sub: vscode.Disposable;
  /** Fires once per change of the settings or a toggle. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly state?: ViewState) {
    this.overrides = { ...(state?.get<Partial<Record<Category, boolean>>>(TOGGLES_KEY) ?? {}) };
    this.shown = this.compose();
    this.sub = vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration(SECTION)) this.reload(e); });
    this.publish();
  }

  /** The settings as they apply now (toggles included). Read-only: change them through `toggle` or the settings. */
  get current(): Readonly<Settings> {
    return this.shown;
  }

  /** The include/exclude globs of the workspace folder a file is in (or those outside any folder). */
  globsFor(uri: vscode.Uri): Globs {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return this.shown;
    const k = folder.uri.toString();
    let g = this.folderGlobs.get(k);
    if (!g) this.folderGlobs.set(k, (g = readGlobs(vscode.workspace.getConfiguration(SECTION, folder.uri))));
    return g;
  }

  /** Flip a toggle's categories for this workspace (view state only). Returns whether they are now shown. */
  toggle(category: Category): Promise<boolean> {
    return this.show(category, !this.shown.enabled[category]);
  }

  /** Show or hide a toggle's categories for this workspace (view state only). */
  async show(category: Category, next: boolean): Promise<boolean> {
    for (const c of TOGGLED_WITH[category] ?? [category]) {
      if (next === this.configured.enabled[c]) delete this.overrides[c];
      else this.overrides[c] = next;
    }
    this.shown = this.compose();
    this.publish();
    this.emitter.fire({ rescan: false });
    await this.state?.update(TOGGLES_KEY, Object.keys(this.overrides).length ? { ...this.overrides } : undefined);
    return next;
  }

  private reload(e: vscode.ConfigurationChangeEvent): void {
    const before = this.configured;
    this.configured = readConfigured();
    this.folderGlobs.clear();
    for (const c of CATEGORIES) if (e.affectsConfiguration(`${SECTION}.${c}.enabled`)) delete this.overrides[c];
    this.shown = this.compose();
    this.publish();
    const now = this.configured;
    // affectsConfiguration without a scope: changed in any folder too
    const rescan = e.affectsConfiguration(`${SECTION}.include`) || e.affectsConfiguration(`${SECTION}.exclude`)
      || before.scanScope !== now.scanScope || before.maxFileSizeMB !== now.maxFileSizeMB;
    this.emitter.fire({ rescan });
  }

  private compose(): Settings {
    const enabled = { ...this.configured.enabled };
    for (const c of CATEGORIES) if (this.overrides[c] !== undefined) enabled[c] = this.overrides[c] as boolean;
    return { ...this.configured, enabled };
  }

  /** The context keys of the menus' checkmarks. */
  private publish(): void {
    for (const c of CATEGORIES) void vscode.commands.executeCommand('setContext', shownContextKey(c), this.shown.enabled[c]);
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }
}

/** The name as the speakerNameStyle setting wants it: "Sergei Lavrov" or "Lavrov". */
export function displayName(name: string, style: Settings['speakerNameStyle']): string {
  if (style === 'full') return name;
  const words = name.split(/\s+/);
  return words.length > 1 && /^[A-Z]/.test(words[0]) && !/\b(of|for|the)\b/i.test(name) ? words[words.length - 1] : name;
}
