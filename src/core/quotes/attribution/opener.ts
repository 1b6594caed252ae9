/**
 * The subject a sentence opens with: a name or a pronoun after any dateline, opening conjunction and introductory
 * phrase ("At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders … endorsed …, saying", "But Sen. Pat
 * Toomey (R-Pa.) refused …, responding that …"; a relative clause closed by its comma is no main clause: "… after
 * Mr. Trump, who has been leading in polls here, held a news conference …, saying" → Mr. Trump), or a description of
 * a person or body followed by its verb ("the GOP presidential candidate | sent out", "His office | put out", "The former
 * first lady | calls": a role the people lexicon knows), past a quantifier's number words ("Several hundred students |
 * gathered in front of the National Assembly on Thursday …, saying that …", "Several hundred demonstrators | took to the
 * streets", not "Several"). A name before a noun of the press or a document opens one subject with it ("Turkish media |
 * reported that …", "The Democratic platform explicitly recognizes transgender people, outlining …": speakingThingAfter).
 */
import { endsInS } from '../../text/endings';
import { isNumberWord } from '../../figures/numberWords';
import { AGE_NOUN, ARTICLES, BE_FORMS, CUES, DESCRIPTION_OPENERS, DETERMINERS, GROUP_NOUNS, IRREGULAR_PAST, NOT_NOUN, OPENING_CONJUNCTIONS, OPENING_PHRASE_FOLLOWERS, PREPOSITIONS, PRESS_NOUNS, QUANTIFIER_SUBJECTS, REGULAR_PAST, RELATIVE_PRONOUNS, ROLE_HINT, ROLE_PREPOSITIONS, SENTENCE_ADVERBS, VERB_PARTICLES } from '../lexicon';
import { isDocumentNoun } from '../../people/documents';
import { isPluralPeopleNoun, isRoleNoun, isVerbForm } from '../../people/lexicon';
import { inPortfolioList, PORTFOLIO_LINK, PORTFOLIO_OPENING } from '../../people/portfolio';
import { looksAdverb } from '../../text/adverbs';
import { afterDateline, midSentenceCaps, runAt } from '../names';
import type { Tok } from '../tokens';
import { nameMention, type Mention } from './mention';
import { subjectAfter } from './subjectAfter';

/** How far into the sentence the comma closing an introductory phrase may stand. */
export const INTRODUCTION_REACH = 25;
/** The most words of a relative clause between commas ("…, who has been leading in polls here, held"). */
const RELATIVE_CLAUSE_REACH = 20;
/** The most words a description opening a sentence may take before its verb. */
const OPENING_DESCRIPTION_REACH = 6;

