/**
 * Rule family "colon lead-in": a sentence with no cue that introduces a quote of full sentences with a colon; its
 * subject speaks, the colon stands as the cue. Tried when no other rule found a speaker. Examples (PolNeAR train):
 *   'Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: "It's time to quit …"'
 *     → Mitch McConnell (past the party tag)
 *   'The Clinton campaign, in a Q&A on the e-mail controversy, worded it even more carefully: "Clinton's practice …"'
 *     → The Clinton campaign (a description, past an aside)
 *   'More from Jones: “The partisanship of the state population is …”', 'From the report: “In general, …”' → Jones,
 *     the report (a source named after "from")
 *   "In the hours after 14 people were killed in San Bernardino, Calif., a familiar voice celebrated the attacks on
 *     Twitter: ''California, we have already arrived …''" → a familiar voice (a description of any noun opening the
 *     sentence or its main clause, right before a verb in the past: ./opener.ts descriptionBeforePast)
 *   'The timing of Sanders’ surge doesn’t surprise Republican pollster Daron Shaw: “Historically, …”', 'Here’s Clinton
 *     in December 1992: “Our new direction …”' → Daron Shaw, Clinton (a lead-in with no subject that ends on a name,
 *     a date after it: nameBeforeColon)
 *   'A footnote in the report makes that clear: "These assessments do not apply …"' → A footnote (a document opening
 *     the lead-in: ./documentSubject.ts)
 * Not a fragment after the colon ('… the slogan: “Dump Trump.”' is a quote of full sentences only when it opens with
 * a capital; a title or slogan is left to the title rules).
 */
import { ARTICLES, CALENDAR_NAMES, COORDINATORS, DESCRIPTION_OPENERS, DETERMINERS, NOT_NOUN, PERSON_PRONOUNS, PREPOSITIONS, ROLE_HINT } from '../lexicon';
import { tokenAt, type Tok } from '../tokens';
import { tokenCue } from './cue';
import { documentSubject } from './documentSubject';
import { nameMention, type Attribution, type Mention } from './mention';
import { descriptionBeforePast, descriptionOpening, sentenceOpener } from './opener';
import { subjectAfter } from './subjectAfter';
import { subjectBefore } from './subjectBefore';
import { upperFirst } from '../../text/wordShape';

/** At most this many characters between the colon and the quotation mark. */
const COLON_GAP_MAX = 2;
/** The lead-in has at least a subject and a word before its colon. */
const LEAD_IN_MIN_TOKENS = 2;
/** The most words a description opening the lead-in may take. */
const DESCRIPTION_MAX_WORDS = 5;
/** Pronouns of a group that may lead in: they, we. */
const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we']);

/** How far before the colon a source label's "from" may stand. */
const SOURCE_LABEL_REACH = 8;

/**
 * 'From the report:', '… - More from Jones:': the source named after a "from" that opens the sentence or follows a
 * capitalised "More" (a label after a headline and a dash), reaching the colon.
 */
function sourceLabel(toks: Tok[], startTok: number, colon: number): Mention | null {
  for (let k = colon - 1; k > startTok - 1 && k >= colon - SOURCE_LABEL_REACH; k--) {
    if (toks[k].l !== 'from') continue;
    const opens = k === startTok || (toks[k - 1].l === 'more' && toks[k - 1].cap);
    const m = opens ? subjectAfter(toks, k + 1, colon) : null;
    // ("More from Blumenthal and Cohen:": two names, PolNeAR train)
    const second = m && m.kind === 'name' && toks[m.j]?.l === 'and' ? subjectAfter(toks, m.j + 1, colon) : null;
    if (second && second.kind === 'name' && second.j === colon) return nameMention(toks, m!.i, colon);
    return m && m.j === colon && m.kind !== 'pronoun' ? m : null;
  }
  return null;
}

/** "The Clinton campaign,": an article and a few words, the last a noun of a person, body or document. */
function openingDescription(toks: Tok[], startTok: number, colon: number): Mention | null {
  if (!ARTICLES.has(toks[startTok].l)) return null;
  let j = startTok + 1;
  while (j < colon && j <= startTok + DESCRIPTION_MAX_WORDS && !toks[j].punct && !PREPOSITIONS.has(toks[j].l) && !NOT_NOUN.has(toks[j].l)) j++;
  const head = toks[j - 1];
  if (j === startTok + 1 || j >= colon || head.poss || !ROLE_HINT.test(head.l)) return null;
  return { s: toks[startTok].s, e: head.e, kind: 'description', i: startTok, j, head: head.l };
}

