/**
 * Rule family "reported by": a sentence that closes on the outlet that reported it (", USA Today reports.",
 * ", reported the Washington Examiner.", ", Right Wing Watch first reported.") is that outlet's account, as
 * "according to" is (./accordingTo.ts): its quote is attributed to the outlet. Examples (PolNeAR train):
 *   '“This platform’s language just says you are no longer welcome,” said Kristen Day, executive director of Democrats
 *     for Life, reports USA Today.' → USA Today
 *   'Andrean High School fans also chanted, “Build a wall,” referring to …, the Chicago Tribune reports.' → the
 *     Chicago Tribune
 * Not an outlet named in an earlier sentence ('…, The Hill reported. “He’s always calling me ‘Little Marco,’” Rubio said').
 */
import { tokenAt, type Tok } from '../tokens';
import { tokenCue } from './cue';
import type { Attribution, Mention } from './mention';
import { nameMentionAsWritten } from './mention';
import { runAt } from '../names';

/** The verbs of an outlet's report. */
const REPORT_VERBS: ReadonlySet<string> = new Set(['reports', 'reported']);

/** The outlet's name run ending at token e, with a "the" before it in the mention; null when token e ends none. */
function outletEndingAt(toks: Tok[], e: number, floor: number): Mention | null {
  const r = runAt(toks, e);
  if (!r || r.j !== e + 1 || r.i <= floor) return null;
  const i = toks[r.i - 1].l === 'the' ? r.i - 1 : r.i;
  return nameMentionAsWritten(toks, i, r.j);
}

/**
 * The outlet a sentence from sentOpen to sentEnd closes on, after the quote that ends at qe, as the quote's
 * attribution; null when the sentence closes otherwise.
 */
export function reportedBy(toks: Tok[], qe: number, sentOpen: number, sentEnd: number): Attribution | null {
  const floor = tokenAt(toks, sentOpen);
  let e = tokenAt(toks, sentEnd) - 1;
  while (e > floor && toks[e].punct && toks[e].t !== ',') e--;
  if (e <= floor || toks[e].s < qe) return null;
  // ", USA Today reports." / ", Right Wing Watch first reported."
  if (REPORT_VERBS.has(toks[e].l)) {
    const last = toks[e - 1].l === 'first' ? e - 2 : e - 1;
    const outlet = outletEndingAt(toks, last, floor);
    return outlet && toks[outlet.i - 1]?.t === ',' && toks[outlet.i].s >= qe ? { mention: outlet, cue: tokenCue(toks[e]), rule: 'reported by' } : null;
  }
  // ", reported the Washington Examiner."
  const outlet = outletEndingAt(toks, e, floor);
  const verb = outlet ? outlet.i - 1 : -1;
  return outlet && REPORT_VERBS.has(toks[verb]?.l ?? '') && toks[verb - 1]?.t === ',' && toks[verb].s >= qe ? { mention: outlet, cue: tokenCue(toks[verb]), rule: 'reported by' } : null;
}