/** The subject a sentence opening at startTok has before token `ceil`: a name or a pronoun (a group noun after a name makes a description). */
export function sentenceOpener(toks: Tok[], startTok: number, ceil: number): Mention | null {
  startTok = afterDateline(toks, startTok, ceil);
  // "But Sen. Pat Toomey (R-Pa.) refused …, responding that …", "And Trump …": past a conjunction opening the sentence
  if (OPENING_CONJUNCTIONS.has(toks[startTok]?.l ?? '') && startTok + 1 < ceil && !toks[startTok + 1].punct) startTok++;
  const first = subjectAfter(toks, startTok, ceil);
  // "Speaking at a town hall …, Trump went after Bush", "Hours later, Trump …": a capitalised opening word is no name
  const opening = first && first.kind === 'name' && first.j - first.i === 1
    && (/(?:ing|ly|ed)$/.test(toks[first.i].l) || OPENING_PHRASE_FOLLOWERS.has(toks[first.j]?.l ?? '')
      // ("First, Trump identified the judge as “Spanish,”" in an article that also writes "America First": PolNeAR train)
      || SENTENCE_ADVERBS.has(toks[first.i].l) || !midSentenceCaps(toks).has(toks[first.i].l));
  // "Sanders supporters are crying “fraud”", "Clinton aides said": a name before a group noun modifies it
  // ("Legal observers note …", "Democratic leaders are worried …", PolNeAR train: any plural people noun; not after an
  // opening verb in -s that no sentence writes capitalised elsewhere: "Calls men derogatory names")
  // ("Several hundred students gathered in front of the National Assembly on Thursday …, saying that …", a Slovenia
  // Times-style probe, test/fixtures/outlets si-sloveniatimes-ljubljana-student-rents.txt, and "Several hundred
  // demonstrators … took to the streets …", PolNeAR train, USA Today 2016-07-27: a quantifier and a number word before the
  // group, which were "Several")
  const noun = first ? pastCountWords(toks, first) : 0;
  const after = first ? toks[noun] : undefined;
  // (not a word in -s before an article, the name's verb and its object: "Citizens for Tax Justice advocates a litany of
  // rules … to tell ''…''", PolNeAR dev, NYT 2016-10-04, once "advocate" was a role, ../../people/lexicon.ts NEWS_ROLES)
  if (first && first.kind === 'name' && after && !after.cap && (peopleNounAt(after) && !(opening && endsInS(toks[first.i].l) && !GROUP_NOUNS.has(after.l)) && !verbBeforeArticle(toks, noun)
    || (opening && modifiesPluralNoun(toks, first.i)) || speakingThingAfter(toks, first))) {
    return { s: first.s, e: after.e, kind: 'description', i: first.i, j: noun + 1, head: after.l };
  }
  // ("PML-N leader and former federal food minister Makhdoom Khusro-ul-Mulk broke ranks …, telling …": a name before a
  // role and "and" modifies that role, the second role's name the subject; an Express Tribune-style probe,
  // test/fixtures/outlets pk-tribune-wheat-sit-in.txt, where the party "PML-N" was the source)
  const second = first && first.kind === 'name' && first.j - first.i === 1 ? nameAfterRoleAnd(toks, first.j, ceil) : null;
  if (second) return second;
  // "Sekhon's office rejected the comparison, saying …": a possessive name is no subject (a Toronto Star-style probe,
  // test/fixtures/outlets ca-star-transit.txt, and PolNeAR train cases; first written on a PolNeAR dev example, "Gary
  // Johnson’s doctor is calling …"), the full name after it is ("The Blaze’s Matt Walsh provided …")
  if (first && !opening && first.kind !== 'description' && !toks[first.j - 1].poss && !modifiesRole(toks, first)) return first;
  if (first && toks[first.j - 1].poss) return ownersName(toks, first, ceil);
  for (let x = startTok; x < ceil - 1 && x < startTok + INTRODUCTION_REACH; x++) {
    if (toks[x].t !== ',') continue;
    const m = subjectAfter(toks, x + 1, ceil) ?? ownersName(toks, runAt(toks, x + 1), ceil);
    // ("One early supporter, Representative Lee Zeldin, Republican of New York, gave the technique a whirl …: ''…''":
    // the name set beside the description that opens the sentence, its own comma after it; PolNeAR train)
    const besideOpening = m?.kind === 'name' && toks[m.j]?.t === ',' && (closesOpeningDescription(toks, startTok, x) || closesOpeningOffice(toks, first, x));
    // ("…, Rep. Hakeem Jeffries (D-N.Y.) reacted": a party tag may follow the name)
    if (!m || m.kind === 'description' || m.j >= ceil || toks[m.j - 1].poss || (toks[m.j].punct && toks[m.j].t !== '(' && !besideOpening)) continue;
    // (a department after a comma in a title's list of portfolios is no subject: the name that ends the list after its
    // "and" is, "Minister of Electricity, Water and Renewable Energy Dr. Khalid Salem Al-Dhafeeri confirmed … but declined
    // to give a date for a decision", an Arab Times-style probe, test/fixtures/outlets
    // kw-arabtimes-investment-power-tariff.txt, whose refusal went to "Water"; one set off by its own comma comes next:
    // "Minister of Transport, Works and Water Resources, Senator Dr. Rommel Waithe-Bourne, told …")
    if (inPortfolioList(toks, m.i, m.j)) {
      const last = listEndingName(toks, m, ceil);
      if (last) return last;
      continue;
    }
    // (a name that modifies a group of people its verb follows makes a description with it, as one opening the sentence
    // does: "Therefore, Gulf sources believe Erdogan has joined an axis …", PolNeAR train, HuffPost 2016-08-29, was "Gulf";
    // not the object of a participle, "portraying Mexican immigrants, in particular, as "rapists"", Washington Post 2016-09-04)
    const group = groupOfName(toks, m);
    if (group && group.j < ceil && isVerbForm(toks[group.j].l) && !toks[group.j].cap) return group;
    if (!closedRelative(toks, m)) return m;
    // (the relative's antecedent named before its comma speaks: "hours after Mr. Trump, who has been leading in polls
    // here, held a news conference …, saying")
    const antecedent = x > startTok && toks[x - 1].cap ? runAt(toks, x - 1) : null;
    if (antecedent && antecedent.j === x && !toks[x - 1].poss) return nameMention(toks, antecedent.i, antecedent.j);
  }
  return null;
}

