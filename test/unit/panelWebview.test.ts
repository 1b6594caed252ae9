/**
 * media/panel.js in headless Chromium, under the panel's real HTML shell and Content-Security-Policy, with a
 * stand-in for the webview's `acquireVsCodeApi`: article text with markup shows as text and runs nothing,
 * the rows carry the hooks the e2e tests use, clicks and keys send the right messages, the filter follows
 * the active file. Skipped when no Chromium is installed.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildPanelHtml, makeNonce } from '../../src/extension/panel/html';
import type { HostMessage, PanelModel } from '../../src/extension/panel/messages';
import { ROOT } from './helpers';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ORIGIN = 'https://panel.test';
const EVIL = `<img src=x onerror="window.__pwned = 1"></script><script>window.__pwned = 2</script> "45,000 lives"`;

const A = 'file:///ws/000_c9454e25165bd088.txt', B = 'file:///ws/001_ccbae5c116037aeb.txt', C = 'file:///ws/004_42d87ab533acdf14.txt';
const passage = (file: string, start: number, line: number, snippet: string) =>
  ({ file, start, end: start + 40, name: file.split('/').pop()!, line, snippet });
const model: PanelModel = {
  duplicates: [
    { id: 'dup-0', similarity: 100, kind: 'exact', files: 2, passages: [passage(A, 2586, 9, EVIL), passage(B, 1775, 7, 'The conflict has claimed over 45,000 lives.')] },
    { id: 'dup-1', similarity: 92, kind: 'near', files: 1, passages: [passage(C, 0, 1, 'Lead paragraph'), passage(C, 900, 12, 'Lead paragraph again')] },
  ],
  variants: [{ id: 'var-0', speaker: 'Sergei Lavrov <b>', quotes: [passage(A, 10, 2, '"We are not holding talks"'), passage(C, 20, 3, '"we are not negotiating"')] }],
  figures: [{ id: 'fig-0', topic: 'death toll', unit: 'life', disagree: true, summary: '004: tens of thousands; 000, 001: over 45,000',
    entries: [{ ...passage(A, 50, 4, 'claimed over 45,000 lives'), text: 'over 45,000', reading: 'more than 45,000 lives · approximate' }, { ...passage(C, 60, 5, 'killed tens of thousands'), text: 'tens of thousands', reading: 'tens of thousands of lives · approximate' }] }],
  counts: { duplicates: { all: 2, matching: 2 }, variants: { all: 1, matching: 1 }, figures: { all: 1, matching: 1 } },
  speakers: ['Sergei Lavrov <b>'],
  files: [{ file: A, name: '000_c9454e25165bd088.txt', title: 'MOSCOW (AP) — Russia’s foreign minister' }, { file: C, name: '004_42d87ab533acdf14.txt' }],
};

describe('panel webview script in Chromium (real CSP)', function () {
  this.timeout(60_000);
  let ctx: BrowserContext | undefined;
  let profile = '';
  let page: Page;

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) this.skip();
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-panel-'));
    ctx = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS });
  });
  after(async () => { await ctx?.close(); if (profile) fs.rmSync(profile, { recursive: true, force: true }); });

  beforeEach(async () => {
    page = await ctx!.newPage();
    const html = buildPanelHtml({ cspSource: ORIGIN, nonce: makeNonce(), scriptUri: `${ORIGIN}/media/panel.js`, styleUri: `${ORIGIN}/media/panel.css` });
    await page.route(`${ORIGIN}/**`, route => {
      const url = new URL(route.request().url());
      if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: html });
      const file = path.join(ROOT, 'media', path.basename(url.pathname));
      if (url.pathname.startsWith('/media/') && fs.existsSync(file)) return route.fulfill({ path: file });
      return route.fulfill({ status: 404, body: '' });
    });
    await page.addInitScript(() => {
      const w = globalThis as any;
      w.__posted = []; w.__violations = []; w.__state = undefined;
      w.document.addEventListener('securitypolicyviolation', (e: any) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => w.__posted.push(m), getState: () => w.__state, setState: (s: unknown) => { w.__state = s; } });
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => (globalThis as any).__posted.length > 0);
  });
  afterEach(async () => { await page?.close(); });

  // (a posted message is dispatched in a later task: wait for it, with a listener added after the panel's, which runs
  // after the panel's handler — else an assertion right after a send could read the page before the handler ran, as
  // one fresh-clone CI run under load did)
  const send = (m: HostMessage) => page.evaluate(msg => new Promise<void>(resolve => {
    const w = globalThis as any;
    const handled = () => { w.removeEventListener('message', handled); resolve(); };
    w.addEventListener('message', handled);
    w.postMessage(msg, '*');
  }), m);
  const posted = () => page.evaluate(() => (globalThis as any).__posted as any[]);

  it('says it is ready, shows indexing progress, then the groups', async () => {
    assert.deepStrictEqual(await posted(), [{ type: 'ready', thisFileOnly: false }]);
    await send({ type: 'state', status: 'loading', progress: { done: 2, total: 5 }, model: { duplicates: [], variants: [], figures: [], counts: { duplicates: { all: 0, matching: 0 }, variants: { all: 0, matching: 0 }, figures: { all: 0, matching: 0 } }, speakers: [], files: [] }, activeFile: null, activeName: null, thisFileOnly: false });
    assert.match(await page.textContent('#nl-status') ?? '', /2 of 5 files/);
    assert.strictEqual(await page.getAttribute('#nl-progress', 'value'), '2');
    await send({ type: 'state', status: 'ready', progress: null, model, activeFile: null, activeName: null, thisFileOnly: false });
    assert.strictEqual(await page.isHidden('#nl-progress'), true);
    assert.strictEqual(await page.locator('section#nl-duplicates .nl-group').count(), 2);
    assert.strictEqual(await page.locator('section#nl-variants .nl-group').count(), 1);
    assert.strictEqual(await page.locator('section#nl-figures .nl-group[data-disagree="true"]').count(), 1);
    assert.strictEqual(await page.locator(`section#nl-duplicates .nl-passage[data-file="${B}"][data-line="7"]`).count(), 1);
    assert.strictEqual(await page.textContent('section#nl-duplicates .nl-count'), '(2)');
    assert.strictEqual(await page.getAttribute('section#nl-figures .nl-group', 'aria-label'), 'Sources differ, death toll (life)');
    assert.strictEqual(await page.getAttribute('section#nl-duplicates .nl-group[role="group"]', 'aria-label'), '2 files · 2 passages, 100% · same after folding');
    assert.match(await page.getAttribute('section#nl-duplicates .nl-similarity', 'title') ?? '', /after folding quotation marks, dashes/);
  });

  it('shows article text containing markup as text and runs none of it', async () => {
    await send({ type: 'state', status: 'ready', progress: null, model, activeFile: null, activeName: null, thisFileOnly: false });
    const snippet = page.locator('section#nl-duplicates .nl-passage .nl-snippet').first();
    assert.strictEqual(await snippet.textContent(), EVIL);
    assert.strictEqual(await page.locator('img').count(), 0);
    assert.strictEqual(await page.locator('script').count(), 1);
    assert.strictEqual(await page.textContent('section#nl-variants .nl-speaker'), 'Sergei Lavrov <b>');
    await page.waitForTimeout(100);
    assert.strictEqual(await page.evaluate(() => (globalThis as any).__pwned), undefined);
    assert.deepStrictEqual(await page.evaluate(() => (globalThis as any).__violations), []);
  });

  it('the CSP blocks inline script in the page', async () => {
    await page.evaluate(() => {
      const doc = (globalThis as any).document;
      const s = doc.createElement('script');
      s.textContent = 'window.__pwned = 3';
      doc.body.append(s);
    });
    await page.waitForTimeout(100);
    assert.strictEqual(await page.evaluate(() => (globalThis as any).__pwned), undefined);
    assert.ok((await page.evaluate(() => (globalThis as any).__violations as string[])).some(v => v.startsWith('script-src')));
  });

  it('a click opens a passage, Compare sends both passages, and both work from the keyboard', async () => {
    await send({ type: 'state', status: 'ready', progress: null, model, activeFile: null, activeName: null, thisFileOnly: false });
    await page.click(`section#nl-duplicates .nl-passage[data-file="${B}"] button.nl-open`);
    await page.locator('section#nl-duplicates .nl-group').first().locator('button.nl-compare').focus();
    await page.keyboard.press('Enter');
    const [, open, compare] = await posted();
    assert.deepStrictEqual(open, { type: 'open', passage: { file: B, start: 1775, end: 1815 } });
    assert.deepStrictEqual(compare, { type: 'compare', left: { file: A, start: 2586, end: 2626 }, right: { file: B, start: 1775, end: 1815 } });
    assert.strictEqual(await page.locator('section#nl-duplicates .nl-group').first().locator('button.nl-compare').count(), 1);
  });

  it('"this file only" asks the host, shows what it answers, and is remembered', async () => {
    await send({ type: 'state', status: 'ready', progress: null, model, activeFile: C, activeName: '004_42d87ab533acdf14.txt', thisFileOnly: false });
    assert.strictEqual(await page.textContent('#nl-active-name'), '004_42d87ab533acdf14.txt');
    await page.check('#nl-this-file');
    assert.deepStrictEqual((await posted()).at(-1), { type: 'filter', thisFileOnly: true });
    assert.strictEqual(await page.evaluate(() => (globalThis as any).__state.thisFileOnly), true);
    const narrowed = { ...model, duplicates: [model.duplicates[1]], figures: [],
      counts: { duplicates: { all: 2, matching: 1 }, variants: { all: 1, matching: 1 }, figures: { all: 1, matching: 0 } } };
    await send({ type: 'state', status: 'ready', progress: null, model: narrowed, activeFile: C, activeName: '004_42d87ab533acdf14.txt', thisFileOnly: true });
    assert.deepStrictEqual(await page.locator('section#nl-duplicates .nl-group').evaluateAll(gs => gs.map(g => (g as any).dataset.groupId)), ['dup-1']);
    assert.strictEqual(await page.textContent('section#nl-duplicates .nl-count'), '(1 of 2)');
    assert.strictEqual(await page.isVisible('section#nl-figures .nl-empty'), true);
    assert.strictEqual(await page.textContent('section#nl-figures .nl-empty'), 'Nothing here touches the active file.');
    assert.strictEqual(await page.locator(`section#nl-duplicates .nl-passage.nl-current[data-file="${C}"]`).count(), 2);
    // Compare takes the active file's passage as the reference.
    await page.click('section#nl-variants button.nl-compare');
    assert.deepStrictEqual((await posted()).at(-1), { type: 'compare', left: { file: C, start: 20, end: 60 }, right: { file: A, start: 10, end: 50 } });
  });

  it('says when a section holds more groups than it shows', async () => {
    const many = { ...model, counts: { ...model.counts, duplicates: { all: 4389, matching: 4389 } } };
    await send({ type: 'state', status: 'ready', progress: null, model: many, activeFile: null, activeName: null, thisFileOnly: false });
    assert.strictEqual(await page.textContent('section#nl-duplicates .nl-count'), '(4389)');
    assert.match(await page.textContent('section#nl-duplicates .nl-more') ?? '', /^Showing the first 2 of 4389; tick “This file only”/);
    assert.strictEqual(await page.isHidden('section#nl-variants .nl-more'), true);
  });

  it('counts the passages of a group it does not list (beyond a few per file)', async () => {
    const dup = { ...model.duplicates[1], more: 37 };
    const listed = { ...model, duplicates: [model.duplicates[0], dup], variants: [{ ...model.variants[0], more: 1 }], figures: [{ ...model.figures[0], more: 5 }] };
    await send({ type: 'state', status: 'ready', progress: null, model: listed, activeFile: null, activeName: null, thisFileOnly: false });
    const group = page.locator('section#nl-duplicates .nl-group').nth(1);
    assert.strictEqual(await group.getAttribute('aria-label'), '1 file · 39 passages, 92%');
    assert.strictEqual(await group.locator('.nl-passage').count(), 2);
    assert.strictEqual(await group.locator('.nl-more-passages').textContent(), '… and 37 more in the same files');
    assert.strictEqual(await page.locator('section#nl-duplicates .nl-group').first().locator('.nl-more-passages').count(), 0);
    assert.strictEqual(await page.locator('section#nl-variants .nl-more-passages').textContent(), '… and 1 more in the same file');
    assert.match(await page.textContent('section#nl-variants .nl-reach') ?? '', /^3 renderings$/);
    assert.strictEqual(await page.locator('section#nl-figures .nl-more-passages').textContent(), '… and 5 more in the same files');
  });

  it('reveal focuses the section heading; notices show as alerts', async () => {
    await send({ type: 'state', status: 'ready', progress: null, model, activeFile: null, activeName: null, thisFileOnly: false });
    await send({ type: 'reveal', section: 'figures' });
    assert.strictEqual(await page.evaluate(() => (globalThis as any).document.activeElement?.id), 'nl-figures-title');
    await send({ type: 'notice', level: 'error', text: 'News Lens: "file:///etc/passwd" is not one of the indexed article files; not opened.' });
    assert.match(await page.textContent('#nl-notice[role="alert"]') ?? '', /not one of the indexed/);
  });
  it('the search box and the speaker and article filters ask the host; the article filter reads as a title', async () => {
    await send({ type: 'state', status: 'ready', progress: null, model, activeFile: null, activeName: null, thisFileOnly: false });
    assert.deepStrictEqual(await page.locator('#nl-speaker option').allTextContents(), ['All speakers', 'Sergei Lavrov <b>']);
    assert.deepStrictEqual(await page.locator('#nl-file option').allTextContents(), ['All articles', '000.txt — MOSCOW (AP) — Russia’s foreign minister', '004_42d87ab533acdf14.txt']);
    await page.fill('#nl-search', 'holding talks');
    await page.waitForFunction(() => (globalThis as any).__posted.some((m: any) => m.type === 'search'));
    assert.deepStrictEqual((await posted()).at(-1), { type: 'search', query: 'holding talks', speaker: null, file: null });
    await page.selectOption('#nl-speaker', 'Sergei Lavrov <b>');
    await page.selectOption('#nl-file', C);
    assert.deepStrictEqual((await posted()).at(-1), { type: 'search', query: 'holding talks', speaker: 'Sergei Lavrov <b>', file: C });
    assert.strictEqual(await page.locator('#nl-speaker option b').count(), 0, 'a speaker name is text, never markup');
  });

  it('sections fold on their title and on Collapse All; a reveal unfolds its section', async () => {
    await send({ type: 'state', status: 'ready', progress: null, model, activeFile: null, activeName: null, thisFileOnly: false });
    await page.click('#nl-duplicates-title');
    assert.strictEqual(await page.getAttribute('#nl-duplicates-title', 'aria-expanded'), 'false');
    assert.strictEqual(await page.isHidden('section#nl-duplicates .nl-list'), true);
    await send({ type: 'collapseAll' });
    assert.deepStrictEqual(await page.locator('.nl-section').evaluateAll(ss => ss.map(s => (s as any).dataset.collapsed)), ['true', 'true', 'true']);
    await send({ type: 'reveal', section: 'figures' });
    assert.strictEqual(await page.getAttribute('#nl-figures-title', 'aria-expanded'), 'true');
    assert.strictEqual(await page.isVisible('section#nl-figures .nl-group'), true);
  });

  it('a colour legend uses the editor\'s theme colours', async () => {
    assert.deepStrictEqual(await page.locator('.nl-legend li').allTextContents(), ['quote', 'no speaker', 'abreported speech', 'Abspeaker', 'figure', '3small count', '↔in other articles']);
    // reported speech as the editor marks it: a dotted underline in its theme colour
    assert.strictEqual(await page.locator('.nl-swatch-reported').evaluate((e: any) => e.ownerDocument.defaultView.getComputedStyle(e).borderBottomStyle), 'dotted');
    // a small count as the editor marks it: an underline in the figures' border colour, no box (newsLens.smallCounts.enabled)
    assert.deepStrictEqual(await page.locator('.nl-swatch-small-count').evaluate((e: any) => { const st = e.ownerDocument.defaultView.getComputedStyle(e); return [st.borderBottomStyle, st.borderTopStyle]; }), ['solid', 'none']);
  });
});
