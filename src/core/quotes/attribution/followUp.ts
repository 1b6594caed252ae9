/**
 * Rule family "named in the sentence after": a quote that is a sentence of its own, with no cue, followed by a
 * sentence that names whose words they were, the feature writer's lead. Examples (test/fixtures/outlets):
 *   "“We're not going anywhere.” That was the message from Chief Wilfred King of the Gull Bay First Nation on Tuesday." → Wilfred King
 *   "“People think a store is about groceries. …” ⏎ That's how Marie-Josée Gagnon-Poirier describes the general store …" → Marie-Josée Gagnon-Poirier
 *   '"I'd rather have a sister in a whorehouse than a brother in the FBI." That quote from Alabama Securities
 *     Commissioner Thomas Krebs appeared on the front page …' (PolNeAR train) → Thomas Krebs
 *   "“… Where am I supposed to go?” ⏎ Rosalind Featherstone-Abara asked the question at a packed tenants’ meeting …" → Rosalind Featherstone-Abara
 *   "“I've been hearing 'everything is on the table' since 2021.” ⏎ That was Marcus Delahaye-Fung, who runs a small bakery …" → Marcus Delahaye-Fung
 *   "“Six per cent sounds small until it's your kid's chemo appointment.” ⏎ The woman who said it, Delphine Arsenault-Ko, later told CBC News …" → Delphine Arsenault-Ko
 *   "“We cannot keep running the ferries on yesterday's prices.” ⏎ With those words Infrastructure Minister Jonas Kullberg
 *     (C) on Wednesday defended …" (a Nya Åland-style probe, ax-nyaaland-archipelago-ferry-fares, s47-probes-qg) → Jonas Kullberg
 *   a feature's lede, the quote the first paragraph after the headline: "“I've lost two shifts this month because the
 *     boat didn't run.” ⏎ Kayla Thibodeau-Marsh works as a care aide in Nanaimo …" → Kayla Thibodeau-Marsh
 */
import { tokenAt, type Tok } from '../tokens';
import { kindOfName } from '../../people/canonical';
import { isFullName, type Attribution, type Mention } from './mention';
import { subjectAfter } from './subjectAfter';
import { isSpaceAt } from '../../text/wordShape';
import { afterDateline } from '../names';

/**
 * The opening of that sentence: "That was the message from", "Those were the words of", "That's how", "That is what",
 * "That quote from", "With those words", up to where the speaker is named.
 */
