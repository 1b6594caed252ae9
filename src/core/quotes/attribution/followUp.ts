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
import { ARTICLES, CUES } from '../lexicon';
import { afterDateline, runAt } from '../names';
import { kindOfName } from '../../people/canonical';
import { isFullName, nameMention, type Attribution, type Mention } from './mention';
import { subjectAfter } from './subjectAfter';
import { isSpaceAt } from '../../text/wordShape';

/**
 * The opening of that sentence: "That was the message from", "Those were the words of", "That's how", "That is what",
 * "That quote from", "With those words", up to where the speaker is named. "This" opens it too, and "remarks" and
 * "lament" are its nouns: "“Every time they increase electricity, …” ⏎ This is what Mr Sipho Dlamini-Mavuso, a pensioner
 * of Sidwashini, told the Eswatini Observer …" (an Eswatini Observer-style probe, test/fixtures/outlets
 * sz-eswatiniobserver-eec-tariff-increase.txt), "“The rains have started …” ⏎ This is the lament of Kasungu farmer Esnart
 * Phiri-Chisale, 43, …" (a Nation-style probe, mw-nation-kasungu-aip-fertiliser.txt) and "“This is the price we were
 * praying for. …” ⏎ These were the remarks of Mr Rashidi Athumani Mkwawa-Nnauye, a farmer from Nanyamba, …" (a Daily
 * News-style probe, tz-dailynews-mtwara-cashew-auction.txt, s50-ug) had no speaker.
 */
