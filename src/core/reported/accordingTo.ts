/**
 * Rule family 3 — "according to X": "According to Trump, he was once part of the so-called establishment",
 * "The 56-year-old often traveled for work, according to the news site", "Clinton leads by 6 points according to a
 * new poll". The source is what follows "according to" (found as for direct quotes, ../quotes/attribution/accordingTo.ts);
 * the content is the rest of the clause. A bracketed gloss after the source keeps its commas: "According to a survey by
 * the Chamber of Labour (Arbeiterkammer, AK) in Tyrol, the share of Austrian families who go on a ski holiday has fallen
 * by 12 percent in ten years" (probes-dd, see bracketClose). A sentence that opens with "According to X," goes on past
 * "and" to its next end, unless what follows has a "say|tell" of its own: "According to ProPublica, ⟦Clinton praised her
 * "wonderful donors" in the audience, and she asked the bankers to voluntarily suspend foreclosures …⟧", "According to
 * State Department cables …, ⟦Mr. Manafort and his colleagues Phil Griffin and Catherine Barnes frequently pressed
 * American diplomats …⟧" (PolNeAR train, 39th session: 1 gained, 0 lost, 2 false positives removed, none added),
 * "According to the Public Utilities Board, ⟦Betio's population …, and its wells are no longer safe to drink from⟧" (a
 * Kiribati Independent-style probe); not "…, and the agency has said ⟦it needs US$570 million …⟧" (a TOLOnews-style probe).
 */
import { accordingToSourceAt } from '../quotes/attribution';
import { APPOSITION_OPENERS, BACKGROUND_SUBORDINATORS, CLAUSE_BEFORE_SOURCE, COORDINATORS, CUES, FINITE_SAY_TELL_FORM, INDEFINITE_ARTICLES, RELATIVES } from '../quotes/lexicon';
import { inClass } from '../text/wordClasses';
import { wordEnd, type Tok } from '../quotes/tokens';
import { clauseStart, costBeforeAmount, finite, presentTense } from './bareClause';
import { contentEnd, contentSpan, dashAt, MAX_CONTENT, words } from './clause';
import { hasVerb } from './sayClause';
import { contentStart } from './fronted';
import { type Report, reportOf, type SentenceContext } from './report';
import { sourceListEnd } from './sourcePhrase';
import { verbAt } from './speaker';
import { wordSet } from '../people/lexicon';
import { SINGULAR_DEMONSTRATIVES } from '../text/determiners';

/** The subject of an existential clause ("there were …"). */
const EXISTENTIAL = 'there';

/** How far past the source's comma an apposition of the source may run ("…, a close friend of Mrs. Clinton's who died in 2000,"). */
const MAX_APPOSITION = 16;

/**
 * True when a token from `from` to `to` is a cue word (not capitalised) that stands as a verb (./speaker.ts verbAt): not
 * "pledged" between a number and its noun, "Clinton leads Sanders by 271 ⟨pledged⟩ delegates according to a count by The
 * Associated Press" (PolNeAR train, Breitbart 2016-05-24, 46th session: read as a sentence with a say-verb of its own).
 */
function hasCue(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!toks[k].cap && CUES.has(toks[k].l) && verbAt(toks, k, true)) return true;
  return false;
}

/** True when a token from `from` to `to` is a finite "say" or "tell" (not capitalised): another reporter's report. */
function hasSayCue(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!toks[k].cap && inClass(toks[k], FINITE_SAY_TELL_FORM)) return true;
  return false;
}

/**
 * Where the clause that "…, according to X" attributes begins: at the sentence's last ", which" — "…, ⟦which stood
 * at 263⟧, according to the Associated Press" (PolNeAR's annotators attribute the relative clause, not the sentence;
 * after ", and" or ", with" they take the whole sentence as often as the last clause: starting after the last ", and"
 * with a new subject gains 3 train matches and loses 6, after ", with" gains 5 and loses 4; after ", who" 3 and 3).
 */
function lastClauseStart(toks: Tok[], open: number, c: number): number {
  for (let k = c - 3; k > open; k--) {
    if (toks[k].t === ',' && toks[k + 1].l === 'which') return k + 1;
    // ("… financial firms: ⟦London was the financial capital of the world in 2015⟧, according to one global index":
    // what follows the colon, not the colon of a time)
    if (toks[k].t === ':' && toks[k + 1].s > toks[k].e) return k + 1;
  }
  return open;
}

