/**
 * Quote variants: quotes in different files that report the same utterance in different words ("There is
 * no possibility to change this position" / "There is no possibility of changing this position").
 *
 * A quote is compared by its content words, each reduced to a crude stem (suffix stripped, first five
 * letters: "publically" = "publicly", "planning" = "plans"). Two quotes of speakers sharing the last name
 * token are variants when
 * - their stems in order are the same (the same quote, in any house style), or
 * - they share at least 40% of the stems of the shorter quote and 20% of the longer one, and at least two
 *   independent pieces of evidence: a run of shared stems standing side by side, in the same order, in both
 *   quotes counts one less than its length ("political process", "United States", "commander in chief" are
 *   one collocation, not two coincidences; "no possibility to change this position" is still two).
 * Variants are grouped without chaining: two groups merge only when more than half the pairs across them are variants.
 *
 * Near-linear: identical quotes are one node; a pair is looked at only when it shares a stem that at most
 * RARE_NODES quotes of the speaker have (a speaker quoted ten thousand times is not compared pairwise).
 */
import { withoutPossessive } from '../text/endings';
import type { DocumentAnalysis, Passage, QuoteVariantGroup } from '../types';
import { canonicalWord } from './normalize';
import { FUNCTION_WORDS } from './functionWords';

export interface QuoteEntry {
  start: number;
  end: number;
  speaker: string;
  key: string;
  /** Content stems in order of the text. */
  seq: string[];
  /** The same, each once. */
  terms: string[];
}

const MIN_SHARED = 2;
/** Shared stems, as a share of the shorter quote's ... */
const SHARE = 0.4;
/** ... and of the longer one's. */
const SHARE_OF_LONGER = 0.2;
const STEM_LENGTH = 5;
/** Share of the pairs across two groups that must be exceeded by the variant pairs among them for the groups to merge (see linkedGroups). */
const LINKED = 0.5;
/** Weight of the evidence two variants need at least (see sharedEvidence and stemWeights). */
const MIN_MASS = 1.2;
/** Fewer distinct quotes than this in a corpus tell nothing about how common a stem is. */
const MIN_WEIGHED_QUOTES = 20;
/** Stems that more of a speaker's distinct quotes than this have do not make two of them worth comparing. */
const RARE_NODES = 64;

/** The suffixes stem takes off, and a doubled consonant left at the end ("stopp" of "stopped"). */
const STEM_SUFFIX = /(?:ations?|ingly|edly|ing|ed|ly|ies|es|s|ment|ments)$/;
const DOUBLED_CONSONANT_END = /([b-df-hj-np-tv-z])\1$/;

function stem(word: string): string {
  let w = word.replace(STEM_SUFFIX, '');
  if (w.length < 3) w = word;
  if (DOUBLED_CONSONANT_END.test(w)) w = w.slice(0, -1);
  return w.slice(0, STEM_LENGTH);
}

/** A raw word that carries no content: a function word, one letter, a lower-case particle ("al-Assad"). */
function isContent(raw: string, word: string): boolean {
  if (word.length < 2 || FUNCTION_WORDS.has(word)) return false;
  return !(word.length === 2 && raw === word);
}

/** Content stems of a quote's text, in order. */
export function contentSequence(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []) {
    const w = canonicalWord(raw);
    if (isContent(raw, w)) out.push(stem(w));
  }
  return out;
}

/** Content stems of a quote's text, each once. */
export function contentTerms(text: string): string[] {
  return [...new Set(contentSequence(text))];
}

/** The comparison key of a speaker name: its last name token, lower case. */
export function speakerKey(name: string): string {
  const tokens = withoutPossessive(name.toLowerCase()).match(/\p{L}+/gu) ?? [];
  return tokens.length ? tokens[tokens.length - 1] : '';
}

