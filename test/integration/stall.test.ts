/**
 * For `npm run bench` (issue 7), measured where it happens — inside the extension host — and never asserted:
 * the longest stall of the extension host's event loop while News Lens annotates a 1 MB article, and the
 * activation time. Written into .bench/editor.json beside the timings of the end-to-end suite.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { monitorEventLoopDelay } from 'perf_hooks';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension/api';

const EXT = 'news-lens.news-lens';

describe('extension host responsiveness (recorded for npm run bench)', function () {
  this.timeout(240_000);

  it('annotates a 1 MB article and records the longest event-loop stall', async () => {
    const ext = vscode.extensions.getExtension<NewsLensApi>(EXT);
    assert.ok(ext);
    const api = await ext.activate();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(folder);
    const samples: string[] = [];
    for (const [name] of await vscode.workspace.fs.readDirectory(folder)) {
      if (/^00\d_.*\.txt$/.test(name)) samples.push(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name))));
    }
    let big = '';
    for (let i = 0; big.length < 1_000_000; i++) big += samples[i % samples.length] + '\n\n';
    const uri = vscode.Uri.joinPath(folder, 'zz-stall-1mb.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(big));
    const h = monitorEventLoopDelay({ resolution: 10 });
    h.enable();
    const t0 = Date.now();
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      for (;;) {
        const a = api.articles.forDocument(doc);
        if (a?.analysis && api.articles.corpusNow?.has(a.key)) { api.articles.corpusNow.passagesOf(a.key); break; }
        if (Date.now() - t0 > 200_000) throw new Error('the 1 MB article was not analysed');
        await new Promise(r => setTimeout(r, 50));
      }
      const annotateMs = Date.now() - t0;
      h.disable();
      const out = path.join(ext.extensionPath, '.bench');
      fs.mkdirSync(out, { recursive: true });
      const file = path.join(out, 'editor.json');
      const had = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
      fs.writeFileSync(file, JSON.stringify({ ...had, activationMs: api.activationMs, hostAnnotate1MBMs: annotateMs, hostLongestStallMs: Math.round(h.max / 1e6), hostStallP99Ms: Math.round(h.percentile(99) / 1e6) }, null, 1));
    } finally {
      h.disable();
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
