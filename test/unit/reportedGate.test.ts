/**
 * Reported speech (src/core/reported/index.ts): a rule family is run only on a sentence holding one of its cue words.
 * The promise behind the gate, checked on real articles (the samples and the seeds): every family, run on every
 * sentence the gate keeps from it, finds nothing there — so the gate changes the work, never the finds.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { findQuoteSpans } from '../../src/core/quotes/marks';
import { tokenize } from '../../src/core/quotes/tokens';
import { familiesFor, type RuleFamily, RULES, selects, TRIGGER_WORDS } from '../../src/core/reported';
import { sentenceRanges } from '../../src/core/reported/sentences';
import { readSample, reported, sampleFiles, SHARED } from './helpers';

function seedTexts(): string[] {
  const dir = path.join(SHARED, 'corpus', 'seeds');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(f => fs.readFileSync(path.join(dir, f), 'utf8')) : [];
}

describe('reported speech: the rule families gated by their cue words', () => {
  it('a family finds nothing in a sentence without its words (every sentence of the samples and seeds, every family)', () => {
    let skipped = 0, run = 0;
    for (const text of [...sampleFiles().map(readSample), ...seedTexts()]) {
      const toks = tokenize(text), quotes = findQuoteSpans(text);
      for (const { a, b } of sentenceRanges(toks)) {
        if (b - a < 4) continue;
        const families = familiesFor(toks, a, b);
        RULES.forEach((family, n) => {
          if (selects(families, n)) { run++; return; }
          skipped++;
          const found = family.find({ toks, text, a, b, quotes });
          assert.deepStrictEqual(found.map(r => text.slice(r.s, r.e)), [], `${family.find.name} in "${text.slice(toks[a].s, toks[b - 1].e)}"`);
        });
      }
    }
    // (the gate does skip most families in most sentences, and keeps some)
    assert.ok(skipped > run && run > 0, `${skipped} skipped, ${run} run`);
  });
});

/**
 * A sentence of each family past the 32nd in RULES, by its finder's name, that the family finds a report in: a family
 * added there gets its example here.
 */
const PAST_THE_32ND: Readonly<Record<string, string>> = {
  agentSpeechNouns: 'The story followed a report by Politico that he fabricated the account of his time in the navy.',
  // (s36-recall-bb: attackNouns before it made askedBy the 33rd)
  askedBy: 'Asked by Matt Lauer whether she had practiced her speech, she said she had not.',
  // (s38-recall-dd: lightVerbs before it made headlineVerbs the 33rd)
  headlineVerbs: 'Rose Bowl skywriters blast Trump',
  // (s44-recall-xb: roleNouns after attackNouns made titleHeadlines the 33rd)
  titleHeadlines: 'New Poll Shows Minor Post-Debate Bump For Clinton',
  // (s48-rb: disagreements after soundings made headlines the 33rd)
  headlines: 'Lynch: No outside influence on FBI probe into Clinton emails',
  // (s50-ua: reactions and frontedParticiples after backings made lightVerbs the 33rd and talksTo the 34th)
  lightVerbs: 'Trump also took multiple swipes at fellow GOP contender Jeb Bush.',
  talksTo: 'Trump talks to Megyn Kelly about bullying.',
  // (s50-um: inWhoseView after toWhom made roleNouns the 33rd)
  roleNouns: 'Rhonda Hughes, 43, is a fervent supporter of Donald J. Trump.',
  // (s51-vd: heldViews, the last)
  heldViews: 'There is considerable recognition among some party leaders that Sanders deserves deference from Clinton.',
};

describe('reported speech: the selection of rule families has room for more than 32 (no 32-bit mask)', () => {
  it('every family, the 33rd and later too, is selected by a sentence holding one of its words, and its bit is no other family\'s', () => {
    assert.ok(RULES.length > 32, `${RULES.length} families: the test is of a selection past 32`);
    RULES.forEach((family, n) => {
      if (!family.words) return;
      const [word] = [...family.words];
      const toks = tokenize(`Officials ${word} it again.`);
      const families = familiesFor(toks, 0, toks.length);
      assert.ok(selects(families, n), `${family.find.name} (${n}) not selected by "${word}"`);
      // (the bit of family n is its own: the same bit of another word of 32 bits is no family of this word)
      RULES.forEach((other, m) => {
        if (m % 32 === n % 32 && m !== n && selects(families, m)) assert.ok([...(other.words ?? [word])].includes(word), `${other.find.name} (${m}) selected by "${word}" of ${family.find.name} (${n})`);
      });
    });
  });
  it('the families past the 32nd run in the engine: their reports are found', () => {
    RULES.forEach((family, n) => {
      if (n < 32) return;
      const sentence = PAST_THE_32ND[family.find.name];
      assert.ok(sentence, `no example sentence for ${family.find.name} (${n}) in PAST_THE_32ND`);
      const toks = tokenize(sentence);
      const own = family.find({ toks, text: sentence, a: 0, b: toks.length, quotes: [] }).map(r => sentence.slice(r.s, r.e));
      assert.ok(own.length > 0, `${family.find.name} finds nothing in its example`);
      const found = reported(sentence).map(r => r.content);
      assert.ok(own.every(c => found.includes(c)), `${family.find.name}: ${JSON.stringify(own)} not in ${JSON.stringify(found)}`);
    });
  });
});

describe('reported speech: the trigger words are the families\' words', () => {
  it('TRIGGER_WORDS is exactly the union of every family\'s opening words (its `opens`, else its `words`)', () => {
    const opening = (family: RuleFamily): string[] => [...(family.opens ?? family.words ?? [])];
    for (const family of RULES) for (const w of opening(family)) assert.ok(TRIGGER_WORDS.has(w), `"${w}" of ${family.find.name} is no trigger word`);
    for (const w of TRIGGER_WORDS) assert.ok(RULES.some(family => opening(family).includes(w)), `"${w}" opens no family`);
  });
  it('a family that names no opening words has every word it reads in TRIGGER_WORDS (a new family cannot be forgotten)', () => {
    for (const family of RULES) {
      if (family.opens) continue;
      const missing = [...(family.words ?? [])].filter(w => !TRIGGER_WORDS.has(w));
      assert.deepStrictEqual(missing, [], `${family.find.name}: words missing from TRIGGER_WORDS`);
    }
  });
  it('a verb of request opens no sentence alone: "It encouraged people to drive somewhat less …" (PolNeAR train NYT 2016-03-03, no gold)', () => {
    assert.ok(!TRIGGER_WORDS.has('encouraged') && !TRIGGER_WORDS.has('to'));
    assert.deepStrictEqual(reported('It encouraged people to drive somewhat less and be more careful about heating and cooling their homes.'), []);
  });
});
