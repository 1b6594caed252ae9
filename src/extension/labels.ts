/** Short labels for hovers, the outline and quick picks. */
import type { SpeakerKind } from '../core/types';

/** A text on one line, cut to at most `n` characters with an ellipsis. */
export function clip(s: string, n = 70): string {
  const t = s.replace(/\s+/g, ' ');
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
}

/** A short label for a file key: "002" for "002_f17298152769845d.txt", else the base name. */
export function fileLabel(key: string): string {
  const base = key.split(/[\\/]/).pop() ?? key;
  const m = /^(\d+)_/.exec(base);
  return m ? m[1] : base;
}

/** A count with its noun in proper English: "1 speaker", "12 quotes", "0 figures". */
export function counted(n: number, noun: string, plural = noun + 's'): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** What a hover and the outline say a speaker is, after the name; a person, or a speaker of no known kind, is "speaker". */
const SPEAKER_KIND_LABELS: Readonly<Record<SpeakerKind, string>> = {
  person: 'speaker', unknown: 'speaker', organization: 'organisation', document: 'document', group: 'group',
};

/** "speaker", "organisation", "document" or "group" ("**The Geneva plan** · document"). */
export const speakerKindLabel = (kind: SpeakerKind | undefined): string => SPEAKER_KIND_LABELS[kind ?? 'unknown'];
