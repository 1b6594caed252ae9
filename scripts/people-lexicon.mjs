#!/usr/bin/env node
// Generates src/core/people/lexicon.generated.ts from compromise's lexicon (node_modules/compromise): first names
// with their gender, gendered honorifics, honorific abbreviations, role nouns (Actor), places (countries apart), demonyms,
// organisations, common words (adverbs, adjectives and their comparatives, prepositions, common nouns), adjectives alone, verb forms and the adverbs, conjunctions
// and question words among them that open sentences. (Not numbers: "Zero Hedge", "Five Guys".) The engine ships this table
// instead of loading compromise at run time (no Node API, no 350 kB tagger in the worker). Run: node scripts/people-lexicon.mjs (npm run gen:people).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cp = path.join(root, 'node_modules', 'compromise');
const imp = rel => import(pathToFileURL(path.join(cp, rel)).href);
const { default: lexData } = await imp('src/2-two/preTagger/model/lexicon/_data.js');
const { default: honorificAbbreviations } = await imp('src/1-one/tokenize/model/abbreviations/honorifics.js');
const { unpack } = await import(pathToFileURL(path.join(root, 'node_modules', 'efrt', 'src', 'index.js')).href);
const { default: nlp } = await import(pathToFileURL(path.join(cp, 'src', 'three.js')).href);
const version = JSON.parse(fs.readFileSync(path.join(cp, 'package.json'), 'utf8')).version;

