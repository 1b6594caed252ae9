/**
 * The people, bodies and documents an article mentions, and how salient each is at a point of the text: how recent
 * (in sentences), whether it is a sentence's subject, whether it has just been quoted, how many paragraphs back. A
 * pronoun resolves to the most salient entity that agrees with it (agreement.ts); a description to the entity the
 * article described so, else to the most salient person of that role.
 */
import { agrees, pronounClass, type EntityTraits, type PronounClass } from './agreement';
import { CanonicalNames, kindOfName } from './canonical';
import { BUSINESS_OF_A_TRADE, firstNameGender, isCommonWord, OUTLET_NAME, titleGender, type Gender, wordSet } from './lexicon';
import { hasKnownFirstName, nameGender } from './personName';
import { sentencesOf, type Sentences } from './sentences';
import { BACKGROUND_SUBORDINATORS, BODY_NAME_JOINERS, WIRE_SERVICES } from '../quotes/lexicon';
import { DASH_PATTERN } from '../text/dashes';
import { countBefore } from '../text/sortedSearch';
import { upperFirst } from '../text/wordShape';

/** Salience of a mention in the pronoun's own sentence; each sentence back keeps RECENCY_DECAY of it. */
const RECENCY = 100;
const RECENCY_DECAY = 0.6;
/** The subject of its sentence. */
const SUBJECT_BONUS = 0.8;
/** A person the article introduces, with a description, for the first time ("Henry Crespo, president of …"); as salient as a subject (not more). */
const INTRODUCED_BONUS = 0.8;
/** The speaker of a quote. */
const SPEAKER_BONUS = 0.5;
/** Each paragraph between the mention and the pronoun. */
const PARAGRAPH_PENALTY = 30;
/** Each further mention of the same entity in reach, up to MAX_REPEATS of them. */
const REPEAT_BONUS = 6;
const MAX_REPEATS = 3;
/**
 * A person the attributed words name in the third person ("“Cruz is our best debater,” he says.", "He also thinks
 * Cruz will win"): whoever says them is someone else, unless no one else is in reach.
 */
const NAMED_IN_WORDS_PENALTY = 80;
/**
 * An entity of no known gender for "he" or "she" (a one-word name that only opened a sentence: "Millennials age
 * 18-34 comprise …", "AT&T just finished laying …"): a person whose gender agrees comes first, unless far less salient.
 */
const UNKNOWN_GENDER_PENALTY = 60;
/**
 * Against an asker (People.asked: the subject of a sentence that asks someone a question, "Sen. Hélène Boisvenu …
 * asked the PBO whether his office had been given the documents"), for a "he" or "she" opening the sentence that
 * answers: the one who answers, unless no one else is in reach (a Hill Times-style probe, where "He said it had
 * received …" went to the senator).
 */
const ASKER_PENALTY = 200;
/**
 * A question put to someone: "asked the PBO whether", "asked Oyelaran how many", "asked the minister about". Not a
 * passive one, whose subject is the one asked ("MacIsaac, …, was asked Friday whether she would …", a CTV-style probe).
 */
const ASKED_SOMEONE = /(?<!\b(?:was|were|is|are|be|been|being|get|got|gets)\s+)\basked\s+(?!(?:for|that|to|whether|if|how|why|what|when|where|about)\b)(?:[\p{L}.'’-]+\s+){1,5}?(?:whether|if|how|why|what|when|where|about)\b/u;
/**
 * A name of one word that nothing in the article gives a gender (no first name, honorific or pronoun of its own) for
 * "she", when a woman the article names is in reach: she comes first, unless far less salient. Men's given names are
 * the ones the lexicon misses in this news ("Barack", "Jeb"), and a man's office is no evidence ("President Obama"),
 * so "If Clinton's wobbly on the TPP, she's Obama's equal …, and she vows" and "She has proposed appointing a "chief
 * trade prosecutor"" were Obama's (PolNeAR train, USA Today 2016-05-02), and "According to ProPublica, Clinton praised
 * … She also said …, "not by a long shot."" ProPublica's (Washington Post 2016-02-05). Its one loss on train: "…
 * Reines asked the "reporter" to join him … so she could get further instructions. Minutes later, she sent an email
 * saying, "done."" goes to Hillary Clinton, past the reporter "Labbot" (Western Journal 2015-11-25). Not for "he":
 * there it sends the pronoun past the very men the lexicon misses. The smallest of the values tried on train (15 to
 * 50) that moves all of these. (It once moved the skate crew "Brujas" (NYT 2016-07-31) and "Maddow" as an interviewer
 * (Politico 2016-01-14) too; no longer: "The Brujas, a crew of female skateboarders," is a thing since people/track.ts
 * reads a name set off before a thing's noun (apposedThingNoun), and a thing never agrees with "she"; no "she" of
 * the Politico article changes without it either. With the value at 0 only the three articles above change on train,
 * 2026-12-07.)
 */
const ONE_WORD_NAME_FOR_SHE_PENALTY = 25;
/** A passage in double quotation marks, curly or straight. */
const QUOTED_PASSAGE = /“[^”]*”|"[^"]*"/g;
/** What ends the clause a sentence opens with: a comma, a dash, a semicolon or a relative word. */
const CLAUSE_END = new RegExp(`[,;]|${DASH_PATTERN}|\\b(?:who|whom|whose|which)\\b`);
/** How far back a pronoun looks: sentences, and mentions. */
const MAX_SENTENCES_BACK = 12;
const MAX_MENTIONS_BACK = 40;
/** How many sentences back a generic body noun ("the union") looks for the body it stands for. */
const BODY_REACH = 4;
/** The verb of telling or the participle of speech with a preposition before a hearer's name (addressedBefore). */
const HEARER_BEFORE = /\b(?:(?:told|tell|tells|telling)|(?:sent|speaking|spoke|talking|talked)\s+(?:to|with))\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
/** The characters addressedBefore reads before a mention. */
const HEARER_REACH = 60;
/** A "the" just before a name, and how far back it is looked for. */
const THE_BEFORE = /\bthe\s+$/i;
const THE_BEFORE_REACH = 5;
/**
 * A word in lower case right before a name, and how far back it is looked for: the longest trade noun
 * (BUSINESS_OF_A_TRADE), the mark before it and its blank.
 */
const TRADE_NOUN_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+)\s$/u;
const TRADE_NOUN_REACH = Math.max(...[...BUSINESS_OF_A_TRADE].map(w => w.length)) + 2;
/**
 * What the article writes right after a business's name (lastBusinessNamed): its owner's "'s" before a business's part
 * ("Nabisco's parent company", "Valeant's stock price", "Jadrolinija's management board"), or a business's noun set off
 * after it ("Wealth-X, a private wealth research firm"); how many characters are read, and how many sentences back.
 */
