/** Word and punctuation tokens with offsets, for the attribution rules. One linear pass. */
import { CUES, WEAK_CUES } from './lexicon';

export interface Tok {
  s: number;
  e: number;
  /** The token as written. */
  t: string;
  /** Lower case, possessive stripped ("russia's" -> "russia"). */
  l: string;
  cap: boolean;
  /** A possessive ("Russia's"). */
  poss: boolean;
  punct: boolean;
  /** A line break stands between this token and the one before it (a name never runs across it). */
  br: boolean;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.&-]*[\p{L}\p{N}])?\.?|[,;:—–―()!?]|\.|--/gu;
const PARTICLE = /^(?:al|el|bin|ibn|abu|de|da|di|du|van|von|der|le|la|mc|mac|o)[-'’]\p{Lu}/u;
// (the per-token tests, compiled once: a literal in the loop would be a new RegExp object per token)
const INITIALS = /^(?:\p{L}\.)+$/u;
const ABBREVIATION = /^(?:mr|mrs|ms|dr|sen|rep|gov|gen|jr|sr|st|lt|col|capt|sgt|maj|adm|rev|prof|sens|reps|atty|supt|del|no|vs|inc|co|corp|ltd|jan|feb|aug|sept|oct|nov|dec)\.$/i;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const S_FINAL = /s$/i;
const BARE_APOSTROPHE = /^['’]\s+\p{Ll}/u;
/** …and before a name when the word is a capitalised plural ("the Clintons' Chappaqua, N.Y., home"). */
const BARE_APOSTROPHE_BEFORE_NAME = /^['’]\s+\p{Lu}/u;
const POSSESSIVE = /['’]s$/i;
const UPPER_FIRST = /^\p{Lu}/u;
const CONTRACTION = /['’](?:re|m|ve|ll|d|t)$/i;
const NEWLINE = 10;

export function tokenize(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < to) {
    let t = m[0];
    const s = m.index;
    // a trailing period belongs to the word only for abbreviations ("U.N.", "Mr.", "Jr.")
    if (t.length > 1 && t.endsWith('.') && !INITIALS.test(t) && !ABBREVIATION.test(t)) {
      t = t.slice(0, -1);
      WORD.lastIndex = s + t.length;
    }
    const punct = !LETTER_OR_DIGIT.test(t);
    // "Sanders’ campaign", "the Clintons' Chappaqua": a plural or s-final possessive marked by a bare apostrophe
    const after = !punct && S_FINAL.test(t) ? text.slice(s + t.length, s + t.length + 3) : '';
    const bare = after !== '' && (BARE_APOSTROPHE.test(after) || (UPPER_FIRST.test(t) && BARE_APOSTROPHE_BEFORE_NAME.test(after)));
    if (bare) { t += text[s + t.length]; WORD.lastIndex = s + t.length; }
    const poss = bare || (POSSESSIVE.test(t) && t.length > 2);
    // a contraction ("We’re", "Don’t", "I’ve") is never part of a name
    const cap = !punct && (UPPER_FIRST.test(t) || PARTICLE.test(t)) && !CONTRACTION.test(t);
    let br = false;
    for (let x = out.length ? out[out.length - 1].e : from; x < s && !br; x++) br = text.charCodeAt(x) === NEWLINE;
    out.push({ s, e: s + t.length, t, l: (bare ? t.slice(0, -1) : poss ? t.slice(0, -2) : t).toLowerCase(), cap, poss, punct, br });
  }
  uncapCuesOfTitleLines(text, out);
  return out;
}

/** Cue verbs that are never a noun or part of a name: what a capitalised "Said" or "Tells" is in a Title Case line. */
const TITLE_LINE_CUES: ReadonlySet<string> = new Set([...CUES].filter(w => /(?:s|ed)$/.test(w) && !WEAK_CUES.has(w)).concat(['said', 'told', 'wrote']));
/** A line is in Title Case or capitals when at least this share of its longer words is (the quote in it may not be). */
const TITLE_LINE_SHARE = 0.75;
const TITLE_LINE_MIN_WORDS = 3;

/**
 * In a line written in Title Case or in capitals ("Maria Lopez Said “The Plan Is Dead”", "MARIA LOPEZ SAID: …"), a
 * cue verb is capitalised only by the style: it is a cue, not a word of a name (cap is cleared).
 */
function uncapCuesOfTitleLines(text: string, toks: Tok[]): void {
  for (let a = 0; a < toks.length;) {
    const nl = text.indexOf('\n', toks[a].s);
    const lineEnd = nl < 0 ? text.length : nl;
    let b = a;
    while (b < toks.length && toks[b].s < lineEnd) b++;
    let cue = false;
    for (let k = a; k < b && !cue; k++) cue = toks[k].cap && TITLE_LINE_CUES.has(toks[k].l);
    if (!cue) { a = b; continue; }
    let longer = 0, title = 0, caps = 0;
    for (let k = a; k < b; k++) {
      const t = toks[k];
      if (t.punct || t.t.length < 4 || !/\p{L}/u.test(t.t)) continue;
      longer++;
      if (/^\p{Lu}/u.test(t.t)) title++;
      if (t.t === t.t.toUpperCase()) caps++;
    }
    if (longer >= TITLE_LINE_MIN_WORDS && (title >= TITLE_LINE_SHARE * longer || caps >= TITLE_LINE_SHARE * longer)) {
      for (let k = a; k < b; k++) if (toks[k].cap && TITLE_LINE_CUES.has(toks[k].l)) toks[k].cap = false;
    }
    a = b;
  }
}

/** Where token t's word ends without its possessive ending ("Trump’s" → "Trump", "Sanders’" → "Sanders"). */
export function wordEnd(t: Tok): number {
  return t.poss ? t.e - (POSSESSIVE.test(t.t) ? 2 : 1) : t.e;
}

/** Index of the first token starting at or after `pos` (binary search). */
export function tokenAt(toks: Tok[], pos: number): number {
  let lo = 0, hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].s < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}
