/**
 * Reported speech (#16), the data of ./reported-learned-cue.mjs, an experiment: a learned cue detector for the
 * reports the rule families leave out. Each token that reads as "SUBJECT CUE CONTENT" whatever its word
 * (./cueFrame.ts candidateAt: a lower-case verb with its reporter before it and an object or a clause after it), is no
 * cue of a report the engine keeps, lies in no kept content, and whose content is no kept one, is a candidate — twice
 * when its content to the end of its clause (../../src/core/reported/clause.ts contentEnd) is longer than the object
 * candidateAt cut before its adjuncts — with features of its context that carry over to heads never seen: the words
 * after the head ("that", a pronoun, "to" and a verb, a determiner), before it (the reporter's kind, head noun and
 * role, "who", an auxiliary), the head's inflection and suffix (its word too, where frequent), a verb with tense in the
 * content, whether the sentence and its neighbours have a report of the rules, where the head stands, and from the
 * article: the reporter named as a speaker elsewhere, a quote or report just before a pronoun reporter. Train
 * sentences the frame reads:
 *   "Ali famously converted to the Islamic faith and refused ⟦to fight in the Vietnam War⟧"
 *   "Sanders, a Vermont senator, has supported ⟦stem cell research in the Senate⟧"
 * Not part of the engine: only bundled by that script (its FINDINGS: the model does not pay).
 */
import { analyzeQuotes } from '../../src/core/quotes';
import { ARTICLES, DETERMINERS, PRONOUN_SUBJECTS, ROLE_HINT } from '../../src/core/quotes/lexicon';
import { findQuoteSpans } from '../../src/core/quotes/marks';
import { tokenAt, tokenize, type Tok } from '../../src/core/quotes/tokens';
import { findReportedSpeech, type Report } from '../../src/core/reported';
import { finite } from '../../src/core/reported/bareClause';
import { contentEnd, contentSpan } from '../../src/core/reported/clause';
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

/** How far before a pronoun reporter another speaker's quote or report may end to be "recent", in characters. */
const RECENT_SPEECH = 400;
/** How far into a content a verb with tense makes it a clause, in tokens. */
const CLAUSE_VERB_REACH = 6;

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
  // (the reporter's head noun, as the people stage reads it, and whether it names a role or a body: "officials", "campaign")
  if (m.head) f.push(`mhead=${m.head.toLowerCase()}`);
  const last = toks[m.j - 1];
  if (m.kind !== 'pronoun') f.push(`mrole=${ROLE_HINT.test(last.l)}|cap=${last.cap}`);
  if (toks[m.i].l === 'who' || toks[m.j - 1].l === 'who') f.push('who');
  const k0 = n1 ? cueEnd + 1 : c;
  let len = 0;
  for (let k = k0; k < toks.length && toks[k].s < r.e; k++) len++;
  // (a content with a verb of its own is a clause: a proposition someone holds, more than an object is)
  let verb = false;
  for (let k = k0 + 1; k < Math.min(k0 + CLAUSE_VERB_REACH, toks.length) && toks[k].s < r.e && !verb; k++) verb = !toks[k].cap && finite(toks[k]);
  f.push(`cverb=${verb}`, `cverb=${verb}|infl=${infl}`, `c0=${shape(toks[k0])}`);
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
  const { quotes, speakers } = analyzeQuotes(text);
  // (the words of the article's speakers' names, by the speaker's kind; and where their quotes and reports end)
  const speakerWord = new Map<string, string>();
  for (const sp of speakers) for (const w of sp.name.split(/\s+/)) if (/^\p{Lu}/u.test(w)) speakerWord.set(w.toLowerCase(), sp.kind ?? 'unknown');
  const spokeAt = quotes.filter(q => q.speaker).map(q => q.end).sort((x, y) => x - y);
  const docFeats = (m: { s: number; i: number; j: number; kind: string }, sentence: number, sentences: readonly boolean[]): string[] => {
    const f: string[] = [`prevCovered=${!!sentences[sentence - 1]}`, `nextCovered=${!!sentences[sentence + 1]}`];
    if (m.kind === 'pronoun') f.push(`recentSpeech=${spokeAt.some(e => e <= m.s && m.s - e <= RECENT_SPEECH)}`);
    else {
      let kind = 'none';
      for (let x = m.i; x < m.j; x++) if (toks[x].cap && speakerWord.has(toks[x].l)) kind = speakerWord.get(toks[x].l) ?? kind;
      f.push(`speaks=${kind}`, `speaks=${kind}|mk=${m.kind}`);
    }
    return f;
  };
  const spans = findQuoteSpans(text), toks = tokenize(text);
  const reports = findReportedSpeech(text, toks, spans);
  const cands: CueCandidate[] = [];
  const ranges = sentenceRanges(toks);
  const coveredSentence = ranges.map(({ a, b }) => reports.some(r => r.cue.s >= toks[a].s && r.cue.s < toks[b - 1].e));
  for (let n = 0; n < ranges.length; n++) {
    const { a, b } = ranges[n];
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
      // (and the same report with its content to the end of its clause, when the object's adjuncts cut it shorter: the
      // model chooses between the two)
      const k0 = tokenAt(toks, r.s);
      const whole = contentSpan(ctx, k0, contentEnd(ctx, k0));
      const variants: [{ s: number; e: number }, string][] = [[r, 'short']];
      if (whole && whole.e > r.e) variants.push([whole, 'long']);
      for (const [span, variant] of variants) {
        const v = { ...r, s: span.s, e: span.e };
        if (reports.some(k => same(k, v))) continue;
        const feats = [...features(toks, a, b, c, found.key, v, kept, quoted), ...docFeats(r.mention, n, coveredSentence)];
        if (whole && whole.e > r.e) feats.push(`variant=${variant}`, ...feats.filter(f => /^(?:n1c|infl|clen|part|h)=/.test(f)).map(f => `${variant}|${f}`));
        cands.push({
          s: v.s, e: v.e, cue: { ...r.cue, text: text.slice(r.cue.s, r.cue.e) },
          mention: { s: r.mention.s, e: r.mention.e, kind: r.mention.kind, text: text.slice(r.mention.s, r.mention.e) },
          feats,
        });
      }
    }
  }
  return { quotes, cands };
}
