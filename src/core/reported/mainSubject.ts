/**
 * The subject of a sentence's main clause, for a cue that has none of its own next to it: a participle after the
 * reporter's own clause ("The attorney general of the state of New York is suing Trump for $40 million, claiming
 * Trump University is a fraud") or the second of two coordinated verbs ("A spokesman for Mayor Frank G. Jackson of
 * Cleveland defended the prescribed march route and said …"). It is the noun phrase before the clause's first verb,
 * past a participle an article makes an adjective ("The retired neurosurgeon has provided no details about how he
 * planned …") and a lone quantifier its own ("Many spoke about how much they hoped …": PolNeAR train); past a body's
 * initials in brackets before a name set off ("The secretary-general of the Association of Cashew Exporters of
 * Guinea-Bissau (AECGB), Mr. Quintino Nanque Indi, said that …, but warned that …": test/fixtures/outlets, probes-nn);
 * and a name after the description that opens the clause with an article ("The business association ANIS said in a
 * statement that …, and warned that …": test/fixtures/outlets sm-sanmarinortv-aass-electricity-tariffs, s43-coord52).
 */
import { subjectBefore, type Mention } from '../quotes/attribution';
import { nameOpening, runAt } from '../quotes/names';
import { ARTICLES, DETERMINERS, NOT_NOUN, PERSONAL_SUBJECT_PRONOUNS, PREPOSITIONS, QUANTIFIER_SUBJECTS, SUBJECT_ENDS, SUBJECT_QUANTITIES, SUBORDINATORS } from '../quotes/lexicon';
import { BRACKETED_INITIALS, initialsInBrackets, type Tok } from '../quotes/tokens';
import { finite } from './bareClause';
import { contentStart } from './fronted';
import { AUXILIARIES, IS_ARE_WAS_WERE } from './lexicon';
import type { SentenceContext } from './report';
import { looksAdverb } from '../text/adverbs';
import { LED_PERIODS, MONTHS, PARTS_OF_DAY, RELATIVE_TIME, TIME_UNITS, WEEKDAYS } from '../text/calendar';
import { digitFirst } from '../text/wordShape';

/** Words that open an adverbial phrase before the main clause ("In December, the prince called …"). */
const OPENING_ADVERBIAL_WORDS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'amid', 'among', 'following', 'from', 'across', 'against',
  'throughout', 'within', 'beyond', 'around', 'toward', 'towards', 'into', 'upon', 'like', 'unlike', 'to', 'of', 'about', 'even', 'given', 'after',
  'before', 'during', 'since', 'until', 'when', 'while', 'as', 'if', 'though', 'although', 'because', 'by', 'for', 'with', 'without', 'despite',
  'under', 'over', 'last', 'this', 'earlier', 'later', 'now', 'then', 'still', 'meanwhile', 'instead', 'however', 'yet', 'also', 'once']);
/** Adverbs of time or sequence that open a sentence before its subject ("Then she shattered party norms, pledging …"). */
const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(['then', 'now', 'later', 'earlier', 'still', 'meanwhile', 'instead', 'also', 'yet']);
/** Participles that open a phrase before the main clause ("Asked about his paid speeches in the 2016 race, Huckabee’s campaign said …"). */
const OPENING_PARTICIPLES: ReadonlySet<string> = new Set(['asked', 'pressed', 'questioned', 'absent']);
/** One of the words or an adverb in -ly. */
export const isOpeningAdverbial = (l: string): boolean => OPENING_ADVERBIAL_WORDS.has(l) || looksAdverb(l) || OPENING_PARTICIPLES.has(l);
/** The most tokens of an opening span of time before its comma ("Four hours earlier", "A few days later"). */
const TIME_SPAN_TOKENS = 4;

/**
 * A span of time placed from another time and its comma open the sentence at s, before c: "⟨Four hours earlier,⟩ a
 * Clinton campaign memo was released …" (PolNeAR train, Washington Post 2016-02-10), "Two weeks ago, …".
 */
function spanOfTimeOpening(toks: Tok[], s: number, c: number): boolean {
  for (let k = s + 2; k < c && k <= s + TIME_SPAN_TOKENS; k++) {
    if (toks[k].t === ',') return RELATIVE_TIME.has(toks[k - 1].l) && TIME_UNITS.has(toks[k - 2].l);
    if (toks[k].punct) return false;
  }
  return false;
}

