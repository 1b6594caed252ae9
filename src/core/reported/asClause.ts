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
import { ALL_TAIL_CUES, contentEnd, contentSpan, TAIL_CUES, words } from './clause';
import { quoteAt } from './mixed';
import { type Report, reportOf, type SentenceContext } from './report';
import { hasVerb } from './sayClause';
import { CUES, DASH, OPENING_CONJUNCTIONS, PREPOSITIONS, TIME_WORDS } from '../quotes/lexicon';
import { inClass } from '../text/wordClasses';
import { contentStart } from './fronted';
import { finite } from './bareClause';
import { AND_BUT, AUX_OR_ADVERB } from './lexicon';
import { looksAdverb } from '../text/adverbs';
import { FIRST, PARTICIPLE } from './reportedBy';
import { wordSet } from '../people/lexicon';
import type { Tok } from '../quotes/tokens';

/** How far the cue may stand from "as" ("As another Pew study from 2011 noted"). */
const MAX_SUBJECT = 10;
/** How long the tail after the cue may be before its comma ("as The Times reported on Saturday,"). */
const MAX_TAIL = 8;

/** "pointed out", "points out" ("as Paul Krugman of the New York Times points out,"). */
const POINT = wordSet('pointed|points|point');
/** A verb of an attribution tail, or the participle of a report ("As POLITICO revealed,"), in lower case. */
const isCue = (t: Tok): boolean => !t.cap && (ALL_TAIL_CUES.has(t.l) || PARTICIPLE.has(t.l));
/**
 * A verb of saying or agreeing among the content's tokens after its first, which hasVerb's past forms leave out
 * ("the RNC agreed to allow Trump to use the party’s voter file": "-eed" is no regular past there).
 */
