/**
 * Rule family "speech noun owner": a speech noun's possessor said what follows it. Examples (PolNeAR train; dev where marked):
 *   'her remark that “there’s a special place in hell …”' → her
 *   'De Blasio also repeated his claim that “profit-making” was the motivation …' → his
 *   'Politifact seized on Trump’s claim that there have been “thousands of shootings”' (dev) → Trump (the noun a little before)
 */
import { PERSONAL_POSSESSIVES, SPEECH_NOUNS } from '../lexicon';
import { runAt } from '../names';
import { wordEnd } from '../tokens';
import type { QuoteContext } from './context';
import { tokenCue } from './cue';
import type { Attribution } from './mention';

/** How far before the quote's lead-in the speech noun may stand. */
const SPEECH_NOUN_REACH = 12;

export function speechNounOwner(ctx: QuoteContext): Attribution | null {
  const { toks, startTok } = ctx;
  const p = ctx.leadIn();
  let sn = p;
  for (let c = p; c > startTok && c > p - SPEECH_NOUN_REACH; c--) {
    if (toks[c].punct || ctx.isCue(c)) break;
    if (SPEECH_NOUNS.has(toks[c].l) && ctx.word(c + 1) === 'that') { sn = c; break; }
  }
  if (sn <= startTok || !SPEECH_NOUNS.has(toks[sn].l) || toks[sn].poss || ctx.word(sn + 1) !== 'that') return null;
  const owner = toks[sn - 1];
  if (PERSONAL_POSSESSIVES.has(owner.l)) return { mention: { s: owner.s, e: owner.e, kind: 'pronoun', i: sn - 1, j: sn }, cue: tokenCue(toks[sn]), rule: 'speech noun owner' };
  if (owner.poss && owner.cap) {
    const r = runAt(toks, sn - 1);
    if (r && r.j === sn) return { mention: { s: toks[r.i].s, e: wordEnd(owner), kind: 'name', i: r.i, j: r.j }, cue: tokenCue(toks[sn]), rule: 'speech noun owner' };
  }
  return null;
}
