/**
 * Rule family 4 — a speech noun's possessor and its `that`-clause: "Donald Trump's accusation that Hillary Clinton is
 * playing the "woman's card"" (PolNeAR train, Washington Post 2016-04-28), "her remark that there is a special place in
 * hell"; and a noun of thought's
 * (./lexicon.ts THOUGHT_NOUNS): "Sanders reiterated his belief that there will be a contested convention".
 */
import { subjectAfter, type Mention } from '../quotes/attribution';
import { DETERMINERS, OPENING_CONJUNCTIONS, PREPOSITIONS, RELATIVE_PRONOUNS, SPEECH_NOUN, SPEECH_NOUNS, SUBORDINATORS, THIRD_PERSON_POSSESSIVES } from '../quotes/lexicon';
import { wordEnd } from '../quotes/tokens';
import { finite, pastTime, presentTense } from './bareClause';
import { contentEnd, contentSpan, words } from './clause';
import { beforeSubjectsVerb } from './infinitive';
import { AUXILIARIES, THOUGHT_NOUN } from './lexicon';
import { type Report, reportOf, type SentenceContext } from './report';
import { mainClauseSubject } from './mainSubject';
import { quoteAt } from './mixed';
import { ownerMention, reporterOf } from './speaker';
import type { Tok } from '../quotes/tokens';
import { inClass } from '../text/wordClasses';
import { isCommonWord, isPluralPeopleNoun, wordSet } from '../people/lexicon';
import { endsInS, withoutPossessive } from '../text/endings';
import { plural, singular } from '../figures/units';

/** Words that open a clause inside the content, each of which may take one verb with tense ("and would be", "if she were"). */
const OPENS_CLAUSE = (l: string): boolean => l === 'and' || l === 'or' || l === 'but' || SUBORDINATORS.has(l) || RELATIVE_PRONOUNS.has(l);
/** Words after which a verb form is no verb with tense of its own ("will be kept", "a failed candidate", "to be"). */
const NOT_AFTER = (l: string): boolean => AUXILIARIES.has(l) || DETERMINERS.has(l) || l === 'to' || l === 'be' || l === 'been' || l === 'being';

/**
 * Where the content ends when the speech noun's phrase is the sentence's subject: before the main clause's verb, the
 * first verb with tense that no clause opener inside the content accounts for — "Donald Trump's accusation that
 * ⟦Hillary Clinton is playing the "woman's card" and would be a failed candidate if she were a man⟧ touched off a
 * contentious debate", "The Census' vow that ⟦survey responses will be kept confidential⟧ is as reliable as …",
 * "Sanders's claim that ⟦he still has a way to claim the nomination⟧ would depend on …". Returns `end` otherwise.
 */
function beforeMainVerb(toks: Tok[], from: number, end: number): number {
  let credit = 1;
  for (let k = from; k < end; k++) {
    const t = toks[k];
    if (t.punct) return end;
    if (OPENS_CLAUSE(t.l)) { credit++; continue; }
    if (t.cap || !finite(t) || NOT_AFTER(toks[k - 1].l)) continue;
    if (credit === 0) return k;
    credit--;
  }
  return end;
}

/** The most words of a speech noun's source after "by" or "from" ("claims by | intelligence agencies | that"). */
const MAX_AGENT_WORDS = 6;

/** Speech nouns that only modify another ("rallying" of "rallying cry"): no plural of their own. */
const MODIFYING_SPEECH_NOUNS = wordSet('rallying');
/**
 * The plurals of the speech nouns SPEECH_NOUNS holds in the singular ("warnings", "accusations", "replies", "cries"); the
 * plurals it holds already ("remarks", "claims", "words") are SPEECH_NOUNS' own.
 */
const SPEECH_NOUN_PLURALS: ReadonlySet<string> = new Set([...SPEECH_NOUNS].filter(w => singular(w) === w && !MODIFYING_SPEECH_NOUNS.has(w)).map(plural));

/** A speech noun, in the plural too, or "report" ("warnings", "accusations", "a report by Politico that"). */
const agentNoun = (t: Tok): boolean => !t.poss && (inClass(t, SPEECH_NOUN) || t.l === 'report' || SPEECH_NOUN_PLURALS.has(t.l));

