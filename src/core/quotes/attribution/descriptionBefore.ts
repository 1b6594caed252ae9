/**
 * A lowercase subject ending at token k, for ./subjectBefore.ts: a description of a person or body. Examples
 * (PolNeAR train, the seeds, test/fixtures/outlets where marked):
 *   "the envoy warned", "Russia's foreign minister said", "a spokesman for the campaign said"
 *   "The Democratic presidential front-runner and former secretary of state said" (Politico 2015-12-06), '"…," the
 *     physician and politician told Al Jazeera' (outlets qa-aljazeera-gaza-hospitals-fuel) → both roles are the one
 *     description
 *   "A majority of voters looking for an outsider candidate supported Trump" (Breitbart 2016-02-20, a reported
 *     source) → A majority of voters (the noun before the participle phrase; first written on a PolNeAR dev example,
 *     "Protesters marching through the streets chanted", and no train or fixture direct quote takes this reading)
 *   'where the secretary of state said she was "not only here to do my job"' (Washington Post 2016-05-19) → the head
 *     before the preposition, its object kept (first written on a PolNeAR dev example, "the 34-year-old mother of three
 *     replied")
 *   '“What if Donald Trump had elocution lessons?” the 43-year-old asked' (PolNeAR train) → the age stands for the person
 *   "a State Department official said" (PolNeAR train) → the whole description ("State" is no cue here)
 *   "a Department of Health spokesperson said" → the whole description, the name with its "of" included
 *   "the prime minister's official spokesperson told reporters" → the whole description, its owner's words included
 *   '“…,” the bespectacled, 71-year-old diplomat said' (PolNeAR train) → past the comma between two adjectives
 *   "The Metro workers' union said" (outlets cl-santiagotimes-red-fare-rise), "The Kumasi drivers' union said" (outlets
 *     gh-graphic-ho-trotro-fares) → the whole description, the name's word before a plural owner included
 *   "Opposition senator Franklin Almonte of the People's Force party said" (outlets do-dominicantoday-blackouts-electricity-
 *     rates), "Paolo Santangelo of the Hamilton Police Service's collision reconstruction unit told the court" (outlets
 *     ca-spec-sentencing-impact) → the person before "of the" and the body a possessive opens
 *   "Although officials say the plan works, critics disagree", "Although suppliers say the chain pays its bills on time"
 *     (outlets uk-guardian-bakery-brothers) → officials, suppliers: a subordinator opening the clause is no modifier
 *   "the emails, which included staff members suggesting someone should question Sanders’ Jewish faith" (Breitbart
 *     2016-07-25), "calling for Fiorina's firing and carrying signs saying, "…"" (Washington Post 2016-01-20) → staff
 *     members, signs: the verb of a relative clause or of a clause after "and" is no word of its object's description
 *     (but "Sanders … has drawn huge crowds describing a country …" (NYT 2016-01-14) is left to the clause's subject)
 * Not a verb, a preposition or a clause with its own subject ("the limitation that you can’t | yell", "it’s safe to | say").
 */
import { endsInS } from '../../text/endings';
import { AFFILIATION_PREPOSITIONS, AGE_NOUN, ARTICLES, CUES, DETERMINERS, ISSUED_DOCUMENTS, MOTION_PREPOSITIONS, NAME_PREPOSITIONS, NOT_NOUN, OTHER_PRONOUNS, PERSON_PRONOUNS, PREPOSITIONS, RELATIVE_PRONOUNS, ROLE_HINT, SUBORDINATORS } from '../lexicon';
import { isDocumentNoun } from '../../people/documents';
import { isPluralPeopleNoun, isVerbForm } from '../../people/lexicon';
import { PLURAL_POSSESSIVE, runAt } from '../names';
import { BRACKETED_INITIALS, initialsInBrackets, type Tok } from '../tokens';
import { isFullName, type Mention } from './mention';
import { subjectBefore } from './subjectBefore';
import { ADJECTIVE_ENDING, ATTACHED_ADJECTIVES } from '../../text/adjectives';

