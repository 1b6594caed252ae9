import * as assert from 'assert';
import { analyzeCorpus } from '../../src/core/analyze';
import { CrossSource } from '../../src/extension/crossSource';
import type { Articles } from '../../src/extension/articles';
import { sameWords } from '../../src/core/quotes/marks';
import { readSample, sampleFiles } from './helpers';

describe('cross-source renderings of a quote (what its hover lists)', () => {
  const texts = new Map(sampleFiles().map(f => [f, readSample(f)]));
  const result = analyzeCorpus([...texts].map(([file, text]) => ({ file, text })), { parts: ['duplicates', 'quotes'] });
  // the part of Articles the renderings read: the index's groups and the analyses (for the people's names)
  const articles = { corpusNow: { quoteVariants: () => result.quoteVariants ?? [] }, revision: 0, all: () => result.documents.map(analysis => ({ analysis })) };
  const cross = new CrossSource(articles as unknown as Articles);
  const slice = (p: { file: string; start: number; end: number }) => texts.get(p.file)!.slice(p.start, p.end);
  const quoteOf = (file: string, words: string, indirect: boolean) =>
    result.documents.find(d => d.file === file)!.quotes.find(q => (q.kind === 'indirect') === indirect && slice({ file, ...q }).includes(words))!;

  it('a quote: its group\'s other quotes, then the paraphrases of the same words (samples: NYT 004, AP 002 and 003)', () => {
    const f4 = sampleFiles()[4];
    const q = quoteOf(f4, 'more and more lives of Syrian citizens', false);
    assert.ok(q);
    const { quotes, paraphrases } = cross.variantsOf(f4, q);
    assert.ok(quotes.some(p => slice(p).includes('The price for that precondition')));
    const lives = paraphrases.filter(p => slice(p).startsWith('the Syrian opposition risks sacrificing many more lives'));
    assert.deepStrictEqual(lives.map(p => p.file.slice(0, 3)), ['002', '003']);
  });

  it('a paraphrase: the group\'s direct quotes in other files, no paraphrases', () => {
    const f2 = sampleFiles()[2];
    const para = quoteOf(f2, 'the Syrian opposition risks sacrificing many more lives', true);
    assert.ok(para);
    const { quotes, paraphrases } = cross.variantsOf(f2, para);
    assert.deepStrictEqual(paraphrases, []);
    assert.ok(quotes.length > 0 && quotes.every(p => p.file !== f2));
    assert.ok(quotes.some(p => p.file === sampleFiles()[4] && slice(p).includes('more and more lives of Syrian citizens')));
  });

  it('a rendering in the same words, whatever its marks, dashes, stops and case, is "the same words" (core quotes/marks.ts sameWords, which the hover calls; samples: AP 002, 003)', () => {
    const inFile = (file: string, words: string) => { const q = quoteOf(file, words, false); return q && slice({ file, ...q }); };
    const ap = inFile(sampleFiles()[2], 'only two places'), other = inFile(sampleFiles()[3], 'only two places');
    assert.ok(ap && other && ap !== other, JSON.stringify([ap, other]));
    assert.ok(sameWords(ap, other));
    // (another outlet's dashes and stop: "--" for "—", a full stop for the comma)
    assert.ok(sameWords(ap, '"If you have a panic in Damascus and if you have 1 million people leaving Damascus in a panic, they can go to only two places -- Lebanon and Jordan."'));
    assert.ok(!sameWords(ap, '“if you have a panic in Damascus, they can go to only two places — Lebanon and Jordan,”'));
  });
});
