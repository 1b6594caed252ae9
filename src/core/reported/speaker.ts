/**
 * Who reports: the subject of the cue, found by the quote engine's own subject rules (../quotes/attribution.ts),
 * so that "X, who …, said", "Russia's foreign minister, Sergei V. Lavrov, said" and "a spokesman for the campaign
 * said" are read the same way for reported speech as for quotes.
 */
import { isCue, sentenceOpener, subjectAfter, subjectBefore, type Mention } from '../quotes/attribution';
import { CUES, DETERMINERS, PREPOSITIONS } from '../quotes/lexicon';
import { runAt } from '../quotes/names';
import type { Tok } from '../quotes/tokens';
import { contentStart } from './fronted';
import type { SentenceContext } from './report';

/** Verb forms that are also nouns ("the vain hope that", "three states that"). */
const NOUN_READING = /^(?:hope|hopes|fear|fears|doubt|doubts|show|shows|claim|claims|state|states|find|finds|bet|figure|guess|estimate|estimates|demands|requires|worry|worries|report|reports|promise|promises|pledge|pledges|vow|vows|threat|threats|notes|warning|remarks|comments|answers|replies|thoughts|signal|signals)$/;
const QUANTITY = /^(?:nearly|almost|about|roughly|some|more|most|half|fewer|less|only|just|over|under|a|one|two|three|four|five|six|seven|eight|nine|ten|\w+-(?:one|two|three|four|five|six|seven|eight|nine)|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|majority|majorities|plurality)$/;
const AUX = /^(?:has|have|had|is|was|are|were|will|would|could|should|may|might|must|can|did|does|do|also|not|never|just|still)$/;
const PASSIVE = /^(?:was|were|is|are|been|being|be|get|got)$/;

/** The cue at token c is a verb (not "his claims", "the alleged scheme", "Reported Speech"). */
export function verbAt(toks: Tok[], c: number, speechCue: boolean): boolean {
  const t = toks[c], prev = toks[c - 1];
  if (!t || t.cap || t.punct) return false;
  // "the vain hope that", "three states that": a noun after an adjective or a number after a determiner
  const before = toks[c - 2];
  // "sit down for talks about", "rooted in fear that": after a preposition it is a noun
  if (prev && !prev.punct && PREPOSITIONS.has(prev.l) && prev.l !== 'to') return false;
  if (NOUN_READING.test(t.l) && prev && before && !prev.punct && !prev.cap && (DETERMINERS.has(before.l) || /^\d/.test(prev.t) || DETERMINERS.has(prev.l) && /s$/.test(t.l) && !prev.poss) && !/(?:ly|ed)$/.test(prev.l) && !AUX.test(prev.l)) return false;
  if (speechCue) return isCue(toks, c, false);
  return !(prev && !prev.punct && (DETERMINERS.has(prev.l) || prev.poss || prev.l === 'to' && !/(?:ed|en)$/.test(t.l)));
}

/** For a participle after a comma (", adding that …"), the subject of the cue before it ('Trump said, adding'). */
function participleSubject(ctx: SentenceContext, c: number): Mention | null {
  const { toks, a } = ctx;
  for (let k = c - 2; k >= a && k > c - 10; k--) {
    const t = toks[k];
    if (t.punct && t.t !== ',') break;
    if (t.punct || t.cap || t.l.endsWith('ing') || !isCue(toks, k, false)) continue;
    const m = subjectBefore(toks, k - 1, a) ?? subjectAfter(toks, k + 1, c - 1);
    if (m) return m;
    break;
  }
  return sentenceOpener(toks, a, c) ?? openingDescription(ctx, c);
}

/**
 * The description that opens the sentence and is its subject ("A Clinton campaign official later walked back the
 * comments, saying that …"): the sentence opener of the quote rules takes names only.
 */
function openingDescription(ctx: SentenceContext, c: number): Mention | null {
  const { toks } = ctx;
  const open = contentStart(ctx);
  const m = subjectAfter(toks, open, c);
  if (m) return m.kind === 'description' && m.i === open && m.j < c && !toks[m.j].punct ? m : null;
  // ("A Clinton campaign official later walked back …": an article, a few words, then an adverb or a verb in the past)
  if (!/^(?:a|an|the)$/.test(toks[open]?.l ?? '')) return null;
  for (let j = open + 2; j < c && j <= open + 7; j++) {
    const t = toks[j];
    if (t.punct || (PREPOSITIONS.has(t.l) && t.l !== 'of')) return null;
    if (AUX.test(t.l) || /^(?:later|earlier|then|also|quickly|again)$/.test(t.l) || (!t.cap && /[^e]ed$/.test(t.l))) {
      return { s: toks[open].s, e: toks[j - 1].e, kind: 'description', i: open, j, head: toks[j - 1].l };
    }
  }
  return null;
}

