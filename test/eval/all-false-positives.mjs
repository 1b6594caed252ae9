#!/usr/bin/env node
// All attributions (#16's ALL line: direct quotes and reported speech together), a development aid for precision:
// every prediction the ALL line counts as a false positive on a PolNeAR split, sorted by why — a direct quote that
// matches no gold quote ('direct-none') or names the wrong speaker ('direct-wrong'); an indirect prediction whose
// content matches no gold and overlaps none ('none'), overlaps only golds that other predictions matched ('double'),
// overlaps a missed gold ('boundary'), or matches a gold with another Source ('wrong-source'). Then by feature (the
// source's kind — a pronoun, a plural "some|many|others", a place, an outlet, a document, a body —, the position — the
// article's first line, inside a quotation, a line with a question mark —, and the words before the cue — a negation,
// a modal or "will", "if|whether"): for each, the predictions the ALL line counts, its true positives and its false
// positives by reason, so a group can be judged by what dropping it (or naming no speaker for it) would cost.
// Needs `npm run build:tests` (it reads the engine's word lists from out/).
// With --pairs the features also hold the cue, the source's last word and the content's first word, and every pair of
// features with at least 4 false positives and twice as many as its true positives is listed. With --rules each
// prediction's rule (Quote.why.rule) is a feature too (the engine is bundled and run again on the split). --within
// FEATURE counts only the predictions that have it.
//   node test/eval/all-false-positives.mjs [--split train|dev] [--pred PRED.json] [--why REASON] [--feature NAME] [--show N] [--pairs] [--rules] [--within FEATURE]
// Without --pred it runs dist/cli.js (npm run build:cli first) on the split.
//
// FINDINGS (31st session, s31-precision7, train, main f34bfbf: ALL P/R/F1 0.9036/0.6629/0.7648, 16,716 predictions
// counted, 1,611 false positives). By why: direct-none 250 (a quote no gold holds: titles, scare quotes, excerpts the
// annotators left out), direct-wrong 226, none 258, double 50, boundary 563, wrong-source 264. By the source's kind and
// the position (predictions, true positives, false positives) no group comes near 2:1: a place 75 / 59 / 16, an outlet
// 211 / 184 / 27, a body 108 / 95 / 13, a pronoun left unresolved 102 / 69 / 33 (by pronoun no split holds: "it" 13 / 7
// / 6, "I" 15 / 9 / 6), a lower-case description 1,871 / 1,576 / 295, the article's first line 204 / 182 / 22, inside a
// gold quotation 174 / 158 / 16, a line with a question mark 646 / 576 / 70, a negation before the cue 69 / 52 / 17, a
// modal 105 / 81 / 24, "if|whether" 78 / 64 / 14; contents opening with "whether" 35 / 31 (PolNeAR marks the questions
// asked). By the direct quotes' rule (--rules): "sentence subject" 265 / 157 / 108 (single words 63 / 30 / 33),
// "continues a quote" 1,972 / 1,859 / 113, "cue before the quote" 1,920 / 1,820 / 100, "signature under the quote" 8 / 3
// / 5. The pair scan (--pairs) finds only one-article groups ("From Josh Feldman writing at Mediaite:" and the excerpt
// after it, 10 false positives in two Breitbart articles, none gold — an attribution a reader accepts, which the
// annotators skipped: not made) and "it" as a sentence subject (13 / 3 / 10). Made (train false positives removed /
// true positives lost; every one with its sentences in its file's header and a unit test): titles named by "told",
// "interview(ed) with", "hosts of", a network "channel's", or of short capitalised words ('Fiorina told "Fox and
// Friends,"', "on CNN’s “New Day,”", ../../src/core/quotes/index.ts TITLE_LEAD, shortTitleCase: 9 / 0); a work named
// by the word for it or what is done with it ("In his autobiography, ''A Time for Truth,''", "the network canceled
// ''Minority Report,''", "took the stage to ''Eye of the Tiger.''") or a word of the trade after it ("another ''Today''
// anchor", "“The Apprentice” TV show": 15 / 0); an impersonal "it" ("It wasn’t even that he heard “more than a few”",
// "It turns out even ''honesty''", "It took him most of a day …, delivering an "apology"": quotes/lexicon.ts
// IMPERSONAL_IT_VERBS, attribution/sentenceSubject.ts: 4 / 0); a pull quote's signature line ('"…⏎Dean Baker, Center
// for Economic and Policy Research."') is no quote of its own (quotes/index.ts signatures: 8 / 0, and the one gold
// quote it alone covered, with a wrong speaker, is no longer judged). Train ALL 0.9036/0.6629/0.7648 → 0.9056/0.6629/
// 0.7655 (1,575 false positives), direct speaker accuracy 0.9517 (7884/8284) → 0.9518 (7884/8283), indirect numbers
// unchanged (P/R/F1 0.8969/0.4981/0.6405, source 0.9616, e2e 0.8642/0.4980/0.6318); CV ALL 0.7640 → 0.7647 (every fold
// up), speaker 0.9510 → 0.9511; dev, the outlet fixtures and us-probes byte-identical (dev ALL 0.7437). Tried and
// dropped: "with" as a title's small word ("The Lead with Jake Tapper": 4 removed, 2 gold lost — "his weekly radio
// show, “Generations with Kevin Swanson,”", "on “The Late Show with Stephen Colbert.”"); "publish(ed)" and "wrote" before
// a title (1 gold lost: "after Mr. Singer published ''Character Studies,''"); the titles listed after a title ("had roles
// in “How the Grinch Stole Christmas,” “Apollo 13,”": 5 removed, 3 gold lost — 'named “Criminal Minds,” “Game of
// Thrones,” “Breaking Bad” and “Veep”' is Ted Cruz's, gold); any "it" as a sentence subject (10 removed, 3 gold lost:
// "it included a clause “to be executed …”", "it published its first ''400'' list"). Measured and not made: a
// language's gloss ("Latin for “if you wish peace …”", "Russian for ''goodbye.''": 2); a quote used as a modifier before
// a noun ("among ''very conservative'' voters") 162 true / 42 false; after "the phrase|term|words|slogan|chanting" 23 /
// 6; "asked if he (still) believes X" read as his report (3 wrong sources: the gold is the asker's "if …" content, 2 of
// 3); a noun + "-ing" cue ("Police receive 911 calls saying", "ads calling") about 4 wrong sources; of the 264 wrong
// sources, 95 name a word inside the gold's content (an inner report where the gold is the outer one) and only 4 of
// those have another prediction with the right source, so dropping inner reports gains almost nothing. The 50 doubles
// are mostly one gold content over two reports of one reporter ("Sanders said yes and took the opportunity …"). The
// 563 boundaries are left to the recall helpers (their long ends over a second report, as the reported-families.mjs
// FINDINGS describe).
//
// FINDINGS (37th session, s37-precision-cc, train, main 97b02d0: ALL P/R/F1 0.9060/0.6704/0.7706, TP 15,276 of 22,786
// gold, 16,861 predictions counted; by why: direct-none 217, direct-wrong 218, none 272, double 53, boundary 557,
// wrong-source 269). What each group could give the ALL line at most (F1 = 2·TP / (predicted + gold) while the two TP
// counts are equal, as here): a source set right on a matched content +0.0000504 (a false positive and a miss both
// become a hit), a false positive removed +0.0000194, a sourced gold quote found with speaker:null given its speaker
// +0.0000310. (1) indirect contents matched with a wrong source, 269 (+24 with speaker:null): all set right +0.0136;
// (2) direct quotes with a wrong speaker, 218: +0.0110, and the 174 sourced gold quotes we find with no speaker +0.0054;
// (3) false positives with no gold near, 272 indirect + 217 direct: all removed +0.0096. By what the prediction holds
// against the gold Source, (1) and (2) together (487): no overlap with a nominal Source 158 (+17 that CoreNLP resolves to a
// name), with a name 107, with a pronoun 79 (+33 resolved); our mention inside the gold Source but off its head 78 (the
// scorer's head is the first chunk's: "A 2009 report by the progressive ⟨Center for Economic and Policy Research⟩",
// "Former secretary of state ⟨Hillary Rodham Clinton⟩:", "the base chief known as ⟨Bob⟩", "⟨Time⟩ magazine"); our name
// inside the Source's text 15. Read by hand the same long tail the 29th, 30th and 36th sessions found (reported-sources.mjs).
// Measured and dropped (ALL false positives removed / true positives lost, folds as removed/lost):
//  - every reported-gates.mjs group (the 34th session's and new ones by the source mention's place), now with the ALL
//    line's columns, where a wrong source dropped counts as a false positive removed (the content columns count it as
//    gold lost): none holds 2:1 on train and every fold. Closest: the inner of two readings of one cue 8 / 3 (1/1 3/1 2/1
//    2/0 0/0); a mention inside another report's content 15 / 9 (2/1 4/1 8/1 1/3 0/3); "that|which" as the mention 13 /
//    18; a relative pronoun 76 / 175; an unresolved pronoun 28 / 63; a preposition's object 98 / 413; a sentence end
//    between the mention and the cue 12 / 91; a possessive 10 / 32; a direct quote of another speaker under the report
//    28 / 29; a state that voted or supported 3 / 0 (two folds; the 34th session's reason to leave it stands); tried
//    once and not kept as groups: a "show*" cue 38 / 158, the mention after "by" 4 / 40, the mention "it" 7 / 37, "they"
//    27 / 101, "we|you|I" 34 / 79 (left unresolved 10 / 31), a mention on a line with a question mark 33 / 105, a cue
//    whose first word has no verb ending 168 / 692;
//  - a direct quote inside an indirect prediction of another speaker taking the report's speaker: 16 set right, 22
//    broken (14 more where both are right), and 13 speaker:null quotes named right (the 35th session's 18 / 5);
//  - the source mention's span widened (it can only turn the scorer's "wrong" into "right", never the reverse): to the
//    clause's start 91 indirect and 38 direct sources judged right, 0 wrong, but read by hand nearly all of them win by
//    a span that is no mention of the speaker ("⟨Police receive 911 calls⟩ saying", "⟨said Bolton⟩" where the gold Source
//    is the word "said", "⟨An EP member cynically likened the EU-Turkey deal to Donald Trump⟩"): not made. The honest
//    part, a role phrase before the name taken into the mention ("said master of ceremonies ⟨Asab Al-Tabchi⟩", "Fight for
//    $15 organizing director ⟨Kendall Fells⟩", "Speaker of the House Rep. ⟨Paul Ryan⟩"), is about 10 on train; a widening
//    over lower-case role nouns alone (people/lexicon.ts isRoleNoun: 212 direct speakers widened, "campaign manager ⟨Robby
//    Mook⟩") set none right, as the scorer already takes a role + name Source's name as its head; a relative pronoun's
//    mention widened over the four words before it ("including ⟨prominent businesses that⟩") 6 indirect and 1 direct
//    set right of 127 widened. Not written: about 15 in all, and each wins by the scorer's chunking (its head for "Former
//    secretary of state Hillary Rodham Clinton" is "secretary", as its chunk stops at "of"), the speaker's name unchanged.
//  - --pairs (the features above, the rule, cue, source head, first word): only one-article groups again ("From Josh
//    Feldman writing at Mediaite:", 8 / 0) and 4-6-case pairs ("it" as a sentence subject 6 / 3, a far source with "said"
//    8 / 2 on direct quotes — whose true positives a null speaker would take from speaker accuracy, which must not drop).
//    The direct-none quotes by rule ("sentence subject" 68, "continues a quote" 55, "cue before the quote" 34) read by
//    hand are scare quotes, titles and excerpts the annotators left out, one article or one shape each.
// No gate or fix passed the bar, so the engine is unchanged: train, CV (F1 0.6485, ALL 0.7699) and dev (ALL 0.7473) as
// on main; the outlet fixtures' counts unchanged.
//
// FINDINGS (39th session, s39-recall-ff, train, main 54e21f27: ALL P/R/F1 0.9057/0.6715/0.7712, 16,895 predictions counted,
// 1,595 false positives; by why: direct-none 217, direct-wrong 220, none 273, double 53, boundary 561, wrong-source 271).
// The brief's groups, by feature (predictions / true positives / false positives): a negation before the cue 72 / 55 / 17
// (boundary 7, none 4, wrong source 4); a modal or "will" 110 / 87 / 23; "if|whether" before the cue 77 / 64 / 13; a line
// with a question mark 648 / 579 / 69 — none near 2:1 overall, so none in every fold. PolNeAR marks negated reports as
// reports ("Cruz never mentioned ⟦Trump by name⟧", "Reid would not say ⟦whether …⟧", "has not endorsed ⟦Mr. Trump⟧": 100 of
// 117 indirect predictions with "not|never|n't" in the 25 characters before the cue match a gold content). Dev's one false
// positive the brief names, "but Obama said he was not speaking only about ⟦Trump⟧" (lightVerb.ts), is no negation's: it
// is a report nested in a matched report's content ("Obama said ⟦he was not speaking only about Trump⟧", gold), its "he" sent
// to Jake Tapper; nested readings on train match a gold 28 times in 36 (7 boundaries, 1 none), so neither dropping nested
// reports nor negated ones holds 2:1 on train, and a gate for that one dev sentence would be tuning on dev. --pairs again
// finds only one-article groups ("From Josh Feldman writing at Mediaite:" 7 / 0) and 4-5-case pairs ("he" + "supported"
// 4 / 0, a common noun + "determined" 7 / 2, an unresolved pronoun + "if" 6 / 1: "asked if he (still) believes" read as
// his report, the 31st session's 3). No gate written; dev P stays 0.8498.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { args, opt, root, shared } from '../harness/paths.mjs';
import { loadGold, readPrediction, scoreAgainst } from './reportedEval.mjs';
import { oneLine as one, overlap as ov } from './spans.mjs';

