/** How a quote is cited and told from reported speech (pure: no vscode import, unit-tested). */
import type { Quote } from '../core/types';

/** Words in quotation marks, not reported speech. */
export const isDirect = (q: Quote): boolean => q.kind !== 'indirect';

/**
 * The quote as it is cited: “…” — Sergei Lavrov (said), 003_766a015ac4dc8b77.txt, line 4. Reported speech is
 * never put in quotation marks: Assad would not step down — reported speech of Sergei Lavrov (said), …
 */
export function citation(q: Quote, speaker: string | undefined, file: string, line: number): string {
  const text = q.text.trim();
  const direct = isDirect(q);
  const quoted = !direct || /^["“‘'«„]/.test(text) ? text : `“${text}”`;
  const by = direct ? '' : 'reported speech of ';
  const who = speaker ? ` — ${by}${speaker}${q.cue ? ` (${q.cue.text})` : ''}` : direct ? ' — no speaker found' : ' — reported speech, no speaker found';
  return `${quoted}${who}, ${file.split(/[\\/]/).pop()}, line ${line}`;
}
