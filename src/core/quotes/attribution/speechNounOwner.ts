/**
 * Rule family "speech noun owner": a speech noun's possessor said what follows it. Examples (PolNeAR train):
 *   'her remark that “there’s a special place in hell …”' → her
 *   'De Blasio also repeated his claim that “profit-making” was the motivation …' → his
 *   "He was challenged over his statement on Wednesday that ''Islam hates us,''" → his (past a time phrase)
 *   'Trump stood by his comment Monday that "Islam hates us,"' → his (past a day)
 *   'Donald Trump's accusation that Hillary Clinton is playing the "woman's card"' → Donald Trump (the noun a little
 *     before; Washington Post 2016-04-28; first written on a PolNeAR dev example, "Politifact seized on Trump’s claim
 *     that there have been “thousands of shootings”")
 *   'But Podliska’s most explosive claim is that the House Select Committee on Benghazi is a “witch hunt”' → Podliska
 *     (past the noun's modifiers, and a copula before "that")
 *   'While Sanders's clarion call for a "revolution" draws thousands' → Sanders (the noun, "for" and the quote; not
 *     the object of a verb: 'The Democratic presidential candidate blasted Trump's call for a "deportation force"')
 *   'Mitt Romney’s “47 percent” comment was nearly as dismissive', 'It's the persistent pull of Obama's "if you like
 *     your plan, you can keep it" promise' → Mitt Romney, Obama (the quote between the owner and the noun)
 *   'unlikely to give Clinton the nod after her March comment that, "We're going to put a lot of coal companies …"' → her
 *     (a month or a day between the owner and the noun)
 *   'Clinton’s response was: “Is Dalton Brody off Conn or Wisconsin?”' → Clinton (a copula and a colon right before the quote)
 *   'because, in Forbes’ words, “they are the most entrepreneurial places on the the planet …”' → Forbes ("in X's
 *     (own) words," right before the quote)
 */
import { ARTICLES, CALENDAR_NAMES, CLAUSE_OPENERS, COORDINATORS, NAMING_VERBS, PERSONAL_POSSESSIVES, PREPOSITIONS, SPEECH_NOUNS } from '../lexicon';
import { runAt } from '../names';
import { wordEnd } from '../tokens';
import type { QuoteContext } from './context';
import { tokenCue } from './cue';
import type { Attribution } from './mention';

/** How far before the quote's lead-in the speech noun may stand. */
const SPEECH_NOUN_REACH = 12;

export function speechNounOwner(ctx: QuoteContext): Attribution | null {
  const { toks, startTok } = ctx;
  const p = ctx.leadIn();
  let sn = p;
  for (let c = p; c > startTok && c > p - SPEECH_NOUN_REACH; c--) {
    if (toks[c].punct) break;
    // (the noun before a cue check: "most explosive claim" is no verb "claim" of a subject "explosive")
    if (SPEECH_NOUNS.has(toks[c].l) && thatAfter(ctx, c)) { sn = c; break; }
    if (ctx.isCue(c)) break;
  }
  if (sn > startTok && SPEECH_NOUNS.has(toks[sn].l) && !toks[sn].poss && thatAfter(ctx, sn)) return verdictOnTheNoun(ctx, sn, p) ? null : ownerOf(ctx, sn, possessorBefore(ctx, sn));
  return inOwnersWords(ctx, p) ?? nounBeforeQuote(ctx, p) ?? nounAfterQuote(ctx);
}

/**
 * The quote is what the sentence says of the speech noun at sn, not what the noun's clause holds: a copula right before
 * the quote, after the "that" clause has had a copula of its own ("Cruz spokeswoman Catherine Frazier said Thursday
 * that Rubio's claim that Cruz is in favor of legalizing illegal immigrants is "simply not true."", PolNeAR train,
 * Washington Post 2015-11-13, where the quote went to Rubio). Not "Rubio's claim that Cruz is "soft"": one copula, the
 * clause's own.
 */
