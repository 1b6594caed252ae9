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

/**
 * A report of the content `span` (./clause.ts contentSpan: { s, e }), built as one object literal with its fields in one
 * order. Written `{ ...span, cue, mention, rule }` it cost far more: V8 (Node 20) gives the copy a spread makes a map
 * (hidden class) outside the transition tree once the site is warm, so each field added after the spread made a new
 * map, every report a shape of its own, and every site reading reports (findReportedSpeech's loop: r.s, r.e, r.cue,
 * r.mention, r.rule) megamorphic: --log-ic on PolNeAR dev showed up to 1,783 maps at one site.
 */
export function reportOf(span: { s: number; e: number }, cue: { s: number; e: number }, mention: Mention, rule: ReportRule): Report {
  return { s: span.s, e: span.e, cue, mention, rule };
}

/** A content with no source (./sourceless.ts Unsourced) of the content `span`, as one literal (see reportOf). */
export function unsourcedOf(span: { s: number; e: number }, cue: { s: number; e: number }): { s: number; e: number; cue: { s: number; e: number } } {
  return { s: span.s, e: span.e, cue };
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