/** The most number words of a group's count read after its quantifier ("Several | hundred thousand"). */
const COUNT_WORDS = 3;

/**
 * The token past the number words after a one-word quantifier the name run m read ("Several | hundred | students",
 * "Many | thousands"), else m.j: a group's count, no part of its name.
 */
function pastCountWords(toks: Tok[], m: Mention): number {
  let j = m.j;
  if (j !== m.i + 1 || !QUANTIFIER_SUBJECTS.has(toks[m.i].l)) return j;
  while (j < m.j + COUNT_WORDS && toks[j] && !toks[j].cap && isNumberWord(toks[j].l)) j++;
  return j;
}

/**
 * The portfolio list's last item and the holder's name after it in one run, from the department m after a comma of the
 * list, when a word, no mark, follows the run: "Water | and | Renewable Energy Dr. Khalid Salem Al-Dhafeeri | confirmed"
 * (read as the quote rules read the whole run, the holder's name past the portfolio); null otherwise.
 */
function listEndingName(toks: Tok[], m: Mention, ceil: number): Mention | null {
  const run = toks[m.j]?.l === 'and' ? runAt(toks, m.j + 1) : null;
  return run && run.j < ceil && !toks[run.j].punct ? nameMention(toks, m.i, run.j) : null;
}

/**
 * The capitalised word at token k, opening its sentence, modifies the lower-case plural noun after it, which the plural's
 * verb follows: "Opinion polls see Le Pen making it to an early May run-off" (PolNeAR train, HuffPost 2016-08-31, where
 * "She" of the next sentence went to "Opinion"), "Exit polls showed …", "Polling stations opened …" — no one's name
 * ("Trump wins the primary", "Cruz hopes voters …": a verb in -s takes an object, not a verb).
 */
export function modifiesPluralNoun(toks: Tok[], k: number): boolean {
  const noun = toks[k + 1], verb = toks[k + 2];
  if (!noun || !verb || noun.cap || verb.cap || noun.punct || verb.punct || !/^\p{Ll}+$/u.test(noun.t) || !endsInS(noun.l)) return false;
  // (a verb in -s is no noun: "Clinton has expressed concerns", "Gagnon-Poirier has heard")
  if (isVerbForm(noun.l) || CUES.has(noun.l) || BE_FORMS.has(noun.l)) return false;
  return pluralsVerb(verb.l);
}

/** A verb form a plural subject takes: a verb form not in -s ("see", "showed", "are", "have"), or a modal. */
const pluralsVerb = (w: string): boolean => (isVerbForm(w) || BE_FORMS.has(w) || CUES.has(w) || REGULAR_PAST.test(w)) && !endsInS(w) && w !== 'is';

