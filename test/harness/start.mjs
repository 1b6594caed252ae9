#!/usr/bin/env node
// npm start: build, then serve a real VS Code (code-server 1.100.3) on 127.0.0.1 with News Lens loaded from this
// folder and the sample articles open. Prints the URL to open in a browser. Ctrl+C stops everything it started.
// Options: --port N (default: a free port), --folder DIR (default: the bundled samples in media/samples).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCodeServer, workbenchUrl } from './codeServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const opt = k => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
const folder = path.resolve(opt('--folder') || path.join(root, 'media', 'samples'));
if (!fs.existsSync(folder)) { console.error(`npm start: no such folder ${folder}`); process.exit(2); }

const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// Ctrl+C (or SIGTERM, SIGHUP) at any moment, even while code-server is still starting, stops what was started:
// code-server runs in its own process group (so a terminal's Ctrl+C does not reach it) and stop() ends that
// whole group — server, extension host, file watcher — and removes its temporary home.
let server;
let stopping = false;
const starting = new AbortController();
const stop = () => {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping VS Code…');
  if (server) { server.stop(); process.exit(0); }
  starting.abort(); // startCodeServer stops what it started and rejects; handled below
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
// When npm is killed (`kill PID`), npm passes the signal to the `sh -c` it runs this script in, and sh dies
// without passing it on: notice being orphaned and stop too. (`kill -INT` on npm alone reaches nothing: sh
// waits for this process before acting on a SIGINT. A terminal's Ctrl+C signals the whole process group.)
const parent = process.ppid;
setInterval(() => { if (process.ppid !== parent) stop(); }, 1000).unref();

console.log('starting VS Code (code-server 1.100.3)…');
try {
  server = await startCodeServer({ quiet: false, port: opt('--port') ? Number(opt('--port')) : undefined, signal: starting.signal });
} catch (e) {
  if (stopping) process.exit(0);
  console.error(`npm start: VS Code did not start: ${e.message}`);
  process.exit(1);
}
if (stopping) { server.stop(); process.exit(0); }
// the bundled samples open with sample 003 in the editor, so highlights and the status item show at once
const sample003 = fs.existsSync(folder) ? fs.readdirSync(folder).find(f => f.startsWith('003_')) : undefined;
const openFile = !opt('--folder') && sample003 ? path.join(folder, sample003) : undefined;
const url = workbenchUrl(server, { folder, extensionDevelopmentPath: root, openFile });
console.log(`\nNews Lens is running in VS Code. Open this URL in a browser on this machine:\n\n  ${url}\n\nThe sample articles (${path.relative(process.cwd(), folder) || folder}) are open${openFile ? `, ${path.basename(openFile)} in the editor` : ''}; News Lens never writes to them.\nPress Ctrl+C to stop.\n`);
setInterval(() => undefined, 1 << 30);
