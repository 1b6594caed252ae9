/** Bad input, each a test: what a folder of scraped news may contain. The engine never throws and never lies about offsets. */
import * as assert from 'assert';
import { analyzeText, analyzeCorpus } from '../../src/core/analyze';
import { checkText, decodeArticle, fileProblem, MAX_TEXT_BYTES } from '../../src/core/text/decode';
import { printable } from '../../src/core/text/printable';
import { checkDocument } from './invariants';
import { readSample } from './helpers';

const enc = (s: string) => new TextEncoder().encode(s);

describe('bad input', function () {
  this.timeout(120_000);

  it('empty file: analysed, nothing found', () => {
    const d = decodeArticle(new Uint8Array());
    assert.ok(d.ok);
    const a = analyzeText('e.txt', d.ok ? d.text : 'x');
    assert.deepStrictEqual([a.quotes, a.speakers, a.figures], [[], [], []]);
  });

  it('binary (NUL bytes): refused with a message', () => {
    const d = decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    assert.ok(!d.ok && /binary/.test(d.error));
    assert.match(String(checkText('abc\u0000def')), /binary/);
  });

  it('invalid UTF-8 in a UTF-8 article: decoded with replacement characters and analysed', () => {
    // a stray byte (0xff) among more valid multi-byte UTF-8 ("Åland", "José") than invalid sequences: still UTF-8
    const bytes = new Uint8Array([...enc('Åland: José said: "We '), 0xff, ...enc(' agree," he added.')]);
    const d = decodeArticle(bytes);
    assert.ok(d.ok && d.encoding === 'utf-8');
    const text = d.ok ? d.text : '';
    assert.ok(text.includes('\uFFFD') && text.includes('José'));
    const a = analyzeText('u.txt', text);
    checkDocument(text, a);
    assert.strictEqual(a.quotes.length, 1);
  });

  it('a byte Windows-1252 leaves undefined (0x81): read as UTF-8 with replacement characters', () => {
    const d = decodeArticle(new Uint8Array([...enc('Caf'), 0xe9, 0x81, ...enc(' "Yes," he said.')]));
    assert.ok(d.ok && d.encoding === 'utf-8' && d.text.startsWith('Caf\uFFFD'));
  });

  it('byte-order mark: not part of the text, offsets start after it', () => {
    const d = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('"Yes," he said.')]));
    assert.ok(d.ok && d.hadBom && d.text.startsWith('"Yes,"'));
    const a = analyzeText('b.txt', d.ok ? d.text : '');
    assert.strictEqual(a.quotes[0].start, 0);
  });

  it('CRLF line ends: spans still equal their slices', () => {
    const text = readSample('000').replace(/\n/g, '\r\n');
    const a = analyzeText('crlf.txt', text);
    checkDocument(text, a);
    assert.strictEqual(a.quotes.length, analyzeText('lf.txt', readSample('000')).quotes.length);
  });

  it('a file over newsLens.maxFileSizeMB: skipped with a message naming the setting', () => {
    const d = decodeArticle(new Uint8Array(2 * 1024 * 1024 + 1).fill(0x61), 2);
    assert.ok(!d.ok && /size limit of 2 MB/.test(d.error) && /newsLens\.maxFileSizeMB/.test(d.error));
    assert.match(String(checkText('a'.repeat(3 * 1024 * 1024), 2)), /size limit/);
    assert.strictEqual(checkText('a'.repeat(3 * 1024 * 1024), 0), null, '0 means no limit');
  });

  it('what a stat tells (the editor reads no file before it): not a regular file, or too big, is refused unread', () => {
    assert.match(String(fileProblem(false, 0, 5)), /not a regular file/, 'a named pipe or a device (size 0)');
    assert.match(String(fileProblem(true, 1024 ** 3, 5)), /1024\.0 MB, over the size limit of 5 MB/);
    assert.match(String(fileProblem(true, 1024 ** 3, 0)), /too large to read as one text/, 'no limit, but more than one string holds');
    assert.strictEqual(fileProblem(true, MAX_TEXT_BYTES, 0), null);
    assert.strictEqual(fileProblem(true, 4096, 5), null);
  });

  it('control characters for the terminal: written as escapes, ordinary text and right-to-left marks kept', () => {
    assert.strictEqual(printable('a\u001b[2Jb\rc\u0007\u009b\u202e\u2028'), 'a\\x1b[2Jb\\rc\\x07\\x9b\\u202e\\u2028');
    assert.strictEqual(printable('José said “yes”\t\u200f'), 'José said “yes”\t\u200f');
  });

  it('a 1.5 MB single line: analysed', () => {
    const para = readSample('002').replace(/\n/g, ' ');
    const text = para.repeat(Math.ceil(1.5e6 / para.length));
    const a = analyzeText('line.txt', text);
    checkDocument(text, a);
    assert.ok(a.quotes.length > 100 && a.figures.length > 100);
  });

  it('2,000 unclosed quotation marks: no quote swallows the article', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i} opens a "quote that never closes and goes on`).join('\n');
    const a = analyzeText('open.txt', text);
    checkDocument(text, a);
    for (const q of a.quotes) assert.ok(q.end - q.start < 2000, 'a quote ran past its paragraphs');
  });

  it('right-to-left and mixed scripts: analysed with consistent spans', () => {
    const text = 'قال المتحدث: "نحن لن نذهب إلى موسكو" أمس.\nHe said: "שלום עליכם, we agree," and 45,000 people came.\n\u200F"مرحبا"\u200F said Brahimi.';
    const a = analyzeText('rtl.txt', text);
    checkDocument(text, a);
    assert.ok(a.quotes.some(q => q.text === '"שלום עליכם, we agree,"'));
  });

  it('emoji and other astral characters before a quote: offsets stay UTF-16', () => {
    const text = '🇸🇾😀𝔘 Lavrov said: "There is no possibility to change this position."';
    const a = analyzeText('emoji.txt', text);
    checkDocument(text, a);
    assert.strictEqual(a.quotes[0].start, text.indexOf('"'));
  });

  it('a corpus with unreadable members still analyses the rest', () => {
    const r = analyzeCorpus([{ file: 'a.txt', error: 'binary file' }, { file: 'b.txt', text: readSample('002') }, { file: 'c.txt', text: readSample('003') }]);
    assert.strictEqual(r.documents[0].error, 'binary file');
    assert.ok(r.duplicates.length > 0);
  });
});
