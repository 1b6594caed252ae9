/**
 * Rule family "cue before the quote": a cue in the quote's sentence before it, walking back from the lead-in, and
 * its subject. Examples (the seeds, PolNeAR train):
 *   'However, as Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told the Associated Press
 *     (AP), “We, the Armenians …”' → Archbishop Aris Shirvanian;  'He added, “So Israel should have been …”' → He
 *   'A reporter for Agence France-Presse called it "absolute chaos."' → A reporter for Agence France-Presse
 *   'he looked straight into my camera, furrowed his brow and said, “…' → he (a coordinated verb shares the
 *     sentence's subject; "Carson took the stage at the Grand Hotel in Baltimore and called …": the place is an object)
 *   'Trump joked …, but went on to say, “…' → Trump (an infinitive's subject is the sentence's)
 *   'That prompted Rubio to make a joke about yoga and call Trump "very flexible,"' → Rubio (a verb coordinated with an
 *     infinitive shares its subject)
 *   "the Sanders campaign sent out a fund-raising email with an image of Mrs. Clinton and her husband, Bill Clinton, at
 *     Mr. Trump's 2005 wedding, and accused Clinton allies of being ''traitors''" → the Sanders campaign (a name set off
 *     after the object it names is no subject of the verb coordinated after it; NYT 2016-04-28)
 *   "Mr. Trump was prompted to say, ''…''", "The Slate technology columnist David Auerbach went so far as to say:
 *     ''…''" → Mr. Trump, David Auerbach (the subject before the infinitive's verb chain)
 *   'After former California Gov. Jerry Brown criticized Bill Clinton during a debate, Hillary shot back, “I suppose …' → Hillary
 *   'Anthony Anton, president and CEO of Washington Restaurant Association stated, “It’s not a political problem; …'
 *     → Anthony Anton (an apposition no comma closes)
 *   'Rep. Steve Israel (D-N.Y) said Clinton called on members to be “closely coordinated.”' → Rep. Steve Israel (a cue
 *     inside what an earlier cue reports: the reporting speaker's; also further in, with no mark between: 'McCaskill
 *     said a lot of voters in her state would find it "very hard to look past"' → McCaskill; and after an earlier quote:
 *     'She declared “What a Super Tuesday!” and said that her campaign would continue “to break barriers”' → She)
 *   'even assured the crowd that he doesn't have small hands - as Rubio has said - and he can "guarantee" other body
 *     parts are not small' → not Rubio (a cue in an aside "as X has said", set off by dashes, commas or brackets before
 *     the quote, is the aside's, not the quote's; PolNeAR train, Washington Post 2016-03-04)
 * Each cue is tried in turn, nearest first, by "according to" (./accordingTo.ts), the passive agent
 * (./passiveAgent.ts), the participle and far-cue rules (./participle.ts), then its own subject.
 */
import { without } from '../../text/determiners';
import { ADJACENT_ONLY, ARTICLES, AUXILIARIES, BE_FORMS, BEFORE_CUE_WORDS, CAUSATIVE_VERBS, COORDINATORS, CUES, DAY_WORDS, DEGREE_WORDS, DETERMINERS, INDEFINITE_ARTICLES, INVERTING, IRREGULAR_PAST, NAMING_VERBS, NOT_NOUN, PASSIVE_AUXILIARIES, PREPOSITIONS, PRONOUN_SUBJECTS, REFLEXIVE_PRONOUNS, REGULAR_PAST, ROLE_HINT, SHARE_WORDS, TITLES, WEAK_CUES } from '../lexicon';
import type { Tok } from '../tokens';
import { LY_ADVERB } from '../../text/adverbs';
import { nameOpening, runAt } from '../names';
import { accordingToBeforeQuote } from './accordingTo';
import { inIndefinitePhrase } from './cue';
import type { QuoteContext } from './context';
import { isFullName, nameMention, type Attribution, type Mention } from './mention';
import { descriptionBeforePast, descriptionOpeningAnyClause, groupOfName, sentenceOpener } from './opener';
import { isRoleNoun, isVerbForm } from '../../people/lexicon';
import { freeRelativeAntecedent } from './freeRelative';
import { absoluteSubject, participleSubject } from './participle';
import { passiveAgentBeforeQuote } from './passiveAgent';
import { pastAdverbs, pastRelativeClause, SUBJECT_LEAD_INS } from './subjectBefore';
import { allDigits } from '../../text/wordShape';

/** How far back from the lead-in a cue before the quote may stand. */
const CUE_BEFORE_REACH = 40;
/** A cue this close to the lead-in (the lead-in itself or the word before it) is adjacent to the quote. */
const ADJACENT_REACH = 1;

