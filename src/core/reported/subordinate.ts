/**
 * A report made inside a subordinate clause ends where the main clause begins, in three layouts:
 * - the subordinator right before the reporter (at the sentence's start, after a comma, or after a span of time or a
 *   sentence adverb that opens the sentence): "Though she has said ⟦she'll accept the recommendation of the career
 *   prosecutors⟧, Republicans are still crying foul", "While Comey talked about ⟦vulnerability to hackers⟧, he didn't
 *   mention any bad consequences", "Years after Bill Clinton disingenuously claimed ⟦that the era of big government
 *   was over⟧, Obama won …"; the main clause after a comma has a subject and a verb;
 * - the cue anywhere in a clause that opens the sentence: "While the president has repeatedly said he opposes sending
 *   Americans to fight in far-flung countries, his administration carves out exceptions", "Having announced that he
 *   would not send me to prison, Judge Berman proceeded to hand down his sentence"; what was said ends at that
 *   clause's first comma (one that closes a quotation included, when a clause follows it); also a reporter's relative
 *   clause inside an opening phrase: "For someone who had aggressively defended ⟦Florida’s gay marriage ban⟧, the
 *   shift in tone seemed so stark …", "For someone who conceded in a recent debate ⟦that she's "not a natural
 *   politician,"⟧ Hillary Clinton had a good night Tuesday" (PolNeAR train);
 * - the reporter's relative clause between commas: "Juanita Broaddrick, who said ⟦Clinton raped her in 1978⟧,
 *   recounted the incident", "Sanders, who had said ⟦he would debate the front-runner⟧, criticized Clinton", "McConnell,
 *   who has both endorsed Mr. Trump and criticized ⟦his campaign⟧, offered a restrained embrace"; what was said ends
 *   at the comma before the antecedent's own verb.
 */
import { CLAUSE_COORDINATORS, CLAUSE_MARKS, FINITE_BE_HAVE, SUBORDINATORS } from '../quotes/lexicon';
import { tokenAt, type Tok } from '../quotes/tokens';
import { clauseStart, finite } from './bareClause';
import { contentSpan } from './clause';
import { contentStart } from './fronted';
import { isOpeningAdverbial } from './mainSubject';
import { quoteAt } from './mixed';
import { relativeSource } from './speaker';
import type { Report, SentenceContext } from './report';
import { wordSet } from '../people/lexicon';

/** How far before the reporter the subordinator may stand. */
const REACH = 6;

/**
 * Words of a span of time, or a sentence adverb, that may open a sentence before its subordinator: "Years after Bill
 * Clinton disingenuously claimed that the era of big government was over, Obama won …", "A few weeks after Obama
 * announced that the war in Afghanistan would not end on his watch, U.S. forces bombed …", "However when Biden tried
 * to attack Trump, Japan’s sensitivities became collateral damage".
 */
const LEAD_BEFORE_SUBORDINATOR = wordSet('a|few|several|many|two|three|four|five|six|seven|eight|nine|ten|days|weeks|months|years|decades|hours|minutes|moments|shortly|soon|long|just|only|however|still|yet');
/** How many such words may stand before the subordinator. */
const MAX_LEAD = 3;

/** The tokens [a, k) are a span of time or a sentence adverb that opens the sentence (LEAD_BEFORE_SUBORDINATOR). */
function leadOnly(toks: Tok[], a: number, k: number): boolean {
  if (k - a > MAX_LEAD) return false;
  for (let j = a; j < k; j++) if (!LEAD_BEFORE_SUBORDINATOR.has(toks[j].l)) return false;
  return true;
}

/**
 * Prepositions that open a phrase before the main clause as a subordinator opens a clause: "Despite Mr. Trump's claims
 * that ⟦his net worth exceeds $10 billion⟧, all of the wealth research firms put him far lower", "Despite Santilli's
 * continued insistence that ⟦he was at the wildlife refuge as a journalist and activist⟧, a judge kept him in jail".
 */
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['despite', 'notwithstanding']);

