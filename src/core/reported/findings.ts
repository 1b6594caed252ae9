/**
 * Rule family — what a poll, a study or a record shows or found, with no "that": "A University of New Hampshire poll
 * out this week shows Clinton with an 8-point lead over Trump", "A recent CNN survey found 90 percent support for
 * background checks", "with recent polls showing a tightening of the race". The object and what is said of it (a
 * participle, a phrase) are the content, to the end of the clause.
 */
import type { Mention } from '../quotes/attribution';
import { isDocumentNoun } from '../people/documents';
import { DETERMINERS, NOT_NAME, PREPOSITIONS } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { contentEnd, contentSpan, words } from './clause';
import { evidenceMention } from './evidence';
import type { Report, SentenceContext } from './report';
import { reporterOf, verbAt } from './speaker';

/** Verbs of evidence in the forms that take an object. */
export const FINDING_VERBS: ReadonlySet<string> = new Set(['show', 'shows', 'showed', 'showing', 'found', 'finds', 'find', 'finding']);

/** The fewest words of a finding. */
const MIN_WORDS = 3;

/**
 * A finding ends at a colon, which opens its evidence ("Early polls show voters … rejecting Mr. Trump: A Quinnipiac
 * University poll …"), and a participle's at a comma ("Despite polls showing her well behind, Clinton campaigned …").
 */
function clauseEnd(toks: Tok[], k: number, end: number, participle: boolean): number {
  for (let j = k; j < end; j++) if (toks[j].t === ':' || (participle && toks[j].t === ',')) return j;
  return end;
}

export function findings(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 2; c++) {
    const t = toks[c];
    if (t.cap || !FINDING_VERBS.has(t.l)) continue;
    let k = c + 1;
    if (toks[k].l === 'that') k++;
    const o = toks[k];
    if (!o || o.punct || PREPOSITIONS.has(o.l) || /^(?:up|off|signs?|no|little|how|why|what|whether|if|where|who|itself|themselves)$/.test(o.l)) continue;
    let mention: Mention | null = null;
    // "with recent polls showing …", "a new poll showing …": the participle's subject is the document before it
    if (t.l.endsWith('ing') && !toks[c - 1].punct && isDocumentNoun(toks[c - 1].l)) {
      let i = c - 1;
      while (i > a && !toks[i - 1].punct && !NOT_NAME.has(toks[i - 1].l) && (toks[i - 1].cap || DETERMINERS.has(toks[i - 1].l) || /^(?:new|recent|latest|early|national|several|many|other)$/.test(toks[i - 1].l))) i--;
      mention = { s: toks[i].s, e: toks[c - 1].e, kind: 'description', i, j: c, head: toks[c - 1].l };
    } else if (verbAt(toks, c, false)) mention = reporterOf(ctx, c);
    if (!mention || !evidenceMention(toks, mention) || mention.e > t.s) continue;
    const end = clauseEnd(toks, k, contentEnd(ctx, k), t.l.endsWith('ing'));
    if (words(toks, k, end) < MIN_WORDS) continue;
    const span = contentSpan(ctx, k, end);
    if (span) out.push({ ...span, cue: { s: t.s, e: t.e }, mention, rule: 'object' });
  }
  return out;
}
