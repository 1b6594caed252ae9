/**
 * The CLI's inputs: command-line paths expanded to article files, and one file read as decodeArticle would
 * read it. (Shared by src/cli.ts and the worker threads of src/cliParallel.ts.)
 */
import * as fs from 'fs';
import * as path from 'path';
import type { CorpusInput } from './core/analyze';
import { decodeArticle } from './core/text/decode';

const ARTICLE_EXT = /\.(txt|text|article)$/i;

/** A file to analyse: its display name and absolute path, or why it cannot be read. */
export interface FileRef {
  file: string;
  abs?: string;
  error?: string;
}

/** Expand the command-line paths to files, in order (folders: their article files, sorted). */
export function expand(paths: string[], err: (s: string) => void): FileRef[] {
  const out: FileRef[] = [];
  for (const p of paths) {
    let st: fs.Stats;
    try { st = fs.statSync(p); } catch (e) {
      out.push({ file: p, error: `cannot read: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message}` });
      continue;
    }
    if (st.isDirectory()) {
      const names = fs.readdirSync(p).filter(n => ARTICLE_EXT.test(n)).sort();
      if (!names.length) err(`news-lens: ${p}: no article files (*.txt, *.text, *.article) in this folder`);
      for (const n of names) out.push({ file: n, abs: path.join(p, n) });
    } else out.push({ file: p, abs: p });
  }
  return out;
}

/** Read one file: its text, or the reason it cannot be analysed. */
export function readInput({ file, abs, error }: FileRef, maxMB: number): CorpusInput {
  if (error || !abs) return { file, error: error ?? 'cannot read' };
  // Node's own UTF-8 read (no Buffer, no decoder object per file); files it might not treat exactly as
  // decodeArticle does (a NUL in the first 8 KiB, invalid UTF-8, near the size limit) are read again as bytes
  let text: string;
  try { text = fs.readFileSync(abs, 'utf8'); } catch (e) { return { file, error: `cannot read: ${(e as Error).message}` }; }
  const nul = text.indexOf('\u0000');
  if ((nul >= 0 && nul < 8192) || (maxMB > 0 && text.length * 4 > maxMB * 1024 * 1024) || text.includes('\ufffd')) {
    let bytes: Uint8Array;
    try { bytes = fs.readFileSync(abs); } catch (e) { return { file, error: `cannot read: ${(e as Error).message}` }; }
    const d = decodeArticle(bytes, maxMB);
    return d.ok ? { file, text: d.text } : { file, error: d.error };
  }
  return { file, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
