/**
 * Rule family 10 — a cue of several words and its that-clause: "Sanders pointed out that veterans’ issues were
 * largely ignored", "some Republicans made clear that they would like to see him come around", "he expressed
 * concern that the billionaire businessman was encouraging violence", "Mr. Ackman is convinced that Valeant will be a
 * comeback story" (PolNeAR train: "pointed out" 27, "made clear" 22, "concern" 9, "convinced" 8, "confident" 6 missed
 * before this rule). And a feeling's topic after "about" (43rd session, feelingTopic): "EU Member States are concerned
 * about ⟦Merkel's collusion with Turkey⟧", "But he was not hopeful about ⟦the looming showdown in July⟧" (PolNeAR train).
 * And a conviction's bare clause, or a time before its "that" (44th session): "Not everyone is convinced ⟦the issue will
 * play the same role in the Iowa caucuses⟧", "Some Democrats are hopeful ⟦they can even threaten the GOP's lead in the
 * House⟧", "… is skeptical ⟦Trump can overcome his provocative statements about women and others⟧", "Trump allies were
 * hopeful Tuesday ⟦that the opening day's problems would be forgotten by week's end⟧" (PolNeAR train, Politico
 * 2015-11-24, Washington Post 2016-03-24, USA Today 2016-07-18, Washington Post 2016-07-20); the bare clause only after
 * "is|are|was|were", and not after an empty "it" ("And it is virtually certain he will have more to say about it", NYT
 * 2016-03-17). Train: 4 gained, 0 lost, 1 false positive (../../test/eval/reported-sources.mjs FINDINGS, 44th session).
 */
import { clauseStart, pastTime } from './bareClause';
import { contentEnd, contentSpan, words } from './clause';
import { type Report, reportOf, type SentenceContext } from './report';
import { beforeDegreeWords, reporterOf, verbAt } from './speaker';
import { CONTRAST_SUBORDINATORS, DASH, LINKING_VERBS, OPENING_SUBORDINATORS, RELATIVE_PRONOUNS } from '../quotes/lexicon';
import { endsInNt } from '../text/endings';
import { inClass } from '../text/wordClasses';
import { AND_OR_BUT, IS_ARE_WAS_WERE } from './lexicon';
import { mainClauseSubject } from './mainSubject';

/** A verb and the words that complete it as a cue ("pointed" + "out"); each alternative is a word sequence. */
type Phrases = readonly (readonly string[])[];
const POINT: Phrases = [['out']];
const MAKE: Phrases = [['clear'], ['it', 'clear'], ['the', 'case'], ['the', 'argument'], ['the', 'point'], ['plain']];
/** A retort ("Osei-Lindqvist shot back that many of her own residents could not afford a car", British "hit back that"). */
const BACK: Phrases = [['back']];
const EXPRESS: Phrases = [['concern'], ['concerns'], ['confidence'], ['hope'], ['optimism'], ['fear'], ['fears'], ['doubt'], ['doubts'], ['skepticism'], ['frustration']];
export const PHRASES: ReadonlyMap<string, Phrases> = new Map([
  ...['point', 'points', 'pointed', 'pointing'].map((v): [string, Phrases] => [v, POINT]),
  ...['make', 'makes', 'made', 'making'].map((v): [string, Phrases] => [v, MAKE]),
  ...['express', 'expresses', 'expressed', 'expressing', 'voice', 'voiced', 'voicing'].map((v): [string, Phrases] => [v, EXPRESS]),
  ...['shot', 'shoots', 'fired', 'fires', 'hit', 'hits'].map((v): [string, Phrases] => [v, BACK]),
]);

/**
 * Adjectives of conviction or feeling after a linking verb ("is convinced that", "remain confident that", "Progressives
 * have been especially upset that …", "Political pundits are shocked that …", "those who thought they had become
 * citizens were unaware that …"), or set off by a comma or a dash after the main clause, whose subject reports.
 */
export const CONVICTION: ReadonlySet<string> = new Set(['convinced', 'confident', 'certain', 'sure', 'hopeful', 'optimistic', 'adamant', 'aware', 'worried', 'concerned', 'skeptical',
  'unaware', 'surprised', 'shocked', 'upset', 'frustrated', 'mystified', 'aghast', 'nervous']);

/**
 * A feeling's topic after "about", when "is|are|was|were" links the adjective to its subject (43rd session): "EU Member
 * States are concerned about ⟦Merkel's collusion with Turkey⟧", "Democratic leaders are worried about ⟦emerging from
 * their convention with an unmollified … contingent …⟧", "More than nine of 10 Republicans in Tennessee and Georgia were
 * worried about ⟦the economy⟧", "But he was not hopeful about ⟦the looming showdown in July⟧" (PolNeAR train, HuffPost
 * 2016-03-10, NYT 2016-06-23, USA Today 2016-03-02, Washington Post 2016-04-17). The topic keeps its adjuncts, as a
 * worry's does (./objectCue.ts WORRY). Not after "be" or a verb of becoming: outside quotations on train "to be ADJ about"
 * is gold 3 times in 5 ("did not seem to be worried about ⟦division within the party⟧" gold, "It is early to be optimistic
 * about …", "several reasons to be skeptical about …" not), "has become increasingly skeptical about" once, not. "angry" is left out: added to these
 * adjectives, it gained none of its two train golds ("Voters who are angry about ⟦an economy that seems to reward only
 * the rich⟧", USA Today 2016-03-02) and added a false positive whose topic ran on over a list ("centrists who were angry
 * about ⟦the Iraq War, radicals who wanted …⟧", HuffPost 2016-02-12).
 */
