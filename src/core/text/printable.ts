/**
 * Text from an article made safe to print on a terminal: control characters (C0 but tab, DEL, C1), line and
 * paragraph separators and the bidirectional embedding, override and isolate controls are written as escapes
 * (`\x1b`, `\r`, `\u202e`), so that no escape sequence in an article can move the cursor, clear the screen,
 * set the window title or reorder what is shown.
 */

const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\u001b': '\\x1b' };

function escapeOne(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `s` with every character a terminal would act on written as an escape. */
export function printable(s: string): string {
  return s.replace(UNPRINTABLE, escapeOne);
}
