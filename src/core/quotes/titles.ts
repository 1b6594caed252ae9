/**
 * A short Title Case string in quotation marks that names a thing rather than quoting speech: a show, a book, a
 * group, a campaign ("star of television’s “Scandal,”", "Later on ''This Week,''", "the “Gang of Eight,”", "a
 * chapter of ''Twin Peaks,''"). It stands where a noun does (after an article, a preposition or a possessive),
 * and no cue stands next to it (a cue next to it makes it speech: "called the “Crossroads of America”",
 * "“Denver,” he answered").
 */
import { CUES } from './lexicon';
import type { QuoteSpan } from './marks';
import { tokenAt, type Tok } from './tokens';

/** How near (in characters) a cue makes a Title Case string speech. */
const CUE_NEAR_BEFORE = 48;
const CUE_NEAR_AFTER = 24;

/** Words that give a name or a term, up to this many tokens before it ("known as the", "so-called"). */
const NAMING: ReadonlySet<string> = new Set(['known', 'so-called', 'dubbed', 'named', 'titled', 'entitled', 'labeled', 'labelled', 'termed', 'nicknamed']);
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