/** The mention that the cue at token c rests on, or null (a passive "was asked" has no reporter in reach). */
export function reporterOf(ctx: SentenceContext, c: number): Mention | null {
  const { toks, a } = ctx;
  const prev = toks[c - 1];
  if (!prev || c <= a) return null;
  if (PASSIVE.test(prev.l) && /(?:ed|en|wn|ld)$/.test(toks[c].l)) return null;
  if (toks[c].l.endsWith('ing') && prev.t === ',') return participleSubject(ctx, c);
  // (", falsely suggesting that …": an adverb before the participle)
  if (toks[c].l.endsWith('ing') && /ly$/.test(prev.l) && toks[c - 2]?.t === ',') return participleSubject(ctx, c - 1);
  // "China … should reduce its patrols and said …": a coordinated verb's subject is the sentence's
  if (prev.l === 'and' || prev.l === 'but') return sentenceOpener(toks, a, c);
  // "That stand allows Putin to tell …": an infinitive's subject is the name before "to", else the sentence's
  if (prev.l === 'to') {
    const r = toks[c - 2]?.cap && !toks[c - 2].poss ? runAt(toks, c - 2) : null;
    if (r && r.j === c - 1 && r.i >= a) return { s: toks[r.i].s, e: toks[r.j - 1].e, kind: 'name', i: r.i, j: r.j };
    return sentenceOpener(toks, a, c);
  }
  // "Sen. Rand Paul (R-Ky.) said": past a party tag in parentheses
  if (prev.t === ')') {
    let o = c - 2;
    while (o > a && o > c - 8 && toks[o].t !== '(') o--;
    if (toks[o]?.t === '(') return subjectBefore(toks, o - 1, a);
  }
  // ("Marley Anderson, 21, a junior from Las Vegas, said": past an apposition the quote rules do not read, the
  // sentence's opening name)
  return subjectBefore(toks, c - 1, a) ?? quantitySubject(ctx, c) ?? (prev.t === ',' && CUES.has(toks[c].l) ? sentenceOpener(toks, a, c) : null) ?? pastPhrase(ctx, c);
}

/** Adverbs between a subject and its verb that the quote rules do not skip ("Mrs. Clinton has since said"). */
const MID_ADVERB = /^(?:since|already|long|once|now|then|later|earlier|still|again|also|recently|previously|repeatedly|publicly|privately|has|have|had|\w+ly)$/;
/** How far back a phrase between the subject and the cue may reach ("One in four voters in a New York Times poll last year said"). */
const MAX_PHRASE = 9;

/**
 * The subject before a short phrase of time or place, or an adverb, that stands between it and the cue: "Trump at
 * the time said", "Mrs. Clinton has since said", "One in four voters in a New York Times poll last year said".
 */
function pastPhrase(ctx: SentenceContext, c: number): Mention | null {
  const { toks, a } = ctx;
  let k = c - 1;
  while (k > a && MID_ADVERB.test(toks[k].l) && !toks[k].cap) k--;
  // ("was widely criticized as", "has been widely condemned as": a passive has no reporter in reach)
  if (k < c - 1 && PASSIVE.test(toks[k].l)) return null;
  if (k < c - 1 && !toks[k].punct && !/^(?:who|which|that)$/.test(toks[k].l)) {
    const m = subjectBefore(toks, k, a);
    if (m) return m;
  }
  // (past a phrase only to the subject that opens the sentence, and only for a verb of saying: else the noun before a
  // preposition is as often an object — "raising questions about ⟦…⟧")
  if (!CUES.has(toks[c].l)) return null;
  const open = contentStart(ctx);
  // ("Democrats trying to regain control of the Senate in November say": the sentence's subject and a phrase with no
  // verb of its own before the cue)
  const first = sentenceOpener(toks, a, c);
  if (first && first.i <= open + 1 && first.j < c && c - first.j <= MAX_PHRASE) {
    let clean = true;
    for (let k = first.j; k < c && clean; k++) if (toks[k].punct || AUX.test(toks[k].l) || CUES.has(toks[k].l) || /^(?:who|which|that|whose)$/.test(toks[k].l) || (!toks[k].cap && /[^e]ed$/.test(toks[k].l))) clean = false;
    if (clean) return first;
  }
  for (let p = c - 1; p > a && p >= c - MAX_PHRASE; p--) {
    const t = toks[p];
    if (t.punct || (CUES.has(t.l) && !t.cap && p < c - 1)) return null;
    if (!PREPOSITIONS.has(t.l) || t.l === 'of') continue;
    const m = subjectBefore(toks, p - 1, a) ?? quantitySubject(ctx, p);
    if (m) return m.i <= open + 2 ? m : null;
  }
  return null;
}

/** "Nearly half said", "47 percent said", "more than 4 in 10 said": a share of respondents opening its clause. */
function quantitySubject(ctx: SentenceContext, c: number): Mention | null {
  const { toks, a } = ctx;
  let i = c - 1;
  while (i > a && i > c - 8 && !toks[i - 1].punct) i--;
  const first = toks[i];
  if (i >= c || !first || !(/^\d/.test(first.t) || QUANTITY.test(first.l))) return null;
  if (toks.slice(i, c).some(t => t.punct || CUES.has(t.l) && !t.cap)) return null;
  return { s: first.s, e: toks[c - 1].e, kind: 'description', i, j: c, head: toks[c - 1].l };
}
