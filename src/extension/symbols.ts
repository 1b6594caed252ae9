/**
 * Outline and Go to Symbol (quotes grouped under their speaker, figures in their own group: a group per run of
 * them, as wide as its children and no wider, see outlineRuns.ts; breadcrumbs and sticky scroll follow), and Find All
 * References on a speaker (every quote and mention of that person across the workspace's articles). A speaker
 * is named and matched as across the workspace (CrossSource.people: src/core/people/workspace.ts).
 */
import * as vscode from 'vscode';
import { shownDescription, type PeopleIndex } from '../core/people';
import type { Article, Articles } from './articles';
import type { CrossSource } from './crossSource';
import { clip, speakerKindLabel } from './labels';
import { outlineRuns } from './outlineRuns';
import { positionsOf } from './positions';
import { displayName, type SettingsStore } from './settings';
import { nextTask } from '../worker/nextTask';

/** Symbols made between two yields to the event loop: a long article's outline never blocks it for long. */
const SLICE = 400;
/**
 * The outline lists at most this many quotes and figures (VS Code turns the whole outline into one message
 * each time it asks, for the outline, breadcrumbs and sticky scroll: thousands of symbols hold the extension
 * host for hundreds of milliseconds). The rest are counted in a last entry; List Quotes by Speaker lists all.
 */
export const OUTLINE_MAX_QUOTES = 300;
export const OUTLINE_MAX_FIGURES = 150;
/** After the articles changed, how long to wait before checking whether an outline's names changed, in ms. */
const NAME_CHECK_DELAY = 400;

export class SymbolProvider implements vscode.DocumentSymbolProvider {
  /**
   * The last outline made per article text, name style and workspace people (VS Code asks again for the outline,
   * breadcrumbs, sticky scroll; a person's name may change when another article does).
   */
  private readonly made = new WeakMap<Article, { style: string; people: PeopleIndex; symbols: vscode.DocumentSymbol[] }>();
  /** Per document (uri): the speaker names its last outline showed, each as it was shown. */
  private readonly shownNames = new Map<string, Map<string, string>>();
  private readonly staleEmitter = new vscode.EventEmitter<void>();
  /**
   * Fires when an outline was finished with the workspace's people as they were when it started, and they have
   * changed since (more articles read meanwhile): its names are to be checked again.
   */
  readonly onDidMakeStale = this.staleEmitter.event;

  constructor(private readonly articles: Articles, private readonly cross: CrossSource) {}

  dispose(): void {
    this.staleEmitter.dispose();
  }

  async provideDocumentSymbols(doc: vscode.TextDocument, token?: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const article = await this.articles.analysed(doc);
    const a = article?.analysis;
    if (!article || !a) return [];
    const style = this.articles.settings.speakerNameStyle;
    const people = this.cross.people;
    const revision = this.articles.revision;
    const hit = this.made.get(article);
    if (hit && hit.style === style && hit.people === people) return hit.symbols;
    const names = new Map<string, string>();
    const nameOf = (name: string) => {
      let shown = names.get(name);
      if (shown === undefined) names.set(name, (shown = displayName(people.canonical(name), style)));
      return shown;
    };
    const pos = positionsOf(article, article.text);
    const { Range, DocumentSymbol, SymbolKind } = vscode;
    const range = (s: number, e: number) => new Range(pos.position(s), pos.position(e));
    const describe = new Map(a.speakers.map(sp => [sp.name, shownDescription(sp.description)]));
    // (what a speaker with no description is: "speaker", "organisation", "document", "group")
    const kinds = new Map(a.speakers.map(sp => [sp.name, sp.kind]));
    const out: vscode.DocumentSymbol[] = [];
    /** A group over a run of items: its range from its first child's start to its last child's end, no wider. */
    const group = (name: string, detail: string, kind: vscode.SymbolKind, children: vscode.DocumentSymbol[]) => {
      const g = new DocumentSymbol(name, detail, kind, children[0].range.union(children[children.length - 1].range), children[0].range);
      g.children = children;
      return g;
    };
    const quotes = a.quotes.slice(0, OUTLINE_MAX_QUOTES);
    let made = 0;
    for (const run of outlineRuns(quotes, q => (q.speaker ? nameOf(q.speaker.name) : ''), article.text)) {
      const children: vscode.DocumentSymbol[] = [];
      for (const q of run.items) {
        if (++made % SLICE === 0) { await nextTask(); if (token?.isCancellationRequested) return []; }
        const r = range(q.start, q.end);
        // (reported speech is marked as such: the outline never passes a paraphrase off as someone's words)
        children.push(new DocumentSymbol(q.kind === 'indirect' ? `≈ ${clip(q.text, 78)}` : clip(q.text, 80), q.kind === 'indirect' ? `reported · ${q.cue?.text ?? ''}` : q.cue?.text ?? '', SymbolKind.String, r, r));
      }
      const speaker = run.items[0].speaker;
      out.push(group(run.key || 'Unattributed quotes', (speaker && describe.get(speaker.name)) || (speaker ? speakerKindLabel(kinds.get(speaker.name)) : ''), SymbolKind.Class, children));
    }
    if (quotes.length < a.quotes.length) {
      const rest = a.quotes[quotes.length], r = range(rest.start, rest.start);
      out.push(new DocumentSymbol(`… ${a.quotes.length - quotes.length} more quotes`, 'News Lens: List Quotes by Speaker', SymbolKind.Null, r, r));
    }
    const figures = a.figures.slice(0, OUTLINE_MAX_FIGURES);
    for (const run of outlineRuns(figures, () => 'Figures', article.text)) {
      const children: vscode.DocumentSymbol[] = [];
      for (const f of run.items) {
        if (++made % SLICE === 0) { await nextTask(); if (token?.isCancellationRequested) return []; }
        const r = range(f.start, f.end);
        children.push(new DocumentSymbol(f.text, f.value === null ? 'vague' : `${f.value}${f.unit ? ' ' + f.unit : ''}`, SymbolKind.Number, r, r));
      }
      out.push(group('Figures', `${children.length}`, SymbolKind.Namespace, children));
    }
    if (figures.length < a.figures.length) {
      const rest = a.figures[figures.length], r = range(rest.start, rest.start);
      out.push(new DocumentSymbol(`… ${a.figures.length - figures.length} more figures`, '', SymbolKind.Null, r, r));
    }
    out.sort((x, y) => x.range.start.compareTo(y.range.start));
    this.made.set(article, { style, people, symbols: out });
    this.shownNames.set(doc.uri.toString(), names);
    // (a check that ran while this outline was being made did not see its names)
    if (this.articles.revision !== revision) this.staleEmitter.fire();
    return out;
  }

