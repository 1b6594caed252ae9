#!/usr/bin/env node
// Integration tests inside a real VS Code extension host. With VS Code desktop (NEWS_LENS_VSCODE=path to a
// `code` executable, or a download that works) @vscode/test-electron's runTests drives it; here, where desktop
// VS Code cannot be had, code-server 1.100.3 in headless Chromium runs the very same test files.
// Prints the tests' own output and returns { passed, failed }.
import fs from 'node:fs';
import { format } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyFolder, launchChromium, startCodeServer, workbenchUrl } from './codeServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const testsIndex = path.join(root, 'out', 'test', 'integration', 'index.js');

// The workbench's own chatter that real-vscode.md lists as harmless (no internet, no telemetry, startup timings).
const NOISE = /ENOTFOUND|vsda|Creation of workbench contribution|Creating a socket|\[Service Worker\]|ChatSessionStore|Updating additional builtin|unexpected controller/;

async function viaTestElectron(folder) {
  const { runTests } = await import('@vscode/test-electron');
  const summary = path.join(folder, '..', `news-lens-integration-${process.pid}.json`);
  try {
    const code = await runTests({ vscodeExecutablePath: process.env.NEWS_LENS_VSCODE, extensionDevelopmentPath: root, extensionTestsPath: testsIndex,
      extensionTestsEnv: { NEWS_LENS_INTEGRATION_SUMMARY: summary }, launchArgs: [folder, '--disable-extensions'] }).then(() => 0, () => 1);
    const counts = fs.existsSync(summary) ? JSON.parse(fs.readFileSync(summary, 'utf8')) : { passed: 0, failed: 1 };
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
    return counts;
  } finally {
    fs.rmSync(summary, { force: true });
  }
}

/** Runs an extension's tests in code-server + headless Chromium; returns { passed, failed } (also the `code` shim's engine). */
export async function viaCodeServer(folder, { extensionDevelopmentPath = root, extensionTestsPath = testsIndex } = {}) {
  const server = await startCodeServer();
  const browser = await launchChromium();
  let log = '';
  try {
    const page = await browser.context.newPage();
    let resolveExit;
    const exit = new Promise(resolve => { resolveExit = resolve; });
    await page.exposeFunction('codeAutomationExit', code => resolveExit(code));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      log += line + '\n';
      if (!NOISE.test(line)) process.stdout.write(line.replace(/\n?$/, '\n'));
    });
    await page.goto(workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath }));
    const code = await Promise.race([exit, new Promise(r => setTimeout(() => r('timeout'), 10 * 60_000))]);
    const m = /integration-summary (\{.*\})/.exec(log);
    const counts = m ? JSON.parse(m[1]) : { passed: 0, failed: 1 };
    if (code === 'timeout') { console.error('integration tests timed out'); return { passed: counts.passed, failed: Math.max(1, counts.failed) }; }
    if (code !== 0 && counts.failed === 0) counts.failed = 1; // the run failed outside mocha (e.g. the tests did not load)
    return counts;
  } catch (e) {
    console.error(`integration run failed: ${e.stack || e}\n--- code-server log ---\n${server.log().slice(-4000)}`);
    return { passed: 0, failed: 1 };
  } finally {
    await browser.close();
    server.stop();
  }
}

export async function runIntegration() {
  if (!fs.existsSync(testsIndex)) throw new Error(`${testsIndex} is missing: run npm run build:tests first`);
  const folder = copyFolder(path.join(root, 'media', 'samples'));
  try {
    return process.env.NEWS_LENS_VSCODE ? await viaTestElectron(folder) : await viaCodeServer(folder);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  const r = await runIntegration();
  console.log(`integration: ${r.passed} passed, ${r.failed} failed`);
  process.exit(r.failed ? 1 : 0);
}
