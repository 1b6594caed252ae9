/** What each rule family of reported speech finds, before speakers are resolved to names. */
import type { Mention } from '../quotes/attribution';
import type { QuoteSpan } from '../quotes/marks';
import type { Tok } from '../quotes/tokens';

export type ReportRule = 'say-clause' | 'that-clause' | 'bare-clause' | 'according-to' | 'speech-noun' | 'fronted' | 'infinitive' | 'parenthetical' | 'object' | 'naming' | 'phrasal' | 'headline' | 'relative' | 'short-answer' | 'asked-by' | 'passive';

export interface Report {
  /** The reported content, UTF-16 offsets, end exclusive. */
  s: number;
  e: number;
  cue: { s: number; e: number };
  mention: Mention;
  /**
   * The whole noun phrase a reader sees as the source, when it is wider than the mention the speaker is named from:
   * "⟨One of his advisers, Tad Devine⟩ said" is named Tad Devine; or the relative "who" of a person the rules found
   * before it: "Megyn Kelly, a star anchor at Fox News ⟨who⟩ questioned" is named Megyn Kelly (./sourcePhrase.ts).
   */
  phrase?: { s: number; e: number };
  rule: ReportRule;
}

/** One sentence as a token range [a, b), and what the rules may look at. */
export interface SentenceContext {
  readonly toks: Tok[];
  readonly text: string;
  readonly a: number;
  readonly b: number;
  /** The article's direct quotes. */
  readonly quotes: readonly QuoteSpan[];
}
