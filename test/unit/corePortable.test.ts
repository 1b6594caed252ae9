/**
 * The engine (src/core) runs in Node, in a worker and in a browser (the web worker extension host): it may use no Node
 * API and no `vscode`. A `process.env` read left in a rule file made the web host show no decorations (10th session);
 * this test reads the sources so that such a line fails here, not only in the real-workbench tests.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const CORE = path.join(__dirname, '..', '..', '..', 'src', 'core');
/** Node globals and modules, and the editor's API. */
const FORBIDDEN = /\bprocess\s*\.|\bBuffer\s*\.|\brequire\s*\(|\b__dirname\b|from\s+['"](?:node:)?(?:fs|os|path|child_process|worker_threads|crypto|zlib|vm|module|vscode)['"]/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** The code of a file without its comments and string contents (a comment may name `process.env`). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

describe('the engine is portable (src/core)', () => {
  it('uses no Node API and no vscode in any file', () => {
    const files = sources(CORE);
    assert.ok(files.length > 50, `only ${files.length} files under ${CORE}`);
    const bad = files.filter(f => FORBIDDEN.test(code(fs.readFileSync(f, 'utf8')))).map(f => path.relative(CORE, f));
    assert.deepStrictEqual(bad, []);
  });
});
