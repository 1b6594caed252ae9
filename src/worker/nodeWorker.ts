/** Entry of dist/worker.js: the engine and the corpus index on a Node worker thread, off the extension host's event loop. */
import { parentPort } from 'worker_threads';
import type { WorkerRequest } from './protocol';
import { WorkerService } from './service';

const service = new WorkerService(m => parentPort?.postMessage(m));
parentPort?.on('message', (req: WorkerRequest) => service.receive(req));
