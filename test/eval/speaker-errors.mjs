#!/usr/bin/env node
// Speaker error analysis on a PolNeAR split (default train): runs the core on every article, judges each found gold
// direct quote with the shared scorer's speakerCorrect, and groups the wrong ones by cause (no speaker; a wrong mention
// in the quote's own sentence; a mention in another sentence, i.e. inheritance or the paragraph's cue) and by the
// rule that attributed the quote (Quote.why.rule, which the JSON output leaves out). Develop on train, never on dev.
//   node test/eval/speaker-errors.mjs [--split train|dev] [--group CAUSE|RULE] [--show N]
//
// FINDINGS (40th session, s40-sources-ii, train, main da428f41: 392 wrong direct-quote speakers of 8283 judged, 0.9527;
// 295 wrong indirect sources of 7720 matched with a Source, 0.9618). Sorted by cause with a throw-away script over the
// CLI's JSON and the scorers' own speakerCorrect / sourceCorrect (the Source span against the prediction's span, the
// sentence and paragraph around the quote). Direct (392):
//   172 no speaker: 158 with no report around them (scare quotes and titles the annotators gave to the sentence's
//       subject, "It is strange that Trump would denounce “self-deportation,”", the Morning Email's capitalised headlines
//       over a quote); 14 inside the content of a report that has a speaker, which the title filter left bare — 8 of them
//       titles of works (“Saturday Night Live”, “Real Time”, “Lopez Tonight”, “Frozen”, "Atlas Shrugged", "Good Morning
//       America", "The Tragedy of Lyndon Johnson", “Sin Miedo”), the rest coined phrases (“Neocons For Hillary”, “Solid
//       South”, ''Oops'', "Cadillac Tax", ''You're no Jack Kennedy'', “make America whole again”).
//    31 inside the Source but off the head the scorer reads ("Time magazine" → head "magazine", "master of ceremonies Asab
//       Al-Tabchi" → "master", "Fight for $15 organizing director Kendall Fells" → "Fight", "the base chief known as Bob"
//       → "known"): a wider span would pass, but the speaker named is right as it is.
//    30 a relative pronoun against its antecedent, either way (gold "who" unresolved where we name the person, or the
//       reverse); 29 a pronoun of the sentence taken where the gold is another pronoun token or another person (the
//       annotators leave many pronouns unresolved, so only the same token counts); 13 + 9 a gold pronoun where we took
//       another mention, in the sentence or outside it; 8 a pronoun of another sentence.
//    17 gold oddities, the Source is the cue word ("said", "said in a statement", "asked").
//    17 a mention of the quote's sentence where the Source stands outside it; 16 an earlier mention of the sentence where
//       the Source stands later (a speech noun's owner in an object: "Tom Fitton called Clinton's assertion of a “claim
//       of right”", which speechNounOwner leaves to the verb's subject by design); 12 a later name of the sentence for
//       the outer source; 11 other.
//    15 + 12 the speaker of another sentence of the paragraph, or of a previous paragraph, carried over.
// Indirect (295): 51 inside the Source, off its head (the scorer's head: "Clinton defenders today" → "today", "A 2009
// report by the … Center …" → "report", "Turkish media" → "media", where we named "Turkish"); 41 an earlier mention of
// the sentence where the Source stands later ("The trip suggests that Sanders is …" → gold Sanders); 40 a later
// lower-case phrase (an object, an adjunct, an inner clause's subject); 36 a relative pronoun against its antecedent; 35
// a pronoun resolved to another person or the wrong pronoun token; 33 a later name (an inner report's subject, an
// object: "Sanders is disavowing remarks made by a campaign surrogate who said" → gold Sanders); 24 no speaker (the
// unsourced "seems" family, left as the 29th session measured it); 21 a gold pronoun where we took another mention; 14
// carried over or outside the sentence; 1 gold oddity. No group a rule could read holds 5; the one pattern found twice:
// a name before a noun of the press or a document read alone where the article writes the name capitalised mid-sentence
// too ("⟨Turkish⟩ media reported", "The ⟨Democratic⟩ platform explicitly recognizes …, outlining"; the sentence-opener
// reader of quotes/attribution/opener.ts, via reported/speaker.ts pastPhrase and participleSubject). Made:
// opener.ts speakingThingAfter (a press noun, media|press, or a document noun after the name makes one subject; not
// after a possessive, "President Obama's policy toward Syria … shows no sign of change" became a report that moved
// three quotes' speakers from Obama to Kerry; not before a people, role or document noun, "Foreign policy analysts
// noted", seen on the dev byte comparison): train indirect sources 7425 → 7427 (fold 1 and fold 4 one each, none
// lost), e2e 0.6434 → 0.6436, ALL 0.7717 → 0.7718; direct quotes, dev, outlets and us-probes output unchanged.
// Tried and dropped: the same rule with a role noun ("Indiana governor endorses Cruz"): train 1 right, but "Former
// prosecutor Rudy Giuliani" and two fixtures' speakers (pk-tribune-wheat-sit-in "PML-N leader", au-nine-rugby-postmatch)
// lost; the report's speaker for every quote left bare inside its content (after the title filter): 14 right, none
// lost, 5 new unmatched speakers (“Sean Hannity Show.”, “New Day.”, “Good Morning America”, “Madam Secretary”,
// "Hypo-Cruz"), gains:additions by fold 1:1, 4:0, 1:3, 5:0, 3:1 — and 8 of the 14 are titles of works that no reader
// takes for speech; not kept.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { opt, root, shared } from '../harness/paths.mjs';
import { overlap } from './spans.mjs';

