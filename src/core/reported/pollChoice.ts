/**
 * Rule family — a poll's share of respondents and the choice it states: "About three-quarters support a temporary ban
 * on Muslims who are not American citizens from entering the United States", "19 percent of college students polled
 * support Clinton", "a 69% majority of Republicans support deploying ground forces", "More than half the senators
 * surveyed support at least lowering the number of superdelegates", "Only about 4 in 10 Republican voters in each state
 * want all immigrants in the country illegally to be deported". PolNeAR attributes what the share supports,
 * favours, opposes or chose as its content. The verb alone is no report ("Trump did support the idea", "who can
 * support the candidate of their choice" are a stance or a plan as often as a statement): only a share of people as
 * its subject makes it one. A share's answer ends at its first comma, where the writer's comment begins ("47 percent said
 * ⟨they would vote for former Secretary of State Hillary Clinton⟩, however this time around that number has dropped",
 * "only 32 percent of British Columbians opposed ⟨the tax⟩, down from 47 percent in 2009": shareAnswer).
 * A share's vote, with its side before the choice (33rd session), is its choice too: "56 percent would vote for
 * ⟨Clinton⟩ for president", "Nearly 10 percent of them voted for ⟨Ben Carson⟩, a neurosurgeon …", "58.9 percent voting
 * against ⟨the SVP initiative⟩ with a turnout of 63.1 percent", "19 percent of voters of color cast ballots for ⟨Mitt
 * Romney⟩ in 2012", "only 21 percent who chose “honest and trustworthy” cast a vote for ⟨her⟩" (PolNeAR train: 8 gold
 * gained, 0 false positives; the choice ends before a preposition; not a vote inside a share's own answer, "47 percent
 * said ⟨they would vote for …⟩", nor an infinitive, "urged women to vote for", nor with no share as its subject: of the
 * ~270 "vote(d) for|against" on train 50 are gold, most of them a share's).
 */
import { cueSpan, type Mention } from '../quotes/attribution';
import { DASHES, PERSONAL_SUBJECT_PRONOUNS } from '../quotes/lexicon';
import { tokenAt, type Tok } from '../quotes/tokens';
import { contentEnd, contentSpan, nextShareAt, participleTail } from './clause';
import { DETERMINERS, PREPOSITIONS } from '../quotes/lexicon';
import { AND_BUT, AUXILIARIES, BALLOT_NOUNS, CLAUSE_OPENER, POLL_SHARE, VOTE_SIDES, VOTE_VERBS } from './lexicon';
import { type Report, reportOf, type SentenceContext } from './report';
import { reporterOf, verbAt } from './speaker';
import { finite } from './bareClause';
import { wordSet } from '../people/lexicon';
import { digitFirst } from '../text/wordShape';
import { YEAR } from '../text/calendar';

/**
 * Verbs of a respondent's choice, in the present and the past. Left out: "chose", "favored" (train: "48 percent chose
 * Clinton while 45 percent chose Cruz", "23 percent favored Mr. Cruz" are never attributed on their own; a poll's
 * whole finding is, when anything is).
 */
export const CHOICE_VERBS: ReadonlySet<string> = new Set(['support', 'supported', 'oppose', 'opposed', 'prefer', 'preferred', 'want', 'wanted']);


/** Verbs of having or needing before a noun "support" ("need support", "lack support"). */
const HAVING = wordSet('need|needs|needed|have|has|had|get|gets|got|receive|receives|received|lack|lacks|lacked|gain|gained|win|won|draw|drew|enjoy|enjoys');

/** Words that end a choice's object. */
const CHOICE_ENDS = wordSet('while|when|because|whereas|compared');

/** Words after the verb that open no object of it. */
const NOT_AN_OBJECT = wordSet('for|to|of|among|from|in|on|at|against|across|that|this|last|among|with');

