/**
 * Rule family 9 — a verb of naming, its object and what the object is called: "Former Florida Gov. Jeb Bush called
 * Trump “unhinged.”", "Martin O’Malley calling Trump a fascist", "Sen. Bernie Sanders (I-Vt.) called him divisive",
 * "Rubio called the statement “offensive and outlandish.”". PolNeAR attributes the object and its name as content.
 * A pronoun or a name as object may be followed by any predicate noun or adjective; a longer noun phrase only by a
 * quotation, whose opening mark shows where the object ends ("called his standing in the crowded candidate field
 * “unheard of.”"). A name one gives oneself in an apposition or after "be" ("Sen. Bernie Sanders, I-Vt., a self-described
 * Democratic socialist, …", "He is a self-described democratic socialist who …", "A self-professed independent, Cuban
 * said …"): the name is the content, the person described its reporter (selfNaming), shown at the word's "self".
 */
import { BE_AND_FORMS, DETERMINERS, INDEFINITE_ARTICLES, NOT_NOUN, OBJECT_AND_REFLEXIVE_PRONOUNS, POSSESSIVE_DETERMINERS, PREPOSITIONS, RELATIVES } from '../quotes/lexicon';
import { partyStateTag, runAt } from '../quotes/names';
import { subjectAfter, type Mention } from '../quotes/attribution';
import { isAdjective, wordSet } from '../people/lexicon';
import type { Tok } from '../quotes/tokens';
import { finite } from './bareClause';
import { contentEnd, contentSpan, dashAt, words } from './clause';
import { AND_BUT, SUBJECT_PRONOUNS } from './lexicon';
import { quoteAt } from './mixed';
import { type Report, reportOf, type SentenceContext } from './report';
import { reporterOf, verbAt } from './speaker';
import { digitFirst } from '../text/wordShape';

export const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling']);

/** How many tokens a noun-phrase object may take before its quoted name. */
const MAX_OBJECT = 9;

/** The token after the object at k (a pronoun, a name, or a noun phrase up to a quotation), or -1. */
function objectEnd(ctx: SentenceContext, k: number): { j: number; quoted: boolean } | null {
  const { toks, b, quotes } = ctx;
  const t = toks[k];
  if (!t || t.punct) return null;
  if (OBJECT_AND_REFLEXIVE_PRONOUNS.has(t.l)) return { j: k + 1, quoted: false };
  if (t.cap && !t.poss) {
    const r = runAt(toks, k);
    // ("called Trump and Clinton “crazy”": a coordination of names goes on to its quoted name)
    if (r && r.i === k && r.j < b && toks[r.j].l !== 'and') return { j: r.j, quoted: false };
  }
  if (!(t.cap || t.poss || (DETERMINERS.has(t.l) && t.l !== 'that') || bareObjectOpener(t))) return null;
  const named = namedObjectEnd(ctx, k);
  if (named > 0) return { j: named, quoted: false };
  for (let j = k + 1; j < b && j <= k + MAX_OBJECT; j++) {
    if (toks[j].punct) return null;
    const q = quoteAt(quotes, toks[j].s);
    if (q) return q.start > toks[j - 1].e ? { j, quoted: true } : null;
  }
  return null;
}

/**
 * "Ben Carson … called the incident a reason for the U.S. to reinvest in its space program", "Clinton has
 * nevertheless called his vote an irresponsible one" (PolNeAR train, Politico 2016-01-05 and 2016-04-11), "called the
 * decision a landmark for digital privacy" (a National Post-style probe): a determiner's short noun phrase, in lower
 * case with no preposition, then "a"/"an" opening what it is called, no quotation marks. The token of the article, or -1.
 */
function namedObjectEnd(ctx: SentenceContext, k: number): number {
  const { toks, b, quotes } = ctx;
  if (!DETERMINERS.has(toks[k].l) || toks[k].l === 'that' || INDEFINITE_ARTICLES.has(toks[k].l)) return -1;
  for (let j = k + 2; j < b && j <= k + 1 + JUDGED_OBJECT_WORDS; j++) {
    const p = toks[j - 1];
    if (p.punct || p.cap || PREPOSITIONS.has(p.l) || NOT_NOUN.has(p.l) || (j - 1 > k && DETERMINERS.has(p.l)) || quoteAt(quotes, p.s)) return -1;
    if (INDEFINITE_ARTICLES.has(toks[j].l)) return j;
  }
  return -1;
}

