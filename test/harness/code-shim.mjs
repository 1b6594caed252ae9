#!/usr/bin/env node
// A `code` executable for @vscode/test-electron's runTests({ vscodeExecutablePath }) on machines without VS Code
// desktop: it reads the argv runTests passes (--extensionDevelopmentPath=…, --extensionTestsPath=…, the folder)
// and runs those tests in code-server + headless Chromium, exiting 0 when they pass. With it,
// NEWS_LENS_VSCODE=test/harness/code-shim.mjs exercises the test-electron route of run-integration.mjs here.
import path from 'node:path';
import { viaCodeServer } from './run-integration.mjs';

const argv = process.argv.slice(2);
const value = name => argv.find(a => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const extensionDevelopmentPath = value('extensionDevelopmentPath');
const extensionTestsPath = value('extensionTestsPath');
const folder = argv.find(a => !a.startsWith('-'));
if (!extensionDevelopmentPath || !extensionTestsPath || !folder) {
  console.error('usage: code-shim FOLDER --extensionDevelopmentPath=DIR --extensionTestsPath=FILE');
  process.exit(2);
}
const r = await viaCodeServer(path.resolve(folder), { extensionDevelopmentPath: path.resolve(extensionDevelopmentPath), extensionTestsPath: path.resolve(extensionTestsPath) });
process.exit(r.failed ? 1 : 0);
