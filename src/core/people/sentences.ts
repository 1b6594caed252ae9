/**
 * Sentence and paragraph numbers of an article, for the distances salience is measured in. One linear pass; a
 * position's sentence is found by binary search.
 */
const SENTENCE_END = /[.!?]["”’']?\s+(?=["“‘(]?[\p{Lu}\p{N}])|\n+/gu;
/** A period after these is no sentence end ("Sen. Cruz", "Sergei V. Lavrov", "U.S. officials"). */
const ABBREVIATION = /(?:^|[\s(])(?:\p{L}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Rev|Prof|Sens|Reps|Atty|Jr|Sr|St|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec|U\.S|U\.N|D\.C|U\.K|E\.U)\.$/u;

export class Sentences {
  /** Start offset of each sentence, ascending. */
  private readonly starts: number[] = [0];
  /** Paragraph number of each sentence. */
  private readonly paras: number[] = [0];

  constructor(text: string) {
    SENTENCE_END.lastIndex = 0;
    let para = 0;
    for (let m: RegExpExecArray | null; (m = SENTENCE_END.exec(text));) {
      const newline = m[0].includes('\n');
      if (!newline && text[m.index] === '.' && ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
      if (newline) para++;
      const at = m.index + m[0].length;
      if (at >= text.length) break;
      if (at === this.starts[this.starts.length - 1]) { this.paras[this.paras.length - 1] = para; continue; }
      this.starts.push(at);
      this.paras.push(para);
    }
  }

  /** The number of the sentence holding `pos`. */
  sentence(pos: number): number {
    let lo = 0, hi = this.starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.starts[mid] <= pos) lo = mid + 1; else hi = mid; }
    return Math.max(0, lo - 1);
  }

  start(sentence: number): number {
    return this.starts[sentence];
  }

  paragraph(sentence: number): number {
    return this.paras[sentence];
  }
}
