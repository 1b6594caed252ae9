import * as assert from 'assert';
import fs from 'fs';
import path from 'path';
import { isFurniture, PATTERNS, topAlternatives, unionOf } from '../../src/core/corpus/furniture';
import { ROOT, readSample, sampleFiles } from './helpers';

/** The lines of the sample articles and of the outlet fixtures. */
function fixtureLines(): string[] {
  const dir = path.join(ROOT, 'test', 'fixtures', 'outlets');
  const texts = [...sampleFiles().map(f => readSample(f)),
    ...fs.readdirSync(dir).filter(f => f.endsWith('.txt')).map(f => fs.readFileSync(path.join(dir, f), 'utf8'))];
  return texts.flatMap(t => t.split('\n')).map(l => l.trim()).filter(Boolean);
}

/** Furniture lines, and lines that nearly are (a word glued on, the anchored ones not at the start, other cases). */
const EDGE_LINES = ['Comments', 'Comment:', 'See comments', 'Related Articles', 'related stories ...', 'Most Read', 'ADVERTISEMENT',
  'Sponsored content', 'Trending now', 'Recommended for you', 'Breaking News!', 'Reporting by Jane Doe', 'Additional reporting by X',
  'More reporting by X', 'Editor’s note: this was changed', "EDITOR'S NOTE", 'An editor’s note', '© 2020', '(c) 2016 AP', '(C)2016',
  '(c) year', 'Copyright 2016', 'copyrighted', 'All rights reserved.', 'It may not be published', 'Republication or redistribution',
  'Sign up for our newsletter', 'newsletters', 'unsubscribe', 'Subscribers only', 'Click here', 'Read more', 'reread more',
  'Continue reading', 'Follow us on X', 'Back to top', 'Skip to main content', 'Have a news tip?', 'send us your tip', 'Tipsters',
  'This story has been updated', 'updated to include', 'Views expressed are', 'keep it civil', 'personal attacks', 'xclick here'];

describe('corpus furniture: the patterns as one expression', () => {
  it('splits a source at its top-level bars only', () => {
    assert.deepStrictEqual(topAlternatives('a\\|b|(c|d)[|]|^e'), ['a\\|b', '(c|d)[|]', '^e']);
    assert.deepStrictEqual(topAlternatives('[\\]|]x|y'), ['[\\]|]x', 'y']);
    assert.deepStrictEqual(topAlternatives('abc'), ['abc']);
  });

  it('shares a leading ^ and \\b among the alternatives', () => {
    assert.strictEqual(unionOf([/^ab|\bc/i, /\bd|e|^f\W*$/i]).source, '^(?:ab|f\\W*$)|\\b(?:c|d)|(?:e)');
  });

  it('answers as the patterns side by side do, on every fixture line and on lines that nearly are furniture', () => {
    const any = unionOf(PATTERNS);
    const lines = [...fixtureLines(), ...EDGE_LINES];
    const variants = lines.flatMap(l => [l, l.toUpperCase(), `x${l}`, `${l}x`, `word ${l}`]);
    let matched = 0;
    for (const line of variants) {
      const want = PATTERNS.some(re => re.test(line));
      assert.strictEqual(any.test(line), want, line);
      if (want) matched++;
    }
    assert.ok(matched > 100, `${matched} lines matched`);
  });

  it('still reads furniture and article text as before', () => {
    assert.ok(isFurniture('Sign up for our newsletter'));
    assert.ok(isFurniture('Editor’s note: This article has been updated.'));
    assert.ok(!isFurniture('The senator said the committee would meet again next week.'));
    assert.ok(!isFurniture('See comments below the fold of this very long line'));
  });
});