function verdictOnTheNoun(ctx: QuoteContext, sn: number, p: number): boolean {
  if (ctx.word(p) === 'as') return describedBefore(ctx, possessorBefore(ctx, sn));
  if (!COPULAS.has(ctx.word(p))) return false;
  let that = sn + 1;
  while (that < p && ctx.word(that) !== 'that') that++;
  for (let k = that + 1; k < p; k++) if (COPULAS.has(ctx.word(k))) return true;
  return false;
}

/** Verbs that describe their object as the words after "as" ("describing Mr. Obama's statement … as ''…''"). */
const DESCRIBING_VERBS: ReadonlySet<string> = new Set([...NAMING_VERBS, 'describe', 'describes', 'described', 'describing']);

/**
 * A describing verb right before the possessor at o: the quote after "as" is the verb's subject's words for the noun
 * ("recalling how the Obama campaign exploited Mr. Clinton's remark in 2008 describing Mr. Obama's statement that he
 * opposed the Iraq war as ''the biggest fairy tale I've ever seen.''", PolNeAR train, NYT 2016-01-29, where the quote
 * went to Obama).
 */
function describedBefore(ctx: QuoteContext, o: number): boolean {
  const k = (runAt(ctx.toks, o)?.i ?? o) - 1;
  return k >= ctx.startTok && DESCRIBING_VERBS.has(ctx.word(k));
}

/** "in Forbes’ words, “…”", "in her own words: “…”": the owner of the words, right before the quote. */
function inOwnersWords(ctx: QuoteContext, p: number): Attribution | null {
  if (ctx.word(p) !== 'words' || p === ctx.before) return null;
  const o = ctx.word(p - 1) === 'own' ? p - 2 : p - 1;
  return o > ctx.startTok && ctx.word(o - 1) === 'in' ? ownerOf(ctx, p, o) : null;
}

/** Copulas between a speech noun and its "that" ("Podliska’s most explosive claim is that …"). */
const COPULAS: ReadonlySet<string> = new Set(['is', 'was']);
/** The most lower-case words between a possessor and its speech noun ("Podliska’s most explosive | claim"). */
const NOUN_MODIFIERS_REACH = 2;

/** Prepositions of a time or occasion phrase between a speech noun and its "that" ("his statement on Wednesday that"). */
const OCCASION_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'during', 'at', 'in', 'last', 'this']);
/** The most words of that phrase after its preposition ("during | the debate", "on | Wednesday", "at | a similarly timed debate"). */
const OCCASION_WORDS_REACH = 4;

/**
 * "that" follows the speech noun at sn, or a copula and "that" ("her claim that", "his argument was that"), or a time
 * or occasion phrase and "that" ("his statement on Wednesday that ''Islam hates us''", "her assertion during the
 * debate that "we now finally are …"": PolNeAR train).
 */
function thatAfter(ctx: QuoteContext, sn: number): boolean {
  if (ctx.word(sn + 1) === 'that' || (COPULAS.has(ctx.word(sn + 1)) && ctx.word(sn + 2) === 'that')) return true;
  // ("Clinton’s response was: “…”": the copula and a colon end the lead-in; not 'Trump's claim was "absurd"', a comment on it)
  if (COPULAS.has(ctx.word(sn + 1)) && ctx.toks[sn + 2]?.t === ':' && sn + 1 === ctx.leadIn()) return true;
  // ("Trump stood by his comment Monday that "Islam hates us"": a day alone)
  if (CALENDAR_NAMES.has(ctx.word(sn + 1)) && ctx.word(sn + 2) === 'that') return true;
  if (!OCCASION_PREPOSITIONS.has(ctx.word(sn + 1))) return false;
  for (let k = sn + 2; k <= sn + 2 + OCCASION_WORDS_REACH; k++) {
    if (!ctx.toks[k] || ctx.toks[k].punct) return false;
    if (ctx.word(k) === 'that') return k > sn + 2;
  }
  return false;
}

/** The possessor before the speech noun at sn, past a few lower-case modifiers ("Podliska’s most explosive claim"); sn - 1 else. */
function possessorBefore(ctx: QuoteContext, sn: number): number {
  for (let o = sn - 1; o >= ctx.startTok && o >= sn - 1 - NOUN_MODIFIERS_REACH; o--) {
    const t = ctx.toks[o];
    if (t.poss || PERSONAL_POSSESSIVES.has(t.l)) return o;
    // (a month or a day dates the noun: "her March comment", "his Sunday remarks")
    if (t.punct || (t.cap && !CALENDAR_NAMES.has(t.l))) break;
  }
  return sn - 1;
}

