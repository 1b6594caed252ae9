/** Entry of dist/web/worker.js: the engine and the corpus index in a browser Web Worker (vscode.dev, github.dev). */
import type { WorkerRequest } from './protocol';
import { WorkerService } from './service';
import { writeWire } from './wire';

declare const self: { onmessage: ((e: { data: WorkerRequest }) => void) | null; postMessage(m: unknown): void };
const service = new WorkerService(m => writeWire(m, w => self.postMessage(w)));
self.onmessage = e => service.receive(e.data);
