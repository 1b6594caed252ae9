#!/usr/bin/env node
// End-to-end tests in the real workbench: code-server 1.100.3 serving VS Code with News Lens under development,
// headless Chromium driving it through playwright-core. Every test file in test/e2e/*.e2e.mjs exports
// `tests`: [{ name, run(ctx) }] (and may export `cleanup()`, awaited once after all tests); they share one
// code-server and one browser page, with a temporary copy of the sample articles as the workspace. Each step's
// screenshot goes to test-results/screenshots/.
// Returns { passed, failed }; run alone it prints `e2e: N passed, N failed`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { copyFolder, launchChromium, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { Workbench } from '../e2e/workbench.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shots = path.join(root, 'test-results', 'screenshots');
const TEST_TIMEOUT = 120_000;

function withTimeout(promise, ms, what) {
  let t;
  return Promise.race([promise, new Promise((_, reject) => { t = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms); })]).finally(() => clearTimeout(t));
}

export async function runE2E({ only } = {}) {
  fs.mkdirSync(shots, { recursive: true });
  const files = fs.readdirSync(path.join(root, 'test', 'e2e')).filter(f => f.endsWith('.e2e.mjs')).sort();
  const suites = [];
  for (const f of files) {
    const mod = await import(pathToFileURL(path.join(root, 'test', 'e2e', f)).href);
    suites.push({ file: f, tests: mod.tests, cleanup: mod.cleanup });
  }
  let passed = 0, failed = 0;
  const folder = copyFolder(path.join(root, 'media', 'samples'));
  const server = await startCodeServer();
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    const wb = new Workbench(page, { shots, folder, root, server });
    await page.goto(workbenchUrl(server, { folder, extensionDevelopmentPath: root }));
    await wb.ready();
    for (const { file, tests } of suites) {
      for (const t of tests) {
        if (only && !t.name.includes(only)) continue;
        const t0 = Date.now();
        try {
          await withTimeout(t.run(wb), t.timeout ?? TEST_TIMEOUT, t.name);
          passed++;
          console.log(`  ✔ ${t.name} (${Date.now() - t0} ms)`);
        } catch (e) {
          failed++;
          console.log(`  ✖ ${t.name} [${file}]\n      ${String(e && e.stack || e).split('\n').slice(0, 4).join('\n      ')}`);
          await wb.shot(`FAILED-${t.name}`).catch(() => undefined);
          await wb.reset().catch(() => undefined);
        }
      }
    }
  } catch (e) {
    failed++;
    console.log(`  ✖ the workbench did not come up: ${e.stack || e}\n${server.log().slice(-3000)}`);
  } finally {
    for (const { file, cleanup } of suites) {
      if (cleanup) await withTimeout(cleanup(), 30_000, `cleanup of ${file}`).catch(e => console.log(`  (cleanup of ${file} failed: ${e.message})`));
    }
    await browser.close();
    server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
  return { passed, failed };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  const only = process.argv[2];
  const r = await runE2E({ only });
  console.log(`e2e: ${r.passed} passed, ${r.failed} failed`);
  process.exit(r.failed ? 1 : 0);
}
