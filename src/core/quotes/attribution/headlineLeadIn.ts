/**
 * Rule family "headline lead-in": a quote right after the word "headline" (or "headlines"), past a relative and a verb
 * of reading or saying, is the headline's words, not those of a person the sentence names. Examples (PolNeAR train, a
 * reader's report, 44th session):
 *   'Palin posted her message under a headline that said, “ISIS Declares Death to Children With Down Syndrome.”' → a
 *     headline, not Palin (Western Journal 2015-12-16; was the sentence's subject)
 *   'The snarky, anti-GOP/Obama water-carrying headline reads: “Repeat after me: Obama is not admitting …”' → headline,
 *     not Obama (Breitbart 2015-11-17; was the colon lead-in's name inside "anti-GOP/Obama")
 *   "Breitbart News, a conservative website that has run stories with headlines such as ''Birth control makes women
 *     unattractive and crazy''" → headlines, not Mr. Trump (NYT 2016-09-07; the annotators' source is the website)
 * A word of reading or saying stands between (or "such as"): not 'The tabloid Bild ran the headline „Wir lassen die Ukraine
 * nicht im Stich“' (test/fixtures/outlets de-dw-merz-zelenskyy-air-defense.txt, where the German words read as a name
 * "Wir" after the noun) nor "The piece used one of the woman's quotes as its headline: “Finally. …”" (PolNeAR dev, the
 * woman's words). Not "He explained the Drudge headline by saying: “…”" (a cue of its own) nor "headline writers (''…''".
 */
import { DETERMINERS } from '../lexicon';
import type { QuoteContext } from './context';
import { tokenCue } from './cue';
import type { Attribution } from './mention';

/** The nouns of a headline. */
const HEADLINE_NOUNS: ReadonlySet<string> = new Set(['headline', 'headlines']);
/** Words that may stand between the headline and its quote: a relative, a verb of reading or saying, "such as", marks. */
const HEADLINE_LINKS: ReadonlySet<string> = new Set(['that', 'which', 'read', 'reads', 'reading', 'said', 'says', 'saying', 'such', 'as', 'like',
  'declared', 'declares', 'declaring', 'blared', 'blares', 'blaring', 'screamed', 'screams', 'screaming', ',', ':']);
/** The most link tokens between the headline and the quote ("that said,", "such as"). */
const LINK_REACH = 3;
/** The most words in lower case before the headline noun back to its article ("a snarky new headline"). */
const MODIFIER_REACH = 3;

/** The quote's lead-in ends on a headline: the description of that headline, as the speaker; null otherwise. */
export function headlineLeadIn(ctx: QuoteContext): Attribution | null {
  const { toks, before, startTok } = ctx;
  let h = before, words = 0;
  for (; h >= startTok && before - h < LINK_REACH && HEADLINE_LINKS.has(toks[h].l); h--) if (!toks[h].punct) words++;
  // (a word of reading or saying between: not the headline noun alone before its quote, "ran the headline „Wir lassen …“"
  // and "used one of the woman's quotes as its headline: “…”", whose words are another's)
  if (h < startTok || words === 0 || !HEADLINE_NOUNS.has(toks[h].l) || toks[h].cap) return null;
  // (its article or determiner when only words in lower case stand between: "a headline", "the stark new headline")
  let i = h;
  for (let k = h - 1; k >= startTok && h - k <= MODIFIER_REACH + 1; k--) {
    const w = toks[k];
    if (DETERMINERS.has(w.l)) { i = k; break; }
    if (w.punct || w.cap) break;
  }
  const mention = { s: toks[i].s, e: toks[h].e, kind: 'description', i, j: h + 1, head: toks[h].l } as const;
  return { mention, cue: tokenCue(toks[before]), rule: 'headline lead-in' };
}
