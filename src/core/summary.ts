/** A plain-text summary of an analysis, for the CLI without --json. */
import type { AnalysisResult } from './types';

export function formatSummary(r: AnalysisResult): string {
  const lines: string[] = [];
  for (const d of r.documents) {
    if (d.error !== undefined) { lines.push(`${d.file}: error: ${d.error}`); continue; }
    const attributed = d.quotes.filter(q => q.speaker).length;
    lines.push(`${d.file}: ${d.quotes.length} quotes (${attributed} attributed), ${d.speakers.length} speakers, ${d.figures.length} figures`);
    for (const q of d.quotes) {
      const who = q.speaker ? q.speaker.name : '(no speaker)';
      const cue = q.cue ? ` [${q.cue.text}]` : '';
      lines.push(`  quote  ${q.start}-${q.end}  ${who}${cue}: ${clip(q.text, 90)}`);
    }
    for (const f of d.figures) {
      lines.push(`  figure ${f.start}-${f.end}  ${f.text} = ${f.value ?? '(vague)'}${f.unit ? ' ' + f.unit : ''}${f.approximate ? ' (approximate)' : ''}`);
    }
  }
  if (r.duplicates.length) {
    lines.push(`duplicate passages: ${r.duplicates.length} group(s)`);
    for (const g of r.duplicates) {
      lines.push(`  ${Math.round(g.similarity * 100)}% ${g.kind}: ${g.passages.map(p => `${p.file}:${p.start}-${p.end}`).join(', ')}`);
    }
  }
  if (r.quoteVariants?.length) {
    lines.push(`quote variants: ${r.quoteVariants.length} group(s)`);
    for (const g of r.quoteVariants) lines.push(`  ${g.speaker ?? '(unknown)'}: ${g.quotes.map(p => `${p.file}:${p.start}-${p.end}`).join(', ')}`);
  }
  return lines.join('\n') + '\n';
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}
