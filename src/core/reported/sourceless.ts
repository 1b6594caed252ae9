/**
 * Attributions with no source (PolNeAR's Attribution-no-source): an impression or an expectation the writer reports
 * without saying whose it is — "The birth of the newest Clinton is expected to coincide with the conventions", "Mr.
 * Putin seemed most concerned with driving home the point", "It appears, though, that the NFL championship game
 * wasn’t boring to everyone", a judgement with no judge, "Sanders was declared the winner in New Hampshire", "Twitter is
 * increasingly seen as a source of news" (train: 34 found, 25 gold). The content is the whole clause, its subject and cue included (as PolNeAR marks it),
 * or the "that"-clause after an empty "it", up to the writer's circumstance ("⟨Sanders seemed to be of two minds Tuesday
 * night⟩ when he delivered a speech …"). They are reported with no speaker: a reader sees a claim no one is named for.
 * So is what someone was told by no one named: "we are now being told that ⟦the baseline for truth … is …⟧", "Sanders
 * had been told just before Tuesday's vote that ⟦he probably would lose narrowly⟧" (toldThat; PolNeAR train, 45th
 * session: 2 gained, no false positive).
 */
import { AUXILIARIES, BE_FORMS, BEFORE_CUE_WORDS, BELIEF_VERBS, CLAUSE_RELATIVES, COMMA_SUBORDINATORS, CUE_CLAUSE_OPENERS, CUES, DASHES, PREPOSITIONS, QUESTION_OPENERS, SEEM_FORMS, SUBORDINATORS, TENSE_OF_BE_OR_HAVE, WEAK_CUES } from '../quotes/lexicon';
import { without } from '../text/determiners';
import type { QuoteSpan } from '../quotes/marks';
import type { Tok } from '../quotes/tokens';
import { inClass, wordClass } from '../text/wordClasses';
import { contentEnd, contentSpan, dashAt, words } from './clause';
import { hearsayNouns } from './hearsayNoun';
import { clauseStart as opensClause } from './bareClause';
import { subordinatorBefore } from './subordinate';
import { endAroundQuotes, quoteAt, quotedAfter } from './mixed';
import { AND_BUT } from './lexicon';
import { openingUnowned } from './attackNoun';
import { type SentenceContext, unsourcedOf } from './report';
import { sentenceRanges } from './sentences';
import { wordSet } from '../people/lexicon';

/** A content with no source: its span and its cue. */
export interface Unsourced {
  s: number;
  e: number;
  cue: { s: number; e: number };
}

/** Verbs of impression whose subject's clause is the content ("X seems to …", "X appears weak"). */
export const IMPRESSION = wordClass(SEEM_FORMS);
/**
 * Participles of expectation and hearsay after a form of "be" and before "to" ("X is expected to …", "X was widely
 * expected to …", "Reince Priebus was said to be “furious” with Trump", "Obama also is reported to have called the Saudis
 * “free riders”"; "said", "reported", "alleged": train 5 found, 4 gold).
 */
export const EXPECTATION = wordClass(['expected', 'rumored', 'rumoured', 'reputed', 'thought', 'believed', 'considered', 'presumed', 'said', 'reported', 'alleged']);
/**
 * Participles of a judgement after a form of "be", with what they take before the judgement: "as" ("X is widely seen
 * as …"), nothing ("X was declared the winner", "X is considered a case study of that model"), or the charge's "of" and
 * "with" ("Dylann Roof is accused of killing nine people inside the church", "He was charged with assault"; train: 9
 * found, 7 gold), and a reputation's "for" ("He is best known for appearances as the “senior black correspondent” on
 * the Daily Show", "Russia has long been known for engaging in such propaganda warfare"; train: 9 found, 8 gold; its
 * relative clauses are left out as the others', "BuzzFeed -- which is best known for hits like the watermelon video").
 */
/** JUDGEMENT's particles for a stance's participle, which takes "for" (the subject's deed) or "as" (what it is taken for). */
const FOR_OR_AS = 'for|as';
/**
 * Participles of blame or praise with no agent, before what the subject is blamed or praised for or taken as: "Mr.
 * Sanders has been criticized for offering vague responses …", "migrants were blamed for mass sexual abuse …", "the
 * rollout … was widely criticized as sloppy" (PolNeAR train, 51st session: 7 found, all gold, in four folds of five; dev 3
 * found, 2 gold; with an agent after "by" they are ./passiveStance.ts's). Their relative clauses are left out as the
 * other judgements' ("whose government was widely criticized for corruption").
 */
const BLAMED = ['criticized', 'criticised', 'condemned', 'denounced', 'mocked', 'ridiculed', 'praised', 'lauded', 'hailed', 'faulted', 'blamed', 'derided', 'applauded', 'rebuked'];
const JUDGEMENT: ReadonlyMap<string, string> = new Map([['seen', 'as'], ['viewed', 'as'], ['regarded', 'as'], ['perceived', 'as'],
  ['considered', ''], ['deemed', ''], ['declared', ''], ['projected', ''], ['accused', 'of'], ['charged', 'with'], ['known', 'for'],
  ...BLAMED.map((w): [string, string] => [w, FOR_OR_AS])]);
