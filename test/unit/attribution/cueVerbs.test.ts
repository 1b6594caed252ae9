/** The cue verbs' forms, generated from compromise's conjugations (scripts/cue-lexicon.mjs). */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';
import { CUES } from '../../../src/core/quotes/lexicon';

describe('attribution: the cue verbs generated from compromise', () => {
  it('src/core/quotes/cueVerbs.generated.ts is what scripts/cue-lexicon.mjs writes from cueVerbs.json and the installed compromise', () => {
    const root = path.join(__dirname, '..', '..', '..', '..');
    assert.doesNotThrow(() => execFileSync(process.execPath, [path.join(root, 'scripts', 'cue-lexicon.mjs'), '--check'], { stdio: 'pipe' }));
  });
  it('holds the forms of a regular, an irregular and a spelled-out verb', () => {
    for (const w of ['say', 'said', 'says', 'saying', 'wrote', 'written', 'tweeted', 'criticised', 'pled']) assert.ok(CUES.has(w), w);
  });
});
