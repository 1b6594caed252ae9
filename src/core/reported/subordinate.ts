/**
 * A report made inside a subordinate clause ends where the main clause begins: "Though she has said ⟦she'll accept the
 * recommendation of the career prosecutors⟧, Republicans are still crying foul", "While Comey talked about
 * ⟦vulnerability to hackers⟧, he didn't mention any bad consequences". The subordinator stands between the start of
 * the sentence (or the comma before the reporter) and the cue; the main clause after a comma has a subject and a verb.
 */
import type { Tok } from '../quotes/tokens';
import { clauseStart } from './bareClause';
import type { Report, SentenceContext } from './report';

/** Conjunctions that open a clause subordinate to the sentence's main clause. */
const SUBORDINATOR = /^(?:though|although|while|whereas|when|whenever|because|since|after|before|once|if|unless|as|until)$/;
/** How far before the reporter the subordinator may stand. */
const REACH = 6;

/** The subordinator that opens the clause of the reporter at mention token i, or -1. */
function subordinatorBefore(toks: Tok[], a: number, i: number): number {
  for (let k = i - 1; k >= a && k >= i - REACH; k--) {
    const t = toks[k];
    if (t.punct) return -1;
    if (SUBORDINATOR.test(t.l) && (k === a || toks[k - 1].punct || /^(?:but|and|even|so)$/.test(toks[k - 1].l))) return k;
  }
  return -1;
}

/** The report's content, cut at the comma that opens the main clause when the report sits in a subordinate clause. */
export function endOfSubordinate(ctx: SentenceContext, r: Report, tokenAtOffset: (pos: number) => number): void {
  const { toks, a } = ctx;
  // (only a content after its cue: "In the old Soviet Union, as Hedrick Smith reported, ⟦…⟧" is the parenthetical's)
  if (r.s < r.cue.e || r.mention.i < a || subordinatorBefore(toks, a, r.mention.i) < 0) return;
  const from = tokenAtOffset(r.s);
  for (let k = from + 1; k < ctx.b && toks[k].s < r.e; k++) {
    if (toks[k].t !== ',' || !clauseStart(toks, k + 1, ctx.b)) continue;
    r.e = toks[k - 1].e;
    return;
  }
}
