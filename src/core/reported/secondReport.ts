/**
 * A content that runs into its reporter's next report ends before it: "she criticized Singer and challenged him to a
 * debate" (Singer), "He would discuss the evils of eminent domain but not mention the mogul who actually used it",
 * "Trump said the SCOTUS' deadlock has “kept us safe” on Twitter before claiming that open borders are …", "Mr.
 * Biden, recalling weekly breakfasts with Mrs. Clinton, described himself as her ''Obama whisperer.''", "Clinton has
 * said she wants to establish a safe zone for civilians in Syria and has expressed support for wider U.S. military
 * engagement". The second verb is the same reporter's, coordinated with the first, and PolNeAR's annotators give
 * each its own content. Not a verb of a mental state with a bare clause right after "and" (clause.ts
 * mentalStateClause): "Paul Manafort told friends that the candidate knew all about his work … and thought the
 * criticism he received for it was a “badge of honor.”" is one report. Train: 9 contents set right, 2 lost where the
 * second verb goes with the content's own subject ("Rubio says he feels he did “great” … and is optimistic that …").
 *
 * clause.ts's contentEnd ends a clause before a second cue it knows by its word ("… and said that …", "…, but insists
 * …"); this is the same idea for any cue a rule family found, phrases and participles included, once all have run.
 */
import { tokenAt, type Tok } from '../quotes/tokens';
import { DASH_PATTERN } from '../text/dashes';
import { mentalStateClause } from './clause';
import type { Report } from './report';
import { countBefore } from '../text/sortedSearch';
import { isSpaceAt } from '../text/wordShape';

/**
 * The join before the reporter's second cue, at the end of the text between the content's start and that cue: a
 * coordinator, "before"/"after"/"while"/"by" and a participle, or a bare comma, past the adverbs and auxiliaries of
 * the second verb ("and has expressed", "but not mention", ", called").
 */
const JOIN = /(?:,?\s+(?:and|but|while|before|after|by)(?:\s+(?:also|then|later|not|has|have|had|was|is|would|did|does|recently|since|repeatedly|never|still))*|,(?:\s+(?:also|then|later|recently))?)\s+$/;
/** How far back from the second cue the join is looked for, in characters. */
const JOIN_REACH = 48;
/** The fewest characters a content keeps before the join. */
const MIN_KEPT = 5;

/**
 * The dash a content ends at when a reporting clause with a subject of its own follows it: "While some friends say
 * Mr. Clinton would look zippier if he ate the occasional cheeseburger - an old favorite - others say he has never
 * been healthier" (NYT 2016-01-29; PolNeAR's content for "some friends say" ends at "cheeseburger"), "Ferrera told
 * HuffPost that she was disheartened there haven’t been more Latina winners since she first won — the actress also
 * pointed that …" (HuffPost 2015-12-22, gold ends at "won"). The subject stands right after the dash and its cue
 * follows it at once; a cue with a comma after it is an aside inside the content ("the plan - experts say, at least -
 * would fail") and is left. (After a comma the other clause is no report by then: index.ts's nestedIn has left it to
 * the outer content.)
 */
const OTHER_JOIN = new RegExp(`(?:${DASH_PATTERN})\\s*(?:(?:the|some|many|most|several|other|his|her|their|its)\\s+)?$`, 'i');
/** What may stand between the other reporter's name and its cue. */
const NAME_TO_CUE = /^\s+(?:(?:also|then|later|now|still|once again|again)\s+)?$/;

/** Ends report r before `next` when `next` is a reporting clause set off by a dash inside r's content; true if it did. */
function endBeforeOtherReporter(text: string, r: Report, next: Report): boolean {
  if (next.mention.s === r.mention.s || (next.phrase?.s ?? next.mention.s) <= r.s + MIN_KEPT || next.cue.e > r.e || next.cue.s < next.mention.e) return false;
  if (!NAME_TO_CUE.test(text.slice(next.mention.e, next.cue.s)) || /^\s*,/.test(text.slice(next.cue.e, next.cue.e + 2))) return false;
  const m = OTHER_JOIN.exec(text.slice(r.s, next.phrase?.s ?? next.mention.s));
  if (!m) return false;
  let end = r.s + m.index;
  while (end > r.s && /[\s,]/.test(text[end - 1])) end--;
  if (end - r.s < MIN_KEPT) return false;
  r.e = end;
  return true;
}

/** A dash or an opening parenthesis: an aside (index.ts's nestedIn and sameReporterInside leave what follows one). */
export const ASIDE = new RegExp(`${DASH_PATTERN}|\\(`);

