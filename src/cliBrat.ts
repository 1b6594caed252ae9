/** Writing brat files for `news-lens analyze --brat OUTDIR`: NAME.ann plus a copy of NAME.txt, and annotation.conf. */
import * as fs from 'fs';
import * as path from 'path';
import { BRAT_ANNOTATION_CONF, toBrat } from './core/export/brat';
import type { AnalysisResult } from './core/types';

export function writeBratFiles(result: AnalysisResult, texts: Map<string, string>, outDir: string): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const doc of result.documents) {
    const text = texts.get(doc.file);
    if (doc.error !== undefined || text === undefined) continue;
    const base = path.basename(doc.file).replace(/\.[^.]*$/, '');
    const ann = path.join(outDir, base + '.ann');
    const txt = path.join(outDir, base + '.txt');
    if (path.resolve(txt) !== path.resolve(doc.file)) fs.writeFileSync(txt, text);
    fs.writeFileSync(ann, toBrat(doc, text));
    written.push(ann);
  }
  fs.writeFileSync(path.join(outDir, 'annotation.conf'), BRAT_ANNOTATION_CONF);
  return written;
}
