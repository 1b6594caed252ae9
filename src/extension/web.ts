/** Web entry (dist/web/extension.js) for vscode.dev / github.dev: the analysis runs in a Web Worker (dist/web/worker.js). */
import * as vscode from 'vscode';
import { activateWith } from './activate';
import type { NewsLensApi } from './api';
import type { WorkerPort } from './engine';
import type { WorkerRequest, WorkerResponse } from '../worker/protocol';
import { WireReader, type WireMessage } from '../worker/wire';

declare const Worker: new (url: string, options?: { name?: string }) => {
  postMessage(m: unknown): void;
  onmessage: ((e: { data: WireMessage }) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
  terminate(): void;
};

/**
 * The analysis Web Worker. VS Code's web worker extension host starts an http(s) script itself (vscode.dev's
 * gallery extensions), but refuses a `vscode-remote://` one ("Creating workers from remote extensions is
 * currently not supported") — the case of an extension installed on a server (code-server, a remote opened in
 * the browser). There the script is read through vscode.workspace.fs and the worker started from a Blob URL;
 * requests posted before it is up wait in a queue.
 */
function webWorker(context: vscode.ExtensionContext): WorkerPort | undefined {
  if (typeof Worker === 'undefined') return undefined;
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'worker.js');
  let worker: InstanceType<typeof Worker> | undefined;
  let terminated = false;
  const queue: WorkerRequest[] = [];
  let onMessage: (r: WorkerResponse) => void = () => undefined;
  let onFailure: ((e: Error) => void) | undefined;
  let failure: Error | undefined;
  const fail = (e: Error) => { if (onFailure) onFailure(e); else failure = e; };
  const start = (url: string) => {
    const w = new Worker(url, { name: 'news-lens-analysis' });
    const wire = new WireReader(m => onMessage(m));
    w.onmessage = e => wire.receive(e.data);
    w.onerror = e => fail(new Error(e.message ?? 'web worker error'));
    worker = w;
    for (const req of queue.splice(0)) w.postMessage(req);
  };
  if (script.scheme === 'http' || script.scheme === 'https') start(script.toString(true));
  else {
    vscode.workspace.fs.readFile(script).then(bytes => {
      if (!terminated) start(URL.createObjectURL(new Blob([new TextDecoder().decode(bytes)], { type: 'text/javascript' })));
    }).then(undefined, (e: unknown) => fail(new Error(`could not start the analysis worker from ${script.toString(true)}: ${(e as Error)?.message ?? e}`)));
  }
  return {
    post: req => { if (worker) worker.postMessage(req); else queue.push(req); },
    onMessage: cb => { onMessage = cb; },
    onFailure: cb => { onFailure = cb; if (failure) cb(failure); },
    terminate: () => { terminated = true; worker?.terminate(); },
  };
}

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  return activateWith(context, () => webWorker(context));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
