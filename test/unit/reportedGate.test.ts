/**
 * Reported speech (src/core/reported/index.ts): a rule family is run only on a sentence holding one of its cue words.
 * The promise behind the gate, checked on real articles (the samples and the seeds): every family, run on every
 * sentence the gate keeps from it, finds nothing there — so the gate changes the work, never the finds.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { findQuoteSpans } from '../../src/core/quotes/marks';
import { tokenize } from '../../src/core/quotes/tokens';
import { familiesFor, RULES, selects } from '../../src/core/reported';
import { sentenceRanges } from '../../src/core/reported/sentences';
import { readSample, sampleFiles, SHARED } from './helpers';

function seedTexts(): string[] {
  const dir = path.join(SHARED, 'corpus', 'seeds');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(f => fs.readFileSync(path.join(dir, f), 'utf8')) : [];
}

describe('reported speech: the rule families gated by their cue words', () => {
  it('a family finds nothing in a sentence without its words (every sentence of the samples and seeds, every family)', () => {
    let skipped = 0, run = 0;
    for (const text of [...sampleFiles().map(readSample), ...seedTexts()]) {
      const toks = tokenize(text), quotes = findQuoteSpans(text);
      for (const { a, b } of sentenceRanges(toks)) {
        if (b - a < 4) continue;
        const families = familiesFor(toks, a, b);
        RULES.forEach((family, n) => {
          if (selects(families, n)) { run++; return; }
          skipped++;
          const found = family.find({ toks, text, a, b, quotes });
          assert.deepStrictEqual(found.map(r => text.slice(r.s, r.e)), [], `${family.find.name} in "${text.slice(toks[a].s, toks[b - 1].e)}"`);
        });
      }
    }
    // (the gate does skip most families in most sentences, and keeps some)
    assert.ok(skipped > run && run > 0, `${skipped} skipped, ${run} run`);
  });
});
