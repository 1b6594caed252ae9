/**
 * Reported speech (#16), the data of ./reported-learned-cut.mjs, an experiment: a learned decision, at each place
 * inside a content after its cue where it may end (before ", and", ", but", ";", a dash, "because", "after", "when",
 * "while", "as", "which", a quotation, a participle after a comma, …), whether to cut the content there or go on. For
 * each such content the engine finds (src/core/reported/index.ts, as it is), its cut points in order with the features
 * of a logistic model: the cut word and the words after it, whether a subject and a verb follow (a new clause), whether
 * that verb or one near it is a cue or a verb of stance, whether the source comes back (its head word, or a subject
 * pronoun), the distance from the cue, the length so far and left, the sentence's end near, quotation marks, the rule
 * and the cue word. Not part of the engine: only bundled by that script.
 */
import { CUES, DETERMINERS, SUBJECT_PRONOUNS } from '../../src/core/quotes/lexicon';
import { type QuoteSpan } from '../../src/core/quotes/marks';
import { tokenAt, type Tok } from '../../src/core/quotes/tokens';
import { isVerbForm } from '../../src/core/people/lexicon';
import { type Report } from '../../src/core/reported';
import { BELIEF_ATTRIBUTION_VERBS, MODAL, TENSED_AUX } from '../../src/core/reported/lexicon';
import { bucket, coarse, contentsAfterCues, contentTokens, quoteAround, ratio, shape } from './contentEnds';

/** Words a content may end before (with or without a comma before them). */
const CUT_WORDS = new Set(['and', 'but', 'because', 'after', 'when', 'while', 'as', 'which', 'who', 'where', 'since', 'though',
  'although', 'before', 'until', 'despite', 'following', 'with', 'including', 'if', 'so', 'even', 'or', 'amid', 'during', 'saying', 'adding']);
/** Marks a content may end before. */
const CUT_MARKS = /^(?:[,;:(]|—|–|-|--|“|"|‘)$/;
/** How far after a cut point the features look for a subject and its verb, a cue or the source. */
const LOOK = 8;

/** A cut point: the content would end at e; its label is set by the script. */
export interface CutPoint {
  e: number;
  feats: string[];
}

/** The index of the first word after token k past marks and one opener (the subject of a clause after the cut, if any). */
function clauseStart(toks: Tok[], k: number, last: number): number {
  let j = k + 1;
  while (j <= last && toks[j].punct) j++;
  if (j <= last && CUT_WORDS.has(toks[j].l)) j++;
  while (j <= last && toks[j].punct) j++;
  return j;
}

/** Whether a subject (a pronoun, a name, a determiner's noun) and then a tensed verb open at token j. */
function subjectVerbAt(toks: Tok[], j: number, last: number): boolean {
  const t = toks[j];
  if (!t || j > last || t.punct) return false;
  if (!(SUBJECT_PRONOUNS.has(t.l) || t.cap || DETERMINERS.has(t.l))) return false;
  for (let x = j + 1; x <= Math.min(last, j + 4); x++) {
    const w = toks[x];
    if (w.punct) return false;
    if (TENSED_AUX.has(w.l) || MODAL.has(w.l) || CUES.has(w.l) || (!w.cap && isVerbForm(w.l) && /(?:ed|s)$/.test(w.l))) return true;
  }
  return false;
}

/** The features of a cut after token k of report r, whose content runs over tokens k0..cur of a sentence ending at last. */
function cutFeatures(toks: Tok[], quotes: readonly QuoteSpan[], r: Report, text: string, k: number, k0: number, cur: number, last: number, cueTok: number): string[] {
  const n = toks[k + 1], n2 = toks[k + 2];
  const w = shape(n), w2 = `${w}_${shape(n2)}`;
  const j = clauseStart(toks, k, last);
  const sv = subjectVerbAt(toks, j, last);
  const ahead = toks.slice(k + 1, Math.min(last, k + LOOK) + 1);
  const cueAfter = ahead.some(t => !t.cap && CUES.has(t.l));
  const stance = ahead.some(t => BELIEF_ATTRIBUTION_VERBS.has(t.l));
  const source = text.slice(r.mention.s, r.mention.e).toLowerCase().split(/\s+/).pop() ?? '';
  const srcBack = ahead.some(t => t.l === source) ? 'name' : j <= last && SUBJECT_PRONOUNS.has(toks[j].l) ? 'pron' : 'no';
  const quoteNear = quotes.some(q => q.start > toks[k].e && q.start <= (toks[Math.min(last, k + 3)]?.e ?? 0));
  const opensThat = toks[k0].l === 'that';
  let commas = 0;
  for (let x = k0; x <= k; x++) if (toks[x].t === ',') commas++;
  const cw = toks[tokenAt(toks, r.cue.s)]?.l ?? '#';
  const f = [
    'bias', `w=${w}`, `w2=${w2}`, `wc=${w}_${coarse(n2)}`, `p=${shape(toks[k])}`, `sv=${sv}`, `w|sv=${w}|${sv}`, `w2|sv=${w2}|${sv}`,
    `cueAfter=${cueAfter}`, `w|cueAfter=${w}|${cueAfter}`, `stance=${stance}`, `src=${srcBack}`, `w|src=${w}|${srcBack}`,
    `dcue=${bucket(k - cueTok)}`, `len=${bucket(k - k0 + 1)}`, `left=${bucket(cur - k)}`, `toEnd=${bucket(last - k)}`,
    `rc=${ratio((toks[k].e - r.s) / Math.max(1, r.e - r.s))}`, `w|left=${w}|${bucket(cur - k)}`, `qNear=${quoteNear}`,
    `that=${opensThat}`, `w|that=${w}|${opensThat}`, `rule=${r.rule}`, `w|rule=${w}|${r.rule}`, `cw=${cw}`, `w|cw=${w}|${cw}`,
    `commas=${bucket(commas)}`, `curEnd=${cur >= last ? 'send' : shape(toks[cur + 1])}`,
  ];
  if (n2 && !n2.punct && !n2.cap && /ing$/.test(n2.l) && n.t === ',') f.push('commaIng');
  return f;
}

/** The cut points of report r's content (after its cue) in the sentence whose tokens end before token b, in order. */
function cutPoints(text: string, toks: Tok[], quotes: readonly QuoteSpan[], b: number, r: Report): CutPoint[] {
  const { k0, last, cur } = contentTokens(toks, b, r);
  const cueTok = tokenAt(toks, r.cue.s);
  const out: CutPoint[] = [];
  for (let k = k0 + 1; k < cur; k++) {
    const n = toks[k + 1];
    if (!(CUT_WORDS.has(n.l) || (n.punct && CUT_MARKS.test(n.t)))) continue;
    if (toks[k].punct && toks[k].t !== ')' && !/[”"’]/.test(toks[k].t)) continue;
    const e = toks[k].e;
    if (e >= r.e || quoteAround(quotes, e)) continue;
    out.push({ e, feats: cutFeatures(toks, quotes, r, text, k, k0, cur, last, cueTok) });
  }
  return out;
}

/** A text's quotes (the engine's) and its contents after their cues with their cut points. */
export const contentCuts = (text: string): ReturnType<typeof contentsAfterCues<{ cuts: CutPoint[] }>> =>
  contentsAfterCues(text, (toks, spans, b, r) => ({ cuts: cutPoints(text, toks, spans, b, r) }));
