import * as assert from 'assert';
import { diffText, parsePassageQuery, passageQuery } from '../../src/extension/panel/passageText';
import { readSample } from './helpers';

describe('panel Compare: passage documents', () => {
  it('lays a passage out one clause a line, so reflowed copies compare equal and an edit stays on its line', () => {
    const a = 'MOSCOW — Russia’s foreign minister said Saturday that Syrian President Bashar Assad has no intention of\nstepping down, and it would be impossible to try to persuade him otherwise.';
    const b = 'Russia’s foreign minister said Saturday that Syrian President Bashar Assad has no intention of stepping down, and it would be impossible to try to persuade him otherwise.';
    assert.strictEqual(diffText(a), 'MOSCOW —\nRussia’s foreign minister said Saturday\nthat Syrian President Bashar Assad has no intention of stepping down,\nand it would be impossible to try to persuade him otherwise.\n');
    assert.deepStrictEqual(diffText(a).split('\n').slice(1), diffText(b).split('\n'));
    const quote = '"We have said frankly that we will not go to Moscow," Ahmed Moaz al-Khatib told Al-Jazeera television. He added: "No."';
    assert.deepStrictEqual(diffText(quote).split('\n'), ['"We have said frankly that we will not go to Moscow,"', 'Ahmed Moaz al-Khatib told Al-Jazeera television.', 'He added:', '"No."', '']);
  });

  it('keeps every word of a sample passage, in order', () => {
    const text = readSample('003').slice(0, 1618);
    assert.deepStrictEqual(diffText(text).split(/\s+/).filter(Boolean), text.split(/\s+/).filter(Boolean));
  });

  it('names the passage in the URI query and reads back only well-formed ones', () => {
    const ref = { file: 'file:///ws/My Articles/003 & co?.txt', start: 12, end: 240 };
    assert.deepStrictEqual(parsePassageQuery(passageQuery(ref)), ref);
    for (const q of ['', 'file=a&start=1', 'file=a&start=-1&end=3', 'file=a&start=5&end=3', 'file=a&start=1e3&end=2000', 'file=&start=0&end=1', 'start=0&end=1']) {
      assert.strictEqual(parsePassageQuery(q), undefined, q);
    }
  });
});