export function cueBeforeQuote(ctx: QuoteContext): Attribution | null {
  const p = ctx.leadIn();
  for (let c = p; c >= ctx.startTok && c > p - CUE_BEFORE_REACH; c--) {
    if (ctx.toks[c].t === ';' || butWithSubject(ctx.toks, c, p)) break;
    if (inAsAside(ctx.text, ctx.toks, c, p)) continue;
    const found = accordingToBeforeQuote(ctx, c) ?? (ctx.isCue(c) ? attributeCue(ctx, c, p - c <= ADJACENT_REACH || adverbsOnlyBetween(ctx.toks, c, p)) : null);
    if (!found) continue;
    const naming = namingVerbOf(ctx, found.mention, p);
    if (naming < 0) return found;
    // (the object runs up to the quote, its complement: the naming verb is as good as adjacent)
    const namer = attributeCue(ctx, naming, true);
    if (namer) return namer;
  }
  return null;
}

/**
 * The cue at c closes an aside that "as" opens after a dash, a comma or a bracket, and a clause joined by "and" or "but"
 * follows the aside before the lead-in p ("… small hands - as Rubio has said - and he can "guarantee" …"); not "As Trump
 * said, "…"", nor "The plan, as Clinton said, is "a disaster."", the quote's own cue.
 */
function inAsAside(text: string, toks: Tok[], c: number, p: number): boolean {
  if (c + 1 >= p || !asideMarkAfter(text, toks, c)) return false;
  // (and a clause of its own goes on after it: "- and he can", not "The plan, as Clinton said, is "a disaster"")
  const next = toks[ASIDE_MARKS.has(toks[c + 1].t) ? c + 2 : c + 1];
  if (!next || !COORDINATORS.has(next.l)) return false;
  for (let k = c - 1; k > 0 && k >= c - AS_ASIDE_WORDS; k--) {
    if (toks[k].punct) return false;
    if (toks[k].l === 'as' && asideMarkAfter(text, toks, k - 1)) return true;
  }
  return false;
}
/** An aside's mark follows token k: a dash, a comma or a bracket token, or a hyphen set off by spaces (no token). */
const asideMarkAfter = (text: string, toks: Tok[], k: number): boolean =>
  ASIDE_MARKS.has(toks[k + 1]?.t ?? '') || SPACED_HYPHEN.test(text.slice(toks[k].e, toks[k + 1]?.s ?? toks[k].e));
/** The marks that set off an aside ("— as Rubio has said —", ", as he noted,", "(as Clinton said)"). */
const ASIDE_MARKS: ReadonlySet<string> = new Set(['–', '—', '--', ',', '(', ')']);
const SPACED_HYPHEN = /\s-\s/;
/** The most words between "as" and the cue closing its aside ("as | Rubio has | said"). */
const AS_ASIDE_WORDS = 6;

/**
 * "but" opening a clause of its own subject and verb before the quote ("Clinton proposed a New York debate … - but the
 * Sanders campaign rejected the idea as "ludicrous"", PolNeAR train): a cue before it is the other clause's; not "but
 * went on to say", a verb sharing the sentence's subject, nor a copula, which goes on with what the cue reports
 * ("State's reviewers had said more than 1,300 Clinton emails contained classified material, but the vast majority were
 * just "confidential,"", PolNeAR train).
 */
function butWithSubject(toks: Tok[], c: number, p: number): boolean {
  const next = toks[c + 1];
  if (toks[c].l !== 'but' || toks[c].cap || c + 1 >= p || !(next.cap || DETERMINERS.has(next.l) || PRONOUN_SUBJECTS.has(next.l))) return false;
  // (the clause's verb: the first verb form after the subject's words)
  for (let v = c + 2; v < p && v <= c + 1 + BUT_SUBJECT_WORDS; v++) {
    const t = toks[v];
    if (t.punct) return false;
    if (!t.cap && isVerbForm(t.l)) return !BE_FORMS.has(t.l) && !AUXILIARIES.has(t.l);
  }
  return false;
}
/** The most words of the subject of a clause "but" opens ("the Sanders campaign | rejected"). */
const BUT_SUBJECT_WORDS = 5;

/**
 * The naming verb whose object the mention opens, with the quote its complement and no mark up to the lead-in p (-1
 * when none): 'A spokesman for Democratic presidential candidate Hillary Clinton called a report suggesting donors to
 * the Clinton Foundation were granted greater access to the State Department “outrageous.”', 'the company wrote a
 * detailed, six-page letter to Columbia's president, Lee C. Bollinger, calling the two lengthy investigative reports
 * ''inaccurate and deliberately misleading.''' (PolNeAR train): the report is named; the cue inside the object
 * ("suggesting", "reports") is no speaker's, the naming verb's subject is.
 */
function namingVerbOf(ctx: QuoteContext, m: Mention, p: number): number {
  let v = m.i - 1;
  if (DETERMINERS.has(ctx.word(v))) v--;
  // (not a naming verb's noun: "said in a brief phone call that the authority …", a Nunatsiaq News-style probe)
  if (v <= ctx.startTok || !NAMING_VERBS.has(ctx.word(v)) || m.kind === 'pronoun' || inIndefinitePhrase(ctx.toks, v)) return -1;
  for (let x = m.j; x <= p; x++) if (ctx.toks[x].punct) return -1;
  return v;
}