const JUDGED = wordClass(JUDGEMENT.keys());
/** Each judgement's particles, one word or alternatives ("for|as"), as a set; null for one whose object follows bare. */
const JUDGEMENT_PARTICLES: ReadonlyMap<string, ReadonlySet<string> | null> = new Map([...JUDGEMENT].map(([w, p]) => [w, p ? wordSet(p) : null]));

const PREPOSITION_OR_THAT = wordSet('by|in|on|at|for|with|from|to|that');
/** The judgement at c goes on with what it takes ("seen as", "declared the winner"), not with its judge ("declared by"). */
function judged(toks: Tok[], c: number): boolean {
  const need = JUDGEMENT_PARTICLES.get(toks[c].l), n = toks[c + 1];
  if (need === undefined || !n || n.punct) return false;
  // ("it has been known for some time that …", "whom he has known for years": a span of time, no reputation)
  if (toks[c].l === 'known' && DURATION.test(`${toks[c + 2]?.l ?? ''} ${toks[c + 3]?.l ?? ''}`)) return false;
  return need ? need.has(n.l) : !PREPOSITION_OR_THAT.has(n.l);
}
/** The words after "known for" that make it a span of time ("for years", "for some time", "for a long time"). */
const DURATION = /^(?:years|decades|months|weeks|days|ages|long|some time|a while|a long|(?:many|several|\d+) (?:years|decades|months))\b/;
const WHOSE_WHETHER_IF = wordSet('whose|whether|if');
/**
 * A judgement's clause is the writer's statement of it: not a relative clause on a noun ("Mr. Trump, who is regarded
 * as something of a germaphobe"), nor an infinitive or a gerund ("was loath to be seen as taking a victory lap", "a
 * 13-point advantage on being viewed as at least somewhat decisive"), whose judgement PolNeAR leaves unattributed.
 */