/**
 * Feelings toward their cause after "by", "with", "at" or "over", read as a topic after "about" is (s50-ua): "FBI
 * officials were angered by ⟦the deal⟧", "Immigrant rights advocates have been outraged by ⟦the raids⟧", "Clinton officials
 * were thrilled with ⟦the editorial …⟧", "Clinton insiders are alarmed at ⟦the focused and sustained attacks on her
 * credibility …⟧", "Neither man was impressed by ⟦Mrs. Clinton⟧" (PolNeAR train: Washington Post 2016-03-03 and
 * 2016-01-13, Politico 2016-01-29 and 2016-09-01, NYT 2016-09-07). On train "be ADJ by|with|at|over" for these words is
 * gold 15 times in 40, most of the rest inside a direct quote or another's report; the rule: 12 gained, 0 lost, 2 false
 * positives ("most voters are disgusted with ⟦both political parties⟧", Breitbart 2016-02-10; "In exit polls, voters in
 * both parties were unhappy with ⟦the federal government⟧", USA Today 2016-03-02), folds 6/1 1/0 1/0 1/0 3/1; PolNeAR dev
 * unchanged. "encouraged" is left out: a verb of request too, its word opened a sentence for ./infinitive.ts ("It
 * encouraged ⟦people to drive somewhat less …⟧", NYT 2016-03-03, no gold).
 */
export const EMOTIONS: ReadonlySet<string> = new Set(['impressed', 'unimpressed', 'angered', 'outraged', 'delighted', 'alarmed', 'thrilled', 'pleased',
  'irritated', 'startled', 'dismayed', 'intrigued', 'disappointed', 'troubled', 'disturbed', 'appalled', 'horrified', 'heartened',
  'annoyed', 'incensed', 'infuriated', 'frustrated', 'unhappy', 'furious', 'satisfied', 'dissatisfied', 'uncomfortable', 'disgusted',
  'embarrassed', 'bothered', 'shocked', 'surprised', 'upset']);
const EMOTION_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'with', 'at', 'over']);

/** "is|are|was|were", negated in one token too ("Carl Tobias, a law professor …, wasn’t optimistic about ⟦the GOP picking up the pace⟧", HuffPost 2016-04-12). */
const topicLink = (l: string): boolean => IS_ARE_WAS_WERE.has(endsInNt(l) ? l.slice(0, -3) : l);
/** Words of degree that make the feeling a comparison ("Americans are more optimistic about the economy than it may seem"). */
const COMPARING = new Set(['more', 'less']);

/**
 * The report of a feeling's topic (CONVICTION) after the adjective at c, "about" at k and the linking verb at be; null for
 * a comparison ("-Americans are more optimistic about the economy than it may seem", PolNeAR train, HuffPost 2016-05-02,
 * a poll's finding, no gold) or a subject after "while|whereas", the second half of a contrast that another's report
 * holds ("He cited polling data showing that working-class white Democrats were roughly as concerned about inequality as
 * they were about job growth …, while African-Americans were overwhelmingly concerned about the latter two", NYT
 * 2016-03-23, gold only inside the citation). The topic ends before a comma and a subordinator ("is worried about ⟦what
 * Donald Trump is stirring up in her 2.1 million members⟧, because she thinks he can win", Politico 2016-01-07: the
 * clause after it holds a report of its own).
 */
function feelingTopic(ctx: SentenceContext, be: number, c: number, k: number): Report | null {
  const { toks } = ctx;
  for (let j = be + 1; j < c; j++) if (COMPARING.has(toks[j].l)) return null;
  let end = contentEnd(ctx, k + 1, true);
  for (let j = k + 2; j < end - 1; j++) if (toks[j].t === ',' && OPENING_SUBORDINATORS.has(toks[j + 1].l)) { end = j; break; }
  const span = words(toks, k + 1, end) >= 1 ? contentSpan(ctx, k + 1, end) : null;
  const mention = span && reporterOf(ctx, be);
  if (!span || !mention || CONTRAST_SUBORDINATORS.has(toks[mention.i - 1]?.l ?? '')) return null;
  return reportOf(span, { s: toks[c].s, e: toks[k].e }, mention, 'phrasal');
}

