/**
 * Rule family — an endorsement and whom or what it endorses: "Christie endorsed Trump last week and has appeared at
 * the billionaire's rallies", "Morton Blackwell … has endorsed Sen. Ted Cruz for president", "Mr. Kasich, a Republican,
 * has not endorsed Mr. Trump". PolNeAR attributes the object as content: a name or a noun phrase, without the
 * adjuncts of time and place after it, a list of names with their party-and-state tags whole ("endorsed the re-election
 * of House Speaker Paul Ryan (R-Wis.), Sen. John McCain (R-Ariz.), and Sen. Kelly Ayotte"). In a relative clause, the
 * relative pronoun the source: "But President Barack Obama, who endorsed Hillary Clinton on Thursday, is making his
 * pitch …", "The National Rifle Association, which has endorsed Trump, used the comments …", "state legislators such as
 * Bamberg who have endorsed him", "a California investor who had previously backed Jeb Bush" (relativeEndorsement).
 * A noun phrase of rank after a copula endorses too, the copula's subject the source: "Grijalva was the first Democrat in
 * Congress to endorse ⟦Sanders in the Democratic primary⟧" (rankEndorsement); an object keeps the contest it is made in,
 * "in the (Democratic) primary|race" (contestAfter). 50th session, PolNeAR train both together: 5 gold gained, 0 lost,
 * 3 false positives removed, 2 added (the same two predictions with a longer end, one a gold content one character
 * long that no span matches); dev 1 gained, 1 false positive removed, none added.
 */
import { AUXILIARIES, BE_AND_FORMS, CALENDAR_NAMES, CUES, DETERMINERS, PERSON_OBJECT_PRONOUNS, RELATIVES_BUT_WHOSE, SAY_FORMS } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { type Report, reportOf, type SentenceContext } from './report';
import { REPORTED_VERB_FORMS } from './reportedVerbs.generated';
import { reporterOf, verbAt } from './speaker';
import { lowerCueAt, reportOfVerb } from './verbReport';
import { wordSet } from '../people/lexicon';
import { inClass } from '../text/wordClasses';
import { EXPECTATION } from './sourceless';
import { CONTEST } from './evidence';
import { GERUND_OBJECT_VERBS } from './objectCue';
import { DASH_GAP } from '../text/dashes';
import { partyStateTag } from '../quotes/names';
import { contentSpan, dashAt } from './clause';

/**
 * "endorsed" (./reportedVerbs.json): on train "would endorse Clinton", "he endorses ballot measures" were a plan or a
 * habit more often than a report (4 of 13 in PolNeAR's gold); "endorse" only as "to endorse" after a verb or an
 * adjective of its subject (infinitiveEndorsement below). "supported" read the same way (32nd session): "In Nevada's
 * Republican caucuses, 34,000 people supported ⟦Trump⟧", "Mr. Mitchell supported ⟦the idea⟧", "most presidents, including
 * President Obama, have supported ⟦major trade treaties⟧" (PolNeAR train: 14 gold gained, 7 false positives added, 5 of
 * them an object cut short, "supported ⟦Medicare⟧ and Social Security cuts", "supported ⟦Barack Obama⟧ over Clinton";
 * not before a gerund, ./objectCue.ts's GERUND_OBJECT, nor across a spaced hyphen, "a deal she once supported - makes
 * sense"). "backed" is still left out of a main clause (the 26th session's "supported|backed": 21 gained, 20 false); in
 * a relative clause it is read with a name in its object (relativeEndorsement below: "Ronnie Cameron, an Arkansas poultry
 * magnate who previously backed ⟦Mike Huckabee⟧", "another Republican governor who has not backed ⟦Mr. Trump⟧"; not "a
 * business entrepreneur who backed stop-and-frisk police tactics", a tactic backed).
 */
export const ENDORSING_VERBS: ReadonlySet<string> = new Set([...REPORTED_VERB_FORMS.endorsing.split(' '), 'endorse', 'supported']);

/** "backed", read only in a relative clause (relativeEndorsement below). */
export const RELATIVE_ENDORSING_VERBS: ReadonlySet<string> = new Set(['backed']);

