/** Entry of dist/web/worker.js: the engine and the corpus index in a browser Web Worker (vscode.dev, github.dev). */
import type { WorkerRequest } from './protocol';
import { WorkerService } from './service';

declare const self: { onmessage: ((e: { data: WorkerRequest }) => void) | null; postMessage(m: unknown): void };
const service = new WorkerService(m => self.postMessage(m));
self.onmessage = e => service.receive(e.data);
