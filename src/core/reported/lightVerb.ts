/**
 * Cue family — a light verb and its noun, the pair a cue, and what follows the pair's particle the content (PolNeAR
 * train): "Blackwell also took a shot at ⟦likely Democratic nominee Hillary Clinton⟧, without specifically naming her"
 * (breitbart 2016-01-10), "Trump also took multiple swipes at ⟦fellow GOP contender Jeb Bush⟧" (breitbart 2016-02-08),
 * "Pence had harsh words for ⟦the character of Clinton⟧" (west-journal 2016-09-03), "Perry … did not have kind words for
 * ⟦Donald Trump⟧" (west-journal 2016-01-25), "Lopez … spoke briefly about ⟦the abrupt 2009 cancellation of his TBS late
 * night show⟧" (huff-post 2015-12-22), "He speaks at length about ⟦his hawkish national security view⟧" (wash-post
 * 2016-01-24), "neither man has spoken out about ⟦Mr. Trump's handling of the Khans' criticism⟧" (nyt 2016-08-01), and a
 * noun that is the content itself, "the candidates aren't offering ⟦specifics⟧" (usa-today 2015-12-14). The pairs are
 * data (./lexicon.ts LIGHT_VERB_PHRASES, the verbs' forms from ./reportedVerbs.json); between the verb and its phrase
 * stand at most MAX_MODIFIERS determiners, adjectives or adverbs ("multiple", "harsh", "briefly"). Train (38th session):
 * 24 gold gained, 0 lost, 5 false positives added ("spoke about" 15 / 2, "took a shot|swipe at" 6 / 2, "had … words
 * for" 2 / 1, "offering specifics" 1 / 0; two of the five are contents the gold ends elsewhere, three are phrases the
 * annotators left, "he has had sharp words for Washington"). Measured and left: "made the case that|for" (8 missed gold,
 * 15 phrases not gold: "make their case", "made a good case for his wife"), "laid out" (11 / 16), "paid tribute to" (3 /
 * 5), "raised questions about" (4 / 12); "no" and "few" as modifiers ("offering few specifics beyond an op-ed …") 0
 * gained, 1 lost.
 * An attack launched, unleashed, levelled or mounted (lightLaunch, 51st session, s51-vn), and blame or praise heaped
 * (lightHeap): "Donald Trump unleashed a harsh attack on ⟦Ben Carson⟧ last night" (west-journal 2015-11-13), "Trump
 * launched a pre-emptive attack against ⟦Obama⟧, calling him …" (breitbart 2016-07-27), "mounting a public attack on ⟦the
 * president's housing secretary, …⟧" (nyt 2016-04-26); "against" ends its phrase as a particle here, and a hyphened
 * word the lexicon does not know ("pre-emptive") is a modifier. Regex over train: 12 phrases, 10 gold (9 unread); in the
 * engine 3 gained, 0 lost, no false positive (folds 1, 3, 4 one each); dev, outlets and us-probes unchanged. Left: a
 * modifier in -ing ("unleashed withering attacks against ⟦Rubio in Saturday's debate⟧": the object's adjunct is cut, 1
 * false positive in a fold with no gain), three modifiers ("leveling unusually sharp public criticism at"), subjects
 * the reporter is not read for ("those trailing them heaped criticism on", a participle after a comma "leveling
 * inflammatory attacks against").
 */
import { ANONYMITY, DETERMINERS, PREPOSITIONS, VERB_PARTICLES, WH_WORDS } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { isAdjective } from '../people/lexicon';
import { looksAdverb } from '../text/adverbs';
import { objectBeforeAdjunct } from './adjunct';
import { contentEnd, contentSpan, words } from './clause';
import { LIGHT_VERB_PHRASES } from './lexicon';
import { type Report, reportOf, type SentenceContext } from './report';
import { REPORTED_VERB_FORMS } from './reportedVerbs.generated';
import { reporterOf, verbAt } from './speaker';

/** A phrase that opens on a preposition or a verb's particle ("about", "out about", "at length about"). */
function opensOnParticle(phrase: string): boolean {
  const first = phrase.split(' ')[0];
  return PREPOSITIONS.has(first) || VERB_PARTICLES.has(first);
}

