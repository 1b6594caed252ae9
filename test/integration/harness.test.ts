/**
 * The harness itself, checked from inside the extension host: these tests run in a real VS Code 1.100
 * (code-server here, VS Code desktop under @vscode/test-electron), with News Lens loaded from the working tree
 * as the extension under development, and a temporary copy of the sample articles as the only workspace folder.
 */
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

const EXT = 'news-lens.news-lens';
const REPO = path.resolve(__dirname, '..', '..', '..');

describe('harness: a real VS Code extension host', () => {
  it('is VS Code 1.100 or later, matching engines.vscode', () => {
    const [major, minor] = vscode.version.split('.').map(Number);
    assert.ok(major > 1 || minor >= 100, `VS Code ${vscode.version}`);
  });

  it('loads News Lens from the working tree as the extension under development', () => {
    const ext = vscode.extensions.getExtension(EXT);
    assert.ok(ext, `${EXT} is loaded`);
    assert.strictEqual(path.resolve(ext.extensionUri.path), REPO);
  });

  it('opens one workspace folder: a temporary copy of the five samples, not media/samples itself', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1);
    const dir = folders[0].uri.fsPath;
    assert.notStrictEqual(path.resolve(dir), path.join(REPO, 'media', 'samples'));
    const names = (await vscode.workspace.fs.readDirectory(folders[0].uri)).map(([n]) => n).filter(n => n.endsWith('.txt')).sort();
    const originals = (await vscode.workspace.fs.readDirectory(vscode.Uri.file(path.join(REPO, 'media', 'samples')))).map(([n]) => n).filter(n => n.endsWith('.txt')).sort();
    assert.strictEqual(originals.length, 5);
    assert.deepStrictEqual(originals.filter(n => !names.includes(n)), [], 'every sample is in the workspace');
    const copy = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folders[0].uri, originals[0]));
    const original = await vscode.workspace.fs.readFile(vscode.Uri.file(path.join(REPO, 'media', 'samples', originals[0])));
    assert.ok(Buffer.from(copy).equals(Buffer.from(original)), `${originals[0]} is an exact copy`);
  });
});
