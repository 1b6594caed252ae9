/**
 * A cue inside a subordinate clause that opens its sentence: "While the president has repeatedly said he opposes
 * sending Americans to fight in far-flung countries, his administration carves out exceptions", "Having announced
 * that he would not send me to prison, Judge Berman proceeded to hand down his sentence". What was said ends with
 * that clause, at its first comma; the main clause after it is the reporter's own.
 */
import { tokenAt } from '../quotes/tokens';
import { finite } from './bareClause';
import { contentSpan } from './clause';
import { contentStart } from './fronted';
import { quoteAt } from './mixed';
import type { Report, SentenceContext } from './report';

/** Words that open a subordinate clause before the main one ("Even as", "Having said"). */
const OPENING_SUBORDINATOR = /^(?:while|when|whenever|as|after|although|though|if|because|since|before|once|until|unless|whereas|having)$/;
/** The word after "even" that makes it a subordinator ("Even as", "Even though"). */
const AFTER_EVEN = /^(?:as|though|if|when|after|before)$/;

/** How far into its sentence a cue in an opening subordinate clause may stand, in tokens. */
const MAX_OPENING = 60;

/** A comma or a dash: the opening clause has ended. */
const CLAUSE_MARK = /^(?:,|—|–|--|-)$/;

/** The first word of the clause that holds token c: after the sentence's opening, or after the last comma before c ("…, and when Rubio thanked Miami and said"). */
function clauseOpening(ctx: SentenceContext, c: number): number {
  const { toks } = ctx;
  const open = contentStart(ctx);
  // (each report looks a bounded number of tokens back, so that a sentence with no full stop stays linear)
  if (c - open > MAX_OPENING) return -1;
  let k = c - 1;
  while (k > open && toks[k].t !== ',') k--;
  if (k <= open) return open;
  const comma = k++;
  // (after ", and" a new clause opens; after a bare comma only when what precedes has no verb, an opening phrase —
  // "Last month, when I asked Bernie Sanders if …" — not a main clause that the subordinate one trails, as in
  // "…, when she claimed that the self-described Islamic State, or ISIS, has used …")
  if (/^(?:and|but|so)$/.test(toks[k]?.l ?? '')) {
    while (k < c && /^(?:and|but|so)$/.test(toks[k].l)) k++;
    return k;
  }
  for (let j = open; j < comma; j++) if (!toks[j].punct && (finite(toks[j]) || /^(?:is|are|was|were|has|have)$/.test(toks[j].l))) return open;
  return k;
}

/** The end (exclusive offset) of the content of `r` when its cue stands in an opening subordinate clause, else r.e. */
export function endOfOpeningClause(ctx: SentenceContext, r: Report): number {
  const { toks } = ctx;
  const open = clauseOpening(ctx, tokenAt(toks, r.cue.s));
  if (open < 0) return r.e;
  const first = toks[open];
  if (!first || !(OPENING_SUBORDINATOR.test(first.l) || (first.l === 'even' && AFTER_EVEN.test(toks[open + 1]?.l ?? '')))) return r.e;
  const c = tokenAt(toks, r.cue.s), i = tokenAt(toks, r.s);
  if (c <= open || i <= c) return r.e;
  // the cue and the content's start are in the opening clause: no comma or dash before the content starts
  for (let k = open; k < i; k++) if (CLAUSE_MARK.test(toks[k].t)) return r.e;
  for (let k = i + 1; k < ctx.b && toks[k].s < r.e; k++) {
    // (a comma inside a number, "2,400", or inside a quotation is none)
    if (toks[k].t !== ',' || toks[k + 1]?.s === toks[k].e || quoteAt(ctx.quotes, toks[k].s)) continue;
    return contentSpan(ctx, i, k)?.e ?? r.e;
  }
  return r.e;
}
