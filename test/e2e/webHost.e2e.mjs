// The web extension (package.json `browser`, dist/web/) in VS Code's web worker extension host — the host
// vscode.dev and github.dev use. A web-only copy of News Lens (no `main`, so VS Code deduces the `web` kind; only
// dist/web, media and syntaxes) is packed as a VSIX and installed into a fresh code-server; VS Code then cannot
// run it in the Node extension host and runs it in the browser's web worker host. The tests prove that is
// where it runs (Developer: Show Running Extensions says "web worker"; the Node host never activates it), and
// that it annotates a fresh copy of the samples as the Node build does (`node dist/cli.js analyze --json`):
// decorations, a quote hover with the speaker, the status bar's counts, the side panel's duplicate groups.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyFolder, startCodeServer, workbenchUrl } from '../harness/codeServer.mjs';
import { installCodeServer } from '../harness/install-code-server.mjs';
import { Workbench } from './workbench.mjs';

const transparent = c => !c || c === 'rgba(0, 0, 0, 0)' || c === 'transparent';
const ARTICLE = '003_766a015ac4dc8b77.txt';

/** Everything the tests share: the staged copy, the server and page running it, the Node build's results. */
const web = {};

/** A copy of the extension that can only run as a web extension: `browser` entry, no `main`, no Node files. */
function stageWebOnly(root) {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-web-only-'));
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  delete pkg.main;
  delete pkg.bin;
  delete pkg.scripts;
  delete pkg.devDependencies;
  // VS Code deduces extensionKind ["web"] for a manifest with `browser` and no `main`; vsce refuses to
  // package an explicit "web" kind.
  delete pkg.extensionKind;
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(pkg, null, 2));
  for (const f of ['README.md', 'LICENSE', 'CHANGELOG.md']) fs.copyFileSync(path.join(root, f), path.join(stage, f));
  const skip = new Set([path.join(root, 'media', 'screenshots')]);
  const copy = (from, to) => fs.cpSync(from, to, { recursive: true, filter: src => !skip.has(src) && !src.endsWith('.map') });
  copy(path.join(root, 'dist', 'web'), path.join(stage, 'dist', 'web'));
  copy(path.join(root, 'media'), path.join(stage, 'media'));
  copy(path.join(root, 'syntaxes'), path.join(stage, 'syntaxes'));
  fs.writeFileSync(path.join(stage, '.vscodeignore'), '');
  return stage;
}

/** Every file (relative path) in a folder tree. */
function filesIn(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => (e.isDirectory() ? filesIn(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))]));
}

/** Poll `fn` until it says done or `ms` pass; returns its last answer (the caller asserts on it). */
async function until(ms, fn, page) {
  const t0 = Date.now();
  let last;
  for (;;) {
    last = await fn();
    if (last.done) return last;
    if (Date.now() - t0 > ms) return last;
    await page.waitForTimeout(250);
  }
}

async function waitForDecorations(wb, ms = 60_000) {
  const last = await until(ms, async () => {
    const st = await wb.decorationStyles();
    return { st, done: st.overlays.some(o => !transparent(o.bg)) && st.inline.some(s => Number(s.weight) >= 600) };
  }, wb.page);
  if (!last.done) throw new Error(`no decorations after ${ms / 1000} s: ${JSON.stringify(last.st).slice(0, 400)}`);
  return last.st;
}

/** The second workbench, once the first test has set it up. */
function need() {
  if (!web.wb) throw new Error('the web-only extension is not installed (see the first web host test)');
  return web;
}

/** The Node build's analysis of one sample. */
function cliDoc(file) {
  const doc = web.cli.documents.find(d => d.file === file);
  assert.ok(doc, `the CLI analysed ${file}`);
  return doc;
}