/** What the variant finder needs from a document's analysis. */
export function quoteEntries(analysis: DocumentAnalysis): QuoteEntry[] {
  const out: QuoteEntry[] = [];
  for (const q of analysis.quotes) {
    const speaker = q.speaker?.name;
    if (!speaker) continue;
    const key = speakerKey(speaker);
    const seq = contentSequence(q.text);
    const terms = [...new Set(seq)];
    if (key && terms.length >= MIN_SHARED) out.push({ start: q.start, end: q.end, speaker, key, seq, terms });
  }
  return out;
}

/** How much a shared stem weighs (0 to 1: see stemWeights); every stem weighs 1 when not given. */
export type Weight = (stem: string) => number;

/**
 * Shared stems of two quotes, the independent evidence they give and its weight (see the header: a run of
 * shared stems standing side by side in both counts as one less, and weighs its lightest stem less).
 */
export function sharedEvidence(a: { seq: readonly string[]; terms: readonly string[] }, b: { seq: readonly string[]; terms: readonly string[] }, weight: Weight = () => 1): { shared: number; evidence: number; mass: number } {
  const inB = new Set(b.terms);
  let shared = 0, mass = 0;
  for (const t of a.terms) if (inB.has(t)) { shared++; mass += weight(t); }
  if (shared < MIN_SHARED) return { shared, evidence: shared, mass };
  // adjacent pairs of b, to find the shared stems that stand side by side in both
  const pairsB = new Set<string>();
  for (let k = 1; k < b.seq.length; k++) pairsB.add(`${b.seq[k - 1]} ${b.seq[k]}`);
  let runs = 0, lightest = Infinity, inRun = false;
  const counted = new Set<string>();
  for (let k = 1; k <= a.seq.length; k++) {
    const pair = k < a.seq.length ? `${a.seq[k - 1]} ${a.seq[k]}` : '';
    const joined = k < a.seq.length && a.seq[k - 1] !== a.seq[k] && pairsB.has(pair) && !counted.has(pair);
    if (joined) {
      counted.add(pair);
      if (!inRun) { runs++; lightest = weight(a.seq[k - 1]); }
      lightest = Math.min(lightest, weight(a.seq[k]));
    } else if (inRun) mass -= lightest;
    inRun = joined;
  }
  return { shared, evidence: shared - runs, mass };
}

/** Whether two distinct quotes of one speaker report the same utterance. */
export function areVariants(a: { seq: readonly string[]; terms: readonly string[] }, b: { seq: readonly string[]; terms: readonly string[] }, weight?: Weight): boolean {
  const short = Math.min(a.terms.length, b.terms.length), long = Math.max(a.terms.length, b.terms.length);
  const { shared, evidence, mass } = sharedEvidence(a, b, weight);
  return evidence >= MIN_SHARED && shared >= SHARE * short && shared >= SHARE_OF_LONGER * long && (!weight || mass >= MIN_MASS);
}

/**
 * Stem weights from how many of the corpus's distinct quotes (of any speaker) have the stem: log(N / count) /
 * log(N), so that a stem in one quote weighs 1 and one in every quote 0 ("going", "people", "great" weigh
 * little among thousands of campaign quotes; "ceiling" and "precondition" much). With fewer than
 * MIN_WEIGHED_QUOTES quotes every stem weighs 1.
 */
function stemWeights(seqs: Iterable<readonly string[]>): Weight {
  const count = new Map<string, number>();
  let n = 0;
  for (const seq of seqs) { n++; for (const t of new Set(seq)) count.set(t, (count.get(t) ?? 0) + 1); }
  if (n < MIN_WEIGHED_QUOTES) return () => 1;
  const log = Math.log(n);
  return t => Math.log(n / (count.get(t) ?? 1)) / log;
}

interface Ref { file: string; q: QuoteEntry }
/** Quotes of one speaker with the same stems in order: one node of the comparison. */
interface Node { seq: string[]; terms: string[]; refs: Ref[] }

