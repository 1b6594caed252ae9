/**
 * A costly regular expression behind a cheap pre-test (src/core/text/pretested.ts): the same answers, and the costly
 * one not run (so not compiled) on a string the pre-test turns down.
 */
import * as assert from 'assert';
import { listedNames, namesPretested, pretested } from '../../src/core/text/pretested';

describe('pretested expressions', () => {
  const full = /^Follow (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}) [Oo]n Twitter\b/u;
  const lines = ['Follow John Nolte on Twitter @NolteNC.', 'Follow us on Twitter', 'John Nolte is a columnist.', '', 'Follow Ann Lee on twitter'];

  it('answers as the full expression does, test and exec alike', () => {
    const p = pretested(/^Follow /, full);
    for (const line of lines) {
      assert.strictEqual(p.test(line), full.test(line), line);
      assert.deepStrictEqual(p.exec(line)?.slice(), full.exec(line)?.slice(), line);
    }
  });

  it('runs the full expression only on a string the pre-test matches', () => {
    const ran: string[] = [];
    const spy = new RegExp(full.source, full.flags);
    spy.exec = (s: string) => { ran.push(s); return RegExp.prototype.exec.call(full, s); };
    const p = pretested(/^Follow /, spy);
    for (const line of lines) p.test(line);
    assert.deepStrictEqual(ran, ['Follow John Nolte on Twitter @NolteNC.', 'Follow us on Twitter', 'Follow Ann Lee on twitter']);
  });

  it('reads the names of a list expression, escaped marks as themselves, and nothing else', () => {
    assert.deepStrictEqual(listedNames(/\b(?:The Canadian Press|\(CP\)|Stuff\.co\.nz|1News)\b/), ['The Canadian Press', '(CP)', 'Stuff.co.nz', '1News']);
    for (const other of [/\b(?:CBC|CTV)\b/i, /\b(?:Kiwis?|RNZ)\b/, /\b(?:a\d|b)\b/, /\b(?:a(?:b|c)|d)\b/, /\b(?:a|)\b/, /(?:a|b)/, /\b(?:a|b)\b/g]) assert.strictEqual(listedNames(other), undefined, other.source);
  });

  it('answers a list expression behind its names as the expression does', () => {
    const outlets = /\b(?:The Canadian Press|\(CP\)|CBC News)\b/;
    const p = namesPretested(outlets);
    const texts = ['OTTAWA (CP) — The federal', 'OTTAWA(CP)x', 'said CBC Newsroom', 'CBC News reported', 'the Canadian Press', 'Not a name at all'];
    for (const t of texts) {
      assert.strictEqual(p.test(t), outlets.test(t), t);
      assert.deepStrictEqual(p.exec(t)?.slice(), outlets.exec(t)?.slice(), t);
    }
    const any = namesPretested(/\b(?:a|b)\b/i);
    assert.strictEqual(any.test('A b'), true);
  });
});
