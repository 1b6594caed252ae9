/** Article files in UTF-16 (with a byte-order mark) and Windows-1252 / latin-1: decoded, and the encoding reported. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeText } from '../../src/core/analyze';
import { decodeArticle, decodeWindows1252 } from '../../src/core/text/decode';
import { runCli } from '../../src/cli';
import { checkDocument } from './invariants';
import { captureIO } from './helpers';

const SENTENCE = 'José Martínez said: “We will not go to Moscow,” he added. Ça coûte 45 000 €.';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = bigEndian ? 0xfe : 0xff; out[1] = bigEndian ? 0xff : 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

/** The sentence in Windows-1252: é í Ç û as latin-1 bytes, the curly quotes as 0x93 / 0x94, the euro as 0x80. */
function cp1252(text: string): Uint8Array {
  const high: Record<string, number> = { '“': 0x93, '”': 0x94, '€': 0x80, '’': 0x92 };
  return Uint8Array.from([...text].map(ch => high[ch] ?? ch.charCodeAt(0)));
}

describe('encodings', () => {
  it('UTF-16 LE and BE with a byte-order mark: decoded, the mark not part of the text', () => {
    for (const be of [false, true]) {
      const d = decodeArticle(utf16(SENTENCE, be));
      assert.ok(d.ok, be ? 'BE' : 'LE');
      assert.strictEqual(d.ok && d.text, SENTENCE);
      assert.strictEqual(d.ok && d.encoding, be ? 'utf-16be' : 'utf-16le');
      const a = analyzeText('u16.txt', d.ok ? d.text : '');
      checkDocument(SENTENCE, a);
      assert.strictEqual(a.quotes[0]?.speaker?.name, 'José Martínez');
    }
  });

  it('Windows-1252 / latin-1 (invalid UTF-8, valid Windows-1252): "José Martínez" stays intact', () => {
    const d = decodeArticle(cp1252(SENTENCE));
    assert.ok(d.ok);
    assert.strictEqual(d.ok && d.encoding, 'windows-1252');
    assert.strictEqual(d.ok && d.text, SENTENCE);
    assert.strictEqual(analyzeText('l.txt', d.ok ? d.text : '').quotes[0]?.speaker?.name, 'José Martínez');
  });

  it('a UTF-8 byte-order mark before Windows-1252 text: the mark dropped, the text read as Windows-1252', () => {
    const d = decodeArticle(Uint8Array.from([0xef, 0xbb, 0xbf, ...cp1252(SENTENCE)]));
    assert.ok(d.ok && d.hadBom && d.encoding === 'windows-1252' && d.text === SENTENCE);
  });

  it('valid UTF-8 stays UTF-8', () => {
    const d = decodeArticle(new TextEncoder().encode(SENTENCE));
    assert.ok(d.ok && d.encoding === 'utf-8' && d.text === SENTENCE);
  });

  it('Windows-1252 maps 0x80–0x9F to its characters and the rest to latin-1', () => {
    assert.strictEqual(decodeWindows1252(Uint8Array.from([0x80, 0x85, 0x96, 0x97, 0x9f, 0xa0, 0xe9, 0xff, 0x41])), '€…–—Ÿ\u00a0éÿA');
  });

  it('the CLI reads both, keeps the offsets of the decoded text and says which encoding it read', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-enc-'));
    try {
      fs.writeFileSync(path.join(tmp, 'latin.txt'), cp1252(SENTENCE));
      fs.writeFileSync(path.join(tmp, 'u16be.txt'), utf16(SENTENCE, true));
      fs.writeFileSync(path.join(tmp, 'utf8.txt'), SENTENCE);
      const c = captureIO();
      assert.strictEqual(runCli(['analyze', '--json', tmp], c.io), 0);
      const json = JSON.parse(c.out());
      for (const d of json.documents) {
        assert.strictEqual(d.error, undefined, d.file);
        assert.strictEqual(d.quotes[0].text, '“We will not go to Moscow,”', d.file);
        assert.strictEqual(SENTENCE.slice(d.quotes[0].start, d.quotes[0].end), d.quotes[0].text, d.file);
        assert.strictEqual(d.quotes[0].speaker.name, 'José Martínez', d.file);
      }
      assert.match(c.err(), /latin\.txt: read as Windows-1252/);
      assert.match(c.err(), /u16be\.txt: read as UTF-16 BE/);
      assert.doesNotMatch(c.err(), /utf8\.txt/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  // a byte Windows-1252 leaves undefined (0x81) and a stray continuation byte: neither UTF-8 nor Windows-1252
  const NEITHER = Uint8Array.from([...new TextEncoder().encode('"We stay," said Lee. '), 0x81, 0x8d, 0x41]);

  it('neither UTF-8 nor Windows-1252: read as UTF-8 with U+FFFD, and marked so', () => {
    const d = decodeArticle(NEITHER);
    assert.ok(d.ok && d.encoding === 'utf-8' && d.invalidUtf8 === true && d.text.endsWith('\ufffd\ufffdA'));
    const valid = decodeArticle(new TextEncoder().encode(SENTENCE));
    assert.ok(valid.ok && valid.invalidUtf8 === undefined);
  });

  it('the CLI says on stderr when a file is not valid UTF-8, and still analyses it', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-enc-'));
    try {
      const file = path.join(tmp, 'broken.txt');
      fs.writeFileSync(file, NEITHER);
      for (const threads of [1, 2]) {
        const c = captureIO();
        assert.strictEqual(runCli(['analyze', '--json', file], c.io, { threads, workersOnly: threads > 1 }), 0);
        assert.match(c.err(), /broken\.txt: not valid UTF-8: read with each invalid byte sequence as U\+FFFD\n/, `${threads} thread(s)`);
        assert.strictEqual(JSON.parse(c.out()).documents[0].quotes[0].speaker.name, 'Lee');
      }
      assert.deepStrictEqual(fs.readFileSync(file), Buffer.from(NEITHER));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
