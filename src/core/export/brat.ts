/**
 * brat standoff (.ann) for one analysed document: T spans typed Quote, Speaker, Cue, Figure; R relations
 * SaidBy (quote -> speaker mention) with Arg1:/Arg2:; reported speech is a Quote with the A attribute Indirect;
 * figure values as A attributes (Value is not a fixed set in brat, so it goes in a # note) and the unit as a note too. Offsets in brat count Unicode code points,
 * so they are converted from the model's UTF-16 offsets. A span text that holds a newline is written as a
 * discontinuous span, one fragment per line (lines end at \n, \r\n or \r), as brat requires.
 */
import type { DocumentAnalysis, Span } from '../types';
import { codePointOffsets } from '../text/offsets';

/** `nameOf`: the name a speaker's note gives (the editor passes the workspace's one name per person). */
export function toBrat(doc: DocumentAnalysis, text: string, nameOf: (name: string) => string = n => n): string {
  const cp = codePointOffsets(text);
  const lines: string[] = [];
  let t = 0, r = 0, a = 0, n = 0;
  const ids = new Map<string, string>();
  const span = (type: string, s: Span): string => {
    const key = `${type}:${s.start}:${s.end}`;
    const have = ids.get(key);
    if (have) return have;
    const id = `T${++t}`;
    ids.set(key, id);
    const frags: string[] = [];
    const texts: string[] = [];
    // one fragment per line, whatever ends the lines (\n, \r\n or a lone \r, as VS Code reads them)
    for (const m of text.slice(s.start, s.end).matchAll(/[^\r\n]+/g)) {
      const ps = s.start + (m.index ?? 0), pe = ps + m[0].length;
      frags.push(`${cp(ps)} ${cp(pe)}`);
      texts.push(m[0]);
    }
    lines.push(`${id}\t${type} ${frags.join(';')}\t${texts.join(' ')}`);
    return id;
  };
  for (const q of doc.quotes) {
    const qid = span('Quote', q);
    if (q.kind === 'indirect') lines.push(`A${++a}\tIndirect ${qid}`);
    if (q.cue) span('Cue', q.cue);
    if (q.speaker && q.speaker.start !== undefined && q.speaker.end !== undefined && q.speaker.end > q.speaker.start) {
      const sid = span('Speaker', { start: q.speaker.start, end: q.speaker.end });
      lines.push(`R${++r}\tSaidBy Arg1:${qid} Arg2:${sid}`);
      lines.push(`#${++n}\tAnnotatorNotes ${sid}\t${oneLine(nameOf(q.speaker.name))}`);
    }
  }
  for (const f of doc.figures) {
    const fid = span('Figure', f);
    if (f.approximate) lines.push(`A${++a}\tApproximate ${fid}`);
    const note = `value=${f.value === null ? 'vague' : f.value}${f.unit ? ` unit=${f.unit}` : ''}`;
    lines.push(`#${++n}\tAnnotatorNotes ${fid}\t${note}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** The brat annotation.conf that declares the types above (for a brat or INCEpTION project folder). */
export const BRAT_ANNOTATION_CONF = `[entities]
Quote
Speaker
Cue
Figure

[relations]
SaidBy\tArg1:Quote, Arg2:Speaker

[events]

[attributes]
Approximate\tArg:Figure
Indirect\tArg:Quote
`;

function oneLine(s: string): string {
  return s.replace(/[\t\n\r]+/g, ' ');
}
