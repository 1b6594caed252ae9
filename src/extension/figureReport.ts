/**
 * "Compare Figures Across Sources" in full: every cross-source figure comparison as one Markdown document
 * (disagreements first), each entry with its article, line and reading, where the side panel shows a few
 * per file. Pure (no vscode import): unit-tested.
 */
import type { FigureComparison } from '../core/corpus/figureCompare';

export interface ReportLinks {
  /** A short name of an article ("003" or its file name). */
  label(file: string): string;
  /** The 1-based line of an offset in an article. */
  line(file: string, offset: number): number;
  /** A link target for a line of an article (a URI with an #L fragment), when there is one. */
  href(file: string, line: number): string | undefined;
}

const cell = (s: string) => s.replace(/\s+/g, ' ').replace(/[|\\`*_[\]<>]/g, '\\$&');

export function figureReport(comparisons: readonly FigureComparison[], links: ReportLinks): string {
  const list = comparisons.filter(c => new Set(c.entries.map(e => e.file)).size > 1);
  const disagree = list.filter(c => c.disagree).length;
  const out = ['# Figures across sources', '',
    list.length
      ? `${list.length} quantit${list.length === 1 ? 'y is' : 'ies are'} reported by more than one article; ${disagree} with readings that disagree.`
      : 'No quantity is reported by more than one article yet.', ''];
  const ordered = [...list].sort((a, b) => Number(b.disagree) - Number(a.disagree) || b.entries.length - a.entries.length);
  for (const c of ordered) {
    out.push(`## ${c.disagree ? '⚠ ' : ''}${cell(c.topic)}${c.unit ? ` (${cell(c.unit)})` : ''}`, '');
    out.push(c.disagree ? `**Sources disagree:** ${cell(c.summary)}` : `Sources agree: ${cell(c.summary)}`, '');
    out.push('| article | line | as written | reading |', '|---|---|---|---|');
    for (const e of [...c.entries].sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start)) {
      const line = links.line(e.file, e.start);
      const href = links.href(e.file, line);
      const where = href ? `[${cell(links.label(e.file))}](${href})` : cell(links.label(e.file));
      out.push(`| ${where} | ${line} | ${cell(e.text)} | ${cell(e.reading)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