/**
 * The token after the comma that closes a subordinate clause opening the sentence ("While most of those were elevated
 * …, "); `open` when there is none. That comma may be the one right before "according" at c when the words before it
 * hold a verb with tense: "While most of those were elevated to the “confidential” level, according to a State
 * Department official, ⟦two in the most recent batch were upgraded to the “Secret” level⟧" (PolNeAR train, Politico
 * 2015-12-31, 46th session: the subordinate clause was read as the content) — not a phrase of time with no verb, "Since
 * last November, according to Human Rights Watch, state security forces have killed …", which stays whole.
 */
function subordinateSkipped(toks: Tok[], open: number, c: number): number {
  let k = open;
  if (toks[k]?.l === 'even' && toks[k + 1]?.l === 'though') k++;
  if (!BACKGROUND_SUBORDINATORS.has(toks[k]?.l ?? '')) return open;
  for (let j = k + 1; j < c - 3; j++) if (toks[j].t === ',') return j + 1;
  return toks[c - 1]?.t === ',' && hasVerb(toks, k + 1, c - 1) ? c : open;
}


/**
 * Words after the source's closing comma that open a detail of the source, not more content: a relative of place or
 * time ("…, according to the RealClearPolitics average of polls, where 475 pledged delegates will be at stake"), a
 * count of it ("…, according to the Democratic chairs from Jefferson and Arapahoe, two of the five most populous
 * counties").
 */
const SOURCE_DETAIL_OPENERS = wordSet('where|when|one|two|three|four|five|six|seven|eight|nine|ten|both|each|all');

/**
 * Words after the source's closing comma that open the writer's own aside, an example or a comparison, not more
 * content: "…, ⟦which would slash Pfizer's corporate tax rate to 17 or 18 percent⟧, according to company leaders,
 * compared with its effective 25 percent rate", "…, according to three recent polls, including one from Monmouth
 * University released Thursday" (PolNeAR train: 2 of 2 such run-ons are no gold).
 */
const ASIDE_AFTER_SOURCE = wordSet('compared|including');

/**
 * True when the words after the comma that closes the source at `close` go on with the sentence the source's
 * phrase interrupts ("At the heart of the trouble, according to X, was …"; "Trump gave his blessing, according to
 * court documents, becoming a partner"), not with an apposition or a relative clause of the source ("…, according
 * to Bill McInturff, a Republican pollster who …"; "…, according to the SITE Intelligence Group, which monitors …").
 */
function continuesAfterSource(toks: Tok[], close: number): boolean {
  const n = toks[close + 1];
  return !!n && !n.punct && !APPOSITION_OPENERS.has(n.l) && !SOURCE_DETAIL_OPENERS.has(n.l) && !ASIDE_AFTER_SOURCE.has(n.l) && !newSubjectAfterCoordinator(toks, close + 1);
}

/**
 * A coordinator at k opens a clause with a subject of its own, the writer's next point: "Roughly 1.2 million
 * Canadians use food banks each month, according to Food Banks Canada, ⟦and rents in Toronto rose⟧ …", "…, according
 * to a CNN tally, but his pathway to outright victory is narrowing". Not a verb that shares the content's subject
 * ("Trump leads by 15 points in Indiana, according to the 50-state poll, and has a small three-point lead in Ohio")
 * nor an existential "there" that adds to the same count ("Only one person was killed by a gun last year in Japan,
 * according to the National Police Agency, and there were only eight reported incidents": PolNeAR takes both).
 */
function newSubjectAfterCoordinator(toks: Tok[], k: number): boolean {
  const next = toks[k + 1];
  return COORDINATORS.has(toks[k].l) && !!next && !next.punct && next.l !== EXISTENTIAL && !finite(next);
}

/**
 * Where the content starts after the source of a mid-sentence "…, according to X, CONTENT": when the words before
 * the source are a conjunction ("because, according to Trump, ⟦the media would call him …⟧") or a subordinate
 * clause that opens the sentence ("While most of those were elevated …, according to a State Department official,
 * ⟦two in the most recent batch were upgraded …⟧"). -1 when the content is before the source.
 */
function contentAfterSource(ctx: SentenceContext, open: number, c: number, close: number): number {
  const { toks } = ctx;
  // (the words after the source open a clause of their own, not an apposition: "…, according to John Weaver, a
  // Republican strategist")
  if (toks[c - 1].t !== ',' || toks[close]?.t !== ',' || !clauseStart(toks, close + 1, ctx.b)) return -1;
  const before = toks[c - 2];
  if (before && CLAUSE_BEFORE_SOURCE.has(before.l)) return close + 1;
  return subordinateSkipped(toks, open, c) > open ? close + 1 : -1;
}

