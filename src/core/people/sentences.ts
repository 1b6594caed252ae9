/**
 * Sentence and paragraph numbers of an article, for the distances salience is measured in: a paragraph is a line
 * with words on it, however many blank lines stand between two. One linear pass over the
 * paragraphs with the quotes stage's sentence ends (../quotes/sentences.ts); a position's sentence is found by
 * binary search.
 */
import { quoteSpansOf, type QuoteSpan } from '../quotes/marks';
import { nextSentenceEnd } from '../quotes/sentences';
import { DASH_CHARS } from '../text/dashes';
import { firstAtLeast } from '../text/sortedSearch';
import { keptForLastText } from '../text/memo';

/** A line of blanks only: it separates paragraphs and is none of them (a double-spaced article's blank lines add no distance). */
const BLANK = /^\s*$/;
/** What may come before a sentence's first word: blanks, quotation marks, brackets, a dash. */
const SENTENCE_LEAD = new RegExp(`^[\\s"'“‘(\\[${DASH_CHARS}-]*$`);
/** What stands between a quote and its cue after it: closing marks, a comma or a dash. */
const QUOTE_CLOSE = new RegExp(`^[\\s"'”’,${DASH_CHARS}-]*$`);

/**
 * The longest quotation, in characters, whose stops end no sentence: a chant or an exclamation set in the writer's
 * sentence ("Marco! Marco!"), not a passage (a straight mark left unpaired would otherwise pair the writer's own words).
 */
const MAX_EMBEDDED = 120;
/** The most characters of SENTENCE_LEAD read before a quotation (marks, a dash and blanks: a few at most). */
const MAX_LEAD = 12;
/** What follows a quotation's closing mark when the writer's sentence goes on after it: a comma, or a word in lower case. */
const GOES_ON = /^(?:,|\s*\p{Ll})/u;

/**
 * The short quotations (MAX_EMBEDDED) of the paragraph [s, e) that the writer's sentence goes on after (their closing
 * mark preceded or followed by a comma, or followed by a word in lower case: "chants of "Marco! Marco!," the senator
 * said"), in order, each by its opening mark and its closing mark: of the quotes stage's quotations (../quotes/marks.ts
 * quoteSpansOf), the ones that open at spans[from] (the paragraph's first) or after and close inside it.
 */
function embeddedQuotations(text: string, spans: readonly QuoteSpan[], from: number, e: number): { open: number; close: number }[] {
  const out: { open: number; close: number }[] = [];
  for (let k = from; k < spans.length && spans[k].start < e; k++) {
    const q = spans[k];
    // (closed inside the paragraph: a quote left open ends at the paragraph's end or the next opening mark, on no mark)
    if (q.end === q.innerEnd) continue;
    const close = closingMarkAt(text, q);
    if (close - q.start <= MAX_EMBEDDED && (text[close - 1] === ',' || GOES_ON.test(text.slice(q.end, Math.min(e, q.end + 2))))) out.push({ open: q.start, close });
  }
  return out;
}

/** The Times' doubled apostrophe, one closing mark of two characters. */
const DOUBLED_APOSTROPHE = "''";

/** Where the closing mark of the closed quotation `q` starts. */
function closingMarkAt(text: string, q: QuoteSpan): number {
  return q.end - (text.endsWith(DOUBLED_APOSTROPHE, q.end) ? DOUBLED_APOSTROPHE.length : 1);
}

export class Sentences {
  /** Start offset of each sentence, ascending. */
  private readonly starts: number[] = [];
  /** Paragraph number of each sentence. */
  private readonly paras: number[] = [];

  constructor(private readonly text: string) {
    const spans = quoteSpansOf(text);
    let para = 0, firstSpan = 0;
    for (let s = 0; s <= text.length;) {
      let e = text.indexOf('\n', s);
      if (e < 0) e = text.length;
      if (BLANK.test(text.slice(s, e))) {
        s = e + 1;
        continue;
      }
      this.starts.push(s);
      this.paras.push(para);
      while (firstSpan < spans.length && spans[firstSpan].start < s) firstSpan++;
      const within = embeddedQuotations(text, spans, firstSpan, e);
      let q = 0, leadRead = -1, lead = false;
      for (let m: RegExpExecArray | null, from = s; (m = nextSentenceEnd(text, from, e)); from = m.index + m[0].length) {
        const at = m.index + m[0].length;
        if (at >= e) break;
        // (an end inside a quotation the writer's sentence goes on after ends no sentence of the article's: "Walking
        // into the office to chants of "Marco! Marco!," the senator said …", PolNeAR train, Wash. Post 2016-02-09, kept
        // "Rubio sought …" out of reach of "the senator"; not a quotation that opens its sentence, "“First of all, I
        // think I'm going to have the delegates, OK? I think. …,” he said", whose sentences the rules that read a
        // quotation opening its sentence count on)
        while (q < within.length && within[q].close < at) q++;
        if (q < within.length && within[q].open < at) {
          // (read once per quotation: a long line of stops inside one quotation stays linear)
          if (leadRead !== q) {
            const start = this.starts[this.starts.length - 1];
            leadRead = q;
            lead = within[q].open - start <= MAX_LEAD && SENTENCE_LEAD.test(text.slice(start, within[q].open));
          }
          if (!lead) continue;
        }
        this.starts.push(at);
        this.paras.push(para);
      }
      para++;
      s = e + 1;
    }
    if (!this.starts.length) { this.starts.push(0); this.paras.push(0); }
  }

  /** The number of the sentence holding `pos` (the last that starts at or before it: positions are whole numbers). */
  sentence(pos: number): number {
    return Math.max(0, firstAtLeast(this.starts, pos + 1) - 1);
  }

  start(sentence: number): number {
    return this.starts[sentence];
  }

  /** How many sentences the text holds. */
  get count(): number {
    return this.starts.length;
  }

  paragraph(sentence: number): number {
    return this.paras[sentence];
  }

  /** Only blanks, quotation marks, brackets or a dash stand between the start of the sentence holding `pos` and `pos`. */
  opens(pos: number): boolean {
    return SENTENCE_LEAD.test(this.text.slice(this.starts[this.sentence(pos)], pos));
  }

  /** The quoted words `said` open their sentence and only a closing mark and a comma stand between them and `pos`. */
  quoteOpensBefore(said: { s: number; e: number }, pos: number): boolean {
    return said.e <= pos && this.opens(said.s) && this.sentence(said.s) === this.sentence(pos) && QUOTE_CLOSE.test(this.text.slice(said.e, pos));
  }
}

/**
 * The Sentences of `text`, built once while the same article is asked about (the salience model and the name table read
 * the same article's): kept for the last text only (../text/memo.ts keptForLastText).
 */
export const sentencesOf: (text: string) => Sentences = keptForLastText(text => new Sentences(text));