const BUT_AND_EVEN_SO = wordSet('but|and|even|so');
/** The subordinator that opens the clause of the reporter at mention token i, or -1. */
export function subordinatorBefore(toks: Tok[], a: number, i: number): number {
  for (let k = i - 1; k >= a && k >= i - REACH; k--) {
    const t = toks[k];
    if (t.punct) return -1;
    if ((SUBORDINATORS.has(t.l) || OPENING_PREPOSITIONS.has(t.l)) && (k === a || toks[k - 1].punct || BUT_AND_EVEN_SO.has(toks[k - 1].l) || leadOnly(toks, a, k))) return k;
  }
  return -1;
}

/** The report's content, cut at the comma that opens the main clause when the report sits in a subordinate clause. */
function cutAtMainClause(ctx: SentenceContext, r: Report): void {
  const { toks, a } = ctx;
  // (only a content after its cue: "In the old Soviet Union, as Hedrick Smith reported, ⟦…⟧" is the parenthetical's)
  if (r.s < r.cue.e || r.mention.i < a || subordinatorBefore(toks, a, r.mention.i) < 0) return;
  const from = tokenAt(toks, r.s);
  // (a comma between the cue and the content closes the reporter's clause: "As The Washington Post reported, ⟦even if
  // Sanders managed to split delegates …, he would then need …⟧" is the main clause, whole)
  for (let k = tokenAt(toks, r.cue.e); k < from; k++) if (toks[k].t === ',') return;
  for (let k = from + 1; k < ctx.b && toks[k].s < r.e; k++) {
    if (toks[k].t !== ',' || !clauseStart(toks, k + 1, ctx.b)) continue;
    r.e = toks[k - 1].e;
    return;
  }
}

/** Words that open a subordinate clause before the main one ("Even as", "Having said"). */
const opensSubordinate = (l: string): boolean => SUBORDINATORS.has(l) || l === 'having';
/** The word after "even" that makes it a subordinator ("Even as", "Even though"). */
const AFTER_EVEN = wordSet('as|though|if|when|after|before');

/** How far into its sentence a cue in an opening subordinate clause may stand, in tokens. */
const MAX_OPENING = 60;


/** The first word of the clause that holds token c: after the sentence's opening, or after the last comma before c ("…, and when Rubio thanked Miami and said"). */
function clauseOpening(ctx: SentenceContext, c: number): number {
  const { toks } = ctx;
  const open = contentStart(ctx);
  // (each report looks a bounded number of tokens back, so that a sentence with no full stop stays linear)
  if (c - open > MAX_OPENING) return -1;
  let k = c - 1;
  while (k > open && toks[k].t !== ',') k--;
  if (k <= open) return open;
  const comma = k++;
  // (after ", and" a new clause opens; after a bare comma only when what precedes has no verb, an opening phrase —
  // "Last month, when I asked Bernie Sanders if …" — not a main clause that the subordinate one trails, as in
  // "…, when she claimed that the self-described Islamic State, or ISIS, has used …")
  if (CLAUSE_COORDINATORS.has(toks[k]?.l ?? '')) {
    while (k < c && CLAUSE_COORDINATORS.has(toks[k].l)) k++;
    return k;
  }
  for (let j = open; j < comma; j++) if (!toks[j].punct && (finite(toks[j]) || FINITE_BE_HAVE.has(toks[j].l))) return open;
  return k;
}

