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
import { mentalStateClause } from './clause';
import type { Report } from './report';

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