/**
 * A word that opens a noun phrase with no determiner, whose end only a quoted name shows: "called ⟨both Trump and
 * Democratic front-runner Hillary Clinton⟩ “crazy”", "called ⟨anti-Trump protestors⟩ “illegals” and “thugs”", "called
 * ⟨undocumented immigrants from Mexico⟩ “rapists”", "called ⟨what she witnessed⟩ ''terrible.''" (PolNeAR train). Not a
 * preposition, a particle ("call for", "call on", "call back"), a function word or a verb form.
 */
function bareObjectOpener(t: Tok): boolean {
  if (BARE_OBJECT_WORDS.has(t.l)) return true;
  return !t.cap && !PREPOSITIONS.has(t.l) && !NOT_NOUN.has(t.l) && !DETERMINERS.has(t.l) && !NOT_AN_OBJECT.has(t.l) && !/(?:ly|ing)$/.test(t.l);
}
/** Words of a bare object that the function-word lists hold: a coordination's "both", a free relative's "what". */
const BARE_OBJECT_WORDS: ReadonlySet<string> = new Set(['both', 'what']);
/** Particles and words after "call" that open no object ("call off", "called up", "called it quits" is the pronoun's). */
const NOT_AN_OBJECT = wordSet('off|out|up|back|upon|upon|in|forth|together|again|also|not|still|then|now|once|twice|home|names');

const AFTER_NAME_VERB = wordSet('back|off|out|up|for|on|to|names');
/** Objects of naming that are no person, after which "the" or a possessive opens the name itself ("call it the nerd prom"). */
const THING_OBJECTS = wordSet('it|this');
/** What the object is called opens at token j: a quotation, "a"/"an", or a bare noun or adjective ("divisive"). */
function predicateAt(ctx: SentenceContext, j: number, quoted: boolean): boolean {
  const { toks, quotes } = ctx;
  const t = toks[j];
  if (!t || t.punct) return false;
  const q = quoteAt(quotes, t.s);
  if (q && q.start > toks[j - 1].e) return true;
  if (quoted) return false;
  if (t.l === 'a' || t.l === 'an') return true;
  // ("called it their “crystal ball”", "calls it her ''responsibility gene''": a possessive before a quoted name, or "the":
  // "Trump called Cruz the "ultimate hypocrite,"", "calls it the "big enchilada."" — PolNeAR train: 2 gained, no false positive)
  // (after "it" or "this" as the object the name needs no quotation marks: "Others call it ⟨the nerd prom⟩", "Critics call
  // it ⟨the enforcement of political correctness⟩" — PolNeAR train, Breitbart 2016-04-29, Washington Post 2016-01-07; all 8
  // "call it|this the|POSS …" there are gold; "called him the next day" has a person as its object)
  if (POSSESSIVE_DETERMINERS.has(t.l) || t.l === 'the') return !!quoteAt(quotes, toks[j + 1]?.s ?? -1) || THING_OBJECTS.has(toks[j - 1].l);
  // ("a group of disaffected Ethiopians called Ginbot 7, was …", "a super PAC called Future 45 ran": a number goes on
  // with the name, no predicate)
  if (digitFirst(t.t)) return false;
  return !t.cap && !PREPOSITIONS.has(t.l) && !NOT_NOUN.has(t.l) && !DETERMINERS.has(t.l) && !/(?:ly|ing|ed)$/.test(t.l) && !AFTER_NAME_VERB.has(t.l);
}

/**
 * The first token after the quotation that opens at token j: a content holds its quoted name whole, though the clause
 * reader ends it sooner ("called both Trump and Democratic front-runner Hillary Clinton “crazy” and said …" reads
 * "and … Clinton" as a second clause's subject).
 */
function pastQuote(ctx: SentenceContext, j: number): number {
  const { toks, b, quotes } = ctx;
  const q = quoteAt(quotes, toks[j].s);
  let after = j;
  while (q && after < b && toks[after].s < q.end) after++;
  return after;
}

/** How many tokens after the object its quoted name may open ("calling him a “nice guy”": past an article). */
const NAME_REACH = 2;

/**
 * A quoted name ends what the object is called: the content stops at its closing mark, before the writer's own words
 * ("calling ⟨him a “nice guy”⟩ and he didn’t provide any descriptions for John Kasich", "He has also called ⟨the Texas
 * senator “the next George Washington”⟩ – the Founding Father who Beck idolizes", "calling ⟨Trump “an orange
 * buffoon,”⟩ Susan said"). Returns the token where the content ends: `end`, or the first token after the quotation.
 */
