/**
 * Rule family — a verb of saying inside a relative clause, whose own verb follows the cue with no subject of its
 * own: "a fair sentence, which I said was not a prison sentence", "the kind of job that many economists say is the
 * future", "adapt to what she said is growing demand for fitness facilities". The content runs from the relative
 * pronoun to the end of its clause, the reporter and the cue inside it (as PolNeAR marks it). A contact clause, with
 * no relative pronoun, runs from its noun phrase: "⟦a probe the law enforcement agency said was ongoing as of earlier
 * this month⟧", "⟦the ones State now says are “top secret.”⟧" (PolNeAR train: 4 found, 1 false positive). The clause's
 * verb may be a present -s form the lexicon knows only as a verb ("Sanders's donor list, ⟦which the campaign says
 * includes 2.7 million contributors across the country⟧", "a gap in border security ⟦that homeland security experts
 * say renders talk of a wall moot⟧"), and "still" may stand before the cue ("⟦that the majority of lawmakers still
 * believes is necessary⟧"): PolNeAR train, 3 gained, none lost, no false positive added; or a verb in -s that is a noun
 * as often before its "to" ("the balance of last season's final payment, ⟦which they say amounts to more than BZ$9
 * million⟧", an Amandala-style probe, test/fixtures/outlets bz-amandala-cane-final-payment.txt; no PolNeAR train case). A verb of hope, fear, feeling,
 * expectation or prediction is such a cue too ("a show of muscle ⟦that Clinton hopes can help block any challenge from
 * Vermont Sen. Bernie Sanders⟧", "⟦a tactic Democrats hope will dampen Latino support for them⟧", "⟦which he hoped would
 * spark a revival⟧", "⟦a trend that the foundation predicts will continue⟧": PolNeAR train, 31st session, 6 gained, none
 * lost, 1 false positive added — "a base ⟦that Beck fears will be used to harm the nation⟧", gold only inside a longer
 * content). A wh-word right after a form of "ask" and its hearer opens the question, not a relative clause on the
 * hearer: "we ask 30 smart political types ⟦who they think is the strongest candidate …⟧", "Glenn Beck asked the
 * conservative ⟦who he thought would win the presidency⟧" (PolNeAR gives the question to the asker, as the that-clause
 * rule reads it; ./questions.ts askedAfterHearer: train, 33rd session, 2 false positives removed, none lost). The
 * clause's verb may be a plural's bare present, a verb the lexicon knows by a form of it ("⟦which they argue spur demand
 * more effectively …⟧", "⟦which he argued help ease educational disruptions …⟧", "laws restricting religious freedom
 * ⟦that some say target Muslims⟧", "passes, ⟦which the Intendencia said cover about 210,000 people⟧"; barePresent), and
 * the reporter a name or a possessive after its article ("Australia, ⟦which the Organization for Economic Cooperation and
 * Development says had the world's highest wage floors in 2015⟧", "⟦a proposal the governor's office said could cover
 * at least 20% of local demand⟧"): PolNeAR train, 39th session, 4 gained, none lost, no false positive added (test/eval/
 * reported-frames.mjs FINDINGS); Mercopress, Bolivia Express and Portugal Resident-style probes. After "said|says|say" the
 * clause may have a subject of its own, a pronoun and its verb in the past, the relative pronoun its object ("classified
 * information ⟦that investigators said they found on her system⟧", "about double ⟦what Bradley said she anticipated⟧";
 * objectGap): PolNeAR train, 45th session, 2 gained, none lost, no false positive added (test/eval/reported-misses.mjs
 * FINDINGS).
 */
import { cueSpan, subjectBefore } from '../quotes/attribution';
import { ARTICLES, AUXILIARIES, CUE_RELATIVES, CUES, DETERMINERS, NOMINATIVE_PRONOUNS, NOT_NOUN, OTHER_PRONOUNS, PERSON_PRONOUNS, POSSESSIVE_DETERMINERS, PREPOSITIONS } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { isAdjective, isCommonWord, isVerbBase, isVerbForm, wordSet } from '../people/lexicon';
import { INVARIANT_PAST, IS_ARE_WAS_WERE, S_VERBS_BEFORE_TO, WH_VERBS } from './lexicon';
import { inClass, wordClass } from '../text/wordClasses';
import { anyPreposition, finite, presentTense } from './bareClause';
import { contentEnd, contentSpan, words } from './clause';
import { askedAfterHearer } from './questions';
import { type Report, reportOf, type SentenceContext } from './report';

/** Verbs of saying and believing that a relative clause's verb may follow at once ("which he said was …"). */
export const RELATIVE_CUES: ReadonlySet<string> = new Set(['say', 'says', 'said', 'claim', 'claims', 'claimed', 'believe', 'believes', 'believed',
  'argue', 'argues', 'argued', 'contend', 'contends', 'contended', 'insist', 'insists', 'insisted', 'think', 'thinks', 'thought',
  'estimate', 'estimates', 'estimated', 'allege', 'alleges', 'alleged', 'hope', 'hopes', 'hoped', 'fear', 'fears', 'feared', 'feel', 'feels', 'felt',
  'expect', 'expects', 'expected', 'predict', 'predicts', 'predicted']);
