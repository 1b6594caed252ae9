// The reader's path through News Lens in the real workbench, on a copy of the five sample articles.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { until } from './workbench.mjs';

/** Timings for `npm run bench` (never asserted here): merged into .bench/editor.json. */
function recordEditorTiming(wb, values) {
  const out = path.join(wb.root, '.bench');
  const file = path.join(out, 'editor.json');
  fs.mkdirSync(out, { recursive: true });
  const had = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  fs.writeFileSync(file, JSON.stringify({ ...had, ...values, date: new Date().toISOString(), note: 'measured by test/e2e/editor.e2e.mjs in code-server 1.100.3 + headless Chromium; open times include Quick Open' }, null, 1));
}

const transparent = c => !c || c === 'rgba(0, 0, 0, 0)' || c === 'transparent';

async function waitForDecorations(wb, ms = 30_000) {
  const t0 = Date.now();
  for (;;) {
    const st = await wb.decorationStyles();
    if (st.overlays.some(o => !transparent(o.bg)) && st.inline.some(s => Number(s.weight) >= 600)) return st;
    if (Date.now() - t0 > ms) throw new Error(`no decorations after ${ms / 1000} s: ${JSON.stringify(st).slice(0, 400)}`);
    await wb.page.waitForTimeout(250);
  }
}

/** Click an action of the side bar's title (shown on hover). */
async function titleAction(wb, label) {
  await wb.page.locator('.part.sidebar .composite.title').first().hover();
  await wb.page.locator(`.part.sidebar .title-actions .action-label[aria-label="${label}"]`).first().click({ timeout: 10_000 });
}

/** Every path under a folder, relative, sorted. */
function listing(dir, rel = '') {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap(e => {
    const p = path.join(rel, e.name);
    return e.isDirectory() ? [p + '/', ...listing(dir, p)] : [p];
  }).sort();
}

/** Overlays with a background and no box (quotes, speakers' tint; figures are boxed), counted by decoration class. */
async function backgroundsByClass(wb) {
  const out = new Map();
  for (const o of (await wb.decorationStyles()).overlays) {
    if (transparent(o.bg) || o.border.startsWith('1px')) continue;
    for (const c of o.cls.split(/\s+/).filter(c => c.startsWith('ced-'))) out.set(c, (out.get(c) ?? 0) + 1);
  }
  return out;
}

