/** Command links in hovers: reveal a range of a file in an editor, selected; compare two passages. Labels are shown as text (escapeMarkdown). */
import * as vscode from 'vscode';
import { COMMANDS } from './ids';
import { escapeMarkdown } from './markdown';
import type { PassageRef } from './panel/messages';

export function revealLink(label: string, uri: vscode.Uri, start: number, end: number): string {
  const args = encodeURIComponent(JSON.stringify([uri.toString(), start, end]));
  return `[${escapeMarkdown(label)}](command:${COMMANDS.revealRange}?${args})`;
}

/** A command link in a hover that opens VS Code's diff editor on two passages (file keys and offsets). */
export function compareLink(label: string, left: PassageRef, right: PassageRef): string {
  const args = encodeURIComponent(JSON.stringify([left, right]));
  return `[${escapeMarkdown(label)}](command:${COMMANDS.comparePassages}?${args} "Compare the two passages side by side")`;
}

/** Open a file and select a range of UTF-16 offsets. Refuses anything that is not a uri string and two offsets. */
export async function revealRange(uriString: unknown, start: unknown, end: unknown): Promise<void> {
  if (typeof uriString !== 'string' || !Number.isInteger(start) || !Number.isInteger(end)) return;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uriString));
  const sel = new vscode.Selection(doc.positionAt(start as number), doc.positionAt(end as number));
  const editor = await vscode.window.showTextDocument(doc, { selection: sel, preserveFocus: false });
  editor.revealRange(sel, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
