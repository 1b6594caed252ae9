/**
 * Activation shared by the desktop (Node) and web (browser) entries: they differ only in how the analysis
 * worker is made. Everything registered here is disposed with the extension.
 */
import * as vscode from 'vscode';
import type { NewsLensApi } from './api';
import { Articles } from './articles';
import { registerCommands } from './commands';
import { CrossSource } from './crossSource';
import { Decorations } from './decorations';
import { Engine, type WorkerFactory } from './engine';
import { HoverProvider } from './hovers';
import { ARTICLE_SCHEMES, OUTPUT_CHANNEL, PANEL_VIEW_ID } from './ids';
import { registerPanelSource } from './panel/register';
import { panelSource } from './panelSource';
import { SettingsStore } from './settings';
import { StatusBar } from './statusBar';
import { DecorationRecorder } from './testing';
import { registerOutline, SpeakerReferences } from './symbols';

const SELECTOR: vscode.DocumentSelector = ARTICLE_SCHEMES.map(scheme => ({ scheme }));

export function activateWith(context: vscode.ExtensionContext, makeWorker: WorkerFactory): NewsLensApi {
  const t0 = Date.now();
  const output = vscode.window.createOutputChannel(OUTPUT_CHANNEL);
  const log = (line: string) => output.appendLine(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
  const engine = new Engine(makeWorker, log);
  const settings = new SettingsStore(context.workspaceState);
  const articles = new Articles(engine, settings, log);
  const cross = new CrossSource(articles);
  // the integration tests' recorder of what the decorations set (testing.ts); none in an installed extension
  const recorder = context.extensionMode === vscode.ExtensionMode.Production ? undefined : new DecorationRecorder(articles);
  const decorations = new Decorations(articles, settings, recorder);
  const hovers = new HoverProvider(articles, cross);
  const statusBar = new StatusBar(articles);
  context.subscriptions.push(
    output, engine, settings, articles, decorations, statusBar,
    vscode.languages.registerHoverProvider(SELECTOR, { provideHover: (d, p) => (articles.isArticle(d.uri) ? hovers.provideHover(d, p) : undefined) }),
    registerOutline(SELECTOR, articles, cross, settings),
    vscode.languages.registerReferenceProvider(SELECTOR, new SpeakerReferences(articles, cross)),
  );
  registerCommands(context, articles, settings, cross, log);
  registerPanelSource(context, PANEL_VIEW_ID, panelSource(articles, cross), log);
  articles.start();
  const activationMs = Date.now() - t0;
  log(`activated in ${activationMs} ms`);
  const live = (uri: vscode.Uri) => { const a = articles.forUri(uri); return a && !a.error ? a : undefined; };
  const testing = recorder && { articles, decorations: recorder, engine, statusBar };
  return {
    activationMs, testing, onDidChange: articles.onDidChange,
    getIndex: () => articles.corpusNow,
    analysisFor: uri => live(uri)?.analysis,
    textFor: uri => live(uri)?.text,
  };
}