const FOLLOW_UP = /^(?:(?:That|Those|These|Such)(?:['’]s|\s+(?:is|was|were|are))\s+(?:(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}?(?:message|words?|warning|advice|verdict|assessment|view|plea|promise|reaction|response|answer|sentiment)\s+(?:from|of)|how|what)|(?:That|This|Those|These)\s+(?:quote|line|remark|words)\s+(?:from|of|by)|(?:With|In)\s+(?:those|these)\s+words|(?:The|A)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+who\s+(?:said|says|asked|asks|wrote|shouted)\s+(?:it|that|this),)\s+(?=\p{Lu})/u;
/**
 * "That was Marcus Delahaye-Fung, who runs …": the bare "That was", then a person's full name ended by a comma or a
 * stop (not "That was Tuesday", "That was Canada's answer").
 */
const THAT_WAS = /^(?:That|This)\s+(?:was|is)\s+(?=\p{Lu})/u;
/**
 * Or the name first and words that point back at the quote: "asked the question", "posed that question", "put it this
 * way". (Not "said that", "said this": "Rubio said that the only thing …", "said this week" are reports of their own.)
 */
const ECHO_AFTER_NAME = /^\s+(?:(?:asked|posed|raised)\s+(?:the|that|this)\s+question|put\s+it\s+(?:this\s+way|that\s+way|bluntly|simply))\b/;
/** How much text after the quote is read for that sentence (white space and a paragraph break). */
const GAP_MAX = 4;
/** The most blank characters between a headline and a lede quote. */
const LEDE_GAP_MAX = 8;
/** How many tokens the speaker's mention may take. */
const MENTION_REACH = 12;

/** The name that opens at token k, within MENTION_REACH tokens (subjectAfter), or null when none does. */
function nameAt(toks: Tok[], k: number): Mention | null {
  const mention = subjectAfter(toks, k, Math.min(toks.length, k + MENTION_REACH));
  return mention && mention.kind === 'name' ? mention : null;
}

/** The name m is a person's full name ("Marcus Delahaye-Fung"; not "Delahaye-Fung" alone, nor a body's name). */
const fullPersonName = (text: string, m: Mention): boolean => isFullName(m) && kindOfName(text.slice(m.s, m.e)) === 'person';

/** The speaker the sentence right after the quote (ending at `quoteEnd`) names, or null. */
export function namedAfter(toks: Tok[], text: string, quoteEnd: number): Attribution | null {
  let p = quoteEnd;
  while (p < text.length && p - quoteEnd <= GAP_MAX && isSpaceAt(text, p)) p++;
  if (p - quoteEnd > GAP_MAX) return null;
  const m = FOLLOW_UP.exec(text.slice(p, p + 120));
  if (!m) return thatWasName(toks, text, p) ?? nameThenEcho(toks, text, p);
  const k = tokenAt(toks, p + m[0].length);
  const mention = nameAt(toks, k);
  if (!mention) return null;
  return { mention, cue: { s: p, e: p + m[0].trimEnd().length }, rule: 'named in the sentence after' };
}

/** "That was Marcus Delahaye-Fung, who …": the sentence at `p` is "That was" and a person's full name set off. */
function thatWasName(toks: Tok[], text: string, p: number): Attribution | null {
  const m = THAT_WAS.exec(text.slice(p, p + 20));
  if (!m) return null;
  const k = tokenAt(toks, p + m[0].length);
  const mention = nameAt(toks, k);
  const after = mention ? toks[tokenAt(toks, mention.e)] : undefined;
  if (!mention || !after || !/^[,.]$/.test(after.t) || !fullPersonName(text, mention)) return null;
  return { mention, cue: { s: p, e: p + m[0].trimEnd().length }, rule: 'named in the sentence after' };
}

/** "Rosalind Featherstone-Abara asked the question at …": the sentence at `p` opens with the name, then the echo. */
function nameThenEcho(toks: Tok[], text: string, p: number): Attribution | null {
  const k = tokenAt(toks, p);
  if (toks[k]?.s !== p) return null;
  const mention = nameAt(toks, k);
  if (!mention || mention.s !== p) return null;
  const echo = ECHO_AFTER_NAME.exec(text.slice(mention.e, mention.e + 60));
  if (!echo) return null;
  const s = mention.e + echo[0].length - echo[0].trimStart().length;
  return { mention, cue: { s, e: mention.e + echo[0].length }, rule: 'named in the sentence after' };
}

/**
 * A feature's lede: the quote at [quoteStart, quoteEnd) is the whole first paragraph after the headline (which ends at
 * `titleEnd`), and the next paragraph opens with a person's full name, its subject ("Kayla Thibodeau-Marsh works as a
 * care aide …"): that person, introduced as the one who said it. (Not a later paragraph's quote: there a name that
 * opens the next paragraph is as often someone new answering the last speaker.)
 */
export function namedInLede(toks: Tok[], text: string, quoteStart: number, quoteEnd: number, titleEnd: number): Attribution | null {
  if (titleEnd <= 0 || quoteStart < titleEnd) return null;
  // (or a dateline before the quote, the paragraph's opening: "MARIPASOULA – “At this price, I take the pirogue out …” ⏎
  // Ronald Amiemba-Tolinga has been a piroguier on the Maroni …", a Guyane la 1ère-style probe, test/fixtures/outlets
  // gf-guyane1ere-maroni-fuel-prices.txt, s47-probes-qg, where the quote had no speaker; Ålandstidningen writes its lede
  // quote so too, "MARIEHAMN – “…” ⏎ That is how …", ax-alandstidningen-ahs-patient-fees.txt, named after)
  const first = tokenAt(toks, titleEnd), quoteTok = tokenAt(toks, quoteStart);
  const lede = first < quoteTok && afterDateline(toks, first, quoteTok + 1) === quoteTok ? toks[first].s : quoteStart;
  // (only blank lines between the headline and the lede: a bounded look, whatever the text's length)
  if (lede - titleEnd > LEDE_GAP_MAX) return null;
  const gap = text.slice(titleEnd, lede);
  if (/\S/.test(gap) || !gap.includes('\n')) return null;
  const rest = /^[ \t]*\n\s*/.exec(text.slice(quoteEnd, quoteEnd + GAP_MAX + 2));
  if (!rest || !rest[0].includes('\n')) return null;
  const p = quoteEnd + rest[0].length, k = tokenAt(toks, p);
  if (toks[k]?.s !== p) return null;
  const mention = nameAt(toks, k);
  const verb = mention ? toks[tokenAt(toks, mention.e)] : undefined;
  if (!mention || mention.s !== p || !fullPersonName(text, mention) || !verb || verb.cap || verb.punct) return null;
  return { mention, cue: { s: verb.s, e: verb.e }, rule: 'named in the sentence after' };
}
