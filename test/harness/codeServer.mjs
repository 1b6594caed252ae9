// Starting and stopping a real VS Code (code-server 1.100.3) on 127.0.0.1 and headless Chromium driving it,
// as ../shared/docs/real-vscode.md describes. Used by the integration and end-to-end runners and by `npm start`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { installCodeServer } from './install-code-server.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** Copy a folder (the samples) into a fresh temporary folder, so tests never touch the originals. */
export function copyFolder(from, prefix = 'news-lens-ws-') {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const f of fs.readdirSync(from)) if (fs.statSync(path.join(from, f)).isFile()) fs.copyFileSync(path.join(from, f), path.join(to, f));
  return to;
}

/** Whether something already listens on 127.0.0.1:port. */
function portInUse(port) {
  return new Promise(resolve => {
    const s = net.createServer();
    s.once('error', () => resolve(true));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(false)));
  });
}

/** Live (not zombie) processes of a process group. Linux reads /proc; elsewhere only whether the group exists. */
function groupAlive(pgid) {
  if (process.platform === 'linux') {
    for (const pid of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let stat;
      try { stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8'); } catch { continue; }
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // state, ppid, pgrp, …
      if (Number(f[2]) === pgid && f[0] !== 'Z') return true;
    }
    return false;
  }
  try { process.kill(-pgid, 0); return true; } catch { return false; }
}

const sleepSync = ms => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Start code-server. Returns { url, port, stop(), log() } once /healthz answers.
 * settings: extra user settings. extensionsDir: where installed extensions live (for the VSIX test).
 * port: a fixed port (refused with an error if something listens on it); default a free one.
 * signal: an AbortSignal; aborting while code-server starts stops it and rejects with an AbortError.
 * stop() is synchronous: it ends code-server's whole process group (SIGTERM, SIGKILL after 5 s), waits until
 * none of it is left, and removes the temporary home (user data, logs, IPC sockets).
 */
export async function startCodeServer({ settings = {}, extensionsDir, quiet = true, port: wantedPort, signal } = {}) {
  const entry = installCodeServer({ quiet });
  signal?.throwIfAborted();
  if (wantedPort && await portInUse(wantedPort)) throw new Error(`port ${wantedPort} on 127.0.0.1 is already in use`);
  const port = wantedPort || await freePort();
  signal?.throwIfAborted();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-cs-'));
  const userData = path.join(home, 'user-data');
  const extDir = extensionsDir || path.join(home, 'extensions');
  // VS Code puts its IPC sockets (vscode-ipc-*.sock, one per window) in $XDG_RUNTIME_DIR, else in the system's
  // temporary folder, and never removes them: keep them in the home that stop() removes.
  const runtimeDir = path.join(home, 'run');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(extDir, { recursive: true });
  fs.mkdirSync(runtimeDir, { mode: 0o700 });
  // Port auto-forwarding off: remote.autoForwardPorts false, and remote.autoForwardPortsSource 'output' (the
  // workbench keeps the scanner on when a tunnel provider is registered, as code-server does, unless the source
  // is not 'process'). Otherwise VS Code's extension host scans for listening ports every 2 s —
  // `exec('ls -l /proc/[0-9]*/fd/[0-9]* | grep socket:')`, then a readlink and a read per process in /proc —
  // blocking that host's event loop for up to 70–100 ms per scan on our build machines. It is VS Code's own
  // work, not News Lens's, and no test forwards a port: turning it off keeps the stall measured in
  // test/integration/stall.test.ts about News Lens. (VS Code's initial scan at start-up still runs.)
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'remote.autoForwardPorts': false, 'remote.autoForwardPortsSource': 'output',
    'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'git.enabled': false, 'security.workspace.trust.enabled': false,
    'workbench.tips.enabled': false, 'update.mode': 'none', 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false,
    'workbench.enableExperiments': false, 'editor.hover.delay': 150, 'window.commandCenter': false, 'chat.commandCenter.enabled': false,
    'workbench.colorTheme': 'Default Dark Modern', 'editor.wordWrap': 'on', ...settings,
  }, null, 1));
  const config = path.join(home, 'config.yaml');
  fs.writeFileSync(config, '');
  let out = '';
  const child = spawn(process.execPath, [entry, '--config', config, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userData, '--extensions-dir', extDir, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override'], {
    detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local', 'share'), XDG_CACHE_HOME: path.join(home, '.cache'), XDG_RUNTIME_DIR: runtimeDir },
  });
  child.stdout.on('data', d => { out += d; });
  child.stderr.on('data', d => { out += d; });
  const url = `http://127.0.0.1:${port}`;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    const pgid = child.pid;
    const kill = sig => { try { process.kill(-pgid, sig); } catch { /* already gone */ } };
    const waitGone = ms => { for (const t0 = Date.now(); Date.now() - t0 < ms; sleepSync(50)) if (!groupAlive(pgid)) return true; return !groupAlive(pgid); };
    if (pgid) {
      kill('SIGTERM');
      if (!waitGone(5000)) { kill('SIGKILL'); waitGone(2000); }
    }
    fs.rmSync(home, { recursive: true, force: true, maxRetries: 3 });
  };
  const t0 = Date.now();
  try {
    for (;;) {
      signal?.throwIfAborted();
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`code-server exited (${child.exitCode ?? child.signalCode}):\n${out}`);
      try { const r = await fetch(`${url}/healthz`, { signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(2000)]) : AbortSignal.timeout(2000) }); if (r.ok && child.exitCode === null) break; } catch { /* not yet */ }
      if (Date.now() - t0 > 60_000) throw new Error(`code-server did not answer /healthz in 60 s:\n${out}`);
      await new Promise(r => setTimeout(r, 250));
    }
  } catch (e) {
    stop();
    throw e;
  }
  return { url, port, home, extensionsDir: extDir, stop, log: () => out, installEntry: entry };
}

/** The workbench URL that opens a folder with an extension under development (and optionally its tests). */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath, openFile }) {
  const remote = p => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [];
  // the workbench opens this file in an editor once the folder is up (VS Code web's `openFile` payload)
  if (openFile) payload.push(['openFile', remote(openFile)]);
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const q = new URLSearchParams({ folder });
  if (payload.length) q.set('payload', JSON.stringify(payload));
  return `${server.url}/?${q.toString()}`;
}

export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1400, height: 900 },
  });
  return { context, close: async () => { await context.close().catch(() => undefined); fs.rmSync(profile, { recursive: true, force: true }); } };
}
