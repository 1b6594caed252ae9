#!/usr/bin/env node
// Rewrites a bundle so that it is plain ASCII: every other character written as its \uXXXX escape (a pair of them
// outside the BMP). esbuild escapes strings and identifiers but leaves regular-expression literals (and String.raw
// templates) as written, and a single curly quote in one makes V8 hold the whole 780 KB bundle as a two-byte string:
// decoded from UTF-8 at every run and scanned at twice the width whenever a function is compiled. As ASCII the same
// code is a one-byte string (valgrind, CLI on one small file: 885 → 829 M instructions).
//
// The escape means the same character in a string, a template, a regular expression (with or without the u flag, in
// a character class too) and a comment. A String.raw template's raw text does change (the six characters "\u2019"
// instead of "’"), which means the same wherever that text is a regular expression's source, the only use of
// String.raw with such characters in the engine; a character after a backslash (an escape of its own) is refused.
// Run by `npm run build:cli`: node scripts/ascii-bundle.mjs FILE...
import fs from 'node:fs';

const hex = c => '\\u' + c.toString(16).toUpperCase().padStart(4, '0');

for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, 'utf8');
  let out = '', last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (text.charCodeAt(i - 1) === 0x5c) {
      console.error(`${file}: a non-ASCII character after a backslash at offset ${i}: not rewritten`);
      process.exit(1);
    }
    // (a surrogate pair is written as its two halves, as JavaScript spells a code point outside the BMP)
    out += text.slice(last, i) + hex(c);
    last = i + 1;
  }
  if (last > 0) fs.writeFileSync(file, out + text.slice(last));
}
