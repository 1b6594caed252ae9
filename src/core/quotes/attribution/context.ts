/**
 * The sentence around one quote, as the attribution rules see it: its tokens, where the quote stands, how far the
 * sentence reaches on either side, and named helpers for what every rule asks (the subject before or after a token,
 * the cue span, is this a cue).
 */
import { LEAD_IN_MARKS } from '../lexicon';
import { tokenAt, type Tok } from '../tokens';
import { cueSpan, isCue } from './cue';
import type { Attribution, Bounds, Mention } from './mention';
import { subjectAfter } from './subjectAfter';
import { subjectBefore } from './subjectBefore';


export class QuoteContext {
  /** The quote's first token, and the last token before it (-1 when none). */
  readonly quoteTok: number;
  readonly before: number;
  /** The first token after the quote, and the first after the marks closing it (',”' → the cue's position). */
  readonly after: number;
  readonly next: number;
  /** The sentence's first token (after an earlier quote of the same sentence), its real opening, and its end. */
  readonly startTok: number;
  readonly openTok: number;
  readonly endTok: number;
  private earlier: Attribution | null | undefined;

  constructor(
    readonly toks: Tok[],
    readonly text: string,
    readonly qs: number,
    readonly qe: number,
    b: Bounds,
    /** The quote ends its sentence ('…position."'): after it only "Lavrov said." counts, not a new sentence. */
    readonly closesSentence: boolean,
    private readonly findBefore: (ctx: QuoteContext) => Attribution | null,
  ) {
    this.quoteTok = tokenAt(toks, qs);
    this.before = this.quoteTok - 1;
    this.after = tokenAt(toks, qe);
    this.startTok = tokenAt(toks, b.sentStart);
    this.openTok = b.sentOpen !== undefined ? Math.min(this.startTok, tokenAt(toks, b.sentOpen)) : this.startTok;
    this.endTok = tokenAt(toks, b.sentEnd);
    let k = this.after;
    if (k < this.endTok && toks[k].punct && toks[k].t !== '(') k++;
    this.next = k;
  }

  /** The attribution found before the quote in its sentence (looked for once, asked by several rules). */
  beforeQuote(): Attribution | null {
    if (this.earlier === undefined) this.earlier = this.findBefore(this);
    return this.earlier;
  }

  /**
   * The last word of the lead-in before the quote, past the marks that introduce it and a "that" ('Lavrov said
   * that: “…' → said): where a cue or a speech noun before the quote is looked for.
   */
  leadIn(): number {
    const { toks, startTok } = this;
    let p = this.before;
    while (p >= startTok && toks[p].punct && LEAD_IN_MARKS.has(toks[p].t)) p--;
    if (p >= startTok && toks[p].l === 'that') p--;
    return p;
  }

  /** Token k's lower-case word, '' outside the text. */
  word(k: number): string {
    return this.toks[k]?.l ?? '';
  }

  /** Token c is a cue word used as a verb here (strongOnly: not one of the weak cues). */
  isCue(c: number, strongOnly = false): boolean {
    return isCue(this.toks, c, strongOnly);
  }

  /** An -ing form ("saying", "calling"). */
  isParticiple(c: number): boolean {
    return this.toks[c].l.endsWith('ing');
  }

  /** The subject ending at token k, no further left than `floor` (the sentence start by default). */
  subjectBefore(k: number, floor = this.startTok): Mention | null {
    return subjectBefore(this.toks, k, floor);
  }

  /** The subject starting at token k, ending before `ceil`. */
  subjectAfter(k: number, ceil: number): Mention | null {
    return subjectAfter(this.toks, k, ceil);
  }

  cueSpan(c: number, ceil: number): { s: number; e: number } {
    return cueSpan(this.toks, c, ceil);
  }

  /** An attribution to `mention` with the cue span of token c (reaching no further than `ceil`). */
  byCue(mention: Mention, c: number, ceil: number, rule: Attribution['rule']): Attribution {
    return { mention, cue: cueSpan(this.toks, c, ceil), rule };
  }
}
