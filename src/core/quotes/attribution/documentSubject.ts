/**
 * Rule family "document subject": a document or a piece of media that opens the sentence speaks a quote with no cue
 * of its own, its verb the cue (a document speaks for its issuer: ../../people/documents.ts). Examples (PolNeAR train):
 *   'One such document, obtained by The Post, includes a "no-disparagement" clause that requires staffers to promise
 *   "during the term of your service …"' → One such document (past the participle phrase set off by commas)
 *   'The Rove ad hits Clinton for taking “54 times more money from Wall Street interests than from all of Iowa”' → The
 *   Rove ad
 *   'The ad, titled "Unifier?", concludes that Trump is too "dangerous and reckless" to be president.' → The ad
 *   'The piece goes on to slam Sanders’ “political revolution” for implying “a national consensus …”' → The piece
 *   'Yildirim's LinkedIn page lists him as "Executive Director at Harmony Enterprises."' → Yildirim's LinkedIn page
 *   'A footnote in the report makes that clear: "These assessments …"' → A footnote (past a short prepositional phrase;
 *   a colon lead-in's subject too: ./colonLeadIn.ts)
 * The description: an article, a possessive or "one", at most a few words ending on a document noun, then maybe an
 * aside between commas, then its verb — a word compromise knows as a verb, not a form of "be" ("The report was
 * released …": no speech) nor one of putting the document out ("The ad aired …").
 */
import { endsInS } from '../../text/endings';
import { documentHead, isDocumentNoun, issuedParticiple } from '../../people/documents';
import { isVerbForm } from '../../people/lexicon';
import { looksAdverb } from '../../text/adverbs';
import { AUXILIARIES, BE_AND_FORMS, CUE_ADVERBS, DESCRIPTION_OPENERS, ISSUING_VERBS } from '../lexicon';
import type { Tok } from '../tokens';
import { isCue, tokenCue } from './cue';
import type { Attribution } from './mention';

/** Words that open a description of a document besides the articles and possessives ("One such document"). */
const DOCUMENT_OPENERS: ReadonlySet<string> = new Set([...DESCRIPTION_OPENERS, 'one', 'another']);
/** The most words of the description, its opener included ("A State Department inspector general's report"). */
const DOCUMENT_DESCRIPTION_REACH = 7;
/** Prepositions of a short phrase between the document and its verb ("A footnote in the report makes"). */
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'from', 'by', 'on']);
/** The most words of that phrase. */
const PHRASE_REACH = 4;
/** The most tokens of an aside between commas after the document ("…, obtained by The Post, …"). */
const ASIDE_REACH = 12;

/**
 * The word at v is the document's verb: one compromise knows as a verb only ("includes", "demanded"), a cue ("claims"),
 * or a present in -s that is a noun too ("The ad hits", "The page lists", "The report shows"; not another document: "The
 * report findings").
 */
function documentVerb(toks: Tok[], v: number): boolean {
  const w = toks[v].l;
  return isVerbForm(w) || isCue(toks, v, false) || (endsInS(w) && !isDocumentNoun(w));
}

/** The document description opening the sentence at startTok, before the quote at qTok, and its verb as the cue. */
export function documentSubject(toks: Tok[], text: string, startTok: number, qTok: number): Attribution | null {
  const first = toks[startTok];
  if (!first || !(DOCUMENT_OPENERS.has(first.l) || (first.cap && first.poss))) return null;
  let head = -1;
  for (let x = startTok + 1; head < 0 && x < qTok - 1 && x < startTok + DOCUMENT_DESCRIPTION_REACH && !toks[x].punct; x++) if (documentHead(toks, text, startTok, x + 1) === x) head = x;
  if (head < 0) return null;
  let v = head + 1;
  // (past a short phrase after its preposition: "A footnote in the report makes that clear:")
  if (PHRASE_PREPOSITIONS.has(toks[v].l)) {
    let w = v + 1;
    while (w < qTok && w <= v + PHRASE_REACH && !toks[w].punct && !documentVerb(toks, w)) w++;
    if (w < qTok && !toks[w].punct && documentVerb(toks, w) && !toks[w].cap) v = w;
  }
  // (past an aside set off by commas: "One such document, obtained by The Post, includes")
  if (toks[v].t === ',') {
    let c = v + 1;
    while (c < qTok && c < v + ASIDE_REACH && toks[c].t !== ',' && !/^[.;:!?]$/.test(toks[c].t)) c++;
    if (toks[c]?.t !== ',') return null;
    v = c + 1;
  }
  // (past adverbs: "The piece then goes on")
  while (v < qTok && (looksAdverb(toks[v].l) || CUE_ADVERBS.has(toks[v].l))) v++;
  // (an auxiliary before the verb: "The ad has hit …"; not a form of "be")
  if (v < qTok && AUXILIARIES.has(toks[v].l) && !BE_AND_FORMS.has(toks[v].l)) v++;
  const verb = toks[v];
  if (v >= qTok || verb.cap || verb.punct || BE_AND_FORMS.has(verb.l) || ISSUING_VERBS.has(verb.l) || issuedParticiple(verb.l) || !documentVerb(toks, v)) return null;
  return { mention: { s: first.s, e: toks[head].e, kind: 'description', i: startTok, j: head + 1, head: toks[head].l }, cue: tokenCue(verb), rule: 'sentence subject' };
}