/** Words of a time after an opening preposition with no comma ("On Sunday morning", "By Sunday afternoon", "Last week"). */
const OPENING_TIME: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS, ...PARTS_OF_DAY, ...LED_PERIODS, 'last', 'this', 'that', 'early', 'late']);

/**
 * The subject right after an opening word and the words of a time, with no comma between: "On Sunday morning ⟨Mr.
 * Trump⟩ made a third attempt to deflect Mr. Khan's criticism, writing on Twitter that …" (PolNeAR train, NYT
 * 2016-08-01), "By Sunday afternoon ⟨she⟩ had canceled a much-heralded joint rally …, citing the attack" (Washington
 * Post 2016-06-13), "And even ⟨Obama⟩ tried to help them off the hook, noting that …". A name or a pronoun, the subject
 * of the clause's first verb; null otherwise.
 */
function subjectPastOpeningTime(toks: Tok[], s: number, c: number): Mention | null {
  const v = firstVerb(toks, s, c);
  if (v < 0) return null;
  const m = subjectBefore(toks, v - 1, s);
  if (!m || m.j !== v || m.i <= s || (m.kind !== 'name' && m.kind !== 'pronoun')) return null;
  for (let k = s + 1; k < m.i; k++) if (!OPENING_TIME.has(toks[k].l)) return null;
  return m;
}

/** How far the first comma may close an opening adverbial phrase. */
const OPENING_REACH = 16;
/** The longest subject, in tokens ("The attorney general of the state of New York"). */
const MAX_SUBJECT = 12;

/** The most words of a description set off by commas after a name ("…, a Massachusetts Democrat, …"). */
const APPOSITION_WORDS = 8;

/**
 * Past an apposition set off by commas, from the comma at token v: a name after the subject's description ("France’s
 * far-right National Front party leader, Marine Le Pen, voiced …") or a description after the subject's name ("Sen.
 * Elizabeth Warren, a Massachusetts Democrat, criticized …"): the token after the closing comma, or v when there is none.
 */
function pastNameApposition(toks: Tok[], v: number): number {
  if (toks[v].t !== ',') return v;
  const r = runAt(toks, v + 1);
  if (r && r.i === v + 1) return toks[r.j]?.t === ',' ? r.j + 1 : v;
  if (!DETERMINERS.has(toks[v + 1]?.l ?? '') || !toks[v - 1]?.cap) return v;
  for (let k = v + 2; k < toks.length && k <= v + APPOSITION_WORDS; k++) {
    const t = toks[k];
    if (t.t === ',') return k + 1;
    if (t.punct || finite(t) || AUXILIARIES.has(t.l)) return v;
  }
  return v;
}

/** The mention opens the clause at s, past a title of its name ("Sen. Elizabeth Warren"). */
function opensClause(toks: Tok[], s: number, m: Mention): boolean {
  for (let k = s; k < m.i; k++) if (!toks[k].cap || toks[k].punct) return false;
  return m.i >= s;
}

/**
 * The mention is a name right after the description that opens the clause at s with an article, no comma between: "⟨The
 * business association ANIS⟩ said in a statement that …, and warned that …" (test/fixtures/outlets
 * sm-sanmarinortv-aass-electricity-tariffs.txt, whose second report was missed), "The opposition leader Mario Rossi
 * said …, and warned that …". The description's words are lower-case nouns or adjectives: no verb, preposition or
 * conjunction among them.
 */
function describedName(toks: Tok[], s: number, m: Mention): boolean {
  if (m.kind !== 'name' || !ARTICLES.has(toks[s].l) || m.i < s + 2) return false;
  for (let k = s + 1; k < m.i; k++) {
    const t = toks[k];
    if (t.cap || t.punct || t.poss || PREPOSITIONS.has(t.l) || NOT_NOUN.has(t.l) || finite(t) || AUXILIARIES.has(t.l)) return false;
  }
  return true;
}

/**
 * The name a subject's description is set off with ("…, Marine Le Pen, voiced"): between two commas (past an honorific
 * of address it opens with: "The Mayor of Makeni, Her Worship NAME, defended the fee, saying …", a Sierraloaded-style
 * probe, test/fixtures/outlets sl-sierraloaded-makeni-okada-permit-fee.txt, probes-uj, had no speaker).
 */
const setOffByCommas = (toks: Tok[], m: Mention): boolean => toks[nameOpening(toks, m.i) - 1]?.t === ',' && toks[m.j]?.t === ',';