function quotedNameEnd(ctx: SentenceContext, j: number, end: number): number {
  const { toks, quotes } = ctx;
  for (let k = j; k < end && k <= j + NAME_REACH; k++) {
    const q = quoteAt(quotes, toks[k].s);
    if (!q) continue;
    let after = k;
    while (after < end && toks[after].s < q.end) after++;
    return after < end && writersOwn(ctx, after) ? after : end;
  }
  return end;
}

/**
 * The words at token k, right after a quoted name, are the writer's own: a dash ("“the next George Washington” – the
 * Founding Father who …"), or "and" or "but" before a verb or a subject pronoun ("“a nice guy” and he didn’t …",
 * "“a terrible deal” and ranked Fiorina …"); not a second name ("“meritless” and “improper”", "and a “bizarre attempt …”")
 * nor a reason ("for continuing to insist …", "because …"), which PolNeAR keeps with the name.
 */
function writersOwn(ctx: SentenceContext, k: number): boolean {
  const { toks, quotes } = ctx;
  const t = toks[k], n = toks[k + 1];
  if (dashAt(ctx, k)) return true;
  if (!AND_BUT.has(t.l) || !n || n.cap || n.punct || quoteAt(quotes, n.s)) return false;
  // (a possessive opening a clause with no quoted name of its own: 'inversions "unpatriotic," and his administration has made …')
  if (POSSESSIVE_DETERMINERS.has(n.l)) return ![k + 2, k + 3].some(x => toks[x] && quoteAt(quotes, toks[x].s));
  return SUBJECT_PRONOUNS.has(n.l) || finite(n) || (/ing$/.test(n.l) && n.l.length > 5);
}

/** Endings of adjectives the lexicon lacks ("lawful", "unconstitutional", "damning", "disappointing"). */
const ADJECTIVE_ENDING = /(?:ful|ous|ible|able|ive|ic|ing|ent|ant|al)$/;
/** The fewest letters of a word read as an adjective by its ending. */
const MIN_ADJECTIVE_LETTERS = 6;
const adjectiveLike = (l: string): boolean => isAdjective(l) || (l.length >= MIN_ADJECTIVE_LETTERS && ADJECTIVE_ENDING.test(l));

/** The most words of a noun-phrase object before an unquoted adjective ("the records", "the court's ruling"). */
const JUDGED_OBJECT_WORDS = 3;

/**
 * "He called the actions lawful" (PolNeAR train, NYT 2016-08-19), "called the ruling disappointing", "called the
 * records damning" (Canadian probes): a determiner's noun phrase, then one adjective that ends the clause (a mark, or
 * "and"/"but" before the reporter's next verb). The token after the adjective, where the content ends; -1 when the
 * words after the cue at k are not so. (A quoted or a noun predicate is read by objectEnd and predicateAt: 'called the
 * president "weak" and "disappointing."'.)
 */
function judgedObjectEnd(ctx: SentenceContext, k: number): number {
  const { toks, b, quotes } = ctx;
  if (!toks[k] || !DETERMINERS.has(toks[k].l) || toks[k].l === 'that') return -1;
  for (let j = k + 1; j < b && j <= k + JUDGED_OBJECT_WORDS; j++) {
    const t = toks[j];
    if (t.punct || t.cap || PREPOSITIONS.has(t.l) || NOT_NOUN.has(t.l) || DETERMINERS.has(t.l) || quoteAt(quotes, t.s)) return -1;
    if (j === k + 1 || !adjectiveLike(t.l)) continue;
    const n = toks[j + 1];
    return !n || j + 1 >= b || (n.punct && n.t !== '-') || AND_BUT.has(n.l) ? j + 1 : -1;
  }
  return -1;
}

/** A name one gives oneself, in one word. */
export const SELF_NAMING = wordSet('self-described|self-professed|self-proclaimed');
/** The words before SELF_NAMING that make it a predicate or an apposition's ("a self-described …", "and self-described"). */
const SELF_NAMING_OPENERS = wordSet('a|an|and');
/** The most words of the name. */
const SELF_NAME_WORDS = 4;
/** The part of SELF_NAMING's word that names the person. */
const SELF = 'self';

