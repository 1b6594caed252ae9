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
 * An owned stance that opens its sentence, as its subject (openingOwner, 51st session, s51-vb), is its owner's too with
 * no keeping-up verb: "Trump's strikingly personal attacks on ⟦Curiel⟧ are highly unusual" (wash-post_2016-06-02
 * not-just-another), "But Trump's opposition to ⟦trade liberalization⟧ — a novelty in a Republican — put him …"
 * (politico_2016-06-10 afl-cio), "His support for ⟦scrapping superdelegates⟧ isn’t shared by …" (politico_2016-06-21),
 * "As for Donald Trump’s attacks on ⟦Bill Clinton’s scandals from the 1990s⟧?" (politico_2016-01-31), "Mrs. Clinton's
 * embrace of ⟦her husband's economic legacy⟧ comes after …" (nyt_2016-05-18), "Session’s endorsement of ⟦Trump⟧ is not
 * good news for …" (west-journal_2016-03-01), PolNeAR train. The owner (a personal possessive or a name's, up to two
 * words before the noun) opens the sentence past "But|And|Yet|So" or "As for"; the object ends before the sentence's
 * verb, a mark, a second owned noun after "and", or a phrase of circumstance. Regex over train: 22 phrases, 21 gold; in
 * the engine 19 gained, 0 lost, 3 false positives added (folds gained : added 3:1, 3:1, 2:1, 2:0, 9:0): "Sanders's recent
 * attacks on ⟦Clinton⟧ have alarmed her supporters" (the gold is the whole phrase, another's), "Trump's attacks on
 * ⟦Curiel stand out for …⟧" (a plural's present verb after a name is not read), "Thiel’s support for ⟦Trump⟧ was first
 * noted" (no gold). Not written: the same opening with nouns of intention ("Her plan to", "Trump's refusal to",
 * "Clinton's proposal to"): regex 11 gold, 4 not (8 and 4 with no prediction near). The same opening with no owner
 * ("Opposition to ⟦trade deals⟧ has also galvanized …", openingUnowned, read by ./sourceless.ts findUnsourced) is a
 * content with no source: train 7 gained, 0 lost, no false positive (folds 1, 2, 1, 3, 0); dev one speaker-null
 * prediction over no gold ("Support for ⟦NATO⟧ has been a bipartisan cause in Congress").
 * A stance held as a role, said of its holder with "be" and an article (roleNouns, 44th session): "Rhonda Hughes, 43, is
 * a fervent supporter of ⟦Donald J. Trump⟧" (nyt_2016-04-27 china-trade-is-linked), "Mrs. Clinton has been a dogged
 * defender of ⟦the Affordable Care Act⟧, while …" (nyt_2016-03-23 why-sanders-lags), "While Mr. Ryan is a vocal advocate of
 * ⟦trade deals⟧ and wrote legislation …" (nyt_2016-04-12 ryan-wages-campaign), "Mr. Kasich … has been a pointed critic
 * of ⟦his political style⟧", "He's a more dedicated proponent of ⟦gun control⟧ than many Democrats" (usa-today_2016-02-18
 * bleak-outlook), "Rep. Raul Grijalva, D-Ariz., was an early backer of ⟦Bernie Sanders⟧", "The prominent actress is a
 * high-profile campaigner for ⟦leftist Senator Bernie Sanders⟧, who …" (breitbart_2016-03-29 liberal-oscar-winner), PolNeAR
 * train. The copula has tense: a role to come or wished for ("will be a champion for", "to be an advocate for women") is
 * none, and the same noun set off by commas after a name (", a supporter of …,") is the writer's description (train: 3
 * gold of 9) — not read.
 */
import type { Mention } from '../quotes/attribution';
import type { Tok } from '../quotes/tokens';
import { ARTICLES, CALENDAR_NAMES, CLAUSE_RELATIVES, OPENING_CONJUNCTIONS, SUBJECT_PRONOUNS } from '../quotes/lexicon';
import { PERSONAL_POSSESSIVES } from '../text/determiners';
import { wordSet } from '../people/lexicon';
import { looksAdverb } from '../text/adverbs';
import { objectBeforeAdjunct, STRETCH_MARKS } from './adjunct';
import { finite, presentTense } from './bareClause';
import { contentEnd, contentSpan } from './clause';
import { ATTACK_NOUNS, IS_ARE_WAS_WERE, KEEPING_UP_VERBS, PERFECT_AUXILIARIES, ROLE_NOUNS } from './lexicon';
import { type Report, reportOf, type SentenceContext, unsourcedOf } from './report';
import type { Unsourced } from './sourceless';
import { ownerMention, reporterOf } from './speaker';

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

