import * as assert from 'assert';
import { SENT_START, tokenize as corpusTokenize } from '../../src/core/corpus/tokenize';
import { WordIds } from '../../src/core/corpus/normalize';
import { tokenize as quoteTokenize } from '../../src/core/quotes/tokens';
import { nextSentenceEnd } from '../../src/core/quotes/sentences';
import { analyzeText } from '../../src/core';
import { isHonorific } from '../../src/core/people/lexicon';
import { TITLES } from '../../src/core/quotes/lexicon';
import { ABBREVIATIONS, CURRENCY_SIGN_ABBREVIATIONS, LETTERED_CURRENCY_SIGNS, QUOTE_SPLITTER_EXCEPTIONS, QUOTE_TOKENIZER_EXCEPTIONS, TITLE_ABBREVIATIONS } from '../../src/core/text/abbreviations';
import { findFigures } from '../../src/core/figures';

/** One list of abbreviations (src/core/text/abbreviations.ts) for the three stages that split sentences or words. */
describe('abbreviations: one list for every sentence splitter', () => {
  // (test/fixtures/outlets/ca-cp-court-ranks.txt)
  const text = '"Nadia did everything right," said Coun. Shelby Rollings-Dhillon, who represents the area.';

  it('the quotes tokenizer keeps the period of a rank ("Coun.")', () => {
    assert.ok(quoteTokenize(text).some(t => t.t === 'Coun.'));
  });

  it('the quotes sentence splitter does not end a sentence after "Coun."', () => {
    assert.strictEqual(nextSentenceEnd(text, 0, text.indexOf('Shelby')), null);
  });

  it('the corpus tokenizer starts no sentence after "Coun." (a rank it did not list before the lists were one)', () => {
    const toks = corpusTokenize(text, new WordIds());
    const k = [...toks.starts].findIndex(s => text.startsWith('Shelby', s));
    assert.ok(k > 0);
    assert.strictEqual(toks.flags[k] & SENT_START, 0);
  });

  it('the currency signs of letters and a point are one table: the abbreviations are derived from the signs the figures read (forty-first session)', () => {
    assert.deepStrictEqual([...CURRENCY_SIGN_ABBREVIATIONS].sort(), ['afl', 'gs', 'naf']);
    for (const w of CURRENCY_SIGN_ABBREVIATIONS) assert.ok(ABBREVIATIONS.has(w), w);
    // (each sign of the table is read before a number, "Afl. 3.25" one space apart too)
    for (const [sign, code] of LETTERED_CURRENCY_SIGNS) {
      const text = `The fare will be ${sign}${sign.endsWith('.') ? ' ' : ''}3.25 a trip.`;
      assert.deepStrictEqual(findFigures(text).map(f => [f.text, f.unit]), [[`${text.slice(text.indexOf(sign), text.indexOf('3.25') + 4)}`, code]], sign);
    }
  });

  it('the exceptions of the quote stages are members of the one list', () => {
    for (const w of [...QUOTE_TOKENIZER_EXCEPTIONS, ...QUOTE_SPLITTER_EXCEPTIONS]) assert.ok(ABBREVIATIONS.has(w), w);
  });

  it('the titles stripped from a name hold every title abbreviation with its period, and bare unless a given name ("Del Harris")', () => {
    for (const t of TITLE_ABBREVIATIONS) assert.ok(TITLES.has(`${t}.`), t);
    assert.ok(TITLES.has('coun') && TITLES.has('sgt'));
    assert.ok(!TITLES.has('del') && !TITLES.has('pres'));
  });

  it('the people stage reads the ranks of the one list as honorifics ("Coun.", "Const.", "Insp."), never a given name ("Del")', () => {
    for (const w of ['Coun.', 'Const.', 'Insp.', 'Sgt.']) assert.ok(isHonorific(w), w);
    assert.ok(!isHonorific('Del') && !isHonorific('Pres'));
    assert.strictEqual(analyzeText('x', '"We played hard," said Del Harris, the coach.').quotes[0].speaker?.name, 'Del Harris');
  });
});
