/**
 * Rule family "apposition after an inverted cue": "said the ROLE, NAME." — the British and Canadian order, a role in
 * lower case, a comma, then the person's full name closing the clause. The name speaks, not the role's words nor
 * the owner a possessive points to. Examples (test/fixtures/outlets):
 *   "'The two-child limit is about fairness,' said the shadow work and pensions secretary, Hilary Whitfield-Burns." → Hilary Whitfield-Burns
 *   "“A fine that goes to the Treasury does nothing for the fish,” said its chair, Dr Owen Brathwaite-Ure." → Owen Brathwaite-Ure
 *   '"It's not a solution," said her neighbour, retired nurse Helen Oyelaran.' → Helen Oyelaran (a lower-case role of
 *     the person's own before the name, read as the people stage reads "Another rider, university student Jacob
 *     Ouellette, said": people/roleHead.ts)
 */
import { CUES, DETERMINERS } from '../lexicon';
import { DASH_CHARS } from '../../text/dashes';
import { afterApposedRole } from '../../people/roleHead';
import { runAt } from '../names';
import type { Tok } from '../tokens';
import { isFullName, nameMention, type Mention } from './mention';

/** The most words of the role between the cue and the comma. */
const ROLE_MAX_WORDS = 8;
/** Lower-case words that may join a role's words ("work and pensions", "chief of staff", "minister for housing"). */
const ROLE_JOINERS: ReadonlySet<string> = new Set(['and', 'of', 'for']);
/** What may close the clause after the name. */
const CLAUSE_END = new RegExp(`^[.,;:!?)${DASH_CHARS}]$`);

/**
 * The name in apposition to a role that starts at token k (a determiner, then lower-case words, then a comma),
 * ending before `ceil`; null when the words after k are no such role and name.
 */
export function appositionNameAfter(toks: Tok[], k: number, ceil: number): Mention | null {
  if (!DETERMINERS.has(toks[k]?.l ?? '') || toks[k].cap) return null;
  let c = k + 1;
  while (c < ceil && c <= k + ROLE_MAX_WORDS && !toks[c].punct && !toks[c].cap && !CUES.has(toks[c].l) && (ROLE_JOINERS.has(toks[c].l) || !DETERMINERS.has(toks[c].l))) c++;
  if (c === k + 1 || c + 1 >= ceil || toks[c].t !== ',' || ROLE_JOINERS.has(toks[c - 1].l)) return null;
  const from = afterApposedRole(toks, c + 1);
  const r = runAt(toks, from);
  if (!r || r.i !== from || !isFullName(r)) return null;
  const after = toks[r.j];
  return r.j >= ceil || !after || CLAUSE_END.test(after.t) ? nameMention(toks, r.i, r.j) : null;
}
