/**
 * The frame the families read at a verb share: the verb itself (a lower-case word, often one of the family's own verbs,
 * with room after it in the sentence), and the report made of it — the content [from, end), the cue from the verb to a
 * token after it, and the verb's reporter (./speaker.ts reporterOf) ending before the cue. Between the two each family
 * reads its own object, particle or topic: ./depiction.ts (and ./charge.ts, ./comparison.ts through it),
 * ./expression.ts, ./story.ts, ./viewOffered.ts, ./endorsement.ts, ./madeStatement.ts, ./talkedTo.ts; ./findings.ts
 * takes the verb only.
 *   "Carly Fiorina threw her support behind ⟦Sen. Ted Cruz⟧" → the verb "threw", the cue "threw … behind", the source
 *   "Carly Fiorina"; "Exit polls told a tale of ⟦two parties⟧" (./story.ts) → the cue "told … of", the source "Exit polls".
 */
import type { Tok } from '../quotes/tokens';
import { contentSpan } from './clause';
import { type Report, reportOf, type ReportRule, type SentenceContext } from './report';
import { reporterOf, verbAt } from './speaker';

/**
 * The token at c when it is in lower case, with more than `room` tokens of its sentence after it, and one of `words`
 * when they are given ("endorsed", ./endorsement.ts; "found", ./findings.ts); else null.
 */
export function lowerCueAt(ctx: SentenceContext, c: number, room: number, words?: ReadonlySet<string>): Tok | null {
  const t = ctx.toks[c];
  return c < ctx.b - room && !t.cap && (!words || words.has(t.l)) ? t : null;
}

/** The token at c when it is a verb, in lower case (one of `words` when given), with more than `room` tokens of its sentence after it; else null. */
export function verbCueAt(ctx: SentenceContext, c: number, room: number, words?: ReadonlySet<string>): Tok | null {
  const t = lowerCueAt(ctx, c, room, words);
  return t && verbAt(ctx.toks, c, false) ? t : null;
}

/**
 * The report of the verb at token c: the content [from, end), the cue from the verb to offset cueEnd, the source the
 * verb's reporter when it ends before the verb; null when there is no content or no such reporter.
 */
export function reportOfVerb(ctx: SentenceContext, c: number, from: number, end: number, cueEnd: number, rule: ReportRule): Report | null {
  const t = ctx.toks[c];
  const span = contentSpan(ctx, from, end);
  const mention = reporterOf(ctx, c);
  return span && mention && mention.e <= t.s ? reportOf(span, { s: t.s, e: cueEnd }, mention, rule) : null;
}
