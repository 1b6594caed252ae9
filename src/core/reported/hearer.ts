/**
 * The hearer a cue may name before its content: "told reporters", "told CNN", "warned the crowd", "told him".
 * Returns the token after the hearer, or `k` when there is none.
 */
import { DETERMINERS, NOT_NOUN, PREPOSITIONS } from '../quotes/lexicon';
import { runAt } from '../quotes/names';
import type { Tok } from '../quotes/tokens';

const OBJECT_PRONOUNS = /^(?:him|her|them|us|me|you|reporters|supporters|voters|viewers|listeners|readers|followers|donors|lawmakers|journalists|students|members|people|everyone)$/;

export function afterHearer(toks: Tok[], k: number, b: number): number {
  const t = toks[k];
  if (!t || k >= b || t.punct) return k;
  if (OBJECT_PRONOUNS.test(t.l)) return k + 1;
  if (t.cap) {
    // ("told The Associated Press": the run starts after its capitalised article)
    const r = runAt(toks, k);
    return r && (r.i === k || (r.i === k + 1 && t.l === 'the')) && r.j <= b ? r.j : k;
  }
  if (DETERMINERS.has(t.l) && t.l !== 'that') {
    let j = k + 1;
    while (j < b && j < k + 5 && !toks[j].punct && !NOT_NOUN.has(toks[j].l) && !PREPOSITIONS.has(toks[j].l) && toks[j].l !== 'that') j++;
    return j > k + 1 ? j : k;
  }
  return k;
}