/** Words that end the object: prepositions of adjuncts, words of time, conjunctions, relative pronouns, verbs. */
const PHRASE_END = wordSet('in|on|at|by|to|with|from|after|before|during|since|until|amid|among|over|despite|because|as|when|while|but|and|or|that|who|which|whom|whose|if|than|last|this|next|early|earlier|later|today|yesterday|tonight|now|then|week|month|year|again|too|instead|up|out|back|so|is|was|are|were|has|had|have|will|would|said|says|saying|even|just|only|also');
/** Object pronouns, a content of their own ("endorsed her"). */
/** Objects that name no choice ("has not endorsed a candidate", "anyone"). */
const NO_CHOICE = wordSet('a|an|anyone|anybody|any|no|none|nobody|one|it|this|that');
/** The longest object, in tokens. */
const MAX_PHRASE = 20;

/** Ordinals and words of rank that make the words before "to endorse" a noun phrase ("the first member of Congress"). */
const RANK = wordSet('first|last|only|next|second|third|earliest|latest');
/** How far back from "to" the words of a noun phrase are looked for. */
const NOUN_PHRASE_REACH = 5;

/**
 * "to endorse" and its object: an endorsement refused, delayed or made ("On Monday, Trump refused to endorse Ryan", "He
 * went on to endorse Ayotte", "Speaker Paul D. Ryan, who was reluctant to endorse Mr. Trump", "Gov. John Kasich of
 * Ohio, a Republican who has refused to endorse Mr. Trump": PolNeAR train, the object attributed as content to the
 * subject of the verb or adjective before "to"). Not the infinitive of a noun phrase, whose reporter is another's
 * ("Trump’s refusal to endorse Ryan", "the decision to endorse early"; a noun phrase of rank after a copula, "Grijalva
 * was the first Democrat in Congress to endorse Sanders", is rankEndorsement's), nor after a participle of
 * expectation or hearsay ("The New York Times is expected to endorse the Democratic candidate", train: no gold;
 * ./sourceless.ts reads the expectation), nor after a subject that names no one ("While no presidential candidate seems
 * willing to endorse containment of ISIL": no endorsement made, train: no gold). The bare "endorse" elsewhere names a
 * plan or a habit ("would endorse Clinton"), no report.
 */
function infinitiveEndorsement(toks: Tok[], c: number, a: number): boolean {
  if (toks[c].l !== 'endorse' || c - 2 < a || toks[c - 1].l !== 'to' || inClass(toks[c - 2], EXPECTATION)) return false;
  // back to a verb, an auxiliary or a comma (the controller's clause), or to a determiner, a possessive or a rank (a noun phrase)
  for (let k = c - 2; k >= a && k >= c - 1 - NOUN_PHRASE_REACH; k--) {
    const t = toks[k];
    if (t.punct || AUXILIARIES.has(t.l) || /ed$/.test(t.l)) return true;
    if (t.poss || DETERMINERS.has(t.l) || RANK.has(t.l) || NO_CHOICE.has(t.l)) return false;
  }
  return true;
}

/** Verbs that make their subject the noun phrase of rank after them ("Grijalva was the first Democrat …"). */
const RANK_COPULAS = wordSet('is|was|are|were|became|becomes|become|been|be');

/**
 * The copula whose subject made the endorsement of a noun phrase of rank before "to endorse" at c, or -1: "Grijalva was
 * ⟨the first Democrat in Congress⟩ to endorse ⟦Sanders in the Democratic primary⟧", "I became the first member of
 * Congress to endorse ⟦him⟧", "Duncan Hunter, who was one of the earliest House members to endorse ⟦the Manhattan
 * billionaire⟧" (PolNeAR train: the rank's person is the one who endorses). The phrase opens with "the" and a rank, or
 * "one of the" and a rank, within NOUN_PHRASE_REACH of "to".
 */
function rankEndorsement(toks: Tok[], c: number, a: number): number {
  if (toks[c].l !== 'endorse' || c - 3 < a || toks[c - 1].l !== 'to') return -1;
  for (let k = c - 2; k > a && k >= c - 1 - NOUN_PHRASE_REACH; k--) {
    const t = toks[k];
    if (t.punct) return -1;
    if (!RANK.has(t.l) || t.cap) continue;
    let d = k - 1;
    if (toks[d]?.l !== 'the') return -1;
    if (toks[d - 1]?.l === 'of' && toks[d - 2]?.l === 'one') d -= 2;
    const v = toks[d - 1];
    return d - 1 >= a && v && !v.cap && RANK_COPULAS.has(v.l) ? d - 1 : -1;
  }
  return -1;
}