/**
 * A lower-case noun of a document or of the press that a name before it modifies, the two one subject: "⟨Turkish media⟩
 * reported that …" (PolNeAR train, USA Today 2015-11-20), "⟨The Democratic platform⟩ explicitly recognizes transgender
 * people, outlining …" (Washington Post 2016-07-29) — the name alone was the source wherever the article writes it
 * capitalised mid-sentence too ("the Turkish government", "Democratic voters"). Not a verb form ("Trump tweets that …"),
 * not after a possessive ("President Obama's policy toward Syria … shows no sign of change", PolNeAR train, NYT
 * 2016-09-06, is no report), nor a noun that modifies the head after it ("Foreign policy analysts", PolNeAR dev).
 */
function speakingThingAfter(toks: Tok[], m: Mention): boolean {
  const t = toks[m.j], next = toks[m.j + 1];
  if (!t || t.cap || toks[m.j - 1].poss || !(isDocumentNoun(t.l) || PRESS_NOUNS.has(t.l)) || isVerbForm(t.l) || CUES.has(t.l)) return false;
  return !next || next.punct || next.cap || !(peopleNounAt(next) || isRoleNoun(next.l) || isDocumentNoun(next.l));
}

/** The word at token k ends in -s and an article follows it: a verb before its object, not a plural noun's head ("advocates a litany"). */
const verbBeforeArticle = (toks: Tok[], k: number): boolean => endsInS(toks[k].l) && ARTICLES.has(toks[k + 1]?.l ?? '');

/** A lower-case group noun or plural noun of people ("aides", "supporters", "voters"). */
const peopleNounAt = (t: Tok): boolean => !t.cap && (GROUP_NOUNS.has(t.l) || isPluralPeopleNoun(t.l));

/** The most modifiers between a name and the people it modifies ("Clinton | economic | advisers"). */
const MODIFIER_WORDS = 2;

/**
 * The group of people the name m modifies, with it, past modifiers that are no verb or function word: "Clinton economic
 * advisers", "Gulf sources" (the name gives the group's side, not the speaker); null for none.
 */
export function groupOfName(toks: Tok[], m: Mention): Mention | null {
  if (m.kind !== 'name') return null;
  for (let k = m.j; k <= m.j + MODIFIER_WORDS && k < toks.length; k++) {
    const t = toks[k];
    if (t.punct || t.cap) return null;
    if (peopleNounAt(t)) return { s: m.s, e: t.e, kind: 'description', i: m.i, j: k + 1, head: t.l };
    if (isVerbForm(t.l) || NOT_NOUN.has(t.l) || PREPOSITIONS.has(t.l) || DETERMINERS.has(t.l)) return null;
  }
  return null;
}

/** Lower-case words after a name that may end on a role ("party leader"). */
const ROLE_AFTER_NAME_REACH = 2;

/**
 * The name only modifies the role after it, which a comma closes: "France’s far-right National Front party leader,
 * Marine Le Pen, voiced …" (PolNeAR train, HuffPost 2016-08-31): the subject is the name set beside that description.
 */
function modifiesRole(toks: Tok[], m: Mention): boolean {
  for (let k = m.j; k < m.j + ROLE_AFTER_NAME_REACH; k++) {
    const t = toks[k];
    if (!t || t.punct || t.cap) return false;
    if (toks[k + 1]?.t === ',') return isRoleNoun(t.l);
  }
  return false;
}

/**
 * A lower-case role noun at k, then "and" and a name (after its own role words): that name ("leader | and former
 * federal food minister Makhdoom Khusro-ul-Mulk"); null when the words are no such roles.
 */
function nameAfterRoleAnd(toks: Tok[], k: number, ceil: number): Mention | null {
  const role = toks[k];
  if (!role || role.cap || role.punct || !isRoleNoun(role.l) || toks[k + 1]?.l !== 'and' || k + 2 >= ceil) return null;
  const m = subjectAfter(toks, k + 2, ceil);
  return m && m.kind === 'name' && m.j - m.i >= 2 ? m : null;
}