/**
 * True when the words from `from` to `to` have a verb of their own before any relative: a clause ("According to The
 * Guardian, ⟦an email was sent from the club’s executive director, Jeremy Boreing, to the club members⟧"), not an
 * apposition of the source ("According to documents from Diane D. Blair, a close friend of Mrs. Clinton's who died in
 * 2000, …"). A verb in the present's third person too: "According to the cooperative, ⟦a fisherman now spends 35,000 CFA
 * francs on fuel for a night at sea⟧, while a basin of sardines sells for 15,000 FCFA on the beach" (an ADIAC-style probe
 * from Pointe-Noire, test/fixtures/outlets cg-adiac-pointe-noire-artisanal-fishing-catches.txt, probes-kk, fortieth
 * session: the clause was read as the cooperative's apposition and only "while a basin …" reported; PolNeAR train and
 * dev output unchanged). And "cost" before its amount (bareClause.ts costBeforeAmount): "According to the report, ⟦a
 * typical basket of 40 products cost €131.70 in September, against €148.60 a year earlier⟧." (a Martinique la
 * 1ère-style probe, test/fixtures/outlets mq-martinique1ere-cost-of-living-report.txt, s47-probes-qg, where only
 * "against €148.60 a year earlier" was reported).
 */
function clauseBeforeRelative(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (RELATIVES.has(toks[k].l)) return false;
    if (finite(toks[k]) || presentTense(toks[k]) || costBeforeAmount(toks, k)) return true;
  }
  return false;
}

