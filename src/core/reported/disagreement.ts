/**
 * Cue family — a disagreement over a question: the question its sides take, after "split|divided|at odds" (with a
 * linking verb) or "disagree(d)", and "on|over|about", as PolNeAR marks it (the subject the source, the question the
 * content): "The voters are split on ⟦whether the next president should be an outsider or a member of the political
 * establishment⟧" (Breitbart 2016-02-20), "Last month, those polled were evenly split on ⟦whether Mrs. Clinton or Mr.
 * Trump would do a better job …⟧", "voters are evenly divided on ⟦which candidate would do a better job of handling
 * terrorism …⟧" (NYT 2016-07-15), "Senior American officials disagree on ⟦what exactly these troops will be doing⟧" (NYT
 * 2015-12-29), "lawmakers who are open to reform disagree over ⟦how far-reaching it should be⟧" (Politico 2016-06-21),
 * "politicians disagree on ⟦how it should happen⟧", "lawmakers remain at odds over ⟦whether and how to lower the
 * corporate tax rate …⟧" (Washington Post 2015-11-24). PolNeAR train, 48th session: the phrase before a question word,
 * outside quotation marks, 9 times, every one attributed and none found before. Only before a question word: before a
 * noun phrase the phrase is gold 4 times in 6 ("Republican voters were far less divided on the issue of allowing
 * Muslims …", "the parties are deeply split over the legacy of the Iran agreement" are not), its object's end less sure.
 */
import type { Tok } from '../quotes/tokens';
import { LINKING_VERBS } from '../quotes/lexicon';
import { wordSet } from '../people/lexicon';
import { contentEnd, contentSpan, words } from './clause';
import { type Report, reportOf, type SentenceContext } from './report';
import { beforeDegreeWords, reporterOf, verbAt } from './speaker';

/** The adjectives of a divided body, after a linking verb ("are split on", "were evenly divided on"). */
const DIVIDED = wordSet('split|divided');
/** The verb of disagreeing, in every form. */
export const DISAGREE_FORMS: readonly string[] = ['disagree', 'disagrees', 'disagreed', 'disagreeing'];
const DISAGREE = wordSet(DISAGREE_FORMS.join('|'));
/** The words this family looks for (./index.ts RULES). */
export const DISAGREEMENT_WORDS: readonly string[] = ['split', 'divided', 'odds', ...DISAGREE_FORMS];
/** The prepositions before the question ("split on", "at odds over", "disagree about"). */
const OVER = wordSet('on|over|about');
/**
 * The words that open the question ("whether", "how", "what" …). Not "when" or "where", which open a clause of time or
 * place as often: "But they disagree on when and how to move forward" is not attributed (NYT 2016-02-03).
 */
const QUESTION_WORD = wordSet('whether|how|what|which|who|why');

/**
 * The token whose subject holds the disagreement at c ("split", "divided", "odds" of "at odds", a form of "disagree"):
 * the linking verb before it, past words of degree ("are evenly split", "remain at odds"), or the verb itself; -1 when
 * there is none ("a split on …", "divided government").
 */
function holderVerb(toks: Tok[], c: number, a: number): number {
  if (DISAGREE.has(toks[c].l)) return verbAt(toks, c, false) ? c : -1;
  const at = toks[c].l === 'odds' ? c - 1 : c;
  if (toks[c].l === 'odds' && toks[at]?.l !== 'at') return -1;
  if (toks[c].l !== 'odds' && !DIVIDED.has(toks[c].l)) return -1;
  const be = beforeDegreeWords(toks, at, a);
  return be >= a && LINKING_VERBS.has(toks[be].l) ? be : -1;
}

export function disagreements(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 3; c++) {
    const t = toks[c];
    if (t.cap || t.punct || !OVER.has(toks[c + 1].l) || !QUESTION_WORD.has(toks[c + 2].l)) continue;
    const verb = holderVerb(toks, c, a);
    if (verb < 0) continue;
    const from = c + 2;
    const end = contentEnd(ctx, from);
    const span = words(toks, from, end) >= 2 ? contentSpan(ctx, from, end) : null;
    const mention = span ? reporterOf(ctx, verb) : null;
    const first = toks[c].l === 'odds' ? c - 1 : c;
    if (span && mention) out.push(reportOf(span, { s: toks[first].s, e: toks[c + 1].e }, mention, 'object'));
  }
  return out;
}
