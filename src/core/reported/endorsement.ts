/**
 * Rule family — an endorsement and whom or what it endorses: "Christie endorsed Trump last week and has appeared at
 * the billionaire's rallies", "Morton Blackwell … has endorsed Sen. Ted Cruz for president", "Mr. Kasich, a Republican,
 * has not endorsed Mr. Trump". PolNeAR attributes the object as content: a name or a noun phrase, without the
 * adjuncts of time and place after it.
 */
import { BE_AND_FORMS, CALENDAR_NAMES, PERSON_OBJECT_PRONOUNS, RELATIVES_BUT_WHOSE } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { contentSpan } from './clause';
import type { Report, SentenceContext } from './report';
import { REPORTED_VERB_FORMS } from './reportedVerbs.generated';
import { reporterOf, verbAt } from './speaker';
import { wordSet } from '../people/lexicon';

/**
 * "endorsed" (./reportedVerbs.json): on train "would endorse Clinton", "he endorses ballot measures" were a plan or a
 * habit more often than a report (4 of 13 in PolNeAR's gold).
 */
export const ENDORSING_VERBS: ReadonlySet<string> = new Set(REPORTED_VERB_FORMS.endorsing.split(' '));

/** Words that end the object: prepositions of adjuncts, words of time, conjunctions, relative pronouns, verbs. */
const PHRASE_END = wordSet('in|on|at|by|to|with|from|after|before|during|since|until|amid|over|despite|because|as|when|while|but|and|or|that|who|which|whom|whose|if|than|last|this|next|early|earlier|later|today|yesterday|tonight|now|then|week|month|year|again|too|instead|up|out|back|so|is|was|are|were|has|had|have|will|would|said|says|saying|even|just|only|also');
/** Object pronouns, a content of their own ("endorsed her"). */
/** Objects that name no choice ("has not endorsed a candidate", "anyone"). */
const NO_CHOICE = wordSet('a|an|anyone|anybody|any|no|none|nobody|one|it|this|that');
/** The longest object, in tokens. */
const MAX_PHRASE = 20;

/** Where the object that starts at token k ends (exclusive): at punctuation, a word of PHRASE_END or a day or a month. */
function objectEnd(toks: Tok[], k: number, b: number): number {
  if (PERSON_OBJECT_PRONOUNS.has(toks[k].l)) return k + 1;
  let e = k;
  while (e < b && e < k + MAX_PHRASE) {
    const t = toks[e];
    if (t.punct || (e > k && (CALENDAR_NAMES.has(t.l) || (!t.cap && PHRASE_END.has(t.l))))) break;
    e++;
  }
  return e;
}

/** The endorsement whose verb is at token c ("endorsed"), or null. */
export function endorsementAt(ctx: SentenceContext, c: number): Report | null {
  const { toks, a, b } = ctx;
  if (c >= b - 1) return null;
  const t = toks[c];
  if (t.cap || !ENDORSING_VERBS.has(t.l) || !verbAt(toks, c, false)) return null;
  const o = toks[c + 1];
  if (!o || o.punct || NO_CHOICE.has(o.l) || (!o.cap && PHRASE_END.has(o.l))) return null;
  // (the subject of a relative clause: "Reid, who endorsed Clinton in February,")
  let v = c - 1;
  while (v > a && /^(?:has|have|had|not|also|previously|already|since|publicly|formally|officially|n['’]t|hasn['’]t|haven['’]t)$/.test(toks[v].l)) v--;
  // (a relative pronoun before the cue: the annotators mostly leave "X, who endorsed Y," to the sentence's main clause)
  if (RELATIVES_BUT_WHOSE.has(toks[v].l) || BE_AND_FORMS.has(toks[v].l)) return null;
  const end = objectEnd(toks, c + 1, b);
  if (end <= c + 1) return null;
  const span = contentSpan(ctx, c + 1, end);
  const mention = reporterOf(ctx, c);
  return span && mention && mention.e <= t.s ? { ...span, cue: { s: t.s, e: t.e }, mention, rule: 'object' } : null;
}
