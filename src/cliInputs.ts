/**
 * The CLI's inputs: command-line paths expanded to article files, and one file read as decodeArticle would
 * read it. (Shared by src/cli.ts and the worker threads of src/cliParallel.ts.)
 *
 * Every file is looked at (stat) before it is opened: anything but a regular file (a named pipe, a device, a
 * socket, a folder, through a symbolic link or not) and a file over the size limit get a per-file error and are
 * never read; a named pipe is never even opened.
 */
import fs = require('fs');
import path = require('path');
import type { PreparedInput } from './core/prepared';
import { decodeArticle, sizeError, type Decoded, type Encoding } from './core/text/decode';
import { wideText } from './core/text/sharedWords';

export const ARTICLE_EXT = /\.(txt|text|article)$/i;

/** A file to analyse: its name in the output and its path, or why it cannot be read. */
export interface FileRef {
  /** The path as given; for a file found in a folder given, that folder joined with the file's name. */
  file: string;
  abs?: string;
  error?: string;
  /** Its size in bytes when it was listed (the order in which threads take the files: see prepareInputs). */
  size?: number;
}

/** A file read: its text (or error), and the encoding it was read in when that is not UTF-8. */
export interface ReadInput extends PreparedInput {
  encoding?: Encoding;
  /** Read as UTF-8 with invalid byte sequences as U+FFFD (Decoded.invalidUtf8). */
  invalidUtf8?: true;
  /** Its document's JSON (documentJsonText), when the thread that analysed it made it (see prepareInputs). */
  json?: string;
}

/** What a file system entry that is not a regular file is, for messages. */
function kindOf(st: fs.Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'an unknown kind of file';
}

const notRegular = (st: fs.Stats): string => `not a regular file but ${kindOf(st)}; not read`;

function cannotRead(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'cannot read: no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read: permission denied';
  return `cannot read: ${(e as Error).message}`;
}

/**
 * Expand the command-line paths to files, in order. A folder gives its own *.txt, *.text and *.article entries,
 * sorted by name (not those of its sub-folders), named `FOLDER/NAME` with the folder as given. An entry that is
 * not a regular file gets its error here. The same file reached twice (given twice, or through a link) is
 * analysed once, under the first name, with a note.
 */
export function expand(paths: string[], err: (s: string) => void): FileRef[] {
  const out: FileRef[] = [];
  const seen = new Map<string, string>();
  const add = (file: string, st: fs.Stats | undefined): void => {
    if (st && !st.isFile()) { out.push({ file, error: notRegular(st) }); return; }
    if (st) {
      const id = `${st.dev}:${st.ino}`;
      const first = seen.get(id);
      if (first !== undefined) { err(`news-lens: ${file}: the same file as ${first}; analysed once`); return; }
      seen.set(id, file);
    }
    out.push({ file, abs: file, size: st?.size });
  };
  for (const p of paths) {
    let st: fs.Stats;
    try { st = fs.statSync(p); } catch (e) {
      out.push({ file: p, error: cannotRead(e) });
      continue;
    }
    if (!st.isDirectory()) { add(p, st); continue; }
    let names: string[];
    try { names = fs.readdirSync(p).filter(n => ARTICLE_EXT.test(n)).sort(); } catch (e) {
      out.push({ file: p, error: cannotRead(e) });
      continue;
    }
    if (!names.length) err(`news-lens: ${p}: no article files (*.txt, *.text, *.article) in this folder`);
    for (const n of names) {
      const file = path.join(p, n);
      let entry: fs.Stats | undefined;
      try { entry = fs.statSync(file); } catch (e) { out.push({ file, error: cannotRead(e) }); continue; }
      add(file, entry);
    }
  }
  return out;
}

/** How the size limit is named in the CLI's messages. */
const SIZE_OPTION = 'option --max-file-size-mb';

/** Opening never waits: a named pipe swapped in after the stat would not block the open. */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * Read one file: its text, or the reason it cannot be analysed. Never throws. `wide`: the text held two bytes wide
 * (see decodeInput), which only the document analysis (quotes, figures) needs.
 */
export function readInput({ file, abs, error }: FileRef, maxMB: number, wide = true): ReadInput {
  if (error || !abs) return { file, error: error ?? 'cannot read' };
  let st: fs.Stats;
  try { st = fs.statSync(abs); } catch (e) { return { file, error: cannotRead(e) }; }
  if (!st.isFile()) return { file, error: notRegular(st) };
  const tooBig = sizeError(st.size, maxMB, SIZE_OPTION);
  if (tooBig) return { file, error: tooBig };
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = fs.openSync(abs, OPEN_FLAGS);
    const opened = fs.fstatSync(fd);
    if (!opened.isFile()) return { file, error: notRegular(opened) };
    const grown = sizeError(opened.size, maxMB, SIZE_OPTION);
    if (grown) return { file, error: grown };
    bytes = fs.readFileSync(fd);
  } catch (e) {
    return { file, error: cannotRead(e) };
  } finally {
    if (fd !== undefined) try { fs.closeSync(fd); } catch { /* nothing to do */ }
  }
  return decodeInput(file, bytes, maxMB, wide);
}

/**
 * The text of a file's bytes, exactly as decodeArticle gives it. Plain UTF-8 (the usual case) is decoded by
 * Node itself; anything decodeArticle might treat otherwise (a NUL in the first 8 KiB, invalid UTF-8, a
 * UTF-16 mark, the size limit) goes through decodeArticle. With `wide`, the text is held two bytes wide (wideText: the
 * same characters), so that the rules' regular expressions are compiled for one width of article only; a run that only
 * indexes the texts (duplicates) keeps them as decoded: a text in ASCII or Latin-1 then takes half the memory, and the
 * young generation's collections copy half the bytes (5,000 generated documents: see test/bench/dupbench.mjs).
 */
/** What a ReadInput says of how its text was read: nothing for valid UTF-8. */
function readAs(d: Decoded & { ok: true }): Pick<ReadInput, 'encoding' | 'invalidUtf8'> {
  if (d.encoding !== 'utf-8') return { encoding: d.encoding };
  return d.invalidUtf8 ? { invalidUtf8: true } : {};
}

function decodeInput(file: string, bytes: Buffer, maxMB: number, wide: boolean): ReadInput {
  const held = wide ? wideText : (text: string): string => text;
  try {
    if (!sizeError(bytes.length, maxMB)) {
      const text = bytes.toString('utf8');
      const nul = text.indexOf('\u0000');
      if (!((nul >= 0 && nul < 8192) || text.includes('\ufffd'))) {
        return { file, text: held(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
      }
    }
    const d = decodeArticle(bytes, maxMB);
    if (!d.ok) return { file, error: d.error };
    return { file, text: held(d.text), ...readAs(d) };
  } catch (e) {
    return { file, error: `cannot decode: ${(e as Error).message}` };
  }
}
