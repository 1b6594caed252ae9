import * as assert from 'assert';
import { lineBetween, outlineRuns } from '../../src/extension/outlineRuns';

// Paragraphs of sample 003 (AP): Lavrov quoted in paragraphs 1 and 2, Brahimi in 3, Lavrov again in 5.
const text = [
  '“The price for that precondition will be the loss of more Syrian lives,” Lavrov said.',
  'Lavrov said the coalition leader should “realize it would be in his own interests to hear our analysis directly from us.”',
  'Brahimi said that while some “little adjustments” could be made to the original plan, “it’s a valued basis for reasonable political process.”',
  'The Geneva plan calls for an open-ended cease-fire, a transitional government to run the country until elections.',
  '“We aren’t providing the Syrian regime with any offensive weapons,” Lavrov said.',
].join('\n');

function quote(inner: string, speaker: string) {
  const start = text.indexOf(inner) - 1;
  return { start, end: start + inner.length + 2, speaker };
}

describe('outline groups: a run of one speaker’s quotes, no wider than its children', () => {
  const quotes = [
    quote('The price for that precondition will be the loss of more Syrian lives,', 'Lavrov'),
    quote('realize it would be in his own interests to hear our analysis directly from us.', 'Lavrov'),
    quote('little adjustments', 'Brahimi'),
    quote('it’s a valued basis for reasonable political process.', 'Brahimi'),
    quote('We aren’t providing the Syrian regime with any offensive weapons,', 'Lavrov'),
  ];
  it('adjacent paragraphs of one speaker make one group; a paragraph with no quote between splits it', () => {
    const runs = outlineRuns(quotes, q => q.speaker, text);
    assert.deepStrictEqual(runs.map(r => `${r.key}:${r.items.length}`), ['Lavrov:2', 'Brahimi:2', 'Lavrov:1']);
    // the last Lavrov group does not reach back over the Geneva paragraph
    assert.ok(runs[2].items[0].start > text.indexOf('The Geneva plan'));
  });
  it('lineBetween: same line or blank lines only between two items is no line between', () => {
    assert.strictEqual(lineBetween('a “x” b “y”', 4, 7), false);
    assert.strictEqual(lineBetween('“x”\n\n“y”', 3, 5), false);
    assert.strictEqual(lineBetween('“x”\nother text\n“y”', 3, 15), true);
  });
});

import { LineTable } from '../../src/core/text/offsets';

describe('the one line table (editor positions and the panel\'s line numbers)', () => {
  it('breaks lines at \\r\\n, \\r and \\n as VS Code does', () => {
    const t = new LineTable('“One,” he said.\r\nTwo.\rThree.\nFour.');
    assert.deepStrictEqual([0, 17, 22, 29].map(o => t.lineOf(o)), [0, 1, 2, 3]);
    assert.strictEqual(t.offsetOfLine(1), 17);
    assert.strictEqual(t.endOfLine(0), 15, 'a line ends before its \\r\\n');
    assert.strictEqual(t.lineCount, 4);
  });
});
