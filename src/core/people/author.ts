/**
 * The author of an essay or column, from the bio line that closes it ("James Bovard is the author of Public Policy
 * Hooligan …", "Peter Morici is an economist …", PolNeAR train), a book excerpt's credit line ("From STEALING AMERICA by
 * Dinesh D’Souza.") or a one-author byline near the top ("By Jane Okafor-Smith", "By Rhiannon Blake · CBC News"): the
 * person the narration's "I" is.
 */
import { TITLES } from '../quotes/lexicon';
import { bylineNameWords, isRoleNoun } from './lexicon';
import { hasKnownFirstName } from './personName';
import { pretested } from '../text/pretested';

/**
 * Two to four capitalised words of a name, initials allowed, the words' letters after the capital being `rest`.
 * (Written with one capital class per word, `\p{Lu}(?:rest+|\.)`, rather than the same `\p{Lu}rest+|\p{Lu}\.`: the
 * same matches, and each Unicode property class costs its expression's compilation the same again, some 0.1 ms.)
 */
const capitalisedNameWords = (rest: string): string => String.raw`\p{Lu}(?:${rest}+|\.)(?: \p{Lu}(?:${rest}+|\.)){1,3}`;
/** A person's name on a bio line: two to four capitalised words, initials allowed. */
const BIO_NAME = capitalisedNameWords(String.raw`[\p{Ll}'’-]`);
/** A person's name on a byline or credit line: the same, its words' letters of either case ("Dinesh D’Souza"). */
const CREDIT_NAME = capitalisedNameWords(String.raw`[\p{L}'’-]`);
/**
 * A bio line: a person's name, an apposition set off by commas or none ("Glenn Harlan Reynolds, a University of
 * Tennessee law professor, is …", PolNeAR train, USA Today 2016-07-07), then "is", "was", "has been" or "served", and a
 * role in the apposition or the line's first sentence ("an economist", "senior media editor", "artistic director").
 */
const BIO_LINE = pretested(/ (?:is|was|has been|served) /, new RegExp(`^(${BIO_NAME})(?:,? |, ((?:a|an|the) [^,]{1,120}), )(?:is|was|has been|served) `, 'u'));
/**
 * A legislator's bio line: title, name and party tag ("Rep. Raul Grijalva, D-Ariz., was an early backer of Bernie
 * Sanders.", "Rep. Debbie Wasserman Schultz, D-Fla., chairs the Democratic National Committee.", PolNeAR train, USA
 * Today): the party tag is the role.
 */
const LEGISLATOR_BIO_LINE = pretested(/^(?:Rep|Sen|Gov)\. /,
  new RegExp(`^(?:Rep|Sen|Gov)\\. (${BIO_NAME}), [DRI]-\\p{Lu}[\\p{L}.]*, (?:is|was|has been|served|chairs|represents) `, 'u'));
/**
 * A reporter's bio line by last name alone ("Gaudiano is a Washington-based reporter for the USA TODAY NETWORK.",
 * PolNeAR train, USA Today 2016-07-25): a newsroom role only.
 */
