import * as assert from 'assert';
import { CorpusIndex } from '../../src/core/corpus';
import type { DocumentAnalysis, Quote } from '../../src/core/types';
import { readSample, sampleFiles } from './helpers';

const OPEN = /["“]/g;
/** The quote (with its marks) of a sample that starts with `opening` (just after the opening mark). */
function quote(text: string, opening: string, speaker: string): Quote {
  const at = text.indexOf(opening);
  assert.ok(at > 0, `no quote "${opening}"`);
  const start = at - 1;
  assert.ok(OPEN.test(text[start]), `"${opening}" does not follow a quotation mark`);
  OPEN.lastIndex = 0;
  const close = text.slice(at).search(/["”]/);
  const end = at + close + 1;
  return { start, end, text: text.slice(start, end), speaker: { name: speaker } };
}

/** Quotes of the samples with the speakers the gold gives them (shared/gold/seeds.json). */
const QUOTES: Record<string, [string, string][]> = {
  '000': [['Regarding Bashar al-Assad', 'Sergei Lavrov'], ['There is no possibility to change', 'Sergei Lavrov'], ['If the alternative is hell', 'Lakhdar Brahimi'],
    ['The confrontation is escalating', 'Sergei Lavrov'], ['The magnitude of the problem', 'Lakhdar Brahimi']],
  '002': [['has repeatedly said publicly', 'Sergey Lavrov'], ["There's no possibility", 'Sergey Lavrov'], ['if the only alternative is really hell', 'Lakhdar Brahimi'],
    ["We aren't providing the Syrian regime", 'Sergey Lavrov'], ['The price for that precondition', 'Sergey Lavrov']],
  '003': [['has repeatedly said publicly', 'Lavrov'], ['There’s no possibility', 'Lavrov'], ['if the only alternative is really hell', 'Brahimi'],
    ['We aren’t providing the Syrian regime', 'Lavrov'], ['The price for that precondition', 'Lavrov']],
  '004': [['He has repeatedly said, both publicly', 'Sergei V. Lavrov'], ['There is no possibility of changing', 'Sergei V. Lavrov'],
    ["isn't in the business of regime change", 'Sergei V. Lavrov']],
};

function indexWithQuotes(): { index: CorpusIndex; quotes: Map<string, Quote[]> } {
  const index = new CorpusIndex();
  const quotes = new Map<string, Quote[]>();
  for (const file of sampleFiles()) {
    const text = readSample(file);
    const qs = (QUOTES[file.slice(0, 3)] ?? []).map(([opening, speaker]) => quote(text, opening, speaker));
    quotes.set(file, qs);
    const analysis: DocumentAnalysis = { file, quotes: qs, speakers: [], figures: [] };
    index.set(file, text, analysis);
  }
  return { index, quotes };
}

describe('corpus index: quote variants', () => {
  it('groups the renderings of one utterance by one speaker across files (at least 13 of the 15 gold pairs)', () => {
    const { index, quotes } = indexWithQuotes();
    const groups = index.quoteVariants();
    const q = (file: string, k: number): Quote => quotes.get(sampleFiles().find(f => f.startsWith(file)) as string)?.[k] as Quote;
    const gold = [
      [['000', 0], ['002', 0], ['003', 0], ['004', 0]],
      [['000', 1], ['002', 1], ['003', 1], ['004', 1]],
      [['000', 2], ['002', 2], ['003', 2]],
    ] as const;
    let pairs = 0, found = 0;
    for (const g of gold) {
      for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) {
        pairs++;
        const a = q(g[i][0], g[i][1]), b = q(g[j][0], g[j][1]);
        if (groups.some(v => v.quotes.some(p => p.start === a.start && p.file.startsWith(g[i][0])) && v.quotes.some(p => p.start === b.start && p.file.startsWith(g[j][0])))) found++;
      }
    }
    assert.strictEqual(pairs, 15);
    assert.ok(found >= 13, `${found} of 15 pairs`);
    const lavrov = groups.find(v => v.quotes.some(p => p.start === q('000', 0).start));
    assert.ok(lavrov && /Lavrov/.test(lavrov.speaker ?? ''));
    assert.ok(!lavrov.quotes.some(p => p.start === q('000', 3).start), 'another Lavrov quote is not a variant');
    const brahimi = groups.find(v => v.quotes.some(p => p.start === q('000', 2).start));
    assert.ok(brahimi && /Brahimi/.test(brahimi.speaker ?? ''));
  });

  it('does not group the same words said by different speakers', () => {
    const index = new CorpusIndex();
    const text = '"We will not go to Moscow under any circumstances," he said.';
    const doc = (file: string, name: string): DocumentAnalysis => ({ file, speakers: [], figures: [], quotes: [{ start: 0, end: 52, text: text.slice(0, 52), speaker: { name } }] });
    index.set('a.txt', text, doc('a.txt', 'Ahmed Moaz al-Khatib'));
    index.set('b.txt', `${text} `, doc('b.txt', 'Sergei Lavrov'));
    assert.deepStrictEqual(index.quoteVariants(), []);
  });
});
