/**
 * "show" reports what evidence shows ("FEC records show", "A CNN/ORC poll last month showed Mr. Trump leading"), not
 * what a person or a group shows ("the head of the group showed little enthusiasm for the idea", the seeds; "Bernie
 * Sanders showed no sign of backing down", "Republicans showed limited enthusiasm for Mr. Trump", PolNeAR train). A count,
 * an outcome or a record of events is evidence too ("simple math shows he needs …", "The outcome showed Clinton had
 * received 49.84 percent …", "Their experience shows that …", PolNeAR train).
 */
import { kindOfName } from '../people/canonical';
import { isDocumentNoun } from '../people/documents';
import { isPeopleGroup, wordSet } from '../people/lexicon';
import { PREPOSITIONS, SHOW_FORMS } from '../quotes/lexicon';
import { tokenAt, type Tok } from '../quotes/tokens';
import type { Report } from './report';
import { REPORTED_VERB_FORMS } from './reportedVerbs.generated';

/** Verbs of evidence ("show", "find") in every form (./reportedVerbs.json). */
export const FINDING_VERBS: ReadonlySet<string> = new Set(REPORTED_VERB_FORMS.finding.split(' '));

/**
 * Evidence that is no document (documents are ../people/documents.ts's: "poll", "study", "report", "email", "video"); and
 * what a count or a record of events shows as evidence does: "But simple math shows ⟦he needs to curb his yawning 20-point
 * deficit among women …⟧", "The outcome showed ⟦Clinton had received 49.84 percent …⟧", "Their experience shows ⟦that
 * cutting carbon emissions … remains a difficult challenge⟧" (PolNeAR train, 40th session: 3 gained, 0 lost, 0 false
 * positives added; "evidence", "test(s)" and "arithmetic" changed nothing there and are left out).
 */
const EVIDENCE = /^(?:polling|records?|data|figures|numbers|results|statistics|estimates|research|analyses|returns|tall(?:y|ies)|counts?|projections?|models?|averages?|footage|photos?|images?|pictures?|math|outcome|experience)$/;

/** A noun of evidence or of a document ("records", "tallies", "poll"). */
export const evidenceNoun = (l: string): boolean => EVIDENCE.test(l) || isDocumentNoun(l);

/** A mention that names evidence or a document ("FEC records", "A Quinnipiac University poll this month"). */
export function evidenceMention(toks: Tok[], m: { i: number; j: number }): boolean {
  for (let k = m.i; k < m.j; k++) if (evidenceNoun(toks[k].l)) return true;
  return false;
}

/** A report whose cue is "show" and whose reporter is a person or a group of people, not evidence. */
export function personShows(text: string, toks: Tok[], r: Report): boolean {
  const cue = toks[tokenAt(toks, r.cue.s)];
  if (!cue || !SHOW_FORMS.has(cue.l)) return false;
  const m = r.mention;
  if (evidenceMention(toks, m)) return false;
  // (the head noun stands before any preposition: "the head of the group")
  let h = m.i;
  while (h + 1 < m.j && !PREPOSITIONS.has(toks[h + 1].l)) h++;
  const head = toks[h];
  // a body may show it ("Pew", "the Federal Election Commission"); a person, a pronoun or a common noun does not
  if (head.cap) return kindOfName(text.slice(m.s, head.e)) === 'person' || isPeopleGroup(head.t);
  return true;
}

/**
 * Nouns of a contest: a primary or a debate may show, suggest or reveal something, as evidence does ("The debate
 * revealed a stark contrast …", "Two past elections … suggest …"), but it intends, says or means nothing: "the New
 * Hampshire primary threatens to knock one or more of the governors out of the race", "The debate promised to be a
 * crucial moment", "The latest dispute has … sought to create a sharp contrast", "The New York primary made it clear
 * that …", "its recent naming convention - adding one digit to a new account …" (PolNeAR train: none of them gold).
 */
export const CONTEST = wordSet('primary|primaries|caucus|caucuses|debate|debates|election|elections|race|races|contest|contests|convention|conventions|dispute|disputes');
/** The cues of evidence, which a contest may be the source of ("showed", "suggest", "revealed", "found"). */
export const EVIDENCE_CUE = /^(?:show|found|find|suggest|reveal|indicat|demonstrat|prov|confirm|underscor)/;
/** Words before a noun phrase that make it their object, not a subject ("before the November elections - is now considering"). */
const OBJECT_BEFORE = wordSet('before|after|since|until|than|like');

/**
 * A report whose reporter is a contest (CONTEST, the last word of a subject with no preposition in it or before it)
 * and whose cue is no verb of evidence: no report. A contest after a preposition is the object of one, read as a
 * subject by mistake, and its report another's ("… to spend almost $900 million before the November elections - is
 * now considering abandoning Trump": the operation's); one before a preposition is not the head ("the presidential
 * race for candidates proposing …").
 */
export function contestReports(toks: Tok[], r: Report): boolean {
  const m = r.mention;
  const head = toks[m.j - 1], before = toks[m.i - 1];
  if (!head || head.cap || !CONTEST.has(head.l) || (before && (PREPOSITIONS.has(before.l) || OBJECT_BEFORE.has(before.l)))) return false;
  for (let k = m.i; k < m.j; k++) if (PREPOSITIONS.has(toks[k].l)) return false;
  const cue = toks[tokenAt(toks, r.cue.s)];
  return !!cue && !EVIDENCE_CUE.test(cue.l);
}