const BY_FROM = wordSet('by|from');
/**
 * A speech noun whose source follows it after "by" or "from", and its `that`-clause: "claims by intelligence agencies
 * that ⟦some of her messages should be classified⟧", "complaints from his American counterpart that ⟦China's glut of
 * factories …⟧", "a report by Politico that ⟦he "fabricated" the story …⟧" (PolNeAR train); "despite warnings from
 * several premiers that ⟦the deals leave millions of Canadians without coverage⟧" (a Globe and Mail-style probe).
 */
function agentSpeechNoun(ctx: SentenceContext, n: number): Report | null {
  const { toks, b } = ctx;
  if (!agentNoun(toks[n]) || !BY_FROM.has(toks[n + 1]?.l ?? '')) return null;
  let that = n + 2;
  while (that < b && that <= n + 2 + MAX_AGENT_WORDS && !toks[that].punct && toks[that].l !== 'that') that++;
  // (not a relative "that" with its verb: "a tweet from a CNN reporter that appeared to insinuate …")
  if (that >= b || toks[that].l !== 'that' || that === n + 2 || relativeVerb(toks[that + 1])) return null;
  const found = subjectAfter(toks, n + 2, that);
  const mention: Mention = found && found.j === that ? found : { s: toks[n + 2].s, e: toks[that - 1].e, kind: 'description', i: n + 2, j: that, head: toks[that - 1].l };
  const end = contentEnd(ctx, that + 1);
  const span = words(toks, that + 1, end) >= 3 ? contentSpan(ctx, that, end) : null;
  return span ? reportOf(span, { s: toks[n].s, e: toks[n].e }, mention, 'speech-noun') : null;
}

/**
 * The speech nouns with their source after "by" or "from" (agentSpeechNoun), a family of its own that runs after the
 * others: where the noun's phrase is another cue's object, PolNeAR attributes that outer report only ("Eric Trump
 * knocked ⟦a statement by actor George Clooney that …⟧", "Biden took aim at ⟦comments by … Donald Trump that …⟧").
 */
export function agentSpeechNouns(ctx: SentenceContext): Report[] {
  const out: Report[] = [];
  for (let n = ctx.a + 1; n < ctx.b - 2; n++) {
    const r = agentSpeechNoun(ctx, n);
    if (r) out.push(r);
  }
  return out;
}

/** The words agentSpeechNouns looks for: the speech nouns, their plurals, "report". */
export const AGENT_SPEECH_NOUNS: readonly string[] = [...SPEECH_NOUNS, ...SPEECH_NOUN_PLURALS, 'report'];

/**
 * Speech nouns of a commitment whose content may be an infinitive, with its "to": "his promise ⟦to build a wall on the
 * U.S.-Mexico border⟧", "his promise ⟦to be "neutral" in negotiations between Israel and the Palestinians⟧" (PolNeAR
 * train: the owner is the source, the noun the cue).
 */
const COMMITMENT_NOUN = wordSet('promise|pledge|vow|call|desire');
/**
 * Nouns of COMMITMENT_NOUN outside the speech and thought nouns, read only with their owner and infinitive: "His call
 * ⟦to deport more than 11 million undocumented people in the country⟧, denounced as impossible …", "his call ⟦to bring
 * Republicans and Democrats together⟧", "Cruz has signaled his desire ⟦to knock Rubio out of the race …⟧" (PolNeAR train,
 * 48th session: an owner and "to" with a verb, "call" 9 times, 6 attributed, "desire" 4, 3 attributed; in the engine 8
 * gained, 1 false positive removed, 1 added, "Americans' desire ⟦to cast aside traditional politicians …⟧"). Not "push"
 * (one article on train, "her push ⟦to overthrow Libyan dictator Moammar Gadhafi⟧").
 */
export const INFINITIVE_ONLY_NOUNS: readonly string[] = ['call', 'desire'];
const INFINITIVE_ONLY_NOUN = wordSet(INFINITIVE_ONLY_NOUNS.join('|'));

/** A verb with tense right after "that": the "that" is a relative pronoun, no clause's opening. */
export function relativeVerb(t: Tok | undefined): boolean {
  return !!t && !t.cap && (finite(t) || AUXILIARIES.has(t.l) || presentTense(t));
}

