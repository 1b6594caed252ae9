/** Shared helpers for the unit tests (Node side only). */
import * as fs from 'fs';
import * as path from 'path';

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

/** Run the CLI in-process and capture what it prints. */
export function captureIO(): { io: { out: (s: string) => void; err: (s: string) => void }; out: () => string; err: () => string } {
  let o = '', e = '';
  return { io: { out: s => { o += s; }, err: s => { e += s + '\n'; } }, out: () => o, err: () => e };
}
