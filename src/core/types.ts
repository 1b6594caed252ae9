/**
 * The one data model of News Lens. Every part of the product (engine, CLI, editor glue, side panel,
 * exports) speaks in these types. Offsets are UTF-16 code-unit indices into the document text without a
 * byte-order mark, end exclusive: the same offsets VS Code's `TextDocument.offsetAt` gives.
 *
 * The JSON that `news-lens analyze --json` prints is exactly `AnalysisResult` serialised by
 * `toSchemaJson` in ./serialize.ts (../shared/schema/analysis.schema.json).
 */

export interface Span {
  start: number;
  end: number;
}

/** The person or body a quote is attributed to. */
export interface SpeakerRef {
  /** Canonical name: the fullest form of the name in this document ("Sergei Lavrov"). */
  name: string;
  /** The mention the attribution rests on (a name, a pronoun, a description), when there is one. */
  start?: number;
  end?: number;
  /** A source the article never names ("a protester", "one GOP source"): `name` is that description. Not in the JSON output. */
  unnamed?: boolean;
}

/**
 * The rule family that attributed a quote: one of the attribution pipeline's (src/core/quotes/attribution/), or a
 * stage of the quotes stage around it (inheritance, the paragraph's cue, reported speech).
 */
export type AttributionRule = 'cue after the quote' | 'cue before the quote' | 'cue later in the sentence' | 'signature after a dash' | 'signature under the quote' | 'passive agent'
  | 'according to' | 'round up label' | 'transcript label' | 'inverted cue opening the sentence' | 'as clause' | 'speech noun owner' | 'participle'
  | 'sentence subject' | 'colon lead-in' | 'headline lead-in' | 'poll source' | 'reported by' | 'continues a quote' | 'continues reported speech' | 'cue in the paragraph' | 'inside reported speech'
  | 'reported speech' | 'headline echoes a quote' | 'headline names the speaker'
  | 'named in the sentence after';

/** Why a quote has its speaker: the rule, and the resolution chain from the mention to the name ("she" → "the Ohio senator" → "Rob Portman"). */
export interface AttributionReason {
  rule: AttributionRule;
  chain: string[];
}

/** The attribution verb or phrase ("said", "told Al-Jazeera", "according to"). */
export interface Cue extends Span {
  text: string;
}

export interface Quote extends Span {
  /** The quoted text including its quotation marks; for reported speech, the content as it stands. */
  text: string;
  /** 'indirect': reported speech without quotation marks, start/end on its content. Absent for a direct quote. */
  kind?: 'direct' | 'indirect';
  speaker: SpeakerRef | null;
  cue?: Cue;
  /** A short quoted fragment inside reported speech ("interfering"). Not in the JSON output. */
  partial?: boolean;
  /** Index of the first piece when a quote runs over several paragraphs. Not in the JSON output. */
  group?: number;
  /** Why the quote has this speaker (the hover's "why"). Not in the JSON output. */
  why?: AttributionReason;
}

/** A person, a body, a document that speaks ("The Geneva plan calls for"), an unnamed group ("many analysts"), or unknown. */
export type SpeakerKind = 'person' | 'organization' | 'document' | 'group' | 'unknown';

export interface Speaker {
  name: string;
  mentions: Span[];
  /** What the article says the speaker is ("U.N.-Arab League envoy"). Not in the JSON output. */
  description?: string;
  /** What the speaker is (people/speakerKind.ts): the hover's "· document", "· group". Not in the JSON output. */
  kind?: SpeakerKind;
  /** An unnamed source shown by its description ("a protester"). Not in the JSON output. */
  unnamed?: boolean;
}

export type FigureKind = 'count' | 'money' | 'percent' | 'range' | 'score' | 'vague' | 'duration' | 'age' | 'fraction';

export interface Figure extends Span {
  text: string;
  /** The number itself (45000, 1.5e9, 4.4 for 4.4 percent); null for a vague quantity. */
  value: number | null;
  /** What is counted, singular, lower case ("life", "percent"), or an ISO 4217 code for money. */
  unit: string | null;
  approximate?: boolean;
  /** Not in the JSON output. */
  kind?: FigureKind;
  /** Both ends of a range ("8 to 10 percent"), or both sides of a score or tally ("a 5-4 decision"). Not in the JSON output. */
  range?: [number, number];
  /** The approximator or comparator word ("over", "nearly"). Not in the JSON output. */
  modifier?: string;
}

export interface DocumentAnalysis {
  file: string;
  error?: string;
  quotes: Quote[];
  speakers: Speaker[];
  figures: Figure[];
}

export interface Passage extends Span {
  file: string;
}

/** A difference the duplicate finder folds away when it compares passages (see DuplicateGroup.folded). */
export type Folding = 'case' | 'apostrophes' | 'spelling' | 'dashes' | 'quotation marks' | 'punctuation';

export interface DuplicateGroup {
  passages: Passage[];
  similarity: number;
  /** 'exact': the passages' texts are the same, white space aside; 'near' otherwise. */
  kind: 'exact' | 'near';
  /**
   * Present when the passages match word for word only once case, apostrophes, British/American spelling or
   * the punctuation between words are folded: which of these differ ("–-" vs "-": dashes; apologise vs
   * apologize: spelling). Not in the JSON output.
   */
  folded?: Folding[];
}

export interface QuoteVariantGroup {
  speaker: string | null;
  quotes: Passage[];
  /**
   * Reported speech (kind "indirect") of the same speaker in files other than a quote's, in the reporter's words but
   * of the same utterance ("Lavrov also said that the Syrian opposition risks sacrificing many more lives …" beside
   * "The price for that precondition will be the loss of more Syrian lives"). Absent when there is none.
   */
  paraphrases?: Passage[];
}

export interface AnalysisResult {
  version: 1;
  documents: DocumentAnalysis[];
  duplicates: DuplicateGroup[];
  quoteVariants?: QuoteVariantGroup[];
}

/** What the document analysis can be asked for. */
export type Part = 'quotes' | 'figures' | 'duplicates';
export const ALL_PARTS: readonly Part[] = ['quotes', 'figures', 'duplicates'];
