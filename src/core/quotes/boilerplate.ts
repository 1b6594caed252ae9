/**
 * Page furniture that a scrape leaves in an article's text: photo credits, "Article continued below", share and
 * follow prompts, time stamps, video captions and the title a video player repeats, the agency's notes ("— With
 * files from The Canadian Press"). Such a line is never part of a quote nor the place of its speaker.
 */
import { DASH_CHARS } from '../text/dashes';
import { isSpaceAt } from '../text/wordShape';

/** Longer lines are text, whatever words they hold. */
const BOILERPLATE_MAX = 160;

/** A date, perhaps with its day and time: "Oct 14", "Wed 7 May at 4:12pm", "Tuesday, March 4", "August 12, 2:41 pm". */
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const DATE = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH})(?:,?\s+\d{4})?(?:,?\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?`;
/** A page's time stamp: "Posted: Oct 14", "Published Tuesday, March 4", "updated Wed 7 May at 6:40pm". */
const STAMP = String.raw`(?:posted|published|updated|last updated)\s*:?\s*(?:on\s+)?${DATE}`;

/**
 * Any character but a line's end: what `.` matches, spelt as a class because V8 case-folds the set of a `.` under the
 * `iu` flags at every use when it compiles the expression (~0.05 ms each), a negated class's at no cost.
 */
const ANY = String.raw`[^\n\r\u2028\u2029]`;

/**
 * What opens a photo credit: "Photo: …", "(Photo by …)", "Picture courtesy of …", "File photo by …", "PHOTO BY DAVE
 * SIDAWAY /Montreal Gazette". A whole line (BOILERPLATE_PATTERNS) or the end of a caption line (photoCreditAt).
 */
const PHOTO_CREDIT = String.raw`(?:photo|image|picture|file photo)s?(?: credit)?\s*(?::|by\b|courtesy\b)`;

/** The kinds of page furniture, each a whole line but for the spaces around it. */
export const BOILERPLATE_PATTERNS: readonly string[] = [
  // "Article continued below", "Story continues after advertisement", "Continue reading the main story", "Story
  // continues below advertisement", "Article continued below this advertisement", "Advertisement 2"
  String.raw`(?:article|story) continue[sd]? (?:below|after)(?: (?:this |the )?(?:advertisement|ad))?\.?`,
  String.raw`continue reading(?: below| the (?:main )?story)?\.?`,
  String.raw`advertisement(?: \d+)?\.?`,
  String.raw`this advertisement has not loaded yet\b${ANY}*`,
  // the page's own links and notices: "Copy article link", "Report an error", "Related Topics", "Trending Now",
  // "Listen to this article", "© 2024 Global News, a division of …", "Your browser does not support the video tag.",
  // and the "Article content" a Postmedia page (National Post, Vancouver Sun, Calgary Herald) sets between paragraphs
  String.raw`copy (?:article |story )?link`,
  String.raw`(?:report an error|related topics|related videos?|trending now|listen to this (?:article|story)|journalistic standards|article content)\.?`,
  String.raw`(?:©|\(c\)|copyright ©?)\s*\d{4}\b${ANY}*`,
  String.raw`your browser does not support\b${ANY}*`,
  String.raw`get breaking [\p{L} ]{1,30} news\.?`,
  String.raw`for news impacting canada\b${ANY}*`,
  // video and photo captions: "WATCH: Residents describe …", "Open this photo in gallery:", "Image caption, …"
  String.raw`(?:watch|video|audio|listen)\s*:${ANY}*`,
  String.raw`open this photo in gallery\s*:?${ANY}*`,
  String.raw`(?:image|photo) caption\s*[,:]${ANY}*`,
  // agency and update notes: "— With files from The Canadian Press", "This report by The Canadian Press was first
  // published Jan. 28.", "Posted: Oct 14", "Published Tuesday, March 4", "Posted Wed 7 May at 4:12pm, updated …"
  String.raw`[${DASH_CHARS}-]?\s*with (?:files|a report) from [^,;:.]{1,80}\.?`,
  String.raw`this (?:report|story|article) by the canadian press was first published\b${ANY}*`,
  String.raw`${STAMP}(?:\s*[,|\u00b7]?\s*${STAMP})*\.?`,
  String.raw`[^.!?\n]{0,80}\u00b7\s*${STAMP}`,
  // share, follow and sign-up prompts
  String.raw`(?:share|tweet|email|print) (?:this|on|via)\b${ANY}*`,
  String.raw`click (?:here|to)\b${ANY}*`,
  String.raw`(?:sign up|subscribe)\b${ANY}*`,
  String.raw`follow (?:us|@\S+|\p{Lu}[\p{L}.'’ -]{1,60}) on (?:twitter|facebook|instagram|x)\b${ANY}*`,
  String.raw`(?:read more|related(?: coverage)?|see also)\s*:${ANY}*`,
  // photo credits: "Photo: …", "(Photo by …)", "AP Photo/Evan Vucci", "Neilson Barnard via Getty Images.", "Getty."
  String.raw`\(?${PHOTO_CREDIT}${ANY}*`,
  String.raw`${ANY}{0,80}\b(?:getty images|ap photo|afp photo)\b[^.!?]{0,40}\.?\)?`,
  String.raw`getty\.?`,
];
/**
 * One expression per kind rather than one alternation of all: V8 compiles the parts in less than half the time of
 * the whole (PolNeAR dev: ~2 ms against ~4.4 ms, at each run's first furniture line), and a line is furniture when
 * one of them matches, as when one alternative of the whole did.
 */
const WHOLE_LINES: readonly RegExp[] = BOILERPLATE_PATTERNS.map(p => new RegExp(`^\\s*(?:${p})\\s*$`, 'iu'));

/** PHOTO_CREDIT where it is tried: at one position. */
const PHOTO_CREDIT_AT = new RegExp(PHOTO_CREDIT, 'iuy');

/**
 * A photo credit opens at `pos` of `text` (PHOTO_CREDIT), a line's or one closing a caption: "… on Tuesday. PHOTO BY
 * DAVE SIDAWAY /Montreal Gazette".
 */
export function photoCreditAt(text: string, pos: number): boolean {
  PHOTO_CREDIT_AT.lastIndex = pos;
  return PHOTO_CREDIT_AT.test(text);
}

/** Agencies and outlets that credit a photo after a slash ("Chris Young/The Canadian Press"). */
const CREDITING = String.raw`(?:Getty Images|Getty|Reuters|AP|AFP|EPA|Shutterstock|The Canadian Press|THE CANADIAN PRESS|Canadian Press|CP|Postmedia(?: News)?|Bloomberg|PA(?: Media| Wire)?|AAP|Global News|CBC|CTV News|Toronto Star|The Globe and Mail|National Post)`;
/**
 * A credit line of names, then the agency: "Scott Olson via Getty Images.", "Jim Urquhart / Reuters.", "(Chris
 * Young/The Canadian Press)"; or the agency, then the name: "THE CANADIAN PRESS/Darryl Dyck".
 */
const CREDIT_LINE = new RegExp(String.raw`^\s*\(?(?:(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}(?:\p{Lu}[\p{L}.'’-]*\s*)?(?:via\s+|\/\s*)${CREDITING}|${CREDITING}\s*\/\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,4})\.?\)?\.?\s*$`, 'u');

/** A word every such line holds (a cheap test before the full one). */
const FURNITURE_WORD = /continu|content|advert|share|tweet|email|print|click|sign up|subscribe|follow|read more|related|see also|photo|image|picture|getty|reuters|\bap\b|afp|epa|shutterstock|press|\bcp\b|postmedia|bloomberg|\bpa\b|aap|news|cbc|star|globe|post|link|error|trending|listen|journalistic|©|\(c\)|copyright|browser|watch|video|audio|files|report|published|updated/i;

/** A video player's prompt and the title it quotes: "Click to play video: 'Quebec premier says …'". */
const PLAY_VIDEO = /^\s*click to play video\s*:\s*['‘"“](.+)['’"”]\s*$/i;
/** How far back (characters) the prompt may stand before the title's repetition. */
const PLAY_VIDEO_REACH = 240;

/**
 * The line [s, e) repeats the title of the "Click to play video: '…'" prompt on the line before it (a scraped
 * player shows the title twice): "Click to play video: 'Quebec premier says province cannot absorb more newcomers'"
 * ⏎ "Quebec premier says province cannot absorb more newcomers".
 */
function videoTitle(text: string, s: number, e: number): boolean {
  let p = s;
  while (p > 0 && isSpaceAt(text, p - 1)) p--;
  if (p === 0 || s - p > PLAY_VIDEO_REACH) return false;
  const prev = text.slice(Math.max(text.lastIndexOf('\n', p - 1) + 1, p - PLAY_VIDEO_REACH), p);
  const m = PLAY_VIDEO.exec(prev);
  return !!m && m[1].trim() === text.slice(s, e).trim();
}

/**
 * isBoilerplateLine's answers for the last text asked about, by line (s * (text.length + 1) + e): the paragraph split,
 * every name run's and every report's furniture test ask about the same short lines again and again.
 */
let linesText: string | undefined;
const LINES_READ = new Map<number, boolean>();

/** The line [s, e) of `text` is page furniture. */
export function isBoilerplateLine(text: string, s: number, e: number): boolean {
  if (e - s > BOILERPLATE_MAX) return false;
  if (text !== linesText) {
    linesText = text;
    LINES_READ.clear();
  }
  const key = s * (text.length + 1) + e;
  let is = LINES_READ.get(key);
  if (is === undefined) LINES_READ.set(key, is = readBoilerplateLine(text, s, e));
  return is;
}

function readBoilerplateLine(text: string, s: number, e: number): boolean {
  const line = text.slice(s, e);
  if (!FURNITURE_WORD.test(line)) return videoTitle(text, s, e);
  return WHOLE_LINES.some(r => r.test(line)) || CREDIT_LINE.test(line) || videoTitle(text, s, e);
}