  /** Whether an outline of an open document has been made (and may be kept by VS Code). */
  hasShown(): boolean {
    return this.shownNames.size > 0;
  }

  /**
   * Whether a name an outline shows is no longer the one its person goes by (another article named them more
   * fully, or the workspace was still being read when the outline was made). Forgets closed documents.
   */
  namesChanged(): boolean {
    const people = this.cross.people;
    const style = this.articles.settings.speakerNameStyle;
    const open = new Set(vscode.workspace.textDocuments.map(d => d.uri.toString()));
    let changed = false;
    for (const [uri, names] of this.shownNames) {
      if (!open.has(uri)) { this.shownNames.delete(uri); continue; }
      for (const [name, shown] of names) if (displayName(people.canonical(name), style) !== shown) { changed = true; break; }
    }
    return changed;
  }
}

/**
 * The outline provider, registered again whenever a name an outline shows changed: VS Code keeps a document's
 * outline (and breadcrumbs, sticky scroll) until the document or its symbol providers change, and the
 * DocumentSymbolProvider API has no change event.
 */
export function registerOutline(selector: vscode.DocumentSelector, articles: Articles, cross: CrossSource, settings: SettingsStore): vscode.Disposable {
  const provider = new SymbolProvider(articles, cross);
  const register = () => vscode.languages.registerDocumentSymbolProvider(selector, provider, { label: 'News Lens' });
  let registration = register();
  /** The articles' revision when the provider was registered: outlines made since may name people as they were. */
  let registeredAt = articles.revision;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      // (a name shown differs now, or the articles changed since the outlines VS Code keeps were asked for: the
      // names check alone missed an outline made while the workspace was still being read)
      if (!provider.namesChanged() && !(articles.revision !== registeredAt && provider.hasShown())) return;
      registeredAt = articles.revision;
      registration.dispose();
      registration = register();
    }, NAME_CHECK_DELAY);
  };
  // (the articles, or the name style: newsLens.speakerNameStyle)
  const subs = [articles.onDidChange(check), settings.onDidChange(check), provider.onDidMakeStale(check)];
  return { dispose: () => { clearTimeout(timer); for (const s of subs) s.dispose(); registration.dispose(); provider.dispose(); } };
}

export class SpeakerReferences implements vscode.ReferenceProvider {
  constructor(private readonly articles: Articles, private readonly cross: CrossSource) {}

  async provideReferences(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Location[]> {
    const here = (await this.articles.analysed(doc))?.analysis;
    if (!here) return [];
    const off = doc.offsetAt(pos);
    const speaker = here.speakers.find(s => s.mentions.some(m => off >= m.start && off < m.end))
      ?? here.quotes.find(q => q.speaker && off >= q.start && off < q.end)?.speaker;
    if (!speaker) return [];
    // one person across articles, as the CLI and the hovers see it (src/core/people/workspace.ts)
    const people = this.cross.people;
    const same = (other: string) => people.same(other, speaker.name);
    const out: vscode.Location[] = [];
    for (const a of this.articles.all()) {
      if (!a.analysis) continue;
      const pos = positionsOf(a, a.text);
      const loc = (s: number, e: number) => new vscode.Location(a.uri, new vscode.Range(pos.position(s), pos.position(e)));
      for (const s of a.analysis.speakers) if (same(s.name)) for (const m of s.mentions) out.push(loc(m.start, m.end));
      for (const q of a.analysis.quotes) if (q.speaker && same(q.speaker.name)) out.push(loc(q.start, q.end));
    }
    return out;
  }
}
