/**
 * Writing brat files for `news-lens analyze --brat OUTDIR`: NAME.ann plus a copy of the text as NAME.txt per
 * article, and annotation.conf.
 *
 * Where: each article's path relative to the folder all the articles share is mirrored under OUTDIR (one folder
 * given: its articles straight into OUTDIR; `d1/a.txt` and `d2/a.txt`: `OUTDIR/d1/a.*` and `OUTDIR/d2/a.*`).
 * Two articles of one folder with the same name but for the extension (`a.txt`, `a.article`) keep their
 * extension in the name (`a.txt.ann`, `a.article.ann`).
 *
 * Never over an article: an existing NAME.txt is never replaced by other bytes (it may be an article, an input or
 * not, whatever its path: links included); when its bytes are exactly the text (brat beside a UTF-8 article, or an
 * earlier export of the same text) it is kept as it is. An article read with a byte-order mark or in another
 * encoding is therefore not exported beside itself. NAME.ann and annotation.conf are replaced, unless they are an
 * input; annotation.conf is written only when at least one NAME.ann was. A symbolic link, a folder or any other kind of file in the way is left alone. Every problem is a message
 * for its file; nothing throws.
 */
import fs = require('fs');
import path = require('path');
import { makeFolders } from './cliFolders';
import { BRAT_ANNOTATION_CONF, toBrat } from './core/export/brat';
import { peopleOf } from './core/people';
import type { AnalysisResult } from './core/types';

export interface BratReport {
  /** The .ann files written. */
  written: string[];
  /** One line per file not exported (and why), or per file left alone. */
  problems: string[];
}

/** Why OUTDIR cannot take the export (it is a file, or cannot be looked at), or null. Checked before analysing. */
export function bratDirProblem(outDir: string): string | null {
  try {
    const st = fs.statSync(outDir);
    return st.isDirectory() ? null : `--brat ${outDir}: not a folder`;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null; // created when writing
    if (code === 'ENOTDIR') return `--brat ${outDir}: a part of this path is a file, not a folder`;
    return `--brat ${outDir}: ${(e as Error).message}`;
  }
}

const idOf = (st: fs.Stats): string => `${st.dev}:${st.ino}`;

/** The folder every one of the files is in (absolute), or null when there is none (two drives). */
function commonFolder(files: readonly string[]): string | null {
  if (!files.length) return null;
  const split = files.map(f => path.dirname(path.resolve(f)).split(path.sep));
  const first = split[0];
  let n = first.length;
  for (const s of split) {
    let k = 0;
    while (k < n && k < s.length && s[k] === first[k]) k++;
    n = k;
  }
  return n === 0 ? null : first.slice(0, n).join(path.sep) || path.sep;
}

interface Planned {
  file: string;
  /** Folder under OUTDIR (relative) and the name without .ann / .txt. */
  dir: string;
  stem: string;
}

/** Where each article's brat files go under OUTDIR; articles whose names still clash are left out with a message. */
function plan(files: readonly string[], problems: string[]): Planned[] {
  const base = commonFolder(files);
  const planned = files.map(file => {
    const abs = path.resolve(file);
    let rel = base ? path.relative(base, abs) : '';
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) rel = abs.replace(/^([A-Za-z]:)?[\\/]+/, '').replace(/:/g, '_');
    const name = path.basename(rel);
    return { file, dir: path.dirname(rel), name, stem: name.replace(/\.[^.]*$/, '') || name };
  });
  // same folder, same name but for the extension: keep the extension
  const key = (dir: string, stem: string) => `${dir}\u0000${stem}`.toLowerCase();
  const count = new Map<string, number>();
  for (const p of planned) count.set(key(p.dir, p.stem), (count.get(key(p.dir, p.stem)) ?? 0) + 1);
  for (const p of planned) if ((count.get(key(p.dir, p.stem)) ?? 0) > 1) p.stem = p.name;
  const taken = new Map<string, string>();
  const out: Planned[] = [];
  for (const p of planned) {
    const k = key(p.dir, p.stem);
    const other = taken.get(k);
    if (other !== undefined) { problems.push(`${p.file}: not exported: its brat file names would be the same as ${other}'s`); continue; }
    taken.set(k, p.file);
    out.push({ file: p.file, dir: p.dir, stem: p.stem });
  }
  return out;
}