const RELATIVE_CUE = wordClass(RELATIVE_CUES);
/** Auxiliaries and adverbs between the reporter and the cue ("which she has repeatedly said"). */
const BETWEEN = wordSet('has|have|had|also|still|once|repeatedly|previously|long|often|publicly|privately|later|earlier|now|himself|herself|themselves');
/** How many tokens the reporter may take between the pronoun and the cue. */
const MAX_REPORTER = 8;

/**
 * The token at k is a common noun a contact clause may follow ("a move | the union says will …", "provisions | he said
 * would …"): lower case, no function word, verb of saying, adverb or auxiliary, and a word the lexicon knows — or, after
 * an article, any word the lexicon knows as no verb form or adjective ("a decision | they say allowed terrorist activity
 * to multiply", "a dynamic | Greenberg said could drive those moderates toward Democrats", PolNeAR train, where
 * compromise's common words lack "decision" and "dynamic"; train: 2 found, no false positive). Not for a contact
 * clause's "it" (`article` false): "a scheme it says has brought back 10% more passengers" (a BBC-style probe) reads
 * "it" as the last body named, not the sentence's subject.
 */
function contactNoun(toks: Tok[], k: number, article = true): boolean {
  const t = toks[k];
  if (!t || t.punct || t.cap || t.poss || !/^[a-z]+$/.test(t.t) || /ly$/.test(t.l)) return false;
  if (NOT_NOUN.has(t.l) || PREPOSITIONS.has(t.l) || DETERMINERS.has(t.l) || AUXILIARIES.has(t.l) || CUES.has(t.l) || PERSON_PRONOUNS.has(t.l) || OTHER_PRONOUNS.has(t.l)) return false;
  return isCommonWord(t.l) || (article && ARTICLES.has(toks[k - 1]?.l ?? '') && !isVerbForm(t.l) && !isAdjective(t.l));
}

/** The most words of a noun phrase before its head noun ("the same drive, discipline and unbending resolve"). */
const MAX_NOUN_PHRASE = 6;

/**
 * Where the noun phrase whose head is at k starts: at its determiner when one opens it within MAX_NOUN_PHRASE tokens
 * (PolNeAR marks the phrase with the contact clause: "⟦a probe the law enforcement agency said was ongoing⟧",
 * "⟦the ones State now says are “top secret.”⟧"), else at the head.
 */
function nounPhraseStart(toks: Tok[], k: number, a: number): number {
  for (let j = k - 1; j >= a && j >= k - MAX_NOUN_PHRASE; j--) {
    const t = toks[j];
    if (DETERMINERS.has(t.l)) return j;
    if (t.punct && t.t !== ',' || t.cap || PREPOSITIONS.has(t.l) || AUXILIARIES.has(t.l) || CUES.has(t.l)) return k;
  }
  return k;
}

/** Token j is a verb in -s that is a noun as often, before its "to" ("which they say ⟨amounts⟩ to more than BZ$9 million"). */
const verbBeforeTo = (toks: Tok[], j: number): boolean => S_VERBS_BEFORE_TO.has(toks[j].l) && toks[j + 1]?.l === 'to';

/**
 * Token j is a verb's bare present, a plural's, before no verb of its own: "the principle of common standards, ⟦which he
 * argued help ease educational disruptions …⟧", "⟦which they argue spur demand more effectively …⟧", "laws … ⟦that some
 * say target Muslims⟧". Not a past written as its base ("which many voters believe ⟨hurt⟩ American workers", PolNeAR
 * train, NYT 2016-05-18, no gold: INVARIANT_PAST), nor a preposition ("As a kid I felt ⟨like⟩ I had no voice"), nor a noun that is the clause's subject
 * ("which he said ⟨time⟩ would tell").
 */
function barePresent(toks: Tok[], j: number): boolean {
  const w = toks[j], after = toks[j + 1];
  if (!w || !after || w.cap || w.poss || !/^[a-z]+$/.test(w.t) || /(?:s|ed|ing|ly)$/.test(w.l) || finite(w)) return false;
  if (INVARIANT_PAST.has(w.l) || NOT_NOUN.has(w.l) || anyPreposition(w.l) || DETERMINERS.has(w.l) || AUXILIARIES.has(w.l) || PERSON_PRONOUNS.has(w.l) || OTHER_PRONOUNS.has(w.l) || isAdjective(w.l) || !isVerbBase(w.l)) return false;
  return !(AUXILIARIES.has(after.l) || finite(after) || presentTense(after));
}

/** The verbs of saying whose relative clause may hold a clause of its own with the relative's gap ("that investigators ⟨said⟩ they found"). */
const GAP_CUES = wordSet('said|says|say');

/**
 * The say-verb at c is followed by a clause of its own, a subject pronoun and its verb in the past, whose object is
 * the relative pronoun before the reporter: "classified information ⟦that investigators said they found on her
 * system⟧", "about double ⟦what Bradley said she anticipated⟧" — the verb ends its clause or meets a preposition.
 */
