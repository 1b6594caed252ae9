/**
 * Who said a quote: the cue ("said", "told Al-Jazeera", "according to") next to the quote or in its sentence, and
 * the subject of that cue — a name, a pronoun or a description — before it ("Lavrov said", "the envoy warned that",
 * "X, who …, said") or after it ("said Mirsky, a leading Mideast expert").
 */
import { CUE_ADVERBS, CUES, DETERMINERS, NOT_NAME, NOT_NOUN, OTHER_PRONOUNS, PERSON_PRONOUNS, PREPOSITIONS, ROLE_HINT, TITLES, WEAK_CUES } from './lexicon';
import { midSentenceCaps, runAt } from './names';
import { tokenAt, type Tok } from './tokens';

export type MentionKind = 'name' | 'pronoun' | 'description';

export interface Mention {
  s: number;
  e: number;
  kind: MentionKind;
  /** Token range of the mention. */
  i: number;
  j: number;
  /** Head noun of a description ("envoy"). */
  head?: string;
}

export interface Attribution {
  mention: Mention;
  cue: { s: number; e: number };
}

/** The closing marks (and spaces) at the end of a quote: " ” ’ ' and the German “ « (also »: «…»). */
const CLOSING_MARKS = /["”“’'«»\s]+$/;

/** A contracted verb ("can’t", "it’s", "they’re"): never a word of a description. */
const CONTRACTION = /['’](?:t|s|re|ve|ll|d|m)$/;

/** The most tokens an outlet or role may take in a round-up's label ("Ann Perry, The Daily Ledger:"). */
const ROUND_UP_LABEL_MAX = 8;

/** Cues that introduce a quote only right next to it ('he continued: "…'). */
const ADJACENT_ONLY: ReadonlySet<string> = new Set(['continue', 'continues', 'continued', 'go', 'went', 'put', 'puts', 'begin', 'began', 'read', 'reads', 'offer', 'offered', 'note', 'notes', 'post', 'posted', 'posts', 'state', 'states', 'agree', 'agreed', 'worry', 'worried', 'order', 'ordered', 'point', 'pointed', 'add', 'adds']);

/** Cues whose subject may follow them ('said Mirsky'); the object of 'called' or 'told' is no speaker. */
const INVERTING: ReadonlySet<string> = new Set(['said', 'says', 'asked', 'asks', 'added', 'adds', 'wrote', 'writes', 'explained', 'noted', 'insisted', 'continued', 'replied', 'recalled', 'warned', 'tweeted', 'argued', 'declared', 'reported', 'reports', 'read', 'reads', 'posted', 'stated', 'countered', 'offered']);

/** Cue words that are also nouns in their bare form ("the Indiana state firefighters union", "a report"). */
const NOUN_TOO: ReadonlySet<string> = new Set(['state', 'report', 'call', 'claim', 'note', 'offer', 'promise', 'answer', 'comment', 'remark', 'remarks', 'post', 'tweet', 'reply', 'statement', 'word',
  'charge', 'pledge', 'vow', 'warning', 'order', 'demand', 'estimate', 'counter', 'response', 'plea', 'boast', 'quip', 'joke']);
/** Group nouns a name may modify ("Sanders supporters", "Clinton aides", "the Trump campaign"). */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['supporters', 'aides', 'officials', 'voters', 'advisers', 'advisors', 'allies', 'campaign', 'staff', 'staffers',
  'spokesman', 'spokeswoman', 'spokesperson', 'administration', 'team', 'delegates', 'backers', 'donors', 'critics', 'lawyers', 'attorneys', 'camp', 'loyalists', 'surrogates', 'fans']);

/** Nouns of speech whose possessor is the speaker ("her remark that", "Trump’s claim that"). */
const SPEECH_NOUNS: ReadonlySet<string> = new Set(['remark', 'remarks', 'comment', 'comments', 'assertion', 'claim', 'claims', 'statement', 'statements',
  'words', 'suggestion', 'warning', 'promise', 'pledge', 'argument', 'tweet', 'tweets', 'message', 'insistence', 'declaration', 'admission',
  'vow', 'accusation', 'boast', 'quip', 'joke', 'slogan', 'contention', 'description', 'prediction', 'complaint', 'charge', 'plea', 'question', 'answer', 'response', 'reply', 'line', 'mantra', 'refrain', 'catchphrase', 'rallying', 'cry', 'retort', 'announcement']);
/** Forms that are verbs after a name ("Conway notes", "CNN reports") but nouns after a determiner ("his claims"). */
const NOUN_AFTER_DET: ReadonlySet<string> = new Set(['claims', 'reports', 'calls', 'notes', 'promises', 'pledges', 'vows', 'tweets', 'posts', 'answers', 'replies', 'charges', 'warnings', 'demands', 'estimates', 'jokes']);

/** The mention of the name in tokens [i, j), its possessive ending left out ("Trump’s" → "Trump"). */
function nameMention(toks: Tok[], i: number, j: number): Mention {
  const last = toks[j - 1];
  return { s: toks[i].s, e: last.poss ? last.e - 2 : last.e, kind: 'name', i, j };
}

/** Token c is a speech cue; a noun-like cue after a determiner, a possessive or a capitalised word is a noun. */
function isCue(toks: Tok[], c: number, strongOnly: boolean): boolean {
  const t = toks[c];
  if (!t || t.cap || !CUES.has(t.l) || (strongOnly && WEAK_CUES.has(t.l))) return false;
  const prev = toks[c - 1];
  // ("Obama and Clinton call them “lone wolves”": a verb before its object pronoun)
  const afterArticle = !!prev && /^(?:the|a|an|his|her|their|its|our|my|your)$/.test(prev.l);
  if (/^(?:them|him|her|it|me|us|you)$/.test(toks[c + 1]?.l ?? '') && !afterArticle) return true;
  // "his proposed expansion", "the alleged scheme", "a reported deal": after an article or a possessive it is no verb
  // (but "He’s claiming", "Trump’s saying": a contracted "is" before a participle)
  if (afterArticle || (prev && !prev.punct && prev.poss && !t.l.endsWith('ing') && !PERSON_PRONOUNS.has(prev.l) && !OTHER_PRONOUNS.has(prev.l))) return false;
  // "the state of Ohio", "his claims were"
  if (NOUN_TOO.has(t.l) && (toks[c + 1]?.l === 'of' || prev?.l === 'of')) return false;
  // "An early tweet quoted …": an article and an adjective before a noun-like cue
  if (NOUN_TOO.has(t.l) && prev && !prev.punct && !prev.cap && (/^(?:the|a|an|his|her|their|its)$/.test(toks[c - 2]?.l ?? '') || !!toks[c - 2]?.poss)) return false;
  if (NOUN_AFTER_DET.has(t.l)) return !(prev && !prev.punct && (prev.poss || DETERMINERS.has(prev.l)));
  return !(NOUN_TOO.has(t.l) && prev && !prev.punct && (prev.cap || prev.poss || DETERMINERS.has(prev.l)));
}

/** The subject that ends at token k (inclusive), walking left; null when there is none. */
function subjectBefore(toks: Tok[], k: number, floor: number): Mention | null {
  while (k >= floor && !toks[k].punct && CUE_ADVERBS.has(toks[k].l) && !PERSON_PRONOUNS.has(toks[k].l)) k--;
  if (k < floor) return null;
  // "X, who …, said" / "X, a leading expert, said": skip the apposition between commas or dashes
  // "Gov. John Kasich (R-OH), said": the party tag in parentheses before the comma belongs to the name
  if (toks[k].t === ',' && toks[k - 1]?.t === ')') {
    let o = k - 2;
    while (o >= floor && o > k - 8 && toks[o].t !== '(' && toks[o].t !== ',') o--;
    if (o > floor && toks[o].t === '(' && toks[o - 1].cap) return subjectBefore(toks, o - 1, floor);
  }
  if (toks[k].t === ',' || toks[k].t === '—' || toks[k].t === '–' || toks[k].t === ')' || toks[k].t === '--') {
    const close = toks[k].t;
    const openers = close === ')' ? ['('] : [',', '—', '–', '--'];
    let a = k - 1;
    // a period glued to an abbreviation before a comma ("McConnell, R-Ky., said") does not end the clause
    while (a >= floor && a > k - 40 && !openers.includes(toks[a].t) && !(toks[a].punct && /[.!?;:]/.test(toks[a].t) && !(toks[a].t === '.' && (toks[a + 1]?.t === ',' || toks[a + 1]?.t === ')') && toks[a - 1]?.e === toks[a].s))) a--;
    if (a < floor || !openers.includes(toks[a].t)) return null;
    // "Russia's foreign minister, Sergei V. Lavrov, said": the name in the apposition is the speaker
    const inner = a + 1 < k ? runAt(toks, a + 1) : null;
    // but "Representative Steve Cohen, Democrat of Tennessee, told": a name before the apposition wins
    // (a body inside a description is no such name: "the director of the Federal Bureau of Investigation, James B. Comey, said")
    const outer = a - 1 >= floor && toks[a - 1].cap && !NOT_NAME.has(toks[a - 1].l) ? runAt(toks, a - 1) : null;
    const outerIsName = !!outer && !/^(?:of|the|at|for)$/.test(toks[outer.i - 1]?.l ?? '');
    if (inner && !outerIsName && inner.i === a + 1 && inner.j === k && inner.j - inner.i >= 2) {
      // ("Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said":
      // the description before this name is itself an apposition of a person named before it)
      let ds = a - 1;
      while (ds > floor && ds > a - 14 && !toks[ds - 1].punct) ds--;
      if (toks[ds - 1]?.t === ',' && ds - 2 >= floor && toks[ds - 2].cap && DETERMINERS.has(toks[ds].l)) {
        const person = runAt(toks, ds - 2);
        if (person && person.j === ds - 1 && person.j - person.i >= 2) return { s: toks[person.i].s, e: toks[person.j - 1].e, kind: 'name', i: person.i, j: person.j };
      }
      return nameMention(toks, inner.i, inner.j);
    }
    k = a - 1;
    if (k < floor) return null;
    // what stands before this apposition is itself the object of an earlier one ("Mr. Daniloff, now 81 and retired
    // in Cambridge, Mass., said", "Senator Richard Shelby, the Alabama Republican who heads the Senate Banking
    // Committee, which oversees the Fed, said"): the subject is before the earlier comma
    const run = toks[k].cap ? runAt(toks, k) : null;
    let st = run && run.j === k + 1 ? run.i : k;
    // ("of Raleigh, N.C., who …": a state after a town belongs to it)
    if (run && run.j - run.i <= 2 && toks[st - 1]?.t === ',' && toks[st - 2]?.cap) {
      const town = runAt(toks, st - 2);
      if (town && town.j === st - 1 && PREPOSITIONS.has(toks[town.i - 1]?.l ?? '')) st = town.i;
    }
    if (/^(?:the|a|an)$/.test(toks[st - 1]?.l ?? '')) st--;
    const before = toks[st - 1];
    // (only after a preposition or a verb: "retired in Cambridge", "heads the Senate Banking Committee" — not after
    // "that", "who" or "and", which start a clause whose subject the name is: "charges that Rush Limbaugh, for one, called")
    if (before && st - 1 >= floor && !before.punct && !before.cap && !before.poss && !DETERMINERS.has(before.l)
      && (PREPOSITIONS.has(before.l) || (/(?:s|ed)$/.test(before.l) && !NOT_NOUN.has(before.l)))) {
      for (let c = st - 2; c >= floor && c > st - 25; c--) {
        if (toks[c].punct && toks[c].t !== ',') break;
        if (toks[c].t !== ',') continue;
        const deeper = subjectBefore(toks, c, floor) ?? subjectBefore(toks, c - 1, floor);
        if (deeper && deeper.kind !== 'description') return deeper;
        break;
      }
    }
  }
  const t = toks[k];
  if (t.punct) return null;
  if (PERSON_PRONOUNS.has(t.l) || OTHER_PRONOUNS.has(t.l)) return { s: t.s, e: t.poss ? t.e - 2 : t.e, kind: 'pronoun', i: k, j: k + 1 };
  // "Some chanted “USA! USA!”", "Others said": a quantifier standing for people
  if (/^(?:some|many|others|most|several|both|few)$/.test(t.l) && (k === floor || toks[k - 1].punct || /^(?:and|but)$/.test(toks[k - 1].l))) return { s: t.s, e: t.e, kind: 'description', i: k, j: k + 1, head: t.l };
  if (t.cap) {
    const r = runAt(toks, k);
    if (r && r.j === k + 1) {
      // "Stacy Baker of Columbia, South Carolina says": a state after a town after "of"
      if (r.i - 3 >= floor && toks[r.i - 1].t === ',' && toks[r.i - 2].cap && r.j - r.i <= 2) {
        const town = runAt(toks, r.i - 2);
        if (town && town.j === r.i - 1 && /^(?:of|from)$/.test(toks[town.i - 1]?.l ?? '') && toks[town.i - 2]?.cap) {
          const person = subjectBefore(toks, town.i - 2, floor);
          if (person && person.kind === 'name') return person;
        }
        // (the name run may have swallowed "Stacy Baker of Columbia")
        const of = town && town.j === r.i - 1 ? toks.slice(town.i, town.j).findIndex(w => w.l === 'of') : -1;
        if (town && of >= 2) return { s: toks[town.i].s, e: toks[town.i + of - 1].e, kind: 'name', i: town.i, j: town.i + of };
      }
      // "Cory James, 22, of Flint, Mich., said": a place in an apposition is no speaker, the name before it is
      if (r.i - 2 >= floor && (toks[r.i - 1].l === 'of' || toks[r.i - 1].l === 'from') && toks[r.i - 2].t === ',') {
        const person = subjectBefore(toks, r.i - 2, floor);
        if (person && person.kind === 'name') return person;
      }
      // "A reporter for Agence France-Presse called it": a role noun before "for/of/at/with/from (the)" speaks
      {
        let q = r.i - 1;
        // ("a spokesman for committee Democrats said": lowercase modifiers before the body)
        while (q > r.i - 4 && q > floor && toks[q] && !toks[q].punct && !toks[q].cap && !PREPOSITIONS.has(toks[q].l) && !DETERMINERS.has(toks[q].l) && !NOT_NOUN.has(toks[q].l)) q--;
        if (toks[q]?.l === 'the') q--;
        // "Another intelligence source speaking to Fox News said": the source, not the outlet
        if (q - 2 >= floor && /^(?:to|with)$/.test(toks[q].l) && /ing$/.test(toks[q - 1].l) && !toks[q - 1].cap) {
          const d = subjectBefore(toks, q - 2, floor);
          if (d && d.kind !== 'pronoun') return d;
        }
        const role = toks[q - 1];
        if (q - 1 >= floor && /^(?:for|of|at|with|from|in)$/.test(toks[q].l) && role && !role.cap && !role.punct && ROLE_HINT.test(role.l)) {
          const d = subjectBefore(toks, q - 1, floor);
          if (d && d.kind === 'description') return { ...d, e: toks[r.j - 1].poss ? toks[r.j - 1].e - 2 : toks[r.j - 1].e, j: r.j };
        }
      }
      // "James Pethokoukis of the American Enterprise Institute wrote": the person before "of (the)" speaks
      const p = r.i - 1 - (toks[r.i - 1]?.l === 'the' ? 1 : 0);
      if (p - 1 >= floor && (toks[p].l === 'of' || toks[p].l === 'from' || toks[p].l === 'at') && toks[p - 1].cap && !toks[p - 1].poss) {
        const person = subjectBefore(toks, p - 1, floor);
        if (person && person.kind === 'name' && person.j - person.i >= 2) return person;
      }
      // "Cruz and Trump have slammed …": both names speak
      if (r.i - 2 >= floor && toks[r.i - 1].l === 'and' && toks[r.i - 2].cap && !toks[r.i - 2].poss) {
        const first = runAt(toks, r.i - 2);
        if (first && first.j === r.i - 1 && (first.i === floor || toks[first.i - 1].punct || DETERMINERS.has(toks[first.i - 1].l) || /^(?:and|but|while|as|when)$/.test(toks[first.i - 1].l))) {
          return nameMention(toks, first.i, r.j);
        }
      }
      return nameMention(toks, r.i, r.j);
    }
    return null;
  }
  // a description: "the envoy", "Russia's foreign minister", "a spokesman for the campaign"
  // (not a verb, a preposition or a contraction: "the limitation that you can’t | yell", "it’s safe to | say")
  if (NOT_NOUN.has(t.l) || !/^[a-z][a-z'’-]*$/.test(t.l) || PREPOSITIONS.has(t.l) || CONTRACTION.test(t.l)) return null;
  let a = k;
  while (a > floor && a > k - 6 && !toks[a - 1].punct && !DETERMINERS.has(toks[a - 1].l) && !toks[a - 1].poss && !NOT_NOUN.has(toks[a - 1].l) && !PREPOSITIONS.has(toks[a - 1].l) && !CUES.has(toks[a - 1].l)) a--;
  // (nor a clause with its own subject: "that you can’t", "it’s safe")
  for (let x = a; x < k; x++) if (PERSON_PRONOUNS.has(toks[x].l) || OTHER_PRONOUNS.has(toks[x].l) || CONTRACTION.test(toks[x].l)) return null;
  // "The former first lady and U.S. senator said": both roles are the one description
  if (a - 2 > floor && toks[a - 1].l === 'and' && !toks[a - 2].punct && !toks[a - 2].cap && !NOT_NOUN.has(toks[a - 2].l)) {
    let d = a - 2;
    while (d > floor && d > a - 8 && !toks[d - 1].punct && !DETERMINERS.has(toks[d - 1].l) && !CUES.has(toks[d - 1].l)) d--;
    if (d > floor && DETERMINERS.has(toks[d - 1].l)) return { s: toks[d - 1].s, e: toks[k].e, kind: 'description', i: d - 1, j: k + 1, head: toks[a - 2].l };
  }
  const det = a > floor && (DETERMINERS.has(toks[a - 1].l) || toks[a - 1].poss) ? a - 1 : -1;
  let head = k;
  if (det >= 0) {
    // "a spokesman for the campaign": the head is the noun before the preposition
    let b = det;
    // "Protesters marching through the streets chanted": the noun before the participle phrase
    if (b - 3 >= floor && (PREPOSITIONS.has(toks[b - 1].l) || /^(?:through|across|along|around|outside|into|toward|towards)$/.test(toks[b - 1].l)) && /ing$/.test(toks[b - 2].l) && !toks[b - 2].cap && !toks[b - 3].punct) {
      const head = subjectBefore(toks, b - 3, floor);
      if (head && head.kind !== 'pronoun') return head;
    }
    if (b - 1 > floor && PREPOSITIONS.has(toks[b - 1].l)) {
      const inner = subjectBefore(toks, b - 2, floor);
      if (inner && inner.kind === 'description') return { ...inner, e: t.e, j: k + 1 };
      if (inner && inner.kind === 'name') return inner;
    }
    if (det > floor && toks[det].poss && toks[det - 1] && !toks[det - 1].punct) b = det;
    return { s: toks[b].s, e: t.e, kind: 'description', i: b, j: k + 1, head: toks[head].l };
  }
  // "the 34-year-old mother of three replied": the head is before the preposition
  if (a > floor + 1 && PREPOSITIONS.has(toks[a - 1].l)) {
    const inner = subjectBefore(toks, a - 2, floor);
    if (inner && inner.kind !== 'pronoun') return inner.kind === 'description' ? { ...inner, e: t.e, j: k + 1 } : inner;
  }
  if (a === k && !ROLE_HINT.test(t.l)) return null;
  if (!ROLE_HINT.test(toks[head].l) && !/s$/.test(toks[head].l)) return null;
  return { s: toks[a].s, e: t.e, kind: 'description', i: a, j: k + 1, head: toks[head].l };
}

/** The subject that starts at token k, walking right ("said Mirsky", "said the Britain-based Syrian Observatory…"). */
function subjectAfter(toks: Tok[], k: number, ceil: number): Mention | null {
  if (k >= ceil) return null;
  const t = toks[k];
  if (t.punct) return null;
  if (PERSON_PRONOUNS.has(t.l) || OTHER_PRONOUNS.has(t.l)) return { s: t.s, e: t.e, kind: 'pronoun', i: k, j: k + 1 };
  if (t.cap) {
    // "The Trayvon Martin Foundation did not …": a capitalised article before a name
    if (t.l === 'the' && k + 1 < ceil && toks[k + 1].cap) {
      const body = runAt(toks, k + 1);
      // (but "The Florida senator", "The Q poll", "The Obama campaign" are descriptions: a noun follows the name)
      const next = toks[body?.j ?? k];
      const verbNext = !next || next.punct || NOT_NOUN.has(next.l) || CUES.has(next.l) || CUE_ADVERBS.has(next.l) || PREPOSITIONS.has(next.l) || (/(?:ed|s)$/.test(next.l) && !ROLE_HINT.test(next.l));
      if (body && body.i === k + 1 && body.j <= ceil && verbNext) return nameMention(toks, body.i, body.j);
    }
    const r = runAt(toks, k);
    if (!r || r.i !== k) return null;
    // "said Florida’s Rick Wilson": the name after a possessive place
    if (toks[r.j - 1].poss && r.j < ceil && toks[r.j].cap) {
      const r2 = runAt(toks, r.j);
      if (r2 && r2.i === r.j && r2.j - r2.i >= 2) return nameMention(toks, r2.i, r2.j);
    }
    // "said Republican strategist Ryan Williams", "said RNC spokesman Sean Spicer": the name after the role words
    let x = r.j;
    while (x < ceil && x < r.j + 4 && !toks[x].punct && !toks[x].cap && !PREPOSITIONS.has(toks[x].l) && !NOT_NOUN.has(toks[x].l)) x++;
    // only across role words, not a verb: "Mrs. Schlafly endorsed Donald J. Trump" is Schlafly
    if (x > r.j && x < ceil && toks[x].cap && !toks.slice(r.j, x).some(w => (/(?:ed|es)$/.test(w.l) || (/ly$/.test(w.l) && !/^(?:ally|family)$/.test(w.l))) || CUES.has(w.l))) {
      const r2 = runAt(toks, x);
      if (r2 && r2.i === x && r2.j - r2.i >= 2) return nameMention(toks, r2.i, r2.j);
    }
    return nameMention(toks, r.i, r.j);
  }
  if (PREPOSITIONS.has(t.l) || NOT_NOUN.has(t.l)) return null;
  if (!DETERMINERS.has(t.l)) {
    // "said spokesman John Kirby", "said former Sen. Evan Bayh", "said former Obama adviser David Axelrod"
    for (let x = k + 1; x < ceil && x < k + 5 && !toks[x].punct; x++) {
      if (toks[x].cap) {
        const r = runAt(toks, x);
        if (r && r.i === x) {
          // "said former Vermont governor Howard Dean": a place before a role word qualifies the role
          const y = r.j;
          if (y + 1 < ceil && !toks[y].punct && !toks[y].cap && ROLE_HINT.test(toks[y].l) && toks[y + 1].cap && !toks[r.j - 1].poss) {
            const r2 = runAt(toks, y + 1);
            if (r2 && r2.i === y + 1) return nameMention(toks, r2.i, r2.j);
          }
          return nameMention(toks, r.i, r.j);
        }
      }
      if (NOT_NOUN.has(toks[x].l) || PREPOSITIONS.has(toks[x].l)) break;
    }
    return null;
  }
  let j = k + 1;
  while (j < ceil && j < k + 8 && !toks[j].punct && !PREPOSITIONS.has(toks[j].l) && !NOT_NOUN.has(toks[j].l) && (!CUES.has(toks[j].l) || NOUN_TOO.has(toks[j].l) || NOUN_AFTER_DET.has(toks[j].l)) && !(/^(?:last|next|this)$/.test(toks[j].l) && NOT_NOUN.has(toks[j + 1]?.l ?? ''))) j++;
  if (j === k + 1) return null;
  const last = toks[j - 1];
  // "the Britain-based Syrian Observatory for Human Rights": a capitalised name inside the description wins
  for (let x = k + 1; x < j; x++) if (toks[x].cap) {
    const r = runAt(toks, x);
    if (r && r.j >= j) return { s: toks[r.i].s, e: toks[r.j - 1].e, kind: 'name', i: r.i, j: r.j };
  }
  return { s: t.s, e: last.e, kind: 'description', i: k, j, head: last.l };
}

/**
 * The subject a sentence opens with, after any introductory phrase set off by commas ("At a rally in
 * Portsmouth, N.H., on Tuesday, Senator Bernie Sanders … endorsed …, saying"): a name or a pronoun.
 */
export function sentenceOpener(toks: Tok[], startTok: number, ceil: number): Mention | null {
  // a dateline is no subject: "WASHINGTON — Sen. Chuck Grassley …", "MOSCOW (AP) — …"
  for (let x = startTok; x < ceil - 1 && x < startTok + 9; x++) {
    const agency = toks.slice(startTok, x).some(w => /^(?:AP|AFP|Reuters|UPI|CNN|Bloomberg)$/.test(w.t));
    if (/^(?:—|–|--)$/.test(toks[x].t) && (agency || toks.slice(startTok, x).every(w => w.punct || (w.cap && w.t === w.t.toUpperCase())))) { startTok = x + 1; break; }
  }
  const first = subjectAfter(toks, startTok, ceil);
  // "Speaking at a town hall …, Trump went after Bush", "Hours later, Trump …": a capitalised opening word is no name
  const opening = first && first.kind === 'name' && first.j - first.i === 1
    && (/(?:ing|ly|ed)$/.test(toks[first.i].l) || /^(?:later|earlier|ago|after|before|at|in|on|of|for|with|from|by|to)$/.test(toks[first.j]?.l ?? '')
      || !midSentenceCaps(toks).has(toks[first.i].l));
  // "Sanders supporters are crying “fraud”", "Clinton aides said": a name before a group noun modifies it
  if (first && first.kind === 'name' && GROUP_NOUNS.has(toks[first.j]?.l ?? '') && !toks[first.j].cap) {
    return { s: first.s, e: toks[first.j].e, kind: 'description', i: first.i, j: first.j + 1, head: toks[first.j].l };
  }
  // "Gary Johnson’s doctor is calling …": a possessive name is no subject
  if (first && !opening && first.kind !== 'description' && !toks[first.j - 1].poss) return first;
  if (first && toks[first.j - 1].poss) return null;
  for (let x = startTok; x < ceil - 1 && x < startTok + 25; x++) {
    if (toks[x].t !== ',') continue;
    const m = subjectAfter(toks, x + 1, ceil);
    // ("…, Rep. Hakeem Jeffries (D-N.Y.) reacted": a party tag may follow the name)
    if (m && m.kind !== 'description' && m.j < ceil && !toks[m.j - 1].poss && (!toks[m.j].punct || toks[m.j].t === '(')) return m;
  }
  return null;
}

/** Extend a "told"/"tell" cue over its object: "told Al-Jazeera television", "told reporters". */
function cueSpan(toks: Tok[], c: number, ceil: number): { s: number; e: number } {
  const t = toks[c];
  let e = t.e;
  if (/^(?:told|tell|tells|telling)$/.test(t.l)) {
    let j = c + 1;
    while (j < ceil && j < c + 5 && !toks[j].punct && toks[j].l !== 'that' && !PREPOSITIONS.has(toks[j].l) && !CUES.has(toks[j].l)) j++;
    if (j > c + 1) e = toks[j - 1].e;
  } else if (t.l === 'according' && toks[c + 1]?.l === 'to') e = toks[c + 1].e;
  else if (toks[c + 1] && toks[c + 1].l === 'that' && c + 1 < ceil) e = toks[c + 1].e;
  return { s: t.s, e };
}

export interface Bounds {
  /** Sentence start and end around the quote, and the neighbouring quotes' edges (what the cue may not cross). */
  sentStart: number;
  sentEnd: number;
  /** Where the sentence really starts, when an earlier quote in it moved sentStart (for its opening subject). */
  sentOpen?: number;
}

/**
 * Find the attribution of the quote [qs, qe) whose sentence is [b.sentStart, b.sentEnd): first right after the
 * quote, then right before it, then anywhere in its sentence.
 */
export function attribute(toks: Tok[], text: string, qs: number, qe: number, b: Bounds, closesSentence = false): Attribution | null {
  const after = tokenAt(toks, qe), endTok = tokenAt(toks, b.sentEnd);
  // the attribution before the quote, looked for at most once
  let beforeQuote: Attribution | null | undefined;
  const pre = () => (beforeQuote === undefined ? (beforeQuote = attributeBefore(toks, text, qs, b)) : beforeQuote);
  // (after a quote that closes its sentence, only "Lavrov said." — not a new sentence "Russia insisted that …")
  const newSentence = (c: number) => closesSentence && c + 1 < toks.length && !toks[c + 1].punct && !CUE_ADVERBS.has(toks[c + 1].l);
  // after the quote: '…," Lavrov said.' / '…," said Mirsky' / '…," the envoy warned' / '…," according to X'
  let k = after;
  // '“…” ― Sonya Herridge': a name set after the quote with a dash, as under an epigraph or a reader's comment
  const dash = toks[k];
  if (dash && /^(?:—|–|―|--)$/.test(dash.t) && toks[k + 1]?.cap && toks[k + 1].s - dash.e <= 1) {
    // the name's words, separated by single spaces only (not across the next quotation mark)
    let j = k + 2;
    while (j < toks.length && j < k + 6 && (toks[j].cap || /^(?:de|del|la|van|von|da|dos|bin)$/.test(toks[j].l)) && /^ ?$/.test(text.slice(toks[j - 1].e, toks[j].s))) j++;
    const last = toks[j - 1];
    // (a byline after a quote whose sentence has its own cue is not its speaker: 'Rajoy said … “…”--Kim Hjelmgaard.')
    if (!NOT_NAME.has(toks[k + 1].l) && !last.poss && /^\s*(?:[.,;(\n“"]|$)/.test(text.slice(last.e, last.e + 2)) && !pre()) {
      return { mention: { s: toks[k + 1].s, e: last.e, kind: 'name', i: k + 1, j }, cue: { s: dash.s, e: dash.e } };
    }
  }
  if (k < endTok && toks[k].punct && toks[k].t !== '(' ) k++;
  if (k < endTok) {
    // ('…,” telling Fox 35 that …': what follows a participle is its object, not its subject)
    // (and only a cue that inverts or always means speech: not '“…” found …', '“…” called for …')
    // '… has been called “strategic ambiguity” by Joshua Hendrick, a professor': the agent of a passive cue
    const bq = tokenAt(toks, qs) - 1;
    if (toks[k]?.l === 'by' && bq >= 1 && isCue(toks, bq, false) && /ed$/.test(toks[bq].l) && /^(?:was|were|been|is|are|being)$/.test(toks[bq - 1].l)) {
      const agent = subjectAfter(toks, k + 1, endTok);
      if (agent && agent.kind !== 'pronoun') return { mention: agent, cue: cueSpan(toks, bq, bq + 1) };
    }
    const accordingTo = toks[k].l === 'according' && toks[k + 1]?.l === 'to';
    if (accordingTo || (isCue(toks, k, false) && !toks[k].l.endsWith('ing') && (INVERTING.has(toks[k].l) || !WEAK_CUES.has(toks[k].l)))) {
      let m = k + 1;
      while (m < endTok && CUE_ADVERBS.has(toks[m].l) && !PERSON_PRONOUNS.has(toks[m].l)) m++;
      if (accordingTo) m = k + 2;
      const subj = subjectAfter(toks, m, endTok);
      // ("…,'' said the candidate could be …" is "[X] said [that] the candidate could …", no inverted subject)
      const clause = !!subj && subj.kind === 'description' && !accordingTo && !!toks[subj.j] && subj.j < endTok && !toks[subj.j].punct && !toks[subj.j].cap && !PREPOSITIONS.has(toks[subj.j].l) && !/^(?:who|which|that)$/.test(toks[subj.j].l);
      if (subj && !clause) return { mention: subj, cue: cueSpan(toks, k, endTok) };
    }
    // '…,'' like the recent volatility of markets, said Richard Curtin': an inverted cue after a comma, further on
    for (let c = k + 1; c < endTok && c < k + 30; c++) {
      if (toks[c - 1].t === ',' && INVERTING.has(toks[c].l)) {
        const subj = subjectAfter(toks, c + 1, endTok);
        if (subj && subj.kind === 'name') return { mention: subj, cue: cueSpan(toks, c, endTok) };
      }
    }
    // subject then cue within a few tokens — but a quote that closes its sentence belongs first to a cue before it
    // ('Jeb Bush called Trump “unhinged.” Sen. Marco Rubio called the statement …')
    // and so does one with a cue close before it ('Trump’s campaign manager says he is “gratified” by a Florida
    // prosecutor’s decision to drop a battery charge')
    // — unless the quote ends the classic way, '“…,” the Florida senator said'
    const early = pre();
    const earlyFirst = !!early && (closesSentence || tokenAt(toks, qs) - tokenAt(toks, early.cue.s) <= 8);
    // (the British way puts the comma after the mark: '‘…’, the Florida senator said')
    const classic = /[,?!]$/.test(text.slice(qs, qe).replace(CLOSING_MARKS, '')) || text[qe] === ',';
    for (let c = k; c < endTok && c < k + (closesSentence ? 5 : 14); c++) {
      if (toks[c].punct && toks[c].t !== ',' && toks[c].t !== '—' && toks[c].t !== '–') break;
      if (earlyFirst && !(classic && c - k <= 4)) return early;
      if (isCue(toks, c, false) && c > k && !toks[c].l.endsWith('ing') && toks[c - 1].l !== 'and') {
        if (newSentence(c)) continue;
        const subj = subjectBefore(toks, c - 1, k);
        // ('Ted Cruz accuses Obama of “leading from behind” and Donald Trump says …': a new clause's subject)
        if (subj && toks[subj.i - 1]?.l === 'and' && subj.i - 1 >= k) continue;
        if (subj) return { mention: subj, cue: cueSpan(toks, c, endTok) };
      }
    }
    if (earlyFirst) return early;
  }
  if (pre()) return pre();
  // later in the sentence, not adjacent: '"…" is how Lavrov put it', '"…" and, he added, …'
  for (let c = after; c < endTok && c < after + (closesSentence ? 5 : 25); c++) {
    if (isCue(toks, c, true) && !toks[c].l.endsWith('ing')) {
      if (newSentence(c)) continue;
      const subj = subjectBefore(toks, c - 1, after);
      if (subj) return { mention: subj, cue: cueSpan(toks, c, endTok) };
    }
  }
  return null;
}

/**
 * A description of a person or body starting at token k and followed by its verb, before token `limit`: "the GOP
 * presidential candidate | sent out", "a familiar voice | celebrated", "Sanders’ campaign | called", "His office | put out".
 */
function descriptionOpening(toks: Tok[], k: number, limit: number): Mention | null {
  const stop = (t: Tok) => t.punct || PREPOSITIONS.has(t.l) || NOT_NOUN.has(t.l) || DETERMINERS.has(t.l) || CUES.has(t.l);
  const owner = toks[k]?.cap ? runAt(toks, k) : null;
  const from = owner && owner.i === k && toks[owner.j - 1].poss ? owner.j : /^(?:the|a|an|this|that|his|her|their|its)$/.test(toks[k]?.l ?? '') ? k + 1 : -1;
  if (from < 0) return null;
  let j = from;
  // (a past-tense verb ends it: "Hillary Clinton’s right-hand woman | rallied supporters")
  while (j < limit && j < k + 6 && !stop(toks[j]) && !(j > from && /[^e]ed$/.test(toks[j].l) && !toks[j].cap)) j++;
  // the head is the last word before the verb
  // (when what stops it takes an object or a particle — "sent | out", "celebrated | the" — not a verb or an auxiliary:
  // "The conservative publication | has been", "the Republican presidential candidate | told")
  if (j < limit && j - 1 > from && !toks[j - 1].cap && !toks[j].punct && (DETERMINERS.has(toks[j].l) || (PREPOSITIONS.has(toks[j].l) && toks[j].l !== 'of') || /^(?:out|up|down|off|over|back|instead|away)$/.test(toks[j].l))) j--;
  while (j > from + 1 && /ed$/.test(toks[j - 1].l)) j--;
  const head = toks[j - 1];
  if (j > from && j < limit && !head.cap && ROLE_HINT.test(head.l) && !toks[j].cap && !toks[j].punct && !PREPOSITIONS.has(toks[j].l)) {
    return { s: toks[k].s, e: head.e, kind: 'description', i: k, j, head: head.l };
  }
  // "A spokeswoman for the House Armed Services Committee emailed …": a role with its body after it
  if (j === from + 1 && j < limit && /^(?:for|of|at|with|from)$/.test(toks[j].l) && !head.cap && ROLE_HINT.test(head.l) && k !== from) {
    return { s: toks[k].s, e: head.e, kind: 'description', i: k, j, head: head.l };
  }
  return null;
}

/** The attribution before the quote [qs, …) within its sentence, if any. */
function attributeBefore(toks: Tok[], text: string, qs: number, b: Bounds): Attribution | null {
  const before = tokenAt(toks, qs) - 1, startTok = tokenAt(toks, b.sentStart);
  const openTok = b.sentOpen !== undefined ? Math.min(startTok, tokenAt(toks, b.sentOpen)) : startTok;
  // before the quote: 'Lavrov said: "…' / 'X said that "…' / 'According to X, "…'
  // a round-up's label, "Ann Perry, The Daily Ledger: “…”", "Tom Gale, a retired teacher: “…”": the person named
  // first speaks; what follows the comma is their outlet or role
  if (before >= startTok + 3 && toks[before].t === ':' && qs - toks[before].e <= 2 && toks[startTok].cap) {
    const person = runAt(toks, startTok);
    const comma = person ? person.j : -1;
    if (person && person.i === startTok && person.j - person.i >= 2 && toks[comma]?.t === ',' && before - comma <= ROUND_UP_LABEL_MAX
      && toks.slice(comma + 1, before).every(w => !w.punct || w.t === '.') && !CUES.has(toks[before - 1].l)) {
      return { mention: nameMention(toks, person.i, person.j), cue: { s: toks[before].s, e: toks[before].e } };
    }
  }
  // a speaker's label, as in a transcript: 'Rep. Trey Gowdy (R-S.C.): "I have not heard …'
  if (before >= startTok + 1 && toks[before].t === ':' && qs - toks[before].e <= 2) {
    let label = subjectBefore(toks, before - 1, startTok);
    // (the label opens the sentence, or follows a dash: "IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Mark
    // Blumenthal and Jon Cohen: “…”", a round-up's headline, then the authors of what it quotes)
    const startsLabel = (i: number) => i === startTok || toks[i - 1].punct || /^\s+[-–—]\s+$/.test(text.slice(toks[i - 1].e, toks[i].s));
    if (label && label.kind === 'name' && label.i - 2 >= startTok && toks[label.i - 1].l === 'and' && !startsLabel(label.i)) {
      const first = runAt(toks, label.i - 2);
      if (first && first.j === label.i - 1 && startsLabel(first.i)) label = nameMention(toks, first.i, label.j);
    }
    const opensLabel = !!label && (startsLabel(label.i)
      // "Former secretary of state Hillary Rodham Clinton:" — titles only before the name, not "told CNN:",
      // "some Catholics in public office:" or "Frank quotes former Carter adviser Alfred Kahn:"
      || toks.slice(startTok, label.i).every(w => !w.punct && (TITLES.has(w.l) || w.l === 'of')));
    if (label && label.kind === 'name' && opensLabel) return { mention: label, cue: { s: toks[before].s, e: toks[before].e } };
  }
  // "Said Ellis: “I don’t get the sense …”", "Says Trump: “…”", "Said Comey, “…”", "Said Dorothy Poynter, who grew
  // up with Ali in the neighborhood, “…”": an inverted cue opening the sentence, its subject up to the quote
  if (before - 1 > startTok && /^(?:said|says|added|asked|wrote|writes)$/.test(toks[startTok].l) && (toks[before].t === ':' || toks[before].t === ',')) {
    const subj = subjectAfter(toks, startTok + 1, before);
    if (subj && (subj.j === before || (toks[before].t === ',' && toks[subj.j].t === ','))) return { mention: subj, cue: { s: toks[startTok].s, e: toks[startTok].e } };
  }
  // "As House Speaker Paul Ryan (R-Wis.) has pointed out, that’s basically the “textbook definition” of racism",
  // "As Ms. Simonyan put it in a statement …, RT is ''providing …''"
  if (toks[openTok]?.l === 'as' && openTok < before) {
    for (let c = openTok + 2; c < before && c < openTok + 14; c++) {
      if (toks[c].t === '(') { while (c < before && toks[c].t !== ')') c++; continue; }
      if (toks[c].punct) break;
      if (!CUES.has(toks[c].l) || toks[c].cap) continue;
      const subj = subjectBefore(toks, c - 1, openTok + 1);
      if (subj && subj.i === openTok + 1) return { mention: subj, cue: cueSpan(toks, c, before + 1) };
      break;
    }
  }
  let p = before;
  while (p >= startTok && toks[p].punct && /[,:—–]/.test(toks[p].t)) p--;
  if (p >= startTok && toks[p].l === 'that') p--;
  // "her remark that “there’s a special place in hell …”", "Donald Trump’s claim that there have been “…”":
  // a speech noun's possessor said it
  // ("Politifact seized on Trump’s claim that there have been “thousands of shootings”": the noun a little before)
  let sn = p;
  for (let c = p; c > startTok && c > p - 12; c--) {
    if (toks[c].punct || isCue(toks, c, false)) break;
    if (SPEECH_NOUNS.has(toks[c].l) && toks[c + 1]?.l === 'that') { sn = c; break; }
  }
  if (sn > startTok && SPEECH_NOUNS.has(toks[sn].l) && !toks[sn].poss && toks[sn + 1]?.l === 'that') {
    const p = sn;
    const owner = toks[p - 1];
    if (/^(?:his|her|their)$/.test(owner.l)) return { mention: { s: owner.s, e: owner.e, kind: 'pronoun', i: p - 1, j: p }, cue: { s: toks[p].s, e: toks[p].e } };
    if (owner.poss && owner.cap) {
      const r = runAt(toks, p - 1);
      if (r && r.j === p) return { mention: { s: toks[r.i].s, e: owner.e - 2, kind: 'name', i: r.i, j: r.j }, cue: { s: toks[p].s, e: toks[p].e } };
    }
  }
  for (let c = p; c >= startTok && c > p - 40; c--) {
    if (toks[c].t === '"' || toks[c].t === ';') break;
    if (toks[c].l === 'according' && toks[c + 1]?.l === 'to') {
      const subj = subjectAfter(toks, c + 2, before + 1);
      if (subj) return { mention: subj, cue: cueSpan(toks, c, before + 1) };
    }
    if (isCue(toks, c, false)) {
      const adjacent = c === p || c === p - 1;
      // "Sanders was asked by host Bill Maher, …, “Now, you …": the agent speaks
      if (toks[c + 1]?.l === 'by' && /^(?:was|were|is|are|being|been)$/.test(toks[c - 1]?.l ?? '')) {
        const agent = subjectAfter(toks, c + 2, before + 1);
        if (agent && agent.kind !== 'pronoun') return { mention: agent, cue: cueSpan(toks, c, before + 1) };
      }
      // "Trump has delivered a defense of New York, saying the city embodied the "…"": a participle's subject,
      // and the subject of a far cue, is the sentence's own subject when it opens with a name or a pronoun
      if ((!adjacent || toks[c].l.endsWith('ing')) && c > startTok) {
        // "“We do not see a link to terrorism,” the mayor said, adding that …": a participle after a cue shares its subject
        if (toks[c].l.endsWith('ing') && toks[c - 1]?.t === ',') {
          for (let c2 = c - 2; c2 >= startTok && c2 > c - 8; c2--) {
            if (!isCue(toks, c2, false) || toks[c2].l.endsWith('ing')) continue;
            const s2 = subjectBefore(toks, c2 - 1, startTok) ?? (INVERTING.has(toks[c2].l) ? subjectAfter(toks, c2 + 1, c - 1) : null);
            if (s2 && s2.kind !== 'pronoun' || s2 && PERSON_PRONOUNS.has(toks[s2.i].l)) return { mention: s2, cue: cueSpan(toks, c, before + 1) };
            break;
          }
        }
        const opener = sentenceOpener(toks, openTok, c);
        const near = subjectBefore(toks, c - 1, startTok);
        // "Legal observers note that": the capitalised adjective is part of the nearer description, no name
        const inNear = !!opener && !!near && near.i <= opener.i && opener.j <= near.j;
        const roleNear = !!near && near.kind === 'description' && !!near.head && ROLE_HINT.test(near.head) && /^(?:the|a|an)$/.test(toks[near.i].l) && c - near.j <= 2;
        if (opener && !inNear && opener.kind !== 'description' && (toks[c].l.endsWith('ing') || !near || (near.kind === 'description' && !roleNear))) {
          return { mention: opener, cue: cueSpan(toks, c, before + 1) };
        }
        // "with Sen. John McCain calling it a “Chinese menu.”": the name right before the participle
        if (toks[c].l.endsWith('ing') && toks[c - 1]?.cap && !toks[c - 1].poss && c - 1 >= startTok) {
          const r = runAt(toks, c - 1);
          if (r && r.j === c && !NOT_NAME.has(toks[r.i].l)) return { mention: { s: toks[r.i].s, e: toks[r.j - 1].e, kind: 'name', i: r.i, j: r.j }, cue: cueSpan(toks, c, before + 1) };
        }
        // "the Security Council issued a statement calling the test “a clear violation”", "His office put out a
        // statement saying …": the issuer of the statement speaks
        if (toks[c].l.endsWith('ing') && /^(?:statement|letter|release|memo|email|e-mail|report|video|ad|post|tweet|message)$/.test(toks[c - 1]?.l ?? '') && /^(?:a|an|the)$/.test(toks[c - 2]?.l ?? '')) {
          let v = c - 3;
          if (/^(?:out)$/.test(toks[v]?.l ?? '')) v--;
          if (v > startTok && /^(?:issued|released|put|sent|posted|published|distributed|circulated|emailed|tweeted|aired|ran|unveiled|issues|releases|puts|sends)$/.test(toks[v].l)) {
            const issuer = subjectBefore(toks, v - 1, startTok);
            if (issuer) return { mention: issuer, cue: cueSpan(toks, c, before + 1) };
          }
        }
        // "When he returned he began by saying, “…": a gerund after "by" shares the subject of the verb before it
        if (toks[c].l.endsWith('ing') && /^(?:by|after|before|while|without)$/.test(toks[c - 1]?.l ?? '') && c - 3 >= startTok && !toks[c - 2].punct && !toks[c - 2].cap) {
          const s3 = subjectBefore(toks, c - 3, startTok);
          if (s3 && s3.kind !== 'description') return { mention: s3, cue: cueSpan(toks, c, before + 1) };
        }
        // "The Florida senator sought to calm his supporters, and took a heckler in stride, saying …": a participle
        // after a sentence that opens with a description
        if (!opener && toks[c].l.endsWith('ing')) {
          let d = descriptionOpening(toks, openTok, c);
          for (let x = openTok; !d && x < c - 2 && x < openTok + 20; x++) if (toks[x].t === ',') d = descriptionOpening(toks, x + 1, c);
          if (d) return { mention: d, cue: cueSpan(toks, c, before + 1) };
        }
      }
      let subj = subjectBefore(toks, c - 1, startTok);
      // "he looked straight into my camera, furrowed his brow and said, “…": a coordinated verb shares the
      // sentence's subject
      // ("Carson took the stage at the Grand Hotel in Baltimore and called …": the place is an object)
      // "Trump joked …, but went on to say, “…": an infinitive's subject is the sentence's
      if (subj && toks[c - 1]?.l === 'to' && subj.kind === 'description') subj = sentenceOpener(toks, openTok, c - 1) ?? subj;
      else if (subj && toks[c - 1]?.l === 'and' && (subj.kind === 'description' || PREPOSITIONS.has(toks[subj.i - 1]?.l ?? '') || (subj.kind === 'name' && toks[subj.i - 1] && !toks[subj.i - 1].punct && /^(?:on|saturday|sunday|monday|tuesday|wednesday|thursday|friday)$/.test(toks[subj.j]?.l ?? '')))) {
        const opener = sentenceOpener(toks, openTok, subj.i);
        if (opener && opener.kind !== 'description' && !toks[opener.j - 1].poss) subj = opener;
      }
      if (subj && (adjacent || !WEAK_CUES.has(toks[c].l) || (subj.kind !== 'description' && !ADJACENT_ONLY.has(toks[c].l)))) return { mention: subj, cue: cueSpan(toks, c, before + 1) };
      if (!adjacent && WEAK_CUES.has(toks[c].l)) continue;
      const obj = INVERTING.has(toks[c].l) ? subjectAfter(toks, c + 1, before + 1) : null;
      if (obj && obj.kind === 'name' && c + 1 < before) return { mention: obj, cue: cueSpan(toks, c, before + 1) };
    }
  }
  return null;
}

/**
 * The sentence's own subject as the speaker of a quote with no cue ("Gingrich cynically dismissed Estonia as
 * being in the “suburbs of St. Petersburg”", "In July, Clinton cited … as “Miss Piggy”"): the name or personal
 * pronoun the sentence opens with, before the quote; the verb after it stands as the cue. Not a possessive
 * ("Gary Johnson's doctor is calling …"), not a name inside a quote.
 */
export function sentenceSubjectOf(toks: Tok[], sentStart: number, qs: number): Attribution | null {
  const startTok = tokenAt(toks, sentStart), qTok = tokenAt(toks, qs);
  if (qTok - startTok < 2) return null;
  let m = sentenceOpener(toks, startTok, qTok);
  // or a description of a person or body opening the sentence or its main clause ("The GOP presidential candidate
  // sent out an email …", "In the hours after, a familiar voice celebrated the attacks on Twitter: “…")
  const descriptionAt = (k: number) => descriptionOpening(toks, k, qTok);
  if (!m) m = descriptionAt(startTok);
  for (let x = startTok; !m && x < qTok - 2 && x < startTok + 20; x++) if (toks[x].t === ',') m = descriptionAt(x + 1);
  if (!m || m.j >= qTok) return null;
  if (m.kind === 'pronoun' && !PERSON_PRONOUNS.has(toks[m.i].l) && toks[m.i].l !== 'they' && toks[m.i].l !== 'we' && !(toks[m.i].l === 'it' && !toks[m.i].poss && !CUE_ADVERBS.has(toks[m.j]?.l ?? '') && !NOT_NOUN.has(toks[m.j]?.l ?? ''))) return null;
  if (toks[m.j - 1].poss || (toks[m.j] && toks[m.j].poss)) return null;
  let v = m.j;
  // ("Corey Lewandowski, Donald Trump’s fired campaign manager, ripped …": past an apposition to the verb)
  if (toks[v]?.t === ',' && m.kind !== 'description') {
    let w = v + 1;
    while (w < qTok && w < v + 20 && toks[w].t !== ',' && !(toks[w].punct && /[.;:!?]/.test(toks[w].t))) w++;
    if (toks[w]?.t === ',') v = w + 1;
  }
  while (v < qTok && (toks[v].punct || CUE_ADVERBS.has(toks[v].l)) && v < m.j + 24) v++;
  if (v >= qTok || toks[v].cap || toks[v].punct) return null;
  return { mention: m, cue: { s: toks[v].s, e: toks[v].e } };
}

/**
 * A share of respondents is not the source of a poll's finding ("Some 55 percent of voters nationwide said …,
 * according to a Quinnipiac poll", "In a national CNN/ORC poll released Monday, 31% of Republicans said …"): the
 * poll is, when the sentence names it.
 */
export function pollSource(toks: Tok[], att: Attribution, sentOpen: number, sentEnd: number): Attribution | null {
  const first = toks[att.mention.i];
  if (!first || !(/^\d/.test(first.t) || /^(?:some|about|nearly|almost|most|half|majority|only|just|roughly|more|fewer|less)$/.test(first.l))) return null;
  const lo = tokenAt(toks, sentOpen), hi = tokenAt(toks, sentEnd);
  for (let c = lo; c < hi - 2; c++) {
    if (toks[c].l === 'according' && toks[c + 1].l === 'to') {
      const src = subjectAfter(toks, c + 2, hi);
      if (src && src.kind !== 'pronoun') return { mention: src, cue: cueSpan(toks, c, hi) };
    }
  }
  // "The Q poll also finds that, while 37 percent of Americans say …"
  const opening = descriptionOpening(toks, lo, att.mention.i);
  if (opening && opening.head && /^(?:poll|survey|study|report|analysis)$/.test(opening.head)) return { mention: opening, cue: att.cue };
  // "In a September Washington Post-ABC News poll, 75 percent of Republicans said …"
  if (toks[lo]?.l === 'in' && /^(?:a|an|the)$/.test(toks[lo + 1]?.l ?? '')) {
    for (let c = lo + 2; c < hi && c < lo + 14 && toks[c].t !== ','; c++) {
      if (/^(?:poll|survey|study|report|analysis)$/.test(toks[c].l)) {
        let e = c;
        while (e + 1 < hi && e < c + 4 && toks[e + 1].t !== ',' && !toks[e + 1].punct) e++;
        return { mention: { s: toks[lo + 1].s, e: toks[e].e, kind: 'description', i: lo + 1, j: e + 1, head: toks[c].l }, cue: att.cue };
      }
    }
  }
  return null;
}

/**
 * What a sentence attributes "according to" someone is theirs, even when it also names who spoke: "Walker said,
 * according to an Associated Press account", "According to GMA News, Salceda said the “ugliness …”".
 */
export function accordingToSource(toks: Tok[], att: Attribution, qs: number, qe: number, sentOpen: number, sentEnd: number): Attribution | null {
  const lo = tokenAt(toks, sentOpen), hi = tokenAt(toks, sentEnd);
  for (let c = lo; c < hi - 2; c++) {
    if (toks[c].l !== 'according' || toks[c + 1].l !== 'to' || (toks[c].s >= qs && toks[c].s < qe) || toks[c].s === att.cue.s) continue;
    const src = subjectAfter(toks, c + 2, hi);
    if (src && src.kind !== 'pronoun' && (src.s < qs || src.s >= qe)) return { mention: src, cue: cueSpan(toks, c, hi) };
  }
  return null;
}
