/**
 * Rule family — a cue's gerund and its "that"-clause, reported by the subject of the sentence's main clause:
 * - after a comma, a gerund the cue lexicon lacks or one past a short phrase: "The families … filed a class-action
 *   lawsuit against Remington, alleging that the company's marketing efforts inspired the Sandy Hook shooter", "Mr. Trump
 *   made a third attempt to deflect Mr. Khan's criticism, writing on Twitter that the real issue at stake in the
 *   election was terrorism";
 * - after a preposition: "Bernie Sanders, has soared in the polls by saying that the system is rigged …", "Rubio
 *   responded before adding that he will have to win some winner-take-all states in March", "She and her aides have
 *   vowed to win back the public's trust, while acknowledging that this will be tough";
 * - opening the sentence, its reporter the subject after the clause's comma: "Noting that only Sen. Mark Kirk (R-Ill.)
 *   voted with Democrats on background checks, Tester said …".
 * On PolNeAR train a that-clause after such a gerund, in these three layouts, is gold 173 times in 208 (never after
 * "for", which the rule leaves out: "criticized for suggesting that …" names a reason). After a preposition a gerund
 * of saying takes a bare clause too: "Donald Trump picked up from his daughter by saying he is ready to go to work for
 * the country", "Mr. Sanders, after initially saying he would not advertise on television …" (train: 6 found, 2 false
 * positives).
 */
import { cueSpan, subjectAfter, type Mention } from '../quotes/attribution';
import { CUES, DASHES } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { AFTER_BEFORE, clauseStart, finite } from './bareClause';
import { contentEnd, contentSpan, words } from './clause';
import { AUXILIARIES, BELIEF_VERBS, THAT_GERUNDS } from './lexicon';
import { quoteAt } from './mixed';
import { type Report, reportOf, type SentenceContext } from './report';
import { participleSubject } from './speaker';
import { wordSet } from '../people/lexicon';

/** Prepositions and conjunctions before a gerund whose subject is the main clause's ("by saying that …"). */
const BEFORE_GERUND = wordSet('by|after|before|while|of|besides|despite|without');
/** Two-word ones ("in addition to stating", "aside from stating", "instead of saying"). */
const BEFORE_GERUND_PAIR = wordSet('addition to|aside from|instead of|apart from');
/** Adverbs between the preposition and the gerund ("while also saying that"). */
const GERUND_ADVERB = wordSet('also|publicly|repeatedly|falsely|initially|first|then|even|again|privately|later');
/** Gerunds that take a bare clause after a preposition ("by saying he would …"). */
const BARE_GERUNDS: ReadonlySet<string> = new Set(['saying', 'arguing', 'insisting', 'claiming', 'suggesting', 'noting', 'predicting', 'warning']);
/** How many tokens a phrase between the gerund and "that" may take ("writing on Twitter that", "saying in a recent debate that"). */
const MAX_GAP = 6;

/** A gerund of saying or belief (capitalised only where it opens the sentence: `opening`). */
function sayingGerund(t: Tok, opening: boolean): boolean {
  return (opening || !t.cap) && !t.punct && t.l.endsWith('ing') && (CUES.has(t.l) || BELIEF_VERBS.has(t.l) || THAT_GERUNDS.has(t.l));
}

/** The "that" after the gerund at c, past a short phrase with no verb or quote of its own; -1 when there is none. */
function thatAfter(ctx: SentenceContext, c: number): number {
  const { toks, b } = ctx;
  for (let k = c + 1; k < b && k <= c + 1 + MAX_GAP; k++) {
    const t = toks[k];
    if (t.l === 'that') {
      // ("…, arguing that it showed", but not "the message that was sent": a relative "that" before its verb)
      const next = toks[k + 1];
      return next && !next.punct && !(k > c + 1 && (AUXILIARIES.has(next.l) || finite(next))) ? k : -1;
    }
    if ((t.punct && t.t !== ',' && !DASHES.has(t.t)) || quoteAt(ctx.quotes, t.s) || (k > c + 1 && !t.cap && (finite(t) || CUES.has(t.l)))) return -1;
  }
  return -1;
}

/** The first token of the gerund's opening word(s) when a preposition stands before it, else -1. */
function prepositionBefore(toks: Tok[], a: number, c: number): number {
  let p = c - 1;
  while (p > a && GERUND_ADVERB.has(toks[p].l)) p--;
  if (p < a) return -1;
  if (BEFORE_GERUND.has(toks[p].l)) return p;
  if (p - 1 >= a && BEFORE_GERUND_PAIR.has(`${toks[p - 1].l} ${toks[p].l}`)) return p - 1;
  return -1;
}

/** For a gerund opening the sentence: the comma that closes its clause and the subject after it. */
export function openingReporter(ctx: SentenceContext, from: number): { comma: number; mention: Mention } | null {
  const { toks, b } = ctx;
  for (let k = from; k < b; k++) {
    if (toks[k].t !== ',' || quoteAt(ctx.quotes, toks[k].s)) continue;
    const m = subjectAfter(toks, k + 1, b);
    // the subject opens the main clause and its verb follows ("…, Tester said", "…, David Axelrod, who was …")
    if (!m || m.i !== k + 1 || m.j >= b) return null;
    const v = toks[m.j];
    return v.punct && v.t !== ',' ? null : { comma: k, mention: m };
  }
  return null;
}

export function gerunds(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a; c < b - 2; c++) {
    if (!sayingGerund(toks[c], c === a)) continue;
    let k = thatAfter(ctx, c);
    // ("Bolton distanced himself from the NeverTrump movement by saying he would be willing to …", "A Chinese official
    // responded by saying Japan should be careful …": after a preposition, a bare clause as well)
    if (k < 0 && c > a && BARE_GERUNDS.has(toks[c].l) && prepositionBefore(toks, a, c) >= 0 && clauseStart(toks, c + 1, b)) k = c;
    if (k < 0) continue;
    let mention: Mention | null = null;
    let end = -1;
    const prev = toks[c - 1];
    // ("After suggesting on Wednesday that he regretted …, Mr. Rubio …", "Now, after arguing that …, his team is …":
    // an opening "after" or "before" phrase reports for the subject after its comma)
    const openingTime = prev && AFTER_BEFORE.has(prev.l) && (c - 1 === a || (c - 3 === a && toks[c - 2].t === ','));
    if (c === a || openingTime || (prev && (prev.t === ':' || (prev.punct && /^[."”]$/.test(prev.t))))) {
      const r = openingReporter(ctx, k + 1);
      if (r) { mention = r.mention; end = r.comma; }
    } else if (prev.t === ',' || prepositionBefore(toks, a, c) >= 0) {
      mention = participleSubject(ctx, c);
      end = contentEnd(ctx, k + 1);
    }
    if (!mention || end < 0 || words(toks, k + 1, end) < 3) continue;
    const span = contentSpan(ctx, k === c ? k + 1 : k, end);
    if (span) out.push(reportOf(span, cueSpan(toks, c, k), mention, 'that-clause'));
  }
  return out;
}
