/**
 * Rule family — support held or won, told from the side of the one who has it: "Clinton has the support of women and
 * older voters", "Last month, Mr. Cruz won the endorsement of the most influential leader of Iowa's evangelicals",
 * "Trump earned the support of nearly four in 10 likely voters", "Because of these safeguards, the bill has the backing
 * of many Democrats", "Cruz, who had the backing of Mitt Romney, pulled almost 70 percent" (PolNeAR train). PolNeAR
 * attributes the subject (who or what is supported) to the supporters after "of", as it does a report's subject to
 * the agent after "by" (./reportedBy.ts). Only a finite verb of having or winning: an aim ("efforts to win the support
 * of white working-class voters", "has struggled to earn the support of minorities"), a doubt ("he might not win the
 * support of many in the room") or a participle ("with each receiving the support of 40 percent") holds no support.
 * A description of the supporters followed by a comma and their name ends at the name, which is the source: "Mr. Cruz
 * won the endorsement of the most influential leader of Iowa's politically activist evangelicals, Bob Vander Plaats",
 * (PolNeAR train, NYT 2016-01-12: the gold Source runs to the name; was the description, shown as "Ted Cruz"). Not
 * two names ("earned the backing of two of the state's congressional Republicans, Reid Ribble and Glenn Grothman, as
 * he sought …", Politico 2016-04-05: one of them is not the source, and "he" went to him), nor after a name ("won the
 * endorsement of the National Education Association, a coup over her main rival, Sen. Bernie Sanders", Politico
 * 2015-12-28: the source is the association). A share of voters ends before its comparison (../quotes/attribution/
 * accordingTo.ts comparisonAt): "He received the backing of 33% of national Republican primary voters to Cruz's 20%,
 * followed by Rubio at 13%" (PolNeAR train, USA Today 2016-01-15: the gold Source is "33% of national Republican
 * primary voters"; was "… voters to Cruz's", named Ted Cruz), "… has the support of 48% of likely voters compared with
 * 41% for Trump".
 */
import { accordingToSourceAt, subjectAfter, type Mention } from '../quotes/attribution';
import type { Tok } from '../quotes/tokens';
import { wordSet } from '../people/lexicon';
import { contentEnd, contentSpan } from './clause';
import { MODAL } from './lexicon';
import { type Report, reportOf, type SentenceContext } from './report';
import { subjectStart } from './reportedBy';

/** Nouns of support whose "of" phrase names the supporters, one of which is in every sentence this family reads. */
export const BACKING_NOUNS: readonly string[] = ['support', 'backing', 'endorsement', 'endorsements'];
const BACKING = new Set(BACKING_NOUNS);
/** Finite verbs of having or winning support ("has", "won", "earned", "received", "secured", "drew"). */
const HOLDING = wordSet('has|have|had|won|wins|earned|earns|received|receives|secured|secures|drew|draws|gained|gains|enjoys|enjoyed');
/** Words between the verb and the noun: a determiner and an adjective of degree ("the full support of", "the overwhelming backing of"). */
const BEFORE_NOUN = wordSet('the|his|her|their|its|full|overwhelming|strong|unanimous|formal|official|public|early');
/** The most words between the verb and the noun. */
const MAX_BEFORE_NOUN = 2;
/**
 * Auxiliaries and adverbs between the subject and the verb ("has won", "also has"); not ./lexicon.ts AUX_OR_ADVERB,
 * whose "not" and "never" make no holding here (NOT_HELD).
 */
const BEFORE_HOLDING = wordSet('has|have|had|also|already|now|since|still');
/**
 * Words before the verb that make it no holding: a modal (./lexicon.ts MODAL), "to", a negation ("might not win", "to
 * earn", "may not have").
 */
const NOT_HELD: ReadonlySet<string> = new Set([...MODAL, 'to', 'not', 'n’t', "n't", 'never']);

/** How many words past a description's cut its comma may stand ("… politically activist evangelicals, Bob Vander Plaats"). */
const MAX_DESCRIPTION_RUN = 6;

/** The one name set off by a comma after the description m, ending the sentence or a comma after it ("…, Bob Vander Plaats."); else m. */
function apposedName(toks: Tok[], m: Mention, b: number): Mention {
  if (m.kind !== 'description') return m;
  let k = m.j;
  while (k < b && k < m.j + MAX_DESCRIPTION_RUN && !toks[k].punct && !toks[k].cap) k++;
  if (toks[k]?.t !== ',' || k + 1 >= b) return m;
  const name = subjectAfter(toks, k + 1, b);
  if (!name || name.kind !== 'name' || name.i !== k + 1) return m;
  const after = toks[name.j];
  return name.j >= b || after.t === ',' || after.t === '.' ? name : m;
}

/** The verb of having or winning at v: the token its subject ends before, past auxiliaries and adverbs; -1 after NOT_HELD. */
function holderEnd(toks: Tok[], a: number, v: number): number {
  let k = v;
  while (k - 1 > a && BEFORE_HOLDING.has(toks[k - 1].l) && !toks[k - 1].cap) k--;
  return NOT_HELD.has(toks[k - 1]?.l ?? '') ? -1 : k;
}

