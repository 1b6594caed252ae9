import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';

describe('figures: the lexicon generated from compromise', () => {
  it('src/core/figures/lexicon.generated.ts is what scripts/gen-figure-lexicon.mjs writes from the installed compromise', () => {
    const root = path.join(__dirname, '..', '..', '..');
    assert.doesNotThrow(() => execFileSync(process.execPath, [path.join(root, 'scripts', 'gen-figure-lexicon.mjs'), '--check'], { stdio: 'pipe' }));
  });
});
