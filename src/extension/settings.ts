/** Typed access to the `newsLens.*` settings (documented in package.json and the README). */
import * as vscode from 'vscode';

export type Category = 'quotes' | 'unattributedQuotes' | 'indirectQuotes' | 'speakers' | 'figures' | 'crossSource';
export const CATEGORIES: readonly Category[] = ['quotes', 'unattributedQuotes', 'indirectQuotes', 'speakers', 'figures', 'crossSource'];

export interface Settings {
  include: string;
  exclude: string[];
  maxFileSizeMB: number;
  enabled: Record<Category, boolean>;
  speakerNameStyle: 'full' | 'short';
  updateDelay: number;
  scanScope: 'workspace' | 'openFiles';
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('newsLens', scope);
  const enabled = {} as Record<Category, boolean>;
  for (const k of CATEGORIES) enabled[k] = c.get<boolean>(`${k}.enabled`, true);
  const exclude = c.get<unknown>('exclude', []);
  return {
    include: c.get<string>('include', '**/*.{txt,text,article}') || '**/*.{txt,text,article}',
    exclude: Array.isArray(exclude) ? exclude.filter((x): x is string => typeof x === 'string' && x.length > 0) : [],
    maxFileSizeMB: Math.max(0, c.get<number>('maxFileSizeMB', 5)),
    enabled,
    speakerNameStyle: c.get<string>('speakerNameStyle', 'full') === 'short' ? 'short' : 'full',
    updateDelay: Math.max(0, c.get<number>('updateDelay', 300)),
    scanScope: c.get<string>('scanScope', 'workspace') === 'openFiles' ? 'openFiles' : 'workspace',
  };
}

/** Flip a category's toggle, in the workspace when there is one, else globally. */
export async function toggleCategory(category: Category): Promise<boolean> {
  const c = vscode.workspace.getConfiguration('newsLens');
  const next = !c.get<boolean>(`${category}.enabled`, true);
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await c.update(`${category}.enabled`, next, target);
  return next;
}

/** The name as the speakerNameStyle setting wants it: "Sergei Lavrov" or "Lavrov". */
export function displayName(name: string, style: Settings['speakerNameStyle']): string {
  if (style === 'full') return name;
  const words = name.split(/\s+/);
  return words.length > 1 && /^[A-Z]/.test(words[0]) && !/\b(of|for|the)\b/i.test(name) ? words[words.length - 1] : name;
}
