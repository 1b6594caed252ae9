/** Desktop entry (dist/extension.js): the analysis runs on a Node worker thread (dist/worker.js). */
import * as path from 'path';
import * as vscode from 'vscode';
import { Worker } from 'worker_threads';
import { activateWith } from './activate';
import type { NewsLensApi } from './api';
import type { WorkerPort } from './engine';
import type { WorkerResponse } from '../worker/protocol';

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  return activateWith(context, (): WorkerPort => {
    const w = new Worker(path.join(context.extensionPath, 'dist', 'worker.js'));
    w.unref();
    return {
      post: req => w.postMessage(req),
      onMessage: cb => w.on('message', (m: WorkerResponse) => cb(m)),
      onFailure: cb => { w.on('error', cb); w.on('exit', code => { if (code !== 0) cb(new Error(`worker exited with code ${code}`)); }); },
      terminate: () => void w.terminate(),
    };
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
