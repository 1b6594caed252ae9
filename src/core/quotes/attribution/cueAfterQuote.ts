/**
 * Rule family "cue after the quote": the classic news layout, the cue and its subject right after the quote, in
 * either order. Examples (the seeds, PolNeAR train):
 *   '“I am now sure we have enough evidence, what is happening is genocide …,” Clinton said.' → Clinton
 *   '"Did he lose 20 minutes? Probably," said one former senior agency official.' → one former senior agency official
 *   '“…,” said Mirsky, a leading Mideast expert' (the seeds) → Mirsky (an inverted cue)
 *   "''…,'' like the recent volatility of markets, said Richard Curtin" → Richard Curtin (an inverted cue further on)
 *   '“You know, it happens, right?” Trump went on, as if he didn’t hear her.' → Trump (a cue and its particle)
 *   '“Delegates are and should be able to vote the way they see fit,” Walker said, according to an Associated Press
 *     account.' → Associated Press (rule "according to", ./accordingTo.ts)
 * and, later in the sentence (rule "cue later in the sentence"):
 *   '"The federal court's decision recognizes …," Robert McDuff, attorney for one of four groups to file suit over
 *     the law, said in a statement.' → Robert McDuff
 *   '“…,” Anne Richards, assistant secretary of state for population, refugees, and migration, said on the same call.'
 *     → Anne Richards (an apposition with commas inside, too long for the reach above)
 *   'Trump further summed up Clinton as “terrible,” denounced her record as secretary of state and said …' → Trump (a
 *     cue coordinated by "and" shares the sentence's subject)
 * A quote that closes its sentence, or has a cue close before it, belongs first to that cue (./cueBeforeQuote.ts):
 * 'Jeb Bush called Trump “unhinged.” Sen. Marco Rubio called the statement …' — unless it ends the classic way,
 * '“…,” the Florida senator said'.
 */
import { AUXILIARY_SURNAMES, BEFORE_CUE_WORDS, CONTRAST_SUBORDINATORS, CUE_PARTICLES, INNER_MARKS, INVERTING, NAMING_PARTICIPLES, OBJECT_PRONOUNS, PERSON_PRONOUNS, PREPOSITIONS, REFLEXIVE_PRONOUNS, REGULAR_PAST, RELATIVE_PRONOUNS, SUBORDINATORS, TIME_SUBORDINATORS, WEAK_CUES } from '../lexicon';
import { isIngForm, wordSet } from '../../people/lexicon';
import { runAt } from '../names';
import { tokenAt, type Tok } from '../tokens';
import { accordingToSourceAt } from './accordingTo';
import { abbreviationPeriod } from './apposition';
import type { QuoteContext } from './context';
import { nameMention, type Attribution, type Mention } from './mention';
import { sentenceOpener } from './opener';
import { pastRelativeClause } from './subjectBefore';