/** The most words of an adverb phrase set off between a cue and its quote. */
const ADVERB_PHRASE_MAX = 3;

/**
 * Only a manner adverb set off by a comma stands between the cue c and the lead-in p, which makes the cue as good as
 * adjacent: "Then she adds, more quietly: “I will miss the coffee, though.”" (test/fixtures/outlets).
 */
function adverbsOnlyBetween(toks: Tok[], c: number, p: number): boolean {
  if (toks[c + 1]?.t !== ',' || p - c - 1 > ADVERB_PHRASE_MAX) return false;
  for (let x = c + 2; x <= p; x++) if (toks[x].punct || toks[x].cap || !(DEGREE_WORDS.has(toks[x].l) || (x === p && /ly$/.test(toks[x].l)))) return false;
  return p > c + 1;
}

/** The speaker of the cue c before the quote (`adjacent`: right before the lead-in), or null. */
function attributeCue(ctx: QuoteContext, c: number, adjacent: boolean): Attribution | null {
  const caused = causedSubject(ctx, c);
  return passiveAgentBeforeQuote(ctx, c)
    ?? (caused ? ctx.byCue(caused, c, ctx.before + 1, 'cue before the quote') : null)
    ?? ((!adjacent || ctx.isParticiple(c)) && c > ctx.startTok ? participleSubject(ctx, c) : null)
    ?? subjectOfCue(ctx, c, adjacent);
}

/**
 * The speaker of a clause reported by an earlier cue: 'Rep. Steve Israel (D-N.Y) said Clinton called on members to be
 * “closely coordinated.”' → Rep. Steve Israel, not Clinton (the subject at token i stands right after "X said (that)",
 * or a few words after a strong cue that reports a clause, with no mark between).
 */
function outerSpeaker(ctx: QuoteContext, i: number): Attribution | null {
  // (a subject before the sentence's earlier quote, found past it, is reported by a cue before it: verbSubjectBefore)
  const floor = i < ctx.startTok ? ctx.openTok : ctx.startTok;
  let k = i - 1;
  if (ctx.word(k) === 'that') k--;
  if (k > floor && ctx.isCue(k, true) && !ctx.toks[k].punct) {
    // ('She declared “What a Super Tuesday!” and said that her campaign would continue “to break barriers”' → She: a
    // reporting cue coordinated after an earlier quote shares the sentence's subject, PolNeAR train)
    const outer = ctx.subjectBefore(k - 1, floor) ?? (ctx.word(k - 1) === 'and' ? sentenceOpener(ctx.toks, ctx.openTok, k - 1) : null);
    if (outer) return ctx.byCue(outer, k, ctx.before + 1, 'cue before the quote');
  }
  // further back, past the words of the reported clause: 'Obama said he expected that Americans will say “no”',
  // 'McCaskill said a lot of voters in her state would find it "very hard to look past"' (PolNeAR train)
  for (k = i - 1; k > floor && k >= i - OUTER_CUE_REACH; k--) {
    if (ctx.toks[k].punct) return null;
    if (!ctx.isCue(k, true) || ctx.isParticiple(k) || !reportsClause(ctx, k)) continue;
    const outer = ctx.subjectBefore(k - 1, floor);
    return outer && outer.kind !== 'description' ? ctx.byCue(outer, k, ctx.before + 1, 'cue before the quote') : null;
  }
  return null;
}

/** The most tokens of a parenthetical report between a subject and its verb (", Cruz said,", ", a top aide said,"). */
const PARENTHETICAL_REACH = 8;

/**
 * The speaker of a report set off by commas between the subject and its cue c: 'CNN, Cruz said, called the
 * announcement “highly significant.”' (PolNeAR train) → Cruz, whose words the clause is, as in "Cruz said CNN called …"
 * (outerSpeaker); null when no such report stands there.
 */
function parentheticalSpeaker(ctx: QuoteContext, subj: Mention, c: number): Attribution | null {
  const { toks } = ctx;
  const open = subj.j, close = c - 1;
  if (toks[open]?.t !== ',' || toks[close]?.t !== ',' || close - open > PARENTHETICAL_REACH || close - 1 <= open + 1) return null;
  const k = close - 1;
  if (!ctx.isCue(k, true) || ctx.isParticiple(k)) return null;
  const outer = ctx.subjectBefore(k - 1, open + 1);
  return outer && outer.i === open + 1 ? ctx.byCue(outer, k, ctx.before + 1, 'cue before the quote') : null;
}

/** Pronouns that open a reported clause as its subject: the subject pronouns but "you". */
const CLAUSE_SUBJECT_PRONOUNS: ReadonlySet<string> = without(PRONOUN_SUBJECTS, 'you');
/** How far before the inner clause's subject the cue that reports it may stand. */
const OUTER_CUE_REACH = 12;
/** The cue k reports a clause: "that" or a subject follows it, not an object or a preposition ("said in", "told him"). */
function reportsClause(ctx: QuoteContext, k: number): boolean {
  const next = ctx.word(k + 1);
  return next === 'that' || CLAUSE_SUBJECT_PRONOUNS.has(next) || DETERMINERS.has(next) || (ctx.toks[k + 1]?.cap ?? false);
}