const words = tag => Object.keys(unpack(lexData[tag] ?? '')).filter(w => /^[a-z][a-z .'&-]*$/.test(w));
const uniq = xs => [...new Set(xs)].sort();

// gendered honorifics: the `honorifics` table of compromise's pronoun-gender model (3-three/topics/people/gender.js)
const genderSrc = fs.readFileSync(path.join(cp, 'src/3-three/topics/people/gender.js'), 'utf8');
const table = genderSrc.slice(genderSrc.indexOf('const honorifics'), genderSrc.indexOf('}', genderSrc.indexOf('const honorifics')));
const gendered = [...table.matchAll(/^\s*'?([a-z ]+)'?:\s*(m|f),/gm)].map(m => [m[1], m[2]]);

// a name compromise lists under both genders ("dana", "jean") has none
const maleAll = words('MaleName'), femaleAll = words('FemaleName');
const male = uniq(maleAll.filter(w => !femaleAll.includes(w)));
const female = uniq(femaleAll.filter(w => !maleAll.includes(w)));
// names compromise knows as first names without a gender ("Person|Noun": "bill", "frank"; "FirstName": "alexis")
const other = uniq([...maleAll.filter(w => femaleAll.includes(w)), ...words('FirstName'), ...words('Person|Noun'), ...words('Person|Verb'), ...words('Person|Adj'), ...words('Person|Date'), ...words('Person|Place')])
  .filter(w => !male.includes(w) && !female.includes(w) && !w.includes(' '));
const places = uniq([...words('Country'), ...words('City'), ...words('Region'), ...words('Place')]);
// common words that open sentences capitalised ("Sometimes", "Harsh", "Yet", "Across", "Another"): no one's name
// (words compromise also lists as a name or a place are left out: "Christian", "Frank", "Orlando")
const nameLike = new Set([...maleAll, ...femaleAll, ...other, ...places, ...words('LastName'), ...words('Person'), ...words('ProperNoun')]);
// (verb forms left out: a capitalised verb rarely opens a sentence, and the attribution rules read them)
// (but an adjective compromise lists as a verb too, Adj|Present, is one: "Right now, Clinton is …" made a person "Right"
// whom the next paragraph's "he" went to, PolNeAR train, USA Today 2016-04-26)
const COMMON_TAGS = ['Adverb', 'Conjunction', 'Preposition', 'Determiner', 'Adjective', 'Comparable', 'Comparative', 'Superlative', 'Singular',
  'Uncountable', 'Cardinal', 'Ordinal', 'Duration', 'Pronoun', 'Expression', 'Modal', 'Negative', 'QuestionWord', 'Noun|Verb', 'Adj|Noun', 'Plural',
  'Multiple', 'Unit', 'Adj|Present'];
const world = nlp.world();
// the comparative and superlative of each comparable adjective, as compromise inflects them ("Faster approvals.",
// "Smaller classes."; also of the adjectives that are verbs or nouns too: "fast", "fine"): the lexicon lists only a few
// ("fewer", "better"), and a verbless fragment may open with one capitalised
const adjective = world.methods.two.transform.adjective;
const degrees = ['Comparable', 'Adj|Present', 'Adj|Noun'].flatMap(words).flatMap(a => [adjective.toComparative(a, world.model), adjective.toSuperlative(a, world.model)]).filter(w => w && /^[a-z]+$/.test(w));
const common = uniq([...COMMON_TAGS.flatMap(words), ...degrees]).filter(w => !nameLike.has(w) && !w.includes(' '));

// adjectives that are nothing else in compromise's lexicon ("constant", "frequent", "angry"; not "official", "chief":
// Adj|Noun): a noun-like cue after one is a noun ("near-constant calls of …", quotes/attribution/cue.ts)
const adjectives = uniq(['Adjective', 'Comparable'].flatMap(words)).filter(w => !nameLike.has(w) && !w.includes(' '));

// adverbs, conjunctions and question words ("Maybe", "Yet", "Who"): a capitalised one before a name
// opens the sentence, it is no part of the name
const openers = uniq(['Adverb', 'Conjunction', 'QuestionWord'].flatMap(words)).filter(w => !nameLike.has(w) && !w.includes(' '));
// verb forms: every form of a verb-only lemma ("argue argued argues", "say said says"), the past and participle of a
// lemma that is a noun too ("report" → "reported", not "report"/"reports": "the Cadillac tax", "the Clinton emails"),
// and the forms compromise lists on their own ("had", "began", "been", "could"): a word after "the NAME" that is one
// of them makes NAME a subject ("the Washington Post reported"), not a modifier of a noun
const conjugate = lemma => world.methods.two.transform.verb.conjugate(lemma, world.model);
const verbForms = uniq([
  ...words('Infinitive').flatMap(l => { const c = conjugate(l); return [l, c.PastTense, c.PresentTense, c.Participle]; }),
  ...words('Noun|Verb').flatMap(l => { const c = conjugate(l); return [c.PastTense, c.Participle]; }),
  ...['PastTense', 'PresentTense', 'Participle', 'Modal', 'Verb'].flatMap(words),
].filter(w => w && /^[a-z]+$/.test(w)));
const out = `// Generated by scripts/people-lexicon.mjs from compromise ${version}'s lexicon. Do not edit by hand.
/* eslint-disable */
export const MALE_FIRST_NAMES = ${JSON.stringify(male.join(' '))};
export const FEMALE_FIRST_NAMES = ${JSON.stringify(female.join(' '))};
export const OTHER_FIRST_NAMES = ${JSON.stringify(other.join(' '))};
export const GENDERED_HONORIFICS: readonly (readonly [string, 'm' | 'f'])[] = ${JSON.stringify(gendered)};
export const HONORIFIC_ABBREVIATIONS = ${JSON.stringify(uniq(honorificAbbreviations).join(' '))};
export const ROLE_NOUNS = ${JSON.stringify(uniq([...words('Actor'), ...words('Actor|Verb')]).join('|'))};
export const PLACES = ${JSON.stringify(places.join('|'))};
export const COUNTRIES = ${JSON.stringify(uniq(words('Country')).join('|'))};
export const DEMONYMS = ${JSON.stringify(uniq(words('Demonym')).join(' '))};
export const ORGANIZATIONS = ${JSON.stringify(uniq(words('Organization')).join('|'))};
export const COMMON_WORDS = ${JSON.stringify(common.join(' '))};
export const OPENING_WORDS = ${JSON.stringify(openers.join(' '))};
export const ADJECTIVES = ${JSON.stringify(adjectives.join(' '))};
export const VERB_FORMS = ${JSON.stringify(verbForms.join(' '))};
`;
const file = path.join(root, 'src', 'core', 'people', 'lexicon.generated.ts');
fs.writeFileSync(file, out);
console.log(`wrote ${path.relative(root, file)}: ${male.length} male, ${female.length} female, ${other.length} other first names, ${gendered.length} gendered honorifics, ${places.length} places, ${common.length} common words, ${adjectives.length} adjectives, ${verbForms.length} verb forms (${out.length} bytes)`);
