/**
 * Reported speech (#16), the data of ./reported-learned-cue.mjs, an experiment: a learned cue detector for the
 * reports the rule families leave out. Each token that reads as "SUBJECT CUE CONTENT" whatever its word
 * (./cueFrame.ts candidateAt: a lower-case verb with its reporter before it and an object or a clause after it), is no
 * cue of a report the engine keeps, lies in no kept content, and whose content is no kept one, is a candidate, with
 * features of its context that carry over to heads never seen: the words after the head ("that", a pronoun, "to" and a
 * verb, a determiner), before it (the reporter's kind, "who", an auxiliary), the head's inflection and suffix (its word
 * too, where frequent), whether the sentence has a report of the rules already, where the head stands. Train sentences
 * the frame reads:
 *   "Ali famously converted to the Islamic faith and refused ⟦to fight in the Vietnam War⟧"
 *   "Sanders, a Vermont senator, has supported ⟦stem cell research in the Senate⟧"
 * Not part of the engine: only bundled by that script.
 */
import { analyzeQuotes } from '../../src/core/quotes';
import { ARTICLES, DETERMINERS, PRONOUN_SUBJECTS } from '../../src/core/quotes/lexicon';
import { findQuoteSpans } from '../../src/core/quotes/marks';
import { tokenize, type Tok } from '../../src/core/quotes/tokens';
import { findReportedSpeech, type Report } from '../../src/core/reported';
import { finite } from '../../src/core/reported/bareClause';
import { AUXILIARIES } from '../../src/core/reported/lexicon';
import { quoteAt } from '../../src/core/reported/mixed';
import { sentenceRanges } from '../../src/core/reported/sentences';
import { bucket, coarse, shape } from './contentEnds';
import { candidateAt } from './cueFrame';

/** A candidate report: its content, cue and reporter, and its features. */
export interface CueCandidate {
  s: number;
  e: number;
  cue: { s: number; e: number; text: string };
  mention: { s: number; e: number; kind: string; text: string };
  feats: string[];
}

/** The head's inflection: -ed, -ing, -s, or none. */
const inflection = (w: string): string => (/ed$/.test(w) ? 'ED' : /ing$/.test(w) ? 'ING' : /s$/.test(w) ? 'S' : 'BASE');

/** Two contents are one when each covers at least half of the other (as ../../src/core/reported/index.ts has it). */
function same(x: { s: number; e: number }, y: { s: number; e: number }): boolean {
  const ov = Math.min(x.e, y.e) - Math.max(x.s, y.s);
  return ov > 0 && ov * 2 >= x.e - x.s && ov * 2 >= y.e - y.s;
}

/** The features of the candidate at token c (cue c..cueEnd) in the sentence [a, b), with `kept` the sentence's reports. */
function features(toks: Tok[], a: number, b: number, c: number, key: string, r: Report, kept: readonly Report[], quoted: boolean): string[] {
  const t = toks[c];
  const parts = key.split(' ');
  const cueEnd = c + parts.length - 1;
  const n1 = toks[cueEnd + 1], n2 = toks[cueEnd + 2], n3 = toks[cueEnd + 3];
  const p1 = toks[c - 1], p2 = toks[c - 2];
  const m = r.mention;
  const infl = inflection(t.l);
  const f: string[] = ['bias', `h=${t.l}`, `key=${key}`, `suf2=${t.l.slice(-2)}`, `suf3=${t.l.slice(-3)}`, `infl=${infl}`];
  if (parts.length > 1) f.push(`part=${parts[1]}`, `part=${parts[1]}|infl=${infl}`);
  f.push(`n1=${shape(n1)}`, `n1c=${coarse(n1)}`, `n12=${shape(n1)}_${shape(n2)}`, `n12c=${coarse(n1)}_${coarse(n2)}`, `n3c=${coarse(n3)}`);
  if (n1?.l === 'that') f.push('that');
  if (n1 && PRONOUN_SUBJECTS.has(n1.l)) f.push('pronAfter', `pronAfter|n2fin=${!!n2 && finite(n2)}`);
  if (n1 && (ARTICLES.has(n1.l) || DETERMINERS.has(n1.l))) f.push('detAfter');
  if (parts[1] === 'to') f.push(`toVerb=${coarse(n1)}`);
  f.push(`p1=${shape(p1)}`, `p1c=${coarse(p1)}`, `p12c=${coarse(p2)}_${coarse(p1)}`);
  if (p1 && AUXILIARIES.has(p1.l)) f.push('auxBefore', `auxBefore|infl=${infl}`);
  f.push(`mk=${m.kind}`, `mk=${m.kind}|infl=${infl}`, `mk=${m.kind}|n1c=${coarse(n1)}`, `mlen=${bucket(m.j - m.i)}`, `mgap=${bucket(c - m.j)}`, `m0=${shape(toks[m.i])}`, `mlast=${shape(toks[m.j - 1])}`);
  if (m.i === a) f.push('mOpens');
  if (toks[m.i].l === 'who' || toks[m.j - 1].l === 'who') f.push('who');
  const k0 = n1 ? cueEnd + 1 : c;
  let len = 0;
  for (let k = k0; k < toks.length && toks[k].s < r.e; k++) len++;
  f.push(`clen=${bucket(len)}`, `cend=${toks[b - 1].e - r.e <= 2 ? 'sent' : 'in'}`, `infl=${infl}|clen=${bucket(len)}`);
  f.push(`covered=${kept.length > 0}`, `pos=${bucket(c - a)}`, `slen=${bucket(b - a)}`);
  if (quoted) f.push('quoteInSentence');
  return f;
}

/**
 * A text's quotes (the engine's) and its candidate reports: in every sentence, the tokens candidateAt reads, less those
 * a kept report covers (its cue, or its content around the token, or the same content).
 */
export function cueCandidates(text: string): { quotes: ReturnType<typeof analyzeQuotes>['quotes']; cands: CueCandidate[] } {
  const { quotes } = analyzeQuotes(text);
  const spans = findQuoteSpans(text), toks = tokenize(text);
  const reports = findReportedSpeech(text, toks, spans);
  const cands: CueCandidate[] = [];
  for (const { a, b } of sentenceRanges(toks)) {
    if (b - a < 4) continue;
    const s0 = toks[a].s, e0 = toks[b - 1].e;
    const kept = reports.filter(r => r.cue.s >= s0 && r.cue.s < e0);
    const quoted = spans.some(q => q.start < e0 && q.end > s0);
    const ctx = { toks, text, a, b, quotes: spans };
    for (let c = a + 1; c < b - 1; c++) {
      const t = toks[c];
      if (quoteAt(spans, t.s)) continue;
      if (reports.some(r => (r.cue.s < t.e && r.cue.e > t.s) || (r.s <= t.s && t.e <= r.e))) continue;
      const found = candidateAt(ctx, c);
      if (!found) continue;
      const r = found.report;
      if (reports.some(k => same(k, r))) continue;
      cands.push({
        s: r.s, e: r.e, cue: { ...r.cue, text: text.slice(r.cue.s, r.cue.e) },
        mention: { s: r.mention.s, e: r.mention.e, kind: r.mention.kind, text: text.slice(r.mention.s, r.mention.e) },
        feats: features(toks, a, b, c, found.key, r, kept, quoted),
      });
    }
  }
  return { quotes, cands };
}