/** The end (exclusive offset) of the content of `r` when its cue stands in an opening subordinate clause, else r.e. */
function endOfOpeningClause(ctx: SentenceContext, r: Report): number {
  const { toks } = ctx;
  const open = clauseOpening(ctx, tokenAt(toks, r.cue.s));
  if (open < 0) return r.e;
  const first = toks[open];
  // (or a phrase that opens the sentence with the reporter's relative clause inside it: "For someone who had
  // aggressively defended …, the shift in tone seemed so stark")
  const relativeInPhrase = !!first && isOpeningAdverbial(first.l) && toks[r.mention.i]?.l === 'who' && r.mention.j - r.mention.i === 1;
  if (!first || !(opensSubordinate(first.l) || relativeInPhrase || (first.l === 'even' && AFTER_EVEN.has(toks[open + 1]?.l ?? '')))) return r.e;
  const c = tokenAt(toks, r.cue.s), i = tokenAt(toks, r.s);
  if (c <= open || i <= c) return r.e;
  // the cue and the content's start are in the opening clause: no comma or dash before the content starts
  for (let k = open; k < i; k++) if (CLAUSE_MARKS.has(toks[k].t)) return r.e;
  for (let k = i + 1; k < ctx.b && toks[k].s < r.e; k++) {
    // (a comma inside a number, "2,400", or inside a quotation is none, but one that closes the quotation is the
    // clause's: "For someone who conceded in a recent debate that she's "not a natural politician," Hillary Clinton …")
    if (toks[k].t !== ',' || toks[k + 1]?.s === toks[k].e) continue;
    const q = quoteAt(ctx.quotes, toks[k].s);
    if (q && (q.innerEnd !== toks[k].e || !clauseStart(toks, tokenAt(toks, q.end), ctx.b))) continue;
    return q ? q.end : contentSpan(ctx, i, k)?.e ?? r.e;
  }
  return r.e;
}

/** Words between "who" and its cue ("who had said", "who once praised"). */
const RELATIVE_AUX = wordSet('has|have|had|is|was|also|once|later|earlier|previously|repeatedly|publicly|never|already|long|often');
/** How many such words may stand there. */
const MAX_RELATIVE_AUX = 3;

/** How many words a relative clause may hold before its cue ("who through his office declined", "who endorsed Canova in late May and said"). */
const MAX_RELATIVE_WORDS = 10;

/**
 * The "who" after a comma that opens the relative clause of the cue at c, or -1: "X, who said", "X, who had said" (or
 * a "which" right before the cue and its auxiliaries, "Norton, which declined to comment, returned …");
 * past a phrase ("Curiel, who through his office declined to comment, was born …") or the clause's first verb and
 * "and" ("Sanders, who endorsed Canova in late May and said he would probably campaign with him, ultimately did not
 * show up"); also after ", and" ("…, and who believe the mainstream media are covering for Mrs. Clinton, are …").
 */
function relativeWho(toks: Tok[], a: number, c: number): number {
  let w = c - 1;
  while (w > a && w >= c - MAX_RELATIVE_AUX && RELATIVE_AUX.has(toks[w].l)) w--;
  if (toks[w]?.l !== 'who' && toks[w]?.l !== 'which') {
    w = c - 1;
    while (w > a && w >= c - MAX_RELATIVE_WORDS && !toks[w].punct && toks[w].l !== 'who' && toks[w].l !== 'that') w--;
    if (toks[w]?.l !== 'who') return -1;
  }
  if (w <= a + 1) return -1;
  if (toks[w - 1].t === ',') return w;
  return toks[w - 1].l === 'and' && toks[w - 2].t === ',' ? w : -1;
}

/**
 * The content after the cue of a report whose source is a relative "which" or "that" alone (speaker.ts relativeSource),
 * cut at its first comma, the relative clause's close: "Norton, which declined ⟦to comment⟧, returned the publication
 * rights to Mr. Hurt", "an unaligned "Wyoming first" push, which proposed ⟦their own slates⟧, not necessarily bound to
 * anyone" (PolNeAR train, NYT 2016-07-05, Washington Post 2016-04-17), as the clause rules cut theirs (clauseReporter).
 */
function cutAtOwnRelative(ctx: SentenceContext, r: Report): void {
  const { toks } = ctx;
  const c = tokenAt(toks, r.cue.s);
  if (r.s < r.cue.e || !relativeSource(toks, r.mention, c)) return;
  for (let k = tokenAt(toks, r.s) + 1; k < ctx.b && toks[k].s < r.e; k++) {
    if (toks[k].t !== ',' || quoteAt(ctx.quotes, toks[k].s)) continue;
    // (a list's comma, its "and" or "or" before any verb: "has voiced concerns over ⟦Trump's views on Israel, his
    // support for torture and an apparent lack of …⟧", "that has refused ⟦to fall in line behind same-sex marriage, gay
    // adoption and other legal protections …⟧", train)
    if (listAfter(toks, k + 1, r.e)) return;
    r.e = toks[k - 1].e;
    return;
  }
}