/**
 * The end of a choice (tokens [k, end)): before "while" or "and" with the next share's number — "23 percent favored
 * Mr. Cruz and 15 percent backed Senator Marco Rubio", "48 percent chose Clinton while 45 percent chose Cruz" — or
 * with another share and its verb (./clause.ts nextShareAt: "Nearly half said they prefer ⟨someone who has experience
 * in politics⟩ and about the same numbers would rather see …", PolNeAR train, Breitbart (AP) 2016-02-20); before
 * a clause of time or reason ("the 1 percent who preferred him when the poll was taken earlier this year").
 */
function choiceEnd(toks: Tok[], k: number, end: number, relative: boolean): number {
  for (let j = k + 1; j < end; j++) {
    if (CHOICE_ENDS.has(toks[j].l) || (toks[j].l === 'and' && digitFirst(toks[j + 1]?.t ?? '')) || nextShareAt(toks, j, end)) return j;
    // ("More than half of the respondents who support Sanders are in college": the relative clause ends before the
    // verb of the noun it describes)
    if (relative && !toks[j].cap && AUXILIARIES.has(toks[j].l)) return j;
    // ("A majority of voters looking for an outsider candidate supported Trump, providing a boost to …": the writer's comment)
    if (toks[j].t === ',' && participleTail(toks, j + 1)) return j;
  }
  return end;
}

/** How far before the subject found its share may open ("a 69% majority of ⟨Republicans⟩", "More than half ⟨the senators surveyed⟩"). */
const MAX_SHARE_REACH = 6;

/** Where the subject whose last part starts at token i opens: past the share words before it, up to a mark, a clause's opener or "that" ("in part because they wanted …"). */
function subjectStart(ctx: SentenceContext, i: number): number {
  const { toks, a } = ctx;
  let k = i;
  while (k > a && k > i - MAX_SHARE_REACH && !/^[,;:.!?]$/.test(toks[k - 1].t) && !DASHES.has(toks[k - 1].t) && !CLAUSE_OPENER.has(toks[k - 1].l) && toks[k - 1].l !== 'that') k--;
  return toks[k].s;
}

/**
 * The choice whose verb is at token c and whose object opens at token k (c + 1; after a vote's side, c + 2), when a
 * share of people is its subject; or null. A vote's choice ends before a preposition, the writer's circumstance
 * ("would vote for ⟨Clinton⟩ for president", "voting against ⟨the SVP initiative⟩ with a turnout of 63.1 percent",
 * "cast ballots for ⟨Mitt Romney⟩ in 2012").
 */
function choiceAt(ctx: SentenceContext, c: number, k: number): Report | null {
  const { toks, text } = ctx;
  const t = toks[c], o = toks[k];
  const vote = k > c + 1;
  if (t.cap || !o || o.punct || !verbAt(toks, c, false)) return null;
  // ("support for", "chose to": a noun, or an infinitive that ./infinitive.ts reads; "had 38 percent support in a Fox
  // poll", "McCain's 62 percent support that year": a noun after its share)
  if (!vote && NOT_AN_OBJECT.has(o.l) && !(o.l === 'to' && /^want/.test(t.l)) && !atLeast(toks, k)) return null;
  // ("70% of adults with autism need support services": a noun after a verb of having or needing)
  if (HAVING.has(toks[c - 1]?.l ?? '')) return null;
  // ("The third vote against came from Ward 9 Coun. …", a Windsor Star-style probe, test/fixtures/outlets: "vote" after
  // a determiner and its word is a noun)
  if (vote && VOTE_NOUN_FORMS.has(t.l) && DETERMINERS.has(toks[c - 2]?.l ?? '')) return null;
  const read = reporterOf(ctx, c);
  const mention = read && read.e <= t.s && POLL_SHARE.test(text.slice(subjectStart(ctx, read.i), read.e)) ? read : longShareSubject(ctx, c);
  if (!mention) return null;
  // ("47 percent said ⟨they would vote for …⟩": a vote inside a share's answer is that answer's)
  if (vote && PERSONAL_SUBJECT_PRONOUNS.has(toks[mention.i].l)) return null;
  const end = choiceEnd(toks, k, contentEnd(ctx, k, true), toks[c - 1]?.l === 'who');
  const span = contentSpan(ctx, k, vote ? prepositionBefore(toks, k, end) : end);
  return span ? reportOf(span, vote ? { s: t.s, e: toks[k - 1].e } : cueSpan(toks, c, c + 1), mention, 'object') : null;
}

