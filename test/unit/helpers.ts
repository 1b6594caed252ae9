/** Shared helpers for the unit tests (Node side only). */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeQuotes } from '../../src/core/quotes';

export const ROOT = path.resolve(__dirname, '..', '..', '..'); // out/test/unit -> repo
export const SAMPLES = path.join(ROOT, 'media', 'samples');
export const SHARED = path.resolve(process.env.NEWS_LENS_SHARED || path.join(ROOT, '..', 'shared'));

export function sampleFiles(): string[] {
  return fs.readdirSync(SAMPLES).filter(f => f.endsWith('.txt')).sort();
}

export function readSample(name: string): string {
  const file = sampleFiles().find(f => f.startsWith(name)) ?? name;
  return fs.readFileSync(path.join(SAMPLES, file), 'utf8');
}

/**
 * Resolves once `ready()` holds, asked again after every timer task: a wait for what a timer delivers (a debounced
 * snapshot, pieces parsed one per task) with no bound in wall time but the test's own timeout, so that a loaded
 * machine makes it slower, never a failure (a fixed sleep or a bounded count of short sleeps does).
 */
export async function until(ready: () => boolean): Promise<void> {
  while (!ready()) await new Promise(r => setTimeout(r, 0));
}

/** Run the CLI in-process and capture what it prints. */
export function captureIO(): { io: { out: (s: string) => void; err: (s: string) => void }; out: () => string; err: () => string } {
  let o = '', e = '';
  return { io: { out: s => { o += s; }, err: s => { e += s + '\n'; } }, out: () => o, err: () => e };
}

/** The direct quotes of `text` (words in quotation marks), without reported speech. */
export const directQuotes = (text: string) => analyzeQuotes(text).quotes.filter(q => q.kind !== 'indirect');

/** The quote of `text` that starts with `quoteStart` (asserted to exist). */
export function quoteOf(text: string, quoteStart: string) {
  const q = analyzeQuotes(text).quotes.find(x => x.text.startsWith(quoteStart));
  assert.ok(q, `quote ${quoteStart} found in ${JSON.stringify(text.slice(0, 80))}`);
  return q;
}

/** That quote's speaker, or null. */
export const speakerOf = (text: string, quoteStart: string) => quoteOf(text, quoteStart).speaker;

/** The text of the mention that quote's attribution rests on, or null. */
export function mentionOf(text: string, quoteStart: string): string | null {
  const sp = speakerOf(text, quoteStart);
  return sp ? text.slice(sp.start, sp.end) : null;
}

export interface Found { content: string; speaker: string | null; mention: string | null; cue: string | null }

/** The indirect quotes of `text`: their content, speaker's name, the mention they rest on and the cue. */
export function reported(text: string): Found[] {
  return analyzeQuotes(text).quotes.filter(q => q.kind === 'indirect').map(q => ({
    content: q.text,
    speaker: q.speaker?.name ?? null,
    mention: q.speaker?.start !== undefined ? text.slice(q.speaker.start, q.speaker.end) : null,
    cue: q.cue?.text ?? null,
  }));
}