/**
 * The name after "self-described" at token c, in an apposition or a predicate ("a|an|and self-described"): "toward Sen.
 * Bernie Sanders, I-Vt., a self-described ⟦Democratic socialist⟧, a new poll indicates", "Sanders, a senator from the
 * state of Vermont and self-described ⟦democratic socialist⟧, said …", "He is a self-described ⟦democratic socialist⟧ who
 * has spent …", "A self-professed ⟦independent⟧, Cuban said …" (PolNeAR train: Breitbart 2015-12-10 and 2016-06-28, NYT
 * 2016-03-15 and 2016-03-16, Politico 2016-05-22, Washington Post 2016-06-09). Not "the self-described democratic
 * socialist has vowed …" (a name the writer uses for the man, 5 of 5 with no gold on train), nor a quoted name ("A
 * self-described ''geeky kid,'' Mr. Cruz changed his …", "thousands of self-described "Berners"": no gold), nor
 * "self-styled", "self-identified" (a role or a share's answer: "a self-styled emissary", "self-identified Republicans").
 * The name runs to a mark, a relative word, a preposition, "and"/"but" or a verb, at most SELF_NAME_WORDS words.
 * The source shown is the word's "self", named as the person described: PolNeAR's Source of "a self-described
 * democratic socialist" is "self" (48th session: 4 train sources set right — Breitbart 2015-12-10 and 2016-06-28, NYT
 * 2016-03-16, Politico 2016-05-22 — none lost; NYT 2016-03-15, whose gold Source is the name, stays right by the name).
 */
function selfNaming(ctx: SentenceContext, c: number): Report | null {
  const { toks, a, b, quotes } = ctx;
  if (c - 1 < a || !SELF_NAMING_OPENERS.has(toks[c - 1].l) || c + 1 >= b || quoteAt(quotes, toks[c + 1].s)) return null;
  let e = c + 1;
  while (e < b && e <= c + SELF_NAME_WORDS && !toks[e].punct && !RELATIVES.has(toks[e].l) && !PREPOSITIONS.has(toks[e].l) && !AND_BUT.has(toks[e].l) && !finite(toks[e])) e++;
  if (e === c + 1 || e > c + SELF_NAME_WORDS) return null;
  const mention = describedPerson(ctx, c - 1, e);
  if (!mention) return null;
  const span = contentSpan(ctx, c + 1, e);
  const self = { s: toks[c].s, e: toks[c].s + SELF.length };
  // (a literal, as reportOf builds one: no fields added after a spread)
  return span ? { s: span.s, e: span.e, cue: { s: toks[c].s, e: toks[c].e }, mention, phrase: self, rule: 'naming' } : null;
}

/**
 * Whom the name at the opener p describes: the subject of "be" before "a" ("⟨He⟩ is a self-described …"), the name after
 * an opening description ("A self-professed independent, ⟨Cuban⟩ said …"), the name before the apposition's comma, past
 * a party-and-state tag ("Sen. ⟨Bernie Sanders⟩, I-Vt., a self-described …"), else the sentence's subject ("⟨Mrs.
 * Schlafly⟩ was one of …, a self-described housewife"). e: the name's end.
 */
function describedPerson(ctx: SentenceContext, p: number, e: number): Mention | null {
  const { toks, a, b } = ctx;
  if (p - 2 >= a && toks[p].l !== 'and' && BE_AND_FORMS.has(toks[p - 1].l)) return subjectAfter(toks, p - 2, p - 1) ?? subjectAfter(toks, a, p - 1);
  if (p === a) return toks[e]?.t === ',' ? subjectAfter(toks, e + 1, b) : null;
  let k = p - 1;
  if (toks[k].t === ',' && toks[k - 1]?.t === '.' && k - 3 >= a && partyStateTag(toks, k - 2, k - 1)) k -= 3;
  else if (toks[k].t === ',' && k - 2 >= a && partyStateTag(toks, k - 1, k)) k -= 2;
  if (toks[k].t === ',' && k - 1 >= a && toks[k - 1].cap && !toks[k - 1].punct) {
    let i = k - 1;
    while (i - 1 >= a && toks[i - 1].cap && !toks[i - 1].punct) i--;
    const named = subjectAfter(toks, i, k);
    if (named) return named;
  }
  return subjectAfter(toks, a, p);
}