/** "at least|most" opening an object ("support ⟨at least lowering the number of superdelegates⟩"), no preposition. */
const atLeast = (toks: Tok[], k: number): boolean => toks[k].l === 'at' && AT_DEGREE.has(toks[k + 1]?.l ?? '');
const AT_DEGREE = wordSet('least|most');

/** The longest share subject, in tokens, that longShareSubject reads ("About two-thirds of Republican primary voters in all five states voting Tuesday"). */
const MAX_SHARE_SUBJECT = 16;
/** How far into a long subject its share may stand ("⟨Fewer than half⟩ of the voters", "about ⟨a third⟩ of"). */
const SHARE_LEAD = 4;
/** Participles of a poll's respondents or of the poll after its noun ("the senators surveyed", "a new poll released Monday"). */
const RESPONDENT_PARTICIPLES = wordSet('surveyed|polled|questioned|interviewed|sampled|asked|released|conducted|taken|published');

/**
 * A share of people as the subject of the choice at token c that reporterOf does not read, long with its respondents'
 * place, poll or participle, from the sentence's start, a comma or a clause's opener up to the verb: "⟨About two-thirds
 * of Republican primary voters in all five states voting Tuesday⟩ support temporarily banning …", "⟨Fewer than half of
 * the voters surveyed in a new poll released Monday⟩ support Democratic presidential candidate Hillary Clinton", "In
 * each of those states, ⟨about a third of Democratic voters or less⟩ want a switch to more liberal policies" (PolNeAR
 * train). The share stands in its first words, and no verb with tense but a respondent's participle comes between.
 */
function longShareSubject(ctx: SentenceContext, c: number): Mention | null {
  const { toks, text, a } = ctx;
  let k = c;
  while (k > a && k > c - MAX_SHARE_SUBJECT) {
    const w = toks[k - 1];
    if (w.punct || DASHES.has(w.t) || CLAUSE_OPENER.has(w.l) || w.l === 'that') break;
    if (finite(w) && !RESPONDENT_PARTICIPLES.has(w.l)) return null;
    k--;
  }
  if (k >= c - 2 || !(k === a || toks[k - 1].t === ',' || CLAUSE_OPENER.has(toks[k - 1].l))) return null;
  if (!POLL_SHARE.test(text.slice(toks[k].s, toks[Math.min(k + SHARE_LEAD, c) - 1].e))) return null;
  return { s: toks[k].s, e: toks[c - 1].e, kind: 'description', i: k, j: c };
}

/** The forms of a vote's verb that are a noun as well ("the third vote against"). */
const VOTE_NOUN_FORMS = wordSet('vote|votes');

/** The first preposition (not "of") in (k, end), or end. */
function prepositionBefore(toks: Tok[], k: number, end: number): number {
  for (let j = k + 1; j < end; j++) if (PREPOSITIONS.has(toks[j].l) && toks[j].l !== 'of') return j;
  return end;
}

/**
 * The token of a vote's side after the verb at c ("vote for", "voted against", "cast ballots for", "cast a vote for"),
 * or -1.
 */
function voteSideAfter(toks: Tok[], c: number): number {
  if (VOTE_VERBS.has(toks[c].l)) return VOTE_SIDES.has(toks[c + 1]?.l ?? '') ? c + 1 : -1;
  if (toks[c].l !== 'cast') return -1;
  const n = DETERMINERS.has(toks[c + 1]?.l ?? '') ? c + 2 : c + 1;
  return (BALLOT_NOUNS.has(toks[n]?.l ?? '') || VOTE_VERBS.has(toks[n]?.l ?? '')) && VOTE_SIDES.has(toks[n + 1]?.l ?? '') ? n + 1 : -1;
}

/** The first words of a choice's cue ("support", "would vote for", "cast ballots for"). */
const CHOICE_CUE_HEADS: ReadonlySet<string> = new Set([...CHOICE_VERBS, ...VOTE_VERBS, 'cast']);