/**
 * "to" inside an object that is a gerund's phrase or a possessive's noun, whose own complement it opens: "Lawmakers have
 * endorsed ⟦making it harder for people to enter the United States⟧", "they enthusiastically endorsed ⟦Obama’s nomination
 * of David Nye to the U.S. District Court⟧", "Others supported ⟦Sanders's bid to win over superdelegates⟧" (PolNeAR train:
 * the object stopped before "to" three times, each a false positive beside its gold).
 */
function toInsideObject(toks: Tok[], k: number, e: number): boolean {
  if (/ing$/.test(toks[k].l)) return true;
  for (let i = k; i < e; i++) if (toks[i].poss) return true;
  return false;
}

/**
 * The token after a legislator's party-and-state tag in parentheses at token p ("(R-Wis.)", ../quotes/names.ts's
 * partyStateTag) and the comma after it, where a list of names goes on after it ("House Speaker Paul Ryan (R-Wis.), Sen.
 * John McCain (R-Ariz.), and Sen. Kelly Ayotte"), else -1.
 */
function taggedListGoesOn(toks: Tok[], p: number, b: number): number {
  if (toks[p].t !== '(' || !partyStateTag(toks, p + 1, p + 2)) return -1;
  let n = p + 2;
  if (toks[n]?.t === '.') n++;
  if (toks[n]?.t !== ')' || toks[n + 1]?.t !== ',') return -1;
  n += 2;
  if (toks[n]?.l === 'and') n++;
  return n < b && toks[n].cap ? n : -1;
}

/**
 * Where the object that starts at token k ends (exclusive): at punctuation, a word of PHRASE_END or a day or a month.
 * A party-and-state tag inside a list of names does not end it (taggedListGoesOn), nor counts toward MAX_PHRASE: "Trump
 * endorsed ⟦the re-election of House Speaker Paul Ryan (R-Wis.), Sen. John McCain (R-Ariz.), and Sen. Kelly Ayotte⟧"
 * (PolNeAR train, HuffPost 2016-08-05, the object cut at "Paul Ryan" before). A dash ends it too, a spaced hyphen
 * (no token) as a dash token does: "The Club for Growth PAC has also endorsed ⟦Cruz⟧ - the first time it has weighed in
 * during a presidential nominating contest" (train, Washington Post 2016-03-24; the object had run on to "- the first
 * time it", stopped by "has").
 */
function objectEnd(ctx: SentenceContext, k: number, b: number): number {
  const { toks } = ctx;
  if (PERSON_OBJECT_PRONOUNS.has(toks[k].l)) return k + 1;
  let e = k, skipped = 0;
  while (e < b && e < k + MAX_PHRASE + skipped) {
    const t = toks[e];
    const next = e > k ? taggedListGoesOn(toks, e, b) : -1;
    if (next > 0) { skipped += next - e; e = next; continue; }
    const contest = e > k && toks[e - 1].cap ? contestAfter(toks, e, b) : -1;
    if (contest > 0) return contest;
    if (t.punct || (e > k && (CALENDAR_NAMES.has(t.l) || dashAt(ctx, e) || (!t.cap && PHRASE_END.has(t.l) && !(t.l === 'to' && toInsideObject(toks, k, e)))))) break;
    e++;
  }
  return e;
}

/** How many words may stand between "in the" and the contest's noun ("in the Democratic presidential primary"). */
const CONTEST_MODIFIERS = 3;

/**
 * The end of a contest phrase at token p after an endorsed name, or -1: "Grijalva was the first Democrat in Congress to
 * endorse ⟦Sanders in the Democratic primary⟧", "Most union members … endorsed ⟦Bernie Sanders in the Democratic
 * primary⟧" (PolNeAR train: the annotators keep the contest the endorsement is made in with its candidate).
 */
function contestAfter(toks: Tok[], p: number, b: number): number {
  if (toks[p].l !== 'in' || toks[p + 1]?.l !== 'the') return -1;
  for (let k = p + 2; k < b && k <= p + 2 + CONTEST_MODIFIERS; k++) {
    const t = toks[k];
    if (t.punct) return -1;
    if (CONTEST.has(t.l) && !t.cap) return k + 1;
  }
  return -1;
}

/** How far back from a relative pronoun a say-verb makes its antecedent the speaker of a quotation ("said X, a Y, who"). */
const SAID_NAME_REACH = 15;