const SURNAME_BIO_LINE = pretested(/ (?:is|was) an? /, /^(\p{Lu}[\p{Ll}'’-]+) (?:is|was) an? (?:[\p{L}-]+ ){0,3}(?:reporter|correspondent|columnist|writer|editor)\b/u);
/** A column's closing line "Follow Name on Twitter" (Breitbart: "Follow John Nolte on Twitter @NolteNC.", PolNeAR train). */
const FOLLOW_LINE = pretested(/^Follow /, new RegExp(`^Follow (${BIO_NAME}) [Oo]n Twitter\\b`, 'u'));
/** The credit line closing a book excerpt: "From TITLE by Name." ("Excerpted from …", "Adapted from …"). */
const EXCERPT_LINE = pretested(/^(?:From|Excerpted from|Adapted from) /, new RegExp(`^(?:From|Excerpted from|Adapted from) .{1,200}? by (${CREDIT_NAME})[.,]`, 'u'));
/** A title that names a person's office ("governor", "founder"), not a department word of one ("State", "House"). */
const AGENT_NOUN = /(?:or|er|ist|ent|ant)$/;
/** Longer closing paragraphs are the article's own text, not a bio line. */
const MAX_BIO_CHARS = 400;
/**
 * A byline: "By", one name (two to four capitalised words), then the line's end or what follows a name on a byline (a
 * comma and a role, a "·" or "|" and the outlet); never "By Monday morning, the …" (no known first name) nor two
 * authors ("By Laura Chung and Michael Koziol": whose "I"?).
 */
const ONE_AUTHOR_BYLINE = pretested(/^By /, new RegExp(String.raw`^By (${CREDIT_NAME})\s*(?:$|,|·|\|)`, 'u'));
/** "By" and the writers' names ("By Ann Perry and Jon Cohen", "BY JANE MORRISON"). */
const BY_NAMES = String.raw`(?:[Bb]y|BY)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:\s*(?:,|and)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)*`;
/**
 * A wire story's closing byline, BY_NAMES in parentheses: "(By Tseng Yi-ning and Sean Lin)" before "Enditem/AW", Focus
 * Taiwan's (test/fixtures/outlets tw-focustaiwan-typhoon-vegetable-prices.txt, where "Lin said" and "the legislator told"
 * went to the writer "Sean Lin", not to the farmer "Lin Mei-hua"): no full name a surname goes back to
 * (../quotes/names.ts NameTable). A byline at the top keeps its name there, the author's, whom "I" is.
 */
const WIRE_BYLINE = pretested(/^\s*\(/, new RegExp(String.raw`^\s*\(${BY_NAMES}\)\s*$`, 'u'));
/**
 * A line that is a byline and nothing else, BY_NAMES or WIRE_BYLINE, so that no name of it is a person of the story
 * (./track.ts furniture). (../corpus/furniture.ts BYLINE_OPENING only asks whether a short paragraph opens like a byline,
 * which "By Tuesday, Clinton said …" does too; ONE_AUTHOR_BYLINE above reads the one writer "I" stands for.)
 */
const NAMES_BYLINE = pretested(/^\s*(?:[Bb]y|BY)\s/, new RegExp(String.raw`^\s*${BY_NAMES}\s*$`, 'u'));

/** `line` (a paragraph, or its first characters) is a byline of names and nothing else. */
export function isNamesByline(line: string): boolean {
  return NAMES_BYLINE.test(line) || WIRE_BYLINE.test(line);
}

/** `line` (a paragraph) is a wire story's closing byline (WIRE_BYLINE). */
export function isWireByline(line: string): boolean {
  return WIRE_BYLINE.test(line);
}

/** The lines at the top of an article a byline may stand on (headline, standfirst, byline, date). */
const BYLINE_LINES = 6;
/** A byline is a short line. */
const MAX_BYLINE_CHARS = 120;

/** The one author a byline near the top names, or undefined. */
function bylineAuthor(text: string): string | undefined {
  let lines = 0;
  for (let from = 0; lines < BYLINE_LINES && from < text.length;) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to).trim();
    from = to + 1;
    // (blank lines are not counted)
    if (!line) continue;
    lines++;
    const m = line.length <= MAX_BYLINE_CHARS ? ONE_AUTHOR_BYLINE.exec(line) : null;
    // (the role after the name left out: "By Damien Cho-Hartley Sports Columnist", the Toronto Star's)
    const words = m?.[1].split(' ');
    const name = words?.slice(0, bylineNameWords(words)).join(' ');
    if (name) return hasKnownFirstName(name) ? name : undefined;
  }
  return undefined;
}

/** The author the article's closing bio line or book excerpt credit names, or undefined. */
function closingLineAuthor(text: string): string | undefined {
  const end = text.trimEnd();
  const start = end.lastIndexOf('\n') + 1;
  const last = end.slice(start).trim();
  if (!last || last.length > MAX_BIO_CHARS) return undefined;
  // "From STEALING AMERICA by Dinesh D’Souza. Copyright © 2015 …": a book excerpt's author
  const excerpt = EXCERPT_LINE.exec(last);
  if (excerpt && hasKnownFirstName(excerpt[1])) return excerpt[1];
  const legislator = LEGISLATOR_BIO_LINE.exec(last);
  if (legislator && hasKnownFirstName(legislator[1])) return legislator[1];
  const surname = SURNAME_BIO_LINE.exec(last);
  if (surname) return surname[1];
  const follow = FOLLOW_LINE.exec(last);
  if (follow && hasKnownFirstName(follow[1])) return follow[1];
  const m = BIO_LINE.exec(last);
  if (!m || !hasKnownFirstName(m[1])) return undefined;
  const sentence = `${m[2] ?? ''} ${last.slice(m[0].length).split(/[.!?](?:\s|$)/)[0]}`;
  // ("Senior Editor-at-Large": a role in a hyphenated word)
  const isRole = (w: string) => isRoleNoun(w) || (TITLES.has(w) && AGENT_NOUN.test(w));
  return sentence.toLowerCase().split(/[\s,;-]+/).some(isRole) ? m[1] : undefined;
}

/** The author of the article: its closing bio line's or excerpt credit's, else its byline's; undefined for none. */
export const authorOf = (text: string): string | undefined => closingLineAuthor(text) ?? bylineAuthor(text);
