/**
 * Rule family — what a poll, a study or a record shows or found, with no "that": "A University of New Hampshire poll
 * out this week shows Clinton with an 8-point lead over Trump", "A recent CNN survey found 90 percent support for
 * background checks", "with recent polls showing a tightening of the race". The object and what is said of it (a
 * participle, a phrase) are the content, to the end of the clause.
 */
import type { Mention } from '../quotes/attribution';
import { isDocumentNoun } from '../people/documents';
import { DETERMINERS, NOT_NAME, PREPOSITIONS } from '../quotes/lexicon';
import { tokenAt, type Tok } from '../quotes/tokens';
import { contentEnd, contentSpan, words } from './clause';
import { evidenceMention, FINDING_VERBS } from './evidence';
import type { Report, SentenceContext } from './report';
import { reporterOf, verbAt } from './speaker';
import { wordSet } from '../people/lexicon';

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

/** How far before the cue the evidence's noun may stand ("A poll from Marquette Law School released Wednesday found"). */
const EVIDENCE_REACH = 12;

/** A word of evidence or a document among the tokens before the cue at c, a cheap test before the reporter is looked for. */
function evidenceBefore(toks: Tok[], a: number, c: number): boolean {
  return evidenceMention(toks, { i: Math.max(a, c - EVIDENCE_REACH), j: c });
}

const DATA_MODIFIER = wordSet('new|recent|latest|early|national|several|many|other');
/** The finding whose verb is at token c (a cue of FINDING_VERBS), or null. */
export function findingAt(ctx: SentenceContext, c: number): Report | null {
  const { toks, a, b } = ctx;
  if (c >= b - 2) return null;
  const t = toks[c];
  if (t.cap || !FINDING_VERBS.has(t.l)) return null;
  let k = c + 1;
  if (toks[k].l === 'that') k++;
  const o = toks[k];
  if (!o || o.punct || PREPOSITIONS.has(o.l) || /^(?:up|off|signs?|no|little|how|why|what|whether|if|where|who|itself|themselves)$/.test(o.l)) return null;
  let mention: Mention | null = null;
  // "with recent polls showing …", "a new poll showing …": the participle's subject is the document before it
  if (t.l.endsWith('ing') && !toks[c - 1].punct && isDocumentNoun(toks[c - 1].l)) {
    let i = c - 1;
    while (i > a && !toks[i - 1].punct && !NOT_NAME.has(toks[i - 1].l) && (toks[i - 1].cap || DETERMINERS.has(toks[i - 1].l) || DATA_MODIFIER.has(toks[i - 1].l))) i--;
    mention = { s: toks[i].s, e: toks[c - 1].e, kind: 'description', i, j: c, head: toks[c - 1].l };
  } else if (evidenceBefore(toks, a, c) && verbAt(toks, c, false)) mention = reporterOf(ctx, c);
  if (!mention || !evidenceMention(toks, mention) || mention.e > t.s) return null;
  const end = clauseEnd(toks, k, contentEnd(ctx, k), t.l.endsWith('ing'));
  if (words(toks, k, end) < MIN_WORDS) return null;
  const span = contentSpan(ctx, k, end);
  return span ? { ...span, cue: { s: t.s, e: t.e }, mention, rule: 'object' } : null;
}

/**
 * A finding goes on past ", while" with the contrast it draws: "A … poll released Saturday found that 28 percent of
 * likely Republican caucusgoers supported Mr. Trump, while 23 percent favored Mr. Cruz and 15 percent backed Senator
 * Marco Rubio", "Quinnipiac found Democrats favored Clinton, 72 percent to 8 percent, while Republicans favored Trump"
 * (train: 6 gained, none lost; after other cues the "while" clause is the writer's as often: "… said they wanted to
 * endorse Sanders, while 95 members favored Clinton"). The content's new end, or its own when there is no such contrast.
 */
export function findingContrastEnd(ctx: SentenceContext, r: Report): number {
  const { toks } = ctx;
  const c = tokenAt(toks, r.cue.s);
  if (!FINDING_VERBS.has(toks[c]?.l ?? '') || toks[c].cap) return r.e;
  const k = tokenAt(toks, r.e);
  if (k >= ctx.b - 2 || toks[k].t !== ',' || toks[k + 1].l !== 'while' || /ing$/.test(toks[k + 2].l)) return r.e;
  const end = contentEnd(ctx, k + 2);
  return end > k + 3 ? toks[end - 1].e : r.e;
}
