/**
 * What the "Compare" diff shows for a passage, and how a passage is named in the URI of its read-only
 * virtual document. Pure: no `vscode` import.
 */
import type { PassageRef } from './messages';
import { parseWebviewMessage } from './messages';
import { DASH_CHARS } from '../../core/text/dashes';

/** Where a passage breaks into lines: after a sentence's end, a comma, a semicolon, a colon, a dash. */
const CLAUSE_BREAK = new RegExp(`(?<=[.!?,;:][”"’')\\]]*|\\s(?:[${DASH_CHARS}]|--))\\s+`, 'u');

/** A clause longer than this is broken again before a conjunction or relative word. */
const LONG_LINE = 70;
/** No piece of a broken clause is shorter than this. */
const SHORT_PIECE = 25;
const JOINER = /\s(?=(?:and|but|or|that|which|who|because|after|before|while|when|where|if|as)\s)/g;

function breakLong(clause: string): string[] {
  if (clause.length <= LONG_LINE) return [clause];
  const pieces: string[] = [];
  let from = 0;
  for (const m of clause.matchAll(JOINER)) {
    const at = m.index!;
    if (at - from >= SHORT_PIECE && clause.length - at >= SHORT_PIECE) {
      pieces.push(clause.slice(from, at));
      from = at + 1;
    }
  }
  pieces.push(clause.slice(from));
  return pieces;
}

/**
 * The passage one clause a line (breaks after sentence ends, commas, semicolons, colons and dashes, and in a
 * long clause before "and", "that", "who"…), whitespace collapsed: line breaks of the source (reflowed
 * copies) do not show as differences, lines stay short enough to read without wrapping, and an inserted
 * word changes only its own line.
 */
export function diffText(passage: string): string {
  const flat = passage.replace(/\s+/g, ' ').trim();
  return flat.split(CLAUSE_BREAK).flatMap(breakLong).join('\n') + '\n';
}

/** The query part of a passage document's URI. */
export function passageQuery(ref: PassageRef): string {
  return new URLSearchParams({ file: ref.file, start: String(ref.start), end: String(ref.end) }).toString();
}

/** The passage a URI query names, or undefined when it is not a well-formed one. */
export function parsePassageQuery(query: string): PassageRef | undefined {
  const q = new URLSearchParams(query);
  const num = (k: string) => (/^\d{1,15}$/.test(q.get(k) ?? '') ? Number(q.get(k)) : NaN);
  const parsed = parseWebviewMessage({ type: 'open', passage: { file: q.get('file'), start: num('start'), end: num('end') } });
  return parsed?.type === 'open' ? parsed.passage : undefined;
}
