// What a user runs besides reading: the palette's one entry per action, the side panel's export menu (the save
// dialog, the files written, the notification's Open and Reveal), the editor's context menu, and one name per
// person wherever a speaker is listed (sample Lavrov: "Sergei Lavrov", "Sergey Lavrov", "Sergei V. Lavrov", "Lavrov").
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { until } from './workbench.mjs';

const SAMPLE_003 = '003_766a015ac4dc8b77.txt';
const exportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-e2e-export-'));

/** The palette's rows for a typed text (their labels), then closes it. */
async function paletteRows(wb, typed) {
  await wb.page.keyboard.press('Escape');
  await wb.page.keyboard.press('F1');
  await wb.page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 15_000 });
  await wb.page.keyboard.type(typed, { delay: 10 });
  await wb.page.waitForTimeout(800);
  const rows = await wb.page.locator('.quick-input-list .monaco-list-row').evaluateAll(rs => rs.map(r => r.getAttribute('aria-label') ?? ''));
  await wb.page.keyboard.press('Escape');
  return rows;
}

/** Open the side panel's "…" menu and click an entry. */
async function panelMenu(wb, entry) {
  await wb.page.locator('.part.sidebar .composite.title').first().hover();
  await wb.page.locator('.part.sidebar .title-actions .action-label[aria-label*="More Actions"]').first().click({ timeout: 10_000 });
  const item = wb.page.locator('.monaco-menu .action-item .action-label', { hasText: entry }).first();
  await item.waitFor({ timeout: 10_000 });
  await wb.shot(`panel-menu-${entry}`);
  await item.click();
}

/** Answer VS Code's own save dialog (the simple, in-window one code-server shows) with a path. */
async function saveAs(wb, file) {
  const input = wb.page.locator('.quick-input-widget:not([style*="display: none"]) input').first();
  await input.waitFor({ timeout: 15_000 });
  // (the dialog writes its default path into the box once it has read the folder, which on a loaded machine can come
  // after our typing: type again until the box keeps the path a moment)
  await until(wb, 'the save dialog to keep the path typed', async () => {
    if ((await input.inputValue()) !== file) await input.fill(file);
    await wb.page.waitForTimeout(300);
    return (await input.inputValue()) === file;
  });
  await wb.page.keyboard.press('Enter');
}

/** The notification toast whose text matches, with its buttons' labels. */
async function toast(wb, re) {
  const t = wb.page.locator('.notifications-toasts .notification-toast', { hasText: re }).first();
  await t.waitFor({ timeout: 20_000 });
  return { toast: t, buttons: await t.locator('.monaco-button').allInnerTexts() };
}

/** Right-click a rendered text in the editor and pick a context-menu entry. */
async function contextMenu(wb, text, entry) {
  const pos = await wb.locate(text);
  if (!pos) throw new Error(`"${text}" is not rendered`);
  await wb.page.mouse.click(pos.x, pos.y, { button: 'right' });
  const item = wb.page.locator('.monaco-menu .action-item .action-label', { hasText: entry }).first();
  await item.waitFor({ timeout: 10_000 });
  await wb.shot(`context-menu-${entry}`);
  await item.click();
}

/** A Lavrov name as a quote's detail line gives it, before its cue. */
const LAVROV_NAME = /((?:Sergei V\. |Sergey |Sergei )?Lavrov)(?= \(reported speech\)| · )/g;

