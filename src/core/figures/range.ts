/**
 * Ranges: "8 to 10 percent", "15-20", "between $5,000 and $15,000", "20 to 30 million people" (the scale of the
 * second end applies to the first). A range has no single value: `value` is null and `range` keeps both ends. A ratio to
 * one written out is a score, as "3-to-1" written tight is ("by a ratio of about four to one, versus about two to one",
 * "exceed the value of its assets by about three to one", "the board had voted four to one for the increase"), with the
 * approximator before either ("by nearly 3-to-1", figure.ts).
 */
import type { Figure, FigureKind } from '../types';
import { tidy, type Cardinal } from './numberWords';
import { joined, type Tok } from './tokens';
import { currencyWord } from './money';
import { isStopWord } from './units';

/** Words of a vote before a tally ("by a vote of 90 to 10", "voted 5 to 4", "The vote was 5 to 4"; PolNeAR train). */
const VOTE_WORDS = new Set(['vote', 'votes', 'voted', 'voting', 'tally']);
/** How far back a vote's word may stand before its tally ("The vote was | 5 to 4", "by a vote of | 90"). */
const VOTE_WORD_REACH = 3;

/** A word of a vote in the few tokens before a tally, or "vote(s)" right after it (`end`: the tally's end). */
export function votesAround(prev: Tok[], toks: Tok[], end: number): boolean {
  if (prev.slice(0, VOTE_WORD_REACH).some(p => VOTE_WORDS.has(p.l))) return true;
  const after = toks.find(t => t.s >= end);
  return !!after && after.sp && (after.l === 'vote' || after.l === 'votes');
}

/** The largest first number of a ratio to one written out ("by about four to one"). */
const RATIO_TO_ONE_MAX = 100;

/**
 * A ratio to one written out after a count of nothing, toks[k] its "one" (or "1"): the end of the clause or a function
 * word after it ("rated the economy as good by a ratio of about four to one, versus about two to one for white Democrats",
 * PolNeAR train, NYT 2016-03-23; "now exceed the value of its assets by about three to one", a Calgary Herald-style probe,
 * test/fixtures/outlets ca-calherald-aer-wells-order.txt: were "about four", "about two", "about three", counts of nothing),
 * a score as "3-to-1" written tight is. Not a clock's "at five to one", nor "from ten to one", a count down.
 */
function ratioToOne(toks: Tok[], k: number, first: Figure, prev: Tok[]): boolean {
  const n = toks[k], after = toks[k + 1];
  if (!n || !n.sp || n.nl || !(n.l === 'one' || n.w === '1')) return false;
  if (first.kind !== 'count' || first.unit || first.value === null || !Number.isInteger(first.value) || first.value < 2 || first.value > RATIO_TO_ONE_MAX) return false;
  if (prev[0]?.l === 'at' || prev[0]?.l === 'from') return false;
  return !after || after.k === 'p' || (after.k === 'w' && isStopWord(after.l));
}

/**
 * "from" before the first end, right before it or its approximator, or with "the" and one word between: "raise the share
 * … from about 35 percent to 50 percent by 2028" (a Xinhua-style probe, test/fixtures/outlets
 * cn-xinhua-harbin-winter-greenhouse-vegetables.txt), "raising the minimum wage from the current $7.25 to $12" (PolNeAR
 * train, Washington Post 2016-03-30) were one range of no value: a change from one level to another is two figures, as
 * "from 75 to 85" is (`prev` nearest first, the approximator's tokens at or after the first end's start).
 */
function fromBefore(prev: Tok[], first: Figure): boolean {
  let k = 0;
  while (prev[k] && prev[k].s >= first.start) k++;
  const p = prev[k];
  if (p?.l === 'from') return true;
  return !!p && p.k === 'w' && /^[a-z]/.test(p.w) && !isStopWord(p.l) && prev[k + 1]?.l === 'the' && prev[k + 2]?.l === 'from';
}

/**
 * Two counts of nothing written as words with "or" between, the second the larger, the estimate a reader takes as one:
 * "Today, it is three or four." (an ActuNiger-style probe, test/fixtures/outlets ne-actuniger-galmi-onion-export-price.txt),
 * "Our grandparents carried three or four." (ca-cbc-alberta-cree-immersion.txt), "I have won 10 states. He has won three
 * or four," (PolNeAR train, Washington Post 2016-03-04) were a count 3 of nothing (and a 4), as "three or four days" is one
 * range.
 */
function bareWordsEstimate(card: Cardinal, n: Tok, first: Figure, s: Figure): boolean {
  return card.words && !card.scaled && n.k === 'w' && first.kind === 'count' && s.kind === 'count' && !first.unit && !s.unit && !first.modifier && s.value !== null && first.value !== null && s.value > first.value;
}

/** How far back "between" may stand before a range's first end ("between the ages of | 18"). */
const BETWEEN_REACH = 4;

/**
 * The second end of a range after the first figure (toks[j] on), merged into one 'range' figure, or null.
 * `readSecond` reads the figure at an offset (the engine's reader, without ranges or look-back).
 */