/**
 * The comma at x closes a description that opens the sentence at startTok: a determiner and lower-case words
 * ("Another critic,"), or an owner's possessive and words that end on a role ("France’s far-right National Front party
 * leader,").
 */
function closesOpeningDescription(toks: Tok[], startTok: number, x: number): boolean {
  if (x < startTok + 2) return false;
  if (toks[startTok].poss && toks[startTok].cap) return isRoleNoun(toks[x - 1].l) && !toks[x - 1].cap;
  if (!DETERMINERS.has(toks[startTok].l)) return false;
  for (let k = startTok + 1; k < x; k++) if (toks[k].punct || toks[k].cap) return false;
  return true;
}

/**
 * Lower-case words of an office's portfolio after its title ("Minister of State | in charge of | Transport"): the links
 * of a title to its portfolio (../../people/portfolio.ts PORTFOLIO_LINK), "in charge of" and the "and" of two departments.
 */
const PORTFOLIO_LINKS: ReadonlySet<string> = new Set([...PORTFOLIO_LINK, 'charge', 'and']);

/**
 * The comma at x closes an office's description that opens the sentence (`first`, its title words and "of" or "for": a
 * portfolioOffice) and the rest of its portfolio: "The Minister of State in charge of Transport, Hon. Jean de Dieu
 * Habyarimana-Nkusi, defended the change, noting that …" (a New Times-style probe, test/fixtures/outlets
 * rw-newtimes-kigali-bus-fares, probes-nn, where the participle's source was "State").
 */
function closesOpeningOffice(toks: Tok[], first: Mention | null, x: number): boolean {
  // (or "for": "Minister for Agriculture and Lands, Hon. Lennox Andrews-Bartholomew, said …", a NOW Grenada-style probe,
  // test/fixtures/outlets gd-nowgrenada-nutmeg-bonus-delay.txt, probes-qq, whose subject was no one's)
  if (!first || first.kind !== 'description' || first.j > x || !toks.slice(first.i, first.j).some(t => PORTFOLIO_OPENING.has(t.l))) return false;
  for (let k = first.j; k < x; k++) if (toks[k].punct || !(toks[k].cap || PORTFOLIO_LINKS.has(toks[k].l))) return false;
  return true;
}

/**
 * The full name right after the possessive `owner`, followed by its verb: "In an effort to identify those blacklisted,
 * The Blaze’s Matt Walsh provided a philosophical justification for a blacklist, saying …" → Matt Walsh (PolNeAR
 * train); not "Clinton’s Wall Street speeches" (no verb after it), nor "The Washington Post's Robert Costa reported, …" (an
 * aside).
 */
function ownersName(toks: Tok[], owner: { i: number; j: number } | null, ceil: number): Mention | null {
  if (!owner || !toks[owner.j - 1].poss) return null;
  const r = runAt(toks, owner.j);
  const next = r ? toks[r.j] : undefined;
  if (!r || r.i !== owner.j || r.j >= ceil || r.j - r.i < 2 || toks[r.j - 1].poss || !next || next.cap || next.punct || !isVerbForm(next.l)) return null;
  // (not a noun before a role: "France’s far-right National Front party leader, Marine Le Pen, voiced …")
  if (isRoleNoun(toks[r.j + 1]?.l ?? '')) return null;
  // (not a verb set off as an aside: "As the Washington Post's Robert Costa reported, his wife whispered to him: …")
  if (toks[r.j + 1]?.t === ',') return null;
  return nameMention(toks, r.i, r.j);
}

/**
 * The mention is a relative pronoun whose clause a comma closes before the main verb: "The influential delegate and
 * conservative activist, who backs Cruz, warned of a “ferocious” battle" (PolNeAR train) — it opens no main clause
 * (but "…, who held a news conference …, mocking …" and "…, who is running for Congress and who worked the crowd,
 * praising …" do: the participle is the relative clause's own).
 */