/** Prepositions between a speech noun and the words it quotes ("his call for “…”", "his promise of “…”"). */
const QUOTING_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'against']);
/** Nouns of a demand or an appeal that quote their words after "for" ("Trump's call for a “…”"). */
const CALL_NOUNS: ReadonlySet<string> = new Set(['call', 'calls', 'appeal', 'demand']);

/**
 * 'Trump's call for a "total and complete shutdown"', 'Sanders's clarion call for a "revolution"', 'his promise of
 * “…”' (PolNeAR train): the owner of a speech noun right before the quote, past its preposition and an article (and
 * one word between the owner and the noun).
 */
function nounBeforeQuote(ctx: QuoteContext, p: number): Attribution | null {
  let k = p;
  if (ARTICLES.has(ctx.word(k))) k--;
  if (!QUOTING_PREPOSITIONS.has(ctx.word(k))) return null;
  const sn = k - 1, noun = ctx.word(sn);
  if (sn <= ctx.startTok || ctx.toks[sn].poss || !(SPEECH_NOUNS.has(noun) || CALL_NOUNS.has(noun))) return null;
  const o = ctx.toks[sn - 1].poss || PERSONAL_POSSESSIVES.has(ctx.word(sn - 1)) ? sn - 1 : sn - 2;
  // (one word at most between them, a lower-case one: "Sanders's clarion call")
  if (o < ctx.startTok || (o < sn - 1 && (ctx.toks[sn - 1].punct || ctx.toks[sn - 1].cap))) return null;
  // (not the object of a verb, whose subject speaks of it: 'Tom Fitton called Clinton's assertion of a "claim of right"
  // …', 'The Democratic presidential candidate blasted Trump's call for a "deportation force"')
  const before = (runAt(ctx.toks, o)?.i ?? o) - 1;
  return ownerAfterVerb(ctx, before) ? null : ownerOf(ctx, sn, o);
}

/** Token k (before a possessor) is a verb's: a lower-case word that is no preposition, conjunction or clause opener. */
function ownerAfterVerb(ctx: QuoteContext, k: number): boolean {
  const t = ctx.toks[k];
  return k >= ctx.startTok && !!t && !t.punct && !t.cap && !PREPOSITIONS.has(t.l) && !COORDINATORS.has(t.l) && !CLAUSE_OPENERS.has(t.l);
}

/** The possessor at token o of the speech noun at sn ("her remark", "Trump's claim"), or null. */
function ownerOf(ctx: QuoteContext, sn: number, o: number): Attribution | null {
  const { toks } = ctx;
  const owner = toks[o];
  if (PERSONAL_POSSESSIVES.has(owner.l)) return { mention: { s: owner.s, e: owner.e, kind: 'pronoun', i: o, j: o + 1 }, cue: tokenCue(toks[sn]), rule: 'speech noun owner' };
  if (owner.poss && owner.cap) {
    const r = runAt(toks, o);
    if (r && r.j === o + 1) return { mention: { s: toks[r.i].s, e: wordEnd(owner), kind: 'name', i: r.i, j: r.j }, cue: tokenCue(toks[sn]), rule: 'speech noun owner' };
  }
  return null;
}

/**
 * The quote stands between its owner and the speech noun: 'Mitt Romney’s “47 percent” comment', 'Obama's "if you
 * like your plan, you can keep it" promise' (PolNeAR train); not the object of a verb, as in nounBeforeQuote.
 */
function nounAfterQuote(ctx: QuoteContext): Attribution | null {
  const { toks, before, after } = ctx;
  const o = before;
  if (o < ctx.startTok || after >= ctx.endTok || toks[after].punct || !SPEECH_NOUNS.has(toks[after].l)) return null;
  if (!toks[o].poss && !PERSONAL_POSSESSIVES.has(toks[o].l)) return null;
  return ownerAfterVerb(ctx, (runAt(toks, o)?.i ?? o) - 1) ? null : ownerOf(ctx, after, o);
}
