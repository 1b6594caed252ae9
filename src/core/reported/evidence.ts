/**
 * "show" reports what evidence shows ("FEC records show", "A CNN/ORC poll last month showed Mr. Trump leading"), not
 * what a person or a group shows ("the head of the group showed little enthusiasm for the idea", the seeds; "Bernie
 * Sanders showed no sign of backing down", "Republicans showed limited enthusiasm for Mr. Trump", PolNeAR train).
 */
import { kindOfName } from '../people/canonical';
import { isDocumentNoun } from '../people/documents';
import { isPeopleGroup } from '../people/lexicon';
import { PREPOSITIONS, SHOW_FORMS } from '../quotes/lexicon';
import { tokenAt, type Tok } from '../quotes/tokens';
import type { Report } from './report';

/** Evidence that is no document (documents are ../people/documents.ts's: "poll", "study", "report", "email", "video"). */
const EVIDENCE = /^(?:polling|records?|data|figures|numbers|results|statistics|estimates|research|analyses|returns|tall(?:y|ies)|counts?|projections?|models?|averages?|footage|photos?|images?|pictures?)$/;

/** A mention that names evidence or a document ("FEC records", "A Quinnipiac University poll this month"). */
export function evidenceMention(toks: Tok[], m: { i: number; j: number }): boolean {
  for (let k = m.i; k < m.j; k++) if (EVIDENCE.test(toks[k].l) || isDocumentNoun(toks[k].l)) return true;
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