const split = opt('--split', 'train');
const onlyWhy = opt('--why', null), onlyFeature = opt('--feature', null), pairs = args.includes('--pairs'), within = opt('--within', null);
const show = Number(opt('--show', onlyWhy || onlyFeature ? '40' : '0'));
const pred = readPrediction(split, opt('--pred', null), 'all-false-positives');
const { res, docs } = scoreAgainst(loadGold(split), pred);

/** With --rules, the rule that attributed each quote (Quote.why.rule, which the JSON output leaves out), by file and span. */
const ruleOf = new Map();
if (args.includes('--rules')) {
  const bundle = path.join(root, '.eval', 'core.cjs');
  execFileSync(path.join(root, 'node_modules', '.bin', 'esbuild'), [path.join(root, 'src', 'core', 'index.ts'), '--bundle', '--platform=node', '--format=cjs', `--outfile=${bundle}`, '--log-level=warning']);
  const core = createRequire(import.meta.url)(bundle);
  for (const d of docs.values())
    for (const q of core.analyzeText(d.file, d.text, { parts: ['quotes'] }).quotes) ruleOf.set(`${d.file}#${q.kind ?? 'direct'}#${q.start}-${q.end}`, q.why?.rule ?? '-');
}

const PN = await import(pathToFileURL(path.join(shared, 'eval', 'polnear-score.mjs')).href);
const load = async rel => import(pathToFileURL(path.join(root, 'out', 'src', 'core', rel)).href);
const { kindOfName } = await load('people/canonical.js');
const { OUTLET_NAME, isBodyHead } = await load('people/lexicon.js');