/** The clause's first verb with tense after token s, before c; -1 when none is seen. */
function firstVerb(toks: Tok[], s: number, c: number): number {
  let skipped = 0;
  for (let v = s + 1; v < c && v <= s + MAX_SUBJECT + skipped; v++) {
    const t = toks[v], prev = toks[v - 1];
    const past = pastNameApposition(toks, v);
    if (past > v) { skipped += past - v; v = past - 1; continue; }
    // (past a body's initials in brackets before the apposition: "The secretary-general of the Association of Cashew
    // Exporters of Guinea-Bissau (AECGB), Mr. NAME, said that …, but warned that …", "the president of the artisanal
    // section of the National Federation of Fisheries (FNP), Mr. NAME, welcomed the new floor price but said that …",
    // probes-nn (forty-second session), test/fixtures/outlets gw-odemocrata-cashew-farmgate-price.txt and
    // mr-ami-nouadhibou-octopus-season.txt, whose second report was missed)
    if (initialsInBrackets(toks, v) && toks[v - 1]?.cap && toks[v + BRACKETED_INITIALS]?.t === ',') { skipped += BRACKETED_INITIALS; v += BRACKETED_INITIALS - 1; continue; }
    if (t.punct) return t.t === '(' || t.t === ')' ? -2 : -1;
    // (a say-verb is no noun but the clause's verb: "The company said it would not …, warning that …")
    if (t.cap || t.poss || NOT_NOUN.has(t.l) && !AUXILIARIES.has(t.l) && !finite(t)) continue;
    if (finite(t) || AUXILIARIES.has(t.l)) {
      if (!DETERMINERS.has(prev.l)) return v;
      // ("⟨Many⟩ spoke about …": a quantifier alone is the subject; "The ⟨retired⟩ neurosurgeon has …": a participle
      // after an article is the noun's adjective)
      if (v - 1 === s && QUANTIFIER_SUBJECTS.has(prev.l)) return v;
      if (ARTICLES.has(prev.l) && /[^e]ed$/.test(t.l)) continue;
      return -1;
    }
    // (a verb in the present after its subject: "CITIC runs an oil field", not "the Republican field")
    if (/[^su]s$/.test(t.l) && !prev.punct && !prev.poss && !DETERMINERS.has(prev.l) && !PREPOSITIONS.has(prev.l) && DETERMINERS.has(toks[v + 1]?.l ?? '')) return v;
  }
  return -1;
}

/** How many tokens may stand between a cleft's "it was" and its "that" ("at the conference", "less than two weeks ago"). */
const CLEFT_FOCUS = 10;

/**
 * The subject of the clause after a cleft's "that", for a cue read back to the cleft's "it" that opens the sentence: "It
 * was at the conference that ⟨Swanson⟩ delivered his tirade …, pointing to …" (PolNeAR train, Huffington Post
 * 2016-03-15), "It was less than two weeks ago that, standing on stage at the Wells Fargo Center in Philadelphia, ⟨Khizr
 * Khan⟩ pulled his worn pocket-sized copy of the Constitution from his pocket and defiantly offered to loan it to Trump"
 * (USA Today 2016-08-09): both were "It", read as the nearest plural or thing before it. The focus between "it was"
 * and "that" has no mark; the clause may open with a phrase set off by commas. Null when the mention is no such "it" or
 * the clause's subject does not open it before the cue at c.
 */
export function cleftSubject(ctx: SentenceContext, m: Mention, c: number): Mention | null {
  const { toks } = ctx;
  if (m.kind !== 'pronoun' || toks[m.i].l !== 'it' || m.i !== contentStart(ctx) || !IS_ARE_WAS_WERE.has(toks[m.j]?.l ?? '')) return null;
  let t = m.j + 1;
  while (t < c && t <= m.j + CLEFT_FOCUS && toks[t].l !== 'that' && !toks[t].punct) t++;
  if (t >= c || toks[t].l !== 'that' || t === m.j + 1) return null;
  let s = t + 1;
  if (toks[s]?.t === ',') {
    let close = s + 1;
    while (close < c && close <= s + OPENING_REACH && toks[close].t !== ',') close++;
    if (toks[close]?.t !== ',' || close >= c) return null;
    s = close + 1;
  }
  const v = firstVerb(toks, s, c);
  if (v < 0) return null;
  const found = subjectBefore(toks, v - 1, s);
  return found && found.j <= c && opensClause(toks, s, found) ? found : null;
}

/** How far back from a "what" or "how" the subordinator of the clause holding it may stand. */
const SUBORDINATE_REACH = 20;