/** The groups of one speaker's quotes (refs), as lists of refs. */
function speakerGroups(refs: readonly Ref[], weight: Weight): Ref[][] {
  const byKey = new Map<string, Node>();
  for (const r of refs) {
    const k = r.q.seq.join(' ');
    let n = byKey.get(k);
    if (!n) byKey.set(k, (n = { seq: r.q.seq, terms: r.q.terms, refs: [] }));
    n.refs.push(r);
  }
  const nodes = [...byKey.values()];
  const comps = linkedGroups(nodes.length, variantEdges(nodes, weight));
  return comps.map(c => c.flatMap(i => nodes[i].refs));
}

/**
 * Pairs of nodes that are variants, the strongest first. Near-linear: a pair is a candidate only through a
 * stem at most RARE_NODES nodes have (see the header), and is checked in full only when the stems it shares
 * could be enough (as many and as heavy as areVariants asks, counting every common stem of the first as shared).
 */
function variantEdges(nodes: readonly Node[], weight: Weight): [number, number][] {
  const edges: [number, number, number][] = [];
  const byTerm = new Map<string, number[]>();
  nodes.forEach((n, i) => { for (const t of n.terms) { let l = byTerm.get(t); if (!l) byTerm.set(t, (l = [])); l.push(i); } });
  const stamp = new Int32Array(nodes.length).fill(-1), count = new Int32Array(nodes.length), mass = new Float64Array(nodes.length);
  const termSets = nodes.map(n => new Set(n.terms));
  const touched: number[] = [];
  nodes.forEach((n, i) => {
    let commonCount = 0, commonMass = 0;
    touched.length = 0;
    for (const t of n.terms) {
      const list = byTerm.get(t) as number[], w = weight(t);
      if (list.length > RARE_NODES) { commonCount++; commonMass += w; continue; }
      for (const j of list) {
        if (j <= i) continue;
        if (stamp[j] !== i) { stamp[j] = i; count[j] = 0; mass[j] = 0; touched.push(j); }
        count[j]++; mass[j] += w;
      }
    }
    for (const j of touched) {
      if (count[j] + commonCount < MIN_SHARED || mass[j] + commonMass < MIN_MASS) continue;
      let shared = count[j];
      if (commonCount) { shared = 0; for (const t of n.terms) if (termSets[j].has(t)) shared++; }
      if (shared < MIN_SHARED || shared < SHARE * Math.min(n.terms.length, nodes[j].terms.length)) continue;
      if (areVariants(n, nodes[j], weight)) edges.push([i, j, sharedEvidence(n, nodes[j], weight).mass]);
    }
  });
  return edges.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]).map(([i, j]) => [i, j]);
}

/**
 * Groups of nodes from variant pairs, without chaining: two groups merge over a pair only when at least
 * more than LINKED of the pairs across them are variants too (A ~ B and B ~ C do not make A ~ C on their own).
 */
function linkedGroups(n: number, edges: readonly [number, number][]): number[][] {
  const adjacent: Set<number>[] = Array.from({ length: n }, () => new Set());
  for (const [i, j] of edges) { adjacent[i].add(j); adjacent[j].add(i); }
  const groupOf = Int32Array.from({ length: n }, (_, i) => i);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  for (const [i, j] of edges) {
    let x = groupOf[i], y = groupOf[j];
    if (x === y) continue;
    if (members[x].length > members[y].length) [x, y] = [y, x];
    let across = 0;
    for (const m of members[x]) for (const k of adjacent[m]) if (groupOf[k] === y) across++;
    if (across <= LINKED * members[x].length * members[y].length) continue;
    for (const m of members[x]) { groupOf[m] = y; members[y].push(m); }
    members[x] = [];
  }
  return members.filter(m => m.length);
}

