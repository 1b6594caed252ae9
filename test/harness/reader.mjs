#!/usr/bin/env node
// Read articles as a reader would, in the real workbench (code-server 1.100.3 + headless Chromium, as the e2e suite
// runs it): each FILE is copied into a temporary workspace and opened, a screenshot of it decorated goes to OUTDIR,
// and each word after the colon is revealed and hovered (its hover's text printed, a screenshot taken).
// Usage (after `npm run build`): node test/harness/reader.mjs OUTDIR FILE[:word|other words] ...
// e.g. node test/harness/reader.mjs /tmp/reader "../shared/bench/polnear/train/text/nyt_….txt:Manafort|percent"
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { Workbench } from '../e2e/workbench.mjs';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [out, ...specs] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reader-'));
const items = specs.map(s => { const [file, hovers] = s.split(':'); fs.copyFileSync(file, path.join(folder, path.basename(file))); return { name: path.basename(file), hovers: hovers ? hovers.split('|') : [] }; });
const server = await startCodeServer();
const browser = await launchChromium();
try {
  const page = await browser.context.newPage();
  const wb = new Workbench(page, { shots: out, folder, root, server });
  await page.goto(workbenchUrl(server, { folder, extensionDevelopmentPath: root }));
  await wb.ready();
  for (const { name, hovers } of items) {
    await wb.openFile(name);
    await page.waitForTimeout(6000);
    await wb.shot(`${name}-top`);
    for (const h of hovers) {
      try { await wb.reveal(h); const text = await wb.hover(h); console.log(`--- ${name} hover "${h}":\n${text}\n`); await wb.shot(`${name}-hover-${h}`); } catch (e) { console.log(`--- ${name} hover "${h}": ${e.message}`); }
      await wb.reset();
    }
  }
} finally { await browser.close(); server.stop(); fs.rmSync(folder, { recursive: true, force: true }); }
