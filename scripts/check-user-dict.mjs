#!/usr/bin/env node
// Checks dict/user.dict.utf8 against real text: every occurrence of a user term should come
// out as one token, and no word boundary that jieba finds without the user dictionary should
// vanish outside the terms ("without breaking its neighbours": 市/人大常委会, not 市人大/常委会).
// Usage (after tsc): node scripts/check-user-dict.mjs seeds/*.txt test/fixtures/transcripts/*/input.txt
import { readFileSync } from 'node:fs';
import { jiebaSegmenter } from '../dist/segment/jieba.js';
import { USER_DICT } from '../dist/segment/word-lists.js';
import { parseUserDictionary } from '../dist/segment/userDict.js';

const files = process.argv.slice(2);
const texts = files.map((f) => readFileSync(f, 'utf8'));
const terms = parseUserDictionary(readFileSync(USER_DICT, 'utf8')).entries.map((e) => e.word);
const bare = jiebaSegmenter({ dictionary: 'full', userDictionary: '' });
const baseline = texts.map((t) => bare.cut(t));
const withUser = jiebaSegmenter({ dictionary: 'full' });
let problems = 0;
texts.forEach((text, i) => {
  const tokens = withUser.cut(text);
  const starts = new Set(tokens.map((t) => t.span[0]));
  const whole = new Set(tokens.map((t) => `${t.span[0]}:${t.span[1]}`));
  // Occurrences of terms, longest first; a term inside a longer occurrence is not checked.
  const occurrences = [];
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      if (!occurrences.some(([s, e]) => s <= at && at + term.length <= e)) occurrences.push([at, at + term.length, term]);
    }
  }
  const context = (s, e) => text.slice(Math.max(0, s - 6), e + 6).replace(/\s+/g, ' ');
  for (const [s, e, term] of occurrences) {
    if (whole.has(`${s}:${e}`)) continue;
    const around = tokens.filter((t) => t.span[1] > s - 4 && t.span[0] < e + 4).map((t) => t.text).join('/');
    // Inside one longer word (人大常委会 in 全国人大常委会) is a note; a cut inside the term is a problem.
    if (tokens.some((t) => t.span[0] <= s && e <= t.span[1])) {
      console.log(`${files[i]}: note: ${term} inside a longer word: ${around}`);
      continue;
    }
    problems++;
    console.log(`${files[i]}: ${term} split in …${context(s, e)}… → ${around}`);
  }
  for (const t of baseline[i]) {
    const p = t.span[0];
    if (starts.has(p) || occurrences.some(([s, e]) => s < p && p < e)) continue;
    problems++;
    const around = (list) => list.filter((x) => x.span[1] > p - 6 && x.span[0] < p + 6).map((x) => x.text).join('/');
    console.log(`${files[i]}: boundary lost at ${p}: ${around(baseline[i])} → ${around(tokens)}`);
  }
});
console.log(`${terms.length} terms, ${files.length} files, ${problems} problems`);
process.exitCode = problems ? 1 : 0;
