#!/usr/bin/env node
// npm test: typecheck and build, then every suite — unit (mocha, the engine and glue), integration (inside a
// real VS Code extension host), the web engine in Chromium, and end-to-end (the real workbench in headless
// Chromium) — and a last line `N passed, N failed` summing them all. Exit code 1 on any failure.
// NEWS_LENS_SKIP=integration,e2e leaves suites out (for a quick local run; CI runs everything).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const skip = new Set((process.env.NEWS_LENS_SKIP || '').split(',').filter(Boolean));
const results = [];
const npmBin = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function step(name, cmd, args) {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  results.push({ suite: name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds: (Date.now() - t0) / 1000 });
  return ok;
}

function mochaSuite(name, files) {
  const t0 = Date.now();
  const summary = path.join(os.tmpdir(), `news-lens-mocha-${process.pid}-${results.length}.json`);
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--reporter', path.join(root, 'test', 'harness', 'mocha-summary-reporter.cjs'), ...files],
    { cwd: root, stdio: 'inherit', env: { ...process.env, NEWS_LENS_MOCHA_SUMMARY: summary } });
  const counts = fs.existsSync(summary) ? JSON.parse(fs.readFileSync(summary, 'utf8')) : { passed: 0, failed: 0 };
  fs.rmSync(summary, { force: true });
  if (r.status !== 0 && counts.failed === 0) counts.failed = 1; // it crashed before reporting
  results.push({ suite: name, passed: counts.passed, failed: counts.failed, seconds: (Date.now() - t0) / 1000 });
}

async function harnessSuite(name, modulePath, fn) {
  const t0 = Date.now();
  try {
    const mod = await import(pathToFileURL(path.join(root, modulePath)).href);
    const r = await mod[fn]();
    results.push({ suite: name, passed: r.passed, failed: r.failed, seconds: (Date.now() - t0) / 1000 });
  } catch (e) {
    console.error(`${name}: ${e.stack || e}`);
    results.push({ suite: name, passed: 0, failed: 1, seconds: (Date.now() - t0) / 1000 });
  }
}

step('typecheck', process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.', '--noEmit']);
step('lint', process.execPath, [path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '.']);
step('typecheck panel script', process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'media', '--noEmit']);
const built = step('build', npmBin, ['run', '--silent', 'build']) && step('build tests', npmBin, ['run', '--silent', 'build:tests']);
if (built) {
  // (every unit test file, those of the rule families in out/test/unit/attribution/ too, as `npm run test:unit` runs them)
  const unit = fs.readdirSync(path.join(root, 'out', 'test', 'unit'), { recursive: true }).map(String).filter(f => f.endsWith('.test.js')).sort().map(f => path.join('out', 'test', 'unit', f));
  mochaSuite('unit', unit);
  if (!skip.has('web')) mochaSuite('web engine in Chromium', [path.join('out', 'test', 'e2e', 'webEngine.test.js')]);
  const editorSuites = !skip.has('integration') || !skip.has('e2e');
  const haveEditor = !editorSuites || step('install code-server (cached)', process.execPath, [path.join(root, 'test', 'harness', 'install-code-server.mjs')]);
  if (!haveEditor) console.error('code-server could not be installed: the integration and end-to-end suites cannot run');
  if (haveEditor && !skip.has('integration')) await harnessSuite('integration (real extension host)', 'test/harness/run-integration.mjs', 'runIntegration');
  if (haveEditor && !skip.has('e2e') && fs.existsSync(path.join(root, 'test', 'harness', 'run-e2e.mjs'))) await harnessSuite('end-to-end (real workbench)', 'test/harness/run-e2e.mjs', 'runE2E');
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log('\nsuite                               passed  failed  seconds');
for (const r of results) console.log(`${r.suite.padEnd(36)}${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${r.seconds.toFixed(1).padStart(7)}`);
if (skip.size) console.log(`(left out: ${[...skip].join(', ')})`);
console.log(`\n${passed} passed, ${failed} failed`);
// Leftover handles of the editor suites (keep-alive sockets, pipes) must not keep CI waiting.
process.exit(failed ? 1 : 0);
