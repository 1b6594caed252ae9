/**
 * The "that" of a content clause further from its cue than the that-clause rule looks: past an adverb, a hearer with
 * a phrase of place or time, an aside between commas or dashes — "Patrick told Cruz backers Saturday night that …",
 * "Mr. Obama argued emphatically - rebuking Mr. Trump eight times by name - that …", "Guccifer said, per a
 * translator, that …", "Cruz said Thursday during a taping of a MSNBC town hall meeting in Buffalo, New York, that …",
 * "Wilson told The Post and Courier newspaper of Charleston on Saturday that …", "said in a written statement in March
 * that …", "explained through a spokesman that …", "told state television that …" (a cue's word before a platform, the
 * hearer's); after "reported", a phrase of time alone ("reported on Saturday that …", "The Wall Street Journal reported
 * in October that Fiorina's speaking firm advertised her availability …", "Facebook reported last quarter that its users
 * were spending, on average, 50 minutes a day") or a hearer after "to" ("the foundation reported to the IRS that his
 * full-time salary was $31,592").
 */
import { ASIDE_MARKS, ASIDE_OPENERS, CUES, DETERMINERS, GAP_CLAUSE_WORDS, NOT_NOUN, OBJECT_PRONOUNS, PERSON_PRONOUNS, PREPOSITIONS, WEAK_CUES } from '../quotes/lexicon';
import { isAdjective, isVerbForm } from '../people/lexicon';
import { looksAdverb } from '../text/adverbs';
import type { Tok } from '../quotes/tokens';
import { MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS } from '../text/calendar';
import { channelNoun, finite } from './bareClause';
import { AUXILIARIES, BELIEF_VERBS, CHANNEL_NOUNS, HEARER_VERBS, IRREGULAR_PAST, PLATFORM_NOUNS, TIME_WORDS } from './lexicon';
import { digitFirst } from '../text/wordShape';

/** How far "that" may stand from its cue. */
const MAX_WIDE_GAP = 16;
/** A word that opens an aside between a cue and its "that" ("argued emphatically", "said twice", "suggest however"). */
const asideOpener = (l: string): boolean => looksAdverb(l) || ASIDE_OPENERS.has(l);
/** Nouns of time that end an aside ("found last week that", "argued a few days ago that"). */
const TIME_NOUN: ReadonlySet<string> = new Set(['week', 'weeks', 'month', 'months', 'year', 'years', ...PARTS_OF_DAY, 'weekend', 'ago', 'day', 'days', ...SEASONS,
  'times', 'things', 'point']);

/** A cue whose "that" may stand far from it: a verb of saying (not one with other common senses), belief or telling. */
export function wideGapCue(t: Tok): boolean {
  return (CUES.has(t.l) && !WEAK_CUES.has(t.l)) || BELIEF_VERBS.has(t.l) || HEARER_VERBS.has(t.l);
}

/**
 * A "that" at g followed by a verb and the verb's object is a relative pronoun, no complementizer: "who has boasted of
 * his appeal to the overlapping demographics that comprise the GOP base", "referring to the big, free-standing
 * government enterprises that provide crucial services" (PolNeAR train) — a verb form that is no noun too
 * (../people/lexicon.ts isVerbForm) before a determiner, an object pronoun or an adjective.
 */
export function relativeThat(toks: Tok[], g: number): boolean {
  const v = toks[g + 1], o = toks[g + 2];
  if (!v || !o || v.cap || v.punct || o.punct || !isVerbForm(v.l)) return false;
  return (DETERMINERS.has(o.l) && o.l !== 'that') || OBJECT_PRONOUNS.has(o.l) || isAdjective(o.l);
}

/**
 * A "that" at g followed by a past participle, a noun and an auxiliary is a complementizer, the participle the
 * adjective of the clause's subject: "said in a statement that licensed miners were being punished for the crimes of
 * illegal operators" (a Citi Newsroom-style probe, test/fixtures/outlets gh-citinewsroom-galamsey-pra, was missed as
 * "the statement that licensed miners"); PolNeAR train holds the shape after nouns, "the likelihood that unsanctioned
 * protests will erupt", "recognition that expanded trade is a double-edged sword" — not "the attack that happened
 * today is …", a time, nor "practices that suggested they were …", a pronoun.
 */
function participleOfSubject(toks: Tok[], g: number): boolean {
  const v = toks[g + 1], noun = toks[g + 2], aux = toks[g + 3];
  return !!v && !!noun && !!aux && /\p{Ll}ed$/u.test(v.t) && !noun.cap && !noun.punct && /^\p{Ll}+$/u.test(noun.t) && !NOT_NOUN.has(noun.l)
    && !DETERMINERS.has(noun.l) && !PREPOSITIONS.has(noun.l) && !OBJECT_PRONOUNS.has(noun.l) && !PERSON_PRONOUNS.has(noun.l) && !TIME_WORDS.has(noun.l) && !looksAdverb(noun.l) && AUXILIARIES.has(aux.l);
}

