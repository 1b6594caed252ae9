/**
 * Rule family 6 — a pledge, a promise or a threat and its infinitive: "Clinton has vowed to work to
 * repeal the Hyde Amendment", "At rally after rally, he vows to impose a 35 percent tax on Carrier products". And a
 * want past its gate (WANT_FORMS, wantUnread): its infinitive ("Hillary Clinton wants ⟦to bring back the 1990s⟧"), its
 * hearer and infinitive ("She merely wanted ⟦men to sign up for mobile updates …⟧") or its object ("Rep. Patrick Murphy
 * wants ⟦more funding for teacher pay and classroom supplies⟧"), not a modal's, the first or second person's, a
 * restrictive relative's or a question's ("Donald Trump may want to check his stats", "I wanted to speak out").
 */
import { CUES, DETERMINERS, INDEFINITE_ARTICLES, INFINITIVE_VERB, PERSONAL_SUBJECT_PRONOUNS, PREPOSITIONS, RELATIVES, SUBORDINATORS } from '../quotes/lexicon';
import { tokenAt, type Tok } from '../quotes/tokens';
import type { Mention } from '../quotes/attribution';
import { inClass, wordClass } from '../text/wordClasses';
import { finite, pastTime } from './bareClause';
import { contentEnd, contentSpan, words } from './clause';
import { ENDORSING_VERBS } from './endorsement';
import { objectGap } from './gap';
import { afterHearer } from './hearer';
import { AND_OR_BUT, MODAL, REFUSED_ACTIONS, TENSED_AUX } from './lexicon';
import { TOPIC_VERBS } from './objectCue';
import { refusalEnd, refusalHeld, refusedPronoun, refusedSaying } from './refusal';
import { type Report, reportOf, type SentenceContext } from './report';
import { reporterOf, verbAt } from './speaker';
import { isCountry, wordSet } from '../people/lexicon';
import { digitFirst } from '../text/wordShape';

/**
 * Verbs of intention, wish and refusal whose infinitive PolNeAR attributes as content ("The Super PAC also plans to
 * target Indiana voters", "Clinton hopes to make a statement in a contest", "The Vermont senator declined to say
 * whether …"). Only the forms whose infinitive the annotators took as content at least two times in three on train:
 * "wants", "decided" and "seeking" name a wish or an act more often than PolNeAR attributes one ("refused|refusing|
 * refuse" too until the refused act was bounded as PolNeAR bounds it, ./refusal.ts: train 26 gold gained, 5 false
 * positives, none lost). Later
 * added, an aim, a demand, a proposal, a readiness or a choice ("The Vermont senator aimed to win by a large enough
 * margin …", "Grayson demanded to know which rival campaign leaked the information", "Sanders proposes to pay for his
 * plan through …", "the field appeared poised to narrow further", "the Mexican government has opted to remain quiet",
 * "Nega volunteered to replace him in Eritrea", "he prefers to fly private"): train 24 found, 3 false positives;
 * "want", "wanted", "tried", "trying", "ready", "eager", "reluctant" and "chose" found a false positive for every one
 * or two attributions; "expects" (1 found) would take "He says he’s proud of his campaign and expects to leave Nevada
 * …" from the say-verb's report around it.
 */
export const INTENTION_VERBS: ReadonlySet<string> = new Set([
  'plans', 'planned', 'planning', 'hope', 'hopes', 'hoped', 'hoping', 'intend', 'intends', 'intended', 'seek', 'sought',
  'decline', 'declines', 'declined', 'declining', 'agree', 'agreed', 'agreeing', 'offer', 'offers', 'offered', 'refuse', 'refuses', 'refused', 'refusing', 'aims', 'aimed',
  'aiming', 'demanded', 'proposed', 'proposes', 'poised', 'committed', 'determined', 'prefers', 'wanting', 'volunteered', 'opted',
]);
const INTENTION_VERB = wordClass(INTENTION_VERBS);

/**
 * Verbs of wish read only after "would" or its contraction: "All five of the Republican candidates would like to shrink
 * the federal education department …", "both candidates would love to generate the same kind of enthusiasm …" (PolNeAR
 * train: of 12 "would like|love to" outside quotation marks that no rule read, 11 gold; 10 found, no false positive).
 * Alone, "like" is a liking or a likeness ("Voters like to see …").
 */