function closedRelative(toks: Tok[], m: Mention): boolean {
  if (!RELATIVE_PRONOUNS.has(toks[m.i].l)) return false;
  let x = m.j;
  while (x < toks.length - 1 && x < m.j + RELATIVE_CLAUSE_REACH && !toks[x].punct) x++;
  const next = toks[x + 1];
  return toks[x]?.t === ',' && !!next && !next.punct && !next.cap && !/ing$/.test(next.l);
}

/**
 * A description of a person or body starting at token k and followed by its verb, before token `limit`: "the GOP
 * presidential candidate | sent out", "a familiar voice | celebrated", "Sanders’ campaign | called", "His office | put out"
 * (`openers`: the words it may open with besides an owner's possessive; the writer's own, "My mother | has", too where
 * a caller asks).
 */
export function descriptionOpening(toks: Tok[], k: number, limit: number, openers: ReadonlySet<string> = DESCRIPTION_OPENERS): Mention | null {
  const stop = (t: Tok) => t.punct || PREPOSITIONS.has(t.l) || NOT_NOUN.has(t.l) || DETERMINERS.has(t.l) || CUES.has(t.l);
  const owner = toks[k]?.cap ? runAt(toks, k) : null;
  const from = owner && owner.i === k && toks[owner.j - 1].poss ? owner.j : openers.has(toks[k]?.l ?? '') ? k + 1 : -1;
  if (from < 0) return null;
  let j = from;
  // (a past-tense verb ends it: "Hillary Clinton’s right-hand woman | rallied supporters")
  while (j < limit && j < k + OPENING_DESCRIPTION_REACH && !stop(toks[j]) && !(j > from && /[^e]ed$/.test(toks[j].l) && !toks[j].cap)) j++;
  // the head is the last word before the verb
  // (when what stops it takes an object or a particle — "sent | out", "celebrated | the" — not a verb or an auxiliary:
  // "The conservative publication | has been", "the Republican presidential candidate | told")
  if (j < limit && j - 1 > from && !toks[j - 1].cap && !toks[j].punct && (DETERMINERS.has(toks[j].l) || (PREPOSITIONS.has(toks[j].l) && toks[j].l !== 'of') || VERB_PARTICLES.has(toks[j].l))) j--;
  while (j > from + 1 && /ed$/.test(toks[j - 1].l)) j--;
  const head = toks[j - 1];
  // (or people: "In response to the filings, Cruz’s lawyers relied on …", PolNeAR train)
  // (or an age, which stands for a person as a role does: "Asked whether she would stay on …, the 57-year-old laughed. ⏎
  // “…,” she said.", a Globe and Mail-style probe, where "she" went to the minister named before)
  if (j > from && j < limit && !head.cap && (ROLE_HINT.test(head.l) || isRoleNoun(head.l) || isPluralPeopleNoun(head.l) || GROUP_NOUNS.has(head.l) || AGE_NOUN.test(head.l)) && !toks[j].cap && !toks[j].punct && !PREPOSITIONS.has(toks[j].l)) {
    return { s: toks[k].s, e: head.e, kind: 'description', i: k, j, head: head.l };
  }
  // "A spokeswoman for the House Armed Services Committee emailed …": a role with its body after it
  if (j === from + 1 && j < limit && ROLE_PREPOSITIONS.has(toks[j].l) && !head.cap && ROLE_HINT.test(head.l) && k !== from) {
    return { s: toks[k].s, e: head.e, kind: 'description', i: k, j, head: head.l };
  }
  return null;
}

/** How far into the sentence the comma before a main clause that opens with a description may stand. */
const MAIN_CLAUSE_REACH = 20;
/** A main clause after its comma has at least a word and its verb before the limit. */
const MAIN_CLAUSE_MIN_TOKENS = 2;

