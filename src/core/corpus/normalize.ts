/**
 * Word normalisation for the corpus index: one canonical form per word, so that copies of a passage in
 * different house styles compare equal. Case is folded, apostrophes are dropped ("Russia’s" = "Russias"),
 * and British spellings are folded to American ones (apologise → apologize, neighbour → neighbor,
 * travelled → traveled, centre → center, defence → defense, catalogue → catalog, analyse → analyze, and a
 * list of irregular pairs). The folding only has to be consistent: both copies go through it.
 */

/** Irregular UK → US pairs that the suffix rules below do not cover. */
const IRREGULAR: Readonly<Record<string, string>> = {
  grey: 'gray', greys: 'grays', towards: 'toward', afterwards: 'afterward', amongst: 'among', whilst: 'while',
  programme: 'program', programmes: 'programs', jewellery: 'jewelry', aluminium: 'aluminum',
  sceptic: 'skeptic', sceptics: 'skeptics', sceptical: 'skeptical', scepticism: 'skepticism',
  manoeuvre: 'maneuver', manoeuvres: 'maneuvers', manoeuvred: 'maneuvered', manoeuvring: 'maneuvering',
  judgement: 'judgment', judgements: 'judgments', acknowledgement: 'acknowledgment', ageing: 'aging',
  defence: 'defense', defences: 'defenses', offence: 'offense', offences: 'offenses', pretence: 'pretense',
  licence: 'license', licences: 'licenses', practise: 'practice', practised: 'practiced', practising: 'practicing',
  enrol: 'enroll', enrols: 'enrolls', enrolment: 'enrollment', fulfil: 'fulfill', fulfils: 'fulfills',
  fulfilment: 'fulfillment', instalment: 'installment', instalments: 'installments', moustache: 'mustache',
  pyjamas: 'pajamas', plough: 'plow', ploughs: 'plows', tyre: 'tire', tyres: 'tires', cosy: 'cozy',
  aeroplane: 'airplane', aeroplanes: 'airplanes', foetus: 'fetus', oesophagus: 'esophagus', kidnaped: 'kidnapped',
  learnt: 'learned', spelt: 'spelled', mum: 'mom', storey: 'story', storeys: 'stories', cheque: 'check',
  cheques: 'checks', draught: 'draft', kerb: 'curb', gaol: 'jail', sulphur: 'sulfur', paediatric: 'pediatric',
  anaesthetic: 'anesthetic', encyclopaedia: 'encyclopedia', centred: 'centered',
};

/** Words the -our rule must leave alone (they are not British spellings). */
const OUR_KEEP = new Set(['hour', 'hours', 'your', 'yours', 'tour', 'tours', 'toured', 'touring', 'pour', 'pours',
  'poured', 'pouring', 'sour', 'four', 'fours', 'flour', 'dour', 'ours', 'detour', 'detours', 'contour', 'contours',
  'devour', 'devoured', 'scour', 'scoured', 'troubadour', 'amour', 'velour', 'paramour', 'glamour', 'outpour']);

/** Fold one lower-case word (apostrophes already removed) to its canonical spelling. */
export function foldWord(w: string): string {
  const irregular = IRREGULAR[w];
  if (irregular !== undefined) return irregular;
  const n = w.length;
  if (n < 5) return w;
  let m: RegExpMatchArray | null;
  // -ise / -isation → -ize / -ization (organise, apologised, criticising, realisation)
  if ((m = /^(.{3,}[^aeiou])is(e|es|ed|ing|ation|ations|er|ers)$/.exec(w))) return `${m[1]}iz${m[2]}`;
  // -yse → -yze (analyse, paralysed)
  if ((m = /^(.{3,})ys(e|es|ed|ing)$/.exec(w))) return `${m[1]}yz${m[2]}`;
  // -our → -or (neighbour, favourite, labourers); not hour, your, tour, four ...
  if ((m = /^(.{2,})our(s|ed|ing|able|ably|ite|ites|ful|fully|less|er|ers|hood)?$/.exec(w)) && !OUR_KEEP.has(w)) {
    return `${m[1]}or${m[2] ?? ''}`;
  }
  // doubled l before a suffix on a word of two or more syllables (travelled, cancelling, labelled, counsellor)
  if ((m = /^(.*[aeiou][^aeiou]*[aeiou])ll(ed|ing|er|ers|or|ors)$/.exec(w))) return `${m[1]}l${m[2]}`;
  // -tre / -bre → -ter / -ber (centre, theatre, fibre, metres)
  if ((m = /^(.{2,}[^aeiou])re(s)?$/.exec(w)) && /[tb]$/.test(m[1])) return `${m[1]}er${m[2] ?? ''}`;
  // -ogue → -og (catalogue, dialogues)
  if ((m = /^(.{2,})ogue(s)?$/.exec(w))) return `${m[1]}og${m[2] ?? ''}`;
  return w;
}

/** 32-bit FNV-1a of a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Lower-case a raw word, drop its apostrophes and fold its spelling: the word's canonical form. */
export function canonicalWord(raw: string): string {
  return foldWord(raw.toLowerCase().replace(/['’‘ʼ]/g, ''));
}

/**
 * Word ids: the hash of a word's canonical form, cached by the hash of its raw lower-case form (the
 * tokenizer computes that one on the fly without building a string).
 */
export class WordIds {
  private cache = new Map<number, number>();

  /** The id of the word whose raw lower-case hash is `rawHash`, `raw` giving its text when first seen. */
  id(rawHash: number, raw: () => string): number {
    let id = this.cache.get(rawHash);
    if (id === undefined) {
      id = hashString(canonicalWord(raw())) || 1;
      if (this.cache.size > 2_000_000) this.cache.clear();
      this.cache.set(rawHash, id);
    }
    return id;
  }
}

/** The id of a word given as text (for tests and fixed words such as "per" and "cent"). */
export function wordId(raw: string): number {
  return hashString(canonicalWord(raw)) || 1;
}
