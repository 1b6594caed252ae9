/**
 * Rule family "headline echoes a quote": a quote opening a headline or deck (marks.ts, titleLine) that repeats the
 * words of a quote in the body is that quote's speaker's, whatever the headline's own words say ("Riders fume"
 * speaks for no one; "chief says" is the chief the body names). Examples (test/fixtures/outlets):
 *   "‘It’s a mess’: Riders fume as Eglinton line delayed again" … "“It’s a mess,” said Kiran Baptiste-Holloway" → Kiran Baptiste-Holloway
 *   "'We have waited long enough,' chief says …" … "\"We have waited long enough,\" says Chief Dolores Kaye-Standingready" → Dolores Kaye-Standingready
 *   "'HE DIDN'T DESERVE THIS': Family of man stabbed …" … "\"He doesn't argue with anybody. He didn't deserve this.\"" → the
 *     body quote's speaker (three words or more held anywhere in it)
 */
import { isPersonNoun } from '../../people/lexicon';
import { holdsWords, quoteWords, sameWordList, type QuoteSpan } from '../marks';
import { pretested } from '../../text/pretested';

/** A headline quote echoes a body quote when its words, at least this many, open that quote's words. */
const ECHO_MIN_WORDS = 2;
/**
 * Or when its words, at least this many, stand anywhere in that quote's words: "'HE DIDN'T DESERVE THIS': Family of man
 * stabbed on TTC bus pleads for witnesses" … "“He doesn't argue with anybody. He didn't deserve this.”" (a Toronto
 * Sun-style probe, test/fixtures/outlets ca-sun-stabbing-ttc.txt, where the headline's quote had no speaker).
 */
const ECHO_HELD_MIN_WORDS = 3;

/**
 * The index of the first quote after the title-line quote `spans[n]` whose words begin with all of its words (hold
 * them anywhere, for a quote inside its line: "… chief calls the seizures 'a violation of our treaty'"; are its words
 * and no more, for a word alone: "Judge says attack was 'senseless' …" … "said the attack was \"senseless\"", an Irish
 * Times-style probe, test/fixtures/outlets ie-times-court-sentence.txt), among those `attributed`; -1 when there is none.
 */
export function echoedQuote(text: string, spans: readonly QuoteSpan[], n: number, attributed: (k: number) => boolean): number {
  const head = quoteWords(text, spans[n].innerStart, spans[n].innerEnd);
  if (!head.length) return -1;
  const echoes = (body: readonly string[]): boolean => {
    if (head.length < ECHO_MIN_WORDS) return sameWordList(body, head);
    return spans[n].inLine || head.length >= ECHO_HELD_MIN_WORDS ? holdsWords(body, head) : head.every((w, i) => body[i] === w);
  };
  for (let k = n + 1; k < spans.length; k++) {
    if (spans[k].titleLine || !attributed(k)) continue;
    if (echoes(quoteWords(text, spans[k].innerStart, spans[k].innerEnd))) return k;
  }
  return -1;
}

/** A name run as the rule reads it (./names.ts NameRun). */
interface Run { i: number; j: number; s: number; e: number; name: string }

/**
 * Rule family "headline names the speaker": a title-line quote no body quote repeats, before a colon, is the one
 * person the rest of its line names, when the article names that person in full (`person` gives the canonical name,
 * or undefined). Example (test/fixtures/outlets):
 *   "'I am not going to apologize for wanting a smaller government': Q&A with Conservative leadership hopeful Étienne
 *     de La Fontaine" → Étienne de La Fontaine
 * A headline naming no one or two people ("‘We are in shock, horrified’: A mosque feels the spotlight") gives none.
 */
export function personAfterTitleQuote(text: string, runs: readonly Run[], q: QuoteSpan, lineEnd: number, person: (run: Run) => string | undefined): { run: Run; name: string } | undefined {
  if (!/^\s*:/.test(text.slice(q.end, lineEnd))) return undefined;
  let found: { run: Run; name: string } | undefined;
  for (const run of runs) {
    if (run.s < q.end) continue;
    if (run.s >= lineEnd) break;
    const name = person(run);
    if (!name) continue;
    if (found && found.name !== name) return undefined;
    found = { run, name };
  }
  return found;
}

/**
 * After a title-line quote's colon, a person described with a relative clause ("the headteacher who took on the exam
 * board"), no name: a profile's or an interview's headline, its head noun captured.
 */
const PROFILE_TITLE = pretested(/^\s*:/, /^\s*:\s*(?:the|a|an)\s+(?:[\p{Ll}'’-]+\s+){0,3}?([\p{Ll}-]+)\s+(?:who|whose)\b/iu);

/**
 * Rule family "headline describes the subject": a title-line quote no body quote repeats, before a colon and a person
 * described with a relative clause, is the person the next paragraph (the standfirst or the lede) names first, when
 * the article names that person in full (`person`, as for `personAfterTitleQuote`). Example (test/fixtures/outlets, an
 * Observer-style long read; no PolNeAR train case):
 *   "'I didn't set out to be a troublemaker': the headteacher who took on the exam board ⏎ For 30 years Margaret
 *     Oyelaran-Hurst ran a comprehensive in Stoke." → Margaret Oyelaran-Hurst
 * A thing described so ("‘We are in shock, horrified’: A mosque feels the spotlight", PolNeAR train) gives none.
 */
export function subjectOfProfileTitle(text: string, runs: readonly Run[], q: QuoteSpan, lineEnd: number, person: (run: Run) => string | undefined): { run: Run; name: string } | undefined {
  const head = PROFILE_TITLE.exec(text.slice(q.end, lineEnd))?.[1]?.toLowerCase();
  // (one person: "the residents who lost everything" are many)
  if (!head || !isPersonNoun(head) || /[^s]s$/.test(head)) return undefined;
  // (the next paragraph that holds words, and the first person it names)
  const from = lineEnd + (/^\s*/.exec(text.slice(lineEnd))?.[0].length ?? 0);
  const next = text.indexOf('\n', from);
  const to = next < 0 ? text.length : next;
  for (const run of runs) {
    if (run.s < from) continue;
    if (run.s >= to) break;
    const name = person(run);
    if (name) return { run, name };
  }
  return undefined;
}
