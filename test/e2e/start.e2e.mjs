// `npm start`, as the README's quick start runs it: it builds, serves VS Code with News Lens and prints a URL;
// that URL shows the sample articles with News Lens active (sample 003 open in the editor, its status bar item); Ctrl+C —
// SIGINT to the whole process group, as a terminal sends it — stops every process it started (code-server,
// the extension host, the file watcher) and removes its temporary folder.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { Workbench } from './workbench.mjs';

/** Every live (not zombie) process below pid, by the parent links in /proc. */
function descendants(pid) {
  const children = new Map();
  for (const p of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z') continue;
      const cmd = fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (!children.has(Number(ppid))) children.set(Number(ppid), []);
      children.get(Number(ppid)).push({ pid: Number(p), cmd });
    } catch { /* exited meanwhile */ }
  }
  const out = [];
  for (let todo = [pid]; todo.length;) for (const c of children.get(todo.pop()) || []) { out.push(c); todo.push(c.pid); }
  return out;
}

const alive = pid => {
  try { return !/^\S+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')); } catch { return false; }
};

/** Run `npm start` in its own process group (as a terminal does), collecting its output. */
function npmStart(root) {
  const npm = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['start'], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const run = { npm, out: '' };
  npm.stdout.on('data', d => { run.out += d; });
  npm.stderr.on('data', d => { run.out += d; });
  run.exited = new Promise(resolve => npm.once('exit', (code, signal) => resolve({ code, signal })));
  run.within = ms => Promise.race([run.exited, new Promise(r => setTimeout(() => r(null), ms))]);
  return run;
}

export const tests = [
  {
    name: 'npm start serves the samples with News Lens active, and Ctrl+C leaves no process or temporary folder',
    timeout: 150_000,
    async run(wb) {
      const run = npmStart(wb.root);
      const { npm } = run;
      let started = [];
      let page;
      try {
        const t0 = Date.now();
        let url;
        while (!(url = /http:\/\/127\.0\.0\.1:\d+\/\S+/.exec(run.out)?.[0])) {
          if (npm.exitCode !== null) throw new Error(`npm start exited (${npm.exitCode}) before printing a URL:\n${run.out}`);
          if (Date.now() - t0 > 90_000) throw new Error(`npm start printed no URL in 90 s:\n${run.out}`);
          await new Promise(r => setTimeout(r, 200));
        }
        page = await wb.page.context().newPage();
        const sb = new Workbench(page, { shots: wb.shots, folder: wb.folder, root: wb.root });
        sb.n = 40;
        await page.goto(url);
        await sb.ready();
        assert.match(await page.title(), /samples/, 'the samples folder is open');
        // sample 003 is open in the editor without any click (the README's promise)
        await page.waitForSelector('.tabs-container .tab.active[aria-label*="003_766a015ac4dc8b77.txt"]', { timeout: 60_000 });
        const status = page.locator('.statusbar-item[id*="newsLens.status"]').first();
        await status.waitFor({ state: 'visible', timeout: 60_000 });
        assert.match(await status.innerText(), /\d/, 'the status bar item shows the article\'s counts');
        await sb.shot('npm-start');

        started = descendants(npm.pid);
        assert.ok(started.some(p => /--type=extensionHost/.test(p.cmd)), `an extension host runs under npm start:\n${started.map(p => p.cmd).join('\n')}`);
        const home = /--config (\S+)\/config\.yaml/.exec(started.map(p => p.cmd).join('\n'))?.[1];
        assert.ok(home && fs.existsSync(home), 'code-server\'s temporary home exists while it runs');

        process.kill(-npm.pid, 'SIGINT'); // Ctrl+C in a terminal
        const result = await run.within(20_000);
        assert.ok(result, `npm start did not exit within 20 s of Ctrl+C:\n${run.out.slice(-2000)}`);
        // start.mjs exits 0; npm, having passed the SIGINT on, re-raises it on itself once its script is done.
        assert.ok(result.code === 0 || result.signal === 'SIGINT', `npm start ended with ${JSON.stringify(result)} after Ctrl+C:\n${run.out.slice(-2000)}`);
        assert.match(run.out, /stopping VS Code/);
        const left = started.filter(p => alive(p.pid));
        assert.deepEqual(left.map(p => `${p.pid} ${p.cmd}`), [], 'processes left after Ctrl+C');
        assert.ok(!fs.existsSync(home), `temporary home ${home} removed`);
      } finally {
        await page?.close().catch(() => undefined);
        // On a failure, end whatever is still running, so the next test and the machine are not burdened.
        for (const p of [...started, { pid: npm.pid }]) if (alive(p.pid)) { try { process.kill(p.pid, 'SIGKILL'); } catch { /* gone */ } }
      }
    },
  },
  {
    name: 'Ctrl+C while npm start is still starting VS Code stops code-server too',
    timeout: 90_000,
    async run(wb) {
      const run = npmStart(wb.root);
      let seen = [];
      try {
        // As soon as code-server is spawned (before it answers), press Ctrl+C.
        const t0 = Date.now();
        while (!seen.some(p => /code-server.*entry\.js/.test(p.cmd))) {
          if (run.npm.exitCode !== null) throw new Error(`npm start exited (${run.npm.exitCode}) before starting code-server:\n${run.out}`);
          if (Date.now() - t0 > 60_000) throw new Error(`npm start started no code-server in 60 s:\n${run.out}`);
          await new Promise(r => setTimeout(r, 20));
          seen = descendants(run.npm.pid);
        }
        const home = /--config (\S+)\/config\.yaml/.exec(seen.map(p => p.cmd).join('\n'))?.[1];
        process.kill(-run.npm.pid, 'SIGINT');
        const result = await run.within(20_000);
        assert.ok(result, `npm start did not exit within 20 s of Ctrl+C:\n${run.out.slice(-2000)}`);
        const left = seen.filter(p => alive(p.pid));
        assert.deepEqual(left.map(p => `${p.pid} ${p.cmd}`), [], 'processes left after an early Ctrl+C');
        assert.ok(home && !fs.existsSync(home), `temporary home ${home} removed`);
      } finally {
        for (const p of [...seen, { pid: run.npm.pid }]) if (alive(p.pid)) { try { process.kill(p.pid, 'SIGKILL'); } catch { /* gone */ } }
      }
    },
  },
];
