/**
 * Property-based tests of the engine: 10,000 generated and mutated articles per run, from a fixed seed
 * (NEWS_LENS_FUZZ_SEED overrides it; NEWS_LENS_FUZZ_N the count). For every article: analysis never throws;
 * every span lies inside the text and its `text` equals the slice; spans are sorted; quotes never overlap;
 * the same input gives the same output.
 */
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { CorpusIndex } from '../../src/core/corpus';
import type { DocumentAnalysis } from '../../src/core/types';
import { checkDocument } from './invariants';
import { readSample, sampleFiles } from './helpers';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['"', '\u201C', '\u201D', "''", '\u2018', '\u2019', "'", '\u00AB', '\u00BB', '\n', '\n\n', '\r\n', ' said ', ' he added. ', ', according to ',
  '45,000', '$1.5 billion', 'half a million', '4.4 percent', '21-month-old', 'tens of thousands', '6\'3"', '😀', '🇸🇾', 'שלום ', 'مرحبا ', '\u200F', '\u0000',
  '\uFFFD', 'http://x.org/a/123', ' Lavrov ', ' Mr. ', ' — ', '...', '\t', ' ', 'Dec. 6', '1999', 'No. 14'];

function mutate(base: string, r: () => number): string {
  let s = base;
  const ops = 1 + Math.floor(r() * 12);
  for (let k = 0; k < ops; k++) {
    const at = Math.floor(r() * (s.length + 1));
    const op = r();
    if (op < 0.45) s = s.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)] + s.slice(at);
    else if (op < 0.65) s = s.slice(0, at) + s.slice(at + Math.floor(r() * 40));
    else if (op < 0.8) { const from = Math.floor(r() * s.length); s = s.slice(0, at) + s.slice(from, from + Math.floor(r() * 200)) + s.slice(at); }
    else if (op < 0.9) s = s.slice(0, at) + String.fromCharCode(Math.floor(r() * 0xffff)) + s.slice(at);
    else s = s.slice(at) + s.slice(0, at);
  }
  return s;
}

describe('fuzz: the engine on generated and mutated articles', function () {
  this.timeout(600_000);
  const seed = Number(process.env.NEWS_LENS_FUZZ_SEED ?? 20121229);
  const n = Number(process.env.NEWS_LENS_FUZZ_N ?? 10_000);
  const bases = sampleFiles().map(f => readSample(f));

  it(`holds its invariants on ${n} articles (seed ${seed})`, () => {
    const r = rng(seed);
    let index = new CorpusIndex();
    for (let i = 0; i < n; i++) {
      const base = bases[Math.floor(r() * bases.length)];
      const from = Math.floor(r() * base.length);
      const text = mutate(r() < 0.3 ? base : base.slice(from, from + 200 + Math.floor(r() * 1500)), r);
      let d: DocumentAnalysis;
      try { d = analyzeText('f.txt', text); } catch (e) { throw new Error(`article ${i} (seed ${seed}) threw: ${(e as Error).stack}\n${JSON.stringify(text)}`); }
      try { checkDocument(text, d); } catch (e) { throw new Error(`article ${i} (seed ${seed}): ${(e as Error).message}\n${JSON.stringify(text.slice(0, 3000))}`); }
      if (i % 97 === 0) assert.deepStrictEqual(analyzeText('f.txt', text), d, `article ${i}: same input, different output`);
      if (i % 10 === 0) {
        index.set(`doc${i % 50}.txt`, text, d);
        if (i % 500 === 0) {
          for (const g of index.duplicates()) for (const p of g.passages) assert.ok(p.start >= 0 && p.end > p.start, 'bad passage');
          index = new CorpusIndex();
        }
      }
    }
  });
});