export function variantGroups(docs: readonly { file: string; quotes: readonly QuoteEntry[] }[]): QuoteVariantGroup[] {
  const buckets = new Map<string, Ref[]>();
  for (const d of docs) {
    for (const q of d.quotes) {
      let b = buckets.get(q.key);
      if (!b) buckets.set(q.key, (b = []));
      b.push({ file: d.file, q });
    }
  }
  const distinct = new Map<string, readonly string[]>();
  for (const d of docs) for (const q of d.quotes) distinct.set(q.seq.join(' '), q.seq);
  const weight = stemWeights(distinct.values());
  const groups: QuoteVariantGroup[] = [];
  for (const refs of buckets.values()) {
    if (refs.length < 2) continue;
    for (const members of speakerGroups(refs, weight)) {
      if (new Set(members.map(m => m.file)).size < 2) continue;
      members.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.q.start - y.q.start));
      const speaker = members.map(m => m.q.speaker).reduce((best, s) => (s.length > best.length ? s : best));
      groups.push({ speaker, quotes: members.map(m => ({ file: m.file, start: m.q.start, end: m.q.end })) });
    }
  }
  return groups.sort((g, h) => h.quotes.length - g.quotes.length || (g.speaker ?? '').localeCompare(h.speaker ?? '') || g.quotes[0].file.localeCompare(h.quotes[0].file) || g.quotes[0].start - h.quotes[0].start);
}

/**
 * The paraphrases (indirect quotes) of each group's speaker that report the utterance of the group: a paraphrase
 * goes with the group one of whose quotes, in another file, it is a variant of (areVariants, the stems weighed as
 * for the groups), the group with the heaviest shared evidence when several are. A paraphrase that holds one of the
 * group's quotes inside it (a mixed quote around its own fragment) is the quote's, not a paraphrase of it.
 */
export function attachParaphrases(groups: QuoteVariantGroup[], docs: readonly { file: string; quotes: readonly QuoteEntry[] }[], paraphrases: readonly { file: string; quotes: readonly QuoteEntry[] }[]): QuoteVariantGroup[] {
  if (!groups.length || !paraphrases.length) return groups;
  const entryAt = new Map<string, QuoteEntry>();
  for (const d of docs) for (const q of d.quotes) entryAt.set(`${d.file}\u0000${q.start}`, q);
  const distinct = new Map<string, readonly string[]>();
  for (const d of docs) for (const q of d.quotes) distinct.set(q.seq.join(' '), q.seq);
  const weight = stemWeights(distinct.values());
  // the groups' quotes by speaker key
  const byKey = new Map<string, { g: number; file: string; q: QuoteEntry }[]>();
  groups.forEach((grp, g) => {
    for (const p of grp.quotes) {
      const q = entryAt.get(`${p.file}\u0000${p.start}`);
      if (!q) continue;
      let l = byKey.get(q.key);
      if (!l) byKey.set(q.key, (l = []));
      l.push({ g, file: p.file, q });
    }
  });
  const attached = new Map<number, Passage[]>();
  for (const d of paraphrases) {
    for (const para of d.quotes) {
      const candidates = byKey.get(para.key);
      if (!candidates) continue;
      let best = -1, bestMass = 0;
      const inside = new Set<number>();
      for (const c of candidates) if (c.file === d.file && c.q.start >= para.start && c.q.end <= para.end) inside.add(c.g);
      for (const c of candidates) {
        if (c.file === d.file || inside.has(c.g) || !areVariants(para, c.q, weight)) continue;
        const { mass } = sharedEvidence(para, c.q, weight);
        if (mass > bestMass) { best = c.g; bestMass = mass; }
      }
      if (best < 0) continue;
      let l = attached.get(best);
      if (!l) attached.set(best, (l = []));
      l.push({ file: d.file, start: para.start, end: para.end });
    }
  }
  if (!attached.size) return groups;
  return groups.map((grp, g) => {
    const l = attached.get(g);
    return l ? { ...grp, paraphrases: l.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.start - y.start)) } : grp;
  });
}