/** Each form of a light verb, and the phrases after it (LIGHT_VERB_PHRASES). */
const PHRASES_OF_FORM: ReadonlyMap<string, readonly string[][]> = new Map(
  [...LIGHT_VERB_PHRASES].flatMap(([family, phrases]) =>
    REPORTED_VERB_FORMS[family].split(' ').map((form): [string, string[][]] => [form, phrases.map(p => p.split(' '))])));
/** The light verbs' forms, the words the family looks for. */
export const LIGHT_VERBS: readonly string[] = [...PHRASES_OF_FORM.keys()];
/**
 * The words that open a sentence for the family: each phrase's first word, or the verb's forms when its phrase opens on a
 * preposition or a particle ("spoke about", "spoke out about", "spoke at length about") — not "has", "had", "have", nor
 * "at", "up", "out", whose every sentence would then be read by the families that open none of their own (./index.ts
 * RuleFamily.opens).
 */
export const LIGHT_VERB_OPENERS: readonly string[] = [...new Set([...LIGHT_VERB_PHRASES].flatMap(([family, phrases]) =>
  phrases.flatMap(p => (opensOnParticle(p) ? REPORTED_VERB_FORMS[family].split(' ') : [p.split(' ')[0]]))))];
/** The most modifiers between a light verb and its phrase ("took multiple swipes at", "had harsh words for"). */
const MAX_MODIFIERS = 2;
/** A hyphened modifier the lexicon does not know as an adjective ("launched a pre-emptive attack against"). */
const HYPHENED = /^[a-z]+(?:-[a-z]+)+$/;

/** A determiner, an adjective or an adverb that may stand between the verb and its phrase. */
function modifier(t: Tok): boolean {
  return !t.punct && !t.cap && (DETERMINERS.has(t.l) || isAdjective(t.l) || looksAdverb(t.l) || HYPHENED.test(t.l));
}

/** How many tokens of `phrase` stand at token k; 0 for none. */
function phraseAt(toks: Tok[], k: number, phrase: readonly string[]): number {
  return phrase.every((w, n) => toks[k + n]?.l === w) ? phrase.length : 0;
}

/**
 * The content's first token after the light verb at c: the token after its phrase's particle, past the modifiers, or,
 * when the phrase ends on its noun, the noun phrase's first token right after the verb ("offered ⟦specifics about
 * targets⟧"); -1 for none.
 */
function contentStart(toks: Tok[], c: number, b: number, phrases: readonly string[][]): number {
  for (let k = c + 1; k < b && k <= c + 1 + MAX_MODIFIERS; k++) {
    for (const p of phrases) {
      const n = phraseAt(toks, k, p);
      if (n) return PREPOSITIONS.has(p[p.length - 1]) || p[p.length - 1] === 'against' ? k + n : c + 1;
    }
    if (!modifier(toks[k])) return -1;
  }
  return -1;
}

export function lightVerbs(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 2; c++) {
    const t = toks[c], phrases = PHRASES_OF_FORM.get(t.l);
    if (!phrases || t.cap || !verbAt(toks, c, false)) continue;
    const from = contentStart(toks, c, b, phrases);
    if (from < 0 || from >= b || toks[from].punct) continue;
    // (a clause after a wh-word ends where that clause does, read from its own first word: "Camil spoke about ⟦how during
    // his crossover into English-language television, he’s noticed how out of touch Hollywood is …⟧" goes on past the
    // adjunct's comma)
    const end = WH_WORDS.has(toks[from].l) ? contentEnd(ctx, from + 1) : objectBeforeAdjunct(toks, from, contentEnd(ctx, from, true));
    // ("Senior officials spoke about issues related to Special Operations forces only on the condition of anonymity …":
    // a source's terms of anonymity, no report of theirs — PolNeAR train, NYT 2015-12-29, not attributed)
    if (ANONYMITY.test(ctx.text.slice(toks[from].s, toks[end - 1]?.e ?? toks[from].e))) continue;
    const span = words(toks, from, end) >= 1 ? contentSpan(ctx, from, end) : null;
    const mention = span ? reporterOf(ctx, c) : null;
    if (span && mention) out.push(reportOf(span, { s: t.s, e: toks[from - 1].e }, mention, 'object'));
  }
  return out;
}
