/**
 * Rule family 4 — a speech noun's possessor and its `that`-clause: "Donald Trump’s claim that there have been
 * thousands of shootings", "her remark that there is a special place in hell"; and a noun of thought's
 * (./lexicon.ts THOUGHT_NOUNS): "Sanders reiterated his belief that there will be a contested convention".
 */
import type { Mention } from '../quotes/attribution';
import { DETERMINERS, RELATIVE_PRONOUNS, SPEECH_NOUN, SUBORDINATORS, THIRD_PERSON_POSSESSIVES } from '../quotes/lexicon';
import { runAt } from '../quotes/names';
import { wordEnd } from '../quotes/tokens';
import { finite } from './bareClause';
import { contentEnd, contentSpan, words } from './clause';
import { AUXILIARIES, THOUGHT_NOUN } from './lexicon';
import type { Report, SentenceContext } from './report';
import type { Tok } from '../quotes/tokens';
import { inClass } from '../text/wordClasses';

/** Words that open a clause inside the content, each of which may take one verb with tense ("and would be", "if she were"). */
const OPENS_CLAUSE = (l: string): boolean => l === 'and' || l === 'or' || l === 'but' || SUBORDINATORS.has(l) || RELATIVE_PRONOUNS.has(l);
/** Words after which a verb form is no verb with tense of its own ("will be kept", "a failed candidate", "to be"). */
const NOT_AFTER = (l: string): boolean => AUXILIARIES.has(l) || DETERMINERS.has(l) || l === 'to' || l === 'be' || l === 'been' || l === 'being';

/**
 * Where the content ends when the speech noun's phrase is the sentence's subject: before the main clause's verb, the
 * first verb with tense that no clause opener inside the content accounts for — "Donald Trump's accusation that
 * ⟦Hillary Clinton is playing the "woman's card" and would be a failed candidate if she were a man⟧ touched off a
 * contentious debate", "The Census' vow that ⟦survey responses will be kept confidential⟧ is as reliable as …",
 * "Sanders's claim that ⟦he still has a way to claim the nomination⟧ would depend on …". Returns `end` otherwise.
 */
function beforeMainVerb(toks: Tok[], from: number, end: number): number {
  let credit = 1;
  for (let k = from; k < end; k++) {
    const t = toks[k];
    if (t.punct) return end;
    if (OPENS_CLAUSE(t.l)) { credit++; continue; }
    if (t.cap || !finite(t) || NOT_AFTER(toks[k - 1].l)) continue;
    if (credit === 0) return k;
    credit--;
  }
  return end;
}

export function speechNouns(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let n = a + 1; n < b - 2; n++) {
    if (!inClass(toks[n], SPEECH_NOUN | THOUGHT_NOUN) || toks[n].poss || toks[n + 1].l !== 'that') continue;
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
    // (the phrase opens the sentence, past a conjunction or an article: "But Sanders's claim that …", "The Census' vow")
    const subject = mention.i === a || (mention.i === a + 1 && /^(?:and|but|yet|so|the)$/.test(toks[a].l));
    const end = subject ? beforeMainVerb(toks, n + 2, contentEnd(ctx, n + 2)) : contentEnd(ctx, n + 2);
    const span = words(toks, n + 2, end) >= 3 ? contentSpan(ctx, n + 2, end) : null;
    if (span) out.push({ ...span, cue: { s: toks[n].s, e: toks[n].e }, mention, rule: 'speech-noun' });
  }
  return out;
}
