/**
 * How the outline groups quotes (and figures) so that a group's range is no wider than its children need:
 * a group is a run of consecutive items with the same key (the speaker) whose text between one item and the
 * next holds no line of its own, only blank lines. A speaker quoted in paragraphs 2, 3 and 9 gets two groups,
 * and a paragraph with no quote never shows that speaker in the breadcrumbs or pins it in sticky scroll.
 * Pure (no vscode import): unit-tested.
 */
import type { Span } from '../core/types';

/** True when the text between two offsets has a non-blank line of its own (a paragraph between two items). */
export function lineBetween(text: string, end: number, start: number): boolean {
  if (start <= end) return false;
  const afterEnd = text.indexOf('\n', end);
  if (afterEnd < 0 || afterEnd >= start) return false; // same line
  const startLine = text.lastIndexOf('\n', start - 1);
  return /\S/.test(text.slice(afterEnd + 1, startLine + 1));
}

/** Consecutive items (in text order) split where the key changes or a line of other text stands between two. */
export function outlineRuns<T extends Span>(items: readonly T[], keyOf: (item: T) => string, text: string): { key: string; items: T[] }[] {
  const out: { key: string; items: T[] }[] = [];
  let last: { key: string; items: T[] } | undefined;
  for (const item of items) {
    const key = keyOf(item);
    const prev = last?.items[last.items.length - 1];
    if (last && prev && last.key === key && !lineBetween(text, prev.end, item.start)) last.items.push(item);
    else out.push((last = { key, items: [item] }));
  }
  return out;
}
