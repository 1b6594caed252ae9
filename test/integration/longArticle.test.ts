/**
 * A long article (over WINDOWED_FROM characters) is decorated around what the editor shows, and the decorated
 * window follows the editor when it scrolls or jumps to a far line; the overview ruler still marks the whole
 * article. An ordinary article is decorated whole (extension.test.ts).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension/api';
import { WINDOWED_FROM } from '../../src/extension/decorations';

const EXT = 'news-lens.news-lens';
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

async function until<T>(what: string, fn: () => T | undefined | false, ms = 60_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

describe('a long article is decorated around the visible lines', function () {
  this.timeout(180_000);
  let uri: vscode.Uri | undefined;
  let edited: vscode.TextDocument | undefined;

  after(async () => {
    // the edit is never saved: revert it before the file goes
    if (edited) await vscode.window.showTextDocument(edited);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (uri) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('shows the decorations of the visible part, follows a jump to the end and back, and marks the whole ruler', async () => {
    const a = await vscode.extensions.getExtension<NewsLensApi>(EXT)?.activate() as NewsLensApi;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(a && folder);
    const samples: string[] = [];
    for (const [name] of await vscode.workspace.fs.readDirectory(folder)) {
      if (/^00\d_.*\.txt$/.test(name)) samples.push(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name))));
    }
    let text = '';
    for (let i = 0; text.length < WINDOWED_FROM * 1.3; i++) text += samples[i % samples.length] + '\n\n';
    uri = vscode.Uri.joinPath(folder, 'zz-long-article.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const doc = (edited = await vscode.workspace.openTextDocument(uri));
    const editor = await vscode.window.showTextDocument(doc);
    await until('the long article analysed and decorated', () => {
      const s = a.testing!.decorations.shownRanges(editor);
      return a.testing!.articles.forDocument(doc)?.analysis && s.window && s.quotes.length > 0 && s;
    });

    const lineOf = (r: vscode.Range) => r.start.line;
    const kinds = ['quotes', 'unattributedQuotes', 'speakers', 'figures', 'smallCounts', 'crossSource'] as const;
    const key = (rs: vscode.Range[]) => rs.map(r => [r.start.line, r.start.character, r.end.line, r.end.character]).sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || x[3] - y[3]);
    /** Each category's ranges that meet the shown window, as the article holds them now. */
    const expectedIn = (w: { start: number; end: number }) => {
      const all = a.testing!.decorations.rangesFor(editor);
      return Object.fromEntries(kinds.map(k => [k, all[k].filter(r => doc.offsetAt(r.end) > w.start && doc.offsetAt(r.start) < w.end)])) as Record<typeof kinds[number], vscode.Range[]>;
    };
    const check = async (where: string) => {
      // (the corpus index's snapshot reaches the article at once and the refresh it causes up to 50 ms later —
      // articles.ts batches its change events — so the decorations are waited for until they show what the article
      // holds, not checked once when no refresh happens to be running)
      await until(`${where}: the refresh done and the window showing what the article holds`, () => {
        if (!a.testing!.decorations.isSettled(editor)) return false;
        const s = a.testing!.decorations.shownRanges(editor);
        if (!s.window) return false;
        const expected = expectedIn(s.window);
        return kinds.every(k => JSON.stringify(key(s[k])) === JSON.stringify(key(expected[k])));
      }, 10_000).catch(() => undefined);
      const s = a.testing!.decorations.shownRanges(editor);
      assert.ok(s.window, `${where}: a window`);
      const w = s.window;
      const [from, to] = [doc.offsetAt(editor.visibleRanges[0].start), doc.offsetAt(editor.visibleRanges[editor.visibleRanges.length - 1].end)];
      assert.ok(w.start <= from && to <= w.end, `${where}: the window ${w.start}-${w.end} covers the visible ${from}-${to}`);
      const expected = expectedIn(w);
      // exactly the category's ranges that meet the window, no more
      for (const k of kinds) assert.deepStrictEqual(key(s[k]), key(expected[k]), `${where}: ${k} in the window`);
      const all = a.testing!.decorations.rangesFor(editor);
      assert.ok(s.quotes.length < all.quotes.length / 2, `${where}: only part of the ${all.quotes.length} quotes is sent`);
      assert.ok(s.speakers.length > 0 && s.figures.length > 0, `${where}: speakers and figures near the visible lines`);
      return s;
    };

    const top = await check('at the top');
    assert.strictEqual(top.window?.start, 0);
    // the ruler marks every category over the whole article, not only the window
    const lastLine = doc.lineCount - 1;
    assert.ok(top.rulerMarks.quotes.length > 10 && top.rulerMarks.quotes.length <= 300, `${top.rulerMarks.quotes.length} ruler marks for quotes`);
    assert.ok(Math.max(...top.rulerMarks.quotes.map(lineOf)) > lastLine * 0.9, 'ruler marks reach the end of the article');
    assert.ok(Math.max(...top.rulerMarks.figures.map(lineOf)) > lastLine * 0.9, 'ruler marks of figures too');

    // jump to the end: the window follows
    editor.revealRange(new vscode.Range(lastLine, 0, lastLine, 0), vscode.TextEditorRevealType.AtTop);
    editor.selection = new vscode.Selection(lastLine, 0, lastLine, 0);
    await until('the window at the end', () => (a.testing!.decorations.shownRanges(editor).window?.end ?? 0) >= doc.getText().length);
    await until('the refresh done', () => a.testing!.decorations.isSettled(editor));
    const end = await check('at the end');
    assert.ok(Math.max(...end.quotes.map(lineOf)) > lastLine * 0.8, 'quotes near the end are decorated');

    // and back to the middle
    const mid = Math.floor(lastLine / 2);
    editor.revealRange(new vscode.Range(mid, 0, mid, 0), vscode.TextEditorRevealType.InCenter);
    await until('the window in the middle', () => {
      const w = a.testing!.decorations.shownRanges(editor).window;
      const o = doc.offsetAt(new vscode.Position(mid, 0));
      return w && w.start <= o && o <= w.end && w.start > 0;
    });
    await check('in the middle');

    // an edit: the new text's analysis is decorated in the window where the editor is
    await editor.edit(e => e.insert(new vscode.Position(mid, 0), '“We will not change our position,” Sergei Lavrov said on Saturday.\n\n'));
    const version = doc.version;
    await until('the edited text analysed and decorated', () => {
      const s = a.testing!.decorations.shownRanges(editor);
      return a.testing!.articles.forDocument(doc)?.version === version && s.quotes.some(r => r.start.line === mid) && s;
    });
    await check('after an edit');
  });
});