/**
 * A hope the main clause's subject acts in, after "in" or "with" (and "the"), and its "that"-clause: "Dozens of them …
 * rallied outside of the hotel …, in the hopes that the platform will endorse a $15 wage nationally", "He has carefully
 * avoided alienating supporters of Carson and Donald Trump in hopes that …" (PolNeAR train: 3 such phrases, all gold).
 */
export const HOPE_NOUNS: ReadonlySet<string> = new Set(['hope', 'hopes']);
const IN_OR_WITH: ReadonlySet<string> = new Set(['in', 'with']);

export function phrasalCues(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 3; c++) {
    const t = toks[c];
    if (t.cap || t.punct) continue;
    // (a feeling's topic: "are worried about ⟦…⟧", "were angered by ⟦the deal⟧")
    if ((CONVICTION.has(t.l) && toks[c + 1]?.l === 'about') || (EMOTIONS.has(t.l) && EMOTION_PREPOSITIONS.has(toks[c + 1]?.l ?? ''))) {
      const be = beforeDegreeWords(toks, c, a);
      // (a feeling in a relative clause describes the one it is about, no report of theirs: "a devoted father and husband
      // who was frustrated by his inability to find work …", PolNeAR train, Washington Post 2016-09-03; nor one whose
      // subject a coordinated clause shares, part of that clause's report: "… said it had investigated the home and was
      // satisfied with the changes", "… said he understood the need for the rise but was unhappy with the way it had been
      // explained", outlet fixtures au-abc-court-sentence and pt-portugalresident-aljezur-water-tariffs)
      const described = EMOTIONS.has(t.l) && (RELATIVE_PRONOUNS.has(toks[be - 1]?.l ?? '') || AND_OR_BUT.has(toks[be - 1]?.l ?? ''));
      if (be >= a && topicLink(toks[be].l) && !described) {
        const report = feelingTopic(ctx, be, c, c + 1);
        if (report) out.push(report);
        continue;
      }
    }
    // (`verb`: the token whose subject reports, the cue's verb, or, when `main`, the mark or the preposition after the
    // main clause, whose subject does)
    let k = -1, verb = c, cue = c, main = false, bare = false;
    const alts = PHRASES.get(t.l);
    // (an infinitive too, its subject the controller's: "Advisers to Mr. Rubio are quick to point out that …")
    if (alts && (verbAt(toks, c, false) || toks[c - 1].l === 'to')) {
      for (const alt of alts) if (alt.every((w, n) => toks[c + 1 + n]?.l === w)) { k = c + 1 + alt.length; break; }
    } else if (CONVICTION.has(t.l)) {
      // (the linking verb's subject reports: "Mr. Ackman is convinced that", "they remain confident that", past words
      // of degree: "are now more convinced that")
      const be = beforeDegreeWords(toks, c, a);
      if (be >= a && LINKING_VERBS.has(toks[be].l)) {
        k = c + 1;
        verb = be;
        // (a bare clause after it — "Not everyone is convinced ⟦the issue will play …⟧", bareClause.ts clauseStart — or a
        // time before its "that": "Trump allies were hopeful Tuesday ⟦that …⟧"; the bare clause only after "is|are|was|
        // were", as a feeling's topic (topicLink), not after "be", "seem" or "remain"; the comma's adjective after a main
        // clause keeps its "that")
        const after = pastTime(toks, k, b);
        if (toks[after]?.l === 'that') k = after;
        else if (toks[k]?.l !== 'that' && topicLink(toks[be].l) && clauseStart(toks, after, b)) { k = after; bare = true; }
      } else if (be > a && (toks[be].t === ',' || inClass(toks[be], DASH))) {
        // (after the main clause: "Clinton's campaign … deployed precinct captains …, confident that Democrats would be
        // drawn to Mrs. Clinton's plans", "… served in the U.S. military and voted - unaware that they were not
        // citizens", PolNeAR train)
        k = c + 1;
        verb = be;
        main = true;
      }
    } else if (HOPE_NOUNS.has(t.l)) {
      const p = toks[c - 1].l === 'the' ? c - 2 : c - 1;
      if (p > a && IN_OR_WITH.has(toks[p].l)) {
        k = c + 1;
        verb = p;
        main = true;
        cue = p;
      }
    }
    if (k < 0 || (!bare && toks[k]?.l !== 'that')) continue;
    // (the content's first word: the bare clause's own, else the word after "that")
    const from = bare ? k : k + 1;
    const end = contentEnd(ctx, from);
    if (words(toks, from, end) < 3) continue;
    const span = contentSpan(ctx, k, end);
    const mention = main ? mainClauseSubject(ctx, verb) : reporterOf(ctx, verb);
    // (not the empty "it" of "it is virtually certain he will have more to say", NYT 2016-03-17: no one's conviction)
    if (bare && mention && toks[mention.i]?.l === 'it') continue;
    if (span && mention) out.push(reportOf(span, { s: toks[cue].s, e: toks[bare ? c : k - 1].e }, mention, 'phrasal'));
  }
  return out;
}
