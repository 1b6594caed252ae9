/**
 * Rule family 4 — a speech noun's possessor and its `that`-clause: "Donald Trump’s claim that there have been
 * thousands of shootings", "her remark that there is a special place in hell".
 */
import { SPEECH_NOUNS, type Mention } from '../quotes/attribution';
import { THIRD_PERSON_POSSESSIVES } from '../quotes/lexicon';
import { runAt } from '../quotes/names';
import { wordEnd } from '../quotes/tokens';
import { contentEnd, contentSpan, words } from './clause';
import type { Report, SentenceContext } from './report';


export function speechNouns(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let n = a + 1; n < b - 2; n++) {
    if (!SPEECH_NOUNS.has(toks[n].l) || toks[n].poss || toks[n + 1].l !== 'that') continue;
    // ("Trump’s repeated claim that": one adjective may stand between)
    const o = toks[n - 1].punct || toks[n - 1].cap || toks[n - 1].poss || THIRD_PERSON_POSSESSIVES.has(toks[n - 1].l) ? n - 1 : n - 2;
    const owner = toks[o];
    if (!owner || o < a) continue;
    let mention: Mention | null = null;
    if (THIRD_PERSON_POSSESSIVES.has(owner.l)) mention = { s: owner.s, e: owner.e, kind: 'pronoun', i: o, j: o + 1 };
    else if (owner.poss && owner.cap) {
      const r = runAt(toks, o);
      if (r && r.j === o + 1) mention = { s: toks[r.i].s, e: wordEnd(owner), kind: 'name', i: r.i, j: r.j };
    }
    if (!mention) continue;
    const end = contentEnd(ctx, n + 2);
    const span = words(toks, n + 2, end) >= 3 ? contentSpan(ctx, n + 2, end) : null;
    if (span) out.push({ ...span, cue: { s: toks[n].s, e: toks[n].e }, mention, rule: 'speech-noun' });
  }
  return out;
}
