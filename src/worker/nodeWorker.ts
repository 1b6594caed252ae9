/** Entry of dist/worker.js: the engine and the corpus index on a Node worker thread, off the extension host's event loop. */
import { setPriority } from 'os';
import { parentPort } from 'worker_threads';
import type { WorkerRequest } from './protocol';
import { WorkerService } from './service';

// Background work: on Linux a thread has its own nice value, and setPriority(0, …) sets this thread's only.
// Where this worker and the extension host's own thread wait for the same CPU, the host's thread gets it
// first. (It does not reach the garbage collector's helper threads, which V8 shares across the process, nor
// a host thread queued on the other CPU: a scheduler trace of the stall test showed both.)
try {
  setPriority(0, 10);
} catch {
  // not permitted, or not Linux: run at the normal priority
}

const service = new WorkerService(m => parentPort?.postMessage(m));
parentPort?.on('message', (req: WorkerRequest) => service.receive(req));