/** The subject of the verb right before the object `obj` ("the actor | held | a fake audition"), or null. */
function verbSubjectBefore(ctx: QuoteContext, obj: Mention): Mention | null {
  const verb = ctx.toks[obj.i - 1];
  // (the verb may be the word the sentence's earlier quote ends on, its subject before that quote: 'the government was
  // "reviewing" the amendments and would respond "in due course,"', a National Post-style probe, where "the
  // amendments" spoke the second quote)
  const floor = obj.i - 1 < ctx.startTok ? ctx.openTok : ctx.startTok;
  if (!verb || verb.punct || verb.cap || obj.i - 2 < floor || PREPOSITIONS.has(verb.l) || NOT_NOUN.has(verb.l) || DETERMINERS.has(verb.l)) return null;
  // (past an adverb, as subjectBefore walks: "the Anti-Defamation League strongly denounced Trump’s rhetoric and said …")
  const subj = ctx.subjectBefore(obj.i - 2, floor);
  return subj && (subj.kind !== 'description' || ARTICLES.has(ctx.word(subj.i))) && subj.kind !== 'pronoun' ? subj : null;
}

/**
 * The description opening the sentence or its main clause, when the description `obj` before a coordinated cue is the
 * object of a preposition: 'Last week, the Clinton campaign also called on FEMA to conduct an “expedited review“ of
 * Flint’s water infrastructure and said …' → the Clinton campaign; 'The candidate has mocked a disabled newspaper
 * reporter … and recently pointed to a black man in the crowd at one of his rallies and called him "my African
 * American."' → The candidate (PolNeAR train).
 */
function objectOfPreposition(ctx: QuoteContext, obj: Mention): Mention | null {
  if (!PREPOSITIONS.has(ctx.word(obj.i - 1))) return null;
  const d = descriptionOpeningAnyClause(ctx.toks, ctx.openTok, obj.i) ?? descriptionBeforePast(ctx.toks, ctx.openTok, obj.i);
  return d && d.j < obj.i ? d : nameBeforeVerbOfPreposition(ctx, obj);
}

/**
 * The name right before the verb whose preposition's object `obj` is, set off by a comma from the description it
 * closes: 'One of Grayson’s former supporters who still backs Randolph, former Colorado Rep. Pat Schroeder, lives in
 * his Orlando-based district and wrote in an email to POLITICO that Dena Grayson’s campaign was “tragic …”' → Pat
 * Schroeder, not "his Orlando-based district" (PolNeAR train, Politico 2016-07-29).
 */
function nameBeforeVerbOfPreposition(ctx: QuoteContext, obj: Mention): Mention | null {
  const v = obj.i - 2, verb = ctx.toks[v];
  if (!verb || v - 2 < ctx.startTok || verb.punct || verb.cap || PREPOSITIONS.has(verb.l) || NOT_NOUN.has(verb.l) || DETERMINERS.has(verb.l) || ctx.toks[v - 1].t !== ',') return null;
  const subj = ctx.subjectBefore(v - 2);
  return subj && subj.kind === 'name' && subj.j === v - 1 ? subj : null;
}

/** How far back from the subject the comma opening an apposition left open may stand. */
const OPEN_APPOSITION_REACH = 12;

/**
 * 'Anthony Anton, president and CEO of Washington Restaurant Association stated, “…': an apposition with no comma to
 * close it; the full name opening the sentence before its comma is the subject, not the description's last words.
 */
function nameBeforeOpenApposition(ctx: QuoteContext, subj: Mention): Mention | null {
  const { toks } = ctx;
  let a = subj.i - 1;
  while (a > ctx.startTok && a > subj.i - OPEN_APPOSITION_REACH && !toks[a].punct) a--;
  if (toks[a]?.t !== ',' || a + 1 >= toks.length || toks[a + 1].cap || toks[a + 1].punct || subj.kind === 'pronoun') return null;
  // ("Appearing on CBS' Face the Nation, the GOP front-runner said": a definite subject after an opening phrase)
  if (subj.i === a + 1 && !INDEFINITE_ARTICLES.has(toks[a + 1].l)) return null;
  // (nor a name set off whole after the "the" of an honorific of address, its apposition closed before the cue: "Mayor of
  // Montego Bay, the Honourable Dr NAME, said: "…"" was the office, where its report "…, said the …" is NAME, as
  // reported/speaker.ts apposedNameBefore reads it)
  if (nameOpening(toks, subj.i) === a + 1 && toks[subj.j]?.t === ',') return null;
  const name = runAt(toks, a - 1);
  return name && name.j === a && name.i === ctx.startTok && isFullName(name) ? nameMention(toks, name.i, name.j) : null;
}

