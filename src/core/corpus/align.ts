/**
 * Matching two articles (or one article with itself): from shared shingles to aligned passages.
 *
 * 1. Every seed (a shingle standing at word i of A and word j of B) is grown into a maximal exact match
 *    along its diagonal (MEM).
 * 2. MEMs are chained in order when the gaps between them are small: up to 60 words inside one paragraph
 *    on both sides (inserted, deleted, substituted words, a dropped sentence), 12 words across paragraphs.
 * 3. The gaps of a chain are aligned word by word (longest common subsequence), giving matched word pairs.
 * 4. The matched pairs are cut into pieces at the paragraph boundaries of either side; each piece is
 *    trimmed of sentences it covers less than half, snapped to whole sentences, and kept when it matches
 *    at least 8 words with a similarity (2·matched / (words of A + words of B)) of at least SIM_MIN. A piece
 *    that matches 40% of a paragraph stands for the whole paragraph (a copy that dropped a sentence).
 */
import { K } from './shingles';
import { FURNITURE, PARA_START, SENT_START, type DocTokens } from './tokenize';

/** A matched passage pair, as character offsets into A and B. */
export interface MatchPiece {
  as: number;
  ae: number;
  bs: number;
  be: number;
  similarity: number;
  /** Every word matched (by folded ids): see folding.ts for whether the texts are the same. */
  exact: boolean;
  /** With `exact`: the first word of each side and the number of words. */
  at?: number;
  bt?: number;
  words?: number;
}

export const MIN_MATCHED_WORDS = 8;
export const SIM_MIN = 0.78;
/** A sentence at either end of a piece is kept when at least this share of its words is matched. */
const SENTENCE_COVER = 0.5;
/** A piece is widened to its whole paragraph when it matches at least this share of the paragraph's words. */
const PARAGRAPH_COVER = 0.4;
const GAP_IN_PARAGRAPH = 60;
const GAP_ACROSS = 12;
const DP_MAX_CELLS = 4096;
/** Open chains are pruned of dead ones when there are more than this many (see chainMatches). */
const OPEN_PRUNE = 16;
/** Words before the first and after the last exact match of a chain that are aligned too. */
const END_WINDOW = 12;
const SHIFT = 2 ** 23;

const eq = (A: DocTokens, i: number, B: DocTokens, j: number): boolean =>
  A.ids[i] === B.ids[j] && !(A.flags[i] & FURNITURE) && !(B.flags[j] & FURNITURE);

/** True when no paragraph starts in the words (from, to]. */
function oneParagraph(D: DocTokens, from: number, to: number): boolean {
  for (let t = from + 1; t <= to && t < D.length; t++) if (D.flags[t] & PARA_START) return false;
  return true;
}

interface Mem { a0: number; b0: number; len: number }

function maximalMatches(A: DocTokens, B: DocTokens, si: Int32Array, sj: Int32Array, n: number, same: boolean): Mem[] {
  const keys = new Float64Array(n);
  for (let s = 0; s < n; s++) keys[s] = (sj[s] - si[s] + SHIFT) * SHIFT + si[s];
  keys.sort();
  const mems: Mem[] = [];
  let curDiag = NaN, curEnd = -1;
  for (let s = 0; s < n; s++) {
    const i = keys[s] % SHIFT, diag = Math.floor(keys[s] / SHIFT) - SHIFT, j = i + diag;
    if (diag === curDiag && i < curEnd) continue;
    // not back past the previous match on this diagonal: a text repeating itself (diagonal = its period) is
    // tiled into one match per repeat, each found once
    const floor = diag === curDiag ? curEnd : 0;
    let a0 = i, b0 = j;
    while (a0 > floor && b0 > 0 && eq(A, a0 - 1, B, b0 - 1)) { a0--; b0--; }
    // (within one text a match ends where its copy begins: extending past it would only be cut back)
    const aEnd = same ? Math.min(A.length, b0) : A.length;
    let a1 = i, b1 = j;
    while (a1 < aEnd && b1 < B.length && eq(A, a1, B, b1)) { a1++; b1++; }
    if (same && a1 > b0) a1 = b0;
    curDiag = diag;
    curEnd = Math.max(a1, i + 1);
    if (a1 - a0 >= K) mems.push({ a0, b0, len: a1 - a0 });
  }
  mems.sort((x, y) => x.a0 - y.a0 || x.b0 - y.b0);
  return mems;
}

