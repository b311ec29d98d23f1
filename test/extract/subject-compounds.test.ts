// src/extract/subject-compounds.ts: a verb naming the kind of a linked subject is part of it.
import { describe, expect, it } from 'vitest';
import { phraseBefore } from './walk-before.js';

describe('[subject-compounds] a verb opening a linked subject names its kind', () => {
  it.each<[string, string, string | null]>([
    ['帮扶车间共有412个', '412', '帮扶车间'],
    ['城镇新增就业人数达到3.2万人', '3.2', '城镇新增就业人数'],
    // near-misses: no link between the phrase and the figure, so the verb is the predicate
    ['今年补充教师800名', '800', '教师'],
    ['完成生命防护工程591公里', '591', '生命防护工程'],
  ])('%s (%s) → %s', (text, figure, want) => {
    expect(phraseBefore(text, figure)).toBe(want);
  });
});
