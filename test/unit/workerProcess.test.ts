/**
 * The analysis worker script (src/worker/nodeWorker.ts, dist/worker.js in the extension) run the two ways the
 * desktop extension runs it: as a child process (its choice) and on a worker thread (its fallback). Either way
 * it answers as the engine does in place. As a child process every one of its threads runs at background
 * priority (Linux: nice 19, read back from /proc), and it exits when the extension host closes the channel;
 * on a worker thread only that thread is lowered, never the host's own.
 */
import * as assert from 'assert';
import { fork } from 'child_process';
import type { EventEmitter } from 'events';
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { analyzeText } from '../../src/core/analyze';
import type { WorkerRequest, WorkerResponse } from '../../src/worker/protocol';
import { readSample, sampleFiles } from './helpers';

const SCRIPT = path.join(__dirname, '..', '..', 'src', 'worker', 'nodeWorker.js');
const linux = process.platform === 'linux';

/** The nice value of every thread of a process (Linux). */
function niceOfThreads(pid: number | 'self'): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'latin1');
    out.set(Number(tid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
  }
  return out;
}

/**
 * Sends the analysis of a sample to the worker (a child process or a worker thread: `send` posts to it) and
 * checks that the answer is the analysis the engine makes in place.
 */
async function answersAsTheEngine(worker: EventEmitter, send: (req: WorkerRequest) => void, name: string): Promise<void> {
  const answer = new Promise<WorkerResponse>((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
  send({ type: 'analyze', id: 1, file: name, text: readSample(name) });
  const res = await answer;
  assert.ok('result' in res, JSON.stringify(res).slice(0, 200));
  assert.deepStrictEqual(JSON.parse(JSON.stringify(res.result)), JSON.parse(JSON.stringify(analyzeText(name, readSample(name)))));
}

describe('the analysis worker script, as the desktop extension runs it', function () {
  this.timeout(60_000);
  const name = sampleFiles()[0];

  it('as a child process: answers as the engine does in place, every thread at background priority, and exits when the channel closes', async () => {
    const child = fork(SCRIPT, [], { execArgv: [], serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    try {
      await answersAsTheEngine(child, req => child.send(req), name);
      if (linux) {
        const nice = niceOfThreads(child.pid as number);
        assert.ok(nice.size > 1, 'the process has its helper threads');
        for (const [tid, n] of nice) assert.strictEqual(n, 19, `thread ${tid}`);
      }
      const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
      child.disconnect();
      assert.strictEqual(await exited, 0);
    } finally {
      if (child.exitCode === null) child.kill();
    }
  });

  it('on a worker thread: answers the same, and lowers only its own thread', async () => {
    const before = linux ? niceOfThreads('self') : undefined;
    const w = new Worker(SCRIPT);
    try {
      await answersAsTheEngine(w, req => w.postMessage(req), name);
      if (linux && before) {
        const after = niceOfThreads('self');
        assert.strictEqual(after.get(process.pid), before.get(process.pid), 'the main thread keeps its priority');
        const lowered = [...after].filter(([tid, n]) => n === 10 && before.get(tid) !== 10);
        assert.strictEqual(lowered.length, 1, 'one new thread, the worker, at nice 10');
      }
    } finally {
      await w.terminate();
    }
  });
});
