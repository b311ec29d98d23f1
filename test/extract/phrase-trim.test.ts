// src/extract/phrase-trim.ts: the noun phrase of the tokens walked back from a figure.
import { describe, expect, it } from 'vitest';
import { phraseBefore } from './walk-before.js';

describe('[phrase-trim] the phrase trimmed from the words walked', () => {
  it.each<[string, string, string | null]>([
    ['今年以来全市矛盾纠纷化解率达96.50%', '96.50', '矛盾纠纷化解率'], // scope and area words dropped
    ['全年发电量12亿千瓦时', '12', '发电量'], // 全|年发电量: the time word's character cut off
    ['追责问责48人', '48', '追责问责'], // a parallel compound, no verb before 责问责
    ['全县现有社区日间照料中心46个', '46', '社区日间照料中心'],
    // near-misses: a phrase closed by a localizer of inside is a place; a speech clause names no measure
    ['建设控制地带内的有9宗', '9', null],
    ['副市长柳德明表示80%', '80', null],
  ])('%s (%s) → %s', (text, figure, want) => {
    expect(phraseBefore(text, figure)).toBe(want);
  });
});