function judgementClause(toks: Tok[], start: number, v: number): boolean {
  if (CLAUSE_RELATIVES.has(toks[start].l) || WHOSE_WHETHER_IF.has(toks[start].l) || toks[v].l === 'being' || (toks[v].l === 'be' && toks[v - 1]?.l === 'to')) return false;
  // (a subject of its own, not a "what" inside it — "the government presided over what was widely considered a sham
  // election" — nor a verb left after a relative "that": "stands that ⟨have been seen as⟩ slaps")
  if (AUXILIARIES.has(toks[start].l) || BE.test(toks[start].l)) return false;
  for (let k = start + 1; k < v; k++) if (toks[k].l === 'what') return false;
  return true;
}
const BE = /^(?:is|are|was|were|be|been|being|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|['’]s|['’]re)$/;
/** Adverbs between "be" and the participle. */
const BE_ADVERB = /^(?:also|not|widely|still|now|generally|largely|broadly|already|long|once|n['’]t|increasingly|often|hardly|commonly|nonetheless|best|well|perhaps)$/;
/** Words after "appear" that place an appearance rather than state an impression. */
const PLACE_AFTER_APPEAR = wordSet('before|together|alongside|onstage|live|in|on|at|with|during|next|here|there|as');
/** How far back the clause's subject may start. */
const MAX_SUBJECT = 16;

/** The first token of the clause whose verb is at v, or -1 when none is found within reach. */
function clauseStart(toks: Tok[], a: number, v: number): number {
  for (let k = v - 1; k >= a && k >= v - MAX_SUBJECT; k--) {
    const t = toks[k];
    // ("250,000 Iowans": a comma inside a number is none)
    if (t.punct && t.t === ',' && toks[k - 1]?.e === t.s && toks[k + 1]?.s === t.e) continue;
    // (after a comma the clause starts there; a comma right before the verb closes an aside inside the subject, whose
    // subject stands before the aside's opening comma)
    if (t.punct && !/^['’]/.test(t.t)) return t.t === ',' && k + 1 >= v ? beforeAside(toks, a, k) : k + 1;
    // (a relative pronoun PolNeAR keeps in the content: "who seemed to be confused …")
    if (CLAUSE_RELATIVES.has(t.l)) return k;
    if (t.l === 'and' && k > a && !toks[k - 1].punct) {
      const first = coordinatedSubjectStart(toks, a, k);
      if (first >= 0) return first;
    }
    if (CUE_CLAUSE_OPENERS.has(t.l)) return k + 1;
    if (k === a) return a;
  }
  return -1;
}

/** How many tokens an aside between commas inside a subject may take. */
const MAX_ASIDE = 24;
/**
 * Words that open an aside inside a subject: a relative pronoun, an adverb set off ("Democrats, too, appeared …"), an
 * appositive's article ("Hillary Clinton, the likely Democratic nominee …, is not expected to …") or a phrase of
 * circumstance ("the Obama administration, under growing pressure, is expected to …"; PolNeAR train: 3 found, all gold).
 * beforeAside also takes an aside that opens with any preposition, "not" or a participle in -ed or -ing ("The event, in
 * an airplane hangar, seemed …", "religion, not ethnicity, appeared to …", "The statistics, purported to be gathered by
 * …, appear to be fabricated"; train: 4 found, 3 gold).
 */
const ASIDE_OPENER = wordSet('which|who|whose|whom|however|too|though|meanwhile|also|like|including|headed|led|backed|the|a|an|under');

/**
 * The first token of the subject whose aside closes with the comma at `close`, right before the verb: "The central
 * bank, which has held short-term rates near zero since December 2008, is expected to act …", "HBO comedian John
 * Oliver, who hosts the popular weekly show “Last Week Tonight,” appeared to lose his temper", "Ebeling's personal
 * story, however, seemed wasted on supporters"; -1 when no such aside is found within reach.
 */
function beforeAside(toks: Tok[], a: number, close: number): number {
  for (let j = close - 1; j > a && j >= close - MAX_ASIDE; j--) {
    const t = toks[j];
    if (!t.punct) continue;
    if (t.t !== ',' || j + 1 >= close || !(ASIDE_OPENER.has(toks[j + 1].l) || /(?:ing|ed)$/.test(toks[j + 1].l) || PREPOSITIONS.has(toks[j + 1].l) || toks[j + 1].l === 'not')) return -1;
    const start = clauseStart(toks, a, j);
    return start >= 0 && start < j ? start : -1;
  }
  return -1;
}

/** How many tokens the first of two coordinated subjects may take ("Mrs. Clinton's shifting"). */
const MAX_FIRST_CONJUNCT = 5;
/** Words that open a coordinated subject before its first conjunct ("Both Clinton and Trump"). */
const COORDINATION_OPENER = wordSet('both|either|neither');

/**
 * The first token of a subject coordinated by the "and" at k, with no comma before it: "Both Clinton and ⟨Trump in
 * recent weeks appear⟩", "Among the Democrats, Mrs. Clinton and ⟨Mr. Sanders appeared⟩", "Trump’s language and
 * ⟨positions appear⟩" — the first conjunct opens the clause (after a mark or a clause opener) and holds no verb or
 * preposition ("voting on Wednesday and ⟨Kasich appears⟩" is two clauses). -1 when "and" joins no subjects.
 */
function coordinatedSubjectStart(toks: Tok[], a: number, k: number): number {
  for (let j = k - 1; j >= a && j >= k - MAX_FIRST_CONJUNCT; j--) {
    const t = toks[j];
    if (t.punct || CUE_CLAUSE_OPENERS.has(t.l) && !COORDINATION_OPENER.has(t.l)) return j + 1 < k ? j + 1 : -1;
    if (PREPOSITIONS.has(t.l) || CUES.has(t.l) || BELIEF_VERBS.has(t.l) || CLAUSE_RELATIVES.has(t.l) || (!t.cap && (/[^e]ed$/.test(t.l) || TENSE_OF_BE_OR_HAVE.has(t.l)))) return -1;
    if (j === a) return a;
  }
  return -1;
}

/** What may stand before a passive "asked": a subordinator, a form of "be", nothing (the sentence's start) or a comma. */
const BEFORE_ASKED = wordSet('when|after|before|while|once|if|was|were|been|being|is|are|later|again|repeatedly|specifically|also|directly|first|then');

/**
 * "When asked whether …", "Asked about her own vote in the event …", "when pressed about …", "Asked in Iowa recently
 * whether …" (past a phrase of time or place), "Clinton has been asked to release the transcripts" (a request): a
 * question put by someone unnamed — the question is the content (the answer is the subject's own, reported by the other rules).
 */
function askedQuestion(ctx: SentenceContext, c: number, out: Unsourced[]): void {
  const { toks, a, b } = ctx;
  const prev = toks[c - 1];
  if (c > a && !(prev.t === ',' || BEFORE_ASKED.has(prev.l))) return;
  let k = pastAskedAdjunct(toks, c + 1, b);
  // ("asked by a host if …": the asker is named, not this rule's)
  if (k >= b || toks[k].l === 'by') return;
  if (toks[k].l === 'about') k++;
  // ("Clinton has been asked to release the transcripts", "when asked to leave": a request put to the subject)
  else if (toks[k].l === 'to' && prev && PASSIVE_BE.has(prev.l) && !toks[k + 1]?.punct && !toks[k + 1]?.cap) k++;
  else if (!QUESTION_OPENERS.has(toks[k].l)) return;
  const end = questionEnd(toks, k, b);
  if (end < 0 || words(toks, k, end) < 2) return;
  if (prev?.t === ',' && subjectsCueFollows(toks, end, b)) return;
  // (a request keeps its "to", as PolNeAR marks it: "asked ⟦to release the transcripts⟧")
  const span = contentSpan(ctx, toks[k - 1].l === 'to' ? k - 1 : k, end);
  if (span) out.push(unsourcedOf(span, { s: toks[c].s, e: toks[k - 1].l === 'about' ? toks[k - 1].e : toks[c].e }));
}

/**
 * True when the comma at `end`, closing a passive "asked" set off after a subject, is followed by that subject's own
 * cue ("Prime Minister Justin Trudeau, asked about the project in Ottawa, said it was …"; "Mr. Trump, asked about the
 * deaths of journalists under Mr. Putin, had said, …"): the apposition sets the scene of the subject's report and
 * PolNeAR marks no question of its own there ("Trump, when asked about his own contradictions, often steam-rolls
 * through the questions" and "McCain said, asked about the vagueness" keep theirs).
 */
function subjectsCueFollows(toks: Tok[], end: number, b: number): boolean {
  if (toks[end]?.t !== ',') return false;
  let k = end + 1;
  while (k < b && BEFORE_CUE_WORDS.has(toks[k].l) && !CUES.has(toks[k].l)) k++;
  return k < b && !toks[k].cap && CUES.has(toks[k].l);
}

/** Forms of "be" and the subordinator "when" before a passive "asked" whose infinitive is a request ("has been asked to …"). */
const PASSIVE_BE: ReadonlySet<string> = new Set([...BE_FORMS, 'when']);
/** Words that open a phrase of time or place between "asked" and its question ("Asked in Iowa recently whether …"). */
const ASKED_ADJUNCT_OPENER = wordSet('in|at|during|on|later|again|recently|specifically|directly|repeatedly|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|last|this|earlier');
/** How many tokens that phrase may take. */
const MAX_ASKED_ADJUNCT = 8;

/**
 * The token after a phrase of time or place that follows "asked" ("Asked during a January debate why …", "Asked at a
 * briefing Monday in Washington about …", "when asked in May if …"), or k when there is none or it leads nowhere.
 */
function pastAskedAdjunct(toks: Tok[], k: number, b: number): number {
  if (k >= b || !ASKED_ADJUNCT_OPENER.has(toks[k].l)) return k;
  for (let j = k + 1; j < b && j <= k + MAX_ASKED_ADJUNCT; j++) {
    const t = toks[j];
    if (t.punct || t.l === 'by' || t.l === 'that') return k;
    if (!t.cap && (t.l === 'about' || QUESTION_OPENERS.has(t.l))) return j;
  }
  return k;
}

/** The longest question after a passive "asked", in tokens. */
const MAX_QUESTION = 40;
/** The marks that close a question: the comma before the answer, or the sentence's end. */
const QUESTION_CLOSE: ReadonlySet<string> = new Set([',', '.', '?', ';', ':', ...DASHES]);

/**
 * Where a question put with a passive "asked" that opens at token k ends: at the comma before the answer or at the
 * sentence's end (b); -1 when another mark comes first or it runs past MAX_QUESTION tokens. Also ./askedBy.ts's.
 */
export function questionEnd(toks: Tok[], k: number, b: number): number {
  let end = k;
  while (end < b && !toks[end].punct && end < k + MAX_QUESTION) end++;
  return end < b && !QUESTION_CLOSE.has(toks[end].t) ? -1 : end;
}

/** Participles of an impersonal passive: "it was widely reported that …", "it is assumed that …". */
const IMPERSONAL = wordClass(['reported', 'said', 'announced', 'believed', 'thought', 'alleged', 'claimed', 'argued', 'suggested', 'known', 'expected', 'rumored', 'rumoured', 'estimated', 'feared', 'understood', 'assumed', 'noted', 'revealed', 'disclosed']);
/** The most words of a phrase of time or place between an impersonal participle and its "that" ("revealed ⟨in March⟩ that"). */
const IMPERSONAL_PHRASE = 3;

/**
 * The token of the "that" after an impersonal participle at c, right after it or past a short phrase that a
 * preposition opens ("when it was revealed ⟨in March⟩ that she had used a personal email account", "While it has been
 * known ⟨for some time⟩ that this book was in the works", PolNeAR train, Breitbart 2015-12-16, Western Journal
 * 2016-05-12); -1 when none.
 */
function impersonalThat(toks: Tok[], c: number): number {
  const k = c + 1;
  if (toks[k]?.l === 'that') return k;
  if (!PREPOSITIONS.has(toks[k]?.l ?? '')) return -1;
  for (let j = k + 1; j <= k + IMPERSONAL_PHRASE && j < toks.length; j++) {
    if (toks[j].punct || CUES.has(toks[j].l)) return -1;
    if (toks[j].l === 'that') return j > k + 1 ? j : -1;
  }
  return -1;
}
/** Forms of "be" (with "has been") after an impersonal "it". */
const IMPERSONAL_BE = /^(?:is|was|been|’s|'s|isn['’]t|wasn['’]t)$/;

/**
 * "Though it was widely reported that Mr. Trump paid $100 million", "it is assumed that …": an impersonal "it", a form of
 * "be", the participle (and a phrase of time or place: impersonalThat) and its that-clause — the that-clause is the content. True when reported.
 */
function impersonal(ctx: SentenceContext, c: number, out: Unsourced[]): boolean {
  const { toks, a } = ctx;
  const it = impersonalIt(toks, a, c);
  if (it < 0) return false;
  const k = impersonalThat(toks, c);
  if (k < 0 || quoteAt(ctx.quotes, toks[k].s)) return false;
  let end = contentEnd(ctx, k + 1);
  // (an "it" in a subordinate clause: the content ends where the main clause begins, with a subject or a free relative,
  // "While it has been known for some time that ⟦this book was in the works⟧, what was not entirely known was …",
  // PolNeAR train, Western Journal 2016-05-12)
  if (subordinatorBefore(toks, a, it) >= 0) {
    for (let j = k + 2; j < end; j++) if (toks[j].t === ',' && (opensClause(toks, j + 1, ctx.b) || toks[j + 1]?.l === 'what')) { end = j; break; }
  }
  if (words(toks, k + 1, end) < 3) return false;
  const span = contentSpan(ctx, k, end);
  if (!span) return false;
  out.push(unsourcedOf(span, { s: toks[it].s, e: toks[c].e }));
  return true;
}

/**
 * The token of the empty "it" of an impersonal passive whose participle is at c ("it is understood", "it has been
 * reported", "it was widely believed"); -1 when the words before c are not so. Such a cue has no source: "It is
 * understood that ministers are considering an offer" (a Guardian-style probe) is nobody's, not the body named before.
 */
export function impersonalIt(toks: Tok[], a: number, c: number): number {
  let p = c - 1;
  while (p > a && BE_ADVERB.test(toks[p].l)) p--;
  if (p <= a || !IMPERSONAL_BE.test(toks[p].l)) return -1;
  if (toks[p - 1].l === 'it') return p - 1;
  return toks[p - 1].l === 'has' && toks[p - 2]?.l === 'it' ? p - 2 : -1;
}

/**
 * The token of the empty "it" before "worth" and a gerund at c ("it's worth noting", "it is worth remembering", "it's
 * worth pointing out"); -1 when the words before c are not so. The writer's aside has no source: PolNeAR marks "For
 * those focused on ratings, it's worth pointing out that ⟦our first debate from Las Vegas broke the record …⟧", "it is
 * worth remembering that ⟦the state is defined by the Big Apple …⟧" as Attribution-no-source (train; a third, "It's
 * worth noting there is little love lost …", unannotated). So is "it" before "means" and a cue's gerund with its
 * "that": "It means acknowledging that ⟦his message is the future of the Democratic Party …⟧", "On a purely political
 * level, it means admitting that ⟦Sanders speaks for millions of Americans⟧" (train, USA Today 2016-06-08: both
 * Attribution-no-source; the first was reported as said by "It", the second not found).
 */
export function worthIt(toks: Tok[], a: number, c: number): number {
  if (MEANS.has(toks[c - 1]?.l ?? '')) return meaningIt(toks, a, c);
  // (the word "worth" asked first: the gerund's expression ran for every token of every sentence)
  if (toks[c - 1]?.l !== 'worth' || !/^[a-z]+ing$/.test(toks[c]?.l ?? '')) return -1;
  const p = c - 2;
  if (p >= a && toks[p].l === 'it' && toks[p].poss) return p;
  return p > a && IMPERSONAL_BE.test(toks[p].l) && toks[p - 1].l === 'it' ? p - 1 : -1;
}

/** The verb between "it" and a gerund of saying that makes the gerund the writer's ("it means acknowledging that"). */
const MEANS = wordSet('means|meant');

/** The token of the "it" right before "means" at c - 1, when the gerund at c is a cue's and "that" follows it; else -1. */
function meaningIt(toks: Tok[], a: number, c: number): number {
  const p = c - 2;
  return p >= a && toks[p].l === 'it' && /^[a-z]+ing$/.test(toks[c].l) && CUES.has(toks[c].l) && toks[c + 1]?.l === 'that' ? p : -1;
}

/** Particles of a gerund of saying before its "that" ("pointing out that"). */
const GERUND_PARTICLE = wordSet('out|up');

/** "it's worth noting that …": the that-clause (or the bare clause) after the gerund is the content. True when reported. */
function worthSaying(ctx: SentenceContext, c: number, out: Unsourced[]): boolean {
  const { toks, a } = ctx;
  const it = worthIt(toks, a, c);
  if (it < 0) return false;
  let k = c + 1;
  if (GERUND_PARTICLE.has(toks[k]?.l ?? '')) k++;
  const cueEnd = toks[k - 1].e;
  const from = toks[k]?.l === 'that' ? k + 1 : k;
  if (!toks[from] || toks[from].punct || quoteAt(ctx.quotes, toks[from].s)) return false;
  const end = contentEnd(ctx, from);
  if (words(toks, from, end) < 3) return false;
  const span = contentSpan(ctx, k, end);
  if (!span) return false;
  out.push(unsourcedOf(span, { s: toks[it].s, e: cueEnd }));
  return true;
}

/** An adverb that attributes its clause to unnamed reports ("The FBI is reportedly making arrangements to …"). */
const HEARSAY = 'reportedly';

/**
 * "The Club for Growth is reportedly spending $1.5 million on television advertisements", "Reportedly, he made
 * ISIS-sympathetic comments to co-workers": the clause is the content, subject and all (as PolNeAR marks it); not
 * when a verb of saying follows ("Trump reportedly said, …": the say-rules' report, its source named).
 */
function hearsay(ctx: SentenceContext, c: number, out: Unsourced[]): void {
  const { toks, a, b, quotes } = ctx;
  const next = toks[c + 1];
  // (a cue that counts only next to a quote is the clause's verb: "Cuccinelli reportedly reacted to the decision by
  // tossing his credentials …", PolNeAR train, now that "reacted" cues a quote, s47-probes-qf)
  if (!next || (CUES.has(next.l) && !WEAK_CUES.has(next.l)) || BELIEF_VERBS.has(next.l)) return;
  let start: number, from = c + 1;
  if (c === a || toks[c].cap) {
    // ("Reportedly, he made …": the clause after the comma)
    if (next.t !== ',') return;
    start = from = c + 2;
  } else start = clauseStart(toks, a, c);
  if (start < 0 || start >= b || quoteAt(quotes, toks[start].s)) return;
  const end = contentEnd(ctx, from);
  if (end <= from || words(toks, start, end) < 4) return;
  const span = contentSpan(ctx, start, end);
  if (span) out.push(unsourcedOf(span, { s: toks[c].s, e: toks[c].e }));
}

/** Passive cues of a question ("when asked whether …"). */
const ASKED = wordClass(['asked', 'pressed', 'questioned']);

/**
 * The sentence opens at `open` with the question put to its subject ("Asked if Trump’s comments had rattled them as
 * well, Ryan said, “Sure …”"): that question is a content of its own with no source (askedQuestion), never what the
 * subject's cue after it reports.
 */
export function opensWithQuestion(toks: Tok[], open: number): boolean {
  const next = toks[open + 1];
  return inClass(toks[open], ASKED) && !!next && (next.l === 'about' || QUESTION_OPENERS.has(next.l));
}

/** How many words may stand between a passive "told" and its "that" ("had been told ⟨just before Tuesday's vote⟩ that"). */
const TOLD_PHRASE = 6;

/**
 * "we are now being told that ⟦the baseline for truth …⟧", "I was told that ⟦the executive team from Valeant did not want
 * to be seated …⟧", "Sanders had been told just before Tuesday's vote that ⟦he probably would lose narrowly⟧": a passive
 * "told" and its that-clause, with no teller named ("by …") — the that-clause is the content, nobody's. True when reported.
 */
function toldThat(ctx: SentenceContext, c: number, out: Unsourced[]): boolean {
  const { toks, b } = ctx;
  let p = c - 1;
  while (p > ctx.a && BE_ADVERB.test(toks[p].l)) p--;
  if (p < ctx.a || !BE.test(toks[p].l)) return false;
  let k = c + 1;
  for (; k < b && k <= c + 1 + TOLD_PHRASE && toks[k].l !== 'that'; k++) if (toks[k].punct || toks[k].l === 'by' || CUES.has(toks[k].l)) return false;
  if (toks[k]?.l !== 'that' || quoteAt(ctx.quotes, toks[k].s)) return false;
  const end = contentEnd(ctx, k + 1);
  if (words(toks, k + 1, end) < 3) return false;
  const span = contentSpan(ctx, k, end);
  if (!span) return false;
  out.push(unsourcedOf(span, { s: toks[c].s, e: toks[c].e }));
  return true;
}

/**
 * An expectation whose subject is a pronoun "it" (47th session, s47-qa): the infinitive is the content, as PolNeAR marks
 * it — "It is expected ⟦to rise to 2.9 percent this year⟧" (NYT 2016-01-20), "But it was not expected ⟦to be the
 * smoothest of votes⟧" (Breitbart 2016-07-19), "It is expected ⟦to show another solid gain of 200,000 jobs …⟧" (Politico
 * 2015-12-01; PolNeAR train: 3 gained, no other prediction). With no speaker; the content ends as an expectation's does
 * (impressionEnd). True when it reported one. So is an expectation whose subject stands in the clause before "and|but"
 * (48th session, s48-rb): "He is scheduled to make a short speech there but is not expected ⟦to meet Pope Francis⟧", "…
 * is not on board with the compromise and is not expected ⟦to sign on anytime soon⟧" (PolNeAR train: 4 gained, 0 lost,
 * no prediction with a speaker added); the two it reads in test/fixtures/outlets ("is charged with second-degree murder
 * and is expected ⟦to appear in a Kitchener courtroom on Monday⟧", "were originally due in 2018 and are now expected ⟦to
 * cost more than four times their £97 million budget⟧") are judged there with no source.
 */
function itExpected(ctx: SentenceContext, start: number, v: number, c: number, out: Unsourced[]): boolean {
  const { toks } = ctx;
  const it = start === v - 1 && toks[start].l === 'it';
  // (the subject's in the clause before "and|but": "… but is not expected ⟦to meet Pope Francis⟧", 48th session)
  const coordinated = v - 1 > ctx.a && AND_BUT.has(toks[v - 1].l);
  if (!(it || coordinated) || quoteAt(ctx.quotes, toks[v].s)) return false;
  const from = c + 1;
  const end = impressionEnd(ctx, from, contentEnd(ctx, from), false);
  if (words(toks, from, end) < 3) return false;
  const span = contentSpan(ctx, from, end);
  if (span) out.push(unsourcedOf(span, { s: toks[v].s, e: toks[c].e }));
  return !!span;
}

const DUMMY_SUBJECT = wordSet('it|there|this|that|what');
const HEDGE_WORD = wordSet('though|however|now|clear|likely|increasingly');
function inSentence(ctx: SentenceContext, out: Unsourced[]): void {
  const { toks, a, b, quotes } = ctx;
  for (let c = a; c < b - 1; c++) {
    const t = toks[c];
    if (t.punct) continue;
    if (inClass(t, ASKED)) { askedQuestion(ctx, c, out); continue; }
    if (t.l === HEARSAY) { hearsay(ctx, c, out); continue; }
    if (t.cap) continue;
    if (t.l === 'told' && toldThat(ctx, c, out)) continue;
    let v = c;
    if (inClass(t, IMPERSONAL) && impersonal(ctx, c, out)) continue;
    if (worthSaying(ctx, c, out)) continue;
    if (inClass(t, EXPECTATION | JUDGED)) {
      let p = c - 1;
      while (p > a && BE_ADVERB.test(toks[p].l)) p--;
      // ("is expected to", not "as expected", "the expected winner", "Trump expected …" with its own subject)
      if (p <= a || !BE.test(toks[p].l) || !(toks[c + 1]?.l === 'to' ? inClass(t, EXPECTATION) : judged(toks, c))) continue;
      v = p;
    } else if (!inClass(t, IMPRESSION)) continue;
    const next = toks[c + 1];
    if (!next || next.punct && next.t !== ',') continue;
    // ("appeared on a show", "appear before a grand jury", "appeared together": to be seen somewhere is no impression)
    if (/^appear/.test(t.l) && (PREPOSITIONS.has(next.l) && next.l !== 'to' || PLACE_AFTER_APPEAR.has(next.l))) continue;
    // ("a role that is expected to be filled by House Speaker Paul Ryan": a relative "that" right before the "be" of an
    // expectation is its clause's subject, as "which" and "who" are)
    const start = toks[v - 1]?.l === 'that' && toks[c + 1]?.l === 'to' && inClass(t, EXPECTATION) ? v - 1 : clauseStart(toks, a, v);
    if (toks[c + 1]?.l === 'to' && inClass(t, EXPECTATION) && itExpected(ctx, start, v, c, out)) continue;
    if (start < 0 || start >= v || quoteAt(quotes, toks[start].s) || quotedAfter(quotes, toks[v].s, toks[start].s)) continue;
    if (inClass(t, JUDGED) && !judgementClause(toks, start, v)) continue;
    // "It appears, though, that …", "It seems that …", "it seems the Democrats have …": an empty "it" — the content is what follows
    if (start === v - 1 && toks[start].l === 'it') {
      let k = c + 1;
      while (k < b && (toks[k].t === ',' || HEDGE_WORD.has(toks[k].l))) k++;
      const bare = k === c + 1 && bareImpression(toks, k);
      if (toks[k]?.l !== 'that' && !bare) continue;
      const from = bare ? k : k + 1;
      const end = contentEnd(ctx, from);
      const span = words(toks, from, end) >= 3 ? contentSpan(ctx, k, end) : null;
      if (span) out.push(unsourcedOf(span, { s: toks[start].s, e: t.e }));
      continue;
    }
    // (a subject of its own: a pronoun "it"/"there" or "this" alone is too little, "that seems" is a relative clause's)
    if (DUMMY_SUBJECT.has(toks[start].l) && start === v - 1 && !(toks[start].l === 'that' && toks[c + 1]?.l === 'to' && inClass(t, EXPECTATION))) continue;
    // ("Ginsburg is known for speaking her mind on other issues⟧ and is celebrated as a liberal icon": what a subject
    // is known for ends before its next predicate; PolNeAR keeps a judgement's, "The kingdom is viewed as a bulwark …
    // and has been a partner in the fight against terrorism")
    let end = contentEnd(ctx, c + 1, t.l === 'known');
    // ("If such a group’s existence seems improbable …, Georgia businessman Bruce LeVell believes": a subordinate
    // clause's content ends at its comma, where the main clause begins)
    if (start > a && COMMA_SUBORDINATORS.has(toks[start - 1].l)) for (let k = c + 1; k < end; k++) if (toks[k].t === ',') { end = k; break; }
    end = impressionEnd(ctx, c + 1, end, !(toks[c + 1]?.l === 'to' && inClass(t, EXPECTATION)));
    if (end <= c + 1 || words(toks, start, end) < 4) continue;
    const span = contentSpan(ctx, start, end);
    if (span) out.push(unsourcedOf(span, { s: toks[v].s, e: t.e }));
  }
}

/**
 * Marks that close an impression's clause: "The decision is widely expected to be unfavorable for Beijing⟧, with
 * potentially sharp consequences for …", "Others appeared ready to abandon him⟧, throwing the once stolid party further
 * into disarray", "Clinton seemed irritated⟧: “It's a public statement!”", "Nabisco is expected to cut 277 workers this
 * week⟧ -- the first wave in …". What follows the mark is the writer's comment on the impression, not part of it: PolNeAR's
 * annotators end the content there (train: 32 contents gained, 15 lost — a list or an aside inside the predicate, "a
 * forceful, top-to-bottom indictment", "ready, moreover, to use tariffs"). Cutting before "with" or "as" too loses
 * about as many as it gains ("seemed to be in line with Mr. Ailes"); before "when", "after" … see IMPRESSION_CIRCUMSTANCE.
 */
const IMPRESSION_BREAK: ReadonlySet<string> = new Set([',', ':', ';', ...DASHES]);

/**
 * Words that open the circumstance of an impression or a judgement, the writer's, after its predicate: "⟨he appears
 * somewhat uneasy⟩ when asked about his daughter's work", "⟨Mr. Rubio had appeared to be on the upswing⟩ after an
 * unexpectedly strong third-place showing in Iowa", "⟨Washington appears weak⟩ before the Turkish “offensive,”", "If
 * ⟨such a group's existence⟩ seems improbable given …", "⟨a 78-year-old man was charged with assault and disorderly
 * conduct⟩ after he sucker-punched a protester", "When ⟨those voting “yes” were declared the majority⟩ following a floor
 * vote" (train: 7 gained, none lost; "Washington appears weak" is then too short). Not after an expectation, whose
 * "to" clause goes on with its time ("Sanders is expected to win after Clinton's narrow win in Iowa", "is expected to
 * report before the Sunday deadline that …": 2 lost), nor before "as", "while" or "with" (3, 1 and 9 lost: "seemed to be
 * in line with …").
 */
const IMPRESSION_CIRCUMSTANCE: ReadonlySet<string> = new Set([...without(SUBORDINATORS, 'while', 'whereas', 'whenever', 'since', 'once', 'if', 'unless', 'as', 'until'), 'given', 'following', 'despite']);

/**
 * Where an impression's content ends: at the first mark of IMPRESSION_BREAK after its cue (token k on) or a spaced
 * hyphen, the Times' and the Post's dash, which is no token ("⟨Twitter appears to be heavily used by ISIS⟩ - so much so
 * that …", "⟨Mrs. Clinton is seen as far more capable of dealing with racial tensions than Mr. Trump⟩ - 60 percent of
 * voters said …": train 2 gained, 1 lost, a match by overlap alone), or, with `circumstance`, before a word of
 * IMPRESSION_CIRCUMSTANCE; else `end`.
 */
function impressionEnd(ctx: SentenceContext, k: number, end: number, circumstance: boolean): number {
  const { toks } = ctx;
  for (let j = k; j < end; j++) if (IMPRESSION_BREAK.has(toks[j].t) || (j > k && dashAt(ctx, j)) || (circumstance && j > k && IMPRESSION_CIRCUMSTANCE.has(toks[j].l))) return j;
  return end;
}

/** Words after "it seems" that open no clause of its own: a degree or a judgement ("it seems unlikely that …", "so"). */
const NOT_A_BARE_IMPRESSION = wordSet('as|so|more|less|too|very|unlikely|odd|strange|fair|clear|obvious|certain');

/**
 * The clause right after an empty "it seems" or "it appears" with no "that", or with "like" (PolNeAR keeps "like" in
 * the content): "it seems ⟦the Democrats have way too many superdelegates and the Republicans have too few⟧", "It
 * seemed ⟦like the drafting committee’s members have decided … to find areas where they could seek agreement⟧",
 * "even though it appears ⟦he has little chance of winning the nomination⟧" (train: 10 found, 8 gold, none lost). Not an
 * infinitive ("it seems to me"), a preposition or a judgement (NOT_A_BARE_IMPRESSION).
 */
function bareImpression(toks: Tok[], k: number): boolean {
  const t = toks[k];
  return !!t && !t.punct && t.l !== 'to' && t.l !== 'that' && (!PREPOSITIONS.has(t.l) || t.l === 'like') && !NOT_A_BARE_IMPRESSION.has(t.l);
}

/** How many sourced reports from the first that ends after a content's start are compared with it. */
const NEAR_REPORTS = 8;

/** Two spans that are one report (each covers at least half of the other). */
function same(x: { s: number; e: number }, y: { s: number; e: number }): boolean {
  const ov = Math.min(x.e, y.e) - Math.max(x.s, y.s);
  return ov > 0 && ov * 2 >= x.e - x.s && ov * 2 >= y.e - y.s;
}

/**
 * The contents with no source in the article, leaving out those that a sourced report (`reports`, sorted by start)
 * already covers. Linear: each cue looks a bounded number of tokens around it; the overlap check walks both lists once.
 */
export function findUnsourced(text: string, toks: Tok[], quotes: readonly QuoteSpan[], reports: readonly { s: number; e: number }[]): Unsourced[] {
  const found: Unsourced[] = [];
  for (const { a, b } of sentenceRanges(toks)) if (b - a >= 4) {
    const ctx = { toks, text, a, b, quotes };
    inSentence(ctx, found);
    hearsayNouns(ctx, found);
    openingUnowned(ctx, found);
  }
  const out: Unsourced[] = [];
  let r = 0;
  for (const u of found) {
    // (none inside someone's quotation marks: "“Our members are being asked to do more with less,” he said" is his)
    const q = quoteAt(quotes, u.s);
    if (q && u.e <= q.innerEnd) continue;
    // (a quotation the content ends inside is taken in whole, as a sourced report's is: ./index.ts)
    const end = endAroundQuotes(quotes, u.s, u.e);
    if (end === null) continue;
    u.e = end;
    while (r < reports.length && reports[r].e <= u.s) r++;
    let clash = false;
    for (let k = r; k < reports.length && k < r + NEAR_REPORTS && reports[k].s < u.e && !clash; k++) clash = same(reports[k], u) || (reports[k].s <= u.s && reports[k].e >= u.e);
    if (!clash) out.push(u);
  }
  return out;
}
