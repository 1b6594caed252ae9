/**
 * Page furniture that a scrape leaves in an article's text: photo credits, "Article continued below", share and
 * follow prompts. Such a line is never part of a quote nor the place of its speaker.
 */

/** Longer lines are text, whatever words they hold. */
const BOILERPLATE_MAX = 160;

const BOILERPLATE_LINE = new RegExp([
  // "Article continued below", "Story continues after advertisement", "Continue reading the main story"
  String.raw`(?:article|story) continue[sd]? (?:below|after (?:this |the )?(?:advertisement|ad))\.?`,
  String.raw`continue reading(?: below| the (?:main )?story)?\.?`,
  String.raw`advertisement\.?`,
  // share, follow and sign-up prompts
  String.raw`(?:share|tweet|email|print) (?:this|on)\b.*`,
  String.raw`click (?:here|to)\b.*`,
  String.raw`(?:sign up|subscribe)\b.*`,
  String.raw`follow (?:us|@\S+|\p{Lu}[\p{L}.'’ -]{1,60}) on (?:twitter|facebook|instagram)\b.*`,
  String.raw`(?:read more|related(?: coverage)?|see also)\s*:.*`,
  // photo credits: "Photo: …", "(Photo by …)", "AP Photo/Evan Vucci", "Neilson Barnard via Getty Images.", "Getty."
  String.raw`\(?(?:photo|image|picture|file photo)s?(?: credit)?\s*(?::|by\b|courtesy\b).*`,
  String.raw`.{0,80}\b(?:getty images|ap photo|afp photo)\b[^.!?]{0,40}\.?\)?`,
  String.raw`getty\.?`,
].map(p => `(?:${p})`).join('|'), 'iu');
const WHOLE_LINE = new RegExp(`^\\s*(?:${BOILERPLATE_LINE.source})\\s*$`, 'iu');

/** A credit line of names, then the agency: "Scott Olson via Getty Images.", "Jim Urquhart / Reuters." */
const CREDIT_LINE = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}(?:\p{Lu}[\p{L}.'’-]*\s*)?(?:via\s+|\/\s*)(?:Getty Images|Getty|Reuters|AP|AFP|EPA|Shutterstock)\.?\s*$/u;

/** A word every such line holds (a cheap test before the full one). */
const FURNITURE_WORD = /continu|advert|share|tweet|email|print|click|sign up|subscribe|follow|read more|related|see also|photo|image|picture|getty|reuters|\bap\b|afp|epa|shutterstock/i;

/** The line [s, e) of `text` is page furniture. */
export function isBoilerplateLine(text: string, s: number, e: number): boolean {
  if (e - s > BOILERPLATE_MAX) return false;
  const line = text.slice(s, e);
  if (!FURNITURE_WORD.test(line)) return false;
  return WHOLE_LINE.test(line) || CREDIT_LINE.test(line);
}
