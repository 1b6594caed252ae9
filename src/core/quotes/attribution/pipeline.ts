/**
 * Who said a quote: an ordered pipeline of rule families over the quote's sentence (./context.ts), each in a file
 * of its own with its example sentences. The first family that finds a speaker wins, and the attribution records
 * which one did (the hover's "Why:"):
 *
 *  1. signature after a dash          '“…” ― Sonya Herridge'                       ./signatureAfterDash.ts
 *  2. passive agent (after the quote) 'called “…” by Joshua Hendrick'               ./passiveAgent.ts
 *     …a naming participle            'labeled as a “witch hunt” by Democrats', 'seen by organizers as a “lifeboat”'
 *  3. cue after the quote, inverted   '“…,” said Mirsky', '“…,” according to X'     ./cueAfterQuote.ts
 *     …a past verb no list holds      '“…,” remembered Roy Verley, HP's former …'
 *  4. inverted cue further on         "''…,'' like …, said Richard Curtin"
 *  5. subject and cue after the quote '“…,” Lavrov said.'
 *  6. before the quote (once, and first when the quote closes its sentence or a cue stands close before it):
 *     headline lead-in                'under a headline that said, “…”'             ./headlineLeadIn.ts
 *     round up label                  'Ann Perry, The Daily Ledger: “…”'            ./labels.ts
 *     transcript label                'Rep. Trey Gowdy (R-S.C.): "…'
 *     inverted cue opening            'Said Comey, "…'                              ./openingCue.ts
 *     as clause                       'As Paul Ryan has pointed out, … “…”'         (same file)
 *     …inside the sentence            '…, as an American diplomat put it, an ''…'''
 *     speech noun owner               'Trump's accusation that Clinton is playing the "…"' ./speechNounOwner.ts
 *     cue before the quote            'Lavrov said: "…', with "according to", the passive agent and the
 *                                     participle rules tried at each cue            ./cueBeforeQuote.ts
 *  7. cue later in the sentence       '"…," Robert McDuff, attorney for …, said'     ./cueAfterQuote.ts
 *     …past a long apposition        '“…,” Anne Richards, assistant secretary of …, refugees, and migration, said'
 *     …closing the sentence          '… was "particularly burdensome" on …, which had fewer …, the lawsuit alleges.'
 *
 * Stages the quotes stage (../index.ts) runs around this pipeline: before it, a pull quote signed on its last line
 * inside the marks ('"…⏎Dean Baker, Center for Economic and Policy Research."': ./signatureLine.ts) and a paragraph
 * announcing a transcript ('Transcript as follows:', ./labels.ts transcriptLeadIn); after it, the subject of a lead-in that ends on a colon
 * when no rule found a speaker (./colonLeadIn.ts), the sentence subject of a quote with no cue
 * (./sentenceSubject.ts), an outlet the sentence closes on (", reports USA Today.": ./reportedBy.ts), a poll behind
 * a share of respondents (./pollSource.ts) and a source named "according to" anywhere in the sentence
 * (./accordingTo.ts). The subject of a cue is found by ./subjectBefore.ts (names,
 * appositions, descriptions) and ./subjectAfter.ts; the sentence's own subject by ./opener.ts.
 */
import type { Tok } from '../tokens';
import { asClause, asClauseBeforeQuote, invertedCueOpening } from './openingCue';
import { QuoteContext } from './context';
import { cueBeforeQuote } from './cueBeforeQuote';
import { cueClosingSentence, cueLaterInSentence, invertedCueAfterQuote, invertedCueFurtherOn, invertedVerbAfterQuote, subjectAndCueAfterQuote, subjectAppositionCue } from './cueAfterQuote';
import { headlineLeadIn } from './headlineLeadIn';
import { roundUpLabel, transcriptLabel } from './labels';
import type { Attribution, Bounds } from './mention';
import { namingAgent, passiveAgentAfterQuote } from './passiveAgent';
import { signatureAfterDash } from './signatureAfterDash';
import { speechNounOwner } from './speechNounOwner';

type Rule = (ctx: QuoteContext) => Attribution | null;

/** The rule families that look before the quote, in order. */
const BEFORE_THE_QUOTE: readonly Rule[] = [headlineLeadIn, roundUpLabel, transcriptLabel, invertedCueOpening, asClause, asClauseBeforeQuote, speechNounOwner, cueBeforeQuote];

/** The attribution before the quote within its sentence, if any. */
const beforeTheQuote: Rule = ctx => firstOf(BEFORE_THE_QUOTE, ctx);

/** The whole pipeline, in order (see the file comment). */
const PIPELINE: readonly Rule[] = [
  signatureAfterDash, passiveAgentAfterQuote, namingAgent, invertedCueAfterQuote, invertedVerbAfterQuote, invertedCueFurtherOn, subjectAndCueAfterQuote,
  ctx => ctx.beforeQuote(), cueLaterInSentence, subjectAppositionCue, cueClosingSentence,
];

function firstOf(rules: readonly Rule[], ctx: QuoteContext): Attribution | null {
  // (an index loop: for…of makes an iterator result per rule in code V8 has not optimised, as most of a run's is)
  for (let k = 0; k < rules.length; k++) {
    const found = rules[k](ctx);
    if (found) return found;
  }
  return null;
}

/**
 * The attribution of the quote [qs, qe) whose sentence is [b.sentStart, b.sentEnd): first right after the quote,
 * then right before it, then anywhere in its sentence.
 */
export function attribute(toks: Tok[], text: string, qs: number, qe: number, b: Bounds, closesSentence = false): Attribution | null {
  return firstOf(PIPELINE, new QuoteContext(toks, text, qs, qe, b, closesSentence, beforeTheQuote));
}
