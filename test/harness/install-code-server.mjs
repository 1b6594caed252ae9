#!/usr/bin/env node
// Installs code-server (a real VS Code 1.100.3 served to a browser) into .vscode-test/code-server-4.100.3, once.
// The quirks are those of ../shared/docs/real-vscode.md: answer npx's question; as root, code-server's postinstall.sh
// refuses to run unless npm_config_unsafe_perm is "true" (npm 11 no longer knows the setting and warns of it, and
// the postinstall's own nested `npm install --unsafe-perm` warns too: those warnings are code-server's),
// build native modules against the machine's Node headers, and seed @vscode/ripgrep's download cache with
// Debian's rg (its postinstall would fetch from the internet). Prints the path of the code-server binary.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const installDir = path.join(root, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
export const binary = path.join(installDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

function seedRipgrepCache() {
  const rg = ['/usr/bin/rg', '/usr/local/bin/rg'].find(p => fs.existsSync(p));
  if (!rg) throw new Error('ripgrep is not installed (apt-get install ripgrep)');
  const cache = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const tarball = path.join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (fs.existsSync(tarball)) return;
  fs.mkdirSync(cache, { recursive: true });
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-'));
  fs.copyFileSync(rg, path.join(stage, 'rg'));
  execFileSync('tar', ['-czf', tarball, '-C', stage, 'rg']);
  fs.rmSync(stage, { recursive: true, force: true });
}

// npm 11 skips dependencies' install scripts unless allowed (allowScripts). code-server's postinstall runs nested
// `npm install`s in lib/vscode and lib/vscode/extensions whose packages we cannot annotate beforehand, so the
// policy is bypassed for this one cache folder (--dangerously-allow-all-scripts, inherited by the nested npms
// through npm_config_*), and the result is checked: the native modules VS Code's server loads must be built.
const NATIVE = ['argon2/build-tmp-napi-v3/Release/argon2.node', 'code-server/lib/vscode/node_modules/node-pty/build/Release/pty.node',
  'code-server/lib/vscode/node_modules/kerberos/build/Release/kerberos.node', 'code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node',
  'code-server/lib/vscode/node_modules/native-watchdog/build/Release/watchdog.node', 'code-server/lib/vscode/node_modules.asar',
  'code-server/lib/vscode/extensions/node_modules'];

export function missingNativeParts() {
  return NATIVE.filter(p => !fs.existsSync(path.join(installDir, 'node_modules', p)));
}

export function installCodeServer({ quiet = false } = {}) {
  if (fs.existsSync(binary) && fs.existsSync(path.join(installDir, '.complete'))) return binary;
  seedRipgrepCache();
  fs.rmSync(installDir, { recursive: true, force: true });
  fs.mkdirSync(installDir, { recursive: true });
  fs.writeFileSync(path.join(installDir, 'package.json'), JSON.stringify({ name: 'news-lens-code-server', private: true }));
  const env = { ...process.env, npm_config_yes: 'true', npm_config_nodedir: '/usr', npm_config_unsafe_perm: 'true', npm_config_dangerously_allow_all_scripts: 'true' };
  if (!quiet) process.stderr.write(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(root, installDir)} (once; about 2 minutes)\n`);
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--dangerously-allow-all-scripts', `code-server@${CODE_SERVER_VERSION}`],
    { cwd: installDir, env, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = `${r.stdout || ''}${r.stderr || ''}`;
  // (npm 11's notes that it no longer knows unsafe-perm, which code-server's postinstall requires: not ours to fix)
  if (!quiet) process.stderr.write(log.split('\n').filter(l => !/^npm warn Unknown (?:env|cli) config "(?:--)?unsafe-perm"/.test(l)).join('\n'));
  const missing = fs.existsSync(binary) ? missingNativeParts() : [binary];
  if (r.status !== 0 || missing.length) throw new Error(`code-server did not install (npm exit ${r.status}; missing: ${missing.join(', ') || 'none'}):\n${log.slice(-4000)}`);
  fs.writeFileSync(path.join(installDir, '.complete'), new Date().toISOString());
  return binary;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  console.log(installCodeServer());
}
