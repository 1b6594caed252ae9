/**
 * Sentence and paragraph numbers of an article, for the distances salience is measured in: a paragraph is a line
 * with words on it, however many blank lines stand between two. One linear pass over the
 * paragraphs with the quotes stage's sentence ends (../quotes/sentences.ts); a position's sentence is found by
 * binary search.
 */
import { nextSentenceEnd } from '../quotes/sentences';
import { DASH_CHARS } from '../text/dashes';
import { firstAtLeast } from '../text/sortedSearch';

/** A line of blanks only: it separates paragraphs and is none of them (a double-spaced article's blank lines add no distance). */
const BLANK = /^\s*$/;
/** What may come before a sentence's first word: blanks, quotation marks, brackets, a dash. */
const SENTENCE_LEAD = new RegExp(`^[\\s"'“‘(\\[${DASH_CHARS}-]*$`);
/** What stands between a quote and its cue after it: closing marks, a comma or a dash. */
const QUOTE_CLOSE = new RegExp(`^[\\s"'”’,${DASH_CHARS}-]*$`);

export class Sentences {
  /** Start offset of each sentence, ascending. */
  private readonly starts: number[] = [];
  /** Paragraph number of each sentence. */
  private readonly paras: number[] = [];

  constructor(private readonly text: string) {
    let para = 0;
    for (let s = 0; s <= text.length;) {
      let e = text.indexOf('\n', s);
      if (e < 0) e = text.length;
      if (BLANK.test(text.slice(s, e))) {
        s = e + 1;
        continue;
      }
      this.starts.push(s);
      this.paras.push(para);
      for (let m: RegExpExecArray | null, from = s; (m = nextSentenceEnd(text, from, e)); from = m.index + m[0].length) {
        const at = m.index + m[0].length;
        if (at >= e) break;
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

/** The sentences of the last text asked about (the salience model and the name table read the same article's). */
let last: { text: string; sentences: Sentences } | null = null;

/** The Sentences of `text`, built once while the same article is asked about. */
export function sentencesOf(text: string): Sentences {
  if (last && last.text === text) return last.sentences;
  const sentences = new Sentences(text);
  last = { text, sentences };
  return sentences;
}