/**
 * A concession after a content's comma (and a closing quotation mark), right before another report's source or cue:
 * ", even as", ", (even) though", ", although", ", despite" and a determiner or two ("…, despite some recent
 * suggestions by the news media that …").
 */
const CONCESSION_JOIN = /(?:,["”]?\s+(?:even\s+as|(?:even\s+)?though|although|despite(?:\s+(?:the|his|her|their|its|some|many|recent))*)|(?<=[^\s,])\s+(?:while|whereas))\s+$/;
/** How far back from the inner report's source or cue the concession is looked for, in characters. */
const CONCESSION_REACH = 40;

/**
 * A content ends before a concession that holds a report of its own, and that report stands: "Mr. Ryan has long said
 * ⟦that he will support the party's nominee⟧, even as he has taken frequent shots at ⟦Mr. Trump's comments⟧" (PolNeAR
 * train, NYT 2016-04-12), "Trump campaign spokeswoman Hope Hicks said ⟦all staffers sign NDAs⟧, though she did not
 * discuss ⟦their terms⟧" (Washington Post 2016-07-15), "Sanders said ⟦both Obama and Biden have been fair to him and
 * Clinton⟧, despite some recent suggestions by the news media ⟦that the president has his thumb on the scale for
 * Clinton⟧" (Washington Post 2016-01-28), "Trump said ⟦he believes Afghanistan was "a terrible mistake,"⟧ although he
 * supports ⟦keeping troops there now⟧" (USA Today 2015-11-27): PolNeAR gives each its own content, where index.ts's
 * nestedIn would have left the inner report to the outer content. Not inside an aside the content opens ("that the candidate - who has chafed
 * at making the types of changes his current aides have asked for, even though he had acknowledged they would need to
 * occur - has decided …" is one content), nor past the content's own cue ("Investigators believe the family was
 * targeted, Fitzgerald-Osei said, though she would not say why", an outlet probe: an inset's tail). Train (51st
 * session): 7 gold gained, none lost, 3 false positives removed, 1 added ("… said ⟦that he would vote for Hillary
 * Clinton⟧, though he hasn’t endorsed ⟦her⟧", no gold); by fold 2+1:0, 2+1:0+1, 0:0, 3+1:0, 0:0. Not ", while|whereas"
 * (0 gained, 1 lost, 3 added: "Trump up a narrow four points, while other recent surveys show …", a comparison), nor
 * ", but" (0 / 1, 2 added). A "while" or "whereas" with no comma, right before the other report's source, joins as
 * well: "lawmakers accused ⟦each other of playing politics with a looming public health crisis⟧ while doctors and
 * medical experts warned of ⟦the risk of an outbreak on the U.S. mainland⟧" (Washington Post 2016-06-29; train, 51st
 * session: 2 gold gained, 1 false positive removed, none lost or added; its one fold 2+1:0, the others 0:0; the source
 * after "while" is speaker.ts pastSubordinator's). `kept` is one sentence's reports sorted by start, `longest` their
 * longest content; runs before nestedIn.
 */
export function endBeforeConcession(text: string, kept: readonly Report[], longest: number): void {
  for (const r of kept) {
    const start = Math.min(r.mention.s, r.cue.s, r.phrase?.s ?? r.mention.s);
    // (a content that holds r's cue starts at most `longest` before it, as in nestedIn)
    for (let x = countBefore(kept, y => y.s < r.cue.e - longest); x < kept.length && kept[x].s <= r.mention.s; x++) {
      const k = kept[x];
      if (k === r || k.rule === 'relative' || k.mention.s === r.mention.s || r.cue.e > k.e || k.s >= start) continue;
      const from = Math.max(k.s, start - CONCESSION_REACH);
      const m = CONCESSION_JOIN.exec(text.slice(from, start));
      // (nor past the content's own cue: an inset "A, X said, though …" is X's tail, left to parenthetical.ts)
      if (!m || (k.cue.s >= k.s && k.cue.s < from + m.index) || ASIDE.test(text.slice(k.s, from + m.index))) continue;
      let end = from + m.index;
      // (a quotation closed after the comma keeps its comma and mark: 'was "a terrible mistake," although he supports …')
      if (m[0].length > 1 && /["”]/.test(m[0][1])) end += 2;
      else while (end > k.s && /[\s,]/.test(text[end - 1])) end--;
      if (end - k.s >= MIN_KEPT) k.e = end;
    }
  }
}

/** Another report in `reports` (sorted by start) has report k's cue and content. */
function sameReportAt(reports: readonly Report[], k: number): boolean {
  const r = reports[k];
  for (let y = k - 1; y >= 0 && reports[y].s === r.s; y--) if (reports[y].e === r.e && reports[y].cue.s === r.cue.s) return true;
  for (let y = k + 1; y < reports.length && reports[y].s === r.s; y++) if (reports[y].e === r.e && reports[y].cue.s === r.cue.s) return true;
  return false;
}

/**
 * Ends each report of `reports` (sorted by start; one sentence's) whose content follows its cue and holds the cue of
 * another report with the same source, joined as above, before that join. Linear: a content is compared with the
 * reports that start inside it.
 */
export function endBeforeSecondReport(text: string, toks: Tok[], reports: Report[]): void {
  for (let k = 0; k < reports.length; k++) {
    const r = reports[k];
    if (r.s < r.cue.e) continue;
    for (let x = k + 1; x < reports.length && reports[x].s <= r.e; x++) {
      const next = reports[x];
      if (endBeforeOtherReporter(text, r, next)) break;
      if (next.mention.s !== r.mention.s || next.cue.s <= r.s + MIN_KEPT || next.cue.e > r.e) continue;
      const from = Math.max(r.s, next.cue.s - JOIN_REACH);
      const m = JOIN.exec(text.slice(from, next.cue.s));
      if (!m || (/^\s+and\s+$/.test(m[0]) && mentalStateClause(toks, tokenAt(toks, next.cue.s)))) continue;
      let end = from + m.index;
      while (end > r.s && /[\s,]/.test(text[end - 1])) end--;
      if (end - r.s < MIN_KEPT) continue;
      r.e = end;
      // (two readings of one cue cut to the same content are one report)
      if (sameReportAt(reports, k)) reports.splice(k--, 1);
      break;
    }
  }
}

/**
 * A cue right after "and", where another report's content ends, is that report's reporter's second verb: "House
 * Speaker Paul D. Ryan of Wisconsin lamented the "disheartened" state of the campaign and criticized the "identity
 * politics" …" (not "disheartened"), "Mike Huckabee, the former Arkansas governor, proposed we "wake up and smell the
 * falafel" and said House Speaker Paul Ryan should …" (not the sentence's first reporter), "the Anti-Defamation League
 * strongly denounced Trump's rhetoric and said it would …" (not the rabbis of the sentence before). PolNeAR train: of
 * the 120 such pairs, 112 already shared their source; of the 8 that did not, gold gives the first reporter to 5 and
 * the second's own to 2 ("both suggested … and defended …", where the two differ only in extent). `reports` are one
 * sentence's, sorted by start; runs before endBeforeSecondReport, which then ends no content (each already ends at
 * the "and").
 */
export function shareReporterAfterAnd(text: string, reports: Report[]): void {
  // (the reports by where their content ends, so that each cue looks only at the ends its "and" allows: a sentence with
  // no full stop can hold thousands of reports)
  const byEnd = new Map<number, number[]>();
  reports.forEach((p, k) => {
    if (p.s < p.cue.e) return;
    const at = byEnd.get(p.e);
    if (at) at.push(k); else byEnd.set(p.e, [k]);
  });
  for (const r of reports) {
    if (r.s < r.cue.e || r.mention.s > r.cue.s) continue;
    const ends = andBeforeCue(text, r.cue.s);
    if (!ends) continue;
    let at = -1;
    for (let e = ends.from; e <= ends.to; e++) for (const k of byEnd.get(e) ?? []) if (reports[k] !== r && (at < 0 || k < at)) at = k;
    const first = at >= 0 ? reports[at] : undefined;
    if (!first || first.mention.s === r.mention.s) continue;
    r.mention = first.mention;
    r.phrase = first.phrase;
  }
}

/**
 * Where a content may end for only "and" to stand between it and the cue at `cue` (spaces and commas, "and", one space
 * or more): the first and last such end, or null when no "and" stands right before the cue.
 */
function andBeforeCue(text: string, cue: number): { from: number; to: number } | null {
  let k = cue;
  while (k > 0 && isSpaceAt(text, k - 1)) k--;
  if (k === cue || k < 3 || text.slice(k - 3, k) !== 'and') return null;
  const to = k - 3;
  let from = to;
  while (from > 0 && /[\s,]/.test(text[from - 1])) from--;
  return { from, to };
}