/**
 * A description opening the sentence at startTok or its main clause after one of the first commas ("The GOP
 * presidential candidate sent out an email", "In the hours after, a familiar voice celebrated the attacks").
 */
export function descriptionOpeningAnyClause(toks: Tok[], startTok: number, limit: number): Mention | null {
  // (past a dateline: "WASHINGTON, Dec. 8 (UPI) — In response to …, Hillary Clinton’s right-hand woman rallied
  // supporters, saying: “…”", PolNeAR train)
  startTok = afterDateline(toks, startTok, limit);
  let d = descriptionOpening(toks, startTok, limit);
  for (let x = startTok; !d && x < limit - MAIN_CLAUSE_MIN_TOKENS && x < startTok + MAIN_CLAUSE_REACH; x++) if (toks[x].t === ',') d = descriptionOpening(toks, x + 1, limit);
  return d;
}

/** A word in the past ("celebrated", "posted", "ranged", "began") or a cue ("says"): a lead-in's verb. */
const pastOrCue = (t: Tok): boolean => !t.cap && !t.punct && (REGULAR_PAST.test(t.l) || IRREGULAR_PAST.has(t.l) || CUES.has(t.l));
/** Token j, past the word after the determiner at p, is an adverb right before a verb in the past ("quickly blasted"). */
const adverbBeforeVerb = (toks: Tok[], p: number, j: number): boolean => j > p + 1 && !!toks[j] && !toks[j].cap && looksAdverb(toks[j].l) && !!toks[j + 1] && pastOrCue(toks[j + 1]);
/** The most words a description before its verb in the past may take, its determiner left out. */
const PAST_DESCRIPTION_REACH = 5;

/**
 * A description of any noun ("a familiar voice", "Obama's first five questioners", "the justice") that opens the sentence at startTok or its main clause after an introductory phrase's comma, right before
 * a verb in the past or a cue, before token `limit` (PolNeAR train: "…, Calif., a familiar voice celebrated the
 * attacks on Twitter: ''…''", "In three separate interviews, the justice sounded off on Trump, saying …"). With
 * `verbReachesLimit`, no mark stands between that verb and the limit (a colon lead-in's one clause).
 */
export function descriptionBeforePast(toks: Tok[], startTok: number, limit: number, verbReachesLimit = false): Mention | null {
  startTok = afterDateline(toks, startTok, limit);
  for (let p = startTok; p < limit && p < startTok + INTRODUCTION_REACH; p++) {
    if (p > startTok && toks[p - 1].t !== ',') continue;
    if (!DESCRIPTION_OPENERS.has(toks[p].l) && !(toks[p].cap && toks[p].poss)) continue;
    let j = p + 1;
    for (; j < limit && j <= p + PAST_DESCRIPTION_REACH; j++) {
      const t = toks[j];
      // (a cue word followed by a verb is the head noun: "An early tweet | quoted", "Lazar's public defense counsel | asked")
      const nounBeforeVerb = pastOrCue(t) && !!toks[j + 1] && pastOrCue(toks[j + 1]);
      if (t.punct || PREPOSITIONS.has(t.l) || (NOT_NOUN.has(t.l) && !nounBeforeVerb) || adverbBeforeVerb(toks, p, j)) break;
      if (pastOrCue(t) && !nounBeforeVerb) break;
    }
    // (an adverb between the head and its verb: "Her campaign | quickly blasted out")
    const verb = adverbBeforeVerb(toks, p, j) ? j + 1 : j;
    if (j === p + 1 || verb >= limit || !pastOrCue(toks[verb]) || toks[j - 1].poss || toks[j - 1].cap) continue;
    if (verbReachesLimit && toks.slice(verb + 1, limit).some(t => t.punct)) return null;
    return { s: toks[p].s, e: toks[j - 1].e, kind: 'description', i: p, j, head: toks[j - 1].l };
  }
  return null;
}