/** A contracted verb ("can’t", "it’s", "they’re"): never a word of a description. */
const CONTRACTION = /['’](?:t|s|re|ve|ll|d|m)$/;
/** Comparatives that open a preposition's object as a determiner does ("proponents of more controls"). */
const COMPARATIVE_DETERMINERS: ReadonlySet<string> = new Set(['more', 'fewer']);
/** The most words a description before its cue may take, its determiner left out. */
const DESCRIPTION_REACH = 6;
/** How far back the determiner of a first role coordinated with the description may stand ("The former first lady and …"). */
const COORDINATED_ROLE_REACH = 8;

const description = (toks: Tok[], i: number, k: number, head: string): Mention => ({ s: toks[i].s, e: toks[k].e, kind: 'description', i, j: k + 1, head });

/**
 * Where a possessive owner at token `det` starts: the whole capitalised name it ends and the article before it ("the
 * Prime Minister's official spokesman", not "Minister's official spokesman"; "Russia's foreign minister").
 */
function ownerStart(toks: Tok[], det: number, floor: number): number {
  if (toks[det].poss && !toks[det].cap) return lowercaseOwnerStart(toks, det, floor);
  if (!toks[det].poss || !toks[det].cap) return det;
  const r = runAt(toks, det);
  const i = r && r.j === det + 1 ? Math.max(r.i, floor) : det;
  return i > floor && toks[i - 1].l === 'the' ? i - 1 : i;
}

/** The most words of a lowercase owner before its possessive ("the prime | minister's"). */
const OWNER_WORDS_REACH = 3;

/**
 * A lowercase possessive owner starts at its determiner: "the prime minister's official spokesperson told reporters"
 * (test/fixtures/outlets, The Guardian), not "minister's official spokesperson"; without one it starts at itself.
 * (a name's word qualifying a plural owner is the owner's too: "The Metro workers' union said" (cl-santiagotimes), "The
 * Kumasi drivers' union said" (gh-graphic), not "workers' union", "drivers' union"; a singular owner's stays as it was,
 * "The Liberal government's spokesman said" → "government's spokesman")
 */
function lowercaseOwnerStart(toks: Tok[], det: number, floor: number): number {
  let i = det;
  const plural = PLURAL_POSSESSIVE.test(toks[det].t);
  while (i > floor && i > det - OWNER_WORDS_REACH && (/^[a-z][a-z-]*$/.test(toks[i - 1].t) || (plural && toks[i - 1].cap && !toks[i - 1].poss && !toks[i - 1].punct)) && !DETERMINERS.has(toks[i - 1].l) && !PREPOSITIONS.has(toks[i - 1].l) && !NOT_NOUN.has(toks[i - 1].l) && !CUES.has(toks[i - 1].l)) i--;
  return i < det && i > floor && DETERMINERS.has(toks[i - 1].l) ? i - 1 : det;
}

/** A body's initials in brackets end right before token a, after a capitalised word of its name ("Party |(PKB)| lawmaker"). */
function initialsAfterName(toks: Tok[], a: number, floor: number): boolean {
  const open = a - BRACKETED_INITIALS;
  return open - 1 >= floor && toks[a - 1].t === ')' && initialsInBrackets(toks, open) && toks[open - 1].cap;
}

/**
 * The article of "the Surrey, B.C.," when the comma at token `comma` closes an article, a town, a comma and its
 * abbreviated province (Canadian Press style, as "The Mississauga, Ont.-based company said" is: "the Surrey, B.C., native
 * said"); else -1.
 */
export function townAndProvinceBefore(toks: Tok[], comma: number): number {
  if (toks[comma]?.t !== ',') return -1;
  // ("the Brampton, Ont., native said": "Ont." is a word and its own period, where "B.C." is one token)
  const stop = toks[comma - 1]?.t === '.';
  const p = stop ? comma - 2 : comma - 1;
  const province = toks[p], town = toks[p - 2], article = toks[p - 3];
  if (!province || !town || !article || toks[p - 1].t !== ',') return -1;
  const abbreviated = stop ? /^\p{Lu}\p{Ll}{1,3}$/u.test(province.t) : /\.$/.test(province.t);
  return province.cap && abbreviated && town.cap && !town.poss && ARTICLES.has(article.l) ? p - 3 : -1;
}

/**
 * A description's head as written in lower case, its letters any script's ("the lantråd said", the head of Åland's
 * government as its papers write the Swedish office in English: Nya Åland- and Ålandstidningen-style probes,
 * test/fixtures/outlets ax-nyaaland-archipelago-ferry-fares.txt, where the quote went to the minister quoted before,
 * and ax-alandstidningen-ahs-patient-fees.txt, s47-probes-qg; "[a-z]" had read no cue there).
 */
const DESCRIPTION_HEAD = /^\p{Ll}[\p{Ll}\p{M}'’-]*$/u;

export function descriptionBefore(toks: Tok[], k: number, floor: number): Mention | null {
  const t = toks[k];
  // "One tweet said: ''…''", "the release said": a document after its determiner speaks, though "tweet" is no subject's
  // head elsewhere ("in a tweet")
  const document = ISSUED_DOCUMENTS.has(t.l) && k - 1 >= floor && (DETERMINERS.has(toks[k - 1].l) || toks[k - 1].l === 'one');
  if ((NOT_NOUN.has(t.l) && !document) || !(DESCRIPTION_HEAD.test(t.l) || AGE_NOUN.test(t.l)) || PREPOSITIONS.has(t.l) || CONTRACTION.test(t.l)) return null;
  let a = k;
  // (a capitalised word is a name's, never a cue: "a State Department spokeswoman said")
  // (nor a subordinator opening the clause: "Although officials say the plan works, critics disagree" → officials, not
  // "Although officials")
  const modifier = (x: number) => !toks[x].punct && !DETERMINERS.has(toks[x].l) && !toks[x].poss && !NOT_NOUN.has(toks[x].l) && !PREPOSITIONS.has(toks[x].l) && !SUBORDINATORS.has(toks[x].l) && (toks[x].cap || !CUES.has(toks[x].l));
  // (past a party's or a body's initials in brackets after its name, no more than the reach counts: "the National
  // Awakening Party (PKB) lawmaker said", a Jakarta Post-style probe, test/fixtures/outlets id-jakartapost-rice-hoarding.txt,
  // where the description was "lawmaker" and stood for no one)
  let bracketed = 0;
  for (;;) {
    if (!bracketed && initialsAfterName(toks, a, floor)) { a -= BRACKETED_INITIALS; bracketed = BRACKETED_INITIALS; }
    if (!(a > floor && a > k - DESCRIPTION_REACH - bracketed && modifier(a - 1))) break;
    a--;
  }
  // "the bespectacled, 71-year-old diplomat said": a comma between an article's two adjectives (PolNeAR train)
  // (an adjective by its ending, not a noun: "In the poll, 47 percent said" is no description)
  if (a - 3 >= floor && a < k && toks[a - 1].t === ',' && ADJECTIVE_ENDING.test(toks[a - 2].t) && modifier(a - 2) && ARTICLES.has(toks[a - 3].l)) a -= 2;
  // "The Mississauga, Ont.-based company said": a town and its province before "-based" (Canadian Press style)
  if (a - 2 > floor && a < k && /-based$/.test(toks[a].l) && toks[a - 1].t === ',' && toks[a - 2].cap && !toks[a - 2].poss && DETERMINERS.has(toks[a - 3]?.l ?? '')) a -= 2;
  // "the Surrey, B.C., native said": a town and its abbreviated province, each closed by a comma, before the head
  const town = a === k ? townAndProvinceBefore(toks, a - 1) : -1;
  if (town >= floor && town >= a - 6) a = town + 1;
  // (nor a clause with its own subject: "that you can’t", "it’s safe")
  for (let x = a; x < k; x++) if (PERSON_PRONOUNS.has(toks[x].l) || OTHER_PRONOUNS.has(toks[x].l) || CONTRACTION.test(toks[x].l)) return null;
  // "The Democratic presidential front-runner and former secretary of state said": both roles are the one description
  if (a - 2 > floor && toks[a - 1].l === 'and' && !toks[a - 2].punct && !toks[a - 2].cap && !NOT_NOUN.has(toks[a - 2].l)) {
    let d = a - 2;
    while (d > floor && d > a - COORDINATED_ROLE_REACH && !toks[d - 1].punct && !DETERMINERS.has(toks[d - 1].l) && !CUES.has(toks[d - 1].l)) d--;
    if (d > floor && DETERMINERS.has(toks[d - 1].l)) return description(toks, d - 1, k, toks[a - 2].l);
  }
  // ("Indeed, proponents of more controls on hate speech here say", PolNeAR train: "more" or "fewer" opens a
  // preposition's object as a determiner does)
  const comparative = a - 1 > floor && COMPARATIVE_DETERMINERS.has(toks[a - 1].l) && PREPOSITIONS.has(toks[a - 2].l);
  const det = a > floor && (DETERMINERS.has(toks[a - 1].l) || toks[a - 1].poss || comparative) ? a - 1 : -1;
  if (det >= 0) {
    // "A majority of voters looking for an outsider candidate supported": the noun before the participle phrase
    if (det - 3 >= floor && (PREPOSITIONS.has(toks[det - 1].l) || MOTION_PREPOSITIONS.has(toks[det - 1].l)) && /ing$/.test(toks[det - 2].l) && !toks[det - 2].cap && !toks[det - 3].punct) {
      const head = subjectBefore(toks, det - 3, floor);
      if (head && head.kind !== 'pronoun') return head;
    }
    // "a source familiar with the FDIC’s internal investigation said", "Source familiar with the ad says": the head is
    // the noun before the adjective and its preposition (PolNeAR train)
    let p = det - 1;
    if (toks[det].poss && toks[p]?.l === 'the') p--;
    if (p - 2 >= floor && PREPOSITIONS.has(toks[p].l) && ATTACHED_ADJECTIVES.has(toks[p - 1].l)) {
      const inner = subjectBefore(toks, p - 2, floor);
      if (inner && inner.kind === 'description') return { ...inner, e: t.e, j: k + 1 };
      // (a role word opening the sentence, capitalised: "Source familiar with …")
      if (p - 2 === floor && ROLE_HINT.test(toks[p - 2].l)) return description(toks, p - 2, k, toks[p - 2].l);
    }
    // "a spokesman for the campaign": the head is the noun before the preposition
    if (det - 1 > floor && PREPOSITIONS.has(toks[det - 1].l)) {
      const inner = subjectBefore(toks, det - 2, floor);
      if (inner && inner.kind === 'description') return { ...inner, e: t.e, j: k + 1 };
      if (inner && inner.kind === 'name') return inner;
    }
    // "Opposition senator Franklin Almonte of the People's Force party said": the person before "of" and the body a
    // possessive owner opens speaks, as before a body's capitalised name ("James Pethokoukis of the American Enterprise
    // Institute wrote", nameBefore.ts); a Dominican Today-style probe (do-dominicantoday-blackouts-electricity-rates),
    // where the source was "Opposition"
    const owner = ownerStart(toks, det, floor);
    const the = !toks[det].poss ? -1 : toks[owner].l === 'the' ? owner : toks[owner - 1]?.l === 'the' ? owner - 1 : -1;
    if (the - 2 >= floor && AFFILIATION_PREPOSITIONS.has(toks[the - 1].l)) {
      const inner = subjectBefore(toks, the - 2, floor);
      if (inner && inner.kind === 'name' && isFullName(inner)) return inner;
    }
    return description(toks, owner, k, t.l);
  }
  // "the secretary of state said": the head is before the preposition
  if (a > floor + 1 && PREPOSITIONS.has(toks[a - 1].l)) {
    const inner = subjectBefore(toks, a - 2, floor);
    if (inner && inner.kind !== 'pronoun') return inner.kind === 'description' ? { ...inner, e: t.e, j: k + 1 } : inner;
    // "a Department of Health spokesperson said": a name joined by "of" that is no speaker qualifies the head (not a
    // document's, which speaks for its issuer: "One Club for Growth ad … argues")
    let b = a;
    while (!isDocumentNoun(t.l) && b - 2 > floor && b > k - DESCRIPTION_REACH && toks[b].cap && NAME_PREPOSITIONS.has(toks[b - 1].l) && toks[b - 2].cap && modifier(b - 2)) {
      b -= 2;
      while (b > floor && b > k - DESCRIPTION_REACH && toks[b - 1].cap && modifier(b - 1)) b--;
    }
    if (b < a && b > floor && DETERMINERS.has(toks[b - 1].l)) return description(toks, b - 1, k, t.l);
  }
  // (a plural of a role's word after a word, not in a list: "But opponents say", "where developers see"; but "for
  // population, refugees, and migration, said")
  // (a plural noun for people alone after a comma, the list's end aside: "At a food bank in Oldham on Monday, volunteers
  // said", "The fire grew, and crews warned that", "overtime, which nurses say")
  const role = ROLE_HINT.test(t.l) || (endsInS(t.l) && ROLE_HINT.test(t.l.slice(0, -1)) && (k === floor || !toks[k - 1].punct)) || (a === k && isPluralPeopleNoun(t.l) && !toks[k + 1]?.punct);
  if (a === k && !role) return null;
  if (!role && !/s$/.test(t.l)) return null;
  return description(toks, verbBeforeObject(toks, a, k) ? a + 1 : a, k, t.l);
}

/** A word's "-ing" ending ("carrying", "saying"). */
const ING_FORM = /\wing$/;

/**
 * The words [a, k] open on a verb's lower-case "-ing" or past form after a relative pronoun or "and", and a participle
 * cue follows: the verb is the clause's, its object the description ("the emails, which included staff members
 * suggesting someone should question Sanders' faith" → staff members, Breitbart 2016-07-25; "HP workers … had amassed
 * …, calling for Fiorina's firing and carrying signs saying, "…"" → signs, Washington Post 2016-01-20). The verb is
 * dropped, not the description (a naive rule that left no description lost four PolNeAR train sources whose head is
 * the object's). Not after an auxiliary, where the clause's subject may be the one speaking: "Sanders … has drawn huge
 * crowds describing a country dominated by …" is Sanders's (NYT 2016-01-14). A finite cue, or no such word before,
 * keeps the reading of an adjective: "But hacking specialists say", "their lying, lying little ways saying".
 */
function verbBeforeObject(toks: Tok[], a: number, k: number): boolean {
  const cue = toks[k + 1];
  const before = toks[a - 1];
  if (a >= k || toks[a].cap || !before || before.cap || !(before.l === 'and' || RELATIVE_PRONOUNS.has(before.l))) return false;
  return (ING_FORM.test(toks[a].l) || isVerbForm(toks[a].l)) && !!cue && !cue.cap && ING_FORM.test(cue.l) && CUES.has(cue.l);
}
