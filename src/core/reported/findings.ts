/**
 * Rule family — what a poll, a study or a record shows or found, with no "that": "A University of New Hampshire poll
 * out this week shows Clinton with an 8-point lead over Trump", "A recent CNN survey found 90 percent support for
 * background checks", "with recent polls showing a tightening of the race". The object and what is said of it (a
 * participle, a phrase) are the content, to the end of the clause.
 */
import type { Mention } from '../quotes/attribution';
import { isDocumentNoun } from '../people/documents';
import { DETERMINERS, FINITE_SAY_TELL_FORMS, NOT_NAME, PASSIVE_AUXILIARIES, PREPOSITIONS, SHOW_FORMS } from '../quotes/lexicon';
import { finite } from './bareClause';
import { PARTS_OF_DAY, TIME_UNITS } from '../text/calendar';
import { tokenAt, type Tok } from '../quotes/tokens';
import { contentEnd, contentSpan, THAT_WHICH, words } from './clause';
import { evidenceMention, FINDING_VERBS } from './evidence';
import { type Report, reportOf, type SentenceContext } from './report';
import { reporterOf, verbAt } from './speaker';
import { wordSet } from '../people/lexicon';
import { lowerCueAt } from './verbReport';
import { ASPECT_VERBS } from './lexicon';

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
/** Words before "show" that make it a noun ("her poor showing", "a strong showing") or not its evidence's verb ("and showing"). */
const NOT_BEFORE_SHOW = wordSet('and|or|poor|strong|weak');

/**
 * A form of "show" whose word before leaves it the verb of evidence named earlier: not after a name ("Apple Music
 * show"), a determiner or a possessive (a noun), a preposition ("in hopes of finding"), a conjunction or an adjective
 * ("her poor showing"), or a passive's auxiliary ("was shown"); "to" only after a verb of going on ("polls continue to show", ./lexicon.ts's ASPECT_VERBS).
 */
function showsAfter(toks: Tok[], c: number): boolean {
  const p = toks[c - 1];
  if (!SHOW_FORMS.has(toks[c].l)) return false;
  if (p.l === 'to') return ASPECT_VERBS.has(toks[c - 2]?.l ?? '');
  return !p.cap && !p.poss && !NOT_BEFORE_SHOW.has(p.l) && !PREPOSITIONS.has(p.l) && !PASSIVE_AUXILIARIES.has(p.l) && (THAT_WHICH.has(p.l) || !DETERMINERS.has(p.l));
}

/** "that night", "this week" right after the noun and before the verb: a time, which the subject ends before ("emails that night showing"). */
const timeAfter = (toks: Tok[], k: number, c: number): boolean => k + 2 === c && DETERMINERS.has(toks[k].l) && (TIME_UNITS.has(toks[k + 1].l) || PARTS_OF_DAY.has(toks[k + 1].l));

/**
 * The evidence that "shows" when the subject rules find none or a person: the nearest document or evidence noun
 * before the verb with no punctuation, finite verb or say verb between, with the words up to the verb ("A video of the
 * episode shows her clutching her cellphone …", "polls in the state he calls a second home show him with a big lead",
 * "emails that night showing that …", "A University of New Hampshire poll out this week shows Clinton with …"), but for
 * a relative pronoun ("polls by Quinnipiac University that showed …"), a time ("emails that night") and "continue to" (its noun
 * alone).
 */
function evidenceSubject(toks: Tok[], a: number, c: number): Mention | null {
  for (let k = c - 1; k >= a && k >= c - EVIDENCE_REACH; k--) {
    if (toks[k].punct || FINITE_SAY_TELL_FORMS.has(toks[k].l) || finite(toks[k])) return null;
    // (a noun before a name is its modifier: "Media Research Center")
    if (!evidenceMention(toks, { i: k, j: k + 1 }) || toks[k + 1].cap) continue;
    let i = k;
    while (i > a && !toks[i - 1].punct && (DETERMINERS.has(toks[i - 1].l) || DATA_MODIFIER.has(toks[i - 1].l) || (toks[i - 1].cap && !NOT_NAME.has(toks[i - 1].l)))) i--;
    const j = toks[c - 1].l === 'to' || timeAfter(toks, k + 1, c) ? k + 1 : THAT_WHICH.has(toks[c - 1].l) ? c - 1 : c;
    return { s: toks[i].s, e: toks[j - 1].e, kind: 'description', i, j, head: toks[k].l };
  }
  return null;
}

/** The finding whose verb is at token c (a cue of FINDING_VERBS), or null. */
export function findingAt(ctx: SentenceContext, c: number): Report | null {
  const { toks, a } = ctx;
  const t = lowerCueAt(ctx, c, 2, FINDING_VERBS);
  if (!t) return null;
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
  } else if (evidenceBefore(toks, a, c)) {
    const subject = verbAt(toks, c, false) ? reporterOf(ctx, c) : null;
    mention = subject && evidenceMention(toks, subject) ? subject : showsAfter(toks, c) ? evidenceSubject(toks, a, c) : null;
  }
  if (!mention || !evidenceMention(toks, mention) || mention.e > t.s) return null;
  const end = clauseEnd(toks, k, contentEnd(ctx, k), t.l.endsWith('ing'));
  if (words(toks, k, end) < MIN_WORDS) return null;
  const span = contentSpan(ctx, k, end);
  return span ? reportOf(span, { s: t.s, e: t.e }, mention, 'object') : null;
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