const split = opt('--split', 'train');
const only = opt('--group', '');
const show = Number(opt('--show', '3'));
const work = path.join(root, '.eval');
fs.mkdirSync(work, { recursive: true });
const bundle = path.join(work, 'core.cjs');
execFileSync(path.join(root, 'node_modules', '.bin', 'esbuild'), [path.join(root, 'src', 'core', 'index.ts'), '--bundle', '--platform=node', '--format=cjs', `--outfile=${bundle}`, '--log-level=warning']);
const core = createRequire(import.meta.url)(bundle);
const { speakerCorrect, MATCH } = await import(path.join(shared, 'eval', 'polnear-score.mjs'));

const dir = path.join(shared, 'bench', 'polnear', split);
const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8'));
const sentenceAround = (text, at) => {
  let s = at, e = at;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  while (e < text.length && !/[\n]/.test(text[e]) && !/[.!?]\s/.test(text.slice(e, e + 2))) e++;
  return [s, e];
};
const groups = new Map();
let judged = 0, right = 0;
for (const d of gold) {
  const text = core.stripBom(fs.readFileSync(path.join(dir, 'text', d.file), 'utf8'));
  const pq = core.analyzeText(d.file, text, { parts: ['quotes'] }).quotes.filter(q => q.kind !== 'indirect');
  for (const g of d.quotes) {
    if (!g.source) continue;
    const len = g.innerEnd - g.innerStart;
    const matches = pq.filter(p => overlap(p.start, p.end, g.innerStart, g.innerEnd) >= MATCH * len);
    if (!matches.length) continue;
    judged++;
    const withSp = matches.filter(p => p.speaker).sort((a, b) => overlap(b.start, b.end, g.innerStart, g.innerEnd) - overlap(a.start, a.end, g.innerStart, g.innerEnd));
    const p = withSp[0];
    if (p && speakerCorrect(p, g)) { right++; continue; }
    let cause;
    if (!p) cause = 'no speaker';
    else {
      const [ss, se] = sentenceAround(text, p.start);
      const at = p.speaker.start ?? -1;
      const para = text.lastIndexOf('\n', p.start) + 1;
      cause = at < 0 ? 'speaker without span' : at >= ss - 3 && at < se + 3 ? 'wrong mention, same sentence' : at >= para ? 'mention in another sentence, same paragraph' : 'mention in another paragraph';
    }
    const rule = p?.why?.rule ?? '-';
    const key = `${cause} | ${rule}`;
    if (!groups.has(key)) groups.set(key, []);
    const src = g.source;
    const ctx = text.slice(Math.max(0, Math.min(g.markStart, src.start) - 40), Math.min(text.length, Math.max(g.markEnd, src.end) + 60)).replace(/\s+/g, ' ');
    groups.get(key).push({ file: d.file, gold: `${src.text} [${src.kind}${src.resolvedSource ? ' → ' + src.resolvedSource : ''}]`, pred: p ? `${p.speaker.name}${p.speaker.start != null ? ' @' + text.slice(p.speaker.start, p.speaker.end) : ''} (${(p.why?.chain ?? []).join(' → ')})` : '-', ctx: ctx.length > 400 ? ctx.slice(0, 400) + '…' : ctx });
  }
}
console.log(`${split}: speaker accuracy ${(right / judged).toFixed(4)} (${right}/${judged}), ${judged - right} errors`);
const byCause = new Map();
for (const [k, v] of groups) { const c = k.split(' | ')[0]; byCause.set(c, (byCause.get(c) ?? 0) + v.length); }
for (const [c, n] of [...byCause].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${c}`);
console.log('');
for (const [k, v] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
  if (only && !k.includes(only)) continue;
  console.log(`${String(v.length).padStart(4)}  ${k}`);
  for (const e of v.slice(0, show)) console.log(`        ${e.file}: gold ${e.gold}; pred ${e.pred}\n          ${e.ctx}`);
}
