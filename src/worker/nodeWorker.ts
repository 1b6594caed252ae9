/** Entry of dist/worker.js: the engine on a Node worker thread, off the extension host's event loop. */
import { parentPort } from 'worker_threads';
import { handle } from './handle';
import type { AnalyzeRequest } from './protocol';

parentPort?.on('message', (req: AnalyzeRequest) => parentPort?.postMessage(handle(req)));