/**
 * The subject of the subordinate clause that holds token w (a "what" or "how" after its verb): "And it comes as ⟨her
 * potential Republican rivals⟩ have called for Clinton to be prosecuted for what they say was …" (PolNeAR train,
 * Washington Post 2016-01-31). The clause opens with a lower-case subordinator no mark stands after, its subject right
 * after it and its first verb before w. Null when w is in no such clause.
 */
export function subordinateClauseSubject(ctx: SentenceContext, w: number): Mention | null {
  const { toks, a } = ctx;
  let o = w - 1;
  while (o > a && o >= w - SUBORDINATE_REACH && !toks[o].punct && !(SUBORDINATORS.has(toks[o].l) && !toks[o].cap)) o--;
  if (o <= a || toks[o].punct || !SUBORDINATORS.has(toks[o].l) || toks[o].cap) return null;
  const v = firstVerb(toks, o + 1, w);
  if (v < 0) return null;
  const found = subjectBefore(toks, v - 1, o + 1);
  if (!found || found.j !== v) return null;
  if (found.i === o + 1) return found;
  // (the words before the subject found are its modifiers: "her potential ⟨Republican rivals⟩")
  for (let k = o + 1; k < found.i; k++) if (toks[k].punct || PREPOSITIONS.has(toks[k].l) || SUBJECT_ENDS.has(toks[k].l) || finite(toks[k]) || AUXILIARIES.has(toks[k].l)) return null;
  return { s: toks[o + 1].s, e: found.e, kind: 'description', i: o + 1, j: v, head: toks[v - 1].l };
}

/** The subject of the main clause of the sentence, before token c (the cue or the conjunction before it); null when unsure. */
export function mainClauseSubject(ctx: SentenceContext, c: number): Mention | null {
  const { toks } = ctx;
  let s = contentStart(ctx);
  if (s >= c) return null;
  // ("Then he cut into Bush, calling him a “stiff” …": a sentence adverb right before a pronoun, with no comma of its own)
  const pronoun = toks[s + 1];
  if (SENTENCE_ADVERBS.has(toks[s].l) && s + 1 < c && PERSONAL_SUBJECT_PRONOUNS.has(pronoun.l) && pronoun.l === pronoun.t.toLowerCase()) {
    return { s: pronoun.s, e: pronoun.e, kind: 'pronoun', i: s + 1, j: s + 2 };
  }
  if (isOpeningAdverbial(toks[s].l) || spanOfTimeOpening(toks, s, c)) {
    let comma = s + 1;
    while (comma < c && comma <= s + OPENING_REACH && toks[comma].t !== ',') comma++;
    // (no comma of its own before the participle's: a name or pronoun right after the opening word and its time)
    if (toks[comma]?.t !== ',' || comma >= c - 1) return subjectPastOpeningTime(toks, s, c);
    s = comma + 1;
  }
  const first = toks[s];
  if (!first || first.punct || SUBJECT_ENDS.has(first.l) || PREPOSITIONS.has(first.l)) return null;
  const v = firstVerb(toks, s, c);
  if (v < 0) return null;
  const m = subjectBefore(toks, v - 1, s);
  if (m && (opensClause(toks, s, m) || setOffByCommas(toks, m) || describedName(toks, s, m))) return m;
  // (a subject read inside a preposition's phrase, "… of New York", "… inside Trump Tower", is the end of the noun
  // phrase below; any other opens no clause here)
  // ("Shortly after the merger announcement, the families of the company's founders had mobilized, warning …": past the article)
  const link = m && DETERMINERS.has(toks[m.i - 1]?.l ?? '') ? 2 : 1;
  if (m && !PREPOSITIONS.has(toks[m.i - link]?.l ?? '')) return null;
  // a plain noun phrase opening the clause: "The attorney general of the state of New York"
  if (/ing$/.test(first.l) || !(first.cap || first.poss || DETERMINERS.has(first.l) || digitFirst(first.t) || SUBJECT_QUANTITIES.has(first.l)) || first.l === 'that') return null;
  for (let k = s + 1; k < v; k++) if (toks[k].punct || SUBJECT_ENDS.has(toks[k].l)) return null;
  const last = toks[v - 1];
  if (!last.cap && (PREPOSITIONS.has(last.l) || DETERMINERS.has(last.l))) return null;
  return { s: first.s, e: last.e, kind: 'description', i: s, j: v, head: last.l };
}