function objectGap(toks: Tok[], c: number, b: number): boolean {
  const pron = toks[c + 1], verb = toks[c + 2], after = toks[c + 3];
  if (!GAP_CUES.has(toks[c].l) || !pron || !verb || c + 3 > b) return false;
  if (!NOMINATIVE_PRONOUNS.has(pron.l) || verb.cap || !finite(verb) || AUXILIARIES.has(verb.l)) return false;
  // (not "to": "said he wanted ⟨to⟩ kill …" is an infinitive, the verb's own object)
  return !after || c + 3 === b || (after.punct && after.t !== "'") || (anyPreposition(after.l) && after.l !== 'to');
}

export function relativeClauses(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 2; c < b - 2; c++) {
    const t = toks[c], next = toks[c + 1];
    if (t.cap || !inClass(t, RELATIVE_CUE)) continue;
    // the relative clause's verb follows the cue at once: "said | was", "say | is", "says | had"
    const gap = objectGap(toks, c, b);
    if (!gap && (next.punct || next.cap || !(AUXILIARIES.has(next.l) || finite(next) || IS_ARE_WAS_WERE.has(next.l) || presentTense(next) || verbBeforeTo(toks, c + 1) || barePresent(toks, c + 1)))) continue;
    let v = c;
    while (v - 1 > a && BETWEEN.has(toks[v - 1].l)) v--;
    // the reporter: a pronoun, or a name or description the quote rules read, right after the relative pronoun
    let rel = -1;
    let mention = null;
    const p = toks[v - 1];
    // (a contact clause's "it" after its noun: "a scheme it says has brought back …")
    const itAfterNoun = p?.l === 'it' && contactNoun(toks, v - 2, false);
    if (p && (PERSON_PRONOUNS.has(p.l) || (OTHER_PRONOUNS.has(p.l) && p.l !== 'who' && p.l !== 'it') || itAfterNoun)) {
      rel = v - 2;
      mention = { s: p.s, e: p.e, kind: 'pronoun' as const, i: v - 1, j: v };
    } else {
      const m = subjectBefore(toks, v - 1, Math.max(a, v - 1 - MAX_REPORTER));
      // (a relative "that" read as the reporter's determiner is the clause's pronoun: "the gun ⟨that⟩ prosecutors said
      // was used", "a charity in Khartoum, Sudan, ⟨that⟩ prosecutors said was suspected of funding international
      // terrorism", PolNeAR train, politico_2016-08-17); not before a possessive, whose cue is a noun ("did post on
      // Twitter Friday that his claims were “sarcasm”", PolNeAR train, huff-post_2016-08-12)
      if (m && m.j === v && m.j - m.i > 1 && !toks[m.i].cap && CUE_RELATIVES.has(toks[m.i].l)) {
        if (toks[v - 1].poss || POSSESSIVE_DETERMINERS.has(toks[v - 1].l)) continue;
        rel = m.i;
        mention = { ...m, i: m.i + 1, s: toks[m.i + 1].s };
      } else if (m && m.j === v) {
        // (a name or a possessive that the reporter's article opens: "which the ⟨Intendencia⟩ said cover about 210,000
        // people", "a proposal the ⟨governor's office⟩ said could cover …"; not after "what", whose free relative with a
        // named reporter PolNeAR leaves: "⟦what the American Society of Civil Engineers estimates will be needed⟧", train
        // NYT 2016-06-15, no gold)
        const opened = m.i - 1 > a && (toks[m.i].cap || toks[m.i].poss) && ARTICLES.has(toks[m.i - 1].l) && toks[m.i - 2].l !== 'what';
        rel = opened ? m.i - 2 : m.i - 1;
        mention = m;
      }
    }
    if (rel < a || !mention) continue;
    // a contact clause, with no relative pronoun: "a move the union says will cost more jobs", "a probe the law
    // enforcement agency said was ongoing" (PolNeAR train, Politico 2016-02-19: the content is the noun phrase and
    // the clause)
    const contact = !CUE_RELATIVES.has(toks[rel].l) && contactNoun(toks, rel, toks[mention.i].l !== 'it');
    // ("when asked who they thought was …", "asked the conservative who he thought would win …": a question, not a
    // relative clause)
    if ((!CUE_RELATIVES.has(toks[rel].l) && !contact) || WH_VERBS.has(toks[rel - 1]?.l ?? '') || askedAfterHearer(toks, a, rel)) continue;
    let end = contentEnd(ctx, c + 1);
    // (", which she has repeatedly said was a mistake, was a major factor": a clause between commas ends at the second)
    if (toks[rel - 1]?.t === ',') for (let k = c + 1; k < end; k++) if (toks[k].t === ',') { end = k; break; }
    if (words(toks, c + 1, end) < 2) continue;
    const span = contentSpan(ctx, contact ? nounPhraseStart(toks, rel, a) : rel, end);
    if (span) out.push(reportOf(span, cueSpan(toks, c, c + 1), mention, 'relative'));
  }
  return out;
}
