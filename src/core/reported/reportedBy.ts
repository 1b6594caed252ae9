/**
 * Rule family — news first reported by an outlet, in the passive: "O’Malley’s move was first reported by MSNBC", "The
 * meeting was first reported by Politico", "the email, which was first reported by The Associated Press", "a fact first
 * reported by Christopher Heath, an Orlando TV reporter". PolNeAR attributes the subject (what was reported) to the
 * agent after "by". The cue is "reported", with "first" or "initially" before it; a plain "was reported by" is left out
 * (train: "first reported by" 10 of 11 in a gold attribution, the others fewer).
 */
import { accordingToSourceAt } from '../quotes/attribution';
import { CLAUSE_RELATIVES, CONTENT_SUBORDINATORS } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { contentSpan } from './clause';
import type { Report, SentenceContext } from './report';

/** The adverbs of a first report, one of which is in every sentence where this family finds anything. */
export const FIRST_WORDS: readonly string[] = ['first', 'initially', 'originally'];
const FIRST: ReadonlySet<string> = new Set(FIRST_WORDS);
/** Forms of "be" of the passive ("was first reported"). */
const BE = /^(?:is|are|was|were|been|being|be|has|have|had)$/;
/** The longest subject, in tokens ("Tinder's ban of Ms. Gedrich"). */
const MAX_SUBJECT = 12;

/** The first token of the subject that ends before token v, or -1 when it does not start within reach. */
function subjectStart(toks: Tok[], a: number, v: number): number {
  for (let k = v - 1; k >= a && k >= v - MAX_SUBJECT; k--) {
    const t = toks[k];
    // (a relative pronoun is the content: "the email, ⟦which⟧ was first reported by …")
    if (CLAUSE_RELATIVES.has(t.l)) return k === v - 1 ? k : -1;
    if (t.punct && !/^['’]/.test(t.t)) return k + 1 < v ? k + 1 : -1;
    if (CONTENT_SUBORDINATORS.has(t.l) || /^(?:and|but|because|after|when|while|since|though|although)$/.test(t.l)) return k + 1 < v ? k + 1 : -1;
    if (k === a) return a;
  }
  return -1;
}

export function reportedBy(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 2; c++) {
    const t = toks[c];
    if (!FIRST.has(t.l) || toks[c + 1].l !== 'reported' || toks[c + 2].l !== 'by') continue;
    const mention = accordingToSourceAt(toks, c + 3, b);
    if (!mention) continue;
    // "X was first reported by": the subject; "a fact first reported by": the noun phrase right before
    let v = c;
    while (v > a && BE.test(toks[v - 1].l)) v--;
    const start = subjectStart(toks, a, v);
    if (start < 0) continue;
    const span = contentSpan(ctx, start, v);
    if (span) out.push({ ...span, cue: { s: t.s, e: toks[c + 1].e }, mention, rule: 'object' });
  }
  return out;
}