/**
 * The token after a copula's "that" at k ("is that", "was that", "has been that"), or -1: the owner's view is the clause
 * after it — "Rubio’s response was that ⟦it’s unfair for the federal tax code to allow …⟧", "Their fear is that ⟦by the
 * time their moment arrives, it could be too late⟧", "Beck’s contention was that ⟦Trump is, in fact, appealing to …⟧"
 * (PolNeAR train: 7 such phrases with an owner, each attributed by the annotators).
 */
export function copulaThat(toks: Tok[], k: number): number {
  const t = toks[k]?.l ?? '';
  if ((t === 'is' || t === 'was') && toks[k + 1]?.l === 'that') return k + 2;
  return (t === 'has' || t === 'had') && toks[k + 1]?.l === 'been' && toks[k + 2]?.l === 'that' ? k + 3 : -1;
}

/** How many words may stand between an owned noun and its copula ("Sanders's argument ⟨on Sunday⟩ was that"). */
const COPULA_REACH = 3;

/**
 * The token after the copula's "that" that follows the speech noun at n, right after it or past a short phrase with no
 * mark and no verb with tense ("Sanders's argument on Sunday was that ⟦superdelegates should consider …⟧", "His message
 * long has been that ⟦he is a winner …⟧"; PolNeAR train, 48th session), or -1.
 */
function copulaAfter(toks: Tok[], n: number, b: number): number {
  for (let k = n + 1; k < b && k <= n + 1 + COPULA_REACH; k++) {
    const from = copulaThat(toks, k);
    if (from > 0) return from;
    const t = toks[k];
    if (t.punct || t.l === 'that' || AUXILIARIES.has(t.l) || (!t.cap && finite(t))) return -1;
  }
  return -1;
}

/** A possessor at k: a possessive or a possessive pronoun ("Beck’s", "their"). */
const ownerAt = (toks: Tok[], k: number): boolean => k >= 0 && (toks[k].poss || THIRD_PERSON_POSSESSIVES.has(toks[k].l));

/** Two modifiers before the noun at n, neither a mark, a capital or a determiner ("Podliska’s ⟨most explosive⟩ claim"). */
const twoModifiers = (toks: Tok[], n: number): boolean =>
  [toks[n - 1], toks[n - 2]].every(t => !!t && !t.punct && !t.cap && !t.poss && !DETERMINERS.has(t.l));

/** The first token of a speech noun's content at n + 1: its "that" (the clause after a copula's "that"), or "to" itself before a verb; -1 if none. */
function nounContentStart(ctx: SentenceContext, n: number): number {
  const { toks, b } = ctx;
  const next = toks[n + 1];
  // (not a relative "that" with its verb: "the Democratic Party's message that emerges from the Philadelphia convention")
  if (next.l === 'that') return relativeVerb(toks[n + 2]) ? -1 : n + 1;
  const v = toks[n + 2];
  // (the owner right before it, or past "own": not "his oft-stated promise to build a border wall", whose owner is
  // another's stance in a list)
  const owned = ownerAt(toks, n - 1) || toks[n - 1].l === 'own';
  // ("Donald Trump's assertion ⟨Monday⟩ that more airstrikes are needed …", "Trump's statement ⟨earlier this year⟩ that
  // women who seek out abortions should be punished …", PolNeAR train: an owned noun's "that" past a phrase of time)
  if (owned) {
    const timed = pastTime(toks, pastTime(toks, n + 1, b), b);
    if (timed > n + 1 && timed + 1 < b && toks[timed].l === 'that' && !relativeVerb(toks[timed + 1])) return timed;
  }
  const copula = copulaAfter(toks, n, b);
  if (copula > 0 && (owned || ownerAt(toks, n - 2) || (twoModifiers(toks, n) && ownerAt(toks, n - 3)))) return copula;
  if (next.l === 'to' && owned && COMMITMENT_NOUN.has(toks[n].l) && n + 2 < b && !v.punct && !v.cap && !DETERMINERS.has(v.l) && !/\d/.test(v.t)) return n + 1;
  if (ownedBeforeColon(ctx, n)) return n + 2;
  return -1;
}

/**
 * An owned speech or thought noun and a colon, and the clause after it, no quotation: "Carrier's message: ⟦Moving jobs
 * south of the border is a major part of the company's strategy to increase profits⟧", "Their argument: ⟦Only a
 * Democratic Senate can make any headway on the issue⟧", "Democrats' new warning: ⟦Leaks could include Russian lies⟧"
 * (PolNeAR train: of the 5 such phrases, 4 attributed, 3 of them with a noun of these lists; a quotation after the colon
 * is the quote rules'). The owner right before the noun or past one adjective, as for a copula's "that".
 */