/** The token of the complementizer "that" after the cue at c, past a longer gap with no clause of its own; -1 when none. */
export function wideGapThat(toks: Tok[], c: number, b: number): number {
  // (after a verb that names no hearer the gap is an aside, not an object: "reflected the fact that …", "find jobs
  // that …" hold a relative clause)
  const first = toks[c + 1], hearer = HEARER_VERBS.has(toks[c].l);
  if (!first || (!hearer && !(first.punct || first.cap || PREPOSITIONS.has(first.l) || asideOpener(first.l)))) return -1;
  for (let g = c + 1; g < b && g <= c + MAX_WIDE_GAP; g++) {
    const t = toks[g];
    if (t.punct) { if (ASIDE_MARKS.has(t.t)) continue; return -1; }
    if (t.l === 'that') {
      const n = toks[g + 1];
      // ("the poll that shows …", "the man that would …": a "that" followed by its verb is a relative pronoun)
      // (but a cue's form before an auxiliary is the clause's subject: "that states can pass such laws")
      if (g <= c + 1 || !n || n.punct || /^['’]/.test(n.t) || AUXILIARIES.has(n.l) || (finite(n) && !participleOfSubject(toks, g)) || (CUES.has(n.l) && !AUXILIARIES.has(toks[g + 2]?.l ?? '')) || relativeThat(toks, g)) return -1;
      // ('…, Jacobs said, that he’s had': a comma alone is an inset attribution's; "with a passion that …": after a
      // verb that names no hearer, the word before "that" closes an aside, not a noun of its own)
      const p = toks[g - 1];
      if (g === c + 2 && p.t === ',') return -1;
      return hearer || p.punct || p.cap || digitFirst(p.t) || asideOpener(p.l) || TIME_NOUN.has(p.l) || CHANNEL_NOUNS.has(p.l) ? g : -1;
    }
    if (t.cap) continue;
    // (a channel phrase is passed whole: "said in a brief phone call that …", whose "phone" and "call" read as verbs)
    const channel = channelNoun(toks, g, b);
    if (channel > 0) { g = channel; continue; }
    // ("told The Post and Courier newspaper …": "and" inside a name; "in a written statement": a participle after a
    // determiner is an adjective)
    if (t.l === 'and' && toks[g - 1].cap && toks[g + 1]?.cap) continue;
    if (DETERMINERS.has(toks[g - 1].l) && !GAP_CLAUSE_WORDS.has(t.l) && !AUXILIARIES.has(t.l)) continue;
    // (a cue's word that modifies a platform after it is the hearer's: "told state television that the government had
    // spent US$2.1 billion …", a Bolivian Express-style probe, test/fixtures/outlets
    // bo-boliviaexpress-diesel-queues-santa-cruz.txt, probes-ff, where "state" read as the verb)
    if (CUES.has(t.l) && hearer && PLATFORM_NOUNS.has(toks[g + 1]?.l ?? '')) continue;
    if (GAP_CLAUSE_WORDS.has(t.l) || AUXILIARIES.has(t.l) || IRREGULAR_PAST.has(t.l) || (CUES.has(t.l) && !/ing$/.test(t.l)) || finite(t)) return -1;
  }
  return -1;
}

/** Words of a gap of time alone ("reported on Saturday that", "reported this week that", "reported in October that", "reported last quarter that"). */
const TIME_GAP: ReadonlySet<string> = new Set(['on', 'in', 'last', 'this', 'early', 'late', 'earlier', 'later', ...WEEKDAYS, ...MONTHS, 'today', 'yesterday', 'week',
  'month', 'year', 'quarter', ...PARTS_OF_DAY, 'weekend']);
/** How many words a gap of time may take. */
const MAX_TIME_GAP = 3;

/** Forms of "report" and "reveal", weak cues that may name a hearer after "to" before their "that". */
const TO_HEARER_CUES: ReadonlySet<string> = new Set(['report', 'reports', 'reported', 'reveal', 'reveals', 'revealed']);
/** The most words of a hearer after "to" ("to the IRS", "to federal regulators"), a determiner not counted. */
const TO_HEARER_WORDS = 3;

/**
 * The token after a hearer that "to" opens after a form of "report" or "reveal" at c when "that" follows it ("the
 * foundation reported to the IRS that …"); c + 1 when there is none. The hearer's words are no verb, preposition or
 * mark ("pointed to the fact that" is no such cue, "reported to work that day" has no "that" after its noun), and a
 * "that" with a verb and its object after it is a relative pronoun ("reported to the committee that oversees the program").
 */
function toHearerEnd(toks: Tok[], c: number, b: number): number {
  if (!TO_HEARER_CUES.has(toks[c].l) || toks[c + 1]?.l !== 'to') return c + 1;
  let j = c + 2;
  if (DETERMINERS.has(toks[j]?.l ?? '')) j++;
  const first = j;
  while (j < b && j < first + TO_HEARER_WORDS && toks[j].l !== 'that' && !toks[j].punct && !PREPOSITIONS.has(toks[j].l) && !AUXILIARIES.has(toks[j].l) && !finite(toks[j])) j++;
  return j > first && toks[j]?.l === 'that' && !relativeThat(toks, j) ? j : c + 1;
}

/**
 * The "that" after a cue with other common senses ("reported"), past a phrase of time alone: "Western Journalism
 * reported on Saturday that Bloomberg is considering …", "Tal Schneider, reported this week that …"; -1 when none.
 */
export function timeGapThat(toks: Tok[], c: number, b: number): number {
  const from = toHearerEnd(toks, c, b);
  for (let g = from; g < b && g <= from + MAX_TIME_GAP; g++) {
    const t = toks[g];
    if (t.l === 'that') {
      const n = toks[g + 1];
      return g > c + 1 && n && !n.punct && !AUXILIARIES.has(n.l) && !finite(n) ? g : -1;
    }
    if (t.punct || !TIME_GAP.has(t.l)) return -1;
  }
  return -1;
}
