/**
 * Rule families "round up label" and "transcript label": a speaker's label and a colon before the quote, as in a
 * round-up of reactions or a transcript. Examples (PolNeAR train, but for the first):
 *   'Ann Perry, The Daily Ledger: “…”' → Ann Perry (round up label; what follows the comma is the person's outlet or
 *     role). The example (#12): no train or dev article has this layout, the held-out split has.
 *   'Rep. Trey Gowdy (R-S.C.): "I have not heard …' → Trey Gowdy (transcript label)
 *   'IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Mark Blumenthal and Jon Cohen: “…”' → Mark Blumenthal and Jon Cohen
 *   'Former secretary of state Hillary Rodham Clinton: “…”' → Hillary Rodham Clinton (titles only before the name)
 *   '"CLINTON: I feel a great deal of sympathy …', '"RAMOS:  Secretary Clinton, …' → Clinton, Ramos (a label in
 *     capitals opening the quote; Breitbart 2016-03-09; first written on a PolNeAR dev example, '"PENCE: Well, look, …')
 *   'Trump on Meet the Press: "I am very pro-choice."', 'Trump, on CNN in October: "…"' → Trump (where the labelled
 *     person spoke is no part of the name; a reader's report, no PolNeAR article has this layout)
 * Not 'told CNN:', 'some Catholics in public office:' or 'Frank quotes former Carter adviser Alfred Kahn:'.
 */
import { CUES, TITLE_CASE_LINK_WORDS, TITLES } from '../lexicon';
import { DASH_GAP } from '../../text/dashes';
import { placeNotGivenName } from '../../people/lexicon';
import { runAt } from '../names';
import { tokenAt, type Tok } from '../tokens';
import type { QuoteContext } from './context';
import { tokenCue } from './cue';
import { isFullName, nameMention, type Attribution, type Mention } from './mention';