function ownedBeforeColon(ctx: SentenceContext, n: number): boolean {
  const { toks, b } = ctx;
  const after = toks[n + 2];
  // (the marks are no tokens: a quotation is the spans' own, ../quotes/marks.ts)
  if (toks[n + 1].t !== ':' || n + 2 >= b || !after || after.punct || quoteAt(ctx.quotes, after.s)) return false;
  const owner = (t: Tok | undefined): boolean => !!t && (t.poss || THIRD_PERSON_POSSESSIVES.has(t.l));
  return owner(toks[n - 1]) || owner(toks[n - 2]);
}

const CONJUNCTION_OR_THE: ReadonlySet<string> = new Set([...OPENING_CONJUNCTIONS, 'the']);

/** How many words may stand between "the" and a lower-case owner's possessive ("the ⟨Obama⟩ administration's"). */
const THE_OWNER_REACH = 2;
/**
 * A lower-case owner's phrase after "the", the source of its speech noun: "back ⟨the judges’⟩ statement that their
 * ruling must be binding", "based on ⟨the nonprofit's⟩ assurances that none of its activities was …", "⟨the Obama
 * administration's⟩ hopes that Burma will become a functioning democracy" (PolNeAR train, 49th session). Null past a mark,
 * another possessive, a preposition or a determiner. Not before an infinitive (speechNouns): "would put the government's
 * promise to reach two per cent of GDP …, into law" (a Hill Times-style probe, test/fixtures/outlets
 * ca-hilltimes-senate-pbo.txt) ran on past the infinitive's phrase to the verb's "into law".
 */
function ownerAfterThe(toks: Tok[], a: number, o: number): Mention | null {
  for (let i = o - 1; i >= a && i >= o - 1 - THE_OWNER_REACH; i--) {
    const t = toks[i];
    if (t.l === 'the') return { s: t.s, e: wordEnd(toks[o]), kind: 'description', i, j: o + 1, head: withoutPossessive(toks[o].l) };
    if (t.punct || t.poss || PREPOSITIONS.has(t.l) || DETERMINERS.has(t.l)) return null;
  }
  return null;
}
/**
 * A plural noun before a singular speech noun is that noun's subject, the noun a verb of its form, and the owner's
 * people the source: "⟨her allies⟩ fear that …" (PolNeAR train, NYT 2016-08-22), not "her repeated claim", "his
 * previous remarks".
 */
const pluralSubjectBefore = (word: string, noun: string): boolean =>
  !endsInS(noun) && (isPluralPeopleNoun(word) || (endsInS(word) && isCommonWord(word)));
