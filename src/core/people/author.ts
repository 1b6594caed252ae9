/**
 * The author of an essay or column, from the bio line that closes it ("Charlotte Meehan is playwright-in-residence at
 * Wheaton College …", "Peter Morici is an economist …") or a book excerpt's credit line ("From STEALING AMERICA by
 * Dinesh D’Souza."): the person the narration's "I" is.
 */
import { TITLES } from '../quotes/lexicon';
import { isRoleNoun } from './lexicon';
import { hasKnownFirstName } from './personName';

/**
 * A bio line: a person's name (two to four capitalised words, initials allowed) then "is", "was", "has been" or
 * "served", and a role in its first sentence ("an economist", "senior media editor", "artistic director").
 */
const BIO_LINE = /^((?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?: (?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)){1,3}),? (?:is|was|has been|served) /u;
/** The credit line closing a book excerpt: "From TITLE by Name." ("Excerpted from …", "Adapted from …"). */
const EXCERPT_LINE = /^(?:From|Excerpted from|Adapted from) .{1,200}? by ((?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)(?: (?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)){1,3})[.,]/u;
/** A title that names a person's office ("governor", "founder"), not a department word of one ("State", "House"). */
const AGENT_NOUN = /(?:or|er|ist|ent|ant)$/;
/** Longer closing paragraphs are the article's own text, not a bio line. */
const MAX_BIO_CHARS = 400;

/** The author the article's closing bio line names, or undefined. */
export function authorOf(text: string): string | undefined {
  const end = text.trimEnd();
  const start = end.lastIndexOf('\n') + 1;
  const last = end.slice(start).trim();
  if (!last || last.length > MAX_BIO_CHARS) return undefined;
  // "From STEALING AMERICA by Dinesh D’Souza. Copyright © 2015 …": a book excerpt's author
  const excerpt = EXCERPT_LINE.exec(last);
  if (excerpt && hasKnownFirstName(excerpt[1])) return excerpt[1];
  const m = BIO_LINE.exec(last);
  if (!m || !hasKnownFirstName(m[1])) return undefined;
  const sentence = last.slice(m[0].length).split(/[.!?](?:\s|$)/)[0];
  // ("Senior Editor-at-Large": a role in a hyphenated word)
  const isRole = (w: string) => isRoleNoun(w) || (TITLES.has(w) && AGENT_NOUN.test(w));
  return sentence.toLowerCase().split(/[\s,;-]+/).some(isRole) ? m[1] : undefined;
}
