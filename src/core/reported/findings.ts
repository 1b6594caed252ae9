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
import { beforeClosingStops, contentEnd, contentSpan, words } from './clause';
import { evidenceMention } from './evidence';
import { contentStart } from './fronted';
import { hasVerb } from './sayClause';
import type { Report, SentenceContext } from './report';
import { REPORTED_VERB_FORMS } from './reportedVerbs.generated';
import { reporterOf, verbAt } from './speaker';
import { wordSet } from '../people/lexicon';

/** Verbs of evidence ("show", "find") in every form (./reportedVerbs.json). */
export const FINDING_VERBS: ReadonlySet<string> = new Set(REPORTED_VERB_FORMS.finding.split(' '));

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

/** How many tokens the evidence of a finding's tail may take ("new fundraising reports", "a Quinnipiac University poll"). */
const MAX_TAIL_SOURCE = 8;

const DATA_NOUN = wordSet('records|data|figures|numbers|results|statistics|polling');
/**
 * The finding before its evidence at the sentence's end: "More than 40 percent of that money arrived in February
 * alone, new fundraising reports show.", "Eighty-four percent of Latino voters in Florida have an unfavorable view of
 * Trump, the poll found."
 */
export function findingTail(ctx: SentenceContext): Report | null {
  const { toks, b } = ctx;
  const c = beforeClosingStops(toks, ctx.a, b) - 1, t = toks[c];
  if (!t || t.cap || !FINDING_VERBS.has(t.l) || t.l.endsWith('ing')) return null;
  let m = c - 1;
  while (m > ctx.a && m >= c - MAX_TAIL_SOURCE && !toks[m].punct) m--;
  if (toks[m]?.t !== ',' || m >= c - 1) return null;
  const mention: Mention = { s: toks[m + 1].s, e: toks[c - 1].e, kind: 'description', i: m + 1, j: c, head: toks[c - 1].l };
  if (!evidenceMention(toks, mention) || !isDocumentNoun(toks[c - 1].l) && !DATA_NOUN.has(toks[c - 1].l)) return null;
  const open = contentStart(ctx);
  if (words(toks, open, m) < MIN_WORDS + 1 || !hasVerb(toks, open, m)) return null;
  const span = contentSpan(ctx, open, m);
  return span ? { ...span, cue: { s: t.s, e: t.e }, mention, rule: 'fronted' } : null;
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
