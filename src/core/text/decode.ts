/**
 * Turning file bytes into article text, or a clear reason why not. Used by the CLI and the editor glue alike;
 * works on a Uint8Array so that it runs in Node, a worker and a browser.
 */

export type Decoded = { ok: true; text: string; hadBom: boolean } | { ok: false; error: string };

export const DEFAULT_MAX_FILE_SIZE_MB = 5;

/** True when the bytes look like a binary file (a NUL byte in the first 8 KiB). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * Decode UTF-8 bytes to text without the byte-order mark. Refuses binary files and files over the size limit.
 * Invalid UTF-8 sequences become U+FFFD (the file is still analysed; offsets stay consistent with what an
 * editor shows for the same bytes).
 */
export function decodeArticle(bytes: Uint8Array, maxFileSizeMB: number = DEFAULT_MAX_FILE_SIZE_MB): Decoded {
  if (maxFileSizeMB > 0 && bytes.length > maxFileSizeMB * 1024 * 1024) {
    return { ok: false, error: `file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, over the size limit of ${maxFileSizeMB} MB (setting newsLens.maxFileSizeMB)` };
  }
  if (looksBinary(bytes)) return { ok: false, error: 'binary file (it contains NUL bytes): not an article' };
  let text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  const hadBom = text.charCodeAt(0) === 0xfeff;
  if (hadBom) text = text.slice(1);
  return { ok: true, text, hadBom };
}

/** The same checks for text that is already decoded (an editor buffer). Returns an error or null. */
export function checkText(text: string, maxFileSizeMB: number = DEFAULT_MAX_FILE_SIZE_MB): string | null {
  if (maxFileSizeMB > 0 && text.length > maxFileSizeMB * 1024 * 1024) {
    return `document is ${(text.length / 1024 / 1024).toFixed(1)} MB, over the size limit of ${maxFileSizeMB} MB (setting newsLens.maxFileSizeMB)`;
  }
  if (text.slice(0, 8192).includes('\u0000')) return 'binary content (NUL characters): not an article';
  return null;
}

/** Strip a leading byte-order mark from already-decoded text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