/** How far back from a coordinated cue the subject its conjunct shares may stand. */
const COORDINATED_REACH = 40;

/** The mention stands where a clause's subject stands: at its sentence's start, after a mark, a clause opener or a cue. */
function inSubjectPlace(ctx: QuoteContext, m: Mention, floor = ctx.startTok): boolean {
  const prev = m.i - 1;
  if (prev < floor) return true;
  // (a mark inside a number is no clause boundary: "greeted 2,000 supporters")
  if (ctx.toks[prev].punct) return ctx.toks[prev].e < ctx.toks[m.i].s;
  // (or an absolute phrase's: "Republicans were quick to chime in, with Donald Trump tweeting that it was a "disaster"
  // for Clinton and asking, "…"", PolNeAR train)
  return SUBJECT_LEAD_INS.has(ctx.word(prev)) || ctx.isCue(prev) || (ctx.word(prev) === 'with' && m.j < ctx.toks.length && ctx.isParticiple(m.j));
}

/**
 * The full name m holds the lower-case role right before it, after the name of the body the role is of, in a subject's
 * place: "BJP State president K. Annamalai-Raj said the Centre had … under the Union Budget and averred that the Chief
 * Minister was "playing politics …"" (a Hindu-style probe, test/fixtures/outlets in-hindu-metro-phase-funding.txt,
 * where the coordinated cue's speaker was the body "BJP State").
 */
function roleHolderInSubjectPlace(ctx: QuoteContext, m: Mention, floor: number): boolean {
  const role = ctx.toks[m.i - 1];
  if (m.kind !== 'name' || !isFullName(m) || !role || role.cap || role.punct || !(isRoleNoun(role.l) || TITLES.has(role.l))) return false;
  const body = m.i - 2 >= floor ? ctx.subjectBefore(m.i - 2, floor) : null;
  return !!body && body.kind === 'name' && body.j === m.i - 1 && inSubjectPlace(ctx, body, floor);
}

/**
 * The subject of a cue coordinated with an earlier verb when the mention before "and" is that verb's object: 'when he
 * brought up the Oklahoma City bombing and later said, “…' → he; 'Lazar said he welcomed extradition to the United
 * States and added, "…' → he (Lazar); 'when Cruz knocked Rubio on trade and called him a "moderate"' → Cruz (PolNeAR
 * train; the object may carry a prepositional phrase: "knocked Rubio on trade and called"). The nearest name or pronoun
 * before it in a subject's place, followed by a word (its verb), not "it".
 */
function coordinatedSubject(ctx: QuoteContext, c: number, obj: Mention): Mention | null {
  const a = pastAdverbs(ctx.toks, c - 1, ctx.startTok, true);
  if (ctx.word(a) !== 'and' || !(obj.j === a || prepositionalPhraseBetween(ctx, obj.j, a)) || inSubjectPlace(ctx, obj)) return null;
  // (back past an earlier quote of the sentence, the object of a verb before: 'when House Speaker Paul D. Ryan of
  // Wisconsin lamented the "disheartened" state of the campaign and criticized the "identity politics"', PolNeAR train)
  const floor = ctx.openTok;
  for (let x = obj.i - 1; x >= floor && x > c - COORDINATED_REACH; x--) {
    const t = ctx.toks[x];
    if (t.t === ';') break;
    const next = ctx.toks[x + 1];
    if (t.punct || next.punct || next.cap || PREPOSITIONS.has(next.l) || DETERMINERS.has(next.l)) continue;
    const m = ctx.subjectBefore(x, floor);
    if (!m || (m.kind === 'pronoun' && ctx.word(m.i) === 'it') || !(inSubjectPlace(ctx, m, floor) || roleHolderInSubjectPlace(ctx, m, floor))) continue;
    if (m.kind !== 'description') return m;
    // (a description opening a clause ends the search: "the prominent Jewish civil rights organization the
    // Anti-Defamation League strongly denounced Trump's rhetoric and said" is left to the rules below; one after a
    // cue is its object: 'Paul D. Ryan of Wisconsin lamented the "disheartened" state of the campaign and criticized the
    // "identity politics"', PolNeAR train, Washington Post 2016-03-24, where "campaign" spoke without it; first written
    // on a PolNeAR dev example)
    if (!ctx.isCue(m.i - 1)) return null;
  }
  return null;
}

/** The most tokens of a prepositional phrase after the object of a coordinated verb ("Rubio | on trade | and"). */
const OBJECT_PHRASE_REACH = 4;

/** Tokens [from, to) are a short prepositional phrase with no mark: "knocked Rubio | on trade | and called him". */
function prepositionalPhraseBetween(ctx: QuoteContext, from: number, to: number): boolean {
  if (to - from < 2 || to - from > OBJECT_PHRASE_REACH || !PREPOSITIONS.has(ctx.word(from)) || ctx.toks[from].cap) return false;
  for (let x = from + 1; x < to; x++) if (ctx.toks[x].punct) return false;
  return true;
}

