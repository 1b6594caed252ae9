/**
 * Word normalisation for the corpus index: one canonical form per word, so that copies of a passage in
 * different house styles compare equal. Case is folded, apostrophes are dropped ("Russia’s" = "Russias"),
 * and British spellings are folded to American ones (apologise → apologize, neighbour → neighbor,
 * travelled → traveled, centre → center, defence → defense, catalogue → catalog, analyse → analyze, and a
 * list of irregular pairs). The folding only has to be consistent: both copies go through it.
 */

import { FUNCTION_WORDS } from './functionWords';
import { BYLINE_WORDS, FURNITURE_WORDS } from './furniture';

/** Kinds of word, as bits (WordIds.kind). */
export const WORD_FUNCTION = 1;
export const WORD_FURNITURE = 2;
export const WORD_BYLINE = 4;

/** Irregular UK → US pairs that the suffix rules below do not cover. */
const IRREGULAR: Readonly<Record<string, string>> = {
  grey: 'gray', greys: 'grays', towards: 'toward', afterwards: 'afterward', amongst: 'among', whilst: 'while',
  programme: 'program', programmes: 'programs', jewellery: 'jewelry', aluminium: 'aluminum',
  sceptic: 'skeptic', sceptics: 'skeptics', sceptical: 'skeptical', scepticism: 'skepticism',
  manoeuvre: 'maneuver', manoeuvres: 'maneuvers', manoeuvred: 'maneuvered', manoeuvring: 'maneuvering',
  judgement: 'judgment', judgements: 'judgments', acknowledgement: 'acknowledgment', ageing: 'aging',
  defence: 'defense', defences: 'defenses', offence: 'offense', offences: 'offenses', pretence: 'pretense',
  licence: 'license', licences: 'licenses', practise: 'practice', practised: 'practiced', practising: 'practicing',
  enrol: 'enroll', enrols: 'enrolls', enrolment: 'enrollment', fulfil: 'fulfill', fulfils: 'fulfills',
  fulfilment: 'fulfillment', instalment: 'installment', instalments: 'installments', moustache: 'mustache',
  pyjamas: 'pajamas', plough: 'plow', ploughs: 'plows', tyre: 'tire', tyres: 'tires', cosy: 'cozy',
  aeroplane: 'airplane', aeroplanes: 'airplanes', foetus: 'fetus', oesophagus: 'esophagus', kidnaped: 'kidnapped',
  learnt: 'learned', spelt: 'spelled', mum: 'mom', storey: 'story', storeys: 'stories', cheque: 'check',
  cheques: 'checks', draught: 'draft', kerb: 'curb', gaol: 'jail', sulphur: 'sulfur', paediatric: 'pediatric',
  anaesthetic: 'anesthetic', encyclopaedia: 'encyclopedia', centred: 'centered',
};

/** IRREGULAR as a map (a lookup by a fresh string does not intern it). */
const IRREGULAR_MAP: ReadonlyMap<string, string> = new Map(Object.entries(IRREGULAR));

/** Words the -our rule must leave alone (they are not British spellings). */
const OUR_KEEP = new Set(['hour', 'hours', 'your', 'yours', 'tour', 'tours', 'toured', 'touring', 'pour', 'pours',
  'poured', 'pouring', 'sour', 'four', 'fours', 'flour', 'dour', 'ours', 'detour', 'detours', 'contour', 'contours',
  'devour', 'devoured', 'scour', 'scoured', 'troubadour', 'amour', 'velour', 'paramour', 'glamour', 'outpour']);

// The spelling rules of foldWord, compiled once (a literal in the function would be a new RegExp object per word).
/** A word that may hold a British spelling: one of the rules' endings somewhere in it. */
const BRITISH_HINT = /is|ys|our|ll|re|ogue/;
const ISE = /^(.{3,}[^aeiou])is(e|es|ed|ing|ation|ations|er|ers)$/;
const YSE = /^(.{3,})ys(e|es|ed|ing)$/;
const OUR = /^(.{2,})our(s|ed|ing|able|ably|ite|ites|ful|fully|less|er|ers|hood)?$/;
const DOUBLED_L = /^(.*[aeiou][^aeiou]*[aeiou])ll(ed|ing|er|ers|or|ors)$/;
const RE_ENDING = /^(.{2,}[^aeiou])re(s)?$/;
const T_OR_B_END = /[tb]$/;
const OGUE = /^(.{2,})ogue(s)?$/;