/** The most tokens an outlet or role may take in a round-up's label ("Ann Perry, The Daily Ledger:"). */
const ROUND_UP_LABEL_MAX = 8;
/** A round-up label has at least a name's two words and a comma before its outlet or role. */
const ROUND_UP_LABEL_MIN = 3;
/** At most this many characters between a label's colon and the quote. */
const LABEL_GAP_MAX = 2;
/** How far into a quote a speaker label in capitals may reach ("MR. TRUMP:"). */
const QUOTE_LABEL_MAX_CHARS = 48;
/** A transcript's speaker label in capitals: "PENCE:", "MR. TRUMP:", "SEN. KAINE:" (not "Q:" or "U.S.:"). */
const QUOTE_LABEL = /^((?:[A-Z][A-Z'’-]+\.? ){0,3}[A-Z][A-Z'’-]+):\s/;

/** Prepositions that open where a labelled person spoke: "Trump on Meet the Press:", "Trump, on CNN in October:". */
const VENUE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at']);

/** The token before the quote is a colon right before it. */
function colonBeforeQuote(ctx: QuoteContext): boolean {
  const { toks, before } = ctx;
  return toks[before]?.t === ':' && ctx.qs - toks[before].e <= LABEL_GAP_MAX;
}

/** 'Ann Perry, The Daily Ledger: “…”': the person named first speaks, not their outlet or role. */
export function roundUpLabel(ctx: QuoteContext): Attribution | null {
  const { toks, before, startTok } = ctx;
  if (before < startTok + ROUND_UP_LABEL_MIN || !colonBeforeQuote(ctx) || !toks[startTok].cap) return null;
  const person = runAt(toks, startTok);
  const comma = person ? person.j : -1;
  if (person && person.i === startTok && isFullName(person) && toks[comma]?.t === ',' && before - comma <= ROUND_UP_LABEL_MAX
    && toks.slice(comma + 1, before).every(w => !w.punct || w.t === '.') && !CUES.has(toks[before - 1].l)) {
    return { mention: nameMention(toks, person.i, person.j), cue: tokenCue(toks[before]), rule: 'round up label' };
  }
  return null;
}

/** 'Rep. Trey Gowdy (R-S.C.): "I have not heard …': a name labelling the quote, opening its sentence or after a dash. */
export function transcriptLabel(ctx: QuoteContext): Attribution | null {
  const { toks, text, before, startTok } = ctx;
  if (before < startTok + 1 || !colonBeforeQuote(ctx)) return null;
  let label = ctx.subjectBefore(before - 1);
  // (the label opens the sentence, or follows a dash: "IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Mark
  // Blumenthal and Jon Cohen: “…”", a round-up's headline, then the authors of what it quotes)
  const startsLabel = (i: number) => i === startTok || toks[i - 1].punct || DASH_GAP.test(text.slice(toks[i - 1].e, toks[i].s));
  if (label && label.kind === 'name' && label.i - 2 >= startTok && toks[label.i - 1].l === 'and' && !startsLabel(label.i)) {
    const first = runAt(toks, label.i - 2);
    if (first && first.j === label.i - 1 && startsLabel(first.i)) label = nameMention(toks, first.i, label.j);
  }
  // (a Title Case headline capitalises its link word: "CNN President On Trump: ‘…’" is the president's, not "On Trump")
  if (label && label.kind === 'name') {
    for (let x = label.i + 1; x < label.j; x++) if (TITLE_CASE_LINK_WORDS.has(toks[x].t)) { label = nameMention(toks, label.i, x); break; }
  }
  // ("Former secretary of state Hillary Rodham Clinton:": the name that ends a description of titles)
  if (label && label.kind === 'description') label = nameEndingAt(toks, before) ?? label;
  label = venueLabel(toks, startTok, before) ?? label;
  // (a place opening the article's first line labels where the story is: "Aleppo: "Ampere" prices climb as state
  // electricity cuts reach 20 hours", an Enab Baladi-style probe, test/fixtures/outlets sy-enabbaladi-aleppo-ampere-generators.txt,
  // gave the quoted word to "Aleppo"; as the reported rules read "Liberia: …" and "Kinshasa: …", reported/headline.ts)
  if (label && label.i === 0 && placeNotGivenName(text.slice(label.s, label.e))) return null;
  // "Former secretary of state Hillary Rodham Clinton:" — titles only before the name
  const opensLabel = !!label && (startsLabel(label.i) || toks.slice(startTok, label.i).every(w => !w.punct && (TITLES.has(w.l) || w.l === 'of')));
  return label && label.kind === 'name' && opensLabel ? { mention: label, cue: tokenCue(toks[before]), rule: 'transcript label' } : null;
}

/**
 * A label of a name and where its person spoke, opening the sentence before the colon at `colon`: "Trump on Meet the
 * Press:", "Trump, on CNN in October:" → the name alone; null for any other label.
 */
function venueLabel(toks: Tok[], startTok: number, colon: number): Mention | null {
  let x = startTok;
  while (x < colon && toks[x].cap && !toks[x].punct) x++;
  if (x === startTok || !isNameRun(toks, startTok, x)) return null;
  const at = toks[x]?.t === ',' ? x + 1 : x;
  if (at >= colon - 1 || !VENUE_PREPOSITIONS.has(toks[at].t) || !toks[at + 1].cap) return null;
  for (let k = at + 1; k < colon; k++) if (toks[k].punct && toks[k].t !== '.') return null;
  return nameMention(toks, startTok, x);
}

/** The full name whose run of capitalised words ends right before token `end`, or null. */
function nameEndingAt(toks: Tok[], end: number): Mention | null {
  let i = end;
  while (i > 0 && toks[i - 1].cap && !toks[i - 1].punct) i--;
  const r = i < end ? runAt(toks, i) : null;
  return r && r.i === i && r.j === end && isFullName(r) ? nameMention(toks, r.i, r.j) : null;
}

/** Tokens [i, j) are one name's words (not "Asked" or "According"). */
function isNameRun(toks: Tok[], i: number, j: number): boolean {
  const r = runAt(toks, i);
  return !!r && r.i === i && r.j >= j;
}

/**
 * A transcript's speaker label in capitals opening the quote ('"PENCE: Well, look, …'): the label's words (titles
 * left out, in title case: "Pence", "Trump"), its mention and its colon; null when the quote opens with none. The label
 * and its colon stand inside the quote, before `innerEnd`: a headline's quote in capitals before the colon after its
 * closing mark is no label ("'HE DIDN'T DESERVE THIS': Family of man stabbed on TTC bus pleads for witnesses", a Toronto
 * Sun-style probe, test/fixtures/outlets ca-sun-stabbing-ttc.txt, was a speaker named "He Didn't Deserve This'").
 */
export function labelOpeningQuote(text: string, toks: Tok[], innerStart: number, innerEnd: number): { words: string[]; mention: Mention; cue: { s: number; e: number } } | null {
  const label = QUOTE_LABEL.exec(text.slice(innerStart, Math.min(innerEnd, innerStart + QUOTE_LABEL_MAX_CHARS)));
  if (!label) return null;
  const i = tokenAt(toks, innerStart), colon = tokenAt(toks, innerStart + label[1].length);
  const words = label[1].split(/\s+/).filter(w => !TITLES.has(w.toLowerCase())).map(w => w[0] + w.slice(1).toLowerCase());
  if (!words.length || colon <= i || toks[colon]?.t !== ':') return null;
  return { words, mention: { s: toks[i].s, e: toks[colon - 1].e, kind: 'name', i, j: colon }, cue: tokenCue(toks[colon]) };
}

/**
 * A paragraph that only announces a transcript, right before paragraphs of quote: "Transcript as follows:", "Partial
 * transcript as follows:", "Transcript:" (a Breitbart video post's layout).
 */
const TRANSCRIPT_LEAD_IN = /^(?:(?:partial|full|complete|edited)\s+)?transcript(?:\s+(?:as\s+follows|follows|below))?\s*:$/i;

/**
 * A transcript announced by the paragraph [s, e) before a paragraph of quote with no speaker label of its own: its
 * mention ("Transcript", "Partial transcript"), the colon as the cue; null for any other paragraph. PolNeAR takes the
 * transcript as the source of the quotes it introduces (PolNeAR train: Breitbart 2016-03-15, "Gov. John Kasich (R-OH),
 * said, “…” ⏎ Transcript as follows: ⏎ "Tonight we arrived in Cleveland, …", six paragraphs); whom it records is the
 * person quoted before it, the quotes stage's to say.
 */
export function transcriptLeadIn(text: string, toks: Tok[], s: number, e: number): { mention: Mention; cue: { s: number; e: number } } | null {
  if (!TRANSCRIPT_LEAD_IN.test(text.slice(s, e).trim())) return null;
  const i = tokenAt(toks, s), colon = tokenAt(toks, e - 1);
  let head = i;
  while (head < colon && toks[head].l !== 'transcript') head++;
  if (head >= colon || toks[colon]?.t !== ':') return null;
  return { mention: { s: toks[i].s, e: toks[head].e, kind: 'description', i, j: head + 1, head: 'transcript' }, cue: tokenCue(toks[colon]) };
}