/** Chains of MEMs (each trimmed so that the chain increases strictly on both sides). */
function chainMatches(A: DocTokens, B: DocTokens, mems: Mem[]): Mem[][] {
  const chains: Mem[][] = [];
  /** The chains a match may still extend (MEMs come by start in A: one ending too far before can never be). */
  let open: Mem[][] = [];
  for (const m of mems) {
    let best: Mem[] | null = null, bestCost = Infinity, bestTrim = 0;
    if (open.length > OPEN_PRUNE) open = open.filter(c => { const l = c[c.length - 1]; return l.a0 + l.len + GAP_IN_PARAGRAPH >= m.a0; });
    for (const c of open) {
      const last = c[c.length - 1];
      const cA = last.a0 + last.len, cB = last.b0 + last.len;
      const trim = Math.max(0, cA - m.a0, cB - m.b0);
      if (trim >= m.len) continue;
      const gA = m.a0 + trim - cA, gB = m.b0 + trim - cB;
      if (gA > GAP_IN_PARAGRAPH || gB > GAP_IN_PARAGRAPH) continue;
      const limit = gA <= GAP_ACROSS && gB <= GAP_ACROSS ? GAP_ACROSS
        : oneParagraph(A, cA - 1, m.a0 + trim) && oneParagraph(B, cB - 1, m.b0 + trim) ? GAP_IN_PARAGRAPH : GAP_ACROSS;
      if (gA > limit || gB > limit) continue;
      const cost = gA + gB + trim;
      if (cost < bestCost) { bestCost = cost; best = c; bestTrim = trim; }
    }
    if (best) best.push({ a0: m.a0 + bestTrim, b0: m.b0 + bestTrim, len: m.len - bestTrim });
    else { chains.push([m]); open.push(chains[chains.length - 1]); }
  }
  return chains;
}

/**
 * The table of alignGap, shared by every call (matching is synchronous): a new typed array per gap (most are a few
 * hundred bytes, each its own buffer outside V8's heap) cost more than filling it. Grown as needed.
 */
let lcsTable = new Uint16Array(2 * DP_MAX_CELLS);

/** Longest common subsequence of A[a0,a1) and B[b0,b1), appended to pa/pb in order. */
function alignGap(A: DocTokens, a0: number, a1: number, B: DocTokens, b0: number, b1: number, pa: number[], pb: number[]): void {
  const n = a1 - a0, m = b1 - b0;
  if (n <= 0 || m <= 0 || n * m > DP_MAX_CELLS) return;
  const w = m + 1;
  if (lcsTable.length < (n + 1) * w) lcsTable = new Uint16Array((n + 1) * w);
  const L = lcsTable;
  // the last row and column are zero; every other cell is written before it is read
  L.fill(0, n * w, (n + 1) * w);
  for (let x = 0; x < n; x++) L[x * w + m] = 0;
  for (let x = n - 1; x >= 0; x--) {
    for (let y = m - 1; y >= 0; y--) {
      L[x * w + y] = eq(A, a0 + x, B, b0 + y) ? L[(x + 1) * w + y + 1] + 1 : Math.max(L[(x + 1) * w + y], L[x * w + y + 1]);
    }
  }
  let x = 0, y = 0;
  while (x < n && y < m) {
    if (eq(A, a0 + x, B, b0 + y)) { pa.push(a0 + x); pb.push(b0 + y); x++; y++; }
    else if (L[(x + 1) * w + y] >= L[x * w + y + 1]) x++;
    else y++;
  }
}

/** Longest stretch scanned for a sentence or paragraph boundary (text without any stays linear). */
const SCAN_LIMIT = 2000;

function sentenceStart(D: DocTokens, t: number): number {
  for (const stop = t - SCAN_LIMIT; t > 0 && t > stop && !(D.flags[t] & (SENT_START | PARA_START));) t--;
  return t;
}
function sentenceEnd(D: DocTokens, t: number): number {
  for (const stop = t + SCAN_LIMIT; t + 1 < D.length && t < stop && !(D.flags[t + 1] & (SENT_START | PARA_START | FURNITURE));) t++;
  return t;
}

/** Matched pairs [lo, hi] narrowed until the first and last sentence on each side are mostly matched. */
function trimToSentences(A: DocTokens, B: DocTokens, pa: number[], pb: number[], lo: number, hi: number): [number, number] {
  for (let changed = true; changed && lo <= hi;) {
    changed = false;
    for (const [D, p] of [[A, pa], [B, pb]] as const) {
      if (lo > hi) break;
      const s0 = sentenceStart(D, p[lo]), e0 = sentenceEnd(D, p[lo]);
      let k = lo;
      while (k <= hi && p[k] <= e0) k++;
      if (k - lo < SENTENCE_COVER * (e0 - s0 + 1)) { lo = k; changed = true; }
      if (lo > hi) break;
      const s1 = sentenceStart(D, p[hi]), e1 = sentenceEnd(D, p[hi]);
      k = hi;
      while (k >= lo && p[k] >= s1) k--;
      if (hi - k < SENTENCE_COVER * (e1 - s1 + 1)) { hi = k; changed = true; }
    }
  }
  return [lo, hi];
}

/**
 * Words of the whole sentences spanned by the matched words p[lo..hi], not counting sentences without a
 * matched word between two matched words (a sentence the other copy dropped).
 */
