/**
 * The quotes engine's tokenizer reads its tokens by hand (character tests, no regular expression per token, for
 * speed: issue #14, "dev analysis against the compromise-only peer"). It gives exactly the tokens of the regular
 * expression it replaces, and sentence ranges cut at the tokens' line-break flag exactly where a newline search
 * between tokens cut them.
 */
import * as assert from 'assert';
import { sentenceRanges } from '../../src/core/quotes/sentences';
import { tokenize, type Tok } from '../../src/core/quotes/tokens';
import { readSample } from './helpers';

/**
 * The tokens as the regular expression found them (the fields the hand reading computes; `cap` is set the same way
 * after), with a Khoekhoe click letter "!" or "//" opening a word after a space, a newline, a bracket or the text's start,
 * and no double hyphen inside a word ("MARIGOT--Vendors" is a dateline, "--" and a word).
 */
const REF_WORD = /(?:(?<![^ \n(])(?:!|\/\/)(?=\p{Lu}))?[\p{L}\p{N}](?:(?:[\p{L}\p{M}\p{N}'’.&]|-(?!-)|(?<=\d),(?=\d{3}(?!\d))|(?<=[ÂÃ]|A[\u0302\u0303])[\u0080-\u00bf])*[\p{L}\p{M}\p{N}])?\.?|[,;:‒–—―⸺()!?]|\.|--/gu;
const REF_INITIALS = /^(?:\p{L}\.)+$/u;
const REF_ABBREVIATION = /^(?:[a-z]+-)?(?:mr|mrs|ms|dr|sen|rep|gov|gen|jr|sr|st|lt|col|capt|sgt|maj|adm|rev|prof|sens|reps|atty|supt|del|no|vs|inc|co|corp|ltd|jan|feb|aug|sept|oct|nov|dec)\.$/i;
function refTokens(text: string): { s: number; e: number; t: string; poss: boolean; punct: boolean; br: boolean }[] {
  const out: { s: number; e: number; t: string; poss: boolean; punct: boolean; br: boolean }[] = [];
  REF_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REF_WORD.exec(text))) {
    let t = m[0];
    const s = m.index;
    const answerNo = /^no\.$/i.test(t) && !/^[ \t]*\d/.test(text.slice(s + t.length));
    if (t.length > 1 && t.endsWith('.') && ((!REF_INITIALS.test(t) && !REF_ABBREVIATION.test(t)) || answerNo)) { t = t.slice(0, -1); REF_WORD.lastIndex = s + t.length; }
    const punct = !/[\p{L}\p{N}]/u.test(t);
    const after = !punct && /s$/i.test(t) ? text.slice(s + t.length, s + t.length + 3) : '';
    const bare = after !== '' && (/^['’]\s+\p{Ll}/u.test(after) || (/^\p{Lu}/u.test(t) && /^['’]\s+\p{Lu}/u.test(after)));
    if (bare) { t += text[s + t.length]; REF_WORD.lastIndex = s + t.length; }
    const poss = bare || (/['’]s$/i.test(t) && t.length > 2);
    const prev = out.length ? out[out.length - 1].e : 0;
    out.push({ s, e: s + t.length, t, poss, punct, br: text.slice(prev, s).includes('\n') });
  }
  return out;
}
const plain = (toks: Tok[]) => toks.map(({ s, e, t, poss, punct, br }) => ({ s, e, t, poss, punct, br }));

/** Sentence ranges as they were cut: at a newline found between two tokens. */
function refSentenceRanges(toks: Tok[], text: string): { a: number; b: number }[] {
  const out: { a: number; b: number }[] = [];
  let a = 0;
  for (let k = 0; k < toks.length; k++) {
    if (k > a && text.slice(toks[k - 1].e, toks[k].s).includes('\n')) { out.push({ a, b: k }); a = k; }
    const t = toks[k].t, next = toks[k + 1];
    if (t.length > 2 && t.endsWith('.') && next && /^(?:He|She|They|It|We|I|The|But|And|In|This|That|There)$/.test(next.t)) { out.push({ a, b: k + 1 }); a = k + 1; continue; }
    if ((t === '.' || t === '!' || t === '?') && !(next && (/^[),;]$/.test(next.t) || (!next.punct && !next.cap && /^\p{Ll}/u.test(next.t))))) { out.push({ a, b: k + 1 }); a = k + 1; }
  }
  if (a < toks.length) out.push({ a, b: toks.length });
  return out;
}

describe('quotes: the tokenizer reads by hand what its regular expression read', () => {
  const written = [
    readSample('000'), readSample('003'),
    'Sanders’ campaign, the Jones\' house and Mr. O’Neil’s aides -- U.S. officials said 3.5 percent. Él dijo “Über”.',
    'al-Assad met Van der Berg in the U.N. on Jan. 5.\nA.B.C. news — ― – (first) ! ? ; : ok... end.',
    'Math 𝐀𝐁 and 😀 emoji, ٣ digits ３ wide, e\u0301 combining, İstanbul, ſ, K (Kelvin), ǅ, Ⅻ.',
    'lone \ud800 high and \udc00 low surrogates; x--y a-.-b abc.def. Rev. Dr. No. 7 Inc.\n\n\nThe end',
    'MARIGOT--Vendors say; PHILIPSBURG--Members of Parliament; a---b, co-op--ish -- well-known.',
    'She said 1,200 people, 3,500,000 dollars and 12,5 or 1,23 or 1,2345 or 2015, 200 and a,123 died.',
  ];
  it('on samples and written edge cases', () => {
    for (const text of written) assert.deepStrictEqual(plain(tokenize(text)), refTokens(text), text.slice(0, 60));
  });
  it('on random strings of the characters that matter', () => {
    const alphabet = ['a', 's', 'S', 'T', 'é', 'É', 'Ω', '中', '𝐀', '😀', '1', '123', '٣', '３', "'", '’', '.', '&', '-', ',', ';', ':', '—', '–', '―', '(', ')', '!', '?', ' ', '\n', '\ud800', '\udc00', '\u0301', '\u0303', 'A', 'Ã', 'Â', '\u00a7', '\u00a1', 'Mr', 'al', 're', '"', '“', '”', '\u00a0', 'said.', 'x. '];
    let seed = 7;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let i = 1 + rnd(24); i > 0; i--) text += alphabet[rnd(alphabet.length)];
      assert.deepStrictEqual(plain(tokenize(text)), refTokens(text), JSON.stringify(text));
    }
  });
  it('cuts sentence ranges at the line-break flag where a newline search cut them', () => {
    for (const text of written) {
      const toks = tokenize(text);
      assert.deepStrictEqual(sentenceRanges(toks), refSentenceRanges(toks, text));
    }
  });
  it('a name is never cut at its accent: a combining mark, or UTF-8 read as Latin-1 (PolNeAR train: Washington Post 2016-07-15, NYT 2016-05-31)', () => {
    assert.deepStrictEqual(tokenize('President Jose\u0301 Mujica and FranA\u0303\u00a7ois Hollande met Tom\u00c3\u00a1s Regalado.').map(t => t.t),
      ['President', 'Jose\u0301', 'Mujica', 'and', 'FranA\u0303\u00a7ois', 'Hollande', 'met', 'Tom\u00c3\u00a1s', 'Regalado', '.']);
  });
  it('a comma that groups digits is inside the number ("1,200"), any other is a token of its own', () => {
    assert.deepStrictEqual(tokenize('She said 1,200 people, 3,500,000 dollars and 2015, 200 more.').map(t => t.t),
      ['She', 'said', '1,200', 'people', ',', '3,500,000', 'dollars', 'and', '2015', ',', '200', 'more', '.']);
  });
  it('a title after a hyphen keeps its period and ends no sentence (PolNeAR train, Washington Post 2016-03-10: "then-Sen. Barack Obama")', () => {
    const text = 'She went through this in 2008 against then-Sen. Barack Obama, but from the other side.';
    assert.strictEqual(sentenceRanges(tokenize(text)).length, 1);
  });

  it('"No." is the answer and ends its sentence unless a number follows (PolNeAR train, Breitbart 2016-05-15: "the Republican presidential candidate said no. But he said …")', () => {
    const text = 'Trump said “no.” Clinton said “yes.” The No. 2 official and No. 10 Downing Street agreed.';
    const toks = tokenize(text);
    assert.deepStrictEqual(toks.filter(t => /^no\.?$/i.test(t.t)).map(t => t.t), ['no', 'No.', 'No.']);
    assert.strictEqual(sentenceRanges(toks).length, 3);
  });
});

describe('quotes: a nickname in double quotes inside a name (tokens.ts markQuotedNicknames)', () => {
  const nicks = (text: string): string[] => tokenize(text).filter(t => t.nick).map(t => t.t);
  it('past a middle initial: \'Rep. Robert C. "Bobby" Scott\' (PolNeAR dev, Washington Post 2016-09-08), \'Rep. Lawrence T. "Larry" Whitfield-Ames\' (test/fixtures/us-probes)', () => {
    assert.deepStrictEqual(nicks('In a tradition he has kept for 40 years, Rep. Robert C. "Bobby" Scott threw open his family\'s sprawling back yard.'), ['Bobby']);
    assert.deepStrictEqual(nicks('Rep. Lawrence T. "Larry" Whitfield-Ames (D-Va.) said the stopgap only delayed the fight.'), ['Larry']);
    // (no given name before the initial: 'Plan B. "Yes" Vote' is no name)
    assert.deepStrictEqual(nicks('They backed the Plan B. "Yes" Vote was the slogan.'), []);
  });
});