export function readRangeEnd(text: string, toks: Tok[], card: Cardinal, j: number, first: Figure, prev: Tok[], readSecond: (pos: number) => Figure | null): Figure | null {
  const sep = toks[j], n = toks[j + 1];
  if (!sep || !n || (n.k !== 'n' && n.k !== 'w' && !(n.k === 'p' && n.w in { $: 1, '£': 1, '€': 1 }))) return null;
  if (first.kind === 'fraction' || first.value === null) return null;
  const dash = sep.w === '-' || sep.w === '–';
  const tight = dash && joined(toks[j - 1], sep) && joined(sep, n);
  // "between 23 and 28 people" (PolNeAR train, Politico 2016-07-11), "between the ages of 18 and 29" (Breitbart 2015-12-10)
  // (only the tokens between "between" and the number are looked at: the mark that ends the sentence before, within the
  // four tokens, is no reason to read "between $5 and 10" as two figures)
  const b = prev.slice(0, BETWEEN_REACH).findIndex(p => p.l === 'between');
  const between = b >= 0 && !prev.slice(0, b).some(p => p.k === 'n' || p.k === 'p');
  // ("five or six weeks", "two or three jobs", "40 or 50 years": PolNeAR train, an estimate between two counts of a noun
  // the second one names)
  const or = sep.k === 'w' && sep.l === 'or';
  const word = sep.k === 'w' && (sep.l === 'to' || (sep.l === 'and' && between) || or);
  if (!tight && !word && !(dash && sep.sp && n.sp)) return null;
  if (word && fromBefore(prev, first)) return null;
  if (sep.l === 'to' && sep.k === 'w' && ratioToOne(toks, j + 1, first, prev)) {
    // ("the board had voted four to one for the increase", a Kaselehlie Press-style probe, fm-kaselehliepress-puc-power-rates.txt: a tally of votes)
    return spanFrom(text, first, n.e, votesAround(prev, toks, n.e) ? 'vote' : null, 'score', [first.value, 1]);
  }
  const s = readSecond(n.s);
  if (!s || s.value === null || s.kind === 'vague' || s.kind === 'range') return null;
  if (or && !bareWordsEstimate(card, n, first, s) && (!s.unit || first.unit || !(s.value > first.value) || s.kind === 'money')) return null;
  // "down 0.5 percent to 2,121.65": a change and a level, not a range; "8 to 10 percent" has its unit at the end
  if ((first.unit && s.unit && first.unit !== s.unit) || (first.kind === 'percent' && s.unit === null)) return null;
  // ("10 to 15 cents", "30 to 40 cents higher": a bare first end counts the hundredths the second names, read in the
  // currency's whole units as the second is; an in-cyprus-style probe, s49-se, cy-incyprus-bread-price-rise.txt, and a
  // Saipan Tribune-style one, mp-saipantribune-gas-prices-fuel-tax.txt, test/fixtures/outlets: were two amounts, 0.1 and
  // 0.15 EUR, and 0.3 and 0.4 USD)
  const fraction = !first.unit && first.kind === 'count' && !card.scaled && s.kind === 'money' && n.k === 'n' ? currencyWord(toks, j + 2)?.fraction ?? 1 : 1;
  let a = tidy(first.value / fraction);
  // "20 to 30 million": the scale of the second end applies to the first
  if (!card.scaled && a < 1000 && s.value >= 1000 && first.kind === 'count' && !first.unit) {
    for (const m of [1e12, 1e9, 1e6, 1e3]) if (s.value / m >= 1 && s.value / m < 1000) { a = tidy(a * m); break; }
  }
  const bothDigits = toks[0].k === 'n' || toks[1]?.k === 'n';
  // "a vote of 90 to 10", "The Supreme Court voted 5 to 4", "212,205 to 210,424 votes": a tally of votes
  // (also written tight before its noun: "on a 52-48 vote")
  // (and the tally with the noun after its first number, "was adopted by 18 votes to five", "passed by five votes to two",
  // "rejected … by 27 votes to 19", Daily Herald-, Royal Gazette- and Jersey Evening Post-style probes, test/fixtures/outlets
  // mf-dailyherald-marigot-market-stall-fees.txt, bm-royalgazette-hamilton-parking.txt, je-jep-andium-rent-cap-vote.txt, as
  // jm-gleaner-soe-extension-debate.txt's "by 34 votes to 21" and wf-wallisfutuna1ere-electricity-tariff.txt's "by 15 votes
  // to 5": its second end was a count of nothing)
  const tallyAfterNoun = sep.l === 'to' && sep.k === 'w' && first.kind === 'count' && first.unit === 'vote' && !s.unit && s.kind === 'count' && !(s.value > a);
  const votes = tallyAfterNoun || ((sep.l === 'to' || tight) && bothDigits && n.k === 'n' && !first.unit && !(s.value > a) && (s.unit === 'vote' || (!s.unit && votesAround(prev, toks, s.end))));
  if (!(s.value > a) && !(tight && bothDigits && n.k === 'n') && !votes) return null;
  // "a 5-4 decision", "Rubio tops Clinton 41-40": a score or a tally, not a range ("ages 18 to 39": a range of ages)
  const kind = s.value > a ? (first.kind === 'age' ? 'age' : 'range') : 'score';
  const unit = votes ? 'vote' : s.unit ?? first.unit;
  return spanFrom(text, first, s.end, unit, kind, [a, s.value]);
}

/** A range or score from the first end's figure to `end`: no single value, the first end's approximator kept. */
function spanFrom(text: string, first: Figure, end: number, unit: string | null, kind: FigureKind, range: [number, number]): Figure {
  const fig: Figure = { start: first.start, end, text: text.slice(first.start, end), value: null, unit, approximate: !!first.modifier, kind, range };
  if (first.modifier) fig.modifier = first.modifier;
  return fig;
}