function spanWords(D: DocTokens, p: number[], lo: number, hi: number): number {
  let words = sentenceEnd(D, p[hi]) - sentenceStart(D, p[lo]) + 1;
  for (let k = lo + 1; k <= hi; k++) {
    for (let t = p[k - 1] + 1; t < p[k]; t++) {
      if (!(D.flags[t] & (SENT_START | PARA_START))) continue;
      const e = sentenceEnd(D, t);
      if (e >= p[k]) break;
      words -= e - t + 1;
      t = e;
    }
  }
  return words;
}

function paragraphStart(D: DocTokens, t: number): number {
  for (const stop = t - SCAN_LIMIT; t > 0 && t > stop && !(D.flags[t] & PARA_START);) t--;
  return t;
}
function paragraphEnd(D: DocTokens, t: number): number {
  for (const stop = t + SCAN_LIMIT; t + 1 < D.length && t < stop && !(D.flags[t + 1] & (PARA_START | FURNITURE));) t++;
  return t;
}

/** The words [s, e] widened to their whole paragraph when `matched` covers enough of it. */
function widenToParagraph(D: DocTokens, s: number, e: number, matched: number): [number, number] {
  const ps = paragraphStart(D, s), pe = paragraphEnd(D, e);
  return matched >= PARAGRAPH_COVER * (pe - ps + 1) ? [ps, pe] : [s, e];
}

function pieceOf(A: DocTokens, B: DocTokens, pa: number[], pb: number[], lo0: number, hi0: number, same: boolean): MatchPiece | null {
  const [lo, hi] = trimToSentences(A, B, pa, pb, lo0, hi0);
  const matched = hi - lo + 1;
  if (matched < MIN_MATCHED_WORDS) return null;
  const [sa, ea] = widenToParagraph(A, sentenceStart(A, pa[lo]), sentenceEnd(A, pa[hi]), matched);
  const [sb, eb] = widenToParagraph(B, sentenceStart(B, pb[lo]), sentenceEnd(B, pb[hi]), matched);
  if (same && ea >= sb) return null;
  const na = ea - sa + 1, nb = eb - sb + 1;
  const similarity = (2 * matched) / (na + nb);
  if ((2 * matched) / (spanWords(A, pa, lo, hi) + spanWords(B, pb, lo, hi)) < SIM_MIN) return null;
  const exact = matched === na && matched === nb;
  const piece: MatchPiece = { as: A.starts[sa], ae: A.ends[ea], bs: B.starts[sb], be: B.ends[eb], similarity, exact };
  if (exact) { piece.at = sa; piece.bt = sb; piece.words = na; }
  return piece;
}

/**
 * Passages shared by A and B, from the seeds (si[s], sj[s]), s < n. With `same`, A and B are one
 * document and every seed has sj > si.
 */
export function matchPair(A: DocTokens, B: DocTokens, si: Int32Array, sj: Int32Array, n: number, same: boolean): MatchPiece[] {
  const out: MatchPiece[] = [];
  for (const chain of chainMatches(A, B, maximalMatches(A, B, si, sj, n, same))) {
    let matched = 0;
    for (const m of chain) matched += m.len;
    if (matched < MIN_MATCHED_WORDS * 0.75) continue;
    const pa: number[] = [], pb: number[] = [];
    const first = chain[0];
    alignGap(A, Math.max(paragraphStart(A, first.a0), first.a0 - END_WINDOW), first.a0,
      B, Math.max(paragraphStart(B, first.b0), first.b0 - END_WINDOW), first.b0, pa, pb);
    chain.forEach((m, c) => {
      if (c > 0) {
        const prev = chain[c - 1];
        alignGap(A, prev.a0 + prev.len, m.a0, B, prev.b0 + prev.len, m.b0, pa, pb);
      }
      for (let t = 0; t < m.len; t++) { pa.push(m.a0 + t); pb.push(m.b0 + t); }
    });
    const a1 = pa[pa.length - 1] + 1, b1 = pb[pb.length - 1] + 1;
    const aLimit = same ? Math.min(pb[0], paragraphEnd(A, a1 - 1) + 1) : paragraphEnd(A, a1 - 1) + 1;
    alignGap(A, a1, Math.min(aLimit, a1 + END_WINDOW), B, b1, Math.min(paragraphEnd(B, b1 - 1) + 1, b1 + END_WINDOW), pa, pb);
    let lo = 0;
    for (let k = 1; k <= pa.length; k++) {
      if (k < pa.length && oneParagraph(A, pa[k - 1], pa[k]) && oneParagraph(B, pb[k - 1], pb[k])) continue;
      const piece = pieceOf(A, B, pa, pb, lo, k - 1, same);
      if (piece) out.push(piece);
      lo = k;
    }
  }
  return out;
}
