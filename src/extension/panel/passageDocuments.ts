/**
 * Read-only virtual documents holding one passage each, for "Compare" (vscode.diff on two of them). The URI
 * names the passage (file key and offsets); the text is read from the index when VS Code asks for it, and
 * only for an indexed file.
 */
import * as vscode from 'vscode';
import { checkPassage, type PassageRef } from './messages';
import { diffText, parsePassageQuery, passageQuery } from './passageText';

export const PASSAGE_SCHEME = 'news-lens-passage';

/** The URI of a passage's virtual document; `label` is what the editor tab shows ("003_….txt:12"). */
export function passageUri(ref: PassageRef, label: string): vscode.Uri {
  return vscode.Uri.from({ scheme: PASSAGE_SCHEME, path: '/' + label.replace(/[/\\?#]/g, '_'), query: passageQuery(ref) });
}

export class PassageContentProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly textOf: (file: string) => string | undefined) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    const ref = parsePassageQuery(uri.query);
    if (!ref) return 'News Lens: this passage link is malformed.\n';
    const refused = checkPassage(ref, f => this.textOf(f)?.length);
    if (refused) return refused + '\n';
    return diffText(this.textOf(ref.file)!.slice(ref.start, ref.end));
  }

  /** Re-read every open passage document (after the index changed). */
  refreshOpen(): void {
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.uri.scheme === PASSAGE_SCHEME) this.changed.fire(doc.uri);
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