export const tests = [
  {
    name: 'web host: a web-only VSIX (no main) installs into code-server',
    timeout: 240_000,
    async run(wb) {
      const samples = path.join(wb.root, 'media', 'samples');
      // run in the samples folder: the CLI names a folder's files FOLDER/NAME, and '.' gives the bare names the workbench uses
      web.cli = JSON.parse(execFileSync(process.execPath, [path.join(wb.root, 'dist', 'cli.js'), 'analyze', '--json', '.'], { cwd: samples, encoding: 'utf8', maxBuffer: 64 << 20 }));
      const stage = stageWebOnly(wb.root);
      web.stage = stage;
      const vsix = path.join(stage, 'news-lens-web.vsix');
      execFileSync(process.execPath, [path.join(wb.root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--allow-missing-repository',
        '--no-rewrite-relative-links', '--out', vsix], { cwd: stage, stdio: 'pipe' });
      web.extDir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-web-ext-'));
      const out = execFileSync(process.execPath, [installCodeServer({ quiet: true }), '--extensions-dir', web.extDir, '--install-extension', vsix], { encoding: 'utf8', env: { ...process.env, HOME: web.extDir } });
      assert.match(out, /news-lens/i);
      const installed = fs.readdirSync(web.extDir).find(d => d.startsWith('news-lens.news-lens-'));
      assert.ok(installed, 'installed into the extensions folder');
      const manifest = JSON.parse(fs.readFileSync(path.join(web.extDir, installed, 'package.json'), 'utf8'));
      assert.equal(manifest.main, undefined, 'the installed copy has no Node entry');
      assert.equal(manifest.browser, './dist/web/extension.js');
      const files = filesIn(path.join(web.extDir, installed));
      assert.ok(files.includes(path.join('dist', 'web', 'extension.js')) && files.includes(path.join('dist', 'web', 'worker.js')), files.join(', '));
      assert.ok(!files.includes(path.join('dist', 'extension.js')) && !files.includes(path.join('dist', 'worker.js')), `no Node bundle: ${files.join(', ')}`);

      web.folder = copyFolder(samples, 'news-lens-web-ws-');
      web.server = await startCodeServer({ extensionsDir: web.extDir });
      web.page = await wb.page.context().newPage();
      web.wb = new Workbench(web.page, { shots: wb.shots, folder: web.folder, root: wb.root, server: web.server });
      web.wb.n = 60;
      await web.page.goto(workbenchUrl(web.server, { folder: web.folder }));
      await web.wb.ready();
    },
  },
  {
    name: 'web host: News Lens runs in the web worker extension host, its analysis in a Web Worker it starts',
    async run() {
      const { wb, page } = need();
      await wb.openFile(ARTICLE);
      await waitForDecorations(wb);
      // VS Code's own account of where each extension runs: "web worker" for the browser's extension host,
      // the server's address for the Node one.
      await wb.command('Developer: Show Running Extensions');
      const rows = page.locator('.runtime-extensions-editor .monaco-list-row');
      const ours = rows.filter({ hasText: 'News Lens' });
      await ours.first().waitFor({ timeout: 20_000 });
      await wb.shot('web-host-running-extensions');
      assert.equal(await ours.count(), 1, 'News Lens runs once');
      const row = await ours.innerText();
      assert.match(row, /web worker/, row);
      assert.doesNotMatch(row, /127\.0\.0\.1/, row);
      const all = await rows.allInnerTexts();
      assert.ok(all.some(r => r.includes(`127.0.0.1:${web.server.port}`)), `the view names the Node host too (control): ${all.join(' | ')}`);
      await page.keyboard.press('Control+W');
      // The Node extension host (on the server, which logs every activation) activated other extensions and not News Lens.
      const logs = path.join(web.server.home, 'user-data', 'logs');
      const hostLogs = filesIn(logs).filter(f => f.endsWith('remoteexthost.log')).map(f => fs.readFileSync(path.join(logs, f), 'utf8')).join('\n');
      assert.match(hostLogs, /_doActivateExtension vscode\./, 'the Node extension host log records activations');
      assert.doesNotMatch(hostLogs, /_doActivateExtension news-lens\.news-lens/i, 'the Node extension host never activated News Lens');
      // The browser's workers: VS Code's extension host worker, and the analysis worker web.ts starts from it
      // (the host names nested workers "<its name> -> <the given name>").
      const names = await Promise.all(page.workers().map(w => w.evaluate(() => self.name).catch(() => '')));
      assert.ok(names.includes('ExtensionHostWorker'), names.join(', '));
      assert.ok(names.includes('ExtensionHostWorker -> news-lens-analysis'), `the analysis Web Worker runs: ${names.join(', ')}`);
      // News Lens's log: the analysis went to the worker and never fell back to the extension host's thread.
      await wb.command('Output: Show Output Channels');
      await page.keyboard.type('News Lens', { delay: 10 });
      await wb.pickRow('News Lens');
      const output = page.locator('.panel .monaco-editor .view-lines').first();
      await output.filter({ hasText: 'activated in' }).waitFor({ timeout: 15_000 });
      const log = (await output.innerText()).replace(/\u00a0/g, ' ');
      await wb.shot('web-host-output');
      assert.match(log, /analysis (?:runs|and the corpus index run) in a worker/, log);
      assert.doesNotMatch(log, /analysis worker (unavailable|failed)|could not/, log);
      await wb.command('View: Hide Panel');
    },
  },
  {
    name: 'web host: sample 003 shows decorations, speaker mentions as the Node build finds them',
    async run() {
      const { wb } = need();
      await wb.openFile(ARTICLE);
      const st = await waitForDecorations(wb);
      await wb.shot('web-host-003-decorations');
      assert.ok(st.overlays.some(o => !transparent(o.bg)), 'a quote background is rendered');
      assert.ok(st.overlays.some(o => o.border.startsWith('1px solid')), 'a figure is boxed');
      const doc = cliDoc(ARTICLE);
      const text = fs.readFileSync(path.join(web.folder, ARTICLE), 'utf8');
      const mentions = doc.speakers.flatMap(s => s.mentions.map(m => text.slice(m.start, m.end)));
      const bold = st.inline.filter(s => Number(s.weight) >= 600).map(s => s.text.replace(/\u00a0/g, ' ').trim()).filter(Boolean);
      assert.ok(bold.length > 0, 'speaker mentions are bold');
      for (const b of bold) assert.ok(mentions.some(m => m.includes(b)), `"${b}" is a speaker mention of the Node build (${[...new Set(mentions)].join(', ')})`);
    },
  },
  {
    name: 'web host: a quote hover gives the speaker and cue the Node build finds',
    async run() {
      const { wb, page } = need();
      await wb.openFile(ARTICLE);
      await waitForDecorations(wb);
      const q = cliDoc(ARTICLE).quotes.find(x => x.text.includes('no possibility'));
      assert.ok(q && q.speaker, 'the Node build attributes the quote');
      const hover = await wb.hover('no possibility');
      await wb.shot('web-host-quote-hover');
      assert.match(hover, new RegExp(`\\b${q.speaker.name}\\b`), hover);
      assert.match(hover, /Sergei Lavrov/, hover);
      assert.match(hover, new RegExp(`\\b${q.cue.text}\\b`), hover);
      await page.mouse.move(5, 5);
      await wb.reset();
    },
  },
  {
    name: 'web host: the status bar counts of every sample equal the Node build\'s',
    timeout: 180_000,
    async run() {
      const { wb, page } = need();
      const item = page.locator('.statusbar-item[id*="newsLens.status"]').first();
      for (const doc of web.cli.documents) {
        const shared = web.cli.duplicates.flatMap(g => g.passages).filter(p => p.file === doc.file).length;
        const n = (k, noun) => `${k} ${k === 1 ? noun : noun + 's'}`;
        const direct = doc.quotes.filter(x => x.kind !== 'indirect').length, reported = doc.quotes.length - direct;
        const expected = `${n(direct, 'quote')}, ${reported ? `${n(reported, 'reported statement')}, ` : ''}${n(doc.speakers.length, 'speaker')}, ${n(doc.figures.length, 'figure')}, ${n(shared, 'passage')} shared with other articles`;
        await wb.openFile(doc.file);
        const read = async () => (/(\d+ quotes?, (?:\d+ reported statements?, )?\d+ speakers?, \d+ figures?, \d+ passages? shared with other articles)/.exec(await item.getAttribute('aria-label', { timeout: 5_000 }).catch(() => '') ?? '') || [])[1];
        const last = await until(60_000, async () => { const got = await read(); return { got, done: got === expected }; }, page);
        assert.equal(last.got, expected, doc.file);
      }
      await wb.shot('web-host-status-bar');
    },
  },
  {
    name: 'web host: the side panel lists the duplicate groups the Node build finds',
    async run() {
      const { wb, page } = need();
      await wb.command('News Lens: Focus on Cross-source View');
      const panel = wb.panel();
      await panel.locator('body[data-status="ready"] #nl-duplicates .nl-group').first().waitFor({ timeout: 30_000 });
      const expected = web.cli.duplicates.map(g => g.passages.map(p => `${p.file}:${p.start}-${p.end}`).sort().join(' ')).sort();
      const shown = async () => (await panel.locator('#nl-duplicates .nl-group').evaluateAll(gs => gs.map(g =>
        [...g.querySelectorAll('.nl-passage')].map(p => `${p.dataset.file}:${p.dataset.start}-${p.dataset.end}`).sort().join(' ')))).sort();
      const last = await until(30_000, async () => { const got = await shown(); return { got, done: got.join('\n') === expected.join('\n') }; }, page);
      await wb.shot('web-host-side-panel');
      assert.deepEqual(last.got, expected);
    },
  },
];

/** Close the second workbench and remove what the tests made (called by run-e2e.mjs after all tests). */
export async function cleanup() {
  await web.page?.close().catch(() => undefined);
  web.server?.stop();
  for (const d of [web.stage, web.extDir, web.folder]) if (d) fs.rmSync(d, { recursive: true, force: true });
}
