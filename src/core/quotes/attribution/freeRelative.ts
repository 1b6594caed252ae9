/**
 * Rule refinement "free relative": a naming cue in "what he called" has the pronoun for its subject, and the pronoun
 * stands for the subject its clause opens with; that subject, where the sentence names it, is the speaker's mention.
 * Examples (PolNeAR train):
 *   "The president denounced what he called the ''deeply pessimistic'' vision of America that emerged from Mr. Trump's
 *     convention in Cleveland last week." → The president (New York Times 2016-07-29)
 *   'Cruz has railed against what he calls the “Washington cartel” and cast himself as a Washington outsider' → Cruz
 *     (Breitbart 2016-04-14)
 *   'Hillary Clinton says Americans are “right to be angry,” but also hungry for what she calls “real solutions.”' →
 *     Hillary Clinton ("Americans" is the object's subject, not the sentence's)
 * The subject must agree with the pronoun (gender and number), else the pronoun stays: 'liberating banks like Citigroup
 * and others to form what they called ''financial supermarkets''' keeps "they".
 */
import { endsInS } from '../../text/endings';
import { firstNameGender, isKnownOrganization, isPersonNoun, nounGender, titleGender } from '../../people/lexicon';
import { genderFits, pronounClass, type PronounClass } from '../../people/agreement';
import { GROUP_NOUNS } from '../lexicon';
import type { Tok } from '../tokens';
import type { Mention } from './mention';
import { descriptionBeforePast, descriptionOpeningAnyClause, sentenceOpener } from './opener';

/** The word that opens a free relative before its subject pronoun ("what he called"). */
const FREE_RELATIVE = 'what';

/** The description `d` can stand where pronoun class `p` stands ("The president" … he; "supporters" … they). */
function descriptionAgrees(d: Mention, p: PronounClass): boolean {
  const head = d.head ?? '';
  const plural = endsInS(head) || GROUP_NOUNS.has(head);
  if (p === 'he' || p === 'she') return !plural && isPersonNoun(head) && genderFits(p, nounGender(head));
  return p === 'they' && plural;
}

/** The name in tokens [m.i, m.j) can stand where "he" or "she" stands: no organisation, no other gender. */
function nameAgrees(toks: Tok[], m: Mention, p: PronounClass): boolean {
  if (p !== 'he' && p !== 'she') return false;
  const words = toks.slice(m.i, m.j).map(t => t.t);
  return !isKnownOrganization(words.join(' ')) && words.every(w => genderFits(p, titleGender(w)) && genderFits(p, firstNameGender(w)));
}

/**
 * The subject that the pronoun `m` opening the free relative "what he called" stands for — the subject the sentence
 * (from openTok) opens with, when it agrees — or null.
 */
export function freeRelativeAntecedent(toks: Tok[], openTok: number, m: Mention): Mention | null {
  if (m.kind !== 'pronoun' || toks[m.i - 1]?.l !== FREE_RELATIVE) return null;
  return openingAntecedent(toks, openTok, m);
}

/**
 * The subject the sentence (from openTok) opens with, when it agrees with the pronoun `m` that stands later in it, or
 * null: the free relative's above, and reported speech's pronoun in a clause the subject's verb takes ("The
 * documentarian lays out what he believes …", ../../reported/sourcePhrase.ts).
 */
export function openingAntecedent(toks: Tok[], openTok: number, m: Mention): Mention | null {
  if (m.kind !== 'pronoun') return null;
  const p = pronounClass(toks[m.i].l);
  if (!p) return null;
  const ceil = m.i - 1;
  const opener = sentenceOpener(toks, openTok, ceil) ?? descriptionOpeningAnyClause(toks, openTok, ceil) ?? descriptionBeforePast(toks, openTok, ceil);
  if (!opener) return null;
  const agrees = opener.kind === 'pronoun' ? pronounClass(toks[opener.i].l) === p : opener.kind === 'description' ? descriptionAgrees(opener, p) : nameAgrees(toks, opener, p);
  return agrees ? opener : null;
}