/**
 * A relative clause's endorsement, the relative pronoun at token v and the object ending at token end: "But President
 * Barack Obama, who endorsed ⟦Hillary Clinton⟧ on Thursday, is making his pitch …", "The National Rifle Association, which
 * has endorsed ⟦Trump⟧, used the comments …", "progressive organizations that have endorsed ⟦him⟧ say …", "a popular
 * governor who had endorsed ⟦him⟧", "Harlan Crow, a Texas real estate developer, who had supported ⟦Senator Marco Rubio of
 * Florida⟧" (PolNeAR train: the relative pronoun is the gold source). Not the description of a quotation's speaker, which
 * the annotators leave to the quotation: after a say-verb before the antecedent ("said Representative Peter T. King of
 * New York, who endorsed Mr. Rubio on Tuesday", "said Tom Rath, a veteran New Hampshire GOP leader who had endorsed
 * Kasich"), nor in the subject of a verb of speech (../quotes/lexicon.ts CUES) after the clause ("Sen. Claire McCaskill
 * (D-Mo.), who has endorsed Clinton, said Sanders has pushed …", "In the interview, Reid, who endorsed Clinton in
 * February, reiterated those feelings").
 */
function relativeEndorsement(toks: Tok[], v: number, end: number, a: number, b: number): boolean {
  for (let k = v - 1; k >= a && k >= v - SAID_NAME_REACH; k--) if (SAY_FORMS.has(toks[k].l)) return false;
  // the clause's end: a comma and then (an adverb or a phrase of time and) a verb of speech
  let k = end;
  while (k < b && !toks[k].punct) k++;
  if (toks[k]?.t !== ',') return true;
  for (let n = k + 1; n < b && n <= k + 3; n++) {
    if (CUES.has(toks[n].l)) return false;
    if (toks[n].punct) break;
  }
  return true;
}

/** The endorsement whose verb is at token c ("endorsed"), or null. */
export function endorsementAt(ctx: SentenceContext, c: number): Report | null {
  const { toks, a, b } = ctx;
  const t = lowerCueAt(ctx, c, 1, ENDORSING_VERBS) ?? lowerCueAt(ctx, c, 1, RELATIVE_ENDORSING_VERBS);
  if (!t) return null;
  const copula = t.l === 'endorse' ? rankEndorsement(toks, c, a) : -1;
  if (copula < 0 && (t.l === 'endorse' ? !infinitiveEndorsement(toks, c, a) : !verbAt(toks, c, false))) return null;
  const o = toks[c + 1];
  if (!o || o.punct || NO_CHOICE.has(o.l) || (!o.cap && PHRASE_END.has(o.l))) return null;
  // ("The resolution supported eliminating caucuses": a gerund's phrase is ./objectCue.ts's; "a deal she once supported -
  // makes sense": a spaced hyphen, no token, ends the clause before any object)
  if ((GERUND_OBJECT_VERBS.has(t.l) && /ing$/.test(o.l)) || DASH_GAP.test(ctx.text.slice(t.e, o.s))) return null;
  // (the subject of a relative clause: "Reid, who endorsed Clinton in February,")
  let v = c - 1;
  while (v > a && /^(?:has|have|had|not|also|previously|already|since|publicly|formally|officially|n['’]t|hasn['’]t|haven['’]t)$/.test(toks[v].l)) v--;
  if (BE_AND_FORMS.has(toks[v].l)) return null;
  const end = objectEnd(ctx, c + 1, b);
  if (end <= c + 1) return null;
  if (RELATIVES_BUT_WHOSE.has(toks[v].l) ? !relativeEndorsement(toks, v, end, a, b) : RELATIVE_ENDORSING_VERBS.has(t.l)) return null;
  // ("backed" a candidate: an object that names no one is a policy or a tactic backed, "a business entrepreneur who backed
  // stop-and-frisk police tactics")
  if (RELATIVE_ENDORSING_VERBS.has(t.l) && !PERSON_OBJECT_PRONOUNS.has(o.l) && !toks.slice(c + 1, end).some(x => x.cap)) return null;
  if (copula >= 0) return rankReport(ctx, copula, c, end, t.e);
  return reportOfVerb(ctx, c, c + 1, end, t.e, 'object');
}

/** The endorsement of a noun phrase of rank (rankEndorsement): the copula's subject the reporter. */
function rankReport(ctx: SentenceContext, copula: number, c: number, end: number, cueEnd: number): Report | null {
  const span = contentSpan(ctx, c + 1, end);
  const mention = reporterOf(ctx, copula);
  return span && mention && mention.e <= ctx.toks[copula].s ? reportOf(span, { s: ctx.toks[c].s, e: cueEnd }, mention, 'object') : null;
}
