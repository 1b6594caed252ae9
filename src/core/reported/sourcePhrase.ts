/**
 * The source a reader sees: a report's source as the whole noun phrase that names who reports ("according to a memo
 * released Friday by the agency's watchdog", not "a memo released"), without the verb that governs a noun cue ("the
 * White House expressed | doubt that …" is the White House's), and never words that are no one: a Title Case
 * headline before its colon ("Carly Fiorina Endorses Ted Cruz: …"), the generic "you" ("you can bet that …"), the
 * modifier of a cue noun ("a failed promise to …").
 */
import { endsInS } from '../text/endings';
import { looksAdverb } from '../text/adverbs';
import { openingAntecedent, subjectBefore, type Mention } from '../quotes/attribution';
import { runAt } from '../quotes/names';
import { AUXILIARIES, BARE_VERBS, BELIEF_VERBS, CALENDAR_NAMES, CUES, DASHES, DEGREE_WORDS, DETERMINERS, IRREGULAR_PAST, isLongRegularPast, LINKING_VERBS, NOUN_AFTER_DET, NOUN_TOO, OBJECT_VERBS, PREPOSITIONS, QUANTIFIER_SUBJECTS, RELATIVES_BUT_WHOM, SUBJECT_PRONOUNS, SUBORDINATORS } from '../quotes/lexicon';
import { tokenAt, wordEnd, type Tok } from '../quotes/tokens';
import { firstNameGender, isCommonWord, isKnownOrganization, isPlace, isVerbForm, wordSet } from '../people/lexicon';
import { contentStart } from './fronted';
import { PARTS_OF_DAY, RELATIVE_DAYS, WEEKDAYS } from '../text/calendar';
import { ARTICLES, INDEFINITE_ARTICLES } from '../text/determiners';
import { isNumeral } from '../figures/numberWords';
import { isDocumentNoun } from '../people/documents';
import { mainClauseSubject, subordinateClauseSubject } from './mainSubject';
import { AND_OR, AND_OR_BUT, ASPECT_VERBS, AUX_OR_ADVERB, CLAUSE_OPENER, IS_ARE_WAS_WERE, PHRASE_PREPOSITION, SHARE_AND_COUNT_HEADS, SHARE_HEADS, TENSED_AUX } from './lexicon';
import { anyPreposition, finite, presentTense } from './bareClause';
import { absoluteSubject, absoluteWithAt, ADJUNCT_PREPOSITION, BY_PARTICIPLE, MAX_TAG, phraseHead, subjectUpTo, twoRolesOfOne } from './speaker';
import { commaBefore, dashAt } from './clause';
import type { Report, SentenceContext } from './report';
import { allDigits, digitFirst } from '../text/wordShape';

/** How many tokens a source's participle phrase may take ("released on Friday by Latino Decisions", "posted on the Internet by activists"). */
const MAX_PARTICIPLE_PHRASE = 12;
/** A participle that a phrase of time or agent follows ("released", "conducted", "taken", "reviewed"). */
const PARTICIPLE = /^(?:[a-z]+ed|taken|given|drawn|written|shown|seen|known|made|done)$/;
/** Words that end a source's participle phrase: a clause or a report of its own begins. */
const CLAUSE_WORD = wordSet('that|who|which|whom|whose|when|while|because|as|if|than|but|or|to|he|she|they|we|i|you|it|there|is|are|was|were|has|have|had|will|would');

const PREPOSITION_OR_TIME = wordSet('on|in|by|for|of|at|from|with|and|last|this');
/**
 * The whole source after "according to" when it ends on a participle: its time and its agent ("according to ⟨an
 * Associated Press-GfK poll released Thursday⟩", "according to ⟨a memo released Friday by the agency's watchdog⟩",
 * "according to ⟨early results of the exit poll conducted by Edison Research for the Associated Press and Television
 * Networks⟩"). The phrase stops at a mark, a dash, a clause word, a verb of saying or the content.
 */
export function wholeAccordingSource(ctx: SentenceContext, r: Report): void {
  const { toks, text, b } = ctx;
  const m = r.mention;
  const last = toks[m.j - 1];
  if (r.rule !== 'according-to' || !last || last.cap || !PARTICIPLE.test(last.l)) return;
  let j = m.j;
  while (j < b && j < m.j + MAX_PARTICIPLE_PHRASE) {
    const t = toks[j];
    if (t.punct || t.s >= r.s && t.s < r.e || CLAUSE_WORD.has(t.l) || (!t.cap && CUES.has(t.l) && !/^by$/.test(t.l))) break;
    if (/\S/.test(text.slice(toks[j - 1].e, t.s))) break;
    j++;
  }
  // (the phrase ends on a name, a noun or a time, not on a preposition or a determiner: "released on Friday by")
  while (j > m.j && (DETERMINERS.has(toks[j - 1].l) || PREPOSITION_OR_TIME.has(toks[j - 1].l))) j--;
  if (j > m.j) r.mention = { ...m, j, e: toks[j - 1].e };
}

/** The most tokens a list may add to an "according to" source after its first comma ("aides and allies"). */
const MAX_SOURCE_LIST = 10;

/**
 * The comma that closes a list going on from the source of an opening "According to X, …" at the comma k: "According
 * to interviews with more than a half-dozen of Cruz’s friends, ⟨aides and allies⟩, he wants to be engaged …" — the
 * list's last item follows "and" or "or", and no item holds a verb or a pronoun. Returns k when no list goes on.
 */
export function sourceListEnd(toks: Tok[], k: number, b: number): number {
  let last = false;
  for (let j = k + 1; j < b && j <= k + MAX_SOURCE_LIST; j++) {
    const t = toks[j];
    if (t.t === ',') {
      if (last && j > k + 2) return j;
      continue;
    }
    if (t.punct || SUBJECT_PRONOUNS.has(t.l) || CLAUSE_WORD.has(t.l) && !AND_OR.has(t.l)) return k;
    if (!t.cap && (AUXILIARIES.has(t.l) || IRREGULAR_PAST.has(t.l) || CUES.has(t.l) || /(?:ed|ly)$/.test(t.l))) return k;
    if (AND_OR.has(t.l)) { if (toks[j + 1]?.punct) return k; last = true; }
  }
  return k;
}

/**
 * The verb in "-s" of a Title Case headline before its colon, with more of the headline after it ("Carly Fiorina
 * Endorses Ted Cruz: …", "Trump Addresses Munich Attack: …", "Woman Steps Forward With Bombshell Claim: …", "Clinton
 * Wades In: …"): the headline's subject before it is the source (PolNeAR attributes what follows the colon to
 * Fiorina, Trump, the woman, Clinton), not the whole line. A surname in "-s" after a first name ("Bernie Sanders
 * Campaign"), a place or an organisation ("Des Moines Register") is no such verb. -1 when there is none.
 */
