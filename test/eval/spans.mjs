// Small helpers on text spans that the analysis scripts of test/eval share.

/** A text on one line, its line breaks (and the blanks around them) shown as ' ⏎ '. */
export const oneLine = x => x.replace(/\s*\n\s*/g, ' ⏎ ');

/** How many characters the spans [a0, a1) and [b0, b1) share (0 when they are apart). */
export const overlap = (a0, a1, b0, b1) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
