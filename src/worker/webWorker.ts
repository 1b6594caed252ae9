/** Entry of dist/web/worker.js: the engine in a browser Web Worker (vscode.dev, github.dev). */
import { handle } from './handle';
import type { AnalyzeRequest } from './protocol';

declare const self: { onmessage: ((e: { data: AnalyzeRequest }) => void) | null; postMessage(m: unknown): void };
self.onmessage = e => self.postMessage(handle(e.data));
