import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { citation, isDirect } from '../../src/extension/citation';
import { readSample, sampleFiles } from './helpers';

describe('Copy Quote with Attribution: the citation', () => {
  const file = sampleFiles().find(f => f.startsWith('003_'))!;
  const doc = analyzeText(file, readSample(file));

  it('cites a direct quote in its quotation marks, with the speaker and the cue', () => {
    const q = doc.quotes.find(x => isDirect(x) && x.speaker && x.cue && /no possibility/.test(x.text))!;
    assert.ok(q, 'the quote of sample 003');
    assert.strictEqual(citation(q, 'Sergei Lavrov', file, 4), `${q.text.trim()} — Sergei Lavrov (${q.cue!.text}), ${file}, line 4`);
  });

  it('never puts reported speech in quotation marks: it says it is reported speech', () => {
    const q = doc.quotes.find(x => !isDirect(x) && x.speaker)!;
    assert.ok(q, 'sample 003 has reported speech');
    const c = citation(q, 'Sergei Lavrov', file, 9);
    assert.ok(c.startsWith(q.text.trim()), c);
    assert.match(c, / — reported speech of Sergei Lavrov/);
    assert.strictEqual(citation({ ...q, speaker: null }, undefined, file, 9).includes('reported speech, no speaker found'), true);
  });
});