/** Number words of a share "four in 10" opens with. */
const SHARE_COUNTS = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine)$/;

/**
 * A description with the share of it that speaks: "About four in 10 South Carolina Republican primary voters say", "At
 * least half of voters in each state say" (PolNeAR train), not "10 South Carolina …", "voters in each state".
 */
function withShare(toks: Tok[], d: Mention, floor: number): Mention {
  if (d.kind !== 'description') return d;
  let i = d.i;
  if (i - 2 >= floor && allDigits(toks[i].t) && toks[i - 1].l === 'in' && SHARE_COUNTS.test(toks[i - 2].l)) i -= 2;
  else if (i - 2 >= floor && toks[i - 1].l === 'of' && SHARE_WORDS.has(toks[i - 2].l)) i -= 2;
  else return d;
  // ("About four in 10", "At least half")
  if (i - 1 >= floor && SHARE_WORDS.has(toks[i - 1].l)) i--;
  else if (i - 2 >= floor && toks[i - 1].l === 'least' && toks[i - 2].l === 'at') i -= 2;
  return { ...d, s: toks[i].s, i };
}

/** Pronouns that never speak as an infinitive's subject ("it is safe to say", "you have to say"). */
const IMPERSONAL_SUBJECTS: ReadonlySet<string> = new Set(['it', 'you', 'this', 'that']);
/** The most words of the verb chain between an infinitive cue's "to" and its subject ("went so far as | to say"). */
const INFINITIVE_CHAIN_REACH = 6;
/** Words of a verb chain before "to" that no test below knows ("went on", "went so far as", "is going", "tries"). */
const CHAIN_WORDS: ReadonlySet<string> = new Set(['on', 'so', 'far', 'as', 'go', 'goes', 'going', 'seems', 'tries', 'began', 'begins', 'refuses', 'declines']);

/** Token t is a word of the verb chain before an infinitive: an auxiliary, an adverb, a past or a chain word. */
const chainWord = (t: Tok): boolean => !t.punct && !t.cap
  && (AUXILIARIES.has(t.l) || BEFORE_CUE_WORDS.has(t.l) || IRREGULAR_PAST.has(t.l) || CHAIN_WORDS.has(t.l) || REGULAR_PAST.test(t.l) || /[a-z]ly$/.test(t.l));

/**
 * The subject of the infinitive cue c ("to say"): the name or pronoun right before its verb chain, in a subject's
 * place ('The Slate technology columnist David Auerbach went so far as to say: ''…''', 'Mr. Trump was prompted to
 * say, ''…''', 'Bryne went on to say, “…”': PolNeAR train; not the object in 'she expects President Barack Obama to
 * announce an “intensification”'), else the sentence's opening name or pronoun ('Trump joked …, but went on to say,
 * “…'); never an impersonal "it".
 */
function infinitiveSubject(ctx: QuoteContext, c: number): Mention | null {
  const { toks } = ctx;
  let x = c - 2;
  while (x > ctx.startTok && x > c - 2 - INFINITIVE_CHAIN_REACH && chainWord(toks[x])) x--;
  let subj = x < c - 2 && x >= ctx.startTok ? ctx.subjectBefore(x) : null;
  // (a role before a name is the name's own: "The Slate technology columnist David Auerbach")
  if (subj && (subj.kind === 'description' || !(inSubjectPlace(ctx, subj) || ROLE_HINT.test(ctx.word(subj.i - 1))))) subj = null;
  subj ??= purposeOfAbsolute(ctx, c) ?? sentenceOpener(toks, ctx.openTok, c - 1);
  return subj && !(subj.kind === 'pronoun' && IMPERSONAL_SUBJECTS.has(ctx.word(subj.i))) ? subj : null;
}

/** The most words of a causative verb's object before the "to" of its infinitive ("leading | Clinton economic advisers like Gene Sperling | to counter"). */
const CAUSED_OBJECT_REACH = 7;

/**
 * The object of a causative verb before the infinitive cue c, who does what the infinitive says: "His auto bailout
 * fact-check Wednesday was retweeted 3,200 times, leading Clinton economic advisers like Gene Sperling to counter that
 * “every cent that went to the auto bail out, Sanders voted against.”" (PolNeAR train, Politico 2016-03-10, where the
 * quote went to Bill Clinton), "… an unexpectedly strong win that led her to declare that the Democratic nomination was
 * ''within reach''" (NYT 2016-04-21, went to Donald J. Trump). The mention right before "to".
 */
function causedSubject(ctx: QuoteContext, c: number): Mention | null {
  if (ctx.word(c - 1) !== 'to' || c - 2 <= ctx.startTok) return null;
  const obj = ctx.subjectBefore(c - 2);
  if (!obj || obj.j !== c - 1) return null;
  // (back past the object's own words, no mark or clause word between: "advisers like Gene Sperling"; a description
  // read back may open on the verb itself: "leading economic advisers")
  for (let v = obj.i; v >= ctx.startTok && v >= c - 1 - CAUSED_OBJECT_REACH; v--) {
    const t = ctx.toks[v];
    if (t.punct || NOT_NOUN.has(t.l)) return null;
    if (t.cap || !CAUSATIVE_VERBS.has(t.l)) continue;
    if (v < obj.i) return causedGroup(ctx, v, c) ?? obj;
    // (the object's words after the verb, a description of people: "economic advisers")
    return v + 1 < obj.j ? { ...obj, i: v + 1, s: ctx.toks[v + 1].s } : null;
  }
  return null;
}

