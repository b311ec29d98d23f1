// src/extract/phrase-adjectives.ts: adjectives opening a phrase that are part of what is measured.
import { describe, expect, it } from 'vitest';
import { phraseBefore } from './walk-before.js';

describe('[phrase-adjectives] classifying adjectives stay in the phrase', () => {
  it.each<[string, string, string | null]>([
    ['重污染天数减少到3天', '3', '重污染天数'], // one character glued to its noun
    ['改造低效林10万亩', '10', '低效林'], // 林 alone is a bound morpheme
    ['紧密型县域医共体覆盖率100%', '100', '紧密型县域医共体覆盖率'], // a type in 型
    ['一般公共预算收入120亿元', '120', '一般公共预算收入'],
    ['配套资金还差600万元', '600', '配套资金'], // 配套/a names the kind of fund
    ['今年配套资金600万元', '600', '配套资金'],
    ['有限资金600万元', '600', '资金'], // a word of amount evaluates it
    // near-miss: an adjective used as an adverb before the verb it qualifies goes with the verb
    ['严格砍除病树35万株', '35', '病树'],
  ])('%s (%s) → %s', (text, figure, want) => {
    expect(phraseBefore(text, figure)).toBe(want);
  });
});
