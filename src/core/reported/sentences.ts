/**
 * Sentences as token ranges: a sentence ends after ".", "!" or "?" before a new sentence (abbreviations and initials keep their period
 * inside the word token: "Mr.", "U.S.", "V."), at ";" never, and at every line break. One linear pass.
 */
import type { Tok } from '../quotes/tokens';

export function sentenceRanges(toks: Tok[], text: string): { a: number; b: number }[] {
  const out: { a: number; b: number }[] = [];
  let a = 0;
  for (let k = 0; k < toks.length; k++) {
    if (k > a && lineBreakBetween(text, toks[k - 1].e, toks[k].s)) { out.push({ a, b: k }); a = k; }
    const t = toks[k].t;
    // ("(R-Ky.) said", "Inc., the …": a period before a bracket, a comma or a lower-case word ends no sentence)
    const next = toks[k + 1];
    // ("… attacks in the U.S. He says …": an abbreviation's period ends the sentence before a pronoun or an article)
    if (t.length > 2 && t.endsWith('.') && next && /^(?:He|She|They|It|We|I|The|But|And|In|This|That|There)$/.test(next.t)) { out.push({ a, b: k + 1 }); a = k + 1; continue; }
    if ((t === '.' || t === '!' || t === '?') && !(next && (/^[),;]$/.test(next.t) || (!next.punct && !next.cap && /^\p{Ll}/u.test(next.t))))) { out.push({ a, b: k + 1 }); a = k + 1; }
  }
  if (a < toks.length) out.push({ a, b: toks.length });
  return out;
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
