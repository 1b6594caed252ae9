/** Reading helpers for the figures tests: every figure of a sentence (span invariants checked), or the one with a text. */
import * as assert from 'assert';
import { findFigures } from '../../src/core/figures';
import type { Figure } from '../../src/core/types';
import { checkSpans } from './invariants';

export function figs(text: string): Figure[] {
  const out = findFigures(text);
  checkSpans(text, out, 'figure');
  for (let i = 1; i < out.length; i++) assert.ok(out[i].start >= out[i - 1].end, 'figures overlap');
  return out;
}

export function fig(text: string, span: string): Figure {
  const f = figs(text).find(x => x.text === span);
  assert.ok(f, `no figure "${span}" in ${JSON.stringify(figs(text).map(x => x.text))}`);
  return f;
}

/** The texts of the figures of a sentence. */
export const texts = (text: string): string[] => figs(text).map(f => f.text);

/** [value, unit, kind] of the figure with that text. */
export function reading(text: string, span: string): [number | null, string | null, string | undefined] {
  const f = fig(text, span);
  return [f.value, f.unit, f.kind];
}
