/**
 * Turns the index's passages (file key and offsets) into what the panel shows: file name, 1-based line and
 * snippet. Line starts are kept per file between panel updates and recomputed only when its text changed,
 * so an update after one saved file costs little even in a 5,000-article folder. Pure: no `vscode` import.
 */
import type { Passage } from '../../core/types';
import { LineTable } from '../../core/text/offsets';
import type { PassageView } from './messages';
import { baseName, sentenceSnippet, snippet } from './snippets';
import { articleTitle } from './title';

export class LineCache {
  private readonly entries = new Map<string, { text: string; lines: LineTable }>();
  private used = new Set<string>();

  linesOf(file: string, text: string): LineTable {
    this.used.add(file);
    const hit = this.entries.get(file);
    if (hit && hit.text === text) return hit.lines;
    const lines = new LineTable(text);
    this.entries.set(file, { text, lines });
    return lines;
  }

  /** Forget the files not read since the last sweep (deleted, or no longer in any group shown). */
  sweep(): void {
    for (const file of this.entries.keys()) if (!this.used.has(file)) this.entries.delete(file);
    this.used = new Set();
  }

  get size(): number {
    return this.entries.size;
  }
}

export class PassageReader {
  /**
   * Per file, its text and line starts as first read by this reader (a reader serves one panel update): the
   * cache's check that a text is unchanged compares whole strings, which for a long article is worth doing
   * once per update, not once per passage.
   */
  private readonly read = new Map<string, { text: string; lines: LineTable; title?: string }>();

  constructor(
    private readonly textOf: (file: string) => string | undefined,
    private readonly lines: LineCache = new LineCache(),
  ) {}

  private file(file: string): { text: string; lines: LineTable; title?: string } {
    let r = this.read.get(file);
    if (!r) {
      const text = this.textOf(file) ?? '';
      this.read.set(file, (r = { text, lines: this.lines.linesOf(file, text), title: articleTitle(text) }));
    }
    return r;
  }

  /** A file's headline (./title.ts: its first line past any page furniture), cut short; undefined for an empty file. */
  titleOf(file: string): string | undefined {
    return this.file(file).title;
  }

  /** The passage with its line and a snippet of its own text, or of its sentence with `inSentence`. */
  view(p: Passage, inSentence = false): PassageView {
    const { text, lines, title } = this.file(p.file);
    return {
      ...(title ? { title } : {}),
      file: p.file,
      start: p.start,
      end: p.end,
      name: baseName(p.file),
      line: lines.lineOf(p.start) + 1,
      snippet: inSentence ? sentenceSnippet(text, p.start, p.end) : snippet(text.slice(p.start, p.end)),
    };
  }
}