const BUSINESS_WRITTEN_AFTER = /^(?:['’]s\s+(?:parent\s+company|management\s+board|board\s+of\s+directors|shares|shareholders|stock|share\s+price|chief\s+executive|CEO)\b|,\s+an?\s+(?:[\p{Ll}-]+\s+){0,4}(?:company|firm|corporation)\b)/u;
const BUSINESS_WRITTEN_REACH = 60;
const BUSINESS_NAMED_REACH = 12;
/** How many sentences back a role description looks for the subject it re-mentions (recentSubject). */
const RECENT_SUBJECT_SENTENCES = 1;
/** Pronouns referring back to a subject name that override the gender of its first name. */
const PRONOUN_VOTES_TO_OVERRIDE = 2;

export interface EntityMention {
  s: number;
  e: number;
  /** Canonical name. */
  name: string;
  subject: boolean;
  /** The first mention of the person, with a description (an apposition or a role before the name). */
  introduced?: boolean;
  /** Written after a role noun ("beef farmer Mere Tūhoe-Paki"): a person, whatever words the name holds. */
  described?: boolean;
  /** A quote's attribution, not a mention in the text. */
  speaker?: boolean;
  /** The attribution of reported speech, not of a quote. */
  reported?: boolean;
  /**
   * One of the people a list after a colon names ("the death of four Americans: U.S. Ambassador Chris Stevens,
   * information officer Sean Smith, and …"): a member of a group named in passing, whom a "he" or "she" of a later
   * paragraph does not stand for.
   */
  listed?: boolean;
  /** The description the mention came with ("Ohio senator"), for the resolution chain. */
  via?: string;
  /** (The number of the sentence holding `s`, once asked: see People.sentenceOf.) */
  sentence?: number;
}

/** A stretch of the text, [s, e). */
export interface Span {
  s: number;
  e: number;
}

export interface Resolution {
  name: string;
  /** The steps from the mention to the name: ["she", "the Ohio senator", "Rob Portman"]. */
  chain: string[];
}

/** How People.lastBody looks back for a body. */
export interface LastBodyOptions {
  /** How many sentences back (BODY_REACH by default). */
  reach?: number;
  /** A body that is the subject of the sentence the last body stands in goes before that one, named in passing after it (bodyBySubject). */
  bySubject?: boolean;
  /** Not a body the article writes as the one spoken to, the outlet its people talk to (addressedBefore). */
  notHearer?: boolean;
}

/** The pronouns of a person of either gender, in lower case. */
export const HE_SHE = wordSet('he|she');
export class People {
  readonly sentences: Sentences;
  private readonly mentions: EntityMention[] = [];
  private readonly speakerEvents: EntityMention[] = [];
  private readonly traits = new Map<string, EntityTraits>();
  private readonly genderVotes = new Map<string, Gender>();
  /** The gender the article states for a person (null: it states both); overrides the first-name lexicon. */
  private readonly statedGender = new Map<string, Gender | null>();
  /** "sentence name" of each asker (see asked): the number of the sentence where the one asked answers. */
  private readonly askers = new Set<string>();
  /** Where each sentence looked at asks someone a question (questionIn), -1 where it asks none. */
  private readonly questions = new Map<number, number>();
  /** Pronoun votes for a person's gender (genderFromPronoun). */
  private readonly pronounVotes = new Map<string, { m: number; f: number }>();
  /**
   * The names whose traits' gender is read (traitsOf) since the last change to what it is read from (their entries in
   * statedGender, pronounVotes and genderVotes: see genderChanged). Reading it again then gives the same answer: a dev
   * run asks traitsOf some 48 k times, for far fewer changes.
   */
  private readonly genderRead = new Set<string>();

  /**
   * `isCommonWord`: a word the article also writes in lower case ("delegates", "police"), or a common word or a verb
   * form it never writes capitalised inside a sentence ("Sometimes", "Harsh", "Friends", "Come again?"): a capitalised
   * one at a sentence start is no name.
   */
  constructor(private readonly text: string, readonly names: CanonicalNames, private readonly isCommonWord: (word: string) => boolean) {
    this.sentences = sentencesOf(text);
  }

  /** A name mentioned outside quotes, with the title it came with; in text order. */
  mention(m: EntityMention, title: string): void {
    this.mentions.push(m);
    if (m.subject) this.askerIfAsking(m);
    const first = !m.name.includes(' ') ? firstNameGender(m.name) : undefined;
    const g = titleGender(title) ?? nameGender(m.name) ?? (first === 'm' || first === 'f' ? first : undefined);
    if (g && !this.genderVotes.has(m.name)) this.setGenderVote(m.name, g);
    const said = titleGender(title);
    if (said) this.genderFromArticle(m.name, said);
    const t = this.traitsOf(m.name);
    // a title, a known first name, or a sentence's subject ("Obama arrived in Berlin on Monday."), unless the article
    // also writes the word in lower case ("Delegates voted …")
    const oneWord = !m.name.includes(' ');
    const head = oneWord ? m.name : m.name.slice(0, m.name.indexOf(' '));
    if (title || m.described || hasKnownFirstName(m.name) || (oneWord && firstNameGender(m.name)) || (m.subject && !(oneWord ? this.isCommonWord(m.name) : t.kind === 'unknown' && isCommonWord(head)))) t.personEvidence = true;
    const opens = this.sentences.opens(m.s);
    t.onlyOpensSentences = opens && t.onlyOpensSentences !== false;
  }

  /**
   * `name` asks a question that whoever speaks in sentence `answeredIn` answers, so is not the one answering there. Two
   * shapes: a sentence that opens "Asked by X …" (also "Pressed by", "Questioned by"), answered in that sentence ("Asked
   * by the Conservative MP Robbie Moore whether he would resign, he said: …" is not Moore; track.ts), and the subject of
   * a sentence that asks someone a question, answered in the next ("Sen. Hélène Boisvenu … asked the PBO whether his
   * office had been given the documents … ⏎ He said it had received …" is not the senator; askerIfAsking).
   */
  asked(name: string, answeredIn: number): void {
    this.askers.add(`${answeredIn} ${name}`);
  }

  /** `name` asks a question answered in sentence `sentence` (see asked). */
  isAsker(name: string, sentence: number): boolean {
    return this.askers.size > 0 && this.askers.has(`${sentence} ${name}`);
  }

  /**
   * A subject mention before the question its sentence asks someone (ASKED_SOMEONE): the asker (see asked). Not one a
   * subordinate clause stands between, which has a subject of its own: "What really got under her skin, she said, was
   * a question at a televised town hall last week, when a young man asked Clinton why young people didn’t like her … ⏎
   * “I really got pissed off,” she said." is Betsy Ebeling's, not the asker's (PolNeAR train, Politico 2016-01-31,
   * where "she" went to Clinton).
   */
  private askerIfAsking(m: EntityMention): void {
    const sentence = this.sentenceOf(m);
    const question = this.questionIn(sentence);
    if (question >= 0 && m.s < question && !this.subordinatorBetween(m.e, question)) this.asked(m.name, sentence + 1);
  }

  /** A subordinator (BACKGROUND_SUBORDINATORS: "when", "while", "because" …) between `s` and `e`, outside quoted passages. */
  private subordinatorBetween(s: number, e: number): boolean {
    if (e <= s) return false;
    const words = this.text.slice(s, e).replace(QUOTED_PASSAGE, ' ').toLowerCase().split(/[^\p{L}]+/u);
    return words.some(w => BACKGROUND_SUBORDINATORS.has(w));
  }

  /** Where sentence `n` asks someone a question (ASKED_SOMEONE; not inside a quoted passage), or -1. */
  private questionIn(n: number): number {
    let at = this.questions.get(n);
    if (at === undefined) {
      const start = this.sentences.start(n);
      const end = n + 1 < this.sentences.count ? this.sentences.start(n + 1) : this.text.length;
      // (a sentence without the word ASKED_SOMEONE opens with asks no one: neither blanked nor matched)
      const sentence = this.text.slice(start, end);
      const m = sentence.includes('asked') ? ASKED_SOMEONE.exec(sentence.replace(QUOTED_PASSAGE, q => ' '.repeat(q.length))) : null;
      this.questions.set(n, (at = m ? start + m.index : -1));
    }
    return at;
  }

  /**
   * The quote at [s, e) is attributed to `name`. Reported speech (`reported`) is no evidence of a person: bodies,
   * groups and misread words are its sources too ("Delegates said", "Tuesday said").
   */
  spoke(name: string, s: number, e: number, reported = false, thing = false): void {
    const last = this.speakerEvents[this.speakerEvents.length - 1];
    if (last && last.s > s) return;
    const event: EntityMention = { s, e, name, subject: true, speaker: true, reported };
    this.speakerEvents.push(event);
    this.askerIfAsking(event);
    // (a campaign or a document that spoke is no person: "The Sanders campaign countered … he gave a defiant speech")
    if (thing) this.traitsOf(name).thing = true;
    else if (!reported) this.traitsOf(name).personEvidence = true;
  }

  /**
   * The words of the sentence holding `pos` from `pos` to its first comma, dash, semicolon or relative word, its quoted
   * passages left out.
   */
  private restOfClause(pos: number): string {
    const next = this.sentences.sentence(pos) + 1;
    const end = next < this.sentences.count ? this.sentences.start(next) : this.text.length;
    const words = this.text.slice(pos, end).replace(QUOTED_PASSAGE, ' ');
    const cut = CLAUSE_END.exec(words);
    return cut ? words.slice(0, cut.index) : words;
  }

  /** The number of the sentence holding mention m (found once per mention: a mention is looked at by many pronouns). */
  private sentenceOf(m: EntityMention): number {
    return (m.sentence ??= this.sentences.sentence(m.s));
  }

  traitsOf(name: string): EntityTraits {
    let t = this.traits.get(name);
    if (!t) this.traits.set(name, (t = { kind: kindOfName(name), personEvidence: false, pronoun: pronounClass(name) !== undefined }));
    if (!this.genderRead.has(name)) {
      t.gender = this.statedGender.get(name) ?? this.pronounGender(name) ?? this.genderVotes.get(name) ?? t.gender;
      this.genderRead.add(name);
    }
    return t;
  }

  /** What a name's gender is read from changed: traitsOf reads it again. */
  private genderChanged(name: string): void {
    this.genderRead.delete(name);
  }

  private setGenderVote(name: string, g: Gender): void {
    this.genderVotes.set(name, g);
    this.genderChanged(name);
  }

  /**
   * A gender the article states for a person: an honorific ("Mr. Graham") or a gendered role noun written with the
   * name ("spokeswoman Jen Psaki", "Nan Whaley, a congresswoman,"). It overrides the first-name lexicon; where the
   * article says both, neither counts.
   */
  genderFromArticle(name: string, g: Gender): void {
    const had = this.statedGender.get(name);
    this.statedGender.set(name, had === undefined || had === g ? g : null);
    this.genderChanged(name);
  }

  /**
   * A possessive or reflexive pronoun that refers back to a sentence's subject name with no other name between
   * ("Graham … his"): fills in a gender the first-name lexicon lacks ("Barack", "Bill"); overrides a lexicon gender
   * ("Lindsey" as female) only when PRONOUN_VOTES_TO_OVERRIDE pronouns agree and none disagrees.
   */
  genderFromPronoun(name: string, g: Gender): void {
    const v = this.pronounVotes.get(name) ?? { m: 0, f: 0 };
    v[g]++;
    this.pronounVotes.set(name, v);
    this.genderChanged(name);
    this.personFromPronoun(name);
  }

  /**
   * A "he" or "she" (or "his", "her") the article writes for a name is evidence of a person, as a known first name
   * is: "Radio talk host Rush Limbaugh used his platform Friday to discuss what he described as the “brilliant”
   * decision …" (PolNeAR train; "Rush" is also a common word, so the subject alone was no evidence).
   */
  private personFromPronoun(name: string): void {
    const t = this.traitsOf(name);
    if (t.kind !== 'organization' && !t.thing) t.personEvidence = true;
  }

  /**
   * A "he"/"she" opening the sentence right after the one a name is the subject of ("Walz approaches it a bit more
   * diplomatically. She said …"): as sure as PRONOUN_VOTES_TO_OVERRIDE possessive pronouns, so it overrides a first
   * name the lexicon gives the other gender ("Marty"), unless other pronouns disagree.
   */
  genderFromNextSentence(name: string, g: Gender): void {
    const v = this.pronounVotes.get(name) ?? { m: 0, f: 0 };
    v[g] = Math.max(v[g] + 1, PRONOUN_VOTES_TO_OVERRIDE);
    this.pronounVotes.set(name, v);
    this.genderChanged(name);
    this.personFromPronoun(name);
  }

  /**
   * Another person in a pronoun's reach whose gender is known to be `g` ("Clinton … Groberg admits … her party");
   * `fromSentence`: only from the paragraph of that sentence on.
   */
  otherOfGender(name: string, g: Gender, pos: number, fromSentence?: number): boolean {
    const here = this.sentences.sentence(pos);
    const floor = fromSentence === undefined ? -1 : this.sentences.paragraph(fromSentence);
    let found = false;
    walkBack(this.mentions, pos, m => {
      const sent = this.sentenceOf(m);
      if (here - sent > MAX_SENTENCES_BACK || this.sentences.paragraph(sent) < floor) return false;
      found = m.name !== name && this.traitsOf(m.name).gender === g;
      return !found;
    });
    return found;
  }

  private pronounGender(name: string): Gender | undefined {
    const v = this.pronounVotes.get(name);
    if (!v || (v.m > 0 && v.f > 0)) return undefined;
    const g: Gender = v.m > 0 ? 'm' : 'f';
    const lexicon = this.genderVotes.get(name);
    return !lexicon || lexicon === g || v[g] >= PRONOUN_VOTES_TO_OVERRIDE ? g : undefined;
  }

  /** A gender the article gives a person ("she" resolved to them by a sure rule, "Mrs."). */
  setGender(name: string, g: Gender): void {
    if (!this.genderVotes.has(name)) this.setGenderVote(name, g);
  }

  /**
   * The person of gender g of a family `name` written in the plural, a last name two people of the article share with
   * an "s" ("the Graysons"): the one of that gender mentioned most; undefined when `name` is no such family or no one of
   * it has gender g. "After FOX13’s Craig Patrick asked about it …, the Graysons became “agitated” … ⏎ … By mid 2014,
   * she took to wearing a “spouse’s pin”" is Dena Minning Grayson's (PolNeAR train, Politico 2016-07-29, where "she"
   * went to "Graysons" once the bare "Grayson" of the sentences between was her husband).
   */
  private ofFamily(name: string, g: Gender): string | undefined {
    if (!PLURAL_ONE_WORD.test(name) || !this.names.sharedLastName(name.slice(0, -1))) return undefined;
    const family = name.slice(0, -1), most = this.names.canonical(family);
    const other = this.names.canonicalOfGender(family, g, most);
    if (other) return other;
    return (this.traitsOf(most).gender ?? firstNameGender(most.split(' ')[0])) === g ? most : undefined;
  }

  /** The entity a pronoun at `pos` stands for, or undefined when no entity in reach agrees with it. */
  resolvePronoun(word: string, pos: number, said?: string, saidSpan?: Span, quoted?: Span): Resolution | undefined {
    const p = pronounClass(word);
    return p ? this.mostSalient(word, pos, p, said, undefined, false, saidSpan, quoted) : undefined;
  }

  /**
   * The body a possessive "its" at `pos` stands for when it owns a source ("according to its website", "its analysis
   * found"): the most salient body of the pronoun's own paragraph ("Dalton Brody is a Washington, DC, gifts and
   * accessories store, which sells …, according to its website." is not the State Department of the paragraph before).
   */
  resolveOwnerInParagraph(word: string, pos: number): Resolution | undefined {
    const p = pronounClass(word);
    return p ? this.mostSalient(word, pos, p, undefined, undefined, true) : undefined;
  }

  /**
   * The person a role description at `pos` ("the senator", "the developer") stands for when the
   * article never described anyone so: the most salient person of its gender.
   */
  resolveRole(head: string, written: string, pos: number): Resolution | undefined {
    const g = titleGender(written) ?? titleGender(head);
    return this.mostSalient(written, pos, g === 'f' ? 'she' : g === 'm' ? 'he' : 'speaker', undefined, undefined, false, undefined, undefined, head);
  }

  /**
   * Of `among`, the people the article described with a role ("Sen. John McCain", "Sen. Ted Cruz"), the one most
   * salient at `pos` for the role description there ("the senator"); undefined when none of them is in reach.
   */
  resolveRoleAmong(among: ReadonlySet<string>, head: string, written: string, pos: number): Resolution | undefined {
    const g = titleGender(written) ?? titleGender(head);
    return this.mostSalient(written, pos, g === 'f' ? 'she' : g === 'm' ? 'he' : 'speaker', undefined, among);
  }

  /**
   * The speaker, else the first subject, of the sentence just before the one holding `pos`, or of this one before a
   * quote starting at `quoteStart` (-1: none), when it is a person of the role's gender: whom a role description written at `pos`
   * re-mentions ("Rubio sought to stoke positive energy … Walking into the office …, the senator said"; "Cruz defends
   * his outsider bona fides in a commercial: “…,” the senator says"). Never the one whose name the description holds
   * before its noun: "The Blues led through Oskar Lindqvist's header … “…,” the Blues boss told reporters." is the
   * side's manager, not the side (a Manchester Evening News-style probe, test/fixtures/outlets uk-men-derby-reaction.txt).
   */
  recentSubject(head: string, written: string, pos: number, quoteStart: number): string | undefined {
    const here = this.sentences.sentence(pos);
    const fits = this.fitsRole(head, written);
    // (whoever that sentence quotes: "Donald Trump plans to … “…,” Ben Carson said Monday." is Carson's)
    let found: string | undefined, sentence = -1;
    walkBack(this.speakerEvents, pos, m => {
      const back = here - this.sentenceOf(m);
      if (back > RECENT_SUBJECT_SENTENCES) return false;
      if ((back > 0 || m.e <= quoteStart) && !m.reported && fits(m.name)) found = m.name;
      return !found;
    });
    if (found) return found;
    // (else its first subject: "Ted Cruz is protesting Obama’s executive actions limiting firearms sales by giving away
    // an engraved shotgun." is Cruz's, PolNeAR train, Breitbart 2016-01-05)
    walkBack(this.mentions, pos, m => {
      const back = here - this.sentenceOf(m);
      if (back > RECENT_SUBJECT_SENTENCES || (found && back !== sentence)) return false;
      if ((back > 0 || m.e <= quoteStart) && m.subject && fits(m.name)) { found = m.name; sentence = back; }
      return true;
    });
    return found;
  }

  /** A test of a name for a role description: a person of the role's gender whose name the description does not hold before its noun (recentSubject). */
  private fitsRole(head: string, written: string): (name: string) => boolean {
    const g = titleGender(written) ?? titleGender(head);
    const p: PronounClass = g === 'f' ? 'she' : g === 'm' ? 'he' : 'speaker';
    return name => agrees(p, this.traitsOf(name)) && !namedBeforeRole(written, head, name);
  }

  /**
   * The last subject mention before `pos` of a person the lexicon knows as one, in the sentence just before the one
   * holding `pos`, that fits role description `written` (recentSubject): the subject of a lead-in paragraph ("Pumas
   * captain Julián Ocampo-Ferrer was more blunt. ⏎ “…,” the hooker said."); undefined when none.
   */
  lastSubjectBefore(head: string, written: string, pos: number): EntityMention | undefined {
    const before = this.sentences.sentence(pos) - 1;
    const fits = this.fitsRole(head, written);
    let found: EntityMention | undefined;
    walkBack(this.mentions, pos, m => {
      const at = this.sentenceOf(m);
      if (at === before && m.subject && this.traitsOf(m.name).kind === 'person' && fits(m.name)) found = m;
      return !found && at >= before;
    });
    return found;
  }

  /**
   * The body mentioned before `pos` whose name has this head noun ("the commission" → "Commission on Presidential
   * Debates"): the last that was a sentence's subject, else the last named. A body named in passing is not the one the
   * story is about: "The court said the statute did not apply retroactively" is the Ontario Court of Appeal that "has
   * refused to save a non-compete clause", not the Supreme Court of Canada the judge wrote had rejected a doctrine
   * (a Law Times-style probe, ca-lawtimes-appeal-noncompete). `accept`: the names it may be (one holding a place's name
   * the description writes, track.ts placeBeforeHead).
   */
  bodyNamed(head: string, pos: number, accept: (name: string) => boolean = () => true): string | undefined {
    const word = headWord(head);
    let last: string | undefined, subject: string | undefined;
    walkBack(this.mentions, pos, m => {
      // (not the noun itself, capitalised where a sentence opens: "Council tax bills …" names no council)
      if (this.traitsOf(m.name).kind === 'organization' && word.test(m.name) && m.name.toLowerCase() !== head.toLowerCase() && accept(m.name)) {
        last ??= m.name;
        if (m.subject) subject = m.name;
      }
      return !subject;
    });
    return subject ?? last;
  }

  /**
   * The body a generic body noun at `pos` stands for when no body's name holds it ("the union" after "the Association
   * of Flight Attendants", "the agency" after "Homeland Security Investigations"): the last body mentioned within
   * BODY_REACH sentences (not a wire service named as the reporter's source, unless it spoke there: "Statistics Canada
   * said the jobless rate rose … Economists surveyed by The Canadian Press … “…,” the agency said" is Statistics Canada);
   * `accept`: the kind of body the noun names ("the newspaper": an outlet); `options` (LastBodyOptions): how far back,
   * the sentence's subject first, no hearer.
   */
  lastBody(pos: number, accept: (name: string) => boolean = () => true, { reach = BODY_REACH, bySubject = false, notHearer = false }: LastBodyOptions = {}): string | undefined {
    const here = this.sentences.sentence(pos);
    let found: string | undefined, at = -1;
    const hearers = new Set<string>();
    walkBack(this.mentions, pos, m => {
      if (here - this.sentenceOf(m) > reach) return false;
      if (notHearer && (hearers.has(m.name) || this.addressedBefore(m.s))) { hearers.add(m.name); return true; }
      if (this.traitsOf(m.name).kind === 'organization' && accept(m.name) && !(WIRE_SERVICES.has(m.name) && !this.spokeSince(m.name, here - BODY_REACH, pos))) {
        found = m.name;
        at = m.s;
      }
      return !found;
    });
    return found && bySubject ? this.bodyBySubject(at, accept) ?? found : found;
  }

  /**
   * The mention at `pos` is the hearer of a verb of telling or of a participle of speech, with up to three
   * capitalised words of its name before it: the news outlet the article's people talk to, which no "the union" or
   * "the company" stands for. "CSdL Secretary General NAME told San Marino RTV that … ⏎ According to the union, …" is
   * the union, not "RTV" (a San Marino RTV-style probe, test/fixtures/outlets sm-sanmarinortv-aass-electricity-tariffs);
   * "In a statement sent to Inforpress, the company said the new tariffs reflect …" is the ferry company named before,
   * not the news agency (an Inforpress-style probe, cv-inforpress-ferry-fares). A bounded look-back.
   */
  private addressedBefore(pos: number): boolean {
    return HEARER_BEFORE.test(this.text.slice(Math.max(0, pos - HEARER_REACH), pos));
  }

  /**
   * The body that is the subject of the sentence holding the body mention at `at`, before it, when it is another body
   * of the kind (`accept`): "Royal Greenland said in a statement … that it was willing to meet both the Naalakkersuisoq
   * and KNAPK … ⏎ The company also said …" (a Sermitsiaq-style probe, test/fixtures/outlets
   * gl-sermitsiaq-ilulissat-halibut-price.txt) is Royal Greenland, not the fishermen's association named after it;
   * "The Trayvon Martin Foundation did not want to address “that person,” telling Fox 35 that the organization is
   * focused on … ⏎ “…,” the group said." (PolNeAR train, HuffPost 2016-05-12) is the foundation, not the station, which
   * left the group unnamed (a news outlet is no group).
   */
  private bodyBySubject(at: number, accept: (name: string) => boolean): string | undefined {
    const sentence = this.sentences.sentence(at);
    let found: string | undefined;
    walkBack(this.mentions, at, m => {
      if (this.sentenceOf(m) !== sentence) return false;
      if (m.subject && this.traitsOf(m.name).kind === 'organization' && accept(m.name)) found = m.name;
      return true;
    });
    return found;
  }

  /**
   * The one body of a kind the article named before `pos`, however far back, when it named only one ("The newspaper,
   * long a vocal advocate of immigration reform, writes that …", PolNeAR train, Politico 2016-01-14, after the Wall
   * Street Journal's editorial was named ten sentences up and no other newspaper since); undefined when it named none or
   * two ("the newspaper" after the Times and the Post is no one's to guess).
   */
  soleBody(pos: number, accept: (name: string) => boolean): string | undefined {
    let found: string | undefined;
    let two = false;
    walkBack(this.mentions, pos, m => {
      if (this.traitsOf(m.name).kind !== 'organization' || !accept(m.name)) return true;
      if (found !== undefined && found !== m.name) { two = true; return false; }
      found = m.name;
      return true;
    });
    return two ? undefined : found;
  }

  /**
   * The business a "the company" at `pos` stands for when the article named no body the lexicon knows within BODY_REACH
   * sentences: the last name mentioned there, places and labels aside, when it may be a business's ("Workers at Maple
   * Leaf Foods were told …", "First West Yorkshire said …"): no person, place or label by its words, no word of it a
   * given name (not "Trayvon Martin", PolNeAR train, USA Today 2016-05-13), nothing in the article (a title, a
   * pronoun, a gender, a quote of its own) that says it is a person, not a sentence's first word only ("Last year"),
   * and no "the" before it (a product: "a pitchman for the Oreo. … The company says", USA Today 2016-03-24, is Nabisco's).
   * A name right after a business's noun of its trade is a business's whatever else it did ("Ukraine's grid operator
   * Ukrenergo said … ⏎ "…," the company said", a Kyiv Independent-style probe, test/fixtures/outlets
   * ua-kyivindependent-kharkiv-heating-strike.txt, where the name, a sentence's subject, was a person's by that).
   */
  lastUntypedBody(pos: number): string | undefined {
    const here = this.sentences.sentence(pos);
    let found: string | undefined;
    walkBack(this.mentions, pos, m => {
      if (here - this.sentenceOf(m) > BODY_REACH) return false;
      const t = this.traitsOf(m.name);
      // (nor the outlet the article's people talk to: "In a statement sent to Inforpress, the company said", addressedBefore)
      if (t.kind === 'place' || t.kind === 'label' || this.addressedBefore(m.s)) return true;
      // (the text before the name read last, after the traits' cheap tests)
      const business = (t.kind === 'unknown' || t.kind === 'person') && !t.gender && !t.pronoun && !t.onlyOpensSentences &&
        !m.name.split(' ').some(w => firstNameGender(w) !== undefined) &&
        (this.afterTradeNoun(m.s) || (!t.personEvidence && !THE_BEFORE.test(this.text.slice(Math.max(0, m.s - THE_BEFORE_REACH), m.s))));
      if (business) found = m.name;
      return false;
    });
    return found;
  }

  /**
   * The business a "the company" at `pos` stands for when neither a body the lexicon knows nor the last name before it
   * is one (lastBody, lastUntypedBody): the last name within BUSINESS_NAMED_REACH sentences that the article wrote as a
   * business's, the owner of a business's parts or a name set off by a business's noun (BUSINESS_WRITTEN_AFTER), no
   * place, label or name with a gender or a pronoun of its own. "Wealth-X, a private wealth research firm … Wealth-X
   * keeps its own finances a secret but says … The company says …" (PolNeAR train, NYT 2016-06-26), "… said Laurie
   * Guzzinati, a spokeswoman for Nabisco's parent company … ⏎ The company says it considered …" (USA Today 2016-03-24):
   * each was a bare "company". (Not yet where a description of the noun stands between, "Valeant's stock price … the
   * drug company … the company said", NYT 2016-03-17, "Jadrolinija's management board president … the state-owned
   * company … the company stated", test/fixtures/outlets hr-totalcroatianews-jadrolinija-ferry-fares.txt: "the company"
   * takes up that description first.)
   */
  lastBusinessNamed(pos: number): string | undefined {
    const here = this.sentences.sentence(pos);
    let found: string | undefined;
    walkBack(this.mentions, pos, m => {
      if (here - this.sentenceOf(m) > BUSINESS_NAMED_REACH) return false;
      const t = this.traitsOf(m.name);
      if (t.kind === 'place' || t.kind === 'label' || t.gender || t.pronoun) return true;
      if (BUSINESS_WRITTEN_AFTER.test(this.text.slice(m.e, m.e + BUSINESS_WRITTEN_REACH))) found = m.name;
      return !found;
    });
    return found;
  }

  /** The word right before `s` is a business's noun of its trade in lower case ("grid operator Ukrenergo"). */
  private afterTradeNoun(s: number): boolean {
    const before = TRADE_NOUN_BEFORE.exec(this.text.slice(Math.max(0, s - TRADE_NOUN_REACH), s));
    return !!before && BUSINESS_OF_A_TRADE.has(before[1]);
  }

  /** `name` is the source of speech (quoted or reported) that ends before `pos`, from sentence `sentence` on. */
  private spokeSince(name: string, sentence: number, pos: number): boolean {
    let spoke = false;
    walkBack(this.speakerEvents, pos, m => {
      if (this.sentenceOf(m) < sentence) return false;
      spoke = m.name === name;
      return !spoke;
    });
    return spoke;
  }

  /**
   * The entities mostSalient weighs at `pos`: those mentioned, or quoted, within MAX_SENTENCES_BACK sentences before it
   * (no one else can be the one it picks `among` them).
   */
  namesInReach(pos: number): Set<string> {
    const names = new Set<string>();
    this.walkInReach(pos, m => {
      names.add(m.name);
      return true;
    });
    return names;
  }

  /**
   * Visits the mentions, then the quotes' speaker events, before `pos` from the latest back, those within
   * MAX_SENTENCES_BACK sentences of it (`back` sentences before its own), until `visit` returns false: the reach of
   * mostSalient and of namesInReach.
   */
  private walkInReach(pos: number, visit: (m: EntityMention, back: number) => boolean): void {
    const here = this.sentences.sentence(pos);
    const step = (m: EntityMention): boolean => {
      const back = here - this.sentenceOf(m);
      if (back < 0 || back > MAX_SENTENCES_BACK) return back <= MAX_SENTENCES_BACK;
      return visit(m, back);
    };
    walkBack(this.mentions, pos, step);
    walkBack(this.speakerEvents, pos, step);
  }

  /**
   * `among`: only these entities count; `paragraphOnly`: only mentions in the paragraph holding `pos`; `saidSpan`: the
   * attributed words, whose mentions are not their speaker; `quoted`: the quote a pronoun after it cues.
   */
  private mostSalient(word: string, pos: number, p: PronounClass, said?: string, among?: ReadonlySet<string>, paragraphOnly = false, saidSpan?: Span, quoted?: Span, roleHead?: string): Resolution | undefined {
    const here = this.sentences.sentence(pos);
    const scores = new Map<string, { best: number; at: number; count: number }>();
    // (whoever asks the question sentence `here` answers is not the one answering: the asker's mentions in it, the
    // question clause of "Asked by X whether …, he said", are passed over, and a "he" or "she" opening it, the answer
    // to "X asked the PBO whether … ⏎ He said", weighs the asker down by ASKER_PENALTY)
    // (or the cue of a quote that opens that sentence: "Anjali asked Penney-Whelan how the team got close enough to
    // work. ⏎ “I'll be honest with you, Anjali, …,” she said", a CBC Radio-style probe, went to the host)
    const answerOpener = (word === 'he' || word === 'she' || word === 'He' || word === 'She') && (this.sentences.opens(pos) || (!!quoted && this.sentences.quoteOpensBefore(quoted, pos)));
    this.walkInReach(pos, (m, back) => {
      const sent = here - back;
      if ((among && !among.has(m.name)) || (saidSpan && m.s >= saidSpan.s && m.e <= saidSpan.e)) return true;
      if (back === 0 && this.isAsker(m.name, here)) return true;
      const traits = this.traitsOf(m.name);
      if (!agrees(p, traits)) return true;
      const unknownGender = (p === 'he' || p === 'she') && !traits.gender && traits.onlyOpensSentences && traits.kind !== 'person' ? UNKNOWN_GENDER_PENALTY : 0;
      const paragraphs = this.sentences.paragraph(here) - this.sentences.paragraph(sent);
      if (paragraphOnly && paragraphs > 0) return false;
      if (m.listed && paragraphs > 0 && (p === 'he' || p === 'she')) return true;
      const score = RECENCY * RECENCY_DECAY ** back * (1 + Math.max(m.subject ? SUBJECT_BONUS : 0, m.introduced ? INTRODUCED_BONUS : 0) + (m.speaker ? SPEAKER_BONUS : 0)) - PARAGRAPH_PENALTY * paragraphs - unknownGender;
      const prev = scores.get(m.name);
      // (a quote's attribution repeats the mention its cue holds: no further mention)
      const repeat = m.speaker ? 0 : 1;
      if (!prev) scores.set(m.name, { best: score, at: m.s, count: repeat });
      else {
        if (score > prev.best || (score === prev.best && m.s > prev.at)) { prev.best = score; prev.at = m.s; }
        prev.count += repeat;
      }
      return true;
    });
    // (of two as salient, the one whose most salient mention is the later: "Ms. Friedan … recommended that she burn at
    // the stake, Mrs. Schlafly replied … that she was pleased …, she said")
    let best: string | undefined, bestScore = -Infinity, bestAt = -1;
    // (a "he" or "she" opening its sentence is no one the rest of the sentence names outside quotes: "The federal judge
    // Trump was referring to is Gonzalo Curiel, who was born … ⏎ He insisted Curiel had “an inherent conflict of
    // interest”", PolNeAR train, HuffPost 2016-07-18)
    // (up to the clause's first mark or relative word: "He has also called the Texas senator “…” – the Founding Father
    // who Beck idolizes", "He said that the Cruz campaign's announcement, which …, was an “insult” to … the Carson
    // campaign" are Beck's and Carson's, PolNeAR train)
    const namedAfter = HE_SHE.has(word.toLowerCase()) && this.sentences.opens(pos) ? this.restOfClause(pos + word.length) : undefined;
    // (a one-word name of no known gender for "she", when a woman the article names is in reach)
    const womanInReach = p === 'she' && [...scores.keys()].some(name => this.traitsOf(name).gender === 'f');
    // (forEach: no iterator result and entry pair per name, in code V8 has not optimised)
    scores.forEach(({ best: top, at, count }, name) => {
      if (namedAfter && namesAgain(namedAfter, name)) return;
      if (roleHead && namedBeforeRole(word, roleHead, name)) return;
      // (a thing its own words name is never what "it" stands for: "It means acknowledging that his message is the
      // future of the Democratic Party" is not the party's; a person may still be, when no one else is in reach)
      if (said && p === 'it' && namedIn(said, name)) return;
      // (once: not on a word that only opens sentences, which UNKNOWN_GENDER_PENALTY already put back)
      const t = this.traitsOf(name);
      const oneWordUnknown = womanInReach && !name.includes(' ') && !t.gender && !(t.onlyOpensSentences && t.kind !== 'person') ? ONE_WORD_NAME_FOR_SHE_PENALTY : 0;
      const score = top + REPEAT_BONUS * Math.max(0, Math.min(count - 1, MAX_REPEATS)) - (said && namedIn(said, name) ? NAMED_IN_WORDS_PENALTY : 0) - oneWordUnknown - (answerOpener && this.isAsker(name, here) ? ASKER_PENALTY : 0);
      if (score > bestScore || (score === bestScore && at > bestAt)) { best = name; bestScore = score; bestAt = at; }
    });
    // (a news outlet is no "they", "he" or "she": the pronoun is left as written, for the rules after to read, when the
    // one most salient is an outlet: "In a statement to the Observer, her senior policy adviser … said … ⏎ … thousands
    // of Germans protesting against the Transatlantic Trade and Investment Partnership (TTIP). … they will hold banners
    // proclaiming: “…”", PolNeAR train, Breitbart 2016-04-23, which went to "Observer"; "In Seattle, marchers honored the
    // Orlando victims …, KING-TV reported … ⏎ Manny Gomez said … He and his partner came to the events because they
    // wanted to show that "they can't scare us back into the closet."", USA Today 2016-06-27, which went to "KING-TV";
    // "Warren appeared with MSNBC's Rachel Maddow and officially endorsed Clinton … ⏎ The endorsement was one the
    // Clinton campaign had long coveted because they are hoping …", Western Journal 2016-06-11, which went to "MSNBC";
    // an "it" may be one: "Forbes magazine started the rich-list craze in 1982, when it published …")
    if (best === undefined || (p !== 'it' && OUTLET_NAME(best))) return undefined;
    // "Clinton, without naming him, … “…,” she said": a last name two people share, read as the one mentioned most
    // ("Bill Clinton", of either gender), is the one the pronoun's gender names ("Hillary Clinton")
    const g = p === 'he' ? 'm' : p === 'she' ? 'f' : undefined;
    // (and a family written in the plural, "the Graysons", is its person of that gender: ofFamily)
    const other = g && !this.traitsOf(best).gender ? this.ofFamily(best, g) ?? this.names.canonicalOfGender(best.slice(best.lastIndexOf(' ') + 1), g, best) : undefined;
    return other ? { name: other, chain: [word, other] } : { name: best, chain: [word, best] };
  }
}

/** A one-word name ending in a lower-case "s". */
const PLURAL_ONE_WORD = /^[^\s]*\p{Ll}s$/u;

/**
 * The words name this person in the third person: the surname (a body's name whole) as a capitalised word, outside a
 * quotation the words quote in turn (“He always whispered in my ear, ‘Billie Jean King, you are the Queen,'” she said:
 * Ali's words to her, PolNeAR train, Breitbart 2016-06-05, where "she" went to Novak Djokovic).
 */
function namedIn(said: string, name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  if (last.length < 3 || !upperFirst(last)) return false;
  for (let at = said.indexOf(last); at >= 0; at = said.indexOf(last, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(said[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(said[at + last.length] ?? ' ') && !inInnerQuotation(said, at)) return true;
  }
  return false;
}

/**
 * A role description ending in its noun names this person before the noun, as the side or body the role is played for:
 * "the Blues boss" is the side's manager, never "Blues" (a Manchester Evening News-style probe, test/fixtures/outlets
 * uk-men-derby-reaction.txt, where the side was the subject just before). Not a name after the noun ("the former
 * President Bush").
 */
function namedBeforeRole(written: string, head: string, name: string): boolean {
  return written.slice(written.lastIndexOf(' ') + 1).toLowerCase() === head.toLowerCase() && namedIn(written, name);
}

/** An inner quotation's opening mark: a single mark after a space, a double mark or the start (‘ or '). */
const INNER_OPENING = /(?:^|[\s“"])[‘']/gu;
/** Its closing mark: a single mark after a letter or a mark, before no letter ("Queen,'”"; not the apostrophe of "I'm"). */
const INNER_CLOSING = /[’'](?![\p{L}\p{N}])/u;

/** Position `at` of the words is inside a quotation they quote in turn (‘…’). */
function inInnerQuotation(said: string, at: number): boolean {
  INNER_OPENING.lastIndex = 0;
  for (let m; (m = INNER_OPENING.exec(said)) && m.index < at;) {
    const open = m.index + m[0].length;
    const close = INNER_CLOSING.exec(said.slice(open));
    if (open <= at && (!close || open + close.index > at)) return true;
  }
  return false;
}

/**
 * A person's last name written again in `words`, not as the last word of another name ("He struggles … the looming
 * presence of Barbara Bush" is Jeb Bush's): a capitalised word before it must be the person's own word before it.
 * Not a possessive.
 */
function namesAgain(words: string, name: string): boolean {
  const parts = name.split(' ');
  const last = parts[parts.length - 1];
  if (last.length < 3 || !upperFirst(last)) return false;
  for (let at = words.indexOf(last); at >= 0; at = words.indexOf(last, at + 1)) {
    // (not a possessive, by which a writer names the subject again: "He notes that the Commission on Presidential
    // Debates announced … an issue with Trump's microphone"; first written on a PolNeAR dev example, AP copy, and it
    // holds on no train article: without it PolNeAR train, test/fixtures/outlets and us-probes outputs are unchanged)
    if (/[\p{L}\p{N}]/u.test(words[at - 1] ?? ' ') || /^(?:[\p{L}\p{N}]|['’]s?\b)/u.test(words.slice(at + last.length, at + last.length + 2))) continue;
    const before = /(\p{Lu}[\p{L}.'’-]*)\s+$/u.exec(words.slice(0, at));
    if (!before || (parts.length > 1 && parts[parts.length - 2] === before[1])) return true;
  }
  return false;
}

const headWords = new Map<string, RegExp>();

/**
 * A body's name whose head is this noun, case aside (compiled once per head): its last word or the word before its
 * first joining word ("the commission" → "Commission on Presidential Debates", "the council" → "Norfolk County
 * Council"), or the word before a generic head ("the police" → "Toronto Police Service"); never a modifier ("the
 * government" is not the "Local Government Association", nor "the state" the "State Department").
 */
function headWord(head: string): RegExp {
  let re = headWords.get(head);
  if (!re) {
    if (headWords.size >= 1000) headWords.clear();
    const word = head.replace(/[^\p{L}-]/gu, '');
    const end = `(?:\\s+(?:${HEAD_JOINERS})\\s.*)?$`;
    headWords.set(head, (re = new RegExp(`(?:^|\\s)${word}(?:\\s+${GENERIC_BODY_HEADS})?${end}`, 'iu')));
  }
  return re;
}

/**
 * The words that join a body's head to the rest of its name: the body-name joiners ("Bank of Canada", "Department of
 * Health and Human Services") and the other prepositions a body's name goes on with ("Commission on Presidential
 * Debates", "Committee to Protect Journalists").
 */
const HEAD_JOINERS = [...BODY_NAME_JOINERS, 'on', 'to', 'in', 'at'].join('|');
/** Heads that a body's name puts after the noun that names its kind ("Police Service", "Fire Department"). */
const GENERIC_BODY_HEADS = '(?:Service|Department|Force)';

/** Calls `f` on the mentions before `pos`, nearest first, until it returns false or the reach is exhausted. */
function walkBack(list: readonly EntityMention[], pos: number, f: (m: EntityMention) => boolean): void {
  const lo = countBefore(list, x => x.s < pos);
  for (let k = lo - 1; k >= 0 && k >= lo - MAX_MENTIONS_BACK; k--) if (!f(list[k])) return;
}
