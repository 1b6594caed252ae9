/** Web entry (dist/web/extension.js) for vscode.dev / github.dev: the analysis runs in a Web Worker (dist/web/worker.js). */
import * as vscode from 'vscode';
import { activateWith } from './activate';
import type { NewsLensApi } from './api';
import type { WorkerPort } from './engine';
import type { AnalyzeResponse } from '../worker/protocol';

declare const Worker: new (url: string) => {
  postMessage(m: unknown): void;
  onmessage: ((e: { data: AnalyzeResponse }) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
  terminate(): void;
};

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  return activateWith(context, (): WorkerPort | undefined => {
    if (typeof Worker === 'undefined') return undefined;
    const w = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'worker.js').toString(true));
    let onMessage: (r: AnalyzeResponse) => void = () => undefined;
    let onFailure: (e: Error) => void = () => undefined;
    w.onmessage = e => onMessage(e.data);
    w.onerror = e => onFailure(new Error(e.message ?? 'web worker error'));
    return { post: req => w.postMessage(req), onMessage: cb => { onMessage = cb; }, onFailure: cb => { onFailure = cb; }, terminate: () => w.terminate() };
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
