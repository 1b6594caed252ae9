/**
 * What the engine reads as a dash: the figure dash ‒ (U+2012), the en dash – (U+2013), the em dash — (U+2014), the
 * horizontal bar ― (U+2015, HuffPost's: "WASHINGTON ― Democrats …", "… the basic techniques ― or unaware of ― …") and
 * the two-em dash ⸺ (U+2E3A), each a punctuation token of its own; a double hyphen "--" is one too (lexicon's
 * DASHES), and a hyphen set off by spaces stands as one in the text between two tokens (DASH_GAP). The one
 * definition: every rule that asks for a dash asks it here (a token's text: ../quotes/lexicon.ts DASHES, DASH).
 */

/** The dash characters, for a character class (`[${DASH_CHARS}]`). */
export const DASH_CHARS = '‒–—―⸺';

/** A UTF-16 code unit that is a dash: U+2012–U+2015 or U+2E3A. */
export const isDashCode = (c: number): boolean => (c >= 0x2012 && c <= 0x2015) || c === 0x2e3a;

/**
 * A dash in running text, as an expression's source: a dash character, a double hyphen, or hyphens set off by spaces
 * ("Sanders - who …").
 */
export const DASH_PATTERN = `\\s-+\\s|--|[${DASH_CHARS}]`;
/** A dash character. */
export const DASH_CHAR = new RegExp(`[${DASH_CHARS}]`);
/** A dash in the text between two tokens (a spaced hyphen is no token: " - "). */
export const DASH_GAP = new RegExp(DASH_PATTERN);
