import * as assert from 'assert';
import { analyzeCorpus } from '../../src/core/analyze';
import { csvCell, toQuotesCsv } from '../../src/core/export/csv';
import { toDoccanoJsonl } from '../../src/core/export/doccano';
import { toWebAnnotations } from '../../src/core/export/webAnnotation';
import { toBrat } from '../../src/core/export/brat';
import { codePointOffsets } from '../../src/core/text/offsets';
import { readSample, sampleFiles } from './helpers';

const texts = new Map(sampleFiles().map(f => [f, readSample(f)]));
const result = analyzeCorpus([...texts].map(([file, text]) => ({ file, text })));
const docs = result.documents.map(doc => ({ doc, text: texts.get(doc.file)! }));

/** Parse RFC 4180 CSV (quoted fields may hold commas, quotes and newlines). */
function parseCsv(s: string): string[][] {
  const rows: string[][] = []; let row: string[] = []; let cell = ''; let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) { if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') q = false; else cell += c; }
    else if (c === '"') q = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && s[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

describe('exports', () => {
  it('code-point offsets count an astral character once', () => {
    const cp = codePointOffsets('a😀b "c"');
    assert.deepStrictEqual([cp(0), cp(1), cp(3), cp(4), cp(8)], [0, 1, 2, 3, 7]);
  });

  it('CSV of quotes: one row per quote with file, line, speaker, quote and cue, quoting intact', () => {
    const rows = parseCsv(toQuotesCsv(docs));
    assert.deepStrictEqual(rows[0], ['file', 'line', 'speaker', 'quote', 'cue', 'kind']);
    assert.strictEqual(rows.length - 1, result.documents.reduce((n, d) => n + d.quotes.length, 0));
    const first = result.documents[0].quotes[0];
    assert.strictEqual(rows[1][3], first.text);
    assert.strictEqual(rows[1][5], first.kind ?? 'direct');
    assert.ok(rows.some(r => r[5] === 'indirect') && rows.some(r => r[5] === 'direct'));
    const text = texts.get(rows[1][0])!;
    assert.strictEqual(text.split('\n')[Number(rows[1][1]) - 1].includes(first.text.slice(1, 20)), true);
  });

  it('doccano JSONL: entities in code points that slice back to the quoted text, SaidBy relations', () => {
    const lines = toDoccanoJsonl(docs).trim().split('\n').map(l => JSON.parse(l));
    assert.strictEqual(lines.length, docs.length);
    for (const l of lines) {
      const cps = [...l.text];
      for (const e of l.entities) assert.ok(cps.slice(e.start_offset, e.end_offset).join('').length > 0);
      const ids = new Set(l.entities.map((e: any) => e.id));
      for (const r of l.relations) assert.ok(ids.has(r.from_id) && ids.has(r.to_id) && r.type === 'SaidBy');
      const quote = l.entities.find((e: any) => e.label === 'Quote');
      if (quote) assert.match(cps.slice(quote.start_offset, quote.end_offset).join(''), /^["“'‘«]/);
      // reported speech has its own label, and its speaker too
      for (const r of l.entities.filter((e: any) => e.label === 'IndirectQuote')) assert.ok(l.relations.some((x: any) => x.from_id === r.id));
    }
  });

  it('W3C Web Annotation: one linking annotation per group, selectors consistent with the text', () => {
    const anno: any = toWebAnnotations(result, { sourceOf: f => `file:///articles/${f}`, textOf: f => texts.get(f) });
    assert.strictEqual(anno['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.strictEqual(anno.type, 'AnnotationCollection');
    const items = anno.first.items;
    assert.strictEqual(items.length, result.duplicates.length + (result.quoteVariants?.length ?? 0));
    assert.ok(items.length > 0);
    for (const a of items) {
      assert.strictEqual(a.motivation, 'linking');
      assert.ok(a.target.length >= 2);
      for (const t of a.target) {
        const [quote, pos] = t.selector;
        const text = texts.get(t.source.replace('file:///articles/', ''))!;
        assert.strictEqual([...text].slice(pos.start, pos.end).join(''), quote.exact);
        assert.ok(text.includes(quote.prefix + quote.exact + quote.suffix));
      }
    }
    // a group's paraphrases are its last targets (samples: AP 002 and 003 report Lavrov's words on Syrian lives)
    const lives = items.find((a: any) => a.target.some((t: any) => t.selector[0].exact.includes('more and more lives of Syrian citizens')));
    assert.match(lives.body.value, /the last \d+ targets are paraphrases \(reported speech/);
    const n = Number(/the last (\d+) targets/.exec(lives.body.value)![1]);
    const last = lives.target.slice(-n).map((t: any) => t.selector[0].exact);
    assert.ok(last.filter((e: string) => e.startsWith('the Syrian opposition risks sacrificing many more lives')).length === 2, last.join(' | '));
  });

  it('brat: a span over a line break becomes fragments; figures carry their value as a note', () => {
    const text = 'He said: "One.\nTwo," and 45,000 people came.';
    const ann = toBrat({ file: 'x.txt', quotes: [{ start: 9, end: 20, text: text.slice(9, 20), speaker: { name: 'He', start: 0, end: 2 } }], speakers: [], figures: [{ start: 25, end: 38, text: '45,000 people', value: 45000, unit: 'person' }] }, text);
    assert.match(ann, /^T1\tQuote 9 14;15 20\t"One\. Two,"$/m);
    assert.match(ann, /^R1\tSaidBy Arg1:T1 Arg2:T2$/m);
    assert.match(ann, /^#\d+\tAnnotatorNotes T3\tvalue=45000 unit=person$/m);
  });

  it('brat: lines ending in \\r or \\r\\n split a span into fragments with no line break inside', () => {
    for (const eol of ['\r', '\r\n']) {
      const text = `He said: "One.${eol}Two," then left.`;
      const end = text.indexOf(',"') + 2;
      const ann = toBrat({ file: 'x.txt', quotes: [{ start: 9, end, text: text.slice(9, end), speaker: { name: 'He', start: 0, end: 2 } }], speakers: [], figures: [] }, text);
      const second = 14 + eol.length;
      assert.match(ann, new RegExp(`^T1\tQuote 9 14;${second} ${end}\t"One\\. Two,"$`, 'm'), JSON.stringify(ann));
    }
  });

  it('CSV: a cell that a spreadsheet would run as a formula is written as text (OWASP CSV injection)', () => {
    for (const v of ['=HYPERLINK("http://evil.example","x")', '+1+2', '-2+3', '@SUM(A1:A2)', '\tx', '\rx']) {
      const cell = csvCell(v);
      assert.ok(cell.startsWith(`"'`), `${JSON.stringify(v)} -> ${cell}`);
      assert.deepStrictEqual(parseCsv(`${cell}\r\n`)[0], [`'${v}`]);
    }
    assert.strictEqual(csvCell('“We will,” he said'), '"“We will,” he said"');
    assert.strictEqual(csvCell(12), '12');
    assert.strictEqual(csvCell('Sergei Lavrov'), 'Sergei Lavrov');
  });

  it('CSV: the line column counts lines ended by \\r, \\r\\n or \\n, as the editor does', () => {
    const text = 'Title\rBy A. Writer\r\rMOSCOW — "We will," Lavrov said.\nEnd.';
    const start = text.indexOf('"We');
    const csv = toQuotesCsv([{ doc: { file: 'cr.txt', quotes: [{ start, end: start + 10, text: text.slice(start, start + 10), speaker: { name: 'Lavrov' } }], speakers: [], figures: [] }, text }], n => `Sergei ${n}`);
    assert.deepStrictEqual(parseCsv(csv)[1].slice(0, 3), ['cr.txt', '4', 'Sergei Lavrov']);
  });
});
