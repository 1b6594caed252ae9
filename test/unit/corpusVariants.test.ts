import * as assert from 'assert';
import { CorpusIndex } from '../../src/core/corpus';
import { areVariants, contentSequence, quoteEntries, variantGroups } from '../../src/core/corpus/quoteVariants';
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

  const stems = (text: string): { seq: string[]; terms: string[] } => { const seq = contentSequence(text); return { seq, terms: [...new Set(seq)] }; };

  it('a shared collocation is one piece of evidence, not two (#15: quotes linked by "political process", "Bashar Assad", "United States", "commander-in-chief")', () => {
    const no: [string, string][] = [
      ['"it\'s a valued basis for reasonable political process."', '"hell or the political process,"'],
      ['"isn\'t holding onto Bashar Assad,"', '"Regarding Bashar al-Assad, he repeatedly said, both publically and in private… that he is not planning to leave, that he will remain in his post,"'],
      ['"There are certain things that the United States can do by itself,"', '" … what I learned from listening to some of these Muslim families both in the United States and overseas is that when you start calling these organizations \'Islamic terrorists,\' the way it\'s heard, the way it\'s received by our friends and allies around the world is that somehow Islam is terroristic,"'],
      ['"temperamentally unfit to be commander-in-chief."', '"Commander-in-Chief Forum"'],
    ];
    for (const [a, b] of no) assert.ok(!areVariants(stems(a), stems(b)), `${a} ~ ${b}`);
    const yes: [string, string][] = [
      ['"more and more lives of Syrian citizens"', '"The price for that precondition will be the loss of more Syrian lives,"'],
      ['"There is no possibility to change this position."', '"There is no possibility of changing this position."'],
      ['"hell or the political process,"', '"if the only alternative is really hell or a political process, then we have got all of us to work ceaselessly for a political process."'],
    ];
    for (const [a, b] of yes) assert.ok(areVariants(stems(a), stems(b)), `${a} ~ ${b}`);
  });

  /** One document per quote, all by one speaker. */
  const docsOf = (quotes: string[], speaker = 'Donald Trump'): { file: string; quotes: ReturnType<typeof quoteEntries> }[] =>
    quotes.map((text, k) => ({ file: `q${k}.txt`, quotes: quoteEntries({ file: `q${k}.txt`, speakers: [], figures: [], quotes: [{ start: 0, end: text.length, text, speaker: { name: speaker } }] }) }));

  it('does not chain: A ~ B and B ~ C do not put A with C when A and C have nothing in common (PolNeAR train)', () => {
    const groups = variantGroups(docsOf([
      '"I like Paul, but these are horrible times for our country,"',
      '"I like Paul, but these are horrible times for our country. We need very strong leadership. We need very, very strong leadership. And I\'m just not quite there yet."',
      '"We need very strong leadership. We need very, very strong leadership. And I\'m just not quite there yet. I\'m not quite there yet."',
    ]));
    // the long one (B) holds both A and C, but A and C are different sentences: they are not one group
    assert.ok(groups.length >= 1);
    assert.ok(groups.every(g => !(g.quotes.some(q => q.file === 'q0.txt') && g.quotes.some(q => q.file === 'q2.txt'))), JSON.stringify(groups));
    const chained = variantGroups(docsOf([
      '"the highest, hardest glass ceiling."',
      '"that highest, hardest glass ceiling in our politics will break, and the economy will recover jobs"',
      '"the economy will recover jobs and wages this year"',
    ]));
    assert.ok(chained.every(g => g.quotes.length === 2), JSON.stringify(chained));
  });

  it('one speaker quoted in thousands of files: identical quotes are one group, every file in it', () => {
    const quotes: string[] = [];
    for (let k = 0; k < 5000; k++) quotes.push(k % 2 ? '"We will make the harbour bridge safe again for every family,"' : `"Item ${k} of the plan costs ${k * 3} dollars and takes ${k % 17} weeks,"`);
    const groups = variantGroups(docsOf(quotes, 'John Smith'));
    const same = groups.find(g => g.quotes.length === 2500);
    assert.ok(same, groups.map(g => g.quotes.length).join(','));
  });
});
