/**
 * A short Title Case string in quotation marks that names a thing rather than quoting speech: a show, a book, a
 * group, a campaign ("star of television’s “Scandal,”", "Later on ''This Week,''", "the “Gang of Eight,”", "a
 * chapter of ''Twin Peaks,''"). It stands where a noun does (after an article, a preposition or a possessive),
 * and no cue stands next to it (a cue next to it makes it speech: "called the “Crossroads of America”",
 * "“Denver,” he answered"). Yet one inside a sentence a source closes is that source's word ("… is joining the
 * ''Today'' show as an anchor, NBC announced on Tuesday.": sourceClosesSentence).
 */
import type { Attribution } from './attribution/mention';
import { CUES } from './lexicon';
import type { QuoteSpan } from './marks';
import { nextSentenceEnd } from './sentences';
import { tokenAt, type Tok } from './tokens';
import { endsOnComma } from '../text/wordShape';

/** How near (in characters) a cue makes a Title Case string speech. */
const CUE_NEAR_BEFORE = 48;
const CUE_NEAR_AFTER = 24;

/** Words that give a name or a term, up to this many tokens before it ("known as the", "so-called"). */
export const NAMING: ReadonlySet<string> = new Set(['known', 'so-called', 'dubbed', 'named', 'titled', 'entitled', 'labeled', 'labelled', 'termed', 'nicknamed']);
const NAMING_REACH = 3;

/** Words before a name of a thing: articles, the prepositions of place and belonging, the verbs of starring and hosting. */
const THING_LEAD: ReadonlySet<string> = new Set(['the', 'a', 'an', 'on', 'of', 'in', 'at', 'starred', 'stars', 'starring', 'hosts', 'hosted', 'edits', 'edited', 'founded', 'founder']);

/** The quote `q`, attributed by `cue`, is the name of a thing (the caller has checked it is short Title Case). */
export function namedThing(toks: Tok[], q: QuoteSpan, cue: { s: number; e: number }): boolean {
  // (a cue of speech; the verb that follows a sentence's subject is no such cue: "Washington, star of …, thanked")
  const c = toks[tokenAt(toks, cue.s)];
  const speech = !!c && (c.punct || CUES.has(c.l) || c.l === 'according');
  if (speech && cue.e > q.start - CUE_NEAR_BEFORE && cue.s < q.end + CUE_NEAR_AFTER) return false;
  const at = tokenAt(toks, q.start);
  const prev = toks[at - 1];
  if (!prev || prev.e < q.start - 2) return false;
  // ("called the “Crossroads of America”", "known as the “Midnight Crew,”": a term someone gave)
  for (let k = at - 1; k >= 0 && k >= at - NAMING_REACH; k--) if (!toks[k].cap && (CUES.has(toks[k].l) || NAMING.has(toks[k].l))) return false;
  return THING_LEAD.has(prev.l) || (prev.poss && !prev.punct);
}

/** After that source's cue and mention, at most this many words ("on Tuesday", "in a statement") before the sentence's end. */
const CLOSING_SOURCE_TAIL_WORDS = 4;
/** Subordinators that may open a clause after the closing source ("…, her advisers said Friday, because …"). */
const AFTER_CLOSING_SOURCE = new Set(['because', 'as', 'while', 'since', 'after', 'before', 'when']);

/**
 * The quote's attribution is a source that closes its sentence after a comma — the whole sentence is that source's
 * account, so a Title Case term inside it is the source's word, not a title no one speaks (PolNeAR train):
 *   "Billy Bush … is joining the ''Today'' show as an anchor, NBC announced on Tuesday." → NBC
 *   "But she was not surprised that the ''Leave'' campaign won, her advisers said Friday, because …" → her advisers
 *   'That could help sail him … into the "Super Tuesday" primary on March 1 …, Jones said.' → Jones
 *   'The union-backed “Fight for $15” movement plans to protest the debate …, the Daily Caller reports.' → the Daily Caller
 * A word of saying (not "the U-2 pilot shot down"), and no words of the source's own after it ('On ABC’s “Good Morning
 * America” Tuesday, he said, “I never …”', "In his new book, ''Doomed to Succeed,'' and in an interview, Mr. Ross said
 * Mr. Obama had told …").
 */
export function sourceClosesSentence(toks: Tok[], text: string, q: QuoteSpan, r: Pick<Attribution, 'mention' | 'cue' | 'rule'>): boolean {
  const from = Math.min(r.cue.s, r.mention.s), to = Math.max(r.cue.e, r.mention.e);
  // (a comma right before the source, read back from it, and no line break or sentence end between the quote and it)
  if (from < q.end || !endsOnComma(text, q.end, from) || text.slice(q.end, from).includes('\n') || nextSentenceEnd(text, q.end, from)) return false;
  const cue = toks[tokenAt(toks, r.cue.s)];
  if (!cue || !(CUES.has(cue.l) || r.rule === 'according to' || r.rule === 'reported by')) return false;
  for (let k = tokenAt(toks, to), words = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.t === '.' || t.t === '!' || t.t === '?') return true;
    if (t.t === ',') return AFTER_CLOSING_SOURCE.has(toks[k + 1]?.l ?? '');
    if (t.punct || ++words > CLOSING_SOURCE_TAIL_WORDS) return false;
  }
  return false;
}
