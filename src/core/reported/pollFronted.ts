/**
 * Rule family — a poll named before its finding, at the sentence's start: "In an NBC News/Wall Street Journal poll
 * released Monday, 50 percent of respondents chose Clinton while 40 percent chose Trump", "In the latest Washington
 * Post-ABC News poll, conducted in May, Clinton led Trump 47 percent to 39 percent among voters ages 18 to 39", "In the
 * poll, Clinton’s support has steadily risen over the past two weeks". PolNeAR attributes the clause after the comma
 * to the poll, with "In" as the cue. So it does a share of the respondents saying something, whole ("In a
 * Washington Post/ABC News poll released Sunday, just 8 percent of Democrats said they would vote for Trump", "In a
 * poll conducted by the New York Times and ABC News, just 28 percent of voters said they had a positive view of
 * Clinton, compared with 33 percent last month": PolNeAR train, all 5 such sentences; the share's own report inside
 * is left to it). Another clause that reports on its own ("…, Democracy Corp found that …") is left to the rules of
 * its verb.
 */
import type { Mention } from '../quotes/attribution';
import { CUES, SAY_FORMS } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { contentEnd, contentSpan, words } from './clause';
import { FINDING_VERBS } from './evidence';
import { POLL_SHARE } from './lexicon';
import { type Report, reportOf, type SentenceContext } from './report';
import { hasVerb } from './sayClause';
import { wordSet } from '../people/lexicon';

/** The nouns of a poll, one of which is in every sentence where this family finds anything. */
export const POLL_NOUNS: readonly string[] = ['poll', 'polls', 'survey', 'surveys', 'polling'];
const POLL: ReadonlySet<string> = new Set(POLL_NOUNS);
/** The longest poll phrase between "In" and its comma, in tokens ("an NBC News/Wall Street Journal poll released Monday"). */
const MAX_PHRASE = 16;
/** Participles that open a second phrase about the poll (", conducted in May,"): the finding follows the next comma. */
const POLL_PARTICIPLE = wordSet('conducted|released|taken|published|done|carried|fielded');
/** The fewest words of a finding. */
const MIN_WORDS = 3;

/** Words after a poll noun that is the phrase's head (not "polling places"): its date, issuer or release. */
const AFTER_HEAD = wordSet('were|was|released|conducted|taken|published|of|by|from|for|among|last|this|earlier|in|on|out|late|early');

/** The poll noun before token k heads its phrase: a comma, a name or AFTER_HEAD follows it. */
function pollHead(toks: Tok[], k: number): boolean {
  const n = toks[k];
  return !!n && (n.t === ',' || n.cap || AFTER_HEAD.has(n.l));
}

/** The comma at or after token k that closes a phrase, before the sentence's end [.., b) and within reach; -1 if none. */
function commaAfter(toks: Tok[], k: number, b: number): number {
  for (let j = k; j < b && j < k + MAX_PHRASE; j++) {
    if (toks[j].t === ',') return j;
    if (toks[j].punct && toks[j].t !== '-' && toks[j].t !== '/' && !/^['’]/.test(toks[j].t)) return -1;
  }
  return -1;
}

/** A cue of speech or evidence among tokens [i, j): the clause reports on its own. */
function reportsOnItsOwn(toks: Tok[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (!toks[k].cap && (CUES.has(toks[k].l) || FINDING_VERBS.has(toks[k].l))) return true;
  return false;
}

/** The most tokens of a share of respondents before its say-verb ("31% of Republicans and Republican-leaning voters"). */
const MAX_SHARE = 10;

/**
 * The say-verb of a clause at token i whose subject is a share of the poll's respondents ("79 percent of Democrats
 * said …", "just 8 percent of Democrats said …"): a say-form within MAX_SHARE tokens, no mark before it; -1 if none.
 */
function shareSays(text: string, toks: Tok[], i: number, j: number): number {
  for (let k = i; k < j && k < i + MAX_SHARE; k++) {
    if (toks[k].punct) return -1;
    if (!toks[k].cap && SAY_FORMS.has(toks[k].l)) return POLL_SHARE.test(text.slice(toks[i].s, toks[k].s)) ? k : -1;
  }
  return -1;
}

/** What joins a share's answer to the next share's: "and", or a semicolon. */
const SHARE_JOINS = wordSet('and|;');

/**
 * The poll's finding goes on over the next shares of its respondents joined by "and" or a semicolon: "In the most
 * recent New York Times/CBS News survey released last Thursday, ⟦79 percent of Democrats said they were satisfied or
 * very satisfied with Mr. Obama's presidency and 60 percent said they would like to see the next president continue
 * his policies⟧" (PolNeAR train, NYT 2015-11-18: one content, the second share's report inside it; also Washington Post
 * 2016-06-27's "…; just 1 percent of Democrats and 3 percent of self-identified "liberals" said …", which a quotation
 * mark in the share keeps out of shareSays' reach). The token where the finding ends, from `end`, the first share's.
 */
function nextSharesEnd(ctx: SentenceContext, end: number): number {
  const { toks, text, b } = ctx;
  for (;;) {
    let k = end;
    if (toks[k]?.t === ',') k++;
    if (k >= b || !SHARE_JOINS.has(toks[k].l)) return end;
    const says = shareSays(text, toks, k + 1, b);
    if (says < 0) return end;
    const next = contentEnd(ctx, says + 1);
    if (next <= says + 1) return end;
    end = next;
  }
}

export function pollFronted(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const open = toks[a];
  if (open?.l !== 'in' || !open.cap) return [];
  let comma = commaAfter(toks, a + 1, b);
  if (comma < 0) return [];
  let head = -1;
  for (let k = a + 1; k < comma; k++) if (POLL.has(toks[k].l) && pollHead(toks, k + 1)) { head = k; break; }
  if (head < 0) return [];
  // (", conducted in May,": the poll's second phrase)
  if (POLL_PARTICIPLE.has(toks[comma + 1]?.l ?? '')) {
    const next = commaAfter(toks, comma + 1, b);
    if (next < 0) return [];
    comma = next;
  }
  const from = comma + 1, says = shareSays(ctx.text, toks, from, b);
  // (a share's words end as what it said does: "… said they were "extremely enthusiastic" about voting, compared with …")
  const end = says < 0 ? contentEnd(ctx, from) : nextSharesEnd(ctx, contentEnd(ctx, says + 1));
  if (words(toks, from, end) < MIN_WORDS || !hasVerb(toks, from - 1, end) || (says < 0 && reportsOnItsOwn(toks, from, end))) return [];
  const span = contentSpan(ctx, from, end);
  const j = toks[comma - 1].t === ',' ? comma - 1 : comma;
  const mention: Mention = { s: toks[a + 1].s, e: toks[j - 1].e, kind: 'description', i: a + 1, j, head: toks[head].l };
  return span ? [reportOf(span, { s: open.s, e: open.e }, mention, 'fronted')] : [];
}
