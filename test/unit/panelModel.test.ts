import * as assert from 'assert';
import { analyzeCorpus, analyzeText } from '../../src/core/analyze';
import { compareFigures } from '../../src/core/corpus/figureCompare';
import type { DuplicateGroup, QuoteVariantGroup } from '../../src/core/types';
import { duplicateViews, figureViews, panelModel, variantViews } from '../../src/extension/panel/model';
import { PASSAGES_PER_FILE } from '../../src/extension/panel/messages';
import { LineCache, PassageReader } from '../../src/extension/panel/reader';
import { baseName, sentenceSnippet, snippet, SNIPPET_MAX } from '../../src/extension/panel/snippets';
import { readSample, sampleFiles } from './helpers';

describe('panel model: duplicate groups and quote variants as the panel lists them', () => {
  const texts = new Map(sampleFiles().map(f => [`file:///ws/${f}`, readSample(f)]));
  const reader = () => new PassageReader(f => texts.get(f));
  const all = { onlyFile: null };

  it('shows each passage of the samples with its file name, 1-based line and snippet', () => {
    const result = analyzeCorpus([...texts].map(([file, text]) => ({ file, text })), { parts: ['duplicates'] });
    assert.ok(result.duplicates.length > 0);
    const { views, count } = duplicateViews(result.duplicates, reader(), all);
    assert.strictEqual(views.length, result.duplicates.length);
    assert.deepStrictEqual(count, { all: views.length, matching: views.length });
    const p = views.flatMap(v => v.passages).find(x => x.name === '003_766a015ac4dc8b77.txt' && x.start === 0)!;
    assert.ok(p, 'the repeated lead paragraph of 003 is listed');
    assert.strictEqual(p.line, 1);
    const text = texts.get(p.file)!;
    assert.ok(p.snippet.startsWith(text.slice(0, 40).replace(/\s+/g, ' ')));
    for (const v of views) for (const q of v.passages) {
      const t = texts.get(q.file)!;
      assert.strictEqual(q.line, t.slice(0, q.start).split('\n').length, `${q.name}@${q.start}`);
      assert.ok(q.snippet.length <= SNIPPET_MAX + 1);
    }
  });

  it('sorts groups by reach: distinct files, then passages, then similarity', () => {
    const f = (n: number) => `file:///ws/${sampleFiles()[n]}`;
    const groups: DuplicateGroup[] = [
      { passages: [{ file: f(3), start: 0, end: 50 }, { file: f(3), start: 900, end: 950 }], similarity: 1, kind: 'exact' },
      { passages: [{ file: f(0), start: 10, end: 60 }, { file: f(1), start: 10, end: 60 }], similarity: 0.87, kind: 'near' },
      { passages: [{ file: f(0), start: 100, end: 160 }, { file: f(1), start: 100, end: 160 }, { file: f(2), start: 5, end: 60 }], similarity: 0.9, kind: 'near' },
      { passages: [{ file: f(2), start: 10, end: 60 }, { file: f(3), start: 10, end: 60 }], similarity: 0.984, kind: 'near' },
      { passages: [{ file: f(4), start: 0, end: 10 }], similarity: 1, kind: 'exact' },
    ];
    const { views } = duplicateViews(groups, reader(), all);
    assert.deepStrictEqual(views.map(v => [v.files, v.passages.length, v.similarity]), [[3, 3, 90], [2, 2, 98], [2, 2, 87], [1, 2, 100]]);
    assert.deepStrictEqual(views.map(v => v.id), ['dup-0', 'dup-1', 'dup-2', 'dup-3']);
    assert.deepStrictEqual(views[0].passages.map(p => p.name.slice(0, 3)), ['000', '001', '002']);

    const only3 = duplicateViews(groups, reader(), { onlyFile: f(3) });
    assert.deepStrictEqual(only3.views.map(v => [v.files, v.similarity]), [[2, 98], [1, 100]], 'this file only: the groups touching 003');
    assert.deepStrictEqual(only3.count, { all: 4, matching: 2 });
    const cut = duplicateViews(groups, reader(), { onlyFile: null, limit: 2 });
    assert.deepStrictEqual([cut.views.length, cut.count], [2, { all: 4, matching: 4 }]);
    assert.deepStrictEqual(cut.views.map(v => v.similarity), [90, 98], 'the widest groups are the ones kept');
  });

  it('the search: words of a passage, a speaker, an article; every group the host holds, not only those shown', () => {
    const result = analyzeCorpus([...texts].map(([file, text]) => ({ file, text })), { parts: ['duplicates', 'quotes'] });
    const textOf = (f: string) => texts.get(f);
    const words = duplicateViews(result.duplicates, reader(), { onlyFile: null, textOf, search: { query: 'no possibility', speaker: null, file: null } });
    assert.ok(words.views.length > 0 && words.views.length < result.duplicates.length, `${words.views.length} of ${result.duplicates.length}`);
    for (const v of words.views) assert.ok(v.passages.some(p => texts.get(p.file)!.slice(p.start, p.end).toLowerCase().includes('no possibility')));
    const variants = result.quoteVariants ?? [];
    const lavrov = variantViews(variants, reader(), { onlyFile: null, textOf, search: { query: '', speaker: 'Lakhdar Brahimi', file: null } });
    assert.ok(lavrov.views.length > 0 && lavrov.views.every(v => v.speaker === 'Lakhdar Brahimi'));
    const f4 = `file:///ws/${sampleFiles()[4]}`;
    const in4 = duplicateViews(result.duplicates, reader(), { onlyFile: null, search: { query: '', speaker: null, file: f4 } });
    assert.ok(in4.views.every(v => v.passages.some(p => p.file === f4)));
    assert.strictEqual(in4.count.all, result.duplicates.filter(g => g.passages.length >= 2).length);
    const model = panelModel({ duplicates: () => result.duplicates, quoteVariants: () => variants, figures: () => [] }, reader(), all);
    assert.ok(model.speakers.includes('Lakhdar Brahimi'));
    assert.deepStrictEqual(model.files.map(f => f.name.slice(0, 3)), ['000', '001', '002', '003', '004']);
    assert.match(reader().view({ file: f4, start: 0, end: 10 }).title ?? '', /^\S/, 'a passage carries its article\'s first line');
  });

  it('lists at most PASSAGES_PER_FILE passages of a group in one file, counts the rest, and keeps every file', () => {
    const f = (n: number) => `file:///ws/${sampleFiles()[n]}`;
    const many = Array.from({ length: 40 }, (_, i) => ({ file: f(3), start: 40 * (39 - i), end: 40 * (39 - i) + 30 }));
    const groups: DuplicateGroup[] = [{ passages: [...many, { file: f(1), start: 0, end: 30 }, { file: f(0), start: 5, end: 30 }], similarity: 1, kind: 'exact' }];
    const [v] = duplicateViews(groups, reader(), all).views;
    assert.deepStrictEqual(v.passages.map(p => [p.name.slice(0, 3), p.start]), [['000', 5], ['001', 0], ['003', 0], ['003', 40], ['003', 80]]);
    assert.strictEqual(PASSAGES_PER_FILE, 3);
    assert.strictEqual(v.more, 37);
    assert.strictEqual(v.files, 3);
    const variants: QuoteVariantGroup[] = [{ speaker: 'Sergei Lavrov', quotes: [...many, { file: f(1), start: 0, end: 30 }] }];
    const [q] = variantViews(variants, reader(), all).views;
    assert.deepStrictEqual([q.quotes.length, q.more], [4, 37]);
    const entry = (file: string, start: number) => ({ file, start, end: start + 5, text: '45,000', value: 45000, approximate: false, unit: 'life', reading: '45,000' });
    const [fig] = figureViews([{ topic: 'death toll', unit: 'life', disagree: false, summary: '', entries: [entry(f(0), 3), ...many.map(p => entry(p.file, p.start))] }], reader(), all).views;
    assert.deepStrictEqual([fig.entries.length, fig.more], [4, 37]);
    // an ordinary group lists everything and has no `more`
    const plain = duplicateViews([{ passages: [{ file: f(0), start: 0, end: 9 }, { file: f(1), start: 0, end: 9 }], similarity: 1, kind: 'exact' }], reader(), all).views[0];
    assert.ok(!('more' in plain) && plain.passages.length === 2);
  });

  it('lists quote-variant groups by speaker, unattributed last', () => {
    const f = (n: number) => `file:///ws/${sampleFiles()[n]}`;
    const groups: QuoteVariantGroup[] = [
      { speaker: null, quotes: [{ file: f(0), start: 0, end: 20 }, { file: f(1), start: 0, end: 20 }] },
      { speaker: 'Sergei Lavrov', quotes: [{ file: f(4), start: 0, end: 20 }, { file: f(0), start: 30, end: 50 }, { file: f(2), start: 0, end: 9 }] },
      { speaker: 'Lakhdar Brahimi', quotes: [{ file: f(1), start: 0, end: 20 }, { file: f(2), start: 0, end: 20 }] },
    ];
    const { views } = variantViews(groups, reader(), all);
    assert.deepStrictEqual(views.map(v => v.speaker), ['Lakhdar Brahimi', 'Sergei Lavrov', null]);
    assert.deepStrictEqual(views[1].quotes.map(q => q.name.slice(0, 3)), ['000', '002', '004']);
  });

  it('lists a group\'s paraphrases after its quotes (samples: AP 002 and 003 report Lavrov on Syrian lives; NYT 004 quotes him)', () => {
    const result = analyzeCorpus([...texts].map(([file, text]) => ({ file, text })), { parts: ['duplicates', 'quotes'] });
    const slice = (p: { file: string; start: number; end: number }) => texts.get(p.file)!.slice(p.start, p.end);
    const { views } = variantViews(result.quoteVariants ?? [], reader(), all);
    const lives = views.find(v => v.quotes.some(q => slice(q).includes('more and more lives of Syrian citizens')));
    assert.ok(lives, 'the group of NYT 004\'s quote is listed');
    assert.ok(lives.quotes.some(q => q.name.startsWith('002') && slice(q).includes('The price for that precondition')));
    const para = (lives.paraphrases ?? []).filter(p => slice(p).startsWith('the Syrian opposition risks sacrificing many more lives'));
    assert.deepStrictEqual(para.map(p => p.name.slice(0, 3)), ['002', '003']);
    for (const p of para) {
      assert.strictEqual(p.line, texts.get(p.file)!.slice(0, p.start).split('\n').length);
      assert.ok(p.snippet.startsWith('the Syrian opposition risks'), p.snippet);
    }
    // a paraphrase is never listed among the quotes, and a group without one has no `paraphrases`
    const reported = new Set(views.flatMap(v => v.paraphrases ?? []).map(p => `${p.file}:${p.start}`));
    assert.ok(views.every(v => v.quotes.every(q => !reported.has(`${q.file}:${q.start}`))));
    assert.ok(views.some(v => !('paraphrases' in v)));
    // the file filter keeps a group reported in that file
    const f3 = `file:///ws/${sampleFiles()[3]}`;
    const in3 = variantViews(result.quoteVariants ?? [], reader(), { onlyFile: f3 }).views;
    assert.ok(in3.some(v => (v.paraphrases ?? []).some(p => p.file === f3 && slice(p).startsWith('the Syrian opposition'))));
  });

  it('keeps snippets readable: whitespace collapsed, cut at a word with an ellipsis', () => {
    assert.strictEqual(snippet('  MOSCOW —\n\n  Russia’s foreign   minister said '), 'MOSCOW — Russia’s foreign minister said');
    const long = 'The conflict has claimed over 45,000 lives since it began, according to the Syrian Observatory for Human Rights, a Britain-based monitoring group that relies on a network of activists.';
    const s = snippet(long, 80);
    assert.ok(s.endsWith('…') && s.length <= 81, s);
    assert.ok(long.startsWith(s.slice(0, -1)));
    assert.ok(!/\s…$/.test(s));
  });

  it('names files by their last path segment, decoded', () => {
    assert.strictEqual(baseName('file:///ws/news/003_766a015ac4dc8b77.txt'), '003_766a015ac4dc8b77.txt');
    assert.strictEqual(baseName('file:///ws/My%20Articles/caf%C3%A9.txt'), 'café.txt');
    assert.strictEqual(baseName('C:\\news\\a.txt'), 'a.txt');
    assert.strictEqual(baseName('bad%E0.txt'), 'bad%E0.txt');
  });

  it('lists the figures reported by several samples, the death-toll disagreement first, each with its sentence', () => {
    const docs = [...texts].map(([file, text]) => ({ file, text, figures: analyzeText(file, text, { parts: ['figures'] }).figures }));
    const { views } = figureViews(compareFigures(docs), reader(), all);
    assert.ok(views.length > 0);
    const toll = views.find(v => v.topic === 'death toll')!;
    assert.ok(toll && toll.disagree, 'the death toll differs between sources');
    assert.strictEqual(views[0].disagree, true);
    assert.match(toll.summary, /004: tens of thousands/);
    const tens = toll.entries.find(e => e.name.startsWith('004'))!;
    assert.match(tens.text, /tens of thousands/);
    assert.ok(tens.snippet.includes(tens.text), tens.snippet);
    const t = texts.get(tens.file)!;
    assert.strictEqual(tens.line, t.slice(0, tens.start).split('\n').length);
    assert.ok(toll.entries.some(e => /45,000/.test(e.text)));
    assert.deepStrictEqual(views.map(v => v.id), views.map((_, i) => `fig-${i}`));
  });

  it('cuts a figure\'s sentence around it', () => {
    const t = 'MOSCOW — Talks failed. The conflict has claimed over 45,000 lives, according to the "Observatory." Next one.\nNew para 12 people.';
    const i = t.indexOf('over 45,000');
    assert.strictEqual(sentenceSnippet(t, i, i + 11), 'The conflict has claimed over 45,000 lives, according to the "Observatory."');
    const j = t.indexOf('12 people');
    assert.strictEqual(sentenceSnippet(t, j, j + 9), 'New para 12 people.');
    assert.strictEqual(sentenceSnippet(t, i, i + 11, 30), '…claimed over 45,000 lives,…');
    assert.strictEqual(sentenceSnippet(t, i, i + 11, 11), '…over 45,000…');
  });

  it('builds the whole model with counts, reusing line starts between updates until a text changes', () => {
    const lines = new LineCache();
    const current = new Map(texts);
    const read = () => new PassageReader(f => current.get(f), lines);
    const result = analyzeCorpus([...current].map(([file, text]) => ({ file, text })), { parts: ['duplicates'] });
    const source = { duplicates: () => result.duplicates, quoteVariants: () => [], figures: () => [] };
    const first = panelModel(source, read(), all);
    assert.deepStrictEqual(first.counts.variants, { all: 0, matching: 0 });
    assert.strictEqual(first.counts.duplicates.all, result.duplicates.length);
    const files = new Set(first.duplicates.flatMap(g => g.passages.map(p => p.file)));
    assert.strictEqual(lines.size, files.size);
    const f3 = [...files].find(f => f.includes('/003_'))!;
    const starts = lines.linesOf(f3, current.get(f3)!);
    assert.strictEqual(lines.linesOf(f3, current.get(f3)!), starts, 'same text: same line table');
    current.set(f3, 'A new first line\n' + current.get(f3));
    assert.notStrictEqual(lines.linesOf(f3, current.get(f3)!), starts, 'changed text: computed again');
    lines.sweep();
    panelModel({ ...source, duplicates: () => result.duplicates.filter(g => g.passages.every(p => !p.file.includes('/000_'))) }, read(), all);
    lines.sweep();
    assert.ok([...files].some(f => f.includes('/000_')) && lines.size < files.size, 'files no longer shown are forgotten');
  });
});
