/** Entry of dist/worker.js: the engine and the corpus index on a Node worker thread, off the extension host's event loop. */
import { setPriority } from 'os';
import { parentPort } from 'worker_threads';
import type { WorkerRequest } from './protocol';
import { WorkerService } from './service';

// Background work: on Linux a thread has its own nice value, and setPriority(0, …) sets this thread's only.
// Where the machine has fewer cores than busy threads, the extension host's own thread then gets the CPU
// first when it wakes up (its event loop waits less behind this worker's analysis of a long article).
try {
  setPriority(0, 10);
} catch {
  // not permitted, or not Linux: run at the normal priority
}

const service = new WorkerService(m => parentPort?.postMessage(m));
parentPort?.on('message', (req: WorkerRequest) => service.receive(req));
