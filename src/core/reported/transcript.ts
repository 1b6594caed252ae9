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
import { tokenAt, type Tok } from '../quotes/tokens';
import { LABELS } from './headline';
import type { Report } from './report';
import { countBefore } from '../text/sortedSearch';

/** A speaker's label in capitals and its colon at a paragraph's start: "TAPPER: ", "JAKE TAPPER: ". */
const TURN_LABEL = /(?:^|\n)[ \t]*((?:[A-Z][A-Z.’'-]+ ){0,3}[A-Z][A-Z.’'-]+):[ \t]/g;

/** How many distinct speakers' labels make an article a transcript. */
const MIN_SPEAKERS = 2;

/** A transcript's turn: where its words start (after the label) and where its paragraph ends; its label's span and colon. */
interface Turn { s: number; e: number; label: { s: number; e: number }; colon: number }

/** The turns of a transcript in `text`. */
export function transcriptTurns(text: string): Turn[] {
  const turns: Turn[] = [];
  const speakers = new Set<string>();
  TURN_LABEL.lastIndex = 0;
  for (let m = TURN_LABEL.exec(text); m; m = TURN_LABEL.exec(text)) {
    const label = m[1];
    if (label.split(' ').some(w => LABELS.test(w))) continue;
    speakers.add(label);
    const s = m.index + m[0].length;
    const nl = text.indexOf('\n', s);
    const ls = m.index + m[0].indexOf(label);
    turns.push({ s, e: nl < 0 ? text.length : nl, label: { s: ls, e: ls + label.length }, colon: ls + label.length });
    TURN_LABEL.lastIndex = s;
  }
  return speakers.size >= MIN_SPEAKERS ? turns : [];
}

/**
 * The reports (sorted by where their content starts) less those whose cue stands inside a transcript's turn or is a
 * turn's colon, and one report for each turn: its paragraph, its label's speaker ("TAPPER: And obviously, you’re
 * supporting Donald Trump, I think there are probably some skeptical Americans …", "FALLIN: I think he is trying to
 * campaign as a racial healer. I think that has been part of his message. …"; PolNeAR train: the turns of both
 * transcripts with named speakers are attributed whole).
 */
export function outsideTurns(text: string, toks: Tok[], reports: Report[]): Report[] {
  const turns = transcriptTurns(text);
  if (turns.length === 0) return reports;
  const kept = reports.filter(r => {
    // (the last turn starting at or before the cue: a binary search, the turns being in text order)
    const lo = countBefore(turns, x => x.s <= r.cue.s);
    const t = turns[lo - 1], next = turns[lo];
    return (!t || r.cue.s >= t.e) && !(next && r.cue.s === next.colon);
  });
  for (const t of turns) {
    const e = text.slice(t.s, t.e).trimEnd().length + t.s;
    const i = tokenAt(toks, t.label.s), j = tokenAt(toks, t.label.e);
    if (e <= t.s || i < 0 || j <= i) continue;
    kept.push({ s: t.s, e, cue: { s: t.colon, e: t.colon + 1 }, mention: { s: t.label.s, e: t.label.e, kind: 'name', i, j }, rule: 'headline' });
  }
  return kept.sort((x, y) => x.s - y.s);
}
