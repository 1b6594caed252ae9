/**
 * Rule family — a stance its owner keeps up, told as a noun: "He’s been ratcheting up his critique of ⟦his opponents⟧,
 * most recently in last weekend’s debate" (breitbart_2015-11-16 o-malley-campaign), "Donald Trump on Thursday ratcheted
 * up his attacks on ⟦Rubio⟧, saying …" (wash-post_2015-11-13 cruz-rubio-take-off), "he continued his assault on ⟦Mr.
 * Bush⟧, mocking …" (nyt_2016-02-17 jeb-bush-helped), "Both parents stiffened their denunciation of ⟦Mr. Trump⟧"
 * (nyt_2016-08-01 pressure-rises), "Sanders … has toned down his criticism of ⟦Hillary Clinton⟧" (politico_2016-07-02
 * sanders-california), "Even Latino Republicans have been unsparing in their criticism of ⟦Mr. Cruz⟧" (nyt_2015-12-18
 * rubio-and-cruz-diverge), "Others were unapologetic in their criticism of ⟦Trump’s tough talk about more military
 * action⟧" (politico_2016-06-13 terrorism-experts), PolNeAR train. PolNeAR attributes the noun's object to its owner.
 * The gate is what holds the owned noun: a verb that keeps up, raises or lowers it (./lexicon.ts KEEPING_UP_VERBS) or an
 * adjective's "in" ("unsparing in", "vocal in", "merciless in") — an owned attack that is another's topic ("cheered
 * Clinton’s attacks on Trump", "defend his criticism of …", "announced his endorsement of …") is no report of its
 * owner's in the gold (train: with the gate 23 phrases, 21 gold; an owned noun of these alone 80, 38 gold). "its" is left
 * out ("continue its attacks on Syrian government troops", a military group's), and a day after "on" ("escalated her
 * criticism on Tuesday").
 */
import type { Mention } from '../quotes/attribution';
import type { Tok } from '../quotes/tokens';
import { CALENDAR_NAMES } from '../quotes/lexicon';
import { PERSONAL_POSSESSIVES } from '../text/determiners';
import { wordSet } from '../people/lexicon';
import { contentEnd, contentSpan } from './clause';
import { ATTACK_NOUNS, KEEPING_UP_VERBS } from './lexicon';
import type { Report, SentenceContext } from './report';
import { reporterOf } from './speaker';

const ATTACK = new Set(ATTACK_NOUNS);
/** Prepositions that open the object of a stance ("attacks on", "criticism of", "support for", "opposition to"). */
const STANCE_OBJECT = wordSet('on|of|against|for|to');
/** Possessives of an owner of a stance ("its" is left out, see the header). */
const OWNER = PERSONAL_POSSESSIVES;
/**
 * The object, a noun phrase, ends at a comma (the writer's participle or aside after it: "his attacks on ⟦Sanders⟧,
 * striking a tone …", "his critique of ⟦his opponents⟧, most recently …") or before an adjunct of manner ("continued his
 * attacks against ⟦Curiel⟧ with the above statement").
 */
const OBJECT_END = wordSet(',|with');
/** The most tokens of a keeping-up verb and its particles ("doubling down on"). */
const MAX_VERB_TOKENS = 3;

/** The keeping-up verb whose particles end right before token `k` ("ratcheted up", "doubling down on", "continued"), or -1. */
function keepingUpVerbBefore(toks: Tok[], k: number, a: number): number {
  for (let v = k - 1; v >= a && v >= k - MAX_VERB_TOKENS; v--) {
    const particles = KEEPING_UP_VERBS.get(toks[v].l);
    if (particles && !toks[v].cap && particles.includes(toks.slice(v + 1, k).map(t => t.l).join(' '))) return v;
  }
  return -1;
}

/** The owned stance at possessive `o` follows an adjective's "in" ("unsparing in their criticism"). */
function afterAdjectiveIn(toks: Tok[], o: number, a: number): boolean {
  const before = toks[o - 2];
  return toks[o - 1].l === 'in' && o - 2 > a && !before.punct && !before.cap;
}

/** Where the stance's object from `from` ends: the clause's end, or before OBJECT_END's first word after it. */
function objectEnd(ctx: SentenceContext, from: number): number {
  const end = contentEnd(ctx, from, true);
  for (let k = from + 1; k < end; k++) if (OBJECT_END.has(ctx.toks[k].l)) return k;
  return end;
}

export function attackNouns(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let n = a + 2; n < b - 2; n++) {
    if (!ATTACK.has(toks[n].l) || toks[n].cap || !STANCE_OBJECT.has(toks[n + 1].l)) continue;
    // (the owner right before the noun or past one adjective: "his verbal assault on")
    const o = OWNER.has(toks[n - 1].l) ? n - 1 : OWNER.has(toks[n - 2].l) && !toks[n - 1].punct ? n - 2 : -1;
    const from = n + 2, first = toks[from];
    if (o <= a || first.punct || CALENDAR_NAMES.has(first.l)) continue;
    const verb = keepingUpVerbBefore(toks, o, a);
    if (verb < 0 && !afterAdjectiveIn(toks, o, a)) continue;
    const span = contentSpan(ctx, from, objectEnd(ctx, from));
    // (a keeping-up verb's subject is the owner the possessive stands for, as PolNeAR marks it: "⟨Both parents⟩ stiffened
    // their denunciation of …", "⟨He⟩’s been ratcheting up his critique of …"; after an adjective's "in" the gold Source
    // is the possessive: "has been particularly persistent in ⟨her⟩ criticism of …", "Others were unapologetic in ⟨their⟩
    // criticism of …")
    const possessive: Mention = { s: toks[o].s, e: toks[o].e, kind: 'pronoun', i: o, j: o + 1 };
    const mention = verb >= 0 ? reporterOf(ctx, verb) ?? possessive : possessive;
    if (span) out.push({ ...span, cue: { s: toks[n].s, e: toks[n + 1].e }, mention, rule: 'object' });
  }
  return out;
}
