import * as assert from 'assert';
import { checkPassage, parseWebviewMessage } from '../../src/extension/panel/messages';

describe('panel messages: what the webview sends is validated', () => {
  const passage = { file: 'file:///ws/003_766a015ac4dc8b77.txt', start: 1226, end: 1618 };

  it('accepts the four message shapes, rebuilt from known fields only', () => {
    assert.deepStrictEqual(parseWebviewMessage({ type: 'ready', extra: 1 }), { type: 'ready', thisFileOnly: false });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'ready', thisFileOnly: true }), { type: 'ready', thisFileOnly: true });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'filter', thisFileOnly: 'yes' }), { type: 'filter', thisFileOnly: false });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'filter', thisFileOnly: true }), { type: 'filter', thisFileOnly: true });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'open', passage: { ...passage, evil: '<script>' } }), { type: 'open', passage });
    const right = { file: 'file:///ws/002_f17298152769845d.txt', start: 1394, end: 1786 };
    assert.deepStrictEqual(parseWebviewMessage({ type: 'compare', left: passage, right }), { type: 'compare', left: passage, right });
  });

  it('refuses anything else', () => {
    const bad: unknown[] = [
      null, undefined, 'open', 42, [], {}, { type: 'openFile', passage },
      { type: 'open' },
      { type: 'open', passage: { ...passage, file: '' } },
      { type: 'open', passage: { ...passage, file: 7 } },
      { type: 'open', passage: { ...passage, file: 'x'.repeat(5000) } },
      { type: 'open', passage: { ...passage, start: -1 } },
      { type: 'open', passage: { ...passage, start: 1.5 } },
      { type: 'open', passage: { ...passage, start: '12' } },
      { type: 'open', passage: { ...passage, end: Infinity } },
      { type: 'open', passage: { ...passage, start: 20, end: 10 } },
      { type: 'compare', left: passage },
      { type: 'compare', left: passage, right: { file: 'a', start: 0 } },
    ];
    for (const m of bad) assert.strictEqual(parseWebviewMessage(m), undefined, JSON.stringify(m));
  });

  it('lets the host act only on passages of indexed files, inside their text', () => {
    const lengths = new Map([[passage.file, 4200]]);
    const textLength = (f: string) => lengths.get(f);
    assert.strictEqual(checkPassage(passage, textLength), undefined);
    assert.match(checkPassage({ ...passage, file: 'file:///etc/passwd' }, textLength) ?? '', /not one of the indexed article files/);
    assert.match(checkPassage({ ...passage, file: '/ws/../etc/passwd' }, textLength) ?? '', /not one of the indexed/);
    assert.match(checkPassage({ ...passage, end: 4201 }, textLength) ?? '', /outside/);
  });
});