const FOLLOW_UP = /^(?:(?:That|This|Those|These|Such)(?:['’]s|\s+(?:is|was|were|are))\s+(?:(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}?(?:message|words?|warning|advice|verdict|assessment|view|plea|promise|reaction|response|answer|sentiment|remarks|lament)\s+(?:from|of)|how|what)|(?:That|This|Those|These)\s+(?:quote|line|remark|words)\s+(?:from|of|by)|(?:With|In)\s+(?:those|these)\s+words|(?:The|A)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+who\s+(?:said|says|asked|asks|wrote|shouted)\s+(?:it|that|this),)\s+(?=\p{Lu})/u;
/**
 * "That was how" before a person written with a lower-case word or an age first, which FOLLOW_UP's capital leaves out:
 * "That was how 58-year-old Flagaman farmer Hortense McFarlane-Brown summed up the season" (a Jamaica Observer-style probe,
 * test/fixtures/outlets jm-observer-st-elizabeth-drought-farmers.txt, s49-se) and the unnamed "That is how one senior
 * emergency nurse at Fiona Stanley Hospital described a Tuesday night shift" (a West Australian-style probe,
 * au-westaustralian-ramping-record.txt, whose lede quote went to the minister quoted next): the name after the role
 * words, or the description itself. (Not a pronoun: "That's how we got Justice Kennedy", PolNeAR train.)
 */
const HOW_LOWER = /^(?:That|This)(?:['’]s|\s+(?:is|was))\s+how\s+(?=[\p{Ll}\d])/u;
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
  if (!m) return howLower(toks, text, p) ?? thatWasName(toks, text, p) ?? nameThenEcho(toks, text, p);
  const k = tokenAt(toks, p + m[0].length);
  const mention = nameAt(toks, k);
  if (!mention) return null;
  return { mention, cue: { s: p, e: p + m[0].trimEnd().length }, rule: 'named in the sentence after' };
}

/** "That was how 58-year-old … farmer NAME summed up …", "That is how one senior emergency nurse … described …" (HOW_LOWER). */
function howLower(toks: Tok[], text: string, p: number): Attribution | null {
  const m = HOW_LOWER.exec(text.slice(p, p + 20));
  if (!m) return null;
  const k = tokenAt(toks, p + m[0].length);
  const mention = subjectAfter(toks, k, Math.min(toks.length, k + MENTION_REACH));
  if (!mention || (mention.kind !== 'name' && mention.kind !== 'description')) return null;
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
 * A feature's lede: the quote at [quoteStart, quoteEnd) is the article's first quote and a paragraph of its own, right
 * after the headline (which ends at `titleEnd`) or after one paragraph more, a byline or the news in one paragraph
 * (LEDE_PARAGRAPH_MAX), and the next paragraph opens by introducing a person, its subject: a full name ("Kayla
 * Thibodeau-Marsh works as a care aide …"), a role set beside a full name ("The prefect of Mayotte, Laurent
 * Castagnier-Roux, presented …", ledeRoleThenName) or a name and an age ("Nadège, 34, an auxiliary nurse …",
 * ledeNameAndAge): that person, introduced as the one who said it. (Not a later paragraph's quote: there a name that
 * opens the next paragraph is as often someone new answering the last speaker.)
 * (s47-probes-qf: a Fraternité Matin-style lede after its byline, "By Rokia Sangaré-Bamba ⏎ "A ball that we sold at 100
 * FCFA …" ⏎ The president of the cooperative …, Mrs. Akissi Kouamé-Yao, summed up in these words …"; a Clicanoo-style
 * and a Mayotte la 1ère-style one after the news paragraph, test/fixtures/outlets: the three had no speaker or the
 * body of the paragraph before.)
 */
export function namedInLede(toks: Tok[], text: string, quoteStart: number, quoteEnd: number, titleEnd: number): Attribution | null {
  if (titleEnd <= 0 || quoteStart < titleEnd) return null;
  // (or a dateline before the quote, the paragraph's opening: "MARIPASOULA – “At this price, I take the pirogue out …” ⏎
  // Ronald Amiemba-Tolinga has been a piroguier on the Maroni …", a Guyane la 1ère-style probe, test/fixtures/outlets
  // gf-guyane1ere-maroni-fuel-prices.txt, s47-probes-qg, where the quote had no speaker; Ålandstidningen writes its lede
  // quote so too, "MARIEHAMN – “…” ⏎ That is how …", ax-alandstidningen-ahs-patient-fees.txt, named after)
  const first = tokenAt(toks, titleEnd), quoteTok = tokenAt(toks, quoteStart);
  const lede = first < quoteTok && afterDateline(toks, first, quoteTok + 1) === quoteTok ? toks[first].s : quoteStart;
  // (at most one paragraph, with no quote in it, between the headline and the lede: a bounded look)
  if (lede - titleEnd > LEDE_PARAGRAPH_MAX + LEDE_GAP_MAX) return null;
  const gap = text.slice(titleEnd, lede);
  if (!/\n\s*$/.test(gap) || QUOTE_MARK.test(gap) || gap.trim().split(/\n\s*\n/).filter(x => x.trim()).length > 1 || (/\S/.test(gap) && !/^\s*\n[ \t]*\n/.test(gap))) return null;
  const rest = /^[ \t]*\n\s*/.exec(text.slice(quoteEnd, quoteEnd + GAP_MAX + 2));
  if (!rest || !rest[0].includes('\n')) return null;
  const p = quoteEnd + rest[0].length, k = tokenAt(toks, p);
  if (toks[k]?.s !== p) return null;
  const mention = nameAt(toks, k);
  const verb = mention ? toks[tokenAt(toks, mention.e)] : undefined;
  if (!mention || mention.s !== p || !fullPersonName(text, mention) || !verb || verb.cap || verb.punct) return ledeRoleThenName(toks, text, k) ?? ledeNameAndAge(toks, k);
  return { mention, cue: { s: verb.s, e: verb.e }, rule: 'named in the sentence after' };
}

/** The most characters of the one paragraph (a byline, the news) a lede quote may follow the headline by. */
const LEDE_PARAGRAPH_MAX = 700;
/** A quotation mark (a quote before the lede's is no lede). */
const QUOTE_MARK = /["“”«»]/;
/** The most tokens of the role before the comma of "The prefect of Mayotte, NAME," (words of a body's name too). */
const LEDE_ROLE_REACH = 16;
/** The oldest age read in "Nadège, 34,". */
const AGE_MAX = 120;

/**
 * "The prefect of Mayotte, Laurent Castagnier-Roux, presented …": at token k an article and a lower-case word, then
 * words with no mark and no cue up to a comma, then a person's full name (an honorific before it) closed by a comma
 * and a lower-case word, its verb; that name.
 */
function ledeRoleThenName(toks: Tok[], text: string, k: number): Attribution | null {
  if (!ARTICLES.has(toks[k]?.l ?? '') || !toks[k + 1] || toks[k + 1].cap || toks[k + 1].punct) return null;
  let c = k + 1;
  while (c < toks.length && c < k + LEDE_ROLE_REACH && (!toks[c].punct || toks[c].t === '(' || toks[c].t === ')') && !CUES.has(toks[c].l)) c++;
  if (toks[c]?.t !== ',') return null;
  const r = runAt(toks, c + 1);
  if (!r || r.i !== c + 1 || !fullPersonName(text, nameMention(toks, r.i, r.j)) || toks[r.j]?.t !== ',') return null;
  const verb = toks[r.j + 1];
  if (!verb || verb.cap || verb.punct) return null;
  return { mention: nameMention(toks, r.i, r.j), cue: { s: verb.s, e: verb.e }, rule: 'named in the sentence after' };
}

/** "Nadège, 34, an auxiliary nurse …": at token k one capitalised word, then an age between commas; that name. */
function ledeNameAndAge(toks: Tok[], k: number): Attribution | null {
  const name = toks[k], age = toks[k + 2];
  if (!name?.cap || name.punct || toks[k + 1]?.t !== ',' || !age || !/^\d{1,3}$/.test(age.t) || Number(age.t) > AGE_MAX || toks[k + 3]?.t !== ',') return null;
  const after = toks[k + 4];
  if (!after || after.cap || after.punct) return null;
  return { mention: nameMention(toks, k, k + 1), cue: { s: age.s, e: age.e }, rule: 'named in the sentence after' };
}
