/**
 * Desktop entry (dist/extension.js): the analysis runs in a child process (dist/worker.js) at background
 * priority, every thread of it, the garbage collector's included. A worker thread of the extension host would
 * share V8's helper threads with the host, and the extension host's thread then waits behind the analysis of
 * a long article for a CPU; measured in the stall test, the child process keeps those waits out. Where a child
 * process cannot be started, the same script runs on a worker thread.
 */
import { fork } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import { Worker } from 'worker_threads';
import { activateWith } from './activate';
import type { NewsLensApi } from './api';
import type { WorkerPort } from './engine';
import { WireReader, type WireMessage } from '../worker/wire';

/** The worker as a child process; undefined when it could not be started (no pid: Node reports why later). */
function childProcess(script: string): WorkerPort | undefined {
  const child = fork(script, [], {
    // no inspector or other flags of the extension host's; Electron runs the script as Node
    execArgv: [],
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  if (child.pid === undefined) {
    child.on('error', () => undefined);
    return undefined;
  }
  child.unref();
  child.channel?.unref();
  return {
    post: req => { child.send(req); },
    onMessage: cb => { const wire = new WireReader(cb); child.on('message', (m: WireMessage) => wire.receive(m)); },
    onFailure: cb => {
      child.on('error', cb);
      child.on('exit', (code, signal) => cb(new Error(`worker process exited (${signal ?? `code ${code}`})`)));
    },
    terminate: () => { child.kill(); },
  };
}

function workerThread(script: string): WorkerPort {
  const w = new Worker(script);
  w.unref();
  return {
    post: req => w.postMessage(req),
    onMessage: cb => { const wire = new WireReader(cb); w.on('message', (m: WireMessage) => wire.receive(m)); },
    onFailure: cb => { w.on('error', cb); w.on('exit', code => { if (code !== 0) cb(new Error(`worker exited with code ${code}`)); }); },
    terminate: () => void w.terminate(),
  };
}

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  return activateWith(context, (): WorkerPort => {
    const script = path.join(context.extensionPath, 'dist', 'worker.js');
    let port: WorkerPort | undefined;
    try {
      port = childProcess(script);
    } catch {
      // fork refused outright: the worker thread below
    }
    return port ?? workerThread(script);
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