export const tests = [
  {
    name: 'one palette entry opens the side panel: VS Code\'s "Focus on Cross-source View", no second "Show Side Panel"',
    async run(wb) {
      await wb.openFile(SAMPLE_003);
      const focus = await paletteRows(wb, 'Cross-source View');
      assert.ok(focus.some(r => /News Lens: Focus on Cross-source View/.test(r)), focus.join(' | '));
      const side = await paletteRows(wb, 'News Lens: Show Side Panel');
      assert.ok(!side.some(r => /News Lens: Show Side Panel\b/.test(r)), side.join(' | '));
      await wb.command('News Lens: Focus on Cross-source View');
      await wb.panel().locator('#nl-duplicates .nl-group').first().waitFor({ timeout: 30_000 });
    },
  },
  {
    name: 'the panel\'s … menu exports the quotes as CSV: save dialog, the file, Open; every Lavrov under one name',
    async run(wb) {
      await wb.openFile(SAMPLE_003);
      await wb.command('News Lens: Focus on Cross-source View');
      await wb.panel().locator('#nl-duplicates .nl-group').first().waitFor({ timeout: 30_000 });
      const file = path.join(exportDir, 'quotes.csv');
      await panelMenu(wb, 'Export Quotes as CSV');
      await saveAs(wb, file);
      const { toast: t, buttons } = await toast(wb, /exported the quotes as CSV/);
      await wb.shot('export-csv-notification');
      assert.deepStrictEqual(buttons, ['Open', 'Reveal in File Explorer']);
      await until(wb, 'the CSV written', () => fs.existsSync(file));
      const csv = fs.readFileSync(file, 'utf8');
      assert.match(csv, /^file,line,speaker,quote,cue,kind\r\n/);
      const speakers = new Set(csv.split('\r\n').slice(1).map(r => r.split(',')[2]).filter(n => /Lavrov/.test(n ?? '')));
      assert.deepStrictEqual([...speakers], ['Sergei Lavrov']);
      await t.locator('.monaco-button', { hasText: 'Open' }).click();
      await wb.page.waitForSelector('.tabs-container .tab.active[aria-label*="quotes.csv"]', { timeout: 15_000 });
      await wb.shot('export-csv-opened');
      await wb.page.keyboard.press('Control+W');
    },
  },
  {
    name: 'the panel\'s … menu exports brat beside the articles; Reveal shows the .ann file in the Explorer',
    async run(wb) {
      await wb.openFile(SAMPLE_003);
      await wb.command('News Lens: Focus on Cross-source View');
      await panelMenu(wb, 'Export brat Standoff');
      // (the pick is clicked once it shows: keys typed before it opens go to the editor on a loaded machine)
      const beside = wb.page.locator('.quick-input-list .monaco-list-row[aria-label*="Beside each article"]').first();
      await beside.waitFor({ timeout: 20_000 });
      await beside.click();
      const written = () => fs.readdirSync(wb.folder).filter(f => f.endsWith('.ann'));
      try {
        const { toast: t, buttons } = await toast(wb, /brat \.ann files? beside the articles/);
        assert.deepStrictEqual(buttons, ['Open', 'Reveal in File Explorer']);
        await until(wb, 'the .ann files', () => written().length >= 5);
        const ann = fs.readFileSync(path.join(wb.folder, '003_766a015ac4dc8b77.ann'), 'utf8');
        assert.match(ann, /^T\d+\tQuote \d+ \d+/m);
        // the speaker's note: the workspace's one name (003 itself says only "Lavrov")
        assert.match(ann, /AnnotatorNotes T\d+\tSergei Lavrov$/m);
        assert.doesNotMatch(ann, /AnnotatorNotes T\d+\tLavrov$/m);
        await t.locator('.monaco-button', { hasText: 'Reveal in File Explorer' }).click();
        // (no OS file manager in the browser: the Explorer reveals it)
        const row = wb.page.locator('.explorer-folders-view .monaco-list-row.selected[aria-label*=".ann"], .explorer-folders-view .monaco-list-row.focused[aria-label*=".ann"]').first();
        await row.waitFor({ timeout: 15_000 });
        await wb.shot('export-brat-revealed');
      } finally {
        for (const f of written()) fs.rmSync(path.join(wb.folder, f), { force: true });
      }
    },
  },
  {
    name: 'the editor\'s context menu: Copy Quote with Attribution, List Quotes by Speaker (one Lavrov), Show in Side Panel',
    async run(wb) {
      await wb.openFile(SAMPLE_003);
      await wb.page.locator('.editor-instance .view-lines').first().waitFor();
      await until(wb, 'the decorations', async () => (await wb.decorationStyles()).inline.some(s => Number(s.weight) >= 600));
      await contextMenu(wb, 'no possibility', 'Copy Quote with Attribution');
      const status = wb.page.locator('.statusbar-item', { hasText: /copied the quote/ }).first();
      await status.waitFor({ timeout: 10_000 });
      assert.match(await status.innerText(), /copied the quote of Sergei Lavrov with its attribution/);
      await contextMenu(wb, 'no possibility', 'List Quotes by Speaker');
      const title = wb.page.locator('.quick-input-widget .quick-input-title', { hasText: 'Quotes by Speaker' });
      await title.waitFor({ timeout: 10_000 });
      // widen to the workspace: every article's Lavrov under one name
      await wb.page.keyboard.type('Quotes in all', { delay: 10 });
      await wb.pickRow('Quotes in all');
      await until(wb, 'the workspace list', async () => /\d+ articles/.test(await title.innerText()));
      await wb.page.keyboard.type('Lavrov', { delay: 10 });
      await wb.page.waitForTimeout(600);
      const rows = await wb.page.locator('.quick-input-list .monaco-list-row').evaluateAll(rs => rs.map(r => r.textContent ?? ''));
      await wb.shot('context-menu-quotes-by-speaker');
      // each quote's detail line: "Sergei Lavrov · said" (or "≈ Sergei Lavrov (reported speech) · said")
      const names = new Set(rows.flatMap(r => [...r.matchAll(LAVROV_NAME)].map(m => m[1])));
      assert.deepStrictEqual([...names], ['Sergei Lavrov'], rows.slice(0, 5).join(' | '));
      await wb.reset();
      await contextMenu(wb, 'no possibility', 'Show This Article in Side Panel');
      await until(wb, 'the panel filtered to 003', async () => wb.panel().locator('#nl-this-file').isChecked().catch(() => false));
      await wb.panel().locator('#nl-this-file').uncheck();
    },
  },
  {
    name: 'the side panel names Lavrov once: the speaker filter and the quote variants say "Sergei Lavrov"; AP 002 paraphrases one of his quotes',
    async run(wb) {
      await wb.command('News Lens: Focus on Cross-source View');
      const panel = wb.panel();
      await panel.locator('body[data-status="ready"] #nl-variants .nl-speaker').first().waitFor({ timeout: 30_000 });
      const options = (await panel.locator('#nl-speaker option').allTextContents()).filter(o => /Lavrov/.test(o));
      assert.deepStrictEqual(options, ['Sergei Lavrov']);
      const names = (await panel.locator('#nl-variants .nl-speaker').allInnerTexts()).filter(n => /Lavrov/.test(n));
      assert.ok(names.length > 0 && names.every(n => n === 'Sergei Lavrov'), names.join(', '));
      // AP 002's paraphrase of his words on Syrian lives is listed, as reported speech, with the group quoting them
      const reported = panel.locator('.nl-paraphrase[data-file*="002_"] .nl-snippet', { hasText: 'the Syrian opposition risks sacrificing' });
      const group = panel.locator('#nl-variants .nl-variant-group', { has: reported });
      await group.first().waitFor({ timeout: 10_000 });
      assert.equal(await group.first().getAttribute('data-speaker'), 'Sergei Lavrov');
      assert.match((await group.first().locator('.nl-paraphrase-head').innerText()), /≈ reported speech/);
      assert.ok((await group.first().locator('.nl-passage:not(.nl-paraphrase) .nl-snippet').allInnerTexts()).some(t => /more and more lives of Syrian citizens/.test(t)));
      await wb.shot('panel-one-lavrov');
    },
  },
];

export async function cleanup() {
  fs.rmSync(exportDir, { recursive: true, force: true });
}
