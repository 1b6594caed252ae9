// The packaged extension: `npm run package` builds the VSIX (under 5 MB), code-server installs it like a user
// would, its README's images are in it (compressed), and the sample article shows its decorations with no
// development folder involved.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCodeServer, workbenchUrl } from '../harness/codeServer.mjs';
import { installCodeServer } from '../harness/install-code-server.mjs';
import { Workbench } from './workbench.mjs';

export const tests = [
  {
    name: 'the VSIX installs into VS Code and annotates sample 003',
    timeout: 300_000,
    async run(wb) {
      const vsix = path.join(wb.root, 'news-lens.vsix');
      execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'package'], { cwd: wb.root, stdio: 'ignore' });
      const size = fs.statSync(vsix).size;
      assert.ok(size < 5 * 1024 * 1024, `VSIX is ${size} bytes`);
      const extDir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-vsix-ext-'));
      const entry = installCodeServer({ quiet: true });
      const out = execFileSync(process.execPath, [entry, '--extensions-dir', extDir, '--install-extension', vsix], { encoding: 'utf8', env: { ...process.env, HOME: extDir } });
      assert.match(out, /news-lens/i);
      const installed = fs.readdirSync(extDir).find(d => d.startsWith('news-lens.news-lens-'));
      assert.ok(installed, 'installed into the extensions folder');
      // the README the extension's page shows: every image it references is in the package, in a few hundred kB
      // (vsce stores it as readme.md)
      const readmeName = fs.readdirSync(path.join(extDir, installed)).find(f => /^readme\.md$/i.test(f));
      assert.ok(readmeName, 'the README is in the VSIX');
      const readme = fs.readFileSync(path.join(extDir, installed, readmeName), 'utf8');
      const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map(m => m[1]);
      assert.ok(images.length >= 5, `${images.length} images in the README`);
      const bytes = images.map(i => { const f = path.join(extDir, installed, i); assert.ok(fs.existsSync(f), `${i} is in the VSIX`); return fs.statSync(f).size; });
      const total = bytes.reduce((a, b) => a + b, 0);
      assert.ok(total < 700 * 1024, `the README's images take ${Math.round(total / 1024)} kB`);
      assert.ok(!fs.existsSync(path.join(extDir, installed, 'dist', 'cli.js')), 'the CLI is not in the VSIX');
      const server = await startCodeServer({ extensionsDir: extDir });
      const page = await wb.page.context().newPage();
      try {
        const vb = new Workbench(page, { shots: wb.shots, folder: wb.folder, root: wb.root, server });
        vb.n = 50;
        await page.goto(workbenchUrl(server, { folder: wb.folder }));
        await vb.ready();
        await vb.openFile('003_766a015ac4dc8b77.txt');
        const t0 = Date.now();
        for (;;) {
          const st = await vb.decorationStyles();
          if (st.inline.some(s => Number(s.weight) >= 600) && st.overlays.length) break;
          if (Date.now() - t0 > 60_000) throw new Error('no decorations from the installed VSIX');
          await page.waitForTimeout(250);
        }
        await vb.shot('vsix-installed-003');
      } finally {
        await page.close();
        server.stop();
        fs.rmSync(extDir, { recursive: true, force: true });
      }
    },
  },
];