const BE_OR_SO: ReadonlySet<string> = new Set([...BE_AND_FORMS, 'so']);
export function namings(ctx: SentenceContext): Report[] {
  const { toks, a, b } = ctx;
  const out: Report[] = [];
  for (let c = a + 1; c < b - 2; c++) {
    const t: Tok = toks[c];
    if (SELF_NAMING.has(t.l)) {
      const self = selfNaming(ctx, c);
      if (self) out.push(self);
      continue;
    }
    if (!NAMING_VERBS.has(t.l) || t.cap || !verbAt(toks, c, false)) continue;
    // ("the so-called establishment", "was called", "a celebratory event was held called Politics and Pies")
    if (BE_OR_SO.has(toks[c - 1].l)) continue;
    // ("called the actions lawful": a noun phrase and an unquoted adjective that ends the clause)
    const judged = judgedObjectEnd(ctx, c + 1);
    if (judged > 0) {
      const span = contentSpan(ctx, c + 1, judged);
      const mention = reporterOf(ctx, c);
      if (span && mention) out.push(reportOf(span, { s: t.s, e: t.e }, mention, 'naming'));
      continue;
    }
    const obj = objectEnd(ctx, c + 1);
    if (!obj || !predicateAt(ctx, obj.j, obj.quoted)) continue;
    // (an object and its name have no subject of their own: "called his opponent ''Senator Cruz'' instead and made no
    // mention of Mrs. Clinton" ends before the reporter's second verb)
    const end = quotedNameEnd(ctx, obj.j, Math.max(contentEnd(ctx, c + 1, true), obj.quoted ? pastQuote(ctx, obj.j) : 0));
    if (end <= obj.j || words(toks, c + 1, end) < 2) continue;
    const mention = reporterOf(ctx, c);
    if (!mention) continue;
    const what = mention.i - 1 >= a && toks[mention.i - 1].l === 'what' ? mention.i - 1 : -1;
    const span = what >= 0 ? contentSpan(ctx, what, freeRelativeEnd(ctx, obj.j, end)) : contentSpan(ctx, c + 1, end);
    if (span) out.push(reportOf(span, { s: t.s, e: t.e }, mention, 'naming'));
  }
  return out;
}

/**
 * A naming in a free relative — "Cruz has railed against ⟦what he calls the “Washington cartel”⟧ and cast himself as a
 * Washington outsider", "Trump University is ⟦what former employees have called a “fraudulent scheme”⟧ took an even
 * uglier turn", "a third would be ⟦what Sroka called a "let a thousand flowers bloom" approach⟧ - working with …"
 * (PolNeAR train: Breitbart 2016-04-14, HuffPost 2016-07-18, Washington Post 2016-04-21) — is a noun phrase: PolNeAR's
 * content runs from "what" to the quoted name and its noun, and the sentence's own verb, a dash or a comma after them
 * is the writer's. A preposition or a relative pronoun after the name goes on with the noun phrase ("denounced what he
 * called the ''deeply pessimistic'' vision of America that emerged from …", NYT 2016-07-29) up to a dash. The token
 * where the content ends: `end`, the first token after the name (and one noun of it), or a dash's.
 */
function freeRelativeEnd(ctx: SentenceContext, j: number, end: number): number {
  const { toks, quotes } = ctx;
  let k = j;
  while (k < end && k <= j + NAME_REACH && !quoteAt(quotes, toks[k].s)) k++;
  if (k >= end || k > j + NAME_REACH) return end;
  k = pastQuote(ctx, k);
  // (the name's noun: "a "let a thousand flowers bloom" approach", "her “breaking barriers” agenda")
  const n = toks[k];
  if (k < end && !n.punct && !n.cap && !finite(n) && !AND_BUT.has(n.l) && !PREPOSITIONS.has(n.l) && !RELATIVES.has(n.l)) k++;
  const after = toks[k];
  if (k < end && !PREPOSITIONS.has(after.l) && !RELATIVES.has(after.l)) return k;
  // (the noun phrase that goes on ends at a dash: "… vision of America that emerged from Mr. Trump's convention in
  // Cleveland last week - saying it offered no solutions …")
  for (let x = k + 1; x < end; x++) if (dashAt(ctx, x)) return x;
  return end;
}

/**
 * A kept naming in a free relative that opens where report r's content opens: r's object is that noun phrase, and it
 * ends where the naming ends ("Cruz has railed against ⟦what he calls the “Washington cartel”⟧ and cast himself as a
 * Washington outsider", PolNeAR train, Breitbart 2016-04-14). r's end, or the naming's. The caller indexes the kept
 * namings by start: a scan of every kept report for each report made a one-sentence article of many reports quadratic.
 */
export function freeRelativeObjectEnd(namingsHere: readonly Report[] | undefined, r: Report): number {
  // (namingsHere: the kept namings whose content starts where r's does, in the order they were kept)
  for (const k of namingsHere ?? []) if (k.s === r.s && k.mention.s > k.s && k.e < r.e) return k.e;
  return r.e;
}