const PRONOUN = /^(?:he|she|they|it|we|i|you|him|her|them|us|me|his|their|its|our|my|your|who|which|that)$/i;
const PLURAL_SOME = /^(?:some|many|others|most|few|several|critics|people|those|experts|analysts|observers|supporters|opponents)$/i;
const DOCUMENT = /\b(?:report|reports|study|studies|poll|polls|survey|surveys|data|document|documents|memo|letter|statement|ad|ads|website|book|article|analysis|filing|records?|emails?|bill|law|plan|platform|page|post|tweets?|video|footage|polling|numbers|figures|results|research|audit|review|lawsuit|complaint|order|rule|ruling|decision|resolution|agreement|deal|proposal|budget|policy|campaign)$/i;

/** The features of a prediction `p` in document `d` (names; see the header). */
function features(d, p) {
  const text = d.text, f = [];
  const sp = p.speaker, srcText = sp && Number.isInteger(sp.start) ? text.slice(sp.start, sp.end) : (sp?.name ?? '');
  const words = srcText.split(/\s+/).filter(Boolean), last = (words.at(-1) ?? '').replace(/[^\p{L}'’-]/gu, '');
  if (words.length === 1 && PRONOUN.test(last)) f.push(`pronoun:${last.toLowerCase()}`);
  if (words.length === 1 && PRONOUN.test(last) && PRONOUN.test(sp.name ?? '')) f.push('pronoun-unresolved');
  if (PLURAL_SOME.test(last)) f.push(`plural:${last.toLowerCase()}`);
  if (/^\p{Lu}/u.test(srcText) && kindOfName(srcText.replace(/^the\s+/i, '')) === 'place') f.push('place');
  if (OUTLET_NAME(srcText)) f.push('outlet');
  if (DOCUMENT.test(last)) f.push(`document:${last.toLowerCase()}`);
  if (isBodyHead(last)) f.push('body');
  if (!/^\p{Lu}/u.test(srcText) && !PRONOUN.test(last)) f.push('common-noun');
  if (sp && Number.isInteger(sp.start) && (sp.end <= p.start ? p.start - sp.end : sp.start - p.end) > 300) f.push('far-source');
  const lineStart = text.lastIndexOf('\n', p.start - 1) + 1, lineEnd = text.indexOf('\n', p.end) < 0 ? text.length : text.indexOf('\n', p.end);
  if (text.slice(0, lineStart).trim() === '') f.push('first-line');
  if (text.slice(lineStart, lineEnd).includes('?')) f.push('question-line');
  const quotes = (d.quotes ?? []).filter(q => ov(p.start, p.end, q.innerStart, q.innerEnd) > 0.8 * (p.end - p.start));
  if (p.kind === 'indirect' && quotes.length) f.push('inside-gold-quote');
  const cueStart = p.cue?.start ?? p.start;
  const before = text.slice(Math.max(lineStart, cueStart - 40), cueStart).toLowerCase();
  if (/\b(?:not|never|n[o’']t|no one|nobody)\s+(?:\w+\s+)?$/.test(before)) f.push('negated');
  if (/\b(?:will|would|could|might|may|should|must|can|’ll|'ll)\s+(?:\w+\s+)?$/.test(before)) f.push('modal');
  if (/\b(?:if|whether|unless)\b/.test(before)) f.push('if');
  f.push(`kind:${p.kind === 'indirect' ? 'indirect' : 'direct'}`);
  if (p.kind !== 'indirect') {
    const inner = text.slice(p.start, p.end).replace(/^[“”"'‘’]+|[“”"'‘’]+$/g, ''), n = inner.split(/\s+/).filter(Boolean).length;
    f.push(`words:${n <= 1 ? '1' : n <= 3 ? '2-3' : n <= 6 ? '4-6' : '7+'}`, /[.,!?;:]$/.test(inner) ? 'closes-on-punct' : 'closes-on-word');
    if (pairs) f.push(`after:${(text.slice(p.end, p.end + 30).match(/^\s*([\p{L}’']+|[^\s\p{L}])/u)?.[1] ?? '-').toLowerCase()}`);
    if (pairs) f.push(`before:${(text.slice(Math.max(0, p.start - 30), p.start).match(/([\p{L}’']+)[^\p{L}]*$/u)?.[1] ?? '-').toLowerCase()}`);
  }
  if (ruleOf.size) f.push(`rule:${ruleOf.get(`${d.file}#${p.kind ?? 'direct'}#${p.start}-${p.end}`) ?? '?'}`);
  if (pairs) f.push(`cue:${(p.cue?.text ?? '-').toLowerCase()}`, `head:${last.toLowerCase()}`, `first:${(text.slice(p.start, p.end).match(/[\p{L}’']+/u)?.[0] ?? '-').toLowerCase()}`);
  return f;
}

/** Every prediction the ALL line counts, with `why` null for a true positive. */
function allCounted() {
  const rows = [];
  const wrong = new Set(res.wrongSource.map(w => `${w.file}#${w.p.start}-${w.p.end}`));
  const fpIndirect = new Set(res.falsePositives.map(x => `${x.file}#${x.p.start}-${x.p.end}`));
  for (const pd of pred.documents) {
    const file = path.basename(pd.file), d = docs.get(file);
    if (!d) continue;
    const matchedGold = new Set();
    for (const p of pd.quotes) if (p.kind === 'indirect' && p.speaker && !fpIndirect.has(`${file}#${p.start}-${p.end}`))
      for (const g of d.indirect) if (ov(p.start, p.end, g.start, g.end) >= 0.5 * (g.end - g.start)) matchedGold.add(g.id);
    for (const p of pd.quotes) {
      if (!p.speaker || !(p.end > p.start)) continue;
      const key = `${file}#${p.start}-${p.end}`;
      let why = null;
      if (p.kind === 'indirect') {
        if (fpIndirect.has(key)) {
          const over = d.indirect.filter(g => ov(p.start, p.end, g.start, g.end) > 0);
          why = !over.length ? 'none' : over.every(g => matchedGold.has(g.id)) ? 'double' : 'boundary';
        } else if (wrong.has(key)) why = 'wrong-source';
        else {
          const g = d.indirect.find(x => ov(p.start, p.end, x.start, x.end) >= 0.5 * (x.end - x.start) && ov(p.start, p.end, x.start, x.end) >= 0.5 * (p.end - p.start));
          if (g && !g.source) continue; // matched a Source-less gold: out of the ALL line (approximately the scorer's pairing)
        }
      } else {
        const ms = d.quotes.filter(g => ov(p.start, p.end, g.innerStart, g.innerEnd) >= 0.5 * (g.innerEnd - g.innerStart));
        if (ms.length && ms.every(g => !g.source)) continue;
        if (!ms.length) why = 'direct-none';
        else if (!ms.some(g => g.source && PN.speakerCorrect(p, g))) why = 'direct-wrong';
      }
      rows.push({ file, d, p, why, f: features(d, p) });
    }
  }
  return rows;
}

const context = (r) => {
  const { d: { text }, p } = r, s = Math.min(p.start, p.speaker?.start ?? p.start), e = Math.max(p.end, p.speaker?.end ?? p.end);
  let mid = text.slice(p.start, p.end); if (mid.length > 200) mid = mid.slice(0, 110) + ' … ' + mid.slice(-70);
  const src = p.speaker && Number.isInteger(p.speaker.start) ? `⟨${text.slice(p.speaker.start, p.speaker.end)}⟩` : `⟨${p.speaker?.name}⟩`;
  return one(`${r.file.slice(0, 30)} ${src} …${text.slice(Math.max(0, s - 40), p.start)}⟦${mid}⟧${text.slice(p.end, Math.min(text.length, e + 30))}…`);
};

const rows = allCounted().filter(r => !within || r.f.includes(within));
const tp = rows.filter(r => !r.why).length, fps = rows.filter(r => r.why);
const a = res.summary.allAttributions;
console.log(`${split}: ALL P/R/F1 ${a.precision}/${a.recall}/${a.f1}, predicted ${a.predicted}, TP ${a.predictedTP}; rows ${rows.length}, TP ${tp}, false positives ${fps.length}`);
const reasons = ['direct-none', 'direct-wrong', 'none', 'double', 'boundary', 'wrong-source'];
console.log('by why: ' + reasons.map(w => `${w} ${fps.filter(r => r.why === w).length}`).join(', '));
const byFeature = new Map();
for (const r of rows) for (const k of r.f) {
  const g = byFeature.get(k) ?? { n: 0, tp: 0, why: {} };
  byFeature.set(k, g);
  g.n++;
  if (!r.why) g.tp++; else g.why[r.why] = (g.why[r.why] ?? 0) + 1;
}
console.log(`\n${'feature'.padEnd(24)} ${'n'.padStart(5)} ${'TP'.padStart(5)} ${'FP'.padStart(5)}  FP by why`);
for (const [k, g] of [...byFeature].filter(([, g]) => g.n - g.tp >= 3).sort((x, y) => (y[1].n - y[1].tp) / y[1].n - (x[1].n - x[1].tp) / x[1].n))
  console.log(`${k.padEnd(24)} ${String(g.n).padStart(5)} ${String(g.tp).padStart(5)} ${String(g.n - g.tp).padStart(5)}  ${Object.entries(g.why).map(([w, c]) => `${w} ${c}`).join(', ')}`);
if (pairs) {
  const byPair = new Map();
  for (const r of rows) for (let i = 0; i < r.f.length; i++) for (let j = i + 1; j < r.f.length; j++) {
    const k = `${r.f[i]} & ${r.f[j]}`, g = byPair.get(k) ?? { n: 0, tp: 0 };
    byPair.set(k, g);
    g.n++; if (!r.why) g.tp++;
  }
  console.log('\npairs with at least 4 false positives and twice as many as true positives:');
  for (const [k, g] of [...byPair].filter(([, g]) => g.n - g.tp >= 4 && g.n - g.tp >= 2 * g.tp).sort((x, y) => (y[1].n - y[1].tp) - (x[1].n - x[1].tp)))
    console.log(`  ${k.padEnd(50)} n ${g.n} TP ${g.tp} FP ${g.n - g.tp}`);
}
if (show) {
  const pick = rows.filter(r => (onlyWhy ? r.why === onlyWhy : true) && (onlyFeature ? r.f.includes(onlyFeature) : true));
  console.log(`\n## ${onlyWhy ?? ''} ${onlyFeature ?? ''} ${pick.length}`);
  for (const r of pick.slice(0, show)) console.log(`  ${(r.why ?? 'TP').padEnd(12)} ${context(r)}`);
}