function headlineVerb(toks: Tok[], r: Report): number {
  if (r.rule !== 'headline') return -1;
  const m = r.mention;
  for (let k = m.i + 1; k < m.j; k++) {
    const w = toks[k], prev = toks[k - 1], next = toks[k + 1];
    if (!w.cap || w.poss || w.t.length < 4 || w.t === w.t.toUpperCase() || !/[^su'’]s$/.test(w.t)) continue;
    if (!next || next.s >= r.cue.s) continue;
    if (firstNameGender(prev.t) !== undefined && k - 1 === m.i) continue;
    const pair = `${prev.t} ${w.t}`;
    if (isPlace(pair) || isKnownOrganization(pair) || isPlace(`${pair} ${next.t}`) || isKnownOrganization(`${pair} ${next.t}`)) continue;
    return k;
  }
  return -1;
}

/** Modal verbs after which "you" is anyone ("you can bet", "you wouldn't know", "you should have said"). */
const GENERIC_MODAL = /^(?:can|could|should|might|may|must|can['’]t|couldn['’]t|wouldn['’]t|shouldn['’]t|won['’]t)$/;

/**
 * The generic "you" reports nothing: "you can bet that the Democrats do not want …", "something you wouldn’t know if
 * you listen to …", "You know times have changed when …". A "you" asked in an interview ("Q: Do you think …") is the
 * interviewee, and stays.
 */
function genericYou(toks: Tok[], r: Report): boolean {
  const m = r.mention;
  if (m.j - m.i !== 1 || toks[m.i].l !== 'you') return false;
  const next = toks[m.j];
  return !!next && (GENERIC_MODAL.test(next.l) || (next.l === 'know' && next.s === r.cue.s));
}

/** Cue forms that read as nouns after a modifier ("promise", "questions", "vows", "tweet", "states"). */
const NOUN_CUES = wordSet('questions|fears|hopes|doubt|doubts|states|plans|tweet');
const cueNoun = (l: string): boolean => NOUN_TOO.has(l) || NOUN_AFTER_DET.has(l) || NOUN_CUES.has(l);

/** Words that may stand before the modifier of a cue noun ("a failed", "the nagging", "his oft-stated", "other early"). */
const BEFORE_MODIFIER = /^(?:other|early|personally|oft|\w+ly)$/;

const POSSESSIVE_PRONOUN = wordSet('his|her|its|their|our|my|your');
/**
 * A source that is only the modifier of the cue's noun, with its determiner: "⟨a failed⟩ promise to change the tone",
 * "⟨the nagging⟩ questions about his polarizing candidacy", "⟨his oft-stated⟩ promise to build a border wall", "⟨a
 * personally signed⟩ tweet". The possessor, if any, is the source ("⟨Mr. Trump's⟩ fire-breathing vows to …"); else
 * there is none.
 */
function cueNounModifier(toks: Tok[], r: Report): 'none' | 'kept' | 'possessor' {
  const m = r.mention;
  const last = toks[m.j - 1], cue = toks[m.j];
  if (m.j - m.i < 2 || last.cap || !/(?:ed|ing)$/.test(last.l) || cue?.s !== r.cue.s || !cueNoun(cue.l)) return 'kept';
  let possessor = -1;
  for (let k = m.i; k < m.j - 1; k++) {
    const t = toks[k];
    if (t.poss) { possessor = k; continue; }
    if (possessor >= 0 && k > possessor) { if (!BEFORE_MODIFIER.test(t.l) && !/-/.test(t.l)) return 'kept'; continue; }
    if (!(DETERMINERS.has(t.l) || BEFORE_MODIFIER.test(t.l) || (t.cap && toks[k + 1]?.poss))) return 'kept';
  }
  if (possessor < 0) return 'none';
  const pronoun = POSSESSIVE_PRONOUN.has(toks[possessor].l);
  return pronoun ? 'none' : 'possessor';
}

/**
 * A source that ends on the verb governing a noun cue: "⟨the White House expressed⟩ doubt that …", "after ⟨the news
 * organization raised⟩ questions about …", "⟨a former Republican committee staffer announced⟩ plans to sue". The verb
 * joins the cue and the source is its subject; a gerund with no subject before it ("⟨candidates dodging⟩ questions
 * about …", "walking past a long line of caucus-goers and answering questions about") reports nothing.
 */
function governingVerb(toks: Tok[], r: Report): 'kept' | 'trimmed' | 'none' {
  const m = r.mention;
  if (m.j - m.i < 2 || toks[m.j]?.s !== r.cue.s || !cueNoun(toks[m.j].l)) return 'kept';
  let v = m.j - 1;
  // ("the documents raised ⟨new⟩ questions", "deflected ⟨numerous⟩ questions": an adjective of the cue noun after its verb)
  for (let n = 0; n < MAX_CUE_ADJECTIVES && v - 1 > m.i && adjectiveAfterVerb(toks, v); n++) v--;
  // ("Emanuel continues to face questions about …": the verb with its infinitive; "a chance to raise questions": none)
  if (v - 2 >= m.i && toks[v - 1].l === 'to' && !toks[v].cap && !toks[v].punct) {
    if (!/(?:[^s]s|ed)$/.test(toks[v - 2].l) || toks[v - 2].cap || v - 2 === m.i) return 'none';
    v -= 2;
  }
  const verb = toks[v];
  if (verb.cap) return 'kept';
  const before = toks[v - 1];
  const finite = isLongRegularPast(verb.l) || IRREGULAR_PAST.has(verb.l) || (/ing$/.test(verb.l) && (/['’]s$/.test(before.l) || IS_ARE_WAS_WERE.has(before.l)));
  if (!finite) return /ing$/.test(verb.l) && !before.poss && !DETERMINERS.has(before.l) && !CALENDAR_NAMES.has(before.l) && (before.l === 'and' || /s$/.test(before.l)) && !ARTICLES.has(toks[m.i].l) ? 'none' : 'kept';
  // (a participle after its noun is the noun's: "a memo released", "the photo Trump posted")
  if (DETERMINERS.has(before.l)) return 'kept';
  let j = v;
  if (/['’]s$/.test(before.l) && /ing$/.test(verb.l)) {
    // ("whether ⟨it's raising⟩ questions about …": the contracted auxiliary goes with the verb)
    r.mention = { ...m, j, e: before.s + before.t.length - 2 };
    r.cue = { s: verb.s, e: r.cue.e };
    return 'trimmed';
  }
  if (IS_ARE_WAS_WERE.has(before.l)) j--;
  if (j - m.i < 1 || toks.slice(m.i, j).every(t => DETERMINERS.has(t.l))) return 'none';
  // (the subject as the quote rules read it, "the White House" a name; else the words before the verb as a description)
  r.mention = subjectUpTo(toks, m, j);
  r.cue = { s: verb.s, e: r.cue.e };
  return 'trimmed';
}

/** How many adjectives may stand between a cue noun and its verb ("raised new", "posed concrete"). */
const MAX_CUE_ADJECTIVES = 2;

/** Token v is an adjective of the cue noun right after a verb in the past or in "-ing" ("raised ⟨new⟩", "endured ⟨relentless⟩"). */
function adjectiveAfterVerb(toks: Tok[], v: number): boolean {
  const t = toks[v], verb = toks[v - 1];
  if (t.cap || t.punct || /(?:s|ed|ing)$/.test(t.l) || DETERMINERS.has(t.l) || PREPOSITIONS_OPENING.has(t.l) || verb.cap) return false;
  return isLongRegularPast(verb.l) || IRREGULAR_PAST.has(verb.l) || /ing$/.test(verb.l);
}

/** Words that tie the source found to the noun phrase before it ("members ⟨of⟩ Congress", "advocates ⟨in⟩ the …", "Blocher ⟨and⟩ the SVP"). */
const isPhraseLink = (l: string): boolean => l === 'of' || l === 'and' || PHRASE_PREPOSITION.has(l);
/** Words between the link and the source found ("Blocher and ⟨the⟩ SVP"). */
const LINK_DETERMINER = wordSet('the|a|an|his|her|their|its');
/** The most tokens the phrase before the source may take ("Republican presidential hopefuls Jeb Bush and"). */
const MAX_PHRASE_BEFORE = 8;
/** Shares and quantities that open a noun phrase ("at least a dozen members of", "Hundreds of", "One in four voters in"). */
const PHRASE_QUANTITY = wordSet('at|least|about|nearly|almost|more|than|some|many|most|all|both|half|several|few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions');

const MY_OUR_YOUR = wordSet('my|our|your');
const RELATIVE_OR_CONJUNCTION = wordSet('who|which|that|whose|whom|or|but');
/**
 * The whole noun phrase whose last part the rules found as the source: "⟨at least a dozen members of Congress⟩ told",
 * "⟨Both Blocher and the SVP⟩ have long complained", "⟨Republican presidential hopefuls Jeb Bush and Chris Christie⟩
 * say", "even as ⟨advocates in the transgender community⟩ called for", "⟨One in four voters in a New York Times poll last
 * year⟩ said" — not "Congress", "SVP", "Chris Christie", "transgender community", "four voters". The phrase opens its
 * clause (after a comma, a dash or a conjunction) with a name, a determiner, a quantity or a plural noun, and holds no
 * verb, pronoun, mark or second link of "and".
 */
function wholePhrase(ctx: SentenceContext, r: Report): void {
  const { toks, text, a } = ctx;
  const m = r.mention;
  if (m.kind === 'pronoun' || r.rule === 'according-to' || r.rule === 'headline' || m.j > tokenAt(toks, r.cue.s)) return;
  // ("but ⟨at least a⟩ dozen members of Congress told": the quantity words before a phrase the subject rules found
  // whole, back to the clause's opening)
  let q = m.i;
  while (q > a && q > m.i - MAX_PHRASE_BEFORE && PHRASE_QUANTITY.has(toks[q - 1].l) && !toks[q - 1].cap) q--;
  if (q < m.i && (q === a || toks[q - 1].punct || CLAUSE_OPENER.has(toks[q - 1].l))) {
    r.mention = { ...m, s: toks[q].s, i: q };
    return;
  }
  // ("Governors in ⟨more than⟩ two dozen states balked at": the link stands before the quantity words)
  let link = q < m.i && isPhraseLink(toks[q - 1]?.l ?? '') ? q - 1 : m.i - 1;
  if (link > a && LINK_DETERMINER.has(toks[link].l) && !toks[link].cap) link--;
  if (link <= a || !isPhraseLink(toks[link].l) || toks[link].cap || twoRolesOfOne(toks, link, m)) return;
  // the phrase's first word: after the clause's opening mark and conjunctions
  let start = link;
  while (start > a && link - start < MAX_PHRASE_BEFORE && !toks[start - 1].punct && !(CLAUSE_OPENER.has(toks[start - 1].l) && !toks[start - 1].cap) && !/\S/.test(text.slice(toks[start - 1].e, toks[start].s))) start--;
  while (start < link && CLAUSE_OPENER.has(toks[start].l)) start++;
  if (start >= link || (start > a && !toks[start - 1].punct && !CLAUSE_OPENER.has(toks[start - 1].l) && !/\S/.test(text.slice(toks[start - 1].e, toks[start].s)))) return;
  const first = toks[start];
  if (!(first.cap || first.poss || DETERMINERS.has(first.l) || PHRASE_QUANTITY.has(first.l) || digitFirst(first.t) || endsInS(first.l)) || (PREPOSITIONS_OPENING.has(first.l) && toks[start + 1]?.l !== 'least')) return;
  // ("my editor at the time at Politico": the writer's own acquaintance is left as the rules found it)
  if (SUBJECT_PRONOUNS.has(first.l) || AUXILIARIES.has(first.l) || MY_OUR_YOUR.has(first.l)) return;
  for (let k = start; k < link; k++) {
    const t = toks[k];
    if (t.punct || SUBJECT_PRONOUNS.has(t.l) || RELATIVE_OR_CONJUNCTION.has(t.l) || (k > start && CLAUSE_OPENER.has(t.l))) return;
    if (!t.cap && (AUXILIARIES.has(t.l) || IRREGULAR_PAST.has(t.l) || CUES.has(t.l) || BELIEF_VERBS.has(t.l) || BARE_VERBS.has(t.l) || OBJECT_VERBS.has(t.l) || FINDING.has(t.l) || looksAdverb(t.l) || (/ed$/.test(t.l) && !/s$/.test(toks[k - 1]?.l ?? '')))) return;
  }
  // (its head: the noun before its first preposition, "⟨members⟩ of Congress", "the ⟨Office⟩ of the Inspector General for …")
  let head = link;
  for (let k = start + 1; k < link; k++) if (PREPOSITIONS_OPENING.has(toks[k].l)) { head = k; break; }
  r.mention = { s: first.s, e: m.e, kind: 'description', i: start, j: m.j, head: toks[head - 1].l };
}
/** The most tokens of an aside between dashes after a source ("— Nevada and South Carolina —"). */
const MAX_SOURCE_ASIDE = 30;

/**
 * A source that an aside between dashes follows, closed right before its cue (past its auxiliaries), is shown with the
 * aside: "⟨some liberal economists - including a minority of the Fed's own policy-making committee -⟩ warn", "⟨The three
 * constitutional scholars - Mr. Tribe, Ms. Epstein and Mr. Amar -⟩ agreed", "⟨The behemoth Koch operation - which aims
 * to spend almost $900 million before the November elections -⟩ …" (PolNeAR train, NYT 2015-11-09 and 2016-03-05: the
 * Source holds the aside and its head lies inside it); the speaker is still named from the subject before the dashes.
 * A description ending on a common noun only: a name's aside is no part of the name.
 */
function dashAside(ctx: SentenceContext, r: Report): void {
  const { toks } = ctx;
  const m = r.mention, c = tokenAt(toks, r.cue.s);
  let v = c;
  while (v - 1 > m.j && AUX_OR_ADVERB.has(toks[v - 1].l) && !toks[v - 1].cap) v--;
  // (a name stays as it is, its aside no part of it: "Sanders - who digested his new circumstances … - has vowed")
  if (m.kind !== 'description' || m.j >= v || toks[m.j - 1].cap || !dashAt(ctx, m.j)) return;
  // (the closing dash a token before the verb, or in the gap right before it)
  const end = DASHES.has(toks[v - 1].t) ? v - 2 : dashAt(ctx, v) ? v - 1 : -1;
  if (end <= m.j || end - m.j > MAX_SOURCE_ASIDE) return;
  // (no relative clause: "The Supreme Court justice -- who has been involved in a scuffle … -- said" is shown as the
  // description, a clause of its own no part of the phrase a reader sees)
  for (let k = m.j + 1; k <= end; k++) if (dashAt(ctx, k) || (RELATIVES_BUT_WHOM.has(toks[k].l) && !toks[k].cap)) return;
  r.phrase = { s: r.phrase?.s ?? m.s, e: toks[end].e };
}

/** Verbs of finding and showing, which the verb lists above leave to their own rules. */
const FINDING = wordSet('show|shows|showed|shown|find|finds|found|suggest|suggests|suggested');
/** Prepositions that open an adjunct, not a noun phrase. */
const PREPOSITIONS_OPENING = wordSet('of|in|at|on|from|with|for|by|to|about|into|during|under|over|across|among|through|without');


/**
 * A source that is only a word of degree after a verb of being: "Some of those same activists are ⟨less⟩ confident in
 * Mrs. Clinton" (PolNeAR train, NYT 2016-04-26) is the activists', the subject before the verb. (Elsewhere the word
 * stays: "more call themselves conservative" counts people.) False when the source is no such word.
 */
function degreeSource(ctx: SentenceContext, r: Report): boolean {
  const { toks, a } = ctx;
  const m = r.mention, be = m.i - 1;
  if (m.j - m.i !== 1 || toks[m.i].cap || !DEGREE_WORDS.has(toks[m.i].l) || be <= a || !LINKING_VERBS.has(toks[be].l)) return false;
  const subject = subjectBefore(toks, be - 1, a);
  if (!subject || subject.j !== be) return false;
  r.mention = phraseHead(ctx, subject);
  return true;
}

/** Prepositions that may follow that participle ("posted ⟨on⟩", "taken ⟨in⟩", "released ⟨by⟩"). */
const AFTER_PARTICIPLE = wordSet('on|in|at|by|from|to|during|over|via|through|with|for');
/** The most tokens of the noun phrase before the participle ("Video footage", "A new report"). */
const MAX_PARTICIPLE_HEAD = 5;

const RELATIVE_OR_AND_OR_BUT = wordSet('who|which|that|and|or|but');
/**
 * The noun phrase that opens the clause when the source found lies inside the participle phrase after it: "⟨Video
 * footage⟩ posted on the Internet by activists showed the bloodied corpses of six soldiers" (seeds, sample 001) — the
 * footage showed them, not "the Internet" (or the activists). The phrase runs with no mark, verb or clause word to the
 * cue; the noun phrase opens the sentence (or follows a mark or a conjunction) and holds no verb.
 */
function participleHead(ctx: SentenceContext, r: Report): void {
  const { toks, a } = ctx;
  const m = r.mention;
  const c = tokenAt(toks, r.cue.s);
  if (m.kind === 'pronoun' || m.j > c || r.rule === 'according-to' || r.rule === 'headline') return;
  let v = -1;
  for (let k = m.i - 1; k > a && k >= c - MAX_PARTICIPLE_PHRASE; k--) {
    const t = toks[k];
    if (t.punct || (!t.cap && (AUXILIARIES.has(t.l) || SUBJECT_PRONOUNS.has(t.l) || RELATIVE_OR_AND_OR_BUT.has(t.l)))) return;
    if (!t.cap && PARTICIPLE.test(t.l) && AFTER_PARTICIPLE.has(toks[k + 1]?.l ?? '')) { v = k; break; }
  }
  if (v < 0) return;
  // (from the mention to the cue: nothing, or the agent after "by" — "… by activists showed")
  for (let k = m.j; k < c; k++) if (toks[k].punct || (!toks[k].cap && (AUXILIARIES.has(toks[k].l) || CUES.has(toks[k].l) || AND_OR_BUT.has(toks[k].l)))) return;
  // (the noun before the participle is a common noun, not a name whose verb it is: "The DOJ responded with the lawsuit
  // Lynch announced", "Warren appeared with MSNBC’s Rachel Maddow and officially endorsed")
  const noun = toks[v - 1];
  if (noun.punct || (noun.cap && !(v - 1 === contentStart(ctx) && isCommonWord(noun.l)))) return;
  let start = v;
  while (start > a && v - start < MAX_PARTICIPLE_HEAD && !toks[start - 1].punct && !CLAUSE_OPENER.has(toks[start - 1].l)) start--;
  if (start === v || (start > a && !toks[start - 1].punct && !CLAUSE_OPENER.has(toks[start - 1].l))) return;
  const first = toks[start];
  if (!(first.cap || first.poss || DETERMINERS.has(first.l)) || SUBJECT_PRONOUNS.has(first.l) || PREPOSITIONS_OPENING.has(first.l)) return;
  for (let k = start; k < v; k++) {
    const t = toks[k];
    if (!t.cap && (AUXILIARIES.has(t.l) || IRREGULAR_PAST.has(t.l) || CUES.has(t.l) || /(?:ed|ing)$/.test(t.l) || looksAdverb(t.l))) return;
  }
  r.mention = { s: first.s, e: toks[v - 1].e, kind: 'description', i: start, j: v, head: toks[v - 1].l };
}

/** Words between a subject and its auxiliary, or between the auxiliary and the verb ("all have", "have also", "can reasonably"). */
const BESIDE_AUX = wordSet('also|all|both|each|still|already|just|now|then|even|never|not|long|since');
/** The most tokens between the subject and the verb phrase taken for a source. */
const MAX_AUX_RUN = 4;

const WHO_THAT = wordSet('who|that');
/**
 * A source that is a verb phrase, the words after its subject's auxiliary or relative pronoun: "Sanders … has ⟨drawn
 * huge crowds⟩ describing a country …", "Sanders supporters have ⟨launched petitions⟩ calling on superdelegates …",
 * "Clinton is ⟨hoping voters⟩ see her …", "So even economists who ⟨favor consumption taxes⟩ agree that …" (PolNeAR
 * train: NYT 2016-01-14, HuffPost 2016-06-09, Wash. Post 2016-03-10, NYT 2015-11-24). The subject before is the source;
 * the phrase stays when none is read there. Not a relative clause's reporter, which is the clause's subject after its
 * pronoun ("the gun that ⟨prosecutors⟩ said was used", ./relativeClause.ts).
 */
function verbPhraseSource(ctx: SentenceContext, r: Report): void {
  const { toks, a } = ctx;
  const m = r.mention;
  const first = toks[m.i];
  if (r.rule === 'relative' || m.kind === 'pronoun' || first.cap || first.punct || DETERMINERS.has(first.l) || first.poss || SUBJECT_PRONOUNS.has(first.l) || digitFirst(first.t)) return;
  // (a share of people after the verb is its object and the participle's subject: "attacks on the police have left ⟨62
  // percent of voters⟩ saying …")
  for (let k = m.i; k < m.j; k++) if (digitFirst(toks[k].t) || SHARE_HEADS.has(toks[k].l)) return;
  let k = m.i - 1, aux = false;
  while (k > a && m.i - k <= MAX_AUX_RUN && (TENSED_AUX.has(toks[k].l) || BESIDE_AUX.has(toks[k].l) || looksAdverb(toks[k].l)) && !toks[k].cap) {
    if (TENSED_AUX.has(toks[k].l)) aux = true;
    k--;
  }
  const relative = k > a && WHO_THAT.has(toks[k].l) && !toks[k].cap && k === m.i - 1;
  if (!aux && !relative) return;
  if (relative) k--;
  const subject = k >= a ? subjectBefore(toks, k, a) : null;
  if (subject && subject.j === k + 1 && !(subject.kind === 'pronoun' && !SUBJECT_PRONOUNS.has(toks[subject.i].l))) r.mention = phraseHead(ctx, subject);
  else if (aux && toks[k]?.t === ',') {
    const named = nameBeforeApposition(ctx, k);
    if (named) r.mention = named;
  }
}

/**
 * The name that opens the sentence when an apposition set off by commas stands between it and its verb, the comma at
 * k closing it: "⟨Senator Bernie Sanders⟩, the Vermont socialist who has mounted a populist challenge to former
 * Secretary of State Hillary Clinton for the Democratic presidential nomination, has drawn huge crowds describing a
 * country …" (PolNeAR train, NYT 2016-01-14). Null when the sentence opens otherwise.
 */
function nameBeforeApposition(ctx: SentenceContext, k: number): Mention | null {
  const { toks, a } = ctx;
  const s = contentStart(ctx);
  const run = runAt(toks, s);
  if (!run || run.i !== s || toks[run.j]?.t !== ',' || run.j >= k) return null;
  const m = subjectBefore(toks, run.j - 1, a);
  return m && m.i === s && m.j === run.j && m.kind === 'name' ? m : null;
}

/** The words that may end a phrase of time closing a subject ("Lavrov ⟨earlier this week⟩", "A judge ⟨last month⟩", "⟨on Monday⟩"). */
const TIME_TAIL_END: ReadonlySet<string> = new Set(['earlier', 'later', 'recently', ...RELATIVE_DAYS, 'week', 'month', 'year', 'weekend', ...PARTS_OF_DAY, ...WEEKDAYS]);
/** The words of such a phrase: its end words and the ones that lead them ("last", "this", "next", "on"). */
const TIME_TAIL: ReadonlySet<string> = new Set([...TIME_TAIL_END, 'last', 'this', 'next', 'on']);

const OUT_IN_FROM_OF_BY = wordSet('out|in|from|of|by');
/**
 * A phrase of time at the end of a source is when it spoke, not who: "⟨Lavrov⟩ earlier this week urged the Assad
 * regime …" (seeds, sample 001), "⟨A judge⟩ last month ordered …" (PolNeAR train, Wash. Post 2016-05-29). Not after a
 * document or a participle, whose time dates the document ("a WBUR poll last week", "a memo released Friday", "A
 * Monmouth poll out Monday").
 */
function timeTail(toks: Tok[], r: Report): void {
  const m = r.mention;
  let j = m.j;
  if (j - m.i < 2 || !TIME_TAIL_END.has(toks[j - 1].l)) return;
  // (lower-case words, and weekdays not part of a name: "Super Tuesday", "USA TODAY")
  while (j - 1 > m.i && TIME_TAIL.has(toks[j - 1].l) && (!toks[j - 1].cap || (WEEKDAYS.has(toks[j - 1].l) && !toks[j - 2].cap && toks[j - 1].t !== toks[j - 1].t.toUpperCase()))) j--;
  const before = toks[j - 1];
  if (j === m.j || before.punct || PARTICIPLE.test(before.l) || OUT_IN_FROM_OF_BY.has(before.l) || isDocumentNoun(before.l)) return;
  r.mention = { ...m, j, e: before.e, head: before.l };
}

/** Adverbs and conjunctions that open a sentence before its subject, never part of a source. */
const SENTENCE_ADVERB = wordSet('yet|perhaps|maybe|plus|still|also|now|indeed|instead|meanwhile|however|thus|and|but|so');

/** Conjunctions that may open a clause inside a sentence before its subject ("…, ⟨yet⟩ Vatican officials emphasized"). */
const CLAUSE_CONJUNCTION = wordSet('yet|but|and|so|even');
/** Adverbs of time and degree that stand between a subject and its verb ("Some Democrats ⟨now⟩ worry", "have ⟨already⟩ said"). */
const BEFORE_VERB_ADVERB = wordSet('now|already|still|also|just|long|never|not');

/**
 * The words at a source's edges that belong to its clause, not to who reports: a subordinator or a conjunction before
 * the subject ("Even ⟨though⟩ people initially hailed these as bold moves", "…, ⟨yet⟩ Vatican officials emphasized on
 * Friday that …", "…, ⟨though⟩ 32 percent said they had no opinion of him") and an auxiliary or an adverb after it
 * ("Some Democrats ⟨now⟩ worry that …", "most ⟨are⟩ planning to support Clinton", "Most of the vulnerable Senate
 * Republicans ⟨have already⟩ said …", "The health care page ⟨doesn’t⟩ mention …"; PolNeAR train: Breitbart
 * 2016-06-20, NYT 2016-02-20, Politico 2016-03-24, NYT 2016-03-01). A source that is only such words is left as found.
 */
function clauseEdges(toks: Tok[], r: Report): void {
  const m = r.mention;
  let i = m.i, j = m.j;
  while (j - i > 1 && !toks[i].cap && (SUBORDINATORS.has(toks[i].l) && toks[i].l !== 'as' || CLAUSE_CONJUNCTION.has(toks[i].l))) i++;
  while (j - i > 1 && !toks[j - 1].cap && (AUXILIARIES.has(toks[j - 1].l) || BEFORE_VERB_ADVERB.has(toks[j - 1].l))) j--;
  if (i === m.i && j === m.j || AUXILIARIES.has(toks[i].l)) return;
  const last = toks[j - 1];
  r.mention = { ...m, i, j, s: toks[i].s, e: last.e, head: m.j === j ? m.head : last.l };
}

/** "take turns", the same before a participle ("speakers took turns urging …"). */
const TAKE_TURNS = wordSet('take|takes|took|taking');

/**
 * A source that ends on a verb of beginning or going on, which the cue after it continues: "the community
 * immediately began | calling for Emanuel to resign", "speakers took turns | urging the crowd to focus …", "Emanuel
 * continues to face | questions about …" (PolNeAR train: Wash. Post 2015-12-04 twice, Wash. Post 2016-07-29). The
 * subject before the verb (and its adverb) is the source.
 */
function aspectVerb(toks: Tok[], r: Report): void {
  const m = r.mention;
  let j = m.j;
  const at = (k: number): string => (k >= m.i && !toks[k].cap ? toks[k].l : '');
  if (at(j - 1) === 'turns' && TAKE_TURNS.has(at(j - 2))) j -= 2;
  else if (at(j - 2) === 'to' && ASPECT_VERBS.has(at(j - 3))) j -= 3;
  else if (ASPECT_VERBS.has(at(j - 1))) j -= 1;
  else return;
  while (j > m.i && looksAdverb(at(j - 1))) j--;
  const last = toks[j - 1];
  if (j <= m.i || last.punct || DETERMINERS.has(last.l) || PREPOSITIONS_OPENING.has(last.l) || AUXILIARIES.has(last.l)) return;
  r.mention = { ...m, j, e: last.e, head: last.l };
}

/**
 * The subject of an absolute "with X VERBing" phrase is X: "The conversation ended with ⟨Maddow⟩ asking Clinton
 * pointedly whether …" (PolNeAR train, Politico 2016-01-14), "…, with ⟨47 percent of Cuban Americans⟩ saying …",
 * "… as vastly more prepared for the job - with ⟨50 percent⟩ saying she is prepared". The "with" opens the source,
 * follows a mark or a verb in the past ("ended with"), and the participle cue follows the source; "a petition
 * campaign with CREDO Action … asking" (a noun's "with") is left as found (speaker.ts's absoluteWithAt, which finds
 * such a phrase after a comma in the sentence, here for a source found).
 */
function absoluteWith(toks: Tok[], r: Report): boolean {
  const m = r.mention;
  const cue = toks[m.j];
  if (!cue || cue.s !== r.cue.s) return false;
  const k = absoluteWithAt(toks, m.j, m.i - 1, true);
  if (k < 0) return false;
  r.mention = absoluteSubject(toks, k, m.j);
  return true;
}

/** The most tokens of "One of …" before the comma of the name it describes ("One of the university's top executives"). */
const MAX_ONE_OF = 8;

/**
 * A name set off after "One of …," that opens its clause is that one: "⟨One of his advisers, Tad Devine,⟩ said …",
 * "⟨One of the authors of that 2013 report, Ari Fleischer,⟩ said …", "⟨One of them, UnitedHealth Group,⟩ has …"
 * (PolNeAR train: 4 such sources, whose head is "One"). The source is the whole phrase; the speaker is named from the
 * name, its last part.
 */
function oneOfApposition(ctx: SentenceContext, r: Report): void {
  const { toks, a } = ctx;
  const m = r.mention;
  if (m.kind !== 'name' || m.i - 3 < a || toks[m.i - 1].t !== ',') return;
  let k = m.i - 2;
  while (k > a && m.i - k <= MAX_ONE_OF && !toks[k - 1].punct && !(CLAUSE_OPENER.has(toks[k - 1].l) && !toks[k - 1].cap)) k--;
  if (toks[k].l !== 'one' || toks[k + 1]?.l !== 'of' || (k > a && !toks[k - 1].punct && !CLAUSE_OPENER.has(toks[k - 1].l))) return;
  for (let n = k + 2; n < m.i - 1; n++) if (toks[n].punct || finite(toks[n])) return;
  r.phrase = { s: toks[k].s, e: m.e };
}

/** Words that join the conjuncts of a subject. */
const COORDINATOR = wordSet('and|or|nor');
/** The most words between the coordinator and the conjunct found ("and ⟨even⟩ a prominent newspaper columnist"). */
const CONJUNCT_GAP = 4;
/** The most tokens a coordinated subject may take before its last conjunct ("John Leguizamo, Zoe Saldana, America Ferrera, Gina Rodriguez and"). */
const MAX_COORDINATION = 16;
/** Words that open the clause before its subject, or a relative's ("what John Leguizamo, … and many more Latinos said"). */
const SUBJECT_OPENER = wordSet('that|what|who|which|where|whether|why|how');
/** Words of a verb, which make the words before a coordinator a clause of their own ("Clinton won Nevada and Sanders said"). */
const verbLike = (t: Tok): boolean => !t.cap && (finite(t) || presentTense(t) || CUES.has(t.l) || BELIEF_VERBS.has(t.l) || BARE_VERBS.has(t.l) || OBJECT_VERBS.has(t.l));
const ADJUNCT_OPENER = wordSet('despite|after|before|during|like|unlike|alongside|amid|asked|speaking');
/** A comma-separated part that opens the sentence before its subject: an adjunct, an adverb or a time ("After the debate,", "However,", "Last week,"). */
function openingPart(toks: Tok[], i: number, j: number): boolean {
  const first = toks[i];
  if (PREPOSITIONS_OPENING.has(first.l) || SUBORDINATORS.has(first.l) || CLAUSE_OPENER.has(first.l) || ADJUNCT_OPENER.has(first.l) || /(?:ing|ed)$/.test(first.l)) return true;
  if (j - i === 1 && (looksAdverb(first.l) || SENTENCE_ADVERB.has(first.l))) return true;
  for (let k = i; k < j; k++) if (!TIME_TAIL.has(toks[k].l) && !allDigits(toks[k].t)) return false;
  return true;
}

const WITH_THAN_LIKE = wordSet('with|than|like');
/** Tokens [i, j) are a list's last two names joined by a coordinator ("Bernie Sanders and Martin O’Malley"). */
function listTail(toks: Tok[], i: number, j: number): boolean {
  let joins = 0;
  for (let x = i; x < j; x++) {
    if (COORDINATOR.has(toks[x].l)) joins++;
    else if (!toks[x].cap) return false;
  }
  return joins === 1 && toks[i].cap && toks[j - 1].cap;
}
/**
 * The whole of a coordinated subject whose last conjunct the rules found: "⟨Hillary Clinton, Bernie Sanders and Martin
 * O’Malley⟩ plan to …", "⟨Neither Mr. Comey nor other officials⟩ identified …", "Though ⟨media reports and party
 * sources⟩ said …", "⟨Sen. Bernie Sanders (Vt.) and former Maryland governor Martin O'Malley⟩ have …", "⟨other
 * candidates and even a prominent newspaper columnist⟩ suggesting …" (PolNeAR train: the Source is the whole
 * coordination, its head the first conjunct). The phrase runs back to the clause's opening, past a list's commas but
 * not past an opening adjunct, adverb or time ("After the debate, ⟨Clinton and Sanders⟩ said"), and holds no verb;
 * the speaker is still named from the conjunct found. -1 when there is no such coordination.
 */
function coordinationStart(ctx: SentenceContext, r: Report): number {
  const { toks, a } = ctx;
  const m = r.mention;
  // (a pronoun after "and" opens a clause of its own: "Clinton hit him on guns, and she said …")
  if (m.e > r.cue.s || m.kind === 'pronoun' || SUBJECT_PRONOUNS.has(toks[m.i].l)) return -1;
  let k = m.i - 1;
  while (k > a && m.i - k <= CONJUNCT_GAP && conjunctModifier(ctx, k)) k--;
  // ("Vermont Gov. Peter Shumlin and Sen. Patrick Leahy ⟨as well as⟩ former Vermont Gov. Howard Dean")
  if (k - 2 >= a && toks[k].l === 'as' && toks[k - 1].l === 'well' && toks[k - 2].l === 'as') k -= 2;
  // (a list's comma before a mention that is its last two conjuncts: "Hillary Clinton, ⟨Bernie Sanders and Martin O’Malley⟩")
  else if (k > a && toks[k].t === ',' && toks[k - 1].cap && listTail(toks, m.i, m.j)) { /* the list goes on before the comma */ }
  else if (k <= a || !COORDINATOR.has(toks[k].l)) return -1;
  // (", and" joins two clauses as often as the last of a list: "… his closest advisers, and aides say"; but a party tag
  // closes the conjunct before "and": "Sen. Bernie Sanders (Vt.) and former Maryland governor Martin O'Malley")
  if ((toks[k - 1].punct && toks[k - 1].t !== ')') || dashBetween(ctx, k - 1)) return -1;
  let start = k;
  // (past another "and" or "or" between words of no verb, "⟨Germany's president and foreign and defense ministers⟩";
  // a phrase that then meets a verb, a preposition or a mark stops at that "and", as it did before it)
  let atAnd = -1;
  while (start > a && k - start < MAX_COORDINATION) {
    const t = toks[start - 1];
    if (AND_OR.has(t.l) && !t.cap) atAnd = start;
    // (a preposition's objects, a dash's aside or a mark's clause are no subject: "satisfied with ⟨Mr. Obama's
    // presidency and 60 percent⟩ said …", "- and three helicopters")
    // (but "with" opens an absolute phrase's subject before its participle: "with ⟨other candidates and even a prominent
    // newspaper columnist⟩ suggesting …")
    if (t.l === 'with' && !t.cap && /ing$/.test(toks[m.j]?.l ?? '') && toks[m.j].s === r.cue.s) break;
    // (a preposition with a comma after its phrase opens the sentence before its subject: "But unlike their Republican
    // counterparts, ⟨Hillary Clinton, Bernie Sanders and Martin O’Malley⟩ all have …")
    if (!t.cap && (PREPOSITIONS_OPENING.has(t.l) || ADJUNCT_OPENER.has(t.l)) && start - 1 > a - 1 && commaBefore(toks, start, k)) { start--; break; }
    // (a comma after the sentence's opening adjunct ends the subject's scan: "Alongside the SVP’s platform points,
    // ⟨domestic and international critics⟩ have … noted")
    // (a preposition's adjunct, one comma: not "But ⟨others⟩, including …", "While …, …")
    if (t.t === ',' && start - 1 > a && (PREPOSITIONS_OPENING.has(toks[a].l) || ADJUNCT_OPENER.has(toks[a].l)) && !commaBefore(toks, a, start - 1)) break;
    // (nor past ", and", which joins two clauses as often as a list's last item)
    // (an abbreviation's period is no mark: "Sen. Bernie Sanders (Vt.) and …")
    const stop = (t.punct && !/^[,()]$/.test(t.t) && !abbreviationPeriod(toks, start - 1)) || dashBetween(ctx, start - 1) || (!t.cap && (PREPOSITIONS_OPENING.has(t.l) || WITH_THAN_LIKE.has(t.l))) || (atAnd === start && !!toks[start - 2]?.punct);
    if (!stop && !t.cap && (SUBJECT_OPENER.has(t.l) || (CLAUSE_OPENER.has(t.l) && !AND_OR.has(t.l)) || SUBORDINATORS.has(t.l))) break;
    if (stop || verbLike(t) || RELATIVE_OR_AUX.has(t.l) || (!t.cap && isVerbForm(t.l))) {
      if (atAnd < 0) return -1;
      start = atAnd;
      break;
    }
    start--;
  }
  const opened = coordinationOpening(toks, a, start, k);
  return opened < 0 && atAnd > start ? coordinationOpening(toks, a, atAnd, k) : opened;
}

/** Token k is a period glued to a capitalised word before it, an abbreviation's ("Vt.", "Gov."), not a sentence's end. */
const abbreviationPeriod = (toks: Tok[], k: number): boolean => toks[k].t === '.' && k > 0 && toks[k - 1].cap && toks[k - 1].e === toks[k].s;

/** The coordination's first token from `start` on, past the parts that open its sentence, before its coordinator at `k` (from sentence start `a`); -1 when it opens no subject. */
function coordinationOpening(toks: Tok[], a: number, start: number, k: number): number {
  // (but "after", "since", "before", "until" with a comma after their object open a phrase: "After Iowa, ⟨Clinton and Sanders⟩ said")
  const prepositional = ADJUNCT_PREPOSITION.has(toks[start].l) && toks[k].t === ',' && !commaBefore(toks, start, k);
  if (start === a && CLAUSE_OPENER.has(toks[start].l) && !prepositional) start++;
  // (the comma before a list's last two names closes no opening part: "After Iowa, ⟨Clinton and Sanders⟩ said")
  if (toks[k].t === ',' && !commaBefore(toks, start, k) && openingPart(toks, start, k)) return -1;
  // (past the parts that open the sentence before its subject: "After the debate, …", "However, …")
  for (let c = start; c < k; c++) {
    if (toks[c].t !== ',') continue;
    if (openingPart(toks, start, c)) start = c + 1;
    else break;
  }
  const first = toks[start];
  if (start >= k || first.punct || PREPOSITIONS_OPENING.has(first.l) || openingPart(toks, start, start + 1) && !first.cap) return -1;
  return start;
}
const HEAD_MODIFIER = wordSet('even|also|then|former|other|many|some|most|all|both');
/**
 * Token k is a lower-case word that modifies the noun after it in a conjunct: an adjective or a noun before the head
 * ("Federal and ⟨state⟩ officials", "domestic and ⟨international⟩ critics", "media reports and ⟨party⟩ sources"), no
 * preposition, pronoun, relative, auxiliary or verb of its own.
 */
function nounModifier(toks: Tok[], k: number): boolean {
  const t = toks[k], next = toks[k + 1];
  if (t.cap || !/^[a-z][a-z-]*$/.test(t.t) || !next || next.punct || next.cap || PREPOSITIONS.has(t.l) || RELATIVE_OR_AUX.has(t.l) || SUBJECT_PRONOUNS.has(t.l) || DETERMINERS.has(t.l)) return false;
  return !isVerbForm(t.l) || isCommonWord(t.l);
}
/**
 * Token k may stand between a coordinator and the conjunct found: a name's word, a determiner, an adverb of degree or a
 * title's lower-case word before a name ("and ⟨even a⟩ prominent …", "and ⟨former Maryland governor⟩ Martin O'Malley").
 */
function conjunctModifier(ctx: SentenceContext, k: number): boolean {
  const { toks } = ctx;
  const t = toks[k];
  if (COORDINATOR.has(toks[k - 1]?.l ?? '') && nounModifier(toks, k)) return true;
  if (t.punct || COORDINATOR.has(t.l) || verbLike(t) || dashBetween(ctx, k)) return false;
  return t.cap || DETERMINERS.has(t.l) || HEAD_MODIFIER.has(t.l) || !!toks[k + 1]?.cap;
}
/** The most tokens of a subject's phrase before the part the rules found ("A report about the integration of immigrants issued over the summer by"). */
const MAX_SUBJECT_PHRASE = 14;

/**
 * Token k is a participle of a reduced relative inside a noun phrase, with its agent, time or place after it ("a
 * national poll ⟨released⟩ Sunday by …", "text messages ⟨discovered⟩ on one of the attackers' phones").
 */
function phraseParticiple(toks: Tok[], k: number): boolean {
  const t = toks[k], next = toks[k + 1], before = toks[k - 1];
  if (!t || !next || !before || t.cap || before.punct || DETERMINERS.has(before.l)) return false;
  // (a participle of a document or a group, or one with its agent: not "The DOJ responded with", "all signs pointed to")
  // (and no object after it: "All three candidates issued statements", "she issued a statement")
  return (BY_PARTICIPLE.has(t.l) && (AFTER_PARTICIPLE.has(next.l) || TIME_TAIL.has(next.l) || looksAdverb(next.l))) || (PARTICIPLE.test(t.l) && (next.l === 'by' || (AFTER_PARTICIPLE.has(next.l) && next.l !== 'to' && endsInS(before.l) && !before.cap)));
}

/** A contracted "is" after a pronoun ("That's why Rubio's team …"): a clause's verb. */
const CONTRACTED_IS = /^(?:that|it|there|what|here|he|she|who|this)['’]s$/;

/** A line break or two spaces between words (a module constant: a literal in a rarely run function is compiled again after V8 flushes it). */
const LINE_BREAK_OR_GAP = /\n| {2}/;
const THEN_SOON_LATER_AGAIN = wordSet('then|soon|later|again');
/**
 * The whole noun phrase that opens a report's clause, when the source the rules found is only its last part: "⟨A 2014
 * examination by the nonpartisan Better Government Association⟩ found …", "⟨text messages discovered on one of the
 * attackers' phones⟩ suggested …", "⟨Other former CIA officers with no direct knowledge of the case but with experience
 * in war zones⟩ said …", "⟨More than half of respondents in the USA TODAY/Suffolk poll⟩ said …" (PolNeAR train: the
 * Source is the whole phrase, its head an early word). The phrase runs back from the source to the clause's opening (a
 * mark, a conjunction, a subordinator or a relative pronoun) with no verb but a reduced relative's participle; the
 * source must stand right before its cue, and the content follow it. -1 when the source found is the whole phrase.
 */
function subjectPhraseStart(ctx: SentenceContext, r: Report): number {
  const { toks, a } = ctx;
  const m = r.mention;
  if (m.kind === 'pronoun' || SUBJECT_PRONOUNS.has(toks[m.i].l) || r.s < r.cue.e || m.e > r.cue.s) return -1;
  // (only auxiliaries and adverbs between the source and its cue: "… has also said")
  const c = tokenAt(toks, r.cue.s);
  for (let k = m.j; k < c; k++) if (!AUXILIARIES.has(toks[k].l) && !BEFORE_VERB_ADVERB.has(toks[k].l) && !looksAdverb(toks[k].l)) return -1;
  const noVerb = (k: number): boolean => !RELATIVE_OR_AUX.has(toks[k].l) && toks[k].l !== 'not' && !CONTRACTED_IS.test(toks[k].l)
    && (!(verbLike(toks[k]) || (!toks[k].cap && isVerbForm(toks[k].l))) || phraseParticiple(toks, k) || (k - 1 >= a && ARTICLES.has(toks[k - 1].l)));
  // (a source the rules found with a verb inside is left as it is: "Trump also struck populist")
  for (let k = m.i; k < m.j; k++) if (!noVerb(k)) return -1;
  let start = m.i;
  // (past "and" or "or" between words of no verb: "⟨Former Secretary of State and Democratic presidential frontrunner
  // Hillary Clinton⟩"; a phrase that then meets a verb stops at that "and", as it did before it: "one Democratic
  // co-sponsor and ⟨no Republicans⟩")
  let atAnd = -1;
  while (start > a && m.i - start < MAX_SUBJECT_PHRASE) {
    const t = toks[start - 1];
    if (atAnd >= 0 && !noVerb(start - 1)) { start = atAnd; break; }
    if (AND_OR.has(t.l) && !t.cap) atAnd = start;
    // (a dash or a line break before the phrase, or a gap where words are missing: "LONDON (Reuters) - Donald Trump", a
    // title line above it, "The number of people  The Washington Post reported")
    if (dashBetween(ctx, start - 1) || LINE_BREAK_OR_GAP.test(ctx.text.slice(t.e, toks[start].s))) break;
    // (past a bracket the phrase holds whole, "Sen. Bernie Sanders (Vt.)"; an opening one is an aside's: "(Mr. Obama …")
    if (t.t === ')') {
      let o = start - 2;
      while (o > a && start - o <= MAX_TAG && toks[o].t !== '(') o--;
      if (toks[o].t !== '(' || o <= a) break;
      start = o;
      continue;
    }
    if (t.punct || dashBetween(ctx, start - 1)) break;
    if (!t.cap && (SUBJECT_OPENER.has(t.l) || (CLAUSE_OPENER.has(t.l) && !(AND_OR.has(t.l) && !toks[start - 2]?.punct)) || SUBORDINATORS.has(t.l))) break;
    if (!noVerb(start - 1)) return -1;
    start--;
  }
  if (start > a && m.i - start >= MAX_SUBJECT_PHRASE && !toks[start - 1].punct) {
    if (atAnd < 0) return -1;
    start = atAnd;
  }
  // (a phrase across "and" that does not open as a subject may: "Housing advocate and ⟨former city planner Jennifer
  // Keesmaat-Lindo⟩")
  const opened = phraseOpening(toks, start, m.i);
  return opened < 0 && atAnd > start ? phraseOpening(toks, atAnd, m.i) : opened;
}

/** The subject phrase's first token from `start` on, past its opener and adverbs, before the mention at `i`; -1 when what opens it opens no subject. */
function phraseOpening(toks: Tok[], start: number, i: number): number {
  // (a capitalised opener at the sentence's start: "Where the Republicans …", "But …")
  // (and its adverbs: "Then Trump …", "soon Donald J. Trump …")
  while (start < i && (CLAUSE_OPENER.has(toks[start].l) || SUBJECT_OPENER.has(toks[start].l) || SUBORDINATORS.has(toks[start].l) || SENTENCE_ADVERB.has(toks[start].l) || THEN_SOON_LATER_AGAIN.has(toks[start].l) || (looksAdverb(toks[start].l) && !toks[start + 1]?.cap))) start++;
  const first = toks[start];
  if (start >= i || PREPOSITIONS_OPENING.has(first.l) || anyPreposition(first.l) || openingPart(toks, start, start + 1) && !DETERMINERS.has(first.l)) return -1;
  return start;
}

/**
 * A share's count: a numeral (../figures/numberWords.ts isNumeral: "6", "45", "six") or any other word that opens with a
 * digit, a count with its scale glued on ("within $4M of Clinton's haul", "within $4million of the $37million",
 * PolNeAR train). Wider than isNumeral, which reads one word as a figure's number and takes "4M" for no number.
 */
const isCount = (t: Tok): boolean => isNumeral(t.l) || digitFirst(t.t);
/** The words of degree that open a share, last word first ("as many as", "more than", "at least", "about"). */
const SHARE_ADVERBS: readonly (readonly string[])[] = ['as many as', 'more than', 'less than', 'fewer than', 'at least', 'close to', 'about', 'around',
  'nearly', 'almost', 'roughly', 'approximately', 'only', 'just'].map(x => x.split(' ').reverse());
/** The words of degree of SHARE_ADVERBS that end right before token k, none before the sentence's start `a`; undefined when none. */
const shareAdverbBefore = (toks: Tok[], a: number, k: number): readonly string[] | undefined =>
  SHARE_ADVERBS.find(w => w.every((l, n) => k - 1 - n >= a && toks[k - 1 - n].l === l));

/**
 * The first token of the share whose counted people or number the source found is: "about ⟨6 in 10⟩ white men
 * supported Sanders", "did ⟨a majority of⟩ Republicans support deportation", "⟨as many as⟩ 40 percent of Clinton
 * voters said" (PolNeAR train: Breitbart 2016-02-20 and 2016-03-01, Washington Post 2016-05-19; the Source is the whole
 * share, its head the share's first word). The share is "N in" before a number, a share's head and "of" ("a majority
 * of", "45% of", "half of the"), and the words of degree before either or before a number that opens the mention. -1
 * when the mention opens no share.
 */
function shareStart(ctx: SentenceContext, m: Mention): number {
  const { toks, a } = ctx;
  let k = m.i;
  if (k - 2 >= a && toks[k - 1].l === 'in' && isCount(toks[k - 2]) && isCount(toks[k])) k -= 2;
  // ("More than ⟨6 in 10⟩ Republicans who attended the caucuses described …", PolNeAR train, Washington Post 2016-02-02:
  // the share before the people the mention holds)
  else if (k - 3 >= a && isCount(toks[k - 1]) && toks[k - 2].l === 'in' && isCount(toks[k - 3]) && !RELATIVES_BUT_WHOM.has(toks[k].l)) k -= 3;
  // ("More than ⟨half⟩ the senators surveyed support …", Politico 2016-06-21: "half" before "the", with no "of")
  else if (k - 1 >= a && toks[k].l === 'the' && toks[k - 1].l === 'half') k--;
  else {
    let o = k - 1;
    if (o > a && toks[o].l === 'the') o--;
    if (o - 1 >= a && toks[o].l === 'of' && (SHARE_AND_COUNT_HEADS.has(toks[o - 1].l) || isCount(toks[o - 1]))) {
      k = o - 1;
      if (k - 1 >= a && isCount(toks[k - 1]) && !isCount(toks[k])) k--;
      if (k - 1 >= a && INDEFINITE_ARTICLES.has(toks[k - 1].l)) k--;
    } else if (!isCount(toks[k])) return -1;
  }
  for (let run = shareAdverbBefore(toks, a, k); run; run = shareAdverbBefore(toks, a, k)) k -= run.length;
  return k < m.i ? k : -1;
}

/** The most tokens between the source found and the relative "who" its cue follows ("Matt Duss, the president of the Foundation for Middle East Peace, who"). */
const MAX_BEFORE_WHO = 14;
/** The most commas between them: an apposition's two. */
const MAX_COMMAS_BEFORE_WHO = 2;
/**
 * The relative "who" right before the cue (past auxiliaries and adverbs) as the source a reader sees, when the rules
 * found the person it stands for before it, past an apposition or a role at a body: "Matt Duss, the president of the
 * Foundation for Middle East Peace, ⟨who⟩ frequently criticizes the Israeli government", "Megyn Kelly, a star anchor at
 * Fox News ⟨who⟩ questioned his respect for women" (PolNeAR train: HuffPost 2016-06-09, NYT 2016-02-01; the Source is
 * "who", as for the reports of every other relative clause). The speaker is still named from the mention.
 */
function relativeWho(ctx: SentenceContext, r: Report): void {
  const { toks } = ctx;
  const m = r.mention;
  let w = tokenAt(toks, r.cue.s) - 1;
  while (w > m.j && !toks[w].cap && (AUXILIARIES.has(toks[w].l) || looksAdverb(toks[w].l))) w--;
  if (m.kind === 'pronoun' || w < m.j || toks[w].l !== 'who' || toks[w].cap || w - m.j > MAX_BEFORE_WHO) return;
  let commas = 0;
  for (let k = m.j; k < w; k++) {
    if (toks[k].t === ',') commas++;
    else if (toks[k].punct || dashBetween(ctx, k)) return;
  }
  if (commas <= MAX_COMMAS_BEFORE_WHO) r.phrase = { s: toks[w].s, e: toks[w].e };
}

/** A dash after token k (a dash token, or a spaced hyphen before the next one: " - "). */
const dashBetween = (ctx: SentenceContext, k: number): boolean => k + 1 < ctx.toks.length && dashAt(ctx, k + 1);
/** Relative pronouns and auxiliaries, which no subject's words hold. */
const RELATIVE_OR_AUX = wordSet('who|whom|whose|which|is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did');

/** Words that open the clause a verb takes before its subject pronoun ("lays out what he believes", "outlined how he thinks"). */
const EMBEDDING = wordSet('what|how|that');

/**
 * The subject the sentence opens with as the source a reader sees, for a report whose source is a pronoun in a clause
 * that subject's verb takes, when the two agree: "⟨The documentarian⟩ lays out what he believes are the president’s
 * core beliefs", "⟨The president⟩ denounced what he called the ''deeply pessimistic'' vision of America", "⟨The
 * Christian speaker⟩ shared with the North Carolina crowd that he believes Trump is God’s man" (PolNeAR train: Western
 * Journal 2015-12-19, NYT 2016-07-29, Western Journal 2015-11-10; the Source is the subject, the content the whole
 * clause). Not the relative "that" of a noun ("moves that he said improved …": the Source is "he"). The
 * speaker is still named from the pronoun.
 */
function embeddingSubject(ctx: SentenceContext, r: Report): void {
  const { toks } = ctx;
  const m = r.mention;
  // (past the degree word of "how much|many": "Many spoke about how much they hoped …")
  const w = HOW_DEGREE.has(toks[m.i - 1]?.l ?? '') && toks[m.i - 2]?.l === 'how' ? m.i - 2 : m.i - 1;
  const before = toks[w];
  if (m.kind !== 'pronoun' || !before || before.cap || !EMBEDDING.has(before.l) || (before.l === 'that' && r.rule === 'relative')) return;
  const subject = openingAntecedent(toks, ctx.a, m) ?? agreeingMainSubject(ctx, m, w);
  if (subject && subject.kind !== 'pronoun') r.phrase = { s: subject.s, e: subject.e };
}

/** The degree words of "how much", "how many". */
const HOW_DEGREE = wordSet('much|many');

/**
 * The main clause's subject before the "what" or "how" of a pronoun m, when its number is the pronoun's: "⟨Her
 * potential Republican rivals⟩ have called for Clinton to be prosecuted for what they say was …", "⟨The retired
 * neurosurgeon⟩ has provided no details about how he planned …" (PolNeAR train).
 */
function agreeingMainSubject(ctx: SentenceContext, m: Mention, w: number): Mention | null {
  const { toks } = ctx;
  if (toks[w].l === 'that') return null;
  const subject = subordinateClauseSubject(ctx, w) ?? mainClauseSubject(ctx, w);
  if (!subject || subject.kind === 'pronoun') return null;
  const plural = endsInS(toks[subject.j - 1].l) && !toks[subject.j - 1].cap || QUANTIFIER_SUBJECTS.has(toks[subject.j - 1].l) || toks.slice(subject.i, subject.j).some(t => AND_OR.has(t.l));
  return (toks[m.i].l === 'they') === plural ? subject : null;
}

/**
 * The report's source made whole or trimmed to who reports (`r` is changed in place); false when its words name no
 * one and the report is no report.
 */
export function readerSource(ctx: SentenceContext, r: Report): boolean {
  const { toks } = ctx;
  if (genericYou(toks, r)) return false;
  // ("⟨Yet⟩ the Democrats acknowledged", "⟨Perhaps⟩ Russia will oppose", "⟨Plus⟩ Democrats are defending": the sentence's adverb)
  const m = r.mention;
  if (m.j - m.i > 1 && SENTENCE_ADVERB.has(toks[m.i].l) && toks[m.i].cap && !toks[m.i + 1].punct) r.mention = { ...m, i: m.i + 1, s: toks[m.i + 1].s };
  clauseEdges(toks, r);
  aspectVerb(toks, r);
  // (the phrase before "with" is no participle phrase holding the source: "The conversation ended with Maddow asking")
  const absolute = absoluteWith(toks, r);
  const verb = headlineVerb(toks, r);
  if (verb > 0) r.mention = { ...r.mention, j: verb, e: toks[verb - 1].e };
  wholeAccordingSource(ctx, r);
  if (r.rule === 'according-to') return true;
  if (!degreeSource(ctx, r) && !absolute) participleHead(ctx, r);
  verbPhraseSource(ctx, r);
  timeTail(toks, r);
  wholePhrase(ctx, r);
  oneOfApposition(ctx, r);
  const coordination = coordinationStart(ctx, r);
  const phrase = coordination >= 0 ? coordination : subjectPhraseStart(ctx, r);
  const share = phrase >= 0 ? -1 : shareStart(ctx, r.mention);
  if (phrase >= 0 || share >= 0) r.phrase = { s: ctx.toks[phrase >= 0 ? phrase : share].s, e: r.mention.e };
  else relativeWho(ctx, r);
  if (!r.phrase) embeddingSubject(ctx, r);
  dashAside(ctx, r);
  const modifier = cueNounModifier(toks, r);
  if (modifier === 'none') {
    // ("Clinton began Sunday with a personally signed tweet that …": the sentence's subject, when it is a name)
    const subject = mainClauseSubject(ctx, tokenAt(toks, r.cue.s));
    if (!subject || subject.kind !== 'name') return false;
    r.mention = subject;
    return true;
  }
  if (modifier === 'possessor') {
    const p = r.mention;
    let k = p.i;
    while (!toks[k].poss) k++;
    r.mention = { ...p, j: k + 1, e: wordEnd(toks[k]), kind: 'name' };
    return true;
  }
  return governingVerb(toks, r) !== 'none';
}
