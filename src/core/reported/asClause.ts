/**
 * Rule family — an "as" clause of attribution before its content: "As The Atlantic recently noted, trust in government
 * is collapsing around the world", "As reported by Western Journalism, the former secretary of state was made aware …",
 * "But as Clyburn noted, those voters will give Sanders a second look", "As The Hill reported, Donald Trump was also
 * accused of breaking debate rules" (a name's article before it). The content is the main clause after the comma,
 * whole even when it opens with a subordinate clause of its own ("As The Washington Post reported, even if Sanders
 * managed to split delegates …, he would then need to win 55 percent …": see ./subordinate.ts).
 */
import { subjectAfter, subjectBefore, type Mention } from '../quotes/attribution';
import { ARTICLES } from '../text/determiners';
import { contentEnd, contentSpan, TAIL_CUES, words } from './clause';
import { quoteAt } from './mixed';
import type { Report, SentenceContext } from './report';
import { hasVerb } from './sayClause';
import { OPENING_CONJUNCTIONS } from '../quotes/lexicon';

/** How far the cue may stand from "as" ("As another Pew study from 2011 noted"). */
const MAX_SUBJECT = 10;
/** How long the tail after the cue may be before its comma ("as The Times reported on Saturday,"). */
const MAX_TAIL = 8;

export function asClauses(ctx: SentenceContext): Report[] {
  const { toks, a, b, quotes } = ctx;
  const out: Report[] = [];
  for (let p = a; p < b - 4; p++) {
    if (toks[p].l !== 'as') continue;
    // "as" opens its sentence (past "But", "And", "Of course,") or follows a comma
    const prev = toks[p - 1];
    if (p > a && !(prev.t === ',' || OPENING_CONJUNCTIONS.has(prev.l))) continue;
    let c = p + 1;
    while (c < b && c <= p + MAX_SUBJECT && !toks[c].punct && !(TAIL_CUES.has(toks[c].l) && !toks[c].cap || toks[c].l === 'pointed' && toks[c + 1]?.l === 'out')) c++;
    if (c >= b || c > p + MAX_SUBJECT || toks[c].punct) continue;
    let mention: Mention | null = null;
    if (c === p + 1 && toks[c + 1]?.l === 'by') {
      // "As reported by Western Journalism,"
      const m = subjectAfter(toks, c + 2, b);
      if (m && toks[m.j]?.t === ',') mention = m;
    } else if (c > p + 1) {
      const m = subjectBefore(toks, c - 1, p + 1);
      // ("As The Hill reported,": the name's article before it is no part of the mention)
      if (m && (m.i === p + 1 || (m.i === p + 2 && ARTICLES.has(toks[p + 1].l)))) mention = m;
    }
    if (!mention) continue;
    let comma = Math.max(c + 1, mention.j);
    while (comma < b && comma <= c + MAX_TAIL && !toks[comma].punct) comma++;
    if (toks[comma]?.t !== ',') continue;
    const from = comma + 1;
    if (from >= b || quoteAt(quotes, toks[from].s)) continue;
    const end = contentEnd(ctx, from);
    if (words(toks, from, end) < 4 || !hasVerb(toks, from, end)) continue;
    const span = contentSpan(ctx, from, end);
    const cueEnd = toks[c].l === 'pointed' ? toks[c + 1].e : toks[c].e;
    if (span) out.push({ ...span, cue: { s: toks[c].s, e: cueEnd }, mention, rule: 'according-to' });
  }
  return out;
}