export function backings(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let n = a + 2; n < b - 2; n++) {
    if (!BACKING.has(toks[n].l) || toks[n].cap || toks[n + 1].l !== 'of') continue;
    let v = n - 1;
    while (v > a && v >= n - MAX_BEFORE_NOUN && BEFORE_NOUN.has(toks[v].l)) v--;
    if (v === n - 1 || !HOLDING.has(toks[v].l) || toks[v].cap) continue;
    const end = holderEnd(toks, a, v);
    const report = end < 0 ? null : supportersReport(ctx, v, n, end, false);
    if (report) out.push(report);
  }
  return out;
}

/**
 * The report of the subject that ends before token `end`, those after the preposition at n + 1 its source, the cue from
 * the verb at v to that preposition; with `thatClause`, a "that"-clause after them is the content instead.
 */
function supportersReport(ctx: SentenceContext, v: number, n: number, end: number, thatClause: boolean): Report | null {
  const { toks, a, b } = ctx;
  const described = accordingToSourceAt(toks, n + 2, b);
  const mention = described && apposedName(toks, described, b);
  if (!mention) return null;
  const cue = { s: toks[v].s, e: toks[n + 1].e };
  if (thatClause && toks[mention.j]?.l === 'that') {
    const clause = contentSpan(ctx, mention.j, contentEnd(ctx, mention.j + 1));
    return clause && reportOf(clause, cue, mention, 'object');
  }
  const start = subjectStart(toks, a, end);
  const span = start < 0 ? null : contentSpan(ctx, start, end);
  return span && reportOf(span, cue, mention, 'object');
}

/**
 * Nouns of a reaction drawn or won, whose "from" phrase names those who react: "The proposal has drawn harsh criticism
 * from fellow GOP presidential hopefuls", "But Rubio has won overwhelming support from members of Congress and
 * governors …", "She drew support from a large majority of those who …", "The statement quickly drew sharp criticism from
 * both sides of the abortion debate", "the ethanol program is facing criticism from many environmentalists" (PolNeAR
 * train: Breitbart 2015-12-07 and 2016-03-01, Huffington Post 2016-06-27, Politico 2015-11-24). PolNeAR attributes the
 * subject to those after "from", as it does the subject of "has the support of" (backings above). A reaction's
 * "that" clause is the content ("Trump has faced criticism from rivals ⟦that the tenor of his campaign has created an
 * unsafe environment⟧", USA Today 2016-03-30). Not a participle after a comma ("…, drawing boos from the crowd": the
 * subject is out of reach), nor a backlash, applause or ire, gold on no train sentence ("has faced a national backlash
 * from gay rights groups", "Mr. Putin drew applause from the crowd"). PolNeAR train (s50-ua): 29 "VERB (ADJ) NOUN from"
 * for these verbs and nouns of a reaction and a few more, 17 of them gold, none found before; the rule 9 gained, 0 lost,
 * 0 false positives (folds 4/0 4/0 1/0 0/0 0/0). "opposition" and "endorsement(s)" were tried and dropped: 0 gained, 1
 * false positive ("While it's true that he faced scorched-earth opposition from Republicans", Huffington Post
 * 2016-02-12).
 */
export const REACTION_NOUNS: readonly string[] = ['criticism', 'praise', 'support', 'scorn', 'boos', 'condemnation'];
const REACTION = new Set(REACTION_NOUNS);
/** Verbs of drawing, winning or facing a reaction, finite or after "has" ("drew", "has drawn", "won", "is facing"). */
const DRAWING = wordSet('drew|draws|drawn|won|wins|received|receives|earned|earns|faced|faces|facing|sparked|sparks|attracted|attracts|consolidated|secured|secures');
/** The most words between the verb and the noun ("drew ⟨sharp⟩ criticism", "received ⟨even stronger⟩ support"). */
const MAX_BEFORE_REACTION = 2;
/** Forms of "be" before "facing", the one participle read ("is facing criticism from"). */
const BE_FACING = wordSet('is|are|was|were');

export function reactions(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let n = a + 2; n < b - 2; n++) {
    if (!REACTION.has(toks[n].l) || toks[n].cap || toks[n + 1].l !== 'from') continue;
    let v = n - 1;
    while (v > a && v >= n - MAX_BEFORE_REACTION && !DRAWING.has(toks[v].l) && !toks[v].punct && !toks[v].cap && !/\d/.test(toks[v].t)) v--;
    if (!DRAWING.has(toks[v].l) || toks[v].cap) continue;
    let end: number;
    if (toks[v].l === 'facing') {
      if (!BE_FACING.has(toks[v - 1]?.l ?? '')) continue;
      end = holderEnd(toks, a, v - 1);
    } else {
      // (an adverb of manner before the verb: "The statement quickly drew …")
      end = holderEnd(toks, a, v > a + 1 && /ly$/.test(toks[v - 1].l) && !toks[v - 1].cap ? v - 1 : v);
    }
    const report = end < 0 ? null : supportersReport(ctx, v, n, end, true);
    if (report) out.push(report);
  }
  return out;
}
