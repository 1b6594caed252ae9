/**
 * Character tests that stand in for regular expressions where the rules run them per token (for speed: issue #12 /
 * #16, the CLI against the compromise-only peer): each gives exactly what the expression it replaces gave.
 */
import * as assert from 'assert';
import { tokenize } from '../../src/core/quotes/tokens';
import { digitFirst, upperFirst } from '../../src/core/text/wordShape';
import { endsInNt, withoutFinalPeriod } from '../../src/core/text/endings';
import { isLongRegularPast } from '../../src/core/quotes/lexicon';
import { andBeforeDepartment, DEPARTMENT_WORD, titleBeforePortfolio } from '../../src/core/people/portfolio';
import { isBodyName } from '../../src/core/people/personName';
import { isVietnameseFamilyName } from '../../src/core/people/lexicon';
import { allDigits, endsOnComma, isSpaceAt, isSpaceCode } from '../../src/core/text/wordShape';

/** Random strings of `alphabet`'s pieces (a fixed seed: the same strings every run). */
function randomStrings(alphabet: string[], count: number, maxPieces: number): string[] {
  let seed = 11;
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    for (let i = rnd(maxPieces + 1); i > 0; i--) text += alphabet[rnd(alphabet.length)];
    out.push(text);
  }
  return out;
}

describe('hand readers give what their regular expressions gave', () => {
  it('quotes: a token opening with a capital (/^\\p{Lu}/u) or a digit (/^\\d/)', () => {
    const alphabet = ['A', 'a', 'É', 'é', 'Ω', 'ω', '𝐀', '𝐚', '1', '９', '٣', ' ', '.', '\ud835', 'ǅ', 'Ⅻ', 'İ'];
    for (const t of randomStrings(alphabet, 3000, 3)) {
      assert.strictEqual(upperFirst(t), /^\p{Lu}/u.test(t), JSON.stringify(t));
      assert.strictEqual(digitFirst(t), /^\d/.test(t), JSON.stringify(t));
    }
  });

  it('a word of digits only (/^\\d+$/)', () => {
    const alphabet = ['1', '0', '9', '９', '٣', 'a', ' ', '\n', ',', '.'];
    for (const t of randomStrings(alphabet, 3000, 4)) assert.strictEqual(allDigits(t), /^\d+$/.test(t), JSON.stringify(t));
  });

  it('a blank (/\\s/ on one character), on every code unit and past either end of a text', () => {
    for (let c = 0; c <= 0xffff; c++) assert.strictEqual(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), c.toString(16));
    const text = 'a \u00a0b\u3000';
    for (let i = -2; i <= text.length + 1; i++) assert.strictEqual(isSpaceAt(text, i), /\s/.test(text[i]), String(i));
  });

  it('a span ending on a comma and blanks (/,\s*$/ on the slice), read back from its end, past the text\'s end too', () => {
    // (the adjunct's comma before a cue: "And he wants to avoid giving any grist to her opponents, recalling how …")
    const text = 'he wants to avoid it, \u00a0recalling, x ,';
    for (let from = 0; from <= text.length; from++) {
      for (let to = from; to <= text.length + 2; to++) assert.strictEqual(endsOnComma(text, from, to), /,\s*$/.test(text.slice(from, to)), `${from}-${to}`);
    }
  });

  it('word endings: "n\'t" (/n[\'’]t$/), a long regular past (/[^e]ed$/), a final period (replace /\.$/)', () => {
    const alphabet = ['n', 'N', 't', 'T', "'", '’', 'e', 'E', 'd', 'D', 'a', '.', '\n', 'é'];
    for (const t of randomStrings(alphabet, 4000, 6)) {
      assert.strictEqual(endsInNt(t), /n['’]t$/.test(t), JSON.stringify(t));
      assert.strictEqual(isLongRegularPast(t), t.length > 4 && /[^e]ed$/.test(t), JSON.stringify(t));
      assert.strictEqual(withoutFinalPeriod(t), t.replace(/\.$/, ''), JSON.stringify(t));
    }
  });

  it('portfolio: "and" (/^and$/i) and a department\'s word (its expression), by lookups first', () => {
    const DEPARTMENT = /^(?:works|highways|supply|urban|sustainability|electricity|internal|state|defen[cs]e|homeland|home|security|national|intelligence|staff|treasury|labou?r|energy|commerce|agriculture|education|transportation|transport|health|interior|justice|veterans|affairs|foreign|housing|finance|war|navy|army|petroleum|presidency|food|research|science|technology|information|water|resources|natural|railways|planning|development|trade|industries|industry|environment|climate|welfare|power|irrigation|mines|minerals|fisheries|oceans|rural|maritime|social|tourism|culture|sports?|youth|immigration|communications|forestry|forests|lands|livestock|biosecurity|light|infrastructure|employment|economy|economic|opposition|the)$/i;
    const words = ['Forests', 'lands', 'LIVESTOCK', 'Biosecurity', 'Light', 'Health', 'HEALTH', 'health', 'Defence', 'defense', 'Labour', 'labor', 'Sport', 'Sports', 'works', 'wor\u212As', 'The', 'thé', 'Healths', 'Health’s', 'and', 'AND', 'And', 'aNd', 'an', 'andy', 'ａnd', ''];
    for (const w of words) {
      assert.strictEqual(DEPARTMENT_WORD.test(w), DEPARTMENT.test(w), w);
      assert.strictEqual(andBeforeDepartment(w, 'Health'), /^and$/i.test(w), w);
    }
    // (on tokens: a possessive's lower case is a department's word, the token is not)
    const toks = tokenize('Minister of Health’s and Welfare Minister for Health and Welfare Jeong Hye-rim said.');
    assert.strictEqual(titleBeforePortfolio(toks, 5), -1);
    assert.strictEqual(titleBeforePortfolio(toks, 8), 5);
    assert.strictEqual(titleBeforePortfolio(toks, 10), 5);
  });

  it('people: a body\'s name, its answer kept by the words (not by the words joined with spaces)', () => {
    assert.strictEqual(isBodyName(['Toronto', 'Public', 'Health']), true);
    assert.strictEqual(isBodyName(['Toronto', 'Public', 'Health']), true);
    assert.strictEqual(isBodyName(['Washington', 'Post']), true);
    // (two words and one word holding a space are asked apart: the second answer is not the first's, kept)
    assert.strictEqual(isBodyName(['Public', 'Health']), true);
    assert.strictEqual(isBodyName(['Public Health']), false);
    assert.strictEqual(isBodyName(['Jane', 'Smith']), false);
  });

  it('people: a Vietnamese family name, a word longer than the longest answered before it is lower-cased', () => {
    const names = 'nguyen|tran|le|pham|hoang|huynh|phan|vu|vo|dang|bui|do|ho|ngo|duong|ly|dao|dinh|trinh|truong'.split('|');
    const read = (w: string): boolean => /^\p{Lu}/u.test(w) && names.includes(w.toLowerCase());
    const words = ['Nguyen', 'NGUYEN', 'nguyen', 'Truong', 'Truongs', 'Le', 'LE', 'Ly', 'Hoang', 'Hoanger', 'Pham', 'Phạm', 'İe', 'Do', 'Dos', '', 'Ngo', 'Ngô'];
    for (const w of words) assert.strictEqual(isVietnameseFamilyName(w), read(w), w);
  });
});