/** A number or verse right after a name ("Article 33", "Isaiah 45:1"): numbered text the name alone does not name. */
const NUMBER_TOKEN = /^\d+(?::\d+)?$/;

/** The name mention m with the number after it, when one follows before the colon ("Article 33 affirms:"). */
function withNumber(toks: Tok[], m: Mention, colon: number): Mention {
  if (m.kind !== 'name' || m.j >= colon || !NUMBER_TOKEN.test(toks[m.j].t)) return m;
  let j = m.j + 1;
  // ("45:1": a chapter, its colon and a verse written together)
  while (j + 1 < colon && toks[j].t === ':' && toks[j].s === toks[j - 1].e && toks[j + 1].s === toks[j].e && NUMBER_TOKEN.test(toks[j + 1].t)) j += 2;
  return { ...m, e: toks[j - 1].e, j };
}

/** The most tokens of a date after the name before the colon ("in December 1992", "on Tuesday"). */
const DATE_AFTER_NAME_REACH = 4;
/** A token of a date: a year or a day, a month or a weekday (capitalised). */
const DATE_TOKEN = /^(?:\d{1,4}|\p{Lu}\p{Ll}+\.?)$/u;

/** The token before a date phrase ("in December 1992") that ends at `k`, or k when none ends there. */
function beforeDate(toks: Tok[], k: number, floor: number): number {
  for (let p = k - 1; p > floor && p >= k - DATE_AFTER_NAME_REACH; p--) {
    if (toks[p].l !== 'in' && toks[p].l !== 'on') continue;
    const date = toks.slice(p + 1, k + 1);
    return date.every(t => DATE_TOKEN.test(t.t)) && date.some(t => /\d/.test(t.t) || CALENDAR_NAMES.has(t.l)) ? p - 1 : k;
  }
  return k;
}

/**
 * 'The timing of Sanders’ surge doesn’t surprise Republican pollster Daron Shaw: “…”', 'Here’s Clinton in December
 * 1992: “…”' (PolNeAR train): a lead-in with no subject of its own that ends on a name (past a date) is that name's
 * words — a name right after a verb, not after a preposition ('a blunt message to Trump:' is the addressee).
 */
function nameBeforeColon(toks: Tok[], startTok: number, colon: number): Mention | null {
  const k = beforeDate(toks, colon - 1, startTok);
  if (k <= startTok || !toks[k].cap) return null;
  const m = subjectBefore(toks, k, startTok);
  if (!m || m.kind !== 'name' || m.j !== k + 1 || m.i <= startTok) return null;
  const before = toks[m.i - 1];
  return !before.punct && !PREPOSITIONS.has(before.l) && !DETERMINERS.has(before.l) && !COORDINATORS.has(before.l) ? m : null;
}

/** The speaker of the quote at qs after a colon lead-in in the sentence from sentStart; null when it has none. */
export function colonLeadIn(toks: Tok[], text: string, sentStart: number, qs: number): Attribution | null {
  const qTok = tokenAt(toks, qs), colon = qTok - 1, startTok = tokenAt(toks, sentStart);
  if (colon - startTok < LEAD_IN_MIN_TOKENS || toks[colon]?.t !== ':' || qs - toks[colon].e > COLON_GAP_MAX) return null;
  // (a quote of full sentences: it opens with a capital)
  if (!toks[qTok] || !upperFirst(toks[qTok].t)) return null;
  const opener = sentenceOpener(toks, startTok, colon);
  const m = sourceLabel(toks, startTok, colon)
    ?? (opener && withNumber(toks, opener, colon))
    ?? (DESCRIPTION_OPENERS.has(toks[startTok].l) ? descriptionOpening(toks, startTok, colon) : null)
    ?? openingDescription(toks, startTok, colon)
    ?? descriptionBeforePast(toks, startTok, colon, true)
    ?? nameBeforeColon(toks, startTok, colon)
    ?? documentSubject(toks, text, startTok, colon)?.mention;
  // (a pronoun only for a person or a group: not "it", "you", "who")
  if (!m || (m.kind === 'pronoun' && !PERSON_PRONOUNS.has(toks[m.i].l) && !GROUP_PRONOUNS.has(toks[m.i].l))) return null;
  return { mention: m, cue: tokenCue(toks[colon]), rule: 'colon lead-in' };
}