export function speechNouns(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let n = a + 1; n < b - 2; n++) {
    if (!(inClass(toks[n], SPEECH_NOUN | THOUGHT_NOUN) || (INFINITIVE_ONLY_NOUN.has(toks[n].l) && toks[n + 1].l === 'to')) || toks[n].poss) continue;
    const from = nounContentStart(ctx, n);
    if (from < 0) continue;
    // ("Trump’s repeated claim that": one adjective may stand between)
    // ("Podliska’s most explosive claim is that": two before a copula's "that")
    const o = toks[n - 1].punct || toks[n - 1].cap || ownerAt(toks, n - 1) ? n - 1
      : from > n + 2 && !ownerAt(toks, n - 2) && twoModifiers(toks, n) && ownerAt(toks, n - 3) ? n - 3 : n - 2;
    const owner = toks[o];
    if (!owner || o < a) continue;
    let mention: Mention | null = null;
    // (a plural noun of people between is the owner's people, the subject of the verb that the noun's form is: "her
    // allies fear that …", not "her repeated claim that …")
    if (o === n - 2 && (owner.poss || THIRD_PERSON_POSSESSIVES.has(owner.l)) && pluralSubjectBefore(toks[n - 1].l, toks[n].l)) mention = { s: owner.s, e: toks[n - 1].e, kind: 'description', i: o, j: n, head: toks[n - 1].l };
    // (a possessive pronoun or a name's possessive, ./speaker.ts ownerMention; else a lower-case owner after "the", not
    // before an infinitive)
    else mention = ownerMention(toks, o) ?? (owner.poss && !owner.cap && toks[from].l !== 'to' ? ownerAfterThe(toks, a, o) : null);
    // (an owned noun as the object of a verb of stance is that verb's subject's report too, its phrase whole: "The
    // university rebutted ⟦Exxon's accusation that …⟧")
    const stance = stanceObject(ctx, n, from, mention);
    if (stance) out.push(stance);
    if (stance || !mention) continue;
    // (the phrase opens the sentence, past a conjunction or an article: "But Sanders's claim that …", "The Census' vow")
    const subject = mention.i === a || (mention.i === a + 1 && CONJUNCTION_OR_THE.has(toks[a].l));
    // (a "that" past a phrase of time, nounContentStart: not in the sentence's subject, where the content's end before
    // the main verb went unread on the one train case, "Donald Trump's assertion Monday that more airstrikes are needed …
    // like the mass shooting in Orlando drew rebukes …", PolNeAR train, Politico 2016-06-13)
    const timed = from > n + 1 && toks[from].l === 'that';
    if (timed && subject) continue;
    const open = timed ? from + 1 : from > n + 2 ? from : n + 2;
    // (a copula's owner opens its sentence or clause: not "Castañeda suggests that ⟨Mexico's best argument is that⟩ …",
    // a view inside another's report, which is that reporter's whole; first written on a PolNeAR dev example, and it
    // holds on no train article: it fires on no train, fixture or us-probes article, and without it PolNeAR dev output
    // is unchanged too)
    if (!timed && from > n + 2 && mention.i > a && !toks[mention.i - 1].punct && !OPENING_CONJUNCTIONS.has(toks[mention.i - 1].l)) continue;
    // (a colon's clause is the whole content: "Carrier's message: Moving jobs south of the border is …")
    // (a promise's infinitive ends before the verb of the phrase that holds it: "his promise ⟦to build a wall …⟧ were about …")
    const clauseEnd = contentEnd(ctx, open);
    const end = subject && open === n + 2 && toks[n + 1].t !== ':' ? beforeMainVerb(toks, n + 2, clauseEnd) : toks[from].l === 'to' ? beforeSubjectsVerb(toks, from, clauseEnd) : clauseEnd;
    // (a call's or a desire's infinitive cut before a verb with tense when its phrase is no subject: the verb is a clause's
    // inside it, the phrase another's object, "that Sanders had ignored her call to admit his stance on the lawsuit is
    // wrong", PolNeAR train, Politico 2016-04-08, not attributed)
    if (!subject && end < clauseEnd && INFINITIVE_ONLY_NOUN.has(toks[n].l)) continue;
    // (nor a call or a desire measured by a noun before "of": "the true depth of Americans' desire to cast aside traditional
    // politicians …", PolNeAR train, NYT 2016-02-01, not attributed; "he said of Trump's desire to …" is read)
    if (INFINITIVE_ONLY_NOUN.has(toks[n].l) && toks[mention.i - 1]?.l === 'of' && !(toks[mention.i - 2] && finite(toks[mention.i - 2]))) continue;
    const span = words(toks, open, end) >= 3 ? contentSpan(ctx, from, end) : null;
    if (span) out.push(reportOf(span, { s: toks[n].s, e: toks[n].e }, mention, 'speech-noun'));
  }
  return out;
}

/**
 * Verbs that take up, push or turn down a claim or an idea someone holds, in every form: their subject is the source of
 * the noun's "that"-clause ("they ridicule the idea that …", "Trump earlier Tuesday backed away from a suggestion that
 * …", "before floating the idea that the network should pay him", "Then he began dismissing the notion that …"; PolNeAR
 * train: of 48 such phrases, 36 attributed by the annotators, 11 of the 15 no other rule reads). Also "note" and
 * "clarify" of an owned noun: "Mr. Rhodes sought to clarify Mr. Obama's comment that …", "The editorial noted Clinton’s
 * comment that …" (PolNeAR train, NYT 2015-11-18, Western Journal 2016-08-27; they change no other report on train).
 */
