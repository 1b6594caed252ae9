/**
 * Entry of dist/worker.js: the engine and the corpus index off the extension host's thread. The desktop
 * extension runs it as a child process (see ../extension/extension.ts); where a child process cannot be had
 * it runs on a worker thread of the extension host instead.
 */
import { readdirSync } from 'fs';
import { setPriority } from 'os';
import { parentPort } from 'worker_threads';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { WorkerService } from './service';
import { writeWire } from './wire';

/** The lowest priority a process may give itself without privileges: background work. */
const BACKGROUND = 19;

/** Lowers a thread's (Linux) or process's (0: this one) priority to `nice`; where not permitted it stays as it is. */
function lower(id: number, nice: number): void {
  try {
    setPriority(id, nice);
  } catch {
    // not permitted: run at the normal priority
  }
}

/**
 * Every thread of this process at background priority, the garbage collector's helper threads included, so
 * that the extension host, Chromium and code-server get a CPU first when they want one. On Linux a nice value
 * belongs to a thread (threads made later inherit the main thread's); elsewhere to the whole process.
 */
function backgroundProcess(): void {
  let tids: string[] = [];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    // not Linux: the process's priority covers its threads
  }
  for (const tid of tids.length ? tids.map(Number) : [0]) lower(tid, BACKGROUND);
}

if (parentPort) {
  // a worker thread: only this thread's priority is its own to lower (on Linux; elsewhere this would lower the
  // whole extension host, so not there)
  if (process.platform === 'linux') lower(0, 10);
  const port = parentPort;
  const service = new WorkerService(m => writeWire(m, w => port.postMessage(w)));
  port.on('message', (req: WorkerRequest) => service.receive(req));
} else if (process.send) {
  backgroundProcess();
  const send = process.send.bind(process);
  const service = new WorkerService((m: WorkerResponse) => writeWire(m, w => send(w)));
  process.on('message', (req: WorkerRequest) => service.receive(req));
  // the extension host went away (or closed the channel): so does this process
  process.on('disconnect', () => process.exit(0));
}