/** The most words between an opening owner and its stance noun ("Trump's strikingly personal attacks on"). */
const MAX_OPENING_MODIFIERS = 2;
/** "As for", a topic's opener before an opening owner ("As for Donald Trump’s attacks on ⟦…⟧?"). */
const AS_FOR = ['as', 'for'];

/**
 * The owner of an owned stance whose noun is at n, when the owned phrase opens its sentence (past one of
 * OPENING_CONJUNCTIONS or "As for"): a personal possessive or a name's possessive, up to MAX_OPENING_MODIFIERS
 * lower-case words before the noun; null otherwise.
 */
function openingOwner(toks: Tok[], n: number, a: number): Mention | null {
  let o = n - 1;
  while (o > a && o >= n - MAX_OPENING_MODIFIERS && !toks[o].poss && !OWNER.has(toks[o].l) && !toks[o].cap && !toks[o].punct) o--;
  const owner = toks[o];
  if (!owner || o < a || !(OWNER.has(owner.l) || (owner.poss && owner.cap))) return null;
  const mention = ownerMention(toks, o);
  if (!mention) return null;
  let s = a;
  if (OPENING_CONJUNCTIONS.has(toks[s].l)) s++;
  else if (toks[s].l === AS_FOR[0] && toks[s + 1]?.l === AS_FOR[1]) s += 2;
  return mention.i === s ? mention : null;
}

/**
 * Where an opening owned stance's object from `from` ends: before the verb of the sentence it is the subject of (a
 * verb with tense or in the present's third person: "Trump's attacks on ⟦Curiel⟧ are highly unusual", "Her tentative
 * embrace of ⟦…⟧ comes after …"), a mark ("But Trump's opposition to ⟦trade liberalization⟧ — a novelty …"), a second
 * owned noun after "and" ("His harsh attacks on ⟦illegal immigrants⟧ and his promise to build a wall") or a phrase of
 * circumstance ("Her attack on ⟦Sanders⟧ in last Sunday's debate", ./adjunct.ts).
 */
function openingObjectEnd(ctx: SentenceContext, from: number): number {
  const { toks } = ctx;
  const end = contentEnd(ctx, from, true);
  // (a relative clause inside the object keeps its own verbs: "His populist attacks on ⟦big banks and Wall Street
  // executives who had escaped prosecution after the 2008 financial collapse⟧ instantly resonated …"; 0 outside one,
  // 1 after its pronoun, 2 in its verbs)
  let relative = 0;
  for (let k = from + 1; k < end; k++) {
    const t = toks[k];
    if (t.punct) { if (STRETCH_MARKS.has(t.t)) return objectBeforeAdjunct(toks, from, k); continue; }
    if (CLAUSE_RELATIVES.has(t.l)) { relative = 1; continue; }
    const verb = !t.cap && (finite(t) || presentTense(t)) && toks[k - 1].l !== 'to';
    if (relative) { relative = verb ? 2 : relative === 2 ? 0 : 1; continue; }
    if (t.l === 'and' && OWNER.has(toks[k + 1]?.l ?? '')) return objectBeforeAdjunct(toks, from, k);
    if (!verb) continue;
    // (and the verb's adverbs: "… collapse⟧ instantly resonated")
    let e = k;
    while (e > from + 1 && looksAdverb(toks[e - 1].l)) e--;
    return objectBeforeAdjunct(toks, from, e);
  }
  return objectBeforeAdjunct(toks, from, end);
}

export function attackNouns(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let n = a + 1; n < b - 2; n++) {
    if (!ATTACK.has(toks[n].l) || toks[n].cap || !STANCE_OBJECT.has(toks[n + 1].l)) continue;
    const opening = openingOwner(toks, n, a);
    if (opening) {
      const from = n + 2;
      if (toks[from].punct || CALENDAR_NAMES.has(toks[from].l)) continue;
      const span = contentSpan(ctx, from, openingObjectEnd(ctx, from));
      if (span) out.push(reportOf(span, { s: toks[n].s, e: toks[n + 1].e }, opening, 'object'));
      continue;
    }
    if (n < a + 2) continue;
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
    if (span) out.push(reportOf(span, { s: toks[n].s, e: toks[n + 1].e }, mention, 'object'));
  }
  return out;
}

/**
 * Stance nouns that open a sentence with no owner (openingUnowned), each with the one particle that opens its object:
 * not "attacks" or "assault", as often armed ("The attacks on two U.S. diplomatic compounds in Benghazi …", "The attacks
 * on our police … threaten"); not "support of" (its "of" names the supporters: "The support of McCain … is crucial",
 * ./backing.ts), nor "opposition on" (the party: "The opposition on the council voted against the increase", a Radio1
 * Tahiti-style probe, test/fixtures/outlets pf-radio1-papara-water-tariff.txt).
 */