/**
 * The group of people a name right after the causative verb v modifies, before the infinitive cue c: "leading Clinton
 * economic advisers like Gene Sperling to counter" → Clinton economic advisers, who speak (Gene Sperling one of them).
 */
function causedGroup(ctx: QuoteContext, v: number, c: number): Mention | null {
  const r = runAt(ctx.toks, v + 1);
  const group = r && r.i === v + 1 ? groupOfName(ctx.toks, nameMention(ctx.toks, r.i, r.j)) : null;
  return group && group.j <= c - 1 ? group : null;
}

/** The most words between an absolute phrase's participle and the "to" of an infinitive it takes ("taking | to Twitter | to call"). */
const PURPOSE_REACH = 4;

/**
 * The infinitive cue c ("to call") is the purpose of a participle an absolute phrase gives a subject of its own: that
 * subject ("The Trump campaign has denied it happened, with Lewandowski taking to Twitter to call Fields “totally
 * delusional” for the accusation.", PolNeAR train, HuffPost 2016-03-15, where the quote went to the campaign).
 */
function purposeOfAbsolute(ctx: QuoteContext, c: number): Mention | null {
  for (let x = c - 2; x > ctx.startTok && x >= c - 2 - PURPOSE_REACH && !ctx.toks[x].punct; x--) {
    if (ctx.isParticiple(x)) return absoluteSubject(ctx, x);
  }
  return null;
}

/** Passive cues whose subject still speaks: the speech was only recorded ("he was quoted as saying", "was heard saying"). */
const RECORDED_SPEECH: ReadonlySet<string> = new Set(['quoted', 'heard', 'recorded', 'caught', 'overheard', 'filmed', 'seen']);

/**
 * The cue c is a passive whose subject only undergoes it: 'citing an instance in which a Marine was found guilty of
 * "gross negligence."', 'Trump was asked, “What’s the most dangerous place in the world you’ve been to?”' (PolNeAR
 * train) — its subject is no speaker.
 */
function passiveCue(ctx: QuoteContext, c: number): boolean {
  let a = c - 1;
  if (a > ctx.startTok && LY_ADVERB.test(ctx.word(a)) && !ctx.toks[a].cap) a--;
  return PASSIVE_AUXILIARIES.has(ctx.word(a)) && !ctx.isParticiple(c) && !RECORDED_SPEECH.has(ctx.word(c));
}

/** The most words of the object a name set off by commas after it may name, back to its preposition ("Meles's successor", "of Mrs. Clinton and her husband"). */
const NAMED_OBJECT_REACH = 7;
/** Prepositions of place before an object (beside the list of ../lexicon's PREPOSITIONS). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([...PREPOSITIONS, 'beside', 'alongside', 'behind', 'against', 'toward', 'towards', 'under']);

/**
 * The name set off by a comma names the object of a preposition before it: 'But Obama, making it clear …, stood
 * beside Meles's successor, Prime Minister Hailemariam Desalegn, and described the government as being
 * ''democratically elected.''' (PolNeAR train) — no subject of the verb coordinated after it.
 */
function nameOfObject(ctx: QuoteContext, m: Mention): boolean {
  if (m.kind !== 'name' || ctx.toks[m.i - 1]?.t !== ',') return false;
  for (let x = m.i - 2; x >= ctx.startTok && x > m.i - 2 - NAMED_OBJECT_REACH; x--) {
    if (ctx.toks[x].punct) return false;
    if (PLACE_PREPOSITIONS.has(ctx.word(x))) return x < m.i - 2;
  }
  return false;
}

/** The cue verb in -s or -ed that description m ends on ("the foundation ⟨predicts⟩"), its token index; else -1. */
function contactCue(ctx: QuoteContext, m: Mention): number {
  const last = ctx.toks[m.j - 1];
  return !last.cap && CUES.has(last.l) && /(?:s|ed)$/.test(last.l) && !ctx.toks[m.j - 2].punct && DETERMINERS.has(ctx.word(m.i)) ? m.j - 1 : -1;
}