/** The tokens from k to offset e hold "and" or "or" before any verb with tense: the rest of a list. */
function listAfter(toks: Tok[], k: number, e: number): boolean {
  for (; k < toks.length && toks[k].s < e; k++) {
    const t = toks[k];
    if (t.l === 'and' || t.l === 'or') return true;
    if (!t.cap && finite(t)) return false;
  }
  return false;
}

/** The content of `r`, cut at the comma that closes its reporter's relative clause ("X, who said …, recounted"). */
function cutAtRelativeClose(ctx: SentenceContext, r: Report): void {
  const { toks, a } = ctx;
  const c = tokenAt(toks, r.cue.s);
  if (r.s < r.cue.e) return;
  const w = relativeWho(toks, a, c);
  if (w < 0) return;
  // (a clause's comma before its own verb sets off an apposition: "who also said ⟦that the two men, and Mr. Cruz in
  // particular, must do more …⟧"; an object or an infinitive has no verb of its own)
  let verb = r.rule === 'object' || r.rule === 'infinitive';
  for (let k = tokenAt(toks, r.s) + 1; k < ctx.b && toks[k].s < r.e; k++) {
    const t = toks[k], n = toks[k + 1];
    if (!t.punct && (finite(t) || FINITE_BE_HAVE.has(t.l))) verb = true;
    // (the antecedent's verb after the closing comma: "was born", "proposes similar language")
    const own = !!n && (finite(n) || FINITE_BE_HAVE.has(n.l) || (/[^su'’]s$/.test(n.l) && n.l.length > 3 && !!toks[k + 2] && !toks[k + 2].punct));
    if (t.t !== ',' || !verb || !n || n.cap || n.punct || !own || quoteAt(ctx.quotes, t.s)) continue;
    r.e = toks[k - 1].e;
    return;
  }
}

/** Cuts the content of `r` where the main clause begins when its reporter or its cue stands in a subordinate clause. */
export function endOfSubordinate(ctx: SentenceContext, r: Report): void {
  cutAtMainClause(ctx, r);
  cutAtOwnRelative(ctx, r);
  cutAtRelativeClose(ctx, r);
  r.e = endOfOpeningClause(ctx, r);
}

/**
 * A report told in the phrase that opens a sentence ends at that phrase's comma when the main clause after it has a
 * report of another reporter's: "Asked if she believed ⟦Putin wanted Trump to win the White House⟧, Clinton said she
 * was not going to jump to that conclusion", "In her statement condemning ⟦the test⟧, Hillary Clinton defended her
 * record as secretary of state" (PolNeAR train: the main clause's report is gold, and the opening one's content ran
 * over it, so that nestedIn took the main report for a part of it). The phrase opens with a word of
 * mainSubject.ts's isOpeningAdverbial ("In", "After", "Asked", "While", …) and holds no comma before the opening
 * report's cue; the main clause's reporter stands right after the first comma of the content, and its own content
 * runs on to the opening one's end. `reports` are one sentence's, starting at offset `from`.
 */
export function endBeforeMainReport(text: string, reports: Report[], from: number): void {
  const first = /^[^\p{L}]*(\p{L}+)/u.exec(text.slice(from, from + OPENING_WORD_REACH));
  if (!first || !isOpeningAdverbial(first[1].toLowerCase())) return;
  for (const r of reports) {
    // (a content after its cue, the cue in the opening phrase: no comma between the sentence's start and the cue)
    if (r.s < r.cue.e || text.slice(from, r.cue.s).includes(',')) continue;
    const comma = text.indexOf(',', r.s);
    if (comma < 0 || comma >= r.e) continue;
    for (const main of reports) {
      if (main === r || main.mention.s === r.mention.s || main.s < main.cue.e || main.cue.s < main.mention.e || main.e < r.e) continue;
      if (!/^,\s*$/.test(text.slice(comma, main.mention.s))) continue;
      r.e = comma;
      break;
    }
  }
}
/** How far into the sentence its first word is looked for, in characters (past an opening quotation mark or a dash). */
const OPENING_WORD_REACH = 24;
