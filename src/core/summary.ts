/** A plain-text summary of an analysis, for the CLI without --json. Article text in it is printable (see printable). */
import type { AnalysisResult } from './types';
import { printable } from './text/printable';

export function formatSummary(r: AnalysisResult): string {
  const lines: string[] = [];
  for (const d of r.documents) {
    const file = printable(d.file);
    if (d.error !== undefined) { lines.push(`${file}: error: ${printable(d.error)}`); continue; }
    const direct = d.quotes.filter(q => q.kind !== 'indirect');
    const attributed = direct.filter(q => q.speaker).length;
    const reported = d.quotes.length - direct.length;
    lines.push(`${file}: ${direct.length} quotes (${attributed} attributed), ${reported} reported, ${d.speakers.length} speakers, ${d.figures.length} figures`);
    for (const q of d.quotes) {
      const who = q.speaker ? printable(q.speaker.name) : '(no speaker)';
      const cue = q.cue ? ` [${printable(q.cue.text)}]` : '';
      // reported speech is labelled as such: a reader must tell verbatim words from paraphrase
      lines.push(`  ${q.kind === 'indirect' ? 'reported' : 'quote '} ${q.start}-${q.end}  ${who}${cue}: ${clip(q.text, 90)}`);
    }
    for (const f of d.figures) {
      lines.push(`  figure ${f.start}-${f.end}  ${printable(f.text)} = ${f.value ?? '(vague)'}${f.unit ? ' ' + printable(f.unit) : ''}${f.approximate ? ' (approximate)' : ''}`);
    }
  }
  if (r.duplicates.length) {
    lines.push(`duplicate passages: ${r.duplicates.length} group(s)`);
    for (const g of r.duplicates) {
      lines.push(`  ${Math.round(g.similarity * 100)}% ${g.kind}: ${g.passages.map(p => `${printable(p.file)}:${p.start}-${p.end}`).join(', ')}`);
    }
  }
  if (r.quoteVariants?.length) {
    lines.push(`quote variants: ${r.quoteVariants.length} group(s)`);
    for (const g of r.quoteVariants) lines.push(`  ${printable(g.speaker ?? '(unknown)')}: ${g.quotes.map(p => `${printable(p.file)}:${p.start}-${p.end}`).join(', ')}`);
  }
  // (nothing at all for no document: a run whose paths held no article prints an empty stdout, not a blank line)
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** One line of at most n characters (whitespace runs as one space), printable. */
function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return printable(one.length > n ? one.slice(0, n - 1) + '…' : one);
}