const STANCE_VERB = wordSet('clarify|clarifies|clarified|clarifying|note|notes|noted|noting|float|floats|floated|floating|dismiss|dismisses|dismissed|dismissing|reject|rejects|rejected|rejecting|ridicule|ridicules|ridiculed|ridiculing|raise|raises|raised|raising|push|pushes|pushed|pushing|repeat|repeats|repeated|repeating|reiterate|reiterates|reiterated|reiterating|echo|echoes|echoed|echoing|defend|defends|defended|defending|embrace|embraces|embraced|embracing|support|supports|supported|supporting|voice|voices|voiced|voicing|deny|denies|denied|denying|dispute|disputes|disputed|disputing|rebut|rebuts|rebutted|rebutting|refute|refutes|refuted|refuting|mock|mocks|mocked|mocking|promote|promotes|promoted|promoting|advance|advances|advanced|advancing');
/** Verbs of STANCE_VERB's kind that take the noun after "away from" ("backed away from a suggestion that …"). */
const BACK_AWAY = wordSet('back|backs|backed|backing|walk|walks|walked|walking');

/**
 * The token of a verb of STANCE_VERB that holds the speech or thought noun at n as its object, past a determiner and
 * one adjective ("dismissing the notion", "raised concern", "floating the idea"), or -1.
 */
function stanceVerbOf(toks: Tok[], n: number, a: number): number {
  let v = n - 1;
  if (v > a && !toks[v].cap && !toks[v].punct && !DETERMINERS.has(toks[v].l) && DETERMINERS.has(toks[v - 1].l)) v--;
  if (v > a && DETERMINERS.has(toks[v].l) && toks[v].l !== 'that') v--;
  if (v - 2 >= a && toks[v].l === 'from' && toks[v - 1].l === 'away' && BACK_AWAY.has(toks[v - 2].l)) return v - 2;
  return v > a && !toks[v].cap && STANCE_VERB.has(toks[v].l) ? v : -1;
}

/** Words before a gerund whose subject is the main clause's ("before floating the idea", "began dismissing the notion"). */
const GERUND_OPENER = wordSet('before|after|while|by|without|began|begun|begins|started|starts|kept|keeps');

/** The main clause's subject for a gerund at v after GERUND_OPENER ("Trump groused … before ⟨floating⟩ the idea that …"), or null. */
function gerundOwner(ctx: SentenceContext, v: number): Mention | null {
  return ctx.toks[v].l.endsWith('ing') && GERUND_OPENER.has(ctx.toks[v - 1]?.l ?? '') ? mainClauseSubject(ctx, v - 1) : null;
}

/**
 * A speech or thought noun at n, the object of a verb of STANCE_VERB, and its "that"-clause (from `from`): the verb's
 * subject is the source and the cue, the noun's whole phrase the content, as PolNeAR marks it — "they ridicule ⟦the
 * idea that President Executive Order might use an Executive Order …⟧", "Trump earlier Tuesday backed away from ⟦a
 * suggestion that he might cover legal costs for a supporter …⟧". With its `owner`, the verb holds the owner's phrase
 * and the noun may take an infinitive: "The university rebutted ⟦Exxon's accusation that articles about the company
 * … were misleading⟧", "the Republican presidential candidate repeated ⟦his promise to repeal all of Obama’s executive
 * actions⟧" (PolNeAR train, NYT 2015-12-03, Breitbart 2016-01-05: of the 9 such phrases, the Source is the verb's
 * subject in all 9).
 */
function stanceObject(ctx: SentenceContext, n: number, from: number, owner: Mention | null): Report | null {
  const { toks, a } = ctx;
  // (the clause after the noun's "that", which nounContentStart gives as the content's first token, or an owned
  // promise's infinitive)
  const to = owner !== null && toks[from].l === 'to';
  const clause = to ? from : toks[from].l === 'that' ? from + 1 : toks[from - 1].l === 'that' ? from : -1;
  if (clause < 0) return null;
  const v = stanceVerbOf(toks, owner ? owner.i : n, a);
  const mention = v >= 0 ? reporterOf(ctx, v) ?? gerundOwner(ctx, v) : null;
  if (!mention) return null;
  const object = toks[v + 1].l === 'away' ? v + 3 : v + 1;
  const end = to ? beforeSubjectsVerb(toks, from, contentEnd(ctx, from + 1)) : contentEnd(ctx, clause);
  const span = words(toks, clause, end) >= 3 ? contentSpan(ctx, object, end) : null;
  return span ? reportOf(span, { s: toks[v].s, e: toks[object - 1].e }, mention, 'speech-noun') : null;
}