export const WISH_VERBS = wordSet('like|love|prefer');

/** The verb at token c is a wish after "would" ("All five of the Republican candidates would like to shrink …"). */
function wouldWish(toks: Tok[], c: number): boolean {
  const p = toks[c - 1];
  return WISH_VERBS.has(toks[c].l) && !!p && (p.l === 'would' || /['’]d$/.test(p.l));
}

/**
 * The verb of wanting, whose infinitive, hearer and infinitive, or object is content only after a gate (wantUnread):
 * "Hillary Clinton wants ⟦to bring back the 1990s⟧", "The Fed does not want ⟦to stall growth, only to prevent the
 * economy's overheating⟧", "Roffman doesn't want ⟦to tangle with Trump anymore⟧", "Democrats, who want ⟦to keep the
 * White House after two terms …⟧", "The United States and others … want ⟦Germany to do even more for Continental
 * security …⟧", "She merely wanted ⟦men to sign up for mobile updates …⟧", "Palestinians want ⟦East Jerusalem, captured
 * by Israel in the 1967 Middle East war, for their future state⟧", "Rep. Patrick Murphy wants ⟦more funding for teacher
 * pay and classroom supplies⟧" (PolNeAR train, 42nd session: of 113 gold "want(s|ed)" outside quotation marks 5 were
 * read; ungated, the infinitive alone gained 45 and added 36 false positives, 6 gained to 15 added in one fold; gated,
 * with the hearer and the object, 40 gained, 0 lost, 8 added, folds 9/1 5/2 5/0 10/2 11/3).
 */
export const WANT_FORMS = wordSet('want|wants|wanted');
/** Subjects whose want is no report: the first and second person. */
const WANT_UNREAD_SUBJECTS = wordSet('i|we|you');
/** A single person's pronoun, whose want of an act of their own is the writer's account of a motive ("she wanted to be realistic"). */
const WANT_SINGLE_PRONOUNS = wordSet('he|she');
/** Participles of a source that keeps its name back ("did not want to be named"). */
const ANONYMOUS = wordSet('named|identified|quoted');
/** Words that may stand right before a want's subject: a clause's opener. */
const WANT_SUBJECT_OPENERS = wordSet('and|but|or|so|yet|nor|that');

/** A modal or its contraction ("'ll", "'d"). */
const modal = (t: Tok): boolean => MODAL.has(t.l) || /^['’](?:ll|d)$/.test(t.l);

/**
 * A want at token c whose content is no report: a modal between its subject and it ("Donald Trump may want to check
 * his stats"), a subject in the first or second person ("I wanted to speak out", "If you want to understand …"), a
 * single person's pronoun before an infinitive of its own (`hearer` false: "she wanted to be realistic"), a restrictive
 * relative "who" ("many women who want to do that"), a subject that opens no clause of its own (a relative with its
 * object before it: "Those are topics Clinton actually wants to talk about", "The things he wants to accomplish appeal
 * to the people") or a purpose after "because" ("because they wanted to show that …"), a country's want (the writer's
 * reading of its interest: "Iran, like Turkey, wants to crush Kurdish nationalist aspirations. And Russia wants Turkey to
 * close its borders …"), or a question.
 */
function wantUnread(toks: Tok[], b: number, c: number, m: Mention, hearer: boolean): boolean {
  const subject = toks[m.i].l;
  if (toks[b - 1]?.t === '?' || WANT_UNREAD_SUBJECTS.has(subject) || (!hearer && WANT_SINGLE_PRONOUNS.has(subject))) return true;
  if (isCountry(toks.slice(m.i, m.j).map(t => t.t).join(' '))) return true;
  // (a cue between the subject and the want: the want is the second predicate of that report, inside its content —
  // "de Villiers said the province had made a fair offer and wanted to keep negotiating", a CTV-style probe)
  for (let k = m.j; k < c; k++) if (modal(toks[k]) || CUES.has(toks[k].l)) return true;
  let k = c - 1;
  while (k > m.i && /ly$|^(?:has|had|have|also|long|still|just|now|only|do|does|did|not|n['’]t)$/.test(toks[k].l)) k--;
  if (toks[k]?.l === 'who') return !toks[k - 1]?.punct;
  const p = toks[m.i - 1];
  if (!p || p.punct) return false;
  return p.l === 'because' || !(WANT_SUBJECT_OPENERS.has(p.l) || SUBORDINATORS.has(p.l) || /ed$/.test(p.l) || CUES.has(p.l));
}

/**
 * A hope after a modal is the writer's conjecture, no report, as a modal's want is (wantUnread): "Democrats will hope
 * ⟦to capitalize on a string of perceived foreign policy missteps⟧, …" (PolNeAR train, Breitbart 2016-07-27; of the six
 * "will|would|can|should hope" in train, none is in a gold attribution). Any family's report whose cue is "hope" right
 * after a modal or its contraction ("'ll", "'d"), an adverb between ("would surely hope"). Train: 1 false positive
 * removed, no gold lost; checked after on dev: 1 removed ("many Mexicans would hope ⟦their northern neighbor were …⟧").
 */
export function conjecturedHope(toks: Tok[], cue: number): boolean {
  const c = tokenAt(toks, cue);
  if (toks[c]?.l !== 'hope') return false;
  const k = toks[c - 1] && /ly$|^(?:also|still)$/.test(toks[c - 1].l) ? c - 2 : c - 1;
  const p = toks[k];
  return !!p && modal(p);
}

/** Forms of intention that are as often nouns ("plans to", "hopes to", "offers to"). */
const NOUN_FORMS = wordSet('plans|hopes|offers');
/** Words before such a form that make it a noun: a verb in the past ("dampened plans"), "own", an adjective of size. */
const NOUN_AFTER = wordSet('own|grander|grand|big|bigger|new|ambitious|future|commercial|earlier|initial|original');

/** The word before a form of NOUN_FORMS makes it a noun: a verb in the past that does not report ("dampened", not "announced"). */
function nounAfter(prev: Tok | undefined): boolean {
  return !!prev && !prev.cap && (NOUN_AFTER.has(prev.l) || (/[^e]ed$/.test(prev.l) && !CUES.has(prev.l) && !TOPIC_VERBS.has(prev.l)));
}

/** How far back "from" is looked for before a noun form of intention. */
const RANGE_REACH = 4;

/**
 * A form of NOUN_FORMS ends the first noun phrase of a range "from … to …": "a series of problems …, from collapsing
 * co-op health ⟨plans⟩ to double-digit premium increases" (PolNeAR train) — "from" a few words before it, with no verb
 * or mark between.
 */
function rangeFrom(toks: Tok[], a: number, c: number): boolean {
  for (let k = c - 1; k >= a && k >= c - RANGE_REACH; k--) {
    if (toks[k].l === 'from') return true;
    if (toks[k].punct || finite(toks[k])) return false;
  }
  return false;
}

/** A refusal, whose infinitive may be two words ("declined to comment"). */
const REFUSAL = /^(?:declin|refus)/;

/**
 * Verbs of request whose hearer comes before the infinitive ("asked X to", "encouraged X to"). Not "called": "called on
 * X to …" is ./requests.ts's, and "called X to …" is a call on the telephone ("never called a donor to ask for money",
 * "after she called Sanders to congratulate him"; train: 4 such false positives, 1 gold). A warning's hearer and its
 * infinitive too: "Many liberal Democrats have also warned the Fed not to act this year", "His wife had warned him not to
 * get too nasty in his attacks" (train: 2 gold, no false positive).
 */
export const REQUEST_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'telling', 'asked', 'asks', 'asking', 'encouraged', 'encourages', 'encouraging', 'pressed', 'presses', 'pressing', 'begged', 'implored', 'challenged', 'challenges', 'warned', 'warns']);
const REQUEST_VERB = wordClass(REQUEST_VERBS);

/**
 * Where an infinitive content ends when its report is a noun phrase or a relative clause inside the sentence's subject:
 * before the main clause's tensed auxiliary or modal after a noun, which the infinitive (no subject of its own) cannot
 * hold — "A president who authorized the raid … and who hoped ⟦to leave office having ended wars in Iraq and
 * Afghanistan⟧ will instead hand his successor an unresolved war" (nyt_2016-01-14 america-the-shiny), "his promise ⟦to
 * build a wall on the U.S.-Mexico border⟧ were about more than immigration" (wash-post_2016-02-02 no-clear), PolNeAR
 * train. A mark, a conjunction, a subordinator or a relative before it leaves `end` as it is ("to give me prison time
 * but was largely swayed", "to hit its long-term target, the advisory panel concluded, the tax must start").
 */
export function beforeSubjectsVerb(toks: Tok[], from: number, end: number): number {
  for (let k = from + 1; k < end; k++) {
    const t = toks[k], p = toks[k - 1];
    // ("Iraq and Afghanistan": a conjunction between nouns goes on; "but was largely swayed": one before a verb is the
    // infinitive's reporter's second verb)
    if (AND_OR_BUT.has(t.l) && k + 1 < end && (TENSED_AUX.has(toks[k + 1].l) || finite(toks[k + 1]))) return end;
    if (t.punct || SUBORDINATORS.has(t.l) || RELATIVES.has(t.l)) return end;
    if (t.cap || !TENSED_AUX.has(t.l)) continue;
    return p.punct || PERSONAL_SUBJECT_PRONOUNS.has(p.l) || /ly$/.test(p.l) || p.l === 'there' || p.l === 'to' ? end : k;
  }
  return end;
}

/**
 * Where a want's object ends before a second clause joined by "and", "or" or "but" ("Trump wants ⟦the votes⟧ and Peña
 * Nieto wants to be a hero": a subject, a name or a pronoun, and its verb within three words after the conjunction) or
 * a subordinate clause after a comma ("Party leaders want ⟦no repeat of the 1980 Democratic convention⟧, when President
 * Jimmy Carter faced a rebellion …").
 */
function beforeNextClause(toks: Tok[], from: number, end: number): number {
  for (let k = from + 1; k < end - 1; k++) {
    if (toks[k].t === ',' && (SUBORDINATORS.has(toks[k + 1].l) || toks[k + 1].l === 'where')) return k;
    if (!AND_OR_BUT.has(toks[k].l)) continue;
    for (let j = k + 1; j < Math.min(end, k + 4); j++) {
      const w = toks[j];
      if (w.punct) break;
      if (!w.cap && !PERSONAL_SUBJECT_PRONOUNS.has(w.l)) { if (j > k + 1 && (finite(w) || TENSED_AUX.has(w.l))) return k; break; }
    }
  }
  return end;
}

/** The cue at c opens a relative clause, past an auxiliary or an adverb: "who hoped", "who has long hoped". */
function relativeCue(toks: Tok[], a: number, c: number): boolean {
  let k = c - 1;
  while (k > a && /ly$|^(?:has|had|have|also|long)$/.test(toks[k].l)) k--;
  return k > a && toks[k].l === 'who';
}

export function infinitives(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 3; c++) {
    const t = toks[c];
    // "Sanders asked his supporters to stay in the race": a request names its hearer before the infinitive
    if (!t.cap && inClass(t, REQUEST_VERB)) {
      const k = afterHearer(toks, c + 1, b);
      // ("told Flint residents not to drink …")
      const to = toks[k]?.l === 'not' ? k + 1 : k;
      if (k > c + 1 && toks[to]?.l === 'to' && to + 1 < b && !toks[to + 1].punct && !toks[to + 1].cap && verbAt(toks, c, false)) {
        // (a hearer and an infinitive have no subject of their own: "and has repeatedly characterized …" is the reporter's)
        const end = contentEnd(ctx, c + 1, true);
        const span = words(toks, c + 1, end) >= 4 ? contentSpan(ctx, c + 1, end) : null;
        const mention = span ? reporterOf(ctx, c) : null;
        if (span && mention) out.push(reportOf(span, { s: t.s, e: t.e }, mention, 'infinitive'));
      }
      continue;
    }
    const want = WANT_FORMS.has(t.l);
    // "The United States and others … want Germany to do even more …": a want's hearer and its infinitive
    if (want && !t.cap && toks[c + 1] && toks[c + 1].l !== 'to') {
      const k = afterHearer(toks, c + 1, b);
      // (not a noun and its infinitive: "who wants a commission to examine party rules")
      if (k > c + 1 && toks[k]?.l === 'to' && !INDEFINITE_ARTICLES.has(toks[c + 1].l) && k + 1 < b && !toks[k + 1].punct && !toks[k + 1].cap && verbAt(toks, c, false)) {
        const end = contentEnd(ctx, c + 1, true);
        const span = words(toks, c + 1, end) >= 4 ? contentSpan(ctx, c + 1, end) : null;
        const mention = span ? reporterOf(ctx, c) : null;
        if (span && mention && !wantUnread(toks, b, c, mention, true)) out.push(reportOf(span, { s: t.s, e: t.e }, mention, 'infinitive'));
      } else if (k <= c + 1 || toks[k]?.l !== 'to') {
        const o = toks[c + 1], after = toks[c + 2];
        // ("do not want her as president": "her" the object pronoun, before a preposition or a mark)
        const herObject = o.l === 'her' && (!after || after.punct || after.l === 'as' || PREPOSITIONS.has(after.l));
        if (!o.punct && !herObject && (o.cap || o.poss || (DETERMINERS.has(o.l) && o.l !== 'that') || /^(?:more|no|all|fewer|less)$/.test(o.l)) && verbAt(toks, c, false)) {
          const end = beforeNextClause(toks, c + 1, contentEnd(ctx, c + 1, true));
          const span = words(toks, c + 1, end) >= 2 ? contentSpan(ctx, c + 1, end) : null;
          const mention = span ? reporterOf(ctx, c) : null;
          if (span && mention && !objectGap(toks, mention, c) && !wantUnread(toks, b, c, mention, true)) out.push(reportOf(span, { s: t.s, e: t.e }, mention, 'infinitive'));
        }
      }
      continue;
    }
    const intention = inClass(t, INTENTION_VERB) || wouldWish(toks, c) || want;
    if (t.cap || !(inClass(t, INFINITIVE_VERB) || intention)) continue;
    // ("Sanders promised Monday to begin taking executive action …", "Hillary Clinton promised on Tuesday to refrain
    // from …": a time between the verb and its infinitive)
    const to = pastTime(toks, c + 1, b);
    if (toks[to]?.l !== 'to' || to + 1 >= b) continue;
    // ("Fidel Castro's revolution dampened plans to return home", "her own plans to boost incomes": a noun after a verb
    // in the past or "own", not the verb of intention)
    if (NOUN_FORMS.has(t.l) && (nounAfter(toks[c - 1]) || rangeFrom(toks, a, c))) continue;
    const v = toks[to + 1];
    if (v.punct || v.cap || DETERMINERS.has(v.l) || digitFirst(v.t) || !verbAt(toks, c, false)) continue;
    const refusal = REFUSAL.test(t.l);
    // ("declined to run for reelection": a refused act is no statement)
    if (refusal && REFUSED_ACTIONS.has(v.l)) continue;
    // ("refused to endorse Ryan": the endorsed name is ./endorsement.ts's content)
    if (refusal && ENDORSING_VERBS.has(v.l)) continue;
    const infinitiveEnd = contentEnd(ctx, to, true);
    const clauseEnd = relativeCue(toks, a, c) ? beforeSubjectsVerb(toks, to, infinitiveEnd) : infinitiveEnd;
    const end = refusal ? refusalEnd(toks, to, clauseEnd) : clauseEnd;
    if (refusal && refusedPronoun(toks, to, end)) continue;
    if (refusal && refusedSaying(toks, to, end)) {
      const said = contentSpan(ctx, to + 2, end);
      const by = said ? reporterOf(ctx, c) : null;
      if (by && refusalHeld(toks, a, c, by)) continue;
      if (said && by) out.push(reportOf(said, { s: t.s, e: v.e }, by, 'infinitive'));
      continue;
    }
    // ("declined to comment": a refusal of two words is content too; "the best friend Trump always hoped to have." is
    // a wish whose object is the friend before it, not content)
    if (words(toks, to, end) < (refusal ? 2 : 3)) continue;
    const span = contentSpan(ctx, to, end);
    const mention = reporterOf(ctx, c);
    if (mention && refusal && refusalHeld(toks, a, c, mention)) continue;
    // ("who did not want to be named": anonymity, no report; "want to see D.C. become a state": a perception's clause)
    if (mention && want && (v.l === 'see' || (v.l === 'be' && ANONYMOUS.has(toks[to + 2]?.l ?? '')) || wantUnread(toks, b, c, mention, false))) continue;
    // ("the policy points he hopes to see": the wish's object is the noun before its reporter)
    if (span && mention && !objectGap(toks, mention, to + 1)) out.push(reportOf(span, { s: t.s, e: t.e }, mention, 'infinitive'));
  }
  return out;
}