/** Fold one lower-case word (apostrophes already removed) to its canonical spelling. */
export function foldWord(w: string): string {
  const irregular = IRREGULAR_MAP.get(w);
  if (irregular !== undefined) return irregular;
  const n = w.length;
  if (n < 5 || !BRITISH_HINT.test(w)) return w;
  let m: RegExpMatchArray | null;
  // -ise / -isation → -ize / -ization (organise, apologised, criticising, realisation)
  if ((m = ISE.exec(w))) return `${m[1]}iz${m[2]}`;
  // -yse → -yze (analyse, paralysed)
  if ((m = YSE.exec(w))) return `${m[1]}yz${m[2]}`;
  // -our → -or (neighbour, favourite, labourers); not hour, your, tour, four ...
  if ((m = OUR.exec(w)) && !OUR_KEEP.has(w)) {
    return `${m[1]}or${m[2] ?? ''}`;
  }
  // doubled l before a suffix on a word of two or more syllables (travelled, cancelling, labelled, counsellor)
  if ((m = DOUBLED_L.exec(w))) return `${m[1]}l${m[2]}`;
  // -tre / -bre → -ter / -ber (centre, theatre, fibre, metres)
  if ((m = RE_ENDING.exec(w)) && T_OR_B_END.test(m[1])) return `${m[1]}er${m[2] ?? ''}`;
  // -ogue → -og (catalogue, dialogues)
  if ((m = OGUE.exec(w))) return `${m[1]}og${m[2] ?? ''}`;
  return w;
}

/** 32-bit FNV-1a of a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const APOSTROPHE = /['’‘ʼ]/;
/** Every apostrophe (and the opening single quotation mark written for one), dropped when words are compared (./folding.ts too). */
export const APOSTROPHES = /['’‘ʼ]/g;

/** Lower-case a raw word, drop its apostrophes and fold its spelling: the word's canonical form. */
export function canonicalWord(raw: string): string {
  const lower = raw.toLowerCase();
  return foldWord(APOSTROPHE.test(lower) ? lower.replace(APOSTROPHES, '') : lower);
}

/** log2 of a word table's first number of entries. */
const WORD_TABLE_LOG2 = 14;

/**
 * Word ids: the hash of a word's canonical form, cached by two independent hashes of its raw lower-case form
 * (the tokenizer computes them on the fly without building a string; 64 bits, so that two words of a corpus
 * never share an entry and a word's id does not depend on which words came before it: tokenizers in
 * different threads give the same ids). An open-addressing table over one typed array, [raw hash, id, kind,
 * second raw hash] per entry so that a lookup touches one cache line: millions of lookups without allocating.
 */
export class WordIds {
  private table: Int32Array;
  /** 32 - log2(entries): the top bits of the mixed key pick the entry. */
  private shift: number;
  private used = 0;
  /** The kind bits (WORD_*) of the word last looked up. */
  kind = 0;

  /** A table of 2^log2Entries entries to start with (it doubles when half full). */
  constructor(log2Entries = WORD_TABLE_LOG2) {
    this.table = new Int32Array(4 << log2Entries);
    this.shift = 32 - log2Entries;
  }

  /** The id of the word text[start, end) whose raw lower-case hashes are `rawHash` and `rawHash2`. */
  id(rawHash: number, rawHash2: number, text: string, start: number, end: number): number {
    const key = rawHash | 0 || 1, key2 = rawHash2 | 0;
    const t = this.table;
    const mask = (t.length >> 2) - 1;
    for (let s = Math.imul(key, 0x9e3779b1) >>> this.shift; ; s = (s + 1) & mask) {
      const k = t[4 * s];
      if (k === key && t[4 * s + 3] === key2) { this.kind = t[4 * s + 2]; return t[4 * s + 1]; }
      if (k === 0) break;
    }
    return this.add(key, key2, text.slice(start, end));
  }

  private add(key: number, key2: number, raw: string): number {
    const word = canonicalWord(raw);
    const id = hashString(word) | 0 || 1;
    this.kind = (FUNCTION_WORDS.has(word) ? WORD_FUNCTION : 0) | (FURNITURE_WORDS.has(word) ? WORD_FURNITURE : 0) |
      (BYLINE_WORDS.has(word) ? WORD_BYLINE : 0);
    if ((this.used + 1) * 2 > this.table.length >> 2) this.grow();
    this.put(this.table, key, key2, id, this.kind);
    this.used++;
    return id;
  }

  private put(t: Int32Array, key: number, key2: number, id: number, kind: number): void {
    const mask = (t.length >> 2) - 1;
    let s = Math.imul(key, 0x9e3779b1) >>> (32 - Math.log2(t.length >> 2));
    while (t[4 * s] !== 0) s = (s + 1) & mask;
    t[4 * s] = key; t[4 * s + 1] = id; t[4 * s + 2] = kind; t[4 * s + 3] = key2;
  }

  private grow(): void {
    const old = this.table;
    const t = new Int32Array(old.length * 2);
    for (let e = 0; e < old.length; e += 4) if (old[e] !== 0) this.put(t, old[e], old[e + 3], old[e + 1], old[e + 2]);
    this.table = t;
    this.shift--;
  }
}

/** The id of a word given as text (for tests and fixed words such as "per" and "cent"). */
export function wordId(raw: string): number {
  return hashString(canonicalWord(raw)) | 0 || 1;
}
