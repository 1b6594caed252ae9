/**
 * Runs the integration tests inside the extension host (code-server's or VS Code desktop's): mocha over
 * out/test/integration/*.test.js, resolving with the number of failures.
 */
import * as fs from 'fs';
import * as path from 'path';

export function run(): Promise<void> {
  const m = require('mocha');
  const Mocha = m.Mocha || m;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 120_000, reporter: 'spec', grep: process.env.NEWS_LENS_GREP || undefined });
  for (const f of fs.readdirSync(__dirname).filter(f => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures: number) => {
      const stats = runner.stats ?? {};
      const summary = JSON.stringify({ passed: stats.passes ?? 0, failed: failures });
      console.log(`integration-summary ${summary}`);
      // VS Code desktop (@vscode/test-electron) gives the runner no page to listen to: it names a file instead.
      if (process.env.NEWS_LENS_INTEGRATION_SUMMARY) fs.writeFileSync(process.env.NEWS_LENS_INTEGRATION_SUMMARY, summary);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
