/**
 * The messages between the News Lens side panel's host (the WebviewViewProvider) and its webview
 * (media/panel.js): one union type each way. Everything the webview sends is untrusted and goes through
 * `parseWebviewMessage` before the host acts on it. Pure: no `vscode` import.
 */

/** A passage of an indexed file: the index's file key and UTF-16 offsets, end exclusive. */
export interface PassageRef {
  file: string;
  start: number;
  end: number;
}

/** A passage as the panel shows it. */
export interface PassageView extends PassageRef {
  /** The file's base name ("003_766a015ac4dc8b77.txt"). */
  name: string;
  /** 1-based line of the passage's start. */
  line: number;
  /** The passage's text, whitespace collapsed, cut to a readable length. */
  snippet: string;
  /** The article's headline (its first line past page furniture, ./title.ts) or lead, cut short: a readable name beside the file name. */
  title?: string;
}

/** The panel's search and filters beyond "this file only" (the host applies them to every group it holds). */
export interface PanelSearch {
  /** Words the group's passages, speaker or topic must contain, case-insensitive ('' = any). */
  query: string;
  /** Quote variants of this speaker only (null = any). */
  speaker: string | null;
  /** Groups with a passage in this file only (an index key; null = any). */
  file: string | null;
}

export const NO_SEARCH: PanelSearch = { query: '', speaker: null, file: null };

/** A file the panel's file filter offers. */
export interface FileChoice {
  file: string;
  name: string;
  title?: string;
}

/**
 * A group lists at most this many of its passages in any one file (a long article that repeats a wire story
 * forty times would otherwise fill the panel, and the message the host sends it, with copies of one file);
 * `more` counts the rest. Every file of the group is listed.
 */
export const PASSAGES_PER_FILE = 3;

export interface DuplicateGroupView {
  id: string;
  /** 0..100. */
  similarity: number;
  kind: 'exact' | 'near';
  /** Number of distinct files the group's passages stand in. */
  files: number;
  passages: PassageView[];
  /** Passages of the group not listed (beyond PASSAGES_PER_FILE in one file); absent when none. */
  more?: number;
}

export interface VariantGroupView {
  id: string;
  speaker: string | null;
  quotes: PassageView[];
  /** Quotes of the group not listed (beyond PASSAGES_PER_FILE in one file); absent when none. */
  more?: number;
  /**
   * The speaker's reported speech (indirect quotes) of the same utterance, in order, listed after the quotes and
   * marked as paraphrase (at most PASSAGES_PER_FILE per file); absent when none.
   */
  paraphrases?: PassageView[];
  /** Paraphrases not listed; absent when none. */
  moreParaphrases?: number;
}

export interface FigureEntryView extends PassageView {
  /** The figure as written ("over 45,000"). */
  text: string;
  /** The normalised reading ("more than 45,000 lives · approximate"). */
  reading: string;
}

export interface FigureComparisonView {
  id: string;
  topic: string;
  unit: string | null;
  disagree: boolean;
  summary: string;
  entries: FigureEntryView[];
  /** Entries not listed (beyond PASSAGES_PER_FILE in one file); absent when none. */
  more?: number;
}

export type SectionId = 'duplicates' | 'variants' | 'figures';
export const SECTION_IDS: readonly SectionId[] = ['duplicates', 'variants', 'figures'];

/** How many groups a section has in all, and how many pass the "this file only" filter. */
export interface SectionCount {
  all: number;
  matching: number;
}

/**
 * What the panel shows: per section, the widest groups that pass the filter, at most `GROUP_LIMIT` (a
 * 5,000-article folder has thousands), and the counts behind them.
 */
export interface PanelModel {
  duplicates: DuplicateGroupView[];
  variants: VariantGroupView[];
  figures: FigureComparisonView[];
  counts: Record<SectionId, SectionCount>;
  /** Every speaker with quote variants, and every file in a group, for the filters' choices. */
  speakers: string[];
  files: FileChoice[];
}

export interface IndexProgress {
  done: number;
  total: number;
}

/** Host -> webview. */
export type HostMessage =
  | {
      type: 'state';
      status: 'loading' | 'ready';
      progress: IndexProgress | null;
      model: PanelModel;
      /** The article in the active editor (its index key), followed for the filter and for Compare. */
      activeFile: string | null;
      /** Its file name, for the filter's label. */
      activeName: string | null;
      thisFileOnly: boolean;
      /** The search and filters the state was made with (absent: none). */
      search?: PanelSearch;
    }
  | { type: 'reveal'; section: SectionId }
  /** The title bar's Collapse All. */
  | { type: 'collapseAll' }
  | { type: 'notice'; level: 'info' | 'error'; text: string };

/** Webview -> host. */
export type WebviewMessage =
  /** The page loaded (again), with the filter it restored from its saved state. */
  | { type: 'ready'; thisFileOnly: boolean }
  | { type: 'filter'; thisFileOnly: boolean }
  | ({ type: 'search' } & PanelSearch)
  | { type: 'open'; passage: PassageRef }
  | { type: 'compare'; left: PassageRef; right: PassageRef };

/** Most groups a section sends to the webview. */
export const GROUP_LIMIT = 200;

/** Longest file key the host accepts from the webview. */
const MAX_FILE_KEY = 4096;
/** Longest search text or speaker name the host accepts from the webview. */
const MAX_SEARCH = 200;

const optionalText = (v: unknown, max: number): string | null => (typeof v === 'string' && v.length > 0 && v.length <= max ? v : null);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function parsePassageRef(v: unknown): PassageRef | undefined {
  if (!isRecord(v)) return undefined;
  const { file, start, end } = v;
  if (typeof file !== 'string' || file.length === 0 || file.length > MAX_FILE_KEY) return undefined;
  if (!isOffset(start) || !isOffset(end) || end < start) return undefined;
  return { file, start, end };
}

/**
 * The message the webview sent, rebuilt from known fields only, or undefined when it is not one of the
 * `WebviewMessage` shapes. Whether the passage's file is in the index is the host's check
 * (`checkPassage`), as only the host knows the index.
 */
export function parseWebviewMessage(raw: unknown): WebviewMessage | undefined {
  if (!isRecord(raw)) return undefined;
  switch (raw.type) {
    case 'ready':
    case 'filter':
      return { type: raw.type, thisFileOnly: raw.thisFileOnly === true };
    case 'search':
      return { type: 'search', query: (optionalText(raw.query, MAX_SEARCH) ?? '').trim(), speaker: optionalText(raw.speaker, MAX_SEARCH), file: optionalText(raw.file, MAX_FILE_KEY) };
    case 'open': {
      const passage = parsePassageRef(raw.passage);
      return passage && { type: 'open', passage };
    }
    case 'compare': {
      const left = parsePassageRef(raw.left);
      const right = parsePassageRef(raw.right);
      return left && right && { type: 'compare', left, right };
    }
    default:
      return undefined;
  }
}

/**
 * Why the host refuses a passage the webview asked for, or undefined when it may act on it: the file must
 * be one of the indexed workspace files (`textLength` answers undefined for any other) and the offsets
 * inside its text.
 */
export function checkPassage(ref: PassageRef, textLength: (file: string) => number | undefined): string | undefined {
  const length = textLength(ref.file);
  if (length === undefined) return `News Lens: "${ref.file}" is not one of the indexed article files; not opened.`;
  if (ref.end > length) return `News Lens: the passage is outside "${ref.file}" (it may have changed); refresh the panel.`;
  return undefined;
}