/** A demonstrative that opens the clause and, with its "is", is all there is before "according" at c ("That’s", "This is"); -1 when none. */
function demonstrativeSubject(toks: Tok[], open: number, c: number): number {
  const t = toks[open];
  if (!t || !SINGULAR_DEMONSTRATIVES.has(t.l)) return -1;
  if (c === open + 1 && t.poss) return open;
  return c === open + 2 && /^(?:is|was|['’]s)$/.test(toks[open + 1].l) ? open : -1;
}

/** How many times a sentence-opening "According to X," content goes on past an "and" to the next end. */
const MAX_AND_STEPS = 4;

/** How many tokens a bracketed gloss of the source may hold ("(Arbeiterkammer, AK)"). */
const MAX_GLOSS = 8;

/**
 * The token after the ")" that closes the bracket opened at k, a comma inside it no end of the source's phrase:
 * "According to a survey by the Chamber of Labour (Arbeiterkammer, AK) in Tyrol, ⟦the share of Austrian families who go
 * on a ski holiday has fallen …⟧" (a The Local Austria-style probe, test/fixtures/outlets
 * at-thelocal-tyrol-ski-pass-prices.txt, probes-dd, was read as no report: its content began at "AK)"). k + 1 when no
 * ")" closes it within MAX_GLOSS tokens.
 */
function bracketClose(toks: Tok[], k: number, b: number): number {
  for (let x = k + 1; x < b && x <= k + MAX_GLOSS; x++) if (toks[x].t === ')') return x + 1;
  return k + 1;
}

export function accordingTo(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a; c < b - 2; c++) {
    if (toks[c].l !== 'according' || toks[c + 1].l !== 'to') continue;
    let mention = accordingToSourceAt(toks, c + 2, b);
    const open = contentStart(ctx);
    // (the source ends before a dash inside its phrase, which the tokens may leave out: "according to ⟨the Tax Policy
    // Center⟩ - half a percentage point of …", "according to ⟨the RealClearPolitics polling average in New Hampshire⟩ -
    // despite winning …", PolNeAR train, NYT 2016-06-15 and Washington Post 2016-08-26, were "half a percentage" and
    // "despite"; but not the dash that closes an aside holding the cue, "Many Republicans - who made up 46 percent of
    // primary voters, according to a February survey conducted by WBUR radio - empathize …", Washington Post 2016-08-26)
    let aside = false;
    for (let x = open + 1; x < c && !aside; x++) aside = dashAt(ctx, x);
    for (let x = mention && !aside ? mention.i + 1 : b; mention && x < mention.j; x++) if (dashAt(ctx, x)) mention = accordingToSourceAt(toks, c + 2, x);
    if (!mention) continue;
    const cue = { s: toks[c].s, e: toks[c + 1].e };
    // "That’s according to fundraising reports through Jan. 31 …": the demonstrative stands for what the sentence before
    // said, and is the content (PolNeAR train: 4 of 4 outside quotation marks)
    const pointer = demonstrativeSubject(toks, open, c);
    if (pointer >= 0) {
      out.push({ s: toks[pointer].s, e: wordEnd(toks[pointer]), cue, mention, rule: 'according-to' });
      continue;
    }
    // ("And it hasn’t gone unnoticed: According to recent polls, ⟦Trump holds …⟧": a colon opens the sentence anew)
    if (c <= open + 1 || (toks[c].cap && toks[c - 1]?.t === ':')) {
      // "According to X, CONTENT." — past the source's phrase to its comma
      let k = mention.j;
      while (k < b && k < mention.j + 12 && toks[k].t !== ',') k = toks[k].t === '(' ? bracketClose(toks, k, b) : k + 1;
      if (toks[k]?.t !== ',') continue;
      const list = sourceListEnd(toks, k, b);
      const source = list > k ? { ...mention, j: list, e: toks[list - 1].e } : mention;
      k = list;
      // ("According to documents from Diane D. Blair, ⟦a close friend of Mrs. Clinton's who died in 2000,⟧ the first
      // lady had …": the source's apposition is not what it says)
      if (toks[k + 1] && INDEFINITE_ARTICLES.has(toks[k + 1].l)) {
        let n = k + 2;
        while (n < b && n < k + MAX_APPOSITION && toks[n].t !== ',') n++;
        if (toks[n]?.t === ',' && !clauseBeforeRelative(toks, k + 2, n)) k = n;
      }
      let end = contentEnd(ctx, k + 1);
      // (on past "and" to the next end, as PolNeAR marks a sentence the phrase opens; not over another's "said")
      for (let step = 0; step < MAX_AND_STEPS && end < b - 2; step++) {
        const at = toks[end].t === ',' ? end + 1 : end;
        if (toks[at]?.l !== 'and') break;
        const next = contentEnd(ctx, at + 1);
        if (next <= at + 1 || hasSayCue(toks, at + 1, next)) break;
        end = next;
      }
      // ("According to Jack Kelly, writing for RealClearPolitics: …": a participle's phrase with no verb of tense after
      // the source's comma describes the source; what it says follows the colon)
      if (toks[k + 1]?.l.endsWith('ing') && !hasVerb(toks, k + 1, end)) continue;
      const span = words(toks, k + 1, end) >= 3 ? contentSpan(ctx, k + 1, end) : null;
      if (span) out.push(reportOf(span, cue, source, 'according-to'));
    } else {
      // "CONTENT, according to X." — the clause before it; "At the heart of the trouble, according to X, was …" —
      // the sentence around it
      let end = toks[c - 1].t === ',' ? c - 1 : c;
      let close = mention.j;
      while (close < b && close < mention.j + 12 && !toks[close].punct) close++;
      // (past the source's bracketed short name to its comma: "… farmers in the southern parish who, according to the
      // Rural Agricultural Development Authority (RADA), ⟦have lost crops⟧ …", a Jamaica Observer-style probe,
      // test/fixtures/outlets jm-observer-st-elizabeth-drought-farmers.txt, was read up to "who" only)
      if (toks[close]?.t === '(') close = bracketClose(toks, close, b);
      if (c - open > MAX_CONTENT) continue;
      const after = contentAfterSource(ctx, open, c, close);
      if (after >= 0) {
        const e = contentEnd(ctx, after);
        const span = words(toks, after, e) >= 3 ? contentSpan(ctx, after, e) : null;
        if (span) out.push(reportOf(span, cue, mention, 'according-to'));
        continue;
      }
      if (toks[c - 1].t === ',' && toks[close]?.t === ',' && continuesAfterSource(toks, close) && words(toks, close + 1, contentEnd(ctx, close + 1)) >= 3) end = contentEnd(ctx, close + 1);
      const from = lastClauseStart(toks, open, c);
      // ("Lavrov said both he and Brahimi agreed there was a chance … that has claimed over 45,000 lives according to
      // rights groups": a sentence with its own say-verb is that speaker's; the source vouches for a detail in it)
      if (toks[c - 1].t !== ',' && hasCue(toks, from, end)) continue;
      const span = words(toks, from, end) >= 3 ? contentSpan(ctx, from, end) : null;
      if (span) out.push(reportOf(span, cue, mention, 'according-to'));
    }
  }
  return out;
}
