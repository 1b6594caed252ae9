/**
 * Quotes and speakers of one article: quoted strings (marks.ts), their attribution (attribution.ts) and the
 * resolution of every mention to a canonical name (names.ts): pronouns to the person last speaking or named,
 * descriptions ("the envoy") to the person the article described so, short names to the fullest form.
 * A quote with no cue inherits from the quote it continues (the same multi-paragraph quote, the next quote of
 * the same sentence, the previous quote of the paragraph, or the previous paragraph's speaker when a paragraph
 * is all quote). Quoted strings with no speaker in reach keep `speaker: null`.
 */
import type { Quote, Span, Speaker } from '../types';
import { accordingToSource, attribute, pollSource, sentenceOpener, sentenceSubjectOf, type Attribution, type Mention } from './attribution';
import { PERSON_PRONOUNS, TITLES } from './lexicon';
import { isBoilerplateLine } from './boilerplate';
import { findQuoteSpans, withinQuote, type QuoteSpan } from './marks';
import { canonicalOf, midSentenceCaps, NameTable } from './names';
import { nextSentenceEnd, paragraphOf } from './sentences';
import { namedThing } from './titles';
import { tokenAt, tokenize, type Tok } from './tokens';
import { findReportedSpeech } from '../reported';

const ORG_WORDS = /\b(?:Observatory|Ministry|Council|Committee|Agency|Office|Party|Department|Times|Post|News|Journal|Network|Campaign|Institute|Foundation|Association|Union|Commission|Court|Army|Police|Government|Administration|Coalition|Group|Center|Centre|Bureau|Service|Corporation|Company|Inc|Corp|University|College|Church|Kremlin|Pentagon|House|Senate|Congress|Parliament|League|Organization|Organisation|Watch|Press|Reuters|AP|AFP|CNN|BBC|NBC|CBS|ABC|Fox)\b/;