/** How far after the quote an inverted cue after a comma may stand ("…,'' like …, said Richard Curtin"). */
const INVERTED_CUE_FURTHER_REACH = 30;
/** How far after the quote a subject and its cue may stand; after a quote that closes its sentence, less. */
const SUBJECT_AND_CUE_REACH = 14;
const SUBJECT_AND_CUE_REACH_AFTER_CLOSE = 5;
/** A cue before the quote this close to it (in tokens) is the quote's own, unless the quote ends the classic way. */
const CLOSE_CUE_BEFORE = 8;
/** In the classic layout, the subject and cue stand within this many tokens after the quote. */
const CLASSIC_REACH = 4;
/** How far past a subject right after the quote its apposition, commas and all, may run before ', said'. */
const LONG_APPOSITION_REACH = 40;
/** How far after the quote a strong cue later in the sentence may stand. */
const LATER_CUE_REACH = 25;
/** The closing marks (and spaces) at the end of a quote: " ” ’ ' and the German “ « (also »: «…»). */
const CLOSING_MARKS = /["”“’'«»\s]+$/;

/**
 * After a quote that closes its sentence, a cue followed by a word is a new sentence ("Russia insisted that …"),
 * not "Lavrov said." — nor '“You know, it happens, right?” Trump went on, as if he didn’t hear her.' (a particle
 * that ends the clause).
 */
export function newSentenceAt(ctx: QuoteContext, c: number): boolean {
  const { toks } = ctx;
  if (CUE_PARTICLES.has(ctx.word(c + 1)) && (!toks[c + 2] || toks[c + 2].punct)) return false;
  if (!ctx.closesSentence || c + 1 >= toks.length || toks[c + 1].punct || BEFORE_CUE_WORDS.has(toks[c + 1].l)) return false;
  // (after a question or an exclamation, a cue with its hearer or a preposition is the quote's: '“Who do they think
  // they are?” Trump said of Apple in February', '“…, who knows?” Trump told Britain’s ITV television'; not '“…!” She
  // replied to him that …')
  // ('“Too forced?” He tweeted when Clinton ended a Democratic debate', PolNeAR train: or a subordinate clause of when)
  const hearerOrPreposition = toks[c + 1].cap || (PREPOSITIONS.has(toks[c + 1].l) && !OBJECT_PRONOUNS.has(ctx.word(c + 2))) || TIME_SUBORDINATORS.has(toks[c + 1].l);
  return !(endsOnQuestionOrExclamation(ctx) && hearerOrPreposition);
}

/** The quote's words end on a question or an exclamation mark. */
function endsOnQuestionOrExclamation(ctx: QuoteContext): boolean {
  return /[?!]$/.test(ctx.text.slice(ctx.qs, ctx.qe).replace(CLOSING_MARKS, ''));
}


/**
 * '“Brexit means Brexit,” May said.', '“…,” said May.', '“…,” Will wrote.', '"…," From said.' (PolNeAR train: the
 * columnist George Will, the Democratic strategist Al From): a capitalised function word right after the quote and before its cue, or right after an inverted cue and
 * before the clause's end, is a surname (or a first name before one).
 */
function auxiliarySurname(ctx: QuoteContext, k: number, inverted: boolean): Mention | null {
  const { toks } = ctx;
  const t = toks[k];
  if (!t || !t.cap || t.poss || !AUXILIARY_SURNAMES.has(t.l)) return null;
  if (!inverted) return toks[k + 1] && ctx.isCue(k + 1) ? nameMention(toks, k, k + 1) : null;
  // (or a first name: '“…,” said Will Doyle, a professor of higher education')
  let j = k + 1;
  while (j < toks.length && toks[j].cap && !toks[j - 1].poss) j++;
  return !toks[j] || toks[j].punct ? nameMention(toks, k, j) : null;
}

/**
 * Words after a quote that open a clause set against it, whose cue reports another speech: 'New Hampshire Sen. Kelly
 * Ayotte’s campaign, for example, said she would “support the nominee” but “isn’t planning to endorse anyone this
 * cycle,” while Maine Sen. Susan Collins and Texas Rep. Louis Gohmert suggested they would only offer conditional
 * support.', '73 percent of Americans accepted that Trump’s outline for America was the “right direction” compared to
 * only 24 percent who said otherwise.' (PolNeAR train) — not "but", after which the same speaker often goes on
 * ('…,'' but he denied that they were on active duty', PolNeAR train). The contrast subordinators, the British
 * "whilst" and "compared".
 */
const CONTRASTING: ReadonlySet<string> = new Set([...CONTRAST_SUBORDINATORS, 'whilst', 'compared']);

/**
 * The subject stands after an "and" that follows the quote (at or after token `from`), or after a contrasting "while"
 * in its own clause there: it opens a clause of its own.
 */
function newClauseSubject(ctx: QuoteContext, subj: Mention, from: number): boolean {
  if (ctx.word(subj.i - 1) === 'and' && subj.i - 1 >= from) return true;
  // (in the subject's own clause: no mark between — not '"…," compared with last year, Smith said')
  for (let x = subj.i - 1; x >= from && !ctx.toks[x].punct; x--) if (CONTRASTING.has(ctx.word(x)) || evenAs(ctx, x)) return true;
  return false;
}

/**
 * Token x is the "as" of a concessive "even as": 'Premier Graham Ellison brushed off a leaked hospital memo … as "old
 * news," even as the NDP said it proved …' (a Toronto Star-style probe, test/fixtures/outlets
 * ca-star-queenspark-hospital-scrum.txt, was the NDP's); "as" alone is as often the same speaker's time.
 */
const evenAs = (ctx: QuoteContext, x: number): boolean => ctx.word(x) === 'as' && ctx.word(x - 1) === 'even';

/** Verbs of a name someone gives themselves, before the reflexive ("a man calling himself Paul Paul"). */
const SELF_NAMING = wordSet('calling|naming|styling');

/**
 * The name a description gives itself right after it (token k on): "''…!'' wrote a man calling himself Paul Paul."
 * (PolNeAR train) → Paul Paul, the user's name.
 */
function selfNamed(toks: Tok[], k: number, ceil: number): Mention | null {
  if (!SELF_NAMING.has(toks[k]?.l ?? '') || !REFLEXIVE_PRONOUNS.has(toks[k + 1]?.l ?? '') || !toks[k + 2]?.cap) return null;
  const r = runAt(toks, k + 2);
  return r && r.i === k + 2 && r.j <= ceil ? nameMention(toks, r.i, r.j) : null;
}

/** Token k opens the name a description is given: "known as", "called", "dubbed" ("the base chief known as Bob"). */
function namedAs(toks: Tok[], k: number): boolean {
  return NAMING_PARTICIPLES.has(toks[k].l) && (toks[k + 1]?.l === 'as' || !!toks[k + 1]?.cap);
}

/**
 * A description that took in the participle of the name it is given ("the base chief known | as Bob"): the name given
 * when one follows "as" (Bob, as "wrote a man calling himself Paul Paul" is Paul Paul), else the description without
 * the participle ("the man known as the boss" → the man).
 */
function givenName(toks: Tok[], m: Mention, ceil: number): Mention | null {
  const last = m.j - 1;
  if (last - 1 <= m.i || !namedAs(toks, last)) return null;
  const r = toks[m.j + 1]?.cap ? runAt(toks, m.j + 1) : null;
  return r && r.i === m.j + 1 && r.j <= ceil ? nameMention(toks, r.i, r.j) : { ...m, e: toks[last - 1].e, j: last, head: toks[last - 1].l };
}

/** '…," said Mirsky' / '…," according to X': an inverted cue (or one that always means speech) right after the quote. */
export function invertedCueAfterQuote(ctx: QuoteContext): Attribution | null {
  const { toks, next: k, endTok } = ctx;
  if (k >= endTok) return null;
  // ('…,” telling Fox 35 that …': what follows a participle is its object, not its subject)
  // (and only a cue that inverts or always means speech: not '“…” found …', '“…” called for …')
  // (not a new sentence that opens "According to X, …" after a quote that closes its own: "… he did not ''use it that
  // much.'' According to F.A.A. records, the Boeing has flown …", PolNeAR train)
  const accordingTo = toks[k].l === 'according' && ctx.word(k + 1) === 'to' && !(ctx.closesSentence && toks[k].cap);
  if (!accordingTo && !(ctx.isCue(k) && !ctx.isParticiple(k) && (INVERTING.has(toks[k].l) || !WEAK_CUES.has(toks[k].l)))) return null;
  let m = k + 1;
  // (a capitalised one is a name: '“…,” said May.')
  while (!accordingTo && m < endTok && BEFORE_CUE_WORDS.has(toks[m].l) && !PERSON_PRONOUNS.has(toks[m].l) && !toks[m].cap) m++;
  const found = accordingTo ? accordingToSourceAt(toks, k + 2, endTok) : ctx.subjectAfter(m, endTok) ?? auxiliarySurname(ctx, m, true);
  const subj = found && found.kind === 'description' ? selfNamed(toks, found.j, endTok) ?? givenName(toks, found, endTok) ?? found : found;
  // ("…,'' said the candidate could be …" is "[X] said [that] the candidate could …", no inverted subject; but a
  // participle describes the subject: "''…!'' wrote a man calling himself Paul Paul.", and so does a name given it:
  // '"There never was a stand-down order," said the base chief known as Bob, speaking …', PolNeAR train)
  const clause = !!subj && subj.kind === 'description' && !accordingTo && !!toks[subj.j] && subj.j < endTok && !toks[subj.j].punct && !toks[subj.j].cap && !PREPOSITIONS.has(toks[subj.j].l) && !RELATIVE_PRONOUNS.has(toks[subj.j].l) && !isIngForm(toks[subj.j].l) && !namedAs(toks, subj.j);
  return subj && !clause ? ctx.byCue(subj, k, endTok, accordingTo ? 'according to' : 'cue after the quote') : null;
}

/**
 * '“…,” remembered Roy Verley, HP's former chief corporate spokesman.', '"…," exhorted Clinton's introducer, actress
 * Jamie Lee Curtis.', '“…?” reacted Trump.' (PolNeAR train): a past verb no cue list holds, right after a quote that
 * ends the classic way, and a name (or an owner's role) that ends the clause is an inverted cue and its subject —
 * not '"…," prompted a $5 billion, ultimately unsuccessful, defamation lawsuit' (no name), nor '"…," angered Democrats
 * in the House' (the clause goes on).
 */
export function invertedVerbAfterQuote(ctx: QuoteContext): Attribution | null {
  const { toks, text, next: k, endTok } = ctx;
  if (k >= endTok || !/[,?!]$/.test(text.slice(ctx.qs, ctx.qe).replace(CLOSING_MARKS, ''))) return null;
  const v = toks[k];
  if (v.cap || v.punct || !REGULAR_PAST.test(v.l)) return null;
  const subj = ctx.subjectAfter(k + 1, endTok);
  if (!subj || !(subj.kind === 'name' || (subj.kind === 'description' && toks[subj.i].poss))) return null;
  return subj.j >= endTok || toks[subj.j].punct ? ctx.byCue(subj, k, endTok, 'cue after the quote') : null;
}


/** '…,'' like the recent volatility of markets, said Richard Curtin': an inverted cue after a comma, further on. */
export function invertedCueFurtherOn(ctx: QuoteContext): Attribution | null {
  const { toks, next: k, endTok } = ctx;
  if (k >= endTok) return null;
  for (let c = k + 1; c < endTok && c < k + INVERTED_CUE_FURTHER_REACH; c++) {
    if (toks[c - 1].t === ',' && INVERTING.has(toks[c].l)) {
      const subj = ctx.subjectAfter(c + 1, endTok);
      if (subj && subj.kind === 'name') return ctx.byCue(subj, c, endTok, 'cue after the quote');
    }
  }
  return null;
}

/**
 * '…," Lavrov said.' / '…," the envoy warned': a subject then its cue within a few tokens after the quote. When a
 * cue before the quote has the first claim (see the file comment), only the classic layout is looked at here and
 * the pipeline then takes the cue before.
 */
export function subjectAndCueAfterQuote(ctx: QuoteContext): Attribution | null {
  const { toks, text, next: k, endTok } = ctx;
  if (k >= endTok) return null;
  const early = ctx.beforeQuote();
  // (the British way puts the comma after the mark: '‘…’, the Florida senator said')
  const classic = /[,?!]$/.test(text.slice(ctx.qs, ctx.qe).replace(CLOSING_MARKS, '')) || text[ctx.qe] === ',';
  // (the cue before a quote inside an opening subordinate clause is the quote's, the main clause after it is not)
  if (early && inOpeningClause(ctx, early)) return null;
  const earlyFirst = !!early && (ctx.closesSentence || !classic || ctx.quoteTok - tokenAt(toks, early.cue.s) <= CLOSE_CUE_BEFORE);
  const reach = earlyFirst ? (classic ? CLASSIC_REACH + 1 : 0) : ctx.closesSentence ? SUBJECT_AND_CUE_REACH_AFTER_CLOSE : SUBJECT_AND_CUE_REACH;
  for (let c = k; c < endTok && c < k + reach; c++) {
    if (toks[c].punct && !INNER_MARKS.has(toks[c].t)) break;
    // (after a quote that is no sentence of its own, a weak cue is another clause's verb: '… the 100 or so “unbound”
    // delegates who go to Cleveland')
    if (!ctx.isCue(c, !classic) || c === k || ctx.isParticiple(c) || toks[c - 1].l === 'and' || newSentenceAt(ctx, c)) continue;
    // ('“…,” two officials who spoke on condition of anonymity said': past a relative clause, as before the quote)
    const subj = pastRelativeClause(toks, c, k, ctx.subjectBefore(c - 1, k)) ?? (c - 1 === k ? auxiliarySurname(ctx, k, false) : null);
    // ('Ted Cruz accuses Obama of “leading from behind” and Donald Trump says …': a new clause's subject)
    if (subj && newClauseSubject(ctx, subj, k)) continue;
    // ('… stood and answered “yes, sir” when the judge asked whether he understood …': the subject of a clause of time
    // after the quote asks or answers it, no speaker of it; a Calgary Herald-style probe)
    if (subj && askerAfter(toks, subj, k)) continue;
    // ('She said her brother … knows the country “better than anybody,” and that the family believes he may have found
    // shelter': a subject inside a second "that" clause of the report the quote stands in is that report's content, no
    // speaker of it; a CBC-style probe, test/fixtures/outlets ca-cbc-sask-rcmp-search.txt, was "he")
    if (subj && thatClauseBetween(toks, k, subj.i)) continue;
    // ('Clinton responds to Mills with, “Why now? …?” Mills then writes back, “You look cute.”': after a quote that
    // closes its sentence, a cue that opens another quote is that one's, and the cue before this quote stands; with no
    // cue before it, the quote goes on with the speaker before: "''We are refugees,'' Ms. Alawee said. ''We are not
    // terrorists.'' Mr. Zahed said: ''…''", PolNeAR train)
    if (subj && ctx.closesSentence && cueOpensQuote(text, ctx.cueSpan(c, endTok).e)) return null;
    if (subj) return ctx.byCue(subj, c, endTok, 'cue after the quote');
  }
  return null;
}

/**
 * The subject `subj` of a cue after the quote opens a clause of time there ("… answered “yes, sir” when the judge
 * asked whether …", a Calgary Herald-style probe; "Clinton officials were thrilled with the editorial, entitled “Mr.
 * Sanders Is Not a Brave Truth-Teller,” when it posted on Jan. 27", PolNeAR train, was "it"): it asks the quote's
 * question or tells when, no speaker of it. (Not "as": "“is a dead heat right now,” as Cruz said on Glenn Beck’s radio
 * program" is Cruz's, PolNeAR train.)
 */
function askerAfter(toks: Tok[], subj: Mention, after: number): boolean {
  return subj.i - 1 >= after && CLAUSE_OF_TIME.has(toks[subj.i - 1]?.l ?? '');
}
/** A complementizer "that" opens a clause between the quote's next token k and the subject at i ("…,” and that the family believes he …"). */
function thatClauseBetween(toks: Tok[], k: number, i: number): boolean {
  for (let x = k; x < i; x++) if (toks[x].t === 'that' && toks[x - 1]?.l === 'and') return true;
  return false;
}
/** The subordinators of time of TIME_SUBORDINATORS but "as", which also opens a clause of manner ("as Cruz said"). */
const CLAUSE_OF_TIME = wordSet('when|while|after|before');

/** What follows a cue that introduces a quote of its own: a particle ("writes back"), a comma or a colon, an opening mark. */
const CUE_OPENS_QUOTE = /^(?:\s+\p{Ll}+)?\s*[,:]\s*["“‘']/u;
/** How much text after the cue is read for that. */
const CUE_OPENS_QUOTE_CHARS = 16;

/** The cue ending at `cueEnd` introduces a quote of its own ('Mills then writes back, “You look cute.”'). */
function cueOpensQuote(text: string, cueEnd: number): boolean {
  return CUE_OPENS_QUOTE.test(text.slice(cueEnd, cueEnd + CUE_OPENS_QUOTE_CHARS));
}

/**
 * The quote stands in a subordinate clause opening its sentence, as the object of that clause's own cue `early`: 'When
 * someone in the audience shouted, “Cruz,” Beck joked, …' → someone in the audience; 'After Scalia said that minority
 * students who did not qualify for elite universities might do better at "less advanced schools," Trump said: …' →
 * Scalia (PolNeAR train). No mark stands between the subordinator and the cue, nor between the cue and the quote but
 * the cue's own comma — not 'When the reporter asked about it, "I have no idea," Clinton said.'
 */
function inOpeningClause(ctx: QuoteContext, early: Attribution): boolean {
  const { toks, openTok, quoteTok } = ctx;
  const cue = tokenAt(toks, early.cue.s);
  if (!SUBORDINATORS.has(ctx.word(openTok)) || early.mention.i <= openTok || cue >= quoteTok || cue <= early.mention.i) return false;
  for (let x = openTok + 1; x < cue; x++) if (toks[x].punct) return false;
  for (let x = cue + 1; x < quoteTok; x++) if (toks[x].punct && !(x === cue + 1 && x + 1 === quoteTok && toks[x].t === ',')) return false;
  return true;
}

/** '"…" is how Lavrov put it', '"…" and, he added, …': a strong cue later in the sentence, not adjacent. */
export function cueLaterInSentence(ctx: QuoteContext): Attribution | null {
  const { after, endTok } = ctx;
  const reach = ctx.closesSentence ? SUBJECT_AND_CUE_REACH_AFTER_CLOSE : LATER_CUE_REACH;
  for (let c = after; c < endTok && c < after + reach; c++) {
    if (!ctx.isCue(c, true) || ctx.isParticiple(c) || newSentenceAt(ctx, c)) continue;
    // ('Trump further summed up Clinton as “terrible,” denounced her record as secretary of state and said …': a cue
    // coordinated with the verb before the quote shares the sentence's subject, PolNeAR train)
    const shared = ctx.word(c - 1) === 'and' ? sentenceOpener(ctx.toks, ctx.openTok, ctx.quoteTok) : null;
    if (shared) return ctx.byCue(shared, c, endTok, 'cue later in the sentence');
    const subj = pastRelativeClause(ctx.toks, c, after, ctx.subjectBefore(c - 1, after));
    // ('Ted Cruz accuses Obama of "leading from behind" and Donald Trump says …': a new clause's subject)
    if (subj && newClauseSubject(ctx, subj, after)) continue;
    if (subj && askerAfter(ctx.toks, subj, after)) continue;
    // ('“… the tasks ahead.” He added: “My senior team …”': the next quote's cue, as in subjectAndCueAfterQuote)
    if (subj && ctx.closesSentence && cueOpensQuote(ctx.text, ctx.cueSpan(c, endTok).e)) return null;
    if (subj) return ctx.byCue(subj, c, endTok, 'cue later in the sentence');
  }
  return null;
}

/** How many tokens of an adjunct may follow a cue that closes the sentence ("…, the lawsuit alleges | in court papers."). */
const CLOSING_CUE_ADJUNCT_REACH = 4;

/**
 * 'The lack of voting places was "particularly burdensome" on Maricopa County's black, Hispanic and Native American
 * communities, which had fewer polling locations …, the lawsuit alleges.' (PolNeAR train): a subject and its cue after a
 * comma that close the sentence speak the whole of it, however far after the quote they stand.
 */
export function cueClosingSentence(ctx: QuoteContext): Attribution | null {
  const { toks, after, endTok } = ctx;
  if (ctx.closesSentence) return null;
  let last = endTok - 1;
  while (last > after && toks[last].punct && toks[last].t !== ',') last--;
  if (!/[.!?]/.test(toks[last + 1]?.t ?? '')) return null;
  for (let c = last; c > after && c >= last - CLOSING_CUE_ADJUNCT_REACH; c--) {
    if (toks[c].punct) return null;
    if (!ctx.isCue(c, true) || ctx.isParticiple(c)) continue;
    const subj = ctx.subjectBefore(c - 1, after);
    return subj && subj.i > after && toks[subj.i - 1].t === ',' ? ctx.byCue(subj, c, endTok, 'cue later in the sentence') : null;
  }
  return null;
}

/** A period inside a word ("fivethirtyeight.com"), glued to the letters on both sides. */
const innerPeriod = (toks: Tok[], c: number): boolean => toks[c].t === '.' && toks[c - 1]?.e === toks[c].s && toks[c + 1]?.s === toks[c].e && !toks[c + 1].punct;

/**
 * '“…,” Anne Richards, assistant secretary of state for population, refugees, and migration, said on the same call.':
 * the subject right after a quote that ends the classic way, then an apposition (commas inside it), then ', said';
 * also '"Perpetual motion!" Rep. Glenn Thompson, R-Pa., said of the swirl …' (a state tag's glued period, PolNeAR train)
 * and an apposition whose relative clause no comma closes ('“…,” Nate Silver, the polling guru who founded
 * fivethirtyeight.com tweeted on Wednesday.', PolNeAR train).
 */
export function subjectAppositionCue(ctx: QuoteContext): Attribution | null {
  const { toks, text, next: k, endTok } = ctx;
  if (k >= endTok || !/[,?!]$/.test(text.slice(ctx.qs, ctx.qe).replace(CLOSING_MARKS, ''))) return null;
  const subj = ctx.subjectAfter(k, endTok);
  if (!subj || subj.kind === 'pronoun' || toks[subj.j]?.t !== ',') return null;
  let relative = -1;
  const opens = ctx.before < ctx.startTok;
  for (let c = subj.j + 2; c < endTok && c < subj.j + LONG_APPOSITION_REACH; c++) {
    // (a state tag's period stays inside: '"Perpetual motion!" Rep. Glenn Thompson, R-Pa., said of …', PolNeAR train;
    // so does a web address's: "fivethirtyeight.com")
    if (toks[c].punct && toks[c].t !== ',' && toks[c].t !== '(' && toks[c].t !== ')' && !abbreviationPeriod(toks, c) && !innerPeriod(toks, c)) return null;
    if (relative < 0 && toks[c].l === 'who') relative = c;
    if (toks[c - 1].t === ',' && ctx.isCue(c) && !ctx.isParticiple(c)) return ctx.byCue(subj, c, endTok, 'cue later in the sentence');
    // ('“…,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday.', PolNeAR train: a
    // relative clause no comma closes, its verb, then the cue; after a quote that opens its sentence, not one an
    // earlier clause holds: "While Mr. Ryan … laid out a vision for ''…,'' Ben Carson, the physician who briefly caught
    // fire …")
    if (opens && relative > 0 && c > relative + 2 && ctx.isCue(c) && !ctx.isParticiple(c)) return ctx.byCue(subj, c, endTok, 'cue later in the sentence');
  }
  return null;
}