/** The words one of which stands in every sentence where pollChoices finds anything. */
export const POLL_CHOICE_WORDS: readonly string[] = [...CHOICE_VERBS, ...VOTE_VERBS, ...BALLOT_NOUNS];

export function pollChoices(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 1; c++) {
    const side = CHOICE_VERBS.has(toks[c].l) ? c : voteSideAfter(toks, c);
    if (side < 0) continue;
    const r = choiceAt(ctx, c, side + 1);
    if (r) out.push(r);
  }
  return out;
}

/** Approximators and "only" before a share's number ("…, nearly 40 percent …"). */
const SHARE_APPROXIMATORS = wordSet('nearly|about|only|just|almost|roughly');
// (a year, ../text/calendar.ts YEAR, which a date's comma puts after a number, "on Feb. 1, 2016": no share)

/**
 * A share's content ends where the next share of the same poll begins, after a comma: "On economic issues, 42% say
 * ⟨they are liberal⟩, 34% conservative", "42% say ⟨they're liberal⟩, 32% call themselves conservative …", "Already, 520
 * superdelegates have publicly said ⟨they support Clinton⟩, 39 have said they support Sanders …" (PolNeAR train: 3
 * contents set right, 1 lost; USA Today 2016-01-12 and 2016-08-16, Washington Post 2016-05-05). Only when the reporter
 * is a share or a count: a finding's numbers go on with it ("showed Mr. Trump leading Mr. Cruz, 45 percent to 18
 * percent"). A share's answer ends at its first comma as well (shareAnswer). The content's new end, or its own.
 */
export function shareGapEnd(ctx: SentenceContext, r: Report): number {
  const { toks, text } = ctx;
  const share = POLL_SHARE.test(text.slice(r.mention.s, r.mention.e));
  if (!share && !digitFirst(toks[r.mention.i]?.t ?? '')) return r.e;
  const first = tokenAt(toks, r.s);
  const answer = share && shareAnswer(ctx, r, first);
  for (let k = first + 1; k < ctx.b - 1 && toks[k].e < r.e; k++) {
    if (toks[k].t !== ',') continue;
    if (answer && !YEAR.test(toks[k + 1].t) && !(AND_BUT.has(toks[k + 1].l) && toks[k + 2]?.l === 'that')) return toks[k - 1].e;
    const n = SHARE_APPROXIMATORS.has(toks[k + 1].l) ? toks[k + 2] : toks[k + 1];
    if (n && digitFirst(n.t) && !YEAR.test(n.t)) return toks[k - 1].e;
  }
  return r.e;
}

/**
 * A share's answer, after its cue, in its respondents' own pronoun ("47 percent said ⟨they would vote for …⟩") or as
 * the object of a choice ("32 percent of British Columbians opposed ⟨the tax⟩"): it ends at its first comma, where the
 * writer's comparison or comment begins — "…, however this time around that number has dropped slightly to 35
 * percent", "…, with similar levels of certainty among both Clinton and Sanders backers", "Nearly a third say ⟨they
 * don't know⟩, a higher level of uncertainty than on other economic questions", "…, down from 47 percent in 2009",
 * "with 22 percent saying ⟨they would definitely not support him⟩, former New York Gov. George Pataki at 20 percent"
 * (PolNeAR train: 5 gained, none lost; "Two-thirds of Democratic insiders said Clinton's deficit, combined with …,
 * meant …" is a clause whose subject the comma interrupts, "…, and that …" goes on with a second clause, and a date's
 * comma before its year is none of the writer's).
 */
function shareAnswer(ctx: SentenceContext, r: Report, first: number): boolean {
  const { toks } = ctx;
  if (r.cue.s > r.s) return false;
  if (r.rule === 'object') return CHOICE_CUE_HEADS.has(toks[tokenAt(toks, r.cue.s)]?.l ?? '');
  const subject = toks[first]?.l === 'that' ? toks[first + 1] : toks[first];
  return !!subject && PERSONAL_SUBJECT_PRONOUNS.has(subject.l);
}