/** A transcript's speaker label in capitals: "PENCE:", "MR. TRUMP:", "SEN. KAINE:" (not "Q:" or "U.S.:"). */
const LABEL = /^((?:[A-Z][A-Z'’-]+\.? ){0,3}[A-Z][A-Z'’-]+):\s/;

/** What stands before a title: "CNN’s", "the film", "star of", "titled", "on Fox News’ …". */
const TITLE_LEAD = /(?:\p{Lu}[\p{L}.&-]*['’]s?|\b(?:show|film|movie|book|memoir|novel|series|program|programme|song|album|play|musical|column|documentary|episode|segment|sitcom|drama|comedy|broadcast|podcast|magazine|newspaper|titled|entitled|dubbed|called|named|star of|host of|hosts?|anchor of|author of|starred in|appearance on)),?\s*$/u;

interface Resolved {
  name: string;
  mention: Mention;
  cue: Attribution['cue'];
  inherited?: boolean;
}

function sentenceBounds(text: string, q: QuoteSpan, prevEnd: number, nextStart: number): { sentStart: number; sentEnd: number; sentOpen: number } {
  const para = paragraphOf(text, q.start);
  const lo = Math.max(para.s, q.start - 600);
  let sentOpen = lo;
  let m: RegExpExecArray | null;
  for (let from = lo; (m = nextSentenceEnd(text, from, q.start)); from = m.index + m[0].length) sentOpen = m.index + m[0].length;
  const sentStart = Math.max(sentOpen, prevEnd);
  const hi = Math.min(para.e, nextStart, q.end + 600);
  let sentEnd = hi;
  // a quote that ends its own sentence ('…position."') is followed by the attribution only up to the next period
  if ((m = nextSentenceEnd(text, q.end, hi))) sentEnd = m.index + 1;
  return { sentStart, sentEnd, sentOpen };
}

function wordCount(text: string, s: number, e: number): number {
  let n = 0;
  for (let i = s, inWord = false; i < e; i++) {
    const w = /[\p{L}\p{N}]/u.test(text[i]);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

export function analyzeQuotes(text: string): { quotes: Quote[]; speakers: Speaker[] } {
  const spans = findQuoteSpans(text);
  const toks: Tok[] = tokenize(text);
  const names = new NameTable(toks, text);
  const resolved: (Resolved | null)[] = [];
  let lastPerson: { name: string; pos: number } | null = null;
  let lastSpeaker: { name: string; pos: number } | null = null;
  /** Names that have spoken so far: a one-word name ("Lavrov") counts as a person once it has. */
  const spoken = new Set<string>();

  const nameBefore = (pos: number, personOnly: boolean): string | undefined => {
    let lo = 0, hi = names.runs.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (names.runs[mid].s < pos) lo = mid + 1; else hi = mid; }
    for (let r = lo - 1; r >= 0 && r >= lo - 12; r--) {
      const run = names.runs[r];
      if (pos - run.e > 1500) break;
      if (personOnly && (ORG_WORDS.test(run.name) || (run.name.split(' ').length < 2 && names.canonical(run.name).split(' ').length < 2))) continue;
      if (withinQuote(spans, run.s, run.e)) continue; // names inside quotes are not speakers
      return names.canonical(run.name);
    }
    return undefined;
  };

  /** A person named at the start of the sentence that holds `pos` ("Brahimi, who …, which he said"). */
  const sentenceSubject = (pos: number): string | undefined => {
    const lo = Math.max(0, pos - 400);
    let start = paragraphOf(text, pos).s;
    let m: RegExpExecArray | null;
    for (let from = Math.max(lo, start); (m = nextSentenceEnd(text, from, pos)); from = m.index + m[0].length) start = m.index + m[0].length;
    const k = tokenAt(toks, start);
    // the sentence's opening name, past datelines, introductory phrases and role words ("Former Pennsylvania
    // governor Ed Rendell (D), a Clinton supporter, praised …"); not a pronoun, not a possessive
    const o = sentenceOpener(toks, k, tokenAt(toks, pos));
    if (!o || o.kind !== 'name' || o.e > pos) return undefined;
    const name = names.canonical(canonicalOf(toks, o.i, o.j).name);
    if (ORG_WORDS.test(name)) return undefined;
    // "Later, he added": a lone capitalised word never written inside a sentence is no name
    if (o.j - o.i === 1 && !midSentenceCaps(toks).has(toks[o.i].l) && !spoken.has(name)) return undefined;
    return name;
  };

  /** The first person named in the paragraph before `pos`, outside quotes. */
  const paragraphPerson = (pos: number): string | undefined => {
    const para = paragraphOf(text, pos);
    for (const run of names.runs) {
      if (run.s < para.s) continue;
      if (run.e > pos) break;
      if (ORG_WORDS.test(run.name) || spans.some(q => run.s >= q.start && run.e <= q.end)) continue;
      const c = names.canonical(run.name);
      if (c.split(' ').length >= 2 || spoken.has(c)) return c;
    }
    return undefined;
  };

  const resolve = (m: Mention, pos: number): string => {
    if (m.kind === 'name') return names.canonical(canonicalOf(toks, m.i, m.j).name);
    const word = text.slice(m.s, m.e);
    if (m.kind === 'pronoun') {
      const l = ({ his: 'he', her: 'she' } as Record<string, string>)[word.toLowerCase()] ?? word.toLowerCase();
      if (PERSON_PRONOUNS.has(l) || l === 'who') {
        const subject = l === 'who' ? nameBefore(m.s, false) : sentenceSubject(m.s) ?? paragraphPerson(m.s);
        if (subject) return subject;
        if (lastSpeaker && pos - lastSpeaker.pos < 1200 && !ORG_WORDS.test(lastSpeaker.name)) return lastSpeaker.name;
        return nameBefore(m.s, true) ?? (lastPerson && pos - lastPerson.pos < 3000 ? lastPerson.name : word);
      }
      return (lastSpeaker && pos - lastSpeaker.pos < 1200 ? lastSpeaker.name : nameBefore(m.s, false)) ?? word;
    }
    return (m.head && names.byDescription(m.head, m.s)) ?? word.replace(/^(?:the|a|an)\s+/i, '');
  };

  const bounds: { sentStart: number; sentEnd: number; sentOpen: number }[] = [];
  for (let n = 0; n < spans.length; n++) {
    const q = spans[n];
    const b = bounds[n] = sentenceBounds(text, q, n > 0 ? spans[n - 1].end : 0, n + 1 < spans.length ? spans[n + 1].start : text.length);
    const closes = /[.!?]$/.test(text.slice(q.innerStart, q.innerEnd));
    // a transcript's speaker label opening the quote: '"PENCE: Well, look, …'
    const label = LABEL.exec(text.slice(q.innerStart, q.innerStart + 48));
    if (label) {
      const i = tokenAt(toks, q.innerStart), colon = tokenAt(toks, q.innerStart + label[1].length);
      const words = label[1].split(/\s+/).filter(w => !TITLES.has(w.toLowerCase())).map(w => w[0] + w.slice(1).toLowerCase());
      if (words.length && colon > i && toks[colon]?.t === ':') {
        const name = names.canonical(words.join(' '));
        resolved.push({ name, mention: { s: toks[i].s, e: toks[colon - 1].e, kind: 'name', i, j: colon }, cue: { s: toks[colon].s, e: toks[colon].e } });
        lastSpeaker = { name, pos: q.end };
        spoken.add(name);
        continue;
      }
    }
    let att = q.runsOn && !q.continued ? attribute(toks, text, q.start, q.end, { sentStart: b.sentStart, sentEnd: q.end }) ?? null : attribute(toks, text, q.start, q.end, b, closes);
    // 'Cruz continued:' closing the paragraph before a paragraph of quote
    const para = paragraphOf(text, q.start);
    if (!att && q.start === para.s && para.s > 1) {
      let prevEnd = para.s;
      while (prevEnd > 0 && /\s/.test(text[prevEnd - 1])) prevEnd--;
      if (text[prevEnd - 1] === ':') {
        const pp = paragraphOf(text, prevEnd - 1);
        let from = pp.s;
        let m: RegExpExecArray | null;
        for (let f = pp.s; (m = nextSentenceEnd(text, f, prevEnd)); f = m.index + m[0].length) from = m.index + m[0].length;
        const sentStart = Math.max(from, n > 0 ? spans[n - 1].end : 0);
        att = attribute(toks, text, prevEnd, q.end, { sentStart, sentEnd: q.start });
        // "On July 6, 2015, Sanders made the following comment:" — no cue verb, but the sentence's subject
        if (!att) att = sentenceSubjectOf(toks, sentStart, prevEnd - 1);
      }
    }
    if (att) att = pollSource(toks, att, b.sentOpen, b.sentEnd) ?? accordingToSource(toks, att, q.start, q.end, b.sentOpen, b.sentEnd) ?? att;
    // (a photo credit or a share prompt names no speaker)
    if (att) { const line = paragraphOf(text, att.mention.s); if (isBoilerplateLine(text, line.s, line.e)) att = null; }
    if (att) {
      const name = resolve(att.mention, q.start);
      resolved.push({ name, mention: att.mention, cue: att.cue });
      lastSpeaker = { name, pos: q.end };
      spoken.add(name);
      if (att.mention.kind !== 'description' && !ORG_WORDS.test(name)) lastPerson = { name, pos: q.end };
    } else resolved.push(null);
  }

  const groupSize = new Map<number, number>();
  for (const q of spans) groupSize.set(q.group, (groupSize.get(q.group) ?? 0) + 1);
  // a quote with no cue in reach is the sentence subject's ("Gingrich cynically dismissed Estonia as being in the
  // “suburbs of St. Petersburg”")
  const subjectFallback = (n: number, embeddedOnly: boolean): void => {
    if (resolved[n]) return;
    const q = spans[n], b = bounds[n];
    // (before inheritance, only for a quote inside a sentence of its own, not one that continues an earlier quote)
    if (embeddedOnly) {
      const prev = spans[n - 1];
      if (tokenAt(toks, q.start) - tokenAt(toks, b.sentOpen) < 3) return;
      if (prev && prev.end > b.sentOpen) return;
      if ((groupSize.get(q.group) ?? 0) > 1) return;
    }
    const att = sentenceSubjectOf(toks, b.sentOpen, q.start);
    // a lone capitalised word known as no one's name ("Legal observers note the White House wouldn't “close” …")
    const lone = att && att.mention.kind === 'name' && att.mention.j - att.mention.i === 1 ? text.slice(att.mention.s, att.mention.e) : null;
    if (lone && names.canonical(lone) === lone && !spoken.has(lone) && !midSentenceCaps(toks).has(toks[att!.mention.i].l)) return;
    if (att) resolved[n] = { name: resolve(att.mention, q.start), mention: att.mention, cue: att.cue, inherited: true };
  };
  for (let n = 0; n < spans.length; n++) subjectFallback(n, true);

  // inheritance: multi-paragraph groups, "A" and "B," he said, "A," he said. "B.", paragraphs of quote
  const inherit = (to: number, from: number) => { const r = resolved[from]; if (r) resolved[to] = { ...r, inherited: true }; };
  // (the first piece of each group attributed on its own: this loop only adds inherited ones)
  const groupSpeaker = new Map<number, number>();
  spans.forEach((x, k) => { if (resolved[k] && !resolved[k]!.inherited && !groupSpeaker.has(x.group)) groupSpeaker.set(x.group, k); });
  for (let n = 0; n < spans.length; n++) {
    if (resolved[n]) continue;
    const q = spans[n];
    const sameGroup = groupSpeaker.get(q.group) ?? -1;
    if (sameGroup >= 0) { inherit(n, sameGroup); continue; }
    const next = spans[n + 1], prev = spans[n - 1];
    if (prev && resolved[n - 1] && !/[.!?\n]["”’']*\s/.test(text.slice(prev.end - 3, q.start))) { inherit(n, n - 1); continue; } // same sentence
    if (next && resolved[n + 1] && next.start - q.end < 16 && !/[.!?\n]/.test(text.slice(q.end, next.start))) { inherit(n, n + 1); continue; }
    const words = wordCount(text, q.innerStart, q.innerEnd);
    const para = paragraphOf(text, q.start);
    if (prev && resolved[n - 1] && prev.start >= para.s && words >= 3) { inherit(n, n - 1); continue; }
    if (prev && resolved[n - 1] && q.start === para.s && words >= 4) {
      const prevPara = paragraphOf(text, prev.start);
      if (para.s - prevPara.e < 4 || para.s - prev.end < 400) inherit(n, n - 1);
    }
  }

  // last resort for a quote of some length: the nearest attribution anywhere in its paragraph, else the speaker
  // of the previous paragraph's quote
  for (let n = 0, lastResolved = -1; n < spans.length; n++) {
    if (n > 0 && resolved[n - 1]) lastResolved = n - 1;
    if (resolved[n]) continue;
    const q = spans[n];
    if (wordCount(text, q.innerStart, q.innerEnd) < 4) continue;
    const para = paragraphOf(text, q.start);
    const att = attribute(toks, text, q.start, q.end, { sentStart: Math.max(para.s, n > 0 ? spans[n - 1].end : 0), sentEnd: Math.min(para.e, n + 1 < spans.length ? spans[n + 1].start : para.e) });
    if (att) { resolved[n] = { name: resolve(att.mention, q.start), mention: att.mention, cue: att.cue, inherited: true }; continue; }
    const k = lastResolved;
    // (only for a quote that opens its paragraph, as a paragraph of speech continuing the last one; a quote inside a
    // paragraph with no attribution in reach keeps speaker: null rather than a guess)
    if (k >= 0 && q.start === para.s && q.start - spans[k].end < 600 && paragraphOf(text, spans[k].start).s !== para.s) inherit(n, k);
  }

  for (let n = 0; n < spans.length; n++) subjectFallback(n, false);

  // a title in quotation marks is no speech: a show, a film, a book, a slogan's name ("on CNN’s “New Day,”",
  // "her blockbuster film, “Trainwreck.”") — short, every longer word capitalised
  for (let n = 0; n < spans.length; n++) {
    if (!resolved[n]) continue;
    const inner = text.slice(spans[n].innerStart, spans[n].innerEnd).replace(/[.,!?;:]+$/, '');
    const words = inner.split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > 6) continue;
    const longer = words.filter(w => /^[\p{L}'’-]{4,}$/u.test(w));
    if (!longer.length || !longer.every(w => /^\p{Lu}/u.test(w))) continue;
    const lead = text.slice(Math.max(0, spans[n].start - 60), spans[n].start);
    const tail = text.slice(spans[n].end, spans[n].end + 24);
    if (TITLE_LEAD.test(lead) || /^,?\s*(?:star|stars|actor|actress|host|creator|episode|show|series|syllabus|segment|movement)\b/.test(tail)) resolved[n] = null;
    else if (namedThing(toks, spans[n], resolved[n]!.cue)) resolved[n] = null;
  }

  const quotes: Quote[] = [];
  const bySpeaker = new Map<string, Span[]>();
  const addMention = (name: string, s: Span) => { const l = bySpeaker.get(name) ?? []; l.push(s); bySpeaker.set(name, l); };
  spans.forEach((q, n) => {
    const r = resolved[n];
    const words = wordCount(text, q.innerStart, q.innerEnd);
    const quote: Quote = { start: q.start, end: q.end, text: text.slice(q.start, q.end), speaker: null, group: q.group };
    if (words <= 6) quote.partial = true;
    if (r) {
      quote.speaker = { name: r.name, start: r.mention.s, end: r.mention.e };
      quote.cue = { start: r.cue.s, end: r.cue.e, text: text.slice(r.cue.s, r.cue.e) };
      addMention(r.name, { start: r.mention.s, end: r.mention.e });
    }
    quotes.push(quote);
  });
  // reported speech (../reported): appended after the direct quotes, its speakers resolved the same way
  for (const r of findReportedSpeech(text, toks, spans)) {
    const name = resolve(r.mention, r.s);
    quotes.push({ start: r.s, end: r.e, text: text.slice(r.s, r.e), kind: 'indirect', speaker: { name, start: r.mention.s, end: r.mention.e }, cue: { start: r.cue.s, end: r.cue.e, text: text.slice(r.cue.s, r.cue.e) } });
    addMention(name, { start: r.mention.s, end: r.mention.e });
  }
  quotes.sort((x, y) => x.start - y.start || x.end - y.end);
  for (const run of names.runs) {
    const c = names.canonical(run.name);
    if (bySpeaker.has(c) && !withinQuote(spans, run.s, run.e)) addMention(c, { start: run.s, end: run.e });
  }
  // the first description learnt under each canonical name, built once when a speaker has none of its own
  let byCanonical: Map<string, string> | undefined;
  const describedAs = (): Map<string, string> => {
    if (!byCanonical) {
      byCanonical = new Map();
      for (const [k, d] of names.descriptions) { const c = names.canonical(k); if (!byCanonical.has(c)) byCanonical.set(c, d); }
    }
    return byCanonical;
  };
  const speakers: Speaker[] = [];
  for (const [name, ms] of bySpeaker) {
    ms.sort((a, b) => a.start - b.start || a.end - b.end);
    const mentions: Span[] = [];
    for (const m of ms) if (!mentions.length || m.start >= mentions[mentions.length - 1].end) mentions.push(m);
    const description = names.descriptions.get(name) ?? describedAs().get(name);
    const kind = ORG_WORDS.test(name) ? 'organization' : name.split(' ').length >= 2 ? 'person' : 'unknown';
    speakers.push({ name, mentions, kind, ...(description ? { description } : {}) });
  }
  speakers.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return { quotes, speakers };
}