function subjectOfCue(ctx: QuoteContext, c: number, adjacent: boolean): Attribution | null {
  const { toks, openTok, before } = ctx;
  if (passiveCue(ctx, c)) return null;
  // ("Cruz himself said Tuesday that “…”": an emphatic reflexive after the subject; PolNeAR train)
  const emphatic = REFLEXIVE_PRONOUNS.has(ctx.word(c - 1)) && c - 2 >= ctx.startTok && !toks[c - 2].punct;
  // ("the groups who wrote to her on Thursday say", "Two officials who spoke on condition of anonymity said": the noun
  // the relative clause qualifies, not a word inside the clause)
  let subj = pastRelativeClause(toks, c, ctx.startTok, ctx.subjectBefore(emphatic ? c - 2 : c - 1));
  if (subj) subj = withShare(toks, subj, ctx.startTok);
  const shared = subj && coordinatedSubject(ctx, c, subj);
  if (shared) subj = shared;
  // "Trump joked …, but went on to say, “…", "Bryne went on to say, “…", "Mr. Trump was prompted to say, ''…''": an
  // infinitive's subject is the sentence's
  if (ctx.word(c - 1) === 'to' && (!subj || subj.kind === 'description')) subj = infinitiveSubject(ctx, c) ?? subj;
  // "he looked straight into my camera, furrowed his brow and said, “…": a coordinated verb shares the sentence's subject
  // ("Carson took the stage at the Grand Hotel in Baltimore and called …": the place is an object)
  else if (subj && !shared && ctx.word(pastAdverbs(ctx.toks, c - 1, ctx.startTok, true)) === 'and' && (subj.kind === 'description' || PREPOSITIONS.has(ctx.word(subj.i - 1)) || nameOfObject(ctx, subj) || (subj.kind === 'name' && toks[subj.i - 1] && !toks[subj.i - 1].punct && DAY_WORDS.has(ctx.word(subj.j))))) {
    // ('That prompted Rubio to make a joke about yoga and call Trump "very flexible"' → Rubio: a verb coordinated with an
    // infinitive shares the infinitive's subject, PolNeAR train)
    const infinitive = subj.kind === 'description' && ctx.word(subj.i - 2) === 'to' && !toks[subj.i - 1].punct && !toks[subj.i - 1].cap && subj.i - 3 >= ctx.startTok ? ctx.subjectBefore(subj.i - 3) : null;
    const opener = infinitive?.kind === 'name' ? null : sentenceOpener(toks, openTok, subj.i);
    if (infinitive?.kind === 'name') subj = infinitive;
    else if (opener && opener.kind !== 'description' && !toks[opener.j - 1].poss) subj = opener;
    // ("the actor held a fake audition and asked white actors to act “whiter.”": the object of the verb before it is
    // no speaker, that verb's subject is)
    else if (subj.kind === 'description') subj = verbSubjectBefore(ctx, subj) ?? objectOfPreposition(ctx, subj) ?? subj;
    // ("The man claimed to be serving with a medical unit in Syria and said he needed money to pay for ‘leave papers’",
    // a MailOnline-style probe, was "Syria": a name a preposition governs is no subject, the description opening the
    // sentence is, as for a description there)
    else if (subj.kind === 'name' && PREPOSITIONS.has(ctx.word(subj.i - 1))) subj = objectOfPreposition(ctx, subj) ?? subj;
    // (so is any other name that is an object, as one set off after the object it names: "the Sanders campaign sent out a
    // fund-raising email with an image of Mrs. Clinton and her husband, Bill Clinton, at Mr. Trump's 2005 wedding, and
    // accused Clinton allies of being ''traitors''", PolNeAR train, NYT 2016-04-28, was Bill Clinton's)
    else if (subj.kind === 'name') subj = descriptionOpeningAnyClause(toks, openTok, subj.i) ?? subj;
  }
  if (subj && NAMING_VERBS.has(toks[c].l)) subj = freeRelativeAntecedent(toks, openTok, subj) ?? subj;
  // ("a trend that the foundation predicts will continue ''for the next few years''": a subject that ends on a cue
  // verb in -s or -ed is that cue's, the words before it its speaker, not the later verb's subject; PolNeAR train)
  const contact = subj && subj.kind === 'description' && subj.j - subj.i >= 2 ? contactCue(ctx, subj) : -1;
  if (subj && contact > 0) return ctx.byCue({ ...subj, j: contact, e: toks[contact - 1].e, head: toks[contact - 1].t }, contact, before + 1, 'cue before the quote');
  const weak = WEAK_CUES.has(toks[c].l);
  // ("it started Wednesday with a “countdown clock” ticking down": a weak cue away from the quote needs a person)
  const person = subj && subj.kind !== 'description' && !(subj.kind === 'pronoun' && toks[subj.i].l === 'it');
  if (subj && (adjacent || !weak || (person && !ADJACENT_ONLY.has(toks[c].l)))) return parentheticalSpeaker(ctx, subj, c) ?? outerSpeaker(ctx, subj.i) ?? ctx.byCue(nameBeforeOpenApposition(ctx, subj) ?? subj, c, before + 1, 'cue before the quote');
  if (!adjacent && weak) return null;
  const obj = INVERTING.has(toks[c].l) ? ctx.subjectAfter(c + 1, before + 1) : null;
  return obj && obj.kind === 'name' && c + 1 < before ? ctx.byCue(obj, c, before + 1, 'cue before the quote') : null;
}
