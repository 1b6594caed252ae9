/**
 * The web build's engine in a real browser: the browser bundle (dist/web/core.js, built by `npm run build:web`)
 * runs inside a Web Worker in headless Chromium on the five samples, and its analysis must equal, field for
 * field, what the Node build (dist/cli.js) prints for the same files. Proves the engine uses no Node-only API.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext } from 'playwright-core';
import { documentJson } from '../../src/core/serialize';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SAMPLES = path.join(ROOT, 'media', 'samples');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe('web build: the engine in a browser Web Worker', function () {
  this.timeout(120_000);
  let ctx: BrowserContext;
  let profile: string;
  before(async () => {
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-chromium-'));
    ctx = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS });
  });
  after(async () => { await ctx?.close(); fs.rmSync(profile, { recursive: true, force: true }); });

  it('the web extension bundle needs nothing but the vscode module', () => {
    const bundle = fs.readFileSync(path.join(ROOT, 'dist', 'web', 'extension.js'), 'utf8');
    const required = [...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(m => m[1]);
    assert.deepStrictEqual([...new Set(required)], ['vscode']);
  });

  it("the web build's analysis worker (dist/web/worker.js) annotates every sample exactly as the Node CLI", async () => {
    const worker = fs.readFileSync(path.join(ROOT, 'dist', 'web', 'worker.js'), 'utf8');
    const files = fs.readdirSync(SAMPLES).filter(f => f.endsWith('.txt')).sort();
    const inputs = files.map((file, id) => ({ id, file, text: fs.readFileSync(path.join(SAMPLES, file), 'utf8') }));
    const page = await ctx.newPage();
    await page.goto('about:blank');
    const results = await page.evaluate(async ({ worker, inputs }) => {
      const w = new Worker(URL.createObjectURL(new Blob([worker], { type: 'text/javascript' })));
      const out: any[] = [];
      await new Promise<void>((resolve, reject) => {
        w.onmessage = e => { out.push(e.data); if (out.length === inputs.length) resolve(); };
        w.onerror = e => reject(new Error(e.message));
        for (const req of inputs) w.postMessage(req);
      });
      return out;
    }, { worker, inputs });
    const fromNode = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'analyze', '--json', '--only', 'quotes,figures', '.'], { cwd: SAMPLES, encoding: 'utf8', maxBuffer: 1 << 28 }));
    for (const r of results) {
      assert.strictEqual(r.error, undefined, r.error);
      assert.deepStrictEqual(documentJson(r.result), fromNode.documents[r.id], files[r.id]);
    }
  });

  it('annotates the samples exactly as the Node build does', async () => {
    const bundle = fs.readFileSync(path.join(ROOT, 'dist', 'web', 'core.js'), 'utf8');
    const files = fs.readdirSync(SAMPLES).filter(f => f.endsWith('.txt')).sort();
    const inputs = files.map(file => ({ file, text: fs.readFileSync(path.join(SAMPLES, file), 'utf8') }));
    const page = await ctx.newPage();
    await page.goto('about:blank');
    const fromBrowser = await page.evaluate(async ({ bundle, inputs }) => {
      const src = bundle + '\nself.onmessage = e => { try { self.postMessage({ ok: NewsLensCore.toSchemaJson(NewsLensCore.analyzeCorpus(e.data)), hasProcess: typeof process !== "undefined" }); } catch (err) { self.postMessage({ error: String(err && err.stack || err) }); } };';
      const worker = new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));
      return await new Promise<any>((resolve, reject) => {
        worker.onmessage = e => resolve(e.data);
        worker.onerror = e => reject(new Error(e.message));
        worker.postMessage(inputs);
      });
    }, { bundle, inputs });
    assert.strictEqual(fromBrowser.error, undefined, fromBrowser.error);
    assert.strictEqual(fromBrowser.hasProcess, false, 'the worker has no Node globals');
    const fromNode = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'analyze', '--json', '.'], { cwd: SAMPLES, encoding: 'utf8', maxBuffer: 1 << 28 }));
    assert.deepStrictEqual(fromBrowser.ok, fromNode);
    assert.ok(fromNode.documents.some((d: any) => d.quotes.length > 0));
  });
});
