/**
 * Outline and Go to Symbol (quotes grouped under their speaker, figures in their own group), and Find All
 * References on a speaker (every quote and mention of that person across the workspace's articles).
 */
import * as vscode from 'vscode';
import { PeopleIndex } from '../core/people';
import type { Article, Articles } from './articles';
import { clip } from './labels';
import { positionsOf } from './positions';
import { displayName } from './settings';
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

export class SymbolProvider implements vscode.DocumentSymbolProvider {
  /** The last outline made per article text and name style (VS Code asks again for the outline, breadcrumbs, sticky scroll). */
  private readonly made = new WeakMap<Article, { style: string; symbols: vscode.DocumentSymbol[] }>();

  constructor(private readonly articles: Articles) {}

  async provideDocumentSymbols(doc: vscode.TextDocument, token?: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const article = await this.articles.analysed(doc);
    const a = article?.analysis;
    if (!article || !a) return [];
    const style = this.articles.settings.speakerNameStyle;
    const hit = this.made.get(article);
    if (hit && hit.style === style) return hit.symbols;
    const pos = positionsOf(article, article.text);
    const { Range, DocumentSymbol, SymbolKind } = vscode;
    const range = (s: number, e: number) => new Range(pos.position(s), pos.position(e));
    const groups = new Map<string, vscode.DocumentSymbol>();
    const describe = new Map(a.speakers.map(sp => [sp.name, sp.description]));
    const out: vscode.DocumentSymbol[] = [];
    const quotes = Math.min(a.quotes.length, OUTLINE_MAX_QUOTES);
    for (let i = 0; i < quotes; i++) {
      if (i % SLICE === SLICE - 1) { await nextTask(); if (token?.isCancellationRequested) return []; }
      const q = a.quotes[i];
      const name = q.speaker ? displayName(q.speaker.name, style) : 'Unattributed quotes';
      const r = range(q.start, q.end);
      let g = groups.get(name);
      if (!g) {
        g = new DocumentSymbol(name, (q.speaker && describe.get(q.speaker.name)) || (q.speaker ? 'speaker' : ''), SymbolKind.Class, r, r);
        groups.set(name, g);
        out.push(g);
      }
      g.range = g.range.union(r);
      g.children.push(new DocumentSymbol(clip(q.text, 80), q.cue?.text ?? '', SymbolKind.String, r, r));
    }
    if (quotes < a.quotes.length) {
      const rest = a.quotes[quotes], r = range(rest.start, rest.start);
      out.push(new DocumentSymbol(`… ${a.quotes.length - quotes} more quotes`, 'News Lens: List Quotes by Speaker', SymbolKind.Null, r, r));
    }
    if (a.figures.length) {
      const first = a.figures[0], last = a.figures[a.figures.length - 1];
      const g = new DocumentSymbol('Figures', `${a.figures.length}`, SymbolKind.Namespace, range(first.start, last.end), range(first.start, first.end));
      const figures = Math.min(a.figures.length, OUTLINE_MAX_FIGURES);
      for (let i = 0; i < figures; i++) {
        if (i % SLICE === SLICE - 1) { await nextTask(); if (token?.isCancellationRequested) return []; }
        const f = a.figures[i];
        const r = range(f.start, f.end);
        g.children.push(new DocumentSymbol(f.text, f.value === null ? 'vague' : `${f.value}${f.unit ? ' ' + f.unit : ''}`, SymbolKind.Number, r, r));
      }
      if (figures < a.figures.length) {
        const r = range(a.figures[figures].start, a.figures[figures].start);
        g.children.push(new DocumentSymbol(`… ${a.figures.length - figures} more figures`, '', SymbolKind.Null, r, r));
      }
      out.push(g);
    }
    this.made.set(article, { style, symbols: out });
    return out;
  }
}

export class SpeakerReferences implements vscode.ReferenceProvider {
  constructor(private readonly articles: Articles) {}

  async provideReferences(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Location[]> {
    const here = (await this.articles.analysed(doc))?.analysis;
    if (!here) return [];
    const off = doc.offsetAt(pos);
    const speaker = here.speakers.find(s => s.mentions.some(m => off >= m.start && off < m.end))
      ?? here.quotes.find(q => q.speaker && off >= q.start && off < q.end)?.speaker;
    if (!speaker) return [];
    // one person across articles, as the CLI and the hovers see it (src/core/people/workspace.ts)
    const people = new PeopleIndex([...this.articles.all()].map(a => (a.analysis?.speakers ?? []).filter(s => !s.unnamed).map(s => s.name)));
    const same = (other: string) => people.same(other, speaker.name);
    const out: vscode.Location[] = [];
    for (const a of this.articles.all()) {
      if (!a.analysis) continue;
      const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === a.uri.toString());
      const pos = (o: number) => (open ? open.positionAt(o) : positionIn(a.text, o));
      const loc = (s: number, e: number) => new vscode.Location(a.uri, new vscode.Range(pos(s), pos(e)));
      for (const s of a.analysis.speakers) if (same(s.name)) for (const m of s.mentions) out.push(loc(m.start, m.end));
      for (const q of a.analysis.quotes) if (q.speaker && same(q.speaker.name)) out.push(loc(q.start, q.end));
    }
    return out;
  }
}

function positionIn(text: string, offset: number): vscode.Position {
  let line = 0, lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) { line++; lineStart = i + 1; }
  return new vscode.Position(line, offset - lineStart);
}
