// src/extract/clause-openers.ts: words opening the clause that taggers glue to the phrase are dropped.
import { describe, expect, it } from 'vitest';
import { phraseBefore } from './walk-before.js';

describe('[clause-openers] the clause opener is no part of the phrase', () => {
  it.each<[string, string, string | null]>([
    ['但涉老诈骗案件86件', '86', '涉老诈骗案件'], // 但涉/x: a conjunction glued to the word after it
    ['建成后展陈面积2000平方米', '2000', '展陈面积'], // 后展/x: the locative closing a clause of time
    ['在金寨、霍山两县发展林下中药材种植2万亩', '2', '林下中药材种植'], // a coverb of place and its 、-list
    // near-miss: with no coverb of place opening a 、-list, the words before the verb stay the walk's
    ['霍山两县发展茶园2万亩', '2', '霍山两县发展茶园'],
  ])('%s (%s) → %s', (text, figure, want) => {
    expect(phraseBefore(text, figure)).toBe(want);
  });
});