function cueVerb(toks: Tok[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (!toks[j].cap && CUES.has(toks[j].l)) return true;
  return false;
}

/** The cue of the "as" at p, within MAX_SUBJECT tokens and no mark before it ("as The Times ⟨reported⟩"), or -1. */
function cueAfterAs(toks: Tok[], p: number, b: number): number {
  let c = p + 1;
  while (c < b && c <= p + MAX_SUBJECT && !toks[c].punct && !(isCue(toks[c]) || POINT.has(toks[c].l) && toks[c + 1]?.l === 'out')) c++;
  return c >= b || c > p + MAX_SUBJECT || toks[c].punct ? -1 : c;
}

export function asClauses(ctx: SentenceContext): Report[] {
  const { toks, a, b, quotes } = ctx;
  const out: Report[] = [];
  for (let p = a; p < b - 2; p++) {
    if (toks[p].l !== 'as') continue;
    const after = trailingAsClause(ctx, p);
    if (after) { out.push(after); continue; }
    if (p >= b - 4) continue;
    // "as" opens its sentence (past "But", "And", "Of course,", or an opening parenthesis) or follows a comma
    const prev = toks[p - 1];
    if (p > a && !(prev.t === ',' || (prev.t === '(' && p - 1 === a) || OPENING_CONJUNCTIONS.has(prev.l))) continue;
    const c = cueAfterAs(toks, p, b);
    if (c < 0) continue;
    let mention: Mention | null = null;
    if (c === p + 1 && toks[c + 1]?.l === 'by') {
      // "As reported by Western Journalism,"
      const m = subjectAfter(toks, c + 2, b);
      if (m && toks[m.j]?.t === ',') mention = m;
    } else if (c > p + 1) {
      // ("As BuzzFeed News first reported,": the adverb of a first report before the cue)
      const m = subjectBefore(toks, FIRST.has(toks[c - 1].l) && c - 2 > p ? c - 2 : c - 1, p + 1);
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
    if (words(toks, from, end) < 4 || !(hasVerb(toks, from, end) || cueVerb(toks, from, end))) continue;
    const span = contentSpan(ctx, from, end);
    const cueEnd = POINT.has(toks[c].l) ? toks[c + 1].e : toks[c].e;
    if (span) out.push(reportOf(span, { s: toks[c].s, e: cueEnd }, mention, 'according-to'));
  }
  return out;
}

/** The most words of a trailing "as" clause's tail after its cue ("as David Dayen noted ⟨in The Intercept⟩"). */
const MAX_TRAILING_TAIL = 4;

/**
 * A trailing "as" clause of attribution, its content the clause before it: "But ⟦ignoring or denying the progress of
 * the Obama era also carries risks⟧, as Clinton supporters point out.", "⟦The numbers changed over the summer⟧, as
 * Sanders has sometimes acknowledged.", "⟦Roger Ailes, the former chairman of Fox News, also met with Mr. Trump that
 * day⟧, as The New York Times reported on Tuesday, and he will be part of …" (PolNeAR train: huff-post 2016-01-28,
 * wash-post 2016-02-05, nyt 2016-08-18). The clause closes its sentence, past a short tail of time or place, or a comma
 * and "and|but" or a dash; its content opens the sentence (contentStart) and holds a verb and no tail cue of its own.
 * Not a clause whose cue has an object ("as he explained how tough it is to run").
 */
function trailingAsClause(ctx: SentenceContext, p: number): Report | null {
  const { toks, b } = ctx;
  if (toks[p - 1]?.t !== ',') return null;
  const c = cueAfterAs(toks, p, b);
  if (c < 0) return null;
  let mention: Mention | null = null;
  let tail = POINT.has(toks[c].l) ? c + 2 : c + 1;
  const first = c === p + 2 && FIRST.has(toks[p + 1].l);
  if ((c === p + 1 || first) && toks[c + 1]?.l === 'by') {
    // "…, as first reported by the New York Times on Tuesday."
    mention = subjectAfter(toks, c + 2, b);
    if (mention) tail = mention.j;
  } else if (c > p + 1 && !first) {
    // (past the auxiliary and adverbs of the cue: "as Sanders ⟨has sometimes⟩ acknowledged")
    let v = c - 1;
    while (v > p + 1 && !toks[v].cap && (FIRST.has(toks[v].l) || AUX_OR_ADVERB.has(toks[v].l) || TIME_WORDS.has(toks[v].l) || looksAdverb(toks[v].l))) v--;
    const m = subjectBefore(toks, v, p + 1);
    if (m && m.j === v + 1 && (m.i === p + 1 || (m.i === p + 2 && ARTICLES.has(toks[p + 1].l)))) mention = m;
  }
  if (!mention) return null;
  let k = tail;
  while (k < b && k < tail + MAX_TRAILING_TAIL && !toks[k].punct && toks[k].l !== 'that' && !CUES.has(toks[k].l) && !finite(toks[k])) k++;
  // (a tail names where or when, a preposition and a name: "in The Intercept", "on Tuesday"; not an occasion, "as Mr.
  // McDonough suggested at the meeting with analysts", "as Breitbart reported a few days later", PolNeAR train, no gold)
  if (k > tail && !(PREPOSITIONS.has(toks[tail].l) && toks[tail + 1]?.cap)) return null;
  // (or a comma and "and" or "but": the sentence goes on with a clause of its own)
  const ends = k >= b - 1 ? k === b || /^[.!?]$/.test(toks[k].t)
    : (toks[k].t === ',' && AND_BUT.has(toks[k + 1]?.l ?? '')) || inClass(toks[k], DASH);
  if (!ends) return null;
  const open = contentStart(ctx);
  const comma = p - 1;
  if (words(toks, open, comma) < 4 || !hasVerb(toks, open, comma) || quoteAt(ctx.quotes, toks[open].s)) return null;
  for (let j = open; j < comma; j++) if (!toks[j].cap && TAIL_CUES.has(toks[j].l)) return null;
  const span = contentSpan(ctx, open, comma);
  const cueEnd = POINT.has(toks[c].l) ? toks[c + 1].e : toks[c].e;
  return span ? reportOf(span, { s: toks[c].s, e: cueEnd }, mention, 'according-to') : null;
}
