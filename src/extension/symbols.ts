/**
 * Outline and Go to Symbol (quotes grouped under their speaker, figures in their own group), and Find All
 * References on a speaker (every quote and mention of that person across the workspace's articles).
 */
import * as vscode from 'vscode';
import type { Articles } from './articles';
import { clip } from './labels';
import { displayName } from './settings';


export class SymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly articles: Articles) {}

  async provideDocumentSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const a = (await this.articles.analysed(doc))?.analysis;
    if (!a) return [];
    const range = (s: number, e: number) => new vscode.Range(doc.positionAt(s), doc.positionAt(e));
    const style = this.articles.settings.speakerNameStyle;
    const groups = new Map<string, vscode.DocumentSymbol>();
    const out: vscode.DocumentSymbol[] = [];
    for (const q of a.quotes) {
      const name = q.speaker ? displayName(q.speaker.name, style) : 'Unattributed quotes';
      let g = groups.get(name);
      if (!g) {
        const sp = q.speaker && a.speakers.find(s => s.name === q.speaker?.name);
        g = new vscode.DocumentSymbol(name, sp?.description ?? (q.speaker ? 'speaker' : ''), vscode.SymbolKind.Class, range(q.start, q.end), range(q.start, q.end));
        groups.set(name, g);
        out.push(g);
      }
      const r = range(q.start, q.end);
      g.range = g.range.union(r);
      g.children.push(new vscode.DocumentSymbol(clip(q.text, 80), q.cue?.text ?? '', vscode.SymbolKind.String, r, r));
    }
    if (a.figures.length) {
      const first = a.figures[0], last = a.figures[a.figures.length - 1];
      const g = new vscode.DocumentSymbol('Figures', `${a.figures.length}`, vscode.SymbolKind.Namespace, range(first.start, last.end), range(first.start, first.end));
      for (const f of a.figures) {
        const r = range(f.start, f.end);
        g.children.push(new vscode.DocumentSymbol(f.text, f.value === null ? 'vague' : `${f.value}${f.unit ? ' ' + f.unit : ''}`, vscode.SymbolKind.Number, r, r));
      }
      out.push(g);
    }
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
    const same = sameSpeaker(speaker.name);
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

/** One person across articles: the same canonical name, or the same last name when one name is a short form. */
function sameSpeaker(name: string): (other: string) => boolean {
  const last = (n: string) => n.toLowerCase().split(/\s+/).pop() ?? '';
  const n = name.toLowerCase();
  return other => other.toLowerCase() === n || (last(other) === last(name) && (other.split(/\s+/).length === 1 || name.split(/\s+/).length === 1 || other.toLowerCase().endsWith(n) || n.endsWith(other.toLowerCase())));
}

function positionIn(text: string, offset: number): vscode.Position {
  let line = 0, lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) { line++; lineStart = i + 1; }
  return new vscode.Position(line, offset - lineStart);
}