const UNOWNED_OPENERS: ReadonlyMap<string, string> = new Map([['opposition', 'to'], ['support', 'for'],
  ...['criticism', 'criticisms', 'critique', 'critiques', 'condemnation', 'denunciation'].map((w): [string, string] => [w, 'of'])]);

/**
 * A stance with no owner that opens its sentence, as its subject, past "But|And|Yet|So" and "The" (51st session,
 * s51-vb): "Opposition to ⟦trade deals⟧ has also galvanized supporters of Mr. Sanders" (nyt_2016-03-21), "Opposition to
 * ⟦the Common Core standards⟧ has united Republicans and Democrats" (politico_2016-05-23), "Support for ⟦Sanders⟧ has also
 * been strongest among white voters" (huff-post_2016-03-02), "The criticism of ⟦Mr. Clinton's personal life⟧ comes as
 * …" (nyt_2015-12-31), PolNeAR train: the object is the content, with no source, its end as an owned opening stance's.
 */
export function openingUnowned(ctx: SentenceContext, out: Unsourced[]): void {
  const { toks, a, b } = ctx;
  let n = a;
  if (OPENING_CONJUNCTIONS.has(toks[n].l)) n++;
  if (toks[n].l === 'the') n++;
  if (n + 3 >= b) return;
  const t = toks[n], particle = toks[n + 1], first = toks[n + 2];
  if (UNOWNED_OPENERS.get(t.l) !== particle.l) return;
  if (first.punct || CALENDAR_NAMES.has(first.l)) return;
  const span = contentSpan(ctx, n + 2, openingObjectEnd(ctx, n + 2));
  if (span) out.push(unsourcedOf(span, { s: t.s, e: particle.e }));
}

const ROLE = new Set(ROLE_NOUNS);
/** Particles that open a role's object ("supporter of", "advocate for"). */
const ROLE_OBJECT = wordSet('of|for');
/** Adverbs between the copula and the article ("was also a leading …", "is now a …"). */
const ROLE_ADVERBS = wordSet('also|now|long|still|already|once|always');
/** The most words between the article and the role noun ("a more dedicated proponent", "a high-profile campaigner"). */
const MAX_ROLE_MODIFIERS = 2;
/**
 * A role's object also ends before a comparison ("a more dedicated proponent of ⟦gun control⟧ than many Democrats") and
 * before a subordinate clause of time or reason, which says when or why, not what ("Russia has been the main supporter of
 * ⟦Assad's regime⟧ since the uprising began in March 2011", the seed articles 000 and 001; PolNeAR train and dev: none).
 */
const ROLE_OBJECT_END = wordSet(',|with|than|since|because|although|though|until|while|whereas');

/** The copula with tense ("is", "was", "has been") before the article at `d` (past ROLE_ADVERBS): its token, or -1. A pronoun's "'s" is its own token's ("He's"). */
function tensedCopulaBefore(toks: Tok[], d: number, a: number): number {
  let v = d - 1;
  while (v > a && ROLE_ADVERBS.has(toks[v].l)) v--;
  if (v < a) return -1;
  const t = toks[v];
  if (IS_ARE_WAS_WERE.has(t.l) || (t.poss && SUBJECT_PRONOUNS.has(t.l))) return v;
  if (t.l !== 'been' || v - 1 < a) return -1;
  const aux = toks[v - 1];
  return PERFECT_AUXILIARIES.has(aux.l) || (aux.poss && SUBJECT_PRONOUNS.has(aux.l)) ? v - 1 : -1;
}

export function roleNouns(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let n = a + 2; n < b - 2; n++) {
    if (!ROLE.has(toks[n].l) || toks[n].cap || toks[n].poss || !ROLE_OBJECT.has(toks[n + 1].l)) continue;
    let d = n - 1;
    while (d > a && d >= n - MAX_ROLE_MODIFIERS && !ARTICLES.has(toks[d].l) && !toks[d].punct) d--;
    if (!ARTICLES.has(toks[d].l)) continue;
    const v = tensedCopulaBefore(toks, d, a);
    const from = n + 2, first = toks[from];
    if (v < 0 || first.punct || CALENDAR_NAMES.has(first.l)) continue;
    const end = contentEnd(ctx, from, true);
    let stop = end;
    for (let k = from + 1; k < end; k++) if (ROLE_OBJECT_END.has(toks[k].l)) { stop = k; break; }
    const span = contentSpan(ctx, from, stop);
    // ("He's a more dedicated proponent of": the pronoun that carries "'s" is the holder)
    const t = toks[v];
    const mention: Mention | null = t.poss && SUBJECT_PRONOUNS.has(t.l) ? { s: t.s, e: t.s + t.l.length, kind: 'pronoun', i: v, j: v + 1 } : reporterOf(ctx, v);
    if (span && mention) out.push(reportOf(span, { s: toks[d].s, e: toks[n + 1].e }, mention, 'object'));
  }
  return out;
}
