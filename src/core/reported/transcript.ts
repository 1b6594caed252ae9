/**
 * A transcript's turns: paragraphs that open with a speaker's label in capitals and a colon ("TAPPER: …", "JOEL
 * BENENSON: …"), in an article with at least two such labels. PolNeAR attributes a turn to its speaker as a whole and
 * leaves the reports inside it to that attribution: in "FALLIN: I think he is trying to campaign as a racial healer. I
 * think that has been part of his message. If you watch what he said this week, he talked about how devastating it
 * was for Dallas …", "I think …", "I think …" and "he talked about …" are Fallin's turn, not reports of their own;
 * likewise "BENENSON: … This is a man who said he'd never run a negative ad, ever." (PolNeAR train: of 13 reports
 * inside such turns, 12 matched no gold attribution). A single capitalised label is a headline's or a section's
 * ("FIX IS IN: PBS Moderators Ignore Clinton Scandals", "EXCLUSIVE: …"), and "Q:"/"A:" interviews keep their reports
 * (annotated there: "A: I think it's in our interests").
 */
import { LABELS } from './headline';
import type { Report } from './report';

/** A speaker's label in capitals and its colon at a paragraph's start: "TAPPER: ", "JAKE TAPPER: ". */
const TURN_LABEL = /(?:^|\n)[ \t]*((?:[A-Z][A-Z.’'-]+ ){0,3}[A-Z][A-Z.’'-]+):[ \t]/g;

/** How many distinct speakers' labels make an article a transcript. */
const MIN_SPEAKERS = 2;

/** The turns of a transcript in `text`: for each, where its words start (after the label) and where its paragraph ends. */
export function transcriptTurns(text: string): { s: number; e: number }[] {
  const turns: { s: number; e: number }[] = [];
  const speakers = new Set<string>();
  TURN_LABEL.lastIndex = 0;
  for (let m = TURN_LABEL.exec(text); m; m = TURN_LABEL.exec(text)) {
    const label = m[1];
    if (label.split(' ').some(w => LABELS.test(w))) continue;
    speakers.add(label);
    const s = m.index + m[0].length;
    const nl = text.indexOf('\n', s);
    turns.push({ s, e: nl < 0 ? text.length : nl });
    TURN_LABEL.lastIndex = s;
  }
  return speakers.size >= MIN_SPEAKERS ? turns : [];
}

/** The reports (sorted by where their content starts) less those whose cue stands inside a transcript's turn. */
export function outsideTurns(text: string, reports: Report[]): Report[] {
  const turns = transcriptTurns(text);
  if (turns.length === 0) return reports;
  return reports.filter(r => {
    // (the last turn starting at or before the cue: a binary search, the turns being in text order)
    let lo = 0, hi = turns.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (turns[mid].s <= r.cue.s) lo = mid + 1; else hi = mid; }
    const t = turns[lo - 1];
    return !t || r.cue.s >= t.e;
  });
}
