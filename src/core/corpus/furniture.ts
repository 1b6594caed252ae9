/**
 * Site furniture: the lines a news site puts around every article (bylines, datelines of publication,
 * "Related Articles", "Advertisement", copyright notices, newsletter plugs, contributor credits, separators).
 * They stand in many files but are not duplicate passages, so the index neither links nor indexes them.
 */

/**
 * Words (canonical forms) without which a paragraph of 8 words or more cannot be furniture: the tokenizer
 * runs the patterns below only on paragraphs that contain one (or "©"), or that start like a byline.
 * Shorter furniture ("Related Articles", "Advertisement") needs no flag: it is too short to be a passage.
 */
export const FURNITURE_WORDS: ReadonlySet<string> = new Set(['copyright', 'rights', 'reserved', 'republication',
  'redistribution', 'newsletter', 'newsletters', 'subscribe', 'subscription', 'inbox', 'journalism', 'tip', 'click',
  'views', 'comments', 'editors', 'updated', 'contributed']);
/** First words of a byline ("By ...", "Article by: ..."). */
export const BYLINE_WORDS: ReadonlySet<string> = new Set(['by', 'article', 'written', 'posted', 'reporting', 'edited',
  'story', 'photo', 'photos', 'additional']);
export const BYLINE_MAX_WORDS = 10;

/** Paragraphs longer than this are article text, whatever words they contain. */
const MAX_FURNITURE_CHARS = 400;

/**
 * The opening of a byline: "By JANE MORRISON", "Article by: Maria Delgado", "By The Associated Press | Star Herald";
 * a paragraph of at most BYLINE_MAX_WORDS words that opens so is furniture to the index (../people/track.ts
 * NAMES_BYLINE asks more of a line: "By" and names only).
 */
const BYLINE_OPENING = /^(?:(?:[Aa]rticle|[Ww]ritten|[Pp]osted|[Rr]eporting|[Ee]dited|[Ss]tory|[Pp]hotos?) )?(?:[Bb]y|BY)[:\s]+\p{Lu}/u;

/** An editorial note's opening ("Editor’s note: …"): the outlet's own word on the article, at any length. */
export const EDITORS_NOTE = /^editor['’]s note\b/i;

export const PATTERNS: readonly RegExp[] = [
  // credits
  /\bcontributed (?:reporting |additional reporting )?to this (?:report|story|article)\b/i,
  /^(?:additional )?reporting by\b/i,
  // rights and legal lines
  /\bcopyright\b|©|\(c\)\s*\d{4}|\ball rights reserved\b|\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)\b/i,
  /\b(?:republication|redistribution) (?:or|and) (?:redistribution|republication)\b/i,
  // subscriptions and calls to action
  /\bnewsletters?\b|\bsign up\b|\bsubscribe\b|\bsubscription\b|\bto your inbox\b|\bunlimited access\b|\bbecome a member\b/i,
  /\bsupport (?:independent|local|our) journalism\b|\bnews tip\b|\bsend (?:us )?(?:a|your) tip\b/i,
  /\bclick here\b|\bread (?:more|the rest|the full (?:story|article))\b|\bcontinue reading\b|\bshow full article\b/i,
  /\bfollow us on\b|\bshare this (?:article|story)\b|\blisten to this article\b|\bback to top\b|\bskip to (?:main )?content\b/i,
  /^(?:related (?:articles?|topics?|stories|coverage|content|links)|most (?:popular|read)|breaking news|advertisement|sponsored(?: content)?|comments?|trending(?: now)?|recommended(?: for you)?)\W*$/i,
  // editorial notes
  EDITORS_NOTE,
  /\bthis (?:story|article) has been updated\b|\bupdated to include\b/i,
  /\bviews expressed\b|\bdo not necessarily reflect\b|\bwelcome your comments\b|\bpersonal attacks\b|\bkeep (?:them|it) civil\b/i,
];

/** The top-level alternatives of an expression's source: 'a\|b|(c|d)[|]' gives 'a\|b' and '(c|d)[|]'. */
export function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0, start = 0, inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(source.slice(start, i)); start = i + 1; }
  }
  out.push(source.slice(start));
  return out;
}

/** The openings that alternatives share in unionOf: a line start and a word boundary. */
const SHARED_OPENINGS = ['^', '\\b'];

/**
 * Case-insensitive expressions as one that matches where one of them does: their top-level alternatives, those that
 * open with ^ (then \b) under one ^ (one \b), as '^A|^B' is '^(?:A|B)'. Irregexp then checks the opening once per
 * position, not once per alternative: three times faster than the alternatives side by side on the 29,619 lines
 * isFurniture asks about in 5,000 generated articles (test/bench/dupbench.mjs), with the same answers (reordering
 * alternatives changes where a match is found, not whether there is one: `test` asks only that).
 */
export function unionOf(patterns: readonly RegExp[]): RegExp {
  let rest = patterns.flatMap(re => topAlternatives(re.source));
  const parts: string[] = [];
  for (const opening of SHARED_OPENINGS) {
    const shared = rest.filter(a => a.startsWith(opening));
    if (shared.length) parts.push(`${opening}(?:${shared.map(a => a.slice(opening.length)).join('|')})`);
    rest = rest.filter(a => !a.startsWith(opening));
  }
  return new RegExp([...parts, ...rest.map(a => `(?:${a})`)].join('|'), 'i');
}

/** All the patterns in one expression: one scan per line. */
const ANY = unionOf(PATTERNS);

/** True when a paragraph (its trimmed text) is site furniture. */
export function isFurniture(paragraph: string): boolean {
  if (paragraph.length > MAX_FURNITURE_CHARS) return false;
  if (!/[\p{L}\p{N}]/u.test(paragraph)) return true;
  if (BYLINE_OPENING.test(paragraph) && paragraph.split(/\s+/).length <= BYLINE_MAX_WORDS) return true;
  return ANY.test(paragraph);
}
