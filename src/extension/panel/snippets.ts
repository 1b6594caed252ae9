/**
 * Short texts the side panel shows for a passage: the file's name, a snippet of the passage, the sentence
 * around a figure. Pure: no `vscode` import.
 */
import { DASH_CHARS } from '../../core/text/dashes';

/** Longest snippet shown for a passage, in UTF-16 units, before an ellipsis. */
export const SNIPPET_MAX = 180;
/** Longest sentence shown around a figure: short enough for the figure to stay in view. */
export const FIGURE_CONTEXT_MAX = 110;

/** The last segment of a path or URI, percent-decoded when it is encoded. */
export function baseName(file: string): string {
  const last = file.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? file;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Blanks, commas, stops, hyphens and dashes at the end of a cut. */
const TRAILING_MARKS = new RegExp(`[\\s,;:.\\-${DASH_CHARS}]+$`);

/** Whitespace collapsed, cut at a word boundary near `max` with an ellipsis. */
export function snippet(text: string, max = SNIPPET_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(TRAILING_MARKS, '') + '…';
}

/**
 * The sentence around a span (a figure), on one line, trimmed to about `max` around the span with ellipses
 * when the sentence is longer.
 */
export function sentenceSnippet(text: string, start: number, end: number, max = FIGURE_CONTEXT_MAX): string {
  const windowStart = Math.max(0, start - 400);
  const boundary = /[.!?][”"’)]*\s+|\n/g;
  let from = windowStart;
  for (let m; (m = boundary.exec(text.slice(windowStart, start))); ) from = windowStart + m.index + m[0].length;
  const close = /[.!?][”"’)]*(?=\s|$)|\n/.exec(text.slice(end, end + 400));
  const to = close ? end + close.index + (close[0] === '\n' ? 0 : close[0].length) : Math.min(text.length, end + 400);
  let a = from, b = to;
  if (b - a > max) {
    a = Math.max(from, start - Math.floor(Math.max(0, max - (end - start)) / 2));
    b = Math.min(to, a + Math.max(max, end - start));
    // Cut at word boundaries, never into the figure.
    const space = text.slice(a, start).search(/\s/);
    if (a > from && space >= 0) a += space + 1;
    const last = text.slice(end, b).search(/\s\S*$/);
    if (b < to && last >= 0) b = end + last;
  }
  const body = text.slice(a, b).replace(/\s+/g, ' ').trim();
  return (a > from ? '…' : '') + body + (b < to ? '…' : '');
}