export const tests = [
  {
    name: 'Toggle Quotes twice hides then shows the quotes and writes no file into the workspace',
    async run(wb) {
      const before = listing(wb.folder);
      await wb.openFile('003_766a015ac4dc8b77.txt');
      await waitForDecorations(wb);
      const shown = await backgroundsByClass(wb);
      assert.ok(shown.size > 0, 'quotes are highlighted');
      await wb.command('News Lens: Toggle Quotes');
      // the quotes' decoration classes are gone; the speakers' tint stays
      const gone = await until(wb, 'the quotes hidden', async () => {
        const now = await backgroundsByClass(wb);
        const missing = [...shown.keys()].filter(c => !now.has(c));
        return missing.length && now.size > 0 && missing;
      });
      await wb.shot('quotes-hidden');
      await wb.command('News Lens: Toggle Quotes');
      await until(wb, 'the quotes shown again', async () => { const now = await backgroundsByClass(wb); return gone.every(c => now.has(c)); });
      await wb.page.waitForTimeout(1000);
      assert.deepStrictEqual(listing(wb.folder), before, 'no file or folder created in the workspace');
      assert.ok(!fs.existsSync(path.join(wb.folder, '.vscode')), 'no .vscode/settings.json beside the articles');
    },
  },
  {
    name: 'the walkthrough\'s List Quotes by Speaker button lists the workspace\'s quotes while the walkthrough tab is active',
    async run(wb) {
      await wb.command('Welcome: Open Walkthrough...');
      await wb.page.keyboard.type('Get started with News Lens', { delay: 10 });
      await wb.pickRow('Get started with News Lens');
      const step = wb.page.locator('.getting-started-step', { hasText: 'Quotes and speakers' }).first();
      await step.waitFor({ timeout: 20_000 });
      await step.click();
      const button = wb.page.locator('.getting-started-step.expanded a, .getting-started-step.expanded .button-link', { hasText: 'List Quotes by Speaker' }).first();
      await button.waitFor({ timeout: 10_000 });
      const title = wb.page.locator('.quick-input-widget .quick-input-title', { hasText: 'Quotes by Speaker' });
      // (on a loaded machine the walkthrough page can take the focus back just after the click, and a quick pick
      // closes when it loses focus: one more click then, as a user would)
      for (let attempt = 0; ; attempt++) {
        await button.click();
        try { await title.waitFor({ timeout: 10_000 }); break; } catch (e) { if (attempt >= 2) throw e; }
      }
      assert.match(await title.innerText(), /5 articles/);
      await wb.page.keyboard.type('Lavrov', { delay: 10 });
      await wb.page.waitForTimeout(500);
      const rows = await wb.page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
      await wb.shot('walkthrough-quotes-by-speaker');
      assert.ok(rows.some(r => /Sergei Lavrov/.test(r)), rows.slice(0, 5).join(' | '));
      assert.ok(new Set(rows.map(r => /\b(00\d):\d+/.exec(r)?.[1]).filter(Boolean)).size >= 2, `quotes from several articles: ${rows.slice(0, 5).join(' | ')}`);
      await wb.reset();
      await wb.page.keyboard.press('Control+W');
    },
  },
  {
    name: 'sample 003 shows decorations on a quote, a speaker and a figure',
    async run(wb) {
      await wb.openFile('003_766a015ac4dc8b77.txt');
      const st = await waitForDecorations(wb);
      await wb.shot('003-decorations');
      assert.ok(st.overlays.some(o => !transparent(o.bg)), 'a quote background is rendered');
      assert.ok(st.inline.some(s => /Lavrov|Brahimi/.test(s.text) && Number(s.weight) >= 600), 'a speaker is bold');
      assert.ok(st.overlays.some(o => o.border.startsWith('1px solid')), 'a figure is boxed');
      assert.ok(st.overlays.some(o => o.border.startsWith('0px') || true));
    },
  },
  {
    name: 'hover over "Lavrov" gives the canonical name; hover over a quote gives speaker and cue',
    async run(wb) {
      await wb.openFile('003_766a015ac4dc8b77.txt');
      await waitForDecorations(wb);
      const text = await wb.hover('Lavrov');
      await wb.shot('hover-speaker');
      assert.match(text, /Sergei Lavrov/);
      await wb.page.mouse.move(5, 5);
      await wb.reset();
      const q = await wb.hover('no possibility');
      await wb.shot('hover-quote');
      assert.match(q, /Sergei Lavrov/);
      assert.match(q, /cue/);
      // why: the rule that attributed it and the chain from the mention to the name
      assert.match(q, /Why: [a-z ]+, .*Lavrov/);
      await wb.page.mouse.move(5, 5);
    },
  },
  {
    name: 'the quote hover lists how other sources report the quote, and its Compare opens the diff editor',
    async run(wb) {
      await wb.openFile('003_766a015ac4dc8b77.txt');
      await waitForDecorations(wb);
      const q = await wb.hover('no possibility');
      await wb.shot('hover-quote-variants');
      assert.match(q, /Also reported by .*00[0-24]/);
      assert.match(q, /Compare/);
      await wb.page.locator('.monaco-hover:visible a', { hasText: 'Compare' }).first().click();
      await wb.page.waitForSelector('.monaco-diff-editor', { timeout: 15_000 });
      const tab = await wb.page.locator('.tabs-container .tab.active').first().getAttribute('aria-label');
      await wb.shot('hover-compare-diff');
      assert.match(String(tab), /003_766a015ac4dc8b77\.txt:\d+ ↔ 00\d_/);
      await wb.page.keyboard.press('Control+W');
    },
  },
  {
    name: 'News Lens: Focus on Cross-source View (the one palette entry of the panel) lists duplicate groups; clicking a passage opens the other file at it',
    async run(wb) {
      await wb.openFile('003_766a015ac4dc8b77.txt');
      await wb.command('News Lens: Focus on Cross-source View');
      const panel = wb.panel();
      await panel.locator('#nl-duplicates .nl-group').first().waitFor({ timeout: 30_000 });
      const groups = await panel.locator('#nl-duplicates .nl-group').count();
      await wb.shot('side-panel');
      assert.ok(groups >= 20, `${groups} duplicate groups`);
      const names = await panel.locator('#nl-duplicates .nl-file').allInnerTexts();
      assert.ok(names.some(n => n.includes('002')) && names.some(n => n.includes('003')), names.slice(0, 6).join(', '));
      const passage = panel.locator('#nl-duplicates .nl-passage[data-file*="002_"] button.nl-open').first();
      await passage.click();
      await wb.page.waitForSelector('.tabs-container .tab.active[aria-label*="002_f17298152769845d.txt"]', { timeout: 15_000 });
      await wb.page.waitForSelector('.editor-instance .view-overlays .selected-text', { timeout: 10_000 });
      await wb.shot('passage-opened');
      const selection = await wb.page.locator('#status\\.editor\\.selection').innerText();
      const selected = Number(/\((\d+) selected\)/.exec(selection)?.[1] ?? 0);
      assert.ok(selected >= 60, `the whole passage is selected: ${selection}`);
    },
  },
  {
    name: 'the panel: title-bar filter and collapse all, a search box, speaker and article filters, a colour legend',
    async run(wb) {
      await wb.openFile('003_766a015ac4dc8b77.txt');
      await wb.command('News Lens: Focus on Cross-source View');
      const panel = wb.panel();
      await panel.locator('body[data-status="ready"] #nl-duplicates .nl-group').first().waitFor({ timeout: 30_000 });
      const all = Number(await panel.locator('#nl-duplicates').getAttribute('data-matching'));
      // the legend: every kind of decoration the editor shows, reported speech's dotted underline among them
      assert.deepStrictEqual(await panel.locator('.nl-legend li').allTextContents(), ['quote', 'no speaker', 'abreported speech', 'Abspeaker', 'figure', '3small count', '↔in other articles']);
      assert.equal(await panel.locator('.nl-swatch-reported').evaluate(e => getComputedStyle(e).borderBottomStyle), 'dotted');
      // and a small count's quiet underline in the figures' border colour, no box
      const [small, figure] = await Promise.all(['.nl-swatch-small-count', '.nl-swatch-figure'].map(c => panel.locator(c).evaluate(e => { const st = getComputedStyle(e); return { bottom: st.borderBottomStyle, top: st.borderTopStyle, color: st.borderBottomColor }; })));
      assert.deepEqual([small.bottom, small.top], ['solid', 'none']);
      assert.equal(small.color, figure.color);
      // the search box: only groups with the words
      await panel.locator('#nl-search').fill('no possibility');
      await until(wb, 'the search applied', async () => Number(await panel.locator('#nl-duplicates').getAttribute('data-matching')) < all);
      const found = await panel.locator('#nl-duplicates .nl-passage').evaluateAll(ps => ps.map(p => [p.dataset.file, Number(p.dataset.start), Number(p.dataset.end)]));
      assert.ok(found.length > 0);
      const hit = ([file, start, end]) => fs.readFileSync(path.join(wb.folder, path.basename(file)), 'utf8').slice(start, end).replace(/\s+/g, ' ').toLowerCase().includes('no possibility');
      assert.ok(found.some(hit), JSON.stringify(found));
      await wb.shot('panel-search');
      await panel.locator('#nl-search').fill('');
      // the speaker filter narrows the quote variants
      const speakers = await panel.locator('#nl-speaker option').allTextContents();
      assert.ok(speakers.includes('Lakhdar Brahimi'), speakers.join(', '));
      await panel.locator('#nl-speaker').selectOption('Lakhdar Brahimi');
      await until(wb, 'the speaker filter applied', async () => {
        const names = await panel.locator('#nl-variants .nl-speaker').allInnerTexts();
        return names.length > 0 && names.every(n => n === 'Lakhdar Brahimi');
      });
      await panel.locator('#nl-speaker').selectOption('');
      // the article filter offers readable names
      const files = await panel.locator('#nl-file option').allTextContents();
      assert.ok(files.some(f => /^003\.txt — MOSCOW/.test(f)), files.join(' | '));
      // the title bar: "this file only", then all articles again, then collapse all
      await titleAction(wb, 'Show This Article in Side Panel');
      await until(wb, 'this file only', async () => (await panel.locator('#nl-this-file').isChecked()) && Number(await panel.locator('#nl-duplicates').getAttribute('data-matching')) < all);
      await wb.shot('panel-this-file');
      await titleAction(wb, 'Show All Articles in Side Panel');
      await until(wb, 'all articles', async () => !(await panel.locator('#nl-this-file').isChecked()));
      await titleAction(wb, 'Collapse All');
      await until(wb, 'collapsed', async () => (await panel.locator('#nl-duplicates-title').getAttribute('aria-expanded')) === 'false');
      await panel.locator('#nl-duplicates-title').click();
      await until(wb, 'expanded', async () => (await panel.locator('#nl-duplicates-title').getAttribute('aria-expanded')) === 'true');
    },
  },
  {
    name: 'Compare opens the diff editor on two passages',
    async run(wb) {
      await wb.command('News Lens: Focus on Cross-source View');
      const panel = wb.panel();
      await panel.locator('#nl-duplicates button.nl-compare').first().click();
      await wb.page.waitForSelector('.monaco-diff-editor', { timeout: 15_000 });
      await wb.shot('compare-diff');
    },
  },
  {
    name: 'Compare Figures Across Sources opens every comparison and shows the death-toll conflict; the figure hover warns',
    async run(wb) {
      await wb.openFile('003_766a015ac4dc8b77.txt');
      await wb.command('News Lens: Compare Figures Across Sources');
      const panel = wb.panel();
      const conflict = panel.locator('#nl-figures .nl-figure-group.nl-disagree').first();
      await conflict.waitFor({ timeout: 20_000 });
      const text = await conflict.innerText();
      await wb.shot('figures-panel');
      assert.match(text, /tens of thousands/);
      assert.match(text, /45,000/);
      // every comparison in full: the report opens in the Markdown preview
      const report = wb.page.locator('.tabs-container .tab[aria-label*="Figures across sources"]').first();
      await report.waitFor({ timeout: 20_000 });
      await wb.shot('figures-report');
      await report.hover();
      await report.locator('.tab-actions .action-label').first().click();
      await report.waitFor({ state: 'detached', timeout: 10_000 });
      await wb.openFile('004_42d87ab533acdf14.txt');
      await waitForDecorations(wb);
      const hover = await wb.hover('tens of thousands');
      await wb.shot('figure-hover');
      assert.match(hover, /disagree/i);
      assert.match(hover, /45,000/);
      await wb.page.mouse.move(5, 5);
    },
  },
  {
    name: 'a passage that stands elsewhere says "also in 002"',
    async run(wb) {
      await wb.openFile('003_766a015ac4dc8b77.txt');
      await waitForDecorations(wb);
      const hover = await wb.hover('impossible to try');
      await wb.shot('also-in-hover');
      assert.match(hover, /also in .*002/);
      await wb.page.mouse.move(5, 5);
    },
  },
  {
    name: 'the status bar shows the article counts, labelled, with a screen-reader label in words',
    async run(wb) {
      await wb.openFile('003_766a015ac4dc8b77.txt');
      const item = wb.page.locator('.statusbar-item[id*="newsLens.status"]').first();
      await item.waitFor({ timeout: 15_000 });
      await until(wb, 'the counts', async () => /quotes/.test(await item.innerText()));
      const text = await item.innerText();
      assert.match(text, /\d+ quotes · (?:\d+ reported · )?\d+ speakers? · \d+ figures? · \d+ shared/);
      const label = await item.locator('[aria-label]').first().getAttribute('aria-label').catch(() => null) ?? await item.getAttribute('aria-label');
      assert.match(String(label), /^News Lens: \d+ quotes, (?:\d+ reported statements?, )?\d+ speakers?, \d+ figures?, \d+ passages? shared with other articles/);
      await wb.shot('status-bar');
    },
  },
  {
    name: 'article text with markup shows as text in the panel and runs nothing',
    async run(wb) {
      const evil = 'BEIRUT — "<img src=x onerror=window.parent.__pwned=1> is what they sent us," said Mr. Evil of the Example Front, adding </script><script>window.parent.__pwned=2</script> for good measure in the statement.\n';
      fs.writeFileSync(path.join(wb.folder, '900_evil.txt'), evil + '\nOther text one.\n');
      fs.writeFileSync(path.join(wb.folder, '901_evil.txt'), 'Different start.\n\n' + evil);
      await wb.command('News Lens: Focus on Cross-source View');
      const panel = wb.panel();
      const row = panel.locator('#nl-duplicates .nl-passage[data-file*="900_evil"]').first();
      await row.waitFor({ timeout: 30_000 });
      await row.scrollIntoViewIfNeeded();
      const text = await row.innerText();
      await wb.shot('panel-markup-as-text');
      assert.match(text, /<img src=x onerror=/);
      assert.equal(await panel.locator('img').count(), 0, 'no img element in the panel');
      assert.equal(await panel.locator('script', { hasText: '__pwned' }).count(), 0, 'no script element from the article');
      await wb.page.waitForTimeout(500);
      for (const frame of wb.page.frames()) {
        const pwned = await frame.evaluate(() => window.__pwned).catch(() => undefined);
        assert.equal(pwned, undefined, `nothing ran in ${frame.url().slice(0, 80)}`);
      }
    },
  },
  {
    name: 'the panel follows a save: a new copy of a passage appears (time recorded for npm run bench)',
    async run(wb) {
      await wb.command('News Lens: Focus on Cross-source View');
      const panel = wb.panel();
      await panel.locator('#nl-duplicates .nl-group').first().waitFor({ timeout: 30_000 });
      const para = fs.readFileSync(path.join(wb.folder, '001_ccbae5c116037aeb.txt'), 'utf8').split('\n').filter(l => l.split(' ').length > 25)[0];
      const t0 = Date.now();
      fs.writeFileSync(path.join(wb.folder, '920_saved.txt'), `A new story, saved just now.\n\n${para}\n`);
      await panel.locator('#nl-duplicates .nl-passage[data-file*="920_saved"]').first().waitFor({ timeout: 30_000 });
      recordEditorTiming(wb, { panelUpdateAfterSaveMs: Date.now() - t0 });
      await wb.shot('panel-after-save');
    },
  },
  {
    name: 'a 1 MB article: decorations appear (time recorded for npm run bench)',
    timeout: 180_000,
    async run(wb) {
      const samples = fs.readdirSync(wb.folder).filter(f => /^00\d_/.test(f)).map(f => fs.readFileSync(path.join(wb.folder, f), 'utf8'));
      let big = '';
      for (let i = 0; big.length < 1_000_000; i++) big += samples[i % samples.length].replace(/(?<!Sergei )Lavrov/g, i % 2 ? 'Lavrov' : 'Sergei Lavrov') + '\n\n';
      fs.writeFileSync(path.join(wb.folder, '950_big.txt'), big);
      await wb.page.waitForTimeout(1500);
      const t0 = Date.now();
      await wb.openFile('950_big.txt', { typed: path.join(wb.folder, '950_big.txt') });
      await waitForDecorations(wb, 120_000);
      const openToDecorationsMs = Date.now() - t0;
      await wb.shot('big-article');
      recordEditorTiming(wb, { articleBytes: Buffer.byteLength(big), openToDecorationsMs });
      // a long article is decorated around the visible lines: a jump to its end brings the decorations there
      const lines = big.split('\n').length;
      await wb.page.locator('.editor-instance .view-lines').first().click({ position: { x: 40, y: 10 } });
      await wb.page.keyboard.press('Control+End');
      const lineNumbers = () => wb.page.evaluate(() => [...document.querySelectorAll('.editor-instance .line-numbers')].map(e => Number(e.textContent)).filter(n => n > 0));
      for (let i = 0; Math.max(0, ...await lineNumbers()) < lines - 5; i++) {
        if (i > 40) throw new Error(`the editor did not go to the end: lines ${JSON.stringify(await lineNumbers())} of ${lines}`);
        await wb.page.waitForTimeout(250);
      }
      assert.ok(Math.min(...await lineNumbers()) > lines / 2, 'only the end of the article is on screen');
      await waitForDecorations(wb, 30_000);
      await wb.shot('big-article-end');
    },
  },
  {
    name: 'the extension host logged no "resource scoped configuration" warning for newsLens settings',
    async run(wb) {
      await wb.openFile('003_766a015ac4dc8b77.txt');
      await waitForDecorations(wb);
      const logs = [];
      const walk = dir => { for (const e of fs.readdirSync(dir, { withFileTypes: true })) { const p = path.join(dir, e.name); if (e.isDirectory()) walk(p); else if (/exthost.*\.log$/i.test(e.name)) logs.push(p); } };
      walk(wb.server.home);
      assert.ok(logs.length > 0, `an extension host log under ${wb.server.home}`);
      const warnings = logs.flatMap(f => fs.readFileSync(f, 'utf8').split('\n')).filter(l => /resource scoped configuration/.test(l) && /newsLens/.test(l));
      assert.deepStrictEqual(warnings, []);
    },
  },
];
