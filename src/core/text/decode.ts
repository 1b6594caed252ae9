/**
 * Turning file bytes into article text, or a clear reason why not. Used by the CLI and the editor glue alike;
 * works on a Uint8Array so that it runs in Node, a worker and a browser.
 *
 * Encodings: UTF-8 (with or without a byte-order mark), UTF-16 LE and BE with their byte-order mark, and
 * Windows-1252 (which covers latin-1's printable characters) for a file that is not valid UTF-8 but is valid
 * Windows-1252 and mostly reads so (see looksWindows1252). Anything else is read as UTF-8, invalid sequences
 * becoming U+FFFD.
 */

/** The encodings an article can be read in. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How each encoding is named in messages ("read as Windows-1252"). */
export const ENCODING_NAMES: Record<Encoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1252': 'Windows-1252' };

/**
 * A file's text, or why it is not read. `invalidUtf8`: the bytes are neither valid UTF-8 nor Windows-1252 text, and
 * were read as UTF-8 with each invalid sequence as U+FFFD (the CLI says so on stderr, as it does for another encoding).
 */
export type Decoded = { ok: true; text: string; hadBom: boolean; encoding: Encoding; invalidUtf8?: true } | { ok: false; error: string };

/** How a file read as UTF-8 with its invalid sequences replaced is described in messages. */
export const INVALID_UTF8_NOTE = 'not valid UTF-8: read with each invalid byte sequence as U+FFFD';

export const DEFAULT_MAX_FILE_SIZE_MB = 5;

/** Bytes of the first part of a file searched for NUL bytes (a binary file). */
const BINARY_PROBE = 8192;

/**
 * The longest string V8 (64-bit) can hold, in UTF-16 units: 2^29 - 24. A file with more bytes than this may not fit
 * in one string; it is refused with a clear error instead of failing on "Cannot create a string longer than …".
 */
export const MAX_TEXT_BYTES = 0x1fffffe8;

/** True when the bytes look like a binary file (a NUL byte in the first 8 KiB). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_PROBE);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** How the size limit is named in messages (the CLI names its option instead). */
const SIZE_SETTING = 'setting newsLens.maxFileSizeMB';

const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);

/**
 * Why a file of `size` bytes is not read at all, or null. Checked before reading (the CLI and the editor glue
 * stat first), and again on the bytes.
 */
export function sizeError(size: number, maxFileSizeMB: number = DEFAULT_MAX_FILE_SIZE_MB, setting = SIZE_SETTING): string | null {
  if (maxFileSizeMB > 0 && size > maxFileSizeMB * 1024 * 1024) {
    return `file is ${mb(size)} MB, over the size limit of ${maxFileSizeMB} MB (${setting})`;
  }
  if (size > MAX_TEXT_BYTES) return `file is ${mb(size)} MB, too large to read as one text (at most ${Math.floor(MAX_TEXT_BYTES / 1024 / 1024)} MB)`;
  return null;
}

/**
 * Why a file is not read at all, from what a stat gave (the editor glue asks this before reading): not a regular
 * file (a named pipe, a device, a socket, a folder), or too big. Null when it may be read.
 */
export function fileProblem(isRegularFile: boolean, size: number, maxFileSizeMB: number = DEFAULT_MAX_FILE_SIZE_MB): string | null {
  if (!isRegularFile) return 'not a regular file (a named pipe, a device, a socket or a folder): not read';
  return sizeError(size, maxFileSizeMB);
}

/**
 * Decode an article file's bytes to text without the byte-order mark. Refuses binary files and files over the
 * size limit. Invalid UTF-8 that is not Windows-1252 text is kept, its invalid sequences as U+FFFD (the file is
 * still analysed; offsets stay consistent with what an editor shows for the same bytes).
 */
export function decodeArticle(bytes: Uint8Array, maxFileSizeMB: number = DEFAULT_MAX_FILE_SIZE_MB): Decoded {
  const tooBig = sizeError(bytes.length, maxFileSizeMB);
  if (tooBig) return { ok: false, error: tooBig };
  const utf16 = utf16Bom(bytes);
  if (utf16) {
    const text = decodeUtf16(bytes.subarray(2), utf16);
    if (text.slice(0, BINARY_PROBE).includes('\u0000')) return binary();
    return { ok: true, text, hadBom: true, encoding: utf16 };
  }
  if (looksBinary(bytes)) return binary();
  const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), hadBom, encoding: 'utf-8' };
  } catch {
    // (a UTF-8 mark before Windows-1252 text happens when a tool adds one without converting the text)
    if (looksWindows1252(body)) return { ok: true, text: decodeWindows1252(body), hadBom, encoding: 'windows-1252' };
    return { ok: true, text: new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body), hadBom, encoding: 'utf-8', invalidUtf8: true };
  }
}

const binary = (): Decoded => ({ ok: false, error: 'binary file (it contains NUL bytes): not an article' });

function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without its mark; big-endian is swapped into little-endian first (every TextDecoder reads 'utf-16le'). */
function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  if (encoding === 'utf-16be') {
    const swapped = new Uint8Array(body.length);
    for (let i = 0; i + 1 < body.length; i += 2) { swapped[i] = body[i + 1]; swapped[i + 1] = body[i]; }
    if (body.length % 2) swapped[body.length - 1] = body[body.length - 1];
    body = swapped;
  }
  return new TextDecoder('utf-16le', { fatal: false, ignoreBOM: true }).decode(body);
}

/** The five bytes Windows-1252 leaves undefined: a file holding one is not Windows-1252 text. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Windows-1252's characters for 0x80–0x9F (the rest of the 256 bytes are their own code points, as in latin-1). */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * True when bytes that are not valid UTF-8 read as Windows-1252: none of its undefined bytes, and more invalid
 * UTF-8 sequences than valid multi-byte ones (a UTF-8 article with a stray byte stays UTF-8; "José" written in
 * Windows-1252 has an invalid sequence at "é" and no valid one).
 */
export function looksWindows1252(bytes: Uint8Array): boolean {
  let valid = 0, invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    if (CP1252_UNDEFINED.has(b)) return false;
    const n = utf8SequenceLength(bytes, i);
    if (n > 0) { valid++; i += n; } else { invalid++; i++; }
  }
  return invalid > valid;
}

/** The length of the valid UTF-8 multi-byte sequence at i, or 0. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
  if (need < 0 || i + need >= bytes.length) return 0;
  const second = bytes[i + 1];
  // the second byte's range is narrower after E0, ED, F0, F4 (no overlong forms, surrogates or code points > U+10FFFF)
  const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
  if (second < lo || second > hi) return 0;
  for (let k = 2; k <= need; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 0;
  return need + 1;
}

/** Windows-1252 bytes to text. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let s = 0; s < bytes.length; s += CHUNK) {
    const end = Math.min(bytes.length, s + CHUNK);
    const codes = new Array<number>(end - s);
    for (let i = s; i < end; i++) {
      const b = bytes[i];
      codes[i - s] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** The same checks for text that is already decoded (an editor buffer). Returns an error or null. */
export function checkText(text: string, maxFileSizeMB: number = DEFAULT_MAX_FILE_SIZE_MB): string | null {
  if (maxFileSizeMB > 0 && text.length > maxFileSizeMB * 1024 * 1024) {
    return `document is ${mb(text.length)} MB, over the size limit of ${maxFileSizeMB} MB (${SIZE_SETTING})`;
  }
  if (text.slice(0, BINARY_PROBE).includes('\u0000')) return 'binary content (NUL characters): not an article';
  return null;
}

/** Strip a leading byte-order mark from already-decoded text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