/**
 * Why `target` must not be written, or null; `same` when it is already exactly `content` (nothing to write).
 * `replace`: whether an existing file with other bytes may be replaced (never when it is an input).
 */
function guard(target: string, content: Buffer, inputs: ReadonlySet<string>, replace: boolean): string | 'same' | null {
  let st: fs.Stats;
  try { st = fs.lstatSync(target); } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return `cannot look at ${target}: ${(e as Error).message}`;
  }
  if (st.isSymbolicLink()) return `${target} is a symbolic link; it is left alone`;
  if (st.isDirectory()) return `${target} is a folder`;
  if (!st.isFile()) return `${target} is not a regular file; it is left alone`;
  const isInput = inputs.has(idOf(st));
  if (st.size === content.length) {
    try { if (fs.readFileSync(target).equals(content)) return 'same'; } catch (e) { return `cannot read ${target}: ${(e as Error).message}`; }
  }
  if (isInput) return `${target} is an input file and its bytes differ from the text (a byte-order mark, another encoding); it is not written over`;
  if (!replace) return `${target} exists with other content (an article?); it is not written over: export into another folder`;
  return null;
}

function write(target: string, content: Buffer, exists: boolean): string | null {
  try {
    fs.writeFileSync(target, content, { flag: exists ? 'w' : 'wx' });
    return null;
  } catch (e) {
    return `cannot write ${target}: ${(e as Error).message}`;
  }
}

const exists = (f: string): boolean => { try { fs.lstatSync(f); return true; } catch { return false; } };

export function writeBratFiles(result: AnalysisResult, texts: Map<string, string>, outDir: string): BratReport {
  const report: BratReport = { written: [], problems: [] };
  const inputs = new Set<string>();
  for (const doc of result.documents) { try { inputs.add(idOf(fs.statSync(doc.file))); } catch { /* not there: nothing to protect */ } }
  const exported = result.documents.filter(d => d.error === undefined && texts.has(d.file));
  const byFile = new Map(exported.map(d => [d.file, d]));
  // a speaker's note gives the name the person goes by across the articles exported, as the editor's export does
  const people = peopleOf(exported);
  const nameOf = (name: string) => people.canonical(name);
  const made = new Set<string>();
  const makeDir = (dir: string): string | null => {
    if (made.has(dir)) return null;
    try { makeFolders(dir); made.add(dir); return null; } catch (e) { return `cannot create the folder ${dir}: ${(e as Error).message}`; }
  };
  const topProblem = makeDir(outDir);
  if (topProblem) { report.problems.push(topProblem); return report; }
  for (const p of plan(exported.map(d => d.file), report.problems)) {
    const doc = byFile.get(p.file)!;
    const text = texts.get(p.file)!;
    const dir = path.join(outDir, p.dir);
    const ann = path.join(dir, p.stem + '.ann'), txt = path.join(dir, p.stem + '.txt');
    const fail = (why: string) => report.problems.push(`${p.file}: not exported: ${why}`);
    const dirProblem = makeDir(dir);
    if (dirProblem) { fail(dirProblem); continue; }
    let annText: string;
    try { annText = toBrat(doc, text, nameOf); } catch (e) { fail(`brat export failed: ${(e as Error).message}`); continue; }
    const txtBytes = Buffer.from(text, 'utf8'), annBytes = Buffer.from(annText, 'utf8');
    const txtState = guard(txt, txtBytes, inputs, false);
    if (txtState !== null && txtState !== 'same') { fail(txtState); continue; }
    const annState = guard(ann, annBytes, inputs, true);
    if (annState !== null && annState !== 'same') { fail(annState); continue; }
    const problem = (txtState === 'same' ? null : write(txt, txtBytes, exists(txt))) ?? (annState === 'same' ? null : write(ann, annBytes, exists(ann)));
    if (problem) { fail(problem); continue; }
    report.written.push(ann);
  }
  // (no annotation.conf for an export that wrote no .ann: nothing is left in OUTDIR, often an article folder, by a failed run)
  if (!report.written.length) return report;
  const conf = path.join(outDir, 'annotation.conf'), confBytes = Buffer.from(BRAT_ANNOTATION_CONF, 'utf8');
  const confState = guard(conf, confBytes, inputs, true);
  const confProblem = confState === 'same' ? null : confState ?? write(conf, confBytes, exists(conf));
  if (confProblem) report.problems.push(`annotation.conf: not written: ${confProblem}`);
  return report;
}
