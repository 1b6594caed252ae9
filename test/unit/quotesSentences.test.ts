/**
 * The quotes engine's paragraph and sentence helpers give the same answers as the whole-text scans they replace
 * (issue #14, "Quadratic time": a newline table searched by bisection, a sentence-end search bounded by its limit),
 * and the engine answers the same on the shapes that made it quadratic.
 */
import * as assert from 'assert';
import { findQuoteSpans, withinQuote } from '../../src/core/quotes/marks';
import { nextSentenceEnd, paragraphOf } from '../../src/core/quotes/sentences';
import { directQuotes, readSample } from './helpers';

/** The scans the helpers replace, as they were written. */
const REF_SENT_END = /[.!?](?:''|["”’'“«»])?\s+(?=(?:''|``|["“‘'(„»«])?[\p{Lu}\p{N}])/gu;
const REF_ABBREV = /(?:^|[\s(])(?:\p{L}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Rev|Prof|Sens|Reps|Atty|Jr|Sr|St|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec|U\.S|U\.N|D\.C|U\.K|E\.U)\.$/u;
function refSentenceEnd(text: string, from: number, limit: number): [number, string] | null {
  REF_SENT_END.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = REF_SENT_END.exec(text)) && m.index < limit) {
    if (text[m.index] !== '.' || !REF_ABBREV.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) return [m.index, m[0]];
  }
  return null;
}
const refParagraph = (text: string, pos: number) => {
  const e = text.indexOf('\n', pos);
  return { s: text.lastIndexOf('\n', pos - 1) + 1, e: e < 0 ? text.length : e };
};

describe('quotes: paragraphs and sentence ends in bounded time', () => {
  const texts = [
    readSample('000'),
    '\nMoscow (AP) — Russian Foreign Minister Sergei V. Lavrov said Monday. "We will not." U.S. officials agreed!\n\nSen. Cruz asked? "Yes."  Then\n',
    'no newline at all. Dr. Who? Yes. 12 people.',
    "''It is,'' he said. ''Nobody knows.'' Then ``Yes.'' Done.",
    '\n\n\n',
    '',
  ];
  it('paragraphOf gives the offsets of lastIndexOf/indexOf at every position, ends of the text included', () => {
    for (const text of texts) {
      for (let pos = -1; pos <= text.length + 1; pos++) assert.deepStrictEqual(paragraphOf(text, pos), refParagraph(text, pos), `${JSON.stringify(text.slice(0, 20))} at ${pos}`);
    }
  });
  it('paragraphOf follows the text it is given (a new text, then the first one again)', () => {
    assert.deepStrictEqual(paragraphOf('a\nb\nc', 3), { s: 2, e: 3 });
    assert.deepStrictEqual(paragraphOf('abc\ndef', 3), { s: 0, e: 3 });
    assert.deepStrictEqual(paragraphOf('a\nb\nc', 4), { s: 4, e: 5 });
  });
  it('nextSentenceEnd finds what the unbounded scan found, within [from, limit)', () => {
    for (const text of texts) {
      for (let from = 0; from < text.length; from += 7) {
        for (const limit of [from, from + 1, from + 40, from + 600, text.length]) {
          const m = nextSentenceEnd(text, from, limit);
          assert.deepStrictEqual(m ? [m.index, m[0]] : null, refSentenceEnd(text, from, limit), `from ${from} to ${limit}`);
        }
      }
    }
  });
  it("NYT's double apostrophes close and open sentences (PolNeAR train): the cue of an earlier sentence is not the next quote's", () => {
    const text = "''I wouldn't put out any moral arguments about his work,'' said Yevgeny E. Kopachko, a pollster with Mr. Yanukovych's former party who cooperated with Mr. Manafort for years and called him a pragmatic and effective strategist. ''Nobody has a monopoly on truth and morals.''";
    const m = nextSentenceEnd(text, text.indexOf('strategist'), text.length);
    assert.strictEqual(m?.index, text.indexOf('strategist.') + 'strategist'.length);
    const q = directQuotes(text).find(x => x.text.startsWith("''Nobody"));
    assert.deepStrictEqual([q?.speaker?.name, q?.why?.rule], ['Yevgeny E. Kopachko', 'continues a quote']);
    const closing = "''We will win.'' He left.";
    assert.strictEqual(nextSentenceEnd(closing, 0, closing.length)?.index, closing.indexOf(".''"));
  });
  it('a name inside a quotation is found by bisection over the quotes', () => {
    const text = 'Lavrov said "Kerry agreed" and "Brahimi too," Smith said.';
    const spans = findQuoteSpans(text);
    const at = (w: string) => [text.indexOf(w), text.indexOf(w) + w.length] as const;
    assert.strictEqual(withinQuote(spans, ...at('Kerry')), true);
    assert.strictEqual(withinQuote(spans, ...at('Brahimi')), true);
    assert.strictEqual(withinQuote(spans, ...at('Lavrov')), false);
    assert.strictEqual(withinQuote(spans, ...at('Smith')), false);
  });
  it('the quadratic shapes of issue #14 still read the same: one paragraph of quotes, NYT marks, CR-only lines', () => {
    const para = 'word "quote here" said Smith, 12 percent. '.repeat(50);
    const qs = directQuotes(para);
    assert.strictEqual(qs.length, 50);
    assert.ok(qs.every(q => q.speaker?.name === 'Smith'));
    const nyt = directQuotes("''It is,'' he said, ".repeat(30));
    assert.strictEqual(nyt.length, 30);
    assert.ok(nyt.every(q => q.cue?.text === 'said' && q.text.length > 0 && (q.speaker?.end ?? 0) - (q.speaker?.start ?? 0) === 2));
    const cr = readSample('000').replace(/\r?\n/g, '\r');
    assert.strictEqual(directQuotes(cr).length, directQuotes(readSample('000')).length);
  });
});
