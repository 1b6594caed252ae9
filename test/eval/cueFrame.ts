/**
 * Reported speech (#16), a development aid for ./cue-table.mjs: the generic frame "SUBJECT CUE CONTENT" read at any
 * word, and a rule family over the cues of a table learned from PolNeAR train. Not part of the engine: the table's
 * items did not hold precision 0.85 on held-out folds (cue-table.mjs's header has the figures), so the family is only
 * bundled into the CLI by that script, for its cross-validation.
 * The frame, on train sentences:
 *   "Ali famously converted to the Islamic faith and refused ⟦to fight in the Vietnam War⟧"  (key "refused to")
 *   "Sanders, a Vermont senator, has supported ⟦stem cell research in the Senate⟧"          (key "supported")
 *   "Nearly 10 percent of them voted for ⟦Ben Carson⟧, a neurosurgeon who …"                (key "voted for")
 */
import { PREPOSITIONS, TIME_WORDS } from '../../src/core/quotes/lexicon';
import { looksAdverb } from '../../src/core/text/adverbs';
import { objectBeforeAdjunct } from '../../src/core/reported/adjunct';
import { finite } from '../../src/core/reported/bareClause';
import { contentEnd, contentSpan } from '../../src/core/reported/clause';
import { objectGap } from '../../src/core/reported/gap';
import { AUXILIARIES } from '../../src/core/reported/lexicon';
import type { Report, SentenceContext } from '../../src/core/reported/report';
import { reporterOf, verbAt } from '../../src/core/reported/speaker';

/** Particles that stand between a cue and its object and belong to the cue ("voted for", "spoke about", "refused to"). */
const PARTICLE = /^(?:about|against|for|of|on|to|at|with|over|from|into|in)$/;
/** Words that open no content: conjunctions, adverbs of a phrasal verb, words of time and circumstance. */
const NO_CONTENT = /^(?:and|or|but|nor|after|before|during|since|until|when|while|amid|despite|because|as|if|than|by|up|out|off|down|away|back|around|so|too|very|not|n['’]t|then|there|here|again|ago|where|which|who|whom|whose)$/;
/** Words that are no cue of their own: negation and adverbs between a subject and its verb ("did not mention", "also says"). */
const NO_CUE = /^(?:not|also|still|now|often|even|just|only|never|already|then|again|ever|always|the|a|an|and|or|but|that|this|these|those|as|who|which|he|she|they|it|we|i|you|his|her|their|its|our|my|your)$/;
/** A content of one word that names nothing said ("framed ⟦it⟧", "highlighted ⟦both⟧"). */
const EMPTY_OBJECT = /^(?:it|both|this|that|these|those|everything|something|anything|nothing|one|all)$/;

/** A candidate report and the key of its cue in the table: the verb form, a space and its particle if any. */
export interface TableCandidate {
  key: string;
  report: Report;
}

/**
 * The "SUBJECT CUE CONTENT" reading at token c whatever its word (the table decides which words are cues): a verb
 * in lower case with its reporter before it, a particle or "that" after it, and an object or a clause to the end of
 * its clause (src/core/reported/clause.ts; an object stops before its adjuncts, adjunct.ts).
 */
export function candidateAt(ctx: SentenceContext, c: number): TableCandidate | null {
  const { toks, a, b } = ctx;
  const t = toks[c];
  if (c <= a || c >= b - 1 || t.cap || t.punct || !/^[a-z][a-z'’-]*[a-z]$/.test(t.l) || NO_CUE.test(t.l) || AUXILIARIES.has(t.l) || looksAdverb(t.l) || PREPOSITIONS.has(t.l)) return null;
  if (!verbAt(toks, c, false)) return null;
  let k = c + 1, key = t.l, cueEnd = c;
  if (PARTICLE.test(toks[k].l)) {
    key = `${t.l} ${toks[k].l}`;
    cueEnd = k;
    // ("refused to answer": the infinitive's "to" opens the content, as the annotators mark it)
    if (toks[k].l !== 'to') k++;
  }
  const that = cueEnd === c && toks[k]?.l === 'that';
  if (that) k++;
  const o = toks[k];
  if (!o || o.punct || NO_CONTENT.test(o.l) || (!that && !o.cap && TIME_WORDS.has(o.l))) return null;
  // (an adverb before a mark or a preposition opens no object: "noted recently in …")
  const next = toks[k + 1];
  if (!o.cap && looksAdverb(o.l) && (!next || next.punct || PREPOSITIONS.has(next.l))) return null;
  // (a verb with tense opens no object: "The Twitter account Trump retweeted ⟦was set up …⟧" is a relative clause's gap)
  if (!that && (AUXILIARIES.has(o.l) || finite(o))) return null;
  const end = that ? contentEnd(ctx, k) : objectBeforeAdjunct(toks, k, contentEnd(ctx, k, true));
  const span = end > k ? contentSpan(ctx, k, end) : null;
  if (!span || (end === k + 1 && EMPTY_OBJECT.test(o.l))) return null;
  const mention = reporterOf(ctx, c);
  // the reporter stands before the cue, and is not the object of a relative clause ("the bill he supported")
  if (!mention || mention.e > t.s || objectGap(toks, mention, k - 1)) return null;
  return { key, report: { ...span, cue: { s: t.s, e: toks[cueEnd].e }, mention, rule: 'object' } };
}

/** A table row: [positions on train, of them marked as a cue, of them matching a gold content]. */
export type TableRow = readonly [number, number, number];
/** Which keys a family takes: cue rate, match rate (counted with `prior` more positions), fewest positions. */
export interface Thresholds { rate: number; match: number; min: number; prior: number }

export const passes = ([positions, cues, matched]: TableRow, th: Thresholds): boolean =>
  positions >= th.min && cues >= th.rate * positions && matched >= th.match * (positions + th.prior);

/**
 * The family over the keys of `table` that pass `th` and whose first word is not in `covered()` (the words of the
 * hand-made families, which read their cues with their own limits; asked at the first sentence, once they exist).
 */
export function tableFamily(table: Readonly<Record<string, TableRow>>, th: Thresholds, covered: () => ReadonlySet<string>): { find: (ctx: SentenceContext) => Report[]; words: ReadonlySet<string> } {
  const passing = Object.keys(table).filter(k => passes(table[k], th));
  const words: ReadonlySet<string> = new Set(passing.map(k => k.split(' ')[0]));
  let keys: ReadonlySet<string> | null = null;
  const find = (ctx: SentenceContext): Report[] => {
    if (!keys) { const cov = covered(); keys = new Set(passing.filter(k => !cov.has(k.split(' ')[0]))); }
    const out: Report[] = [];
    for (let c = ctx.a + 1; c < ctx.b - 1; c++) {
      if (!words.has(ctx.toks[c].l)) continue;
      const found = candidateAt(ctx, c);
      if (found && keys.has(found.key)) out.push(found.report);
    }
    return out;
  };
  return { find, words };
}
