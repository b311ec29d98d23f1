// src/extract/cut-compounds.ts: compounds the tagger cut, and what tells a figure's unit from a word's first character.
import { describe, expect, it } from 'vitest';
import { allDigits, figureBefore, latinCodeBefore, latinFirst } from '../../src/extract/cut-compounds.js';
import { phraseBefore } from './walk-before.js';

describe('[cut-compounds] heads the tagger read as measure words', () => {
  it.each<[string, string, string | null]>([
    ['新建充电桩1200个', '1200', '充电桩'], // 桩/q after the verb 充电
    ['燃气管道281公里', '281', '燃气管道'],
    ['粪污集中收集点120个', '120', '粪污集中收集点'], // a predicate verb inside the compound
    ['千吨万人供水工程12处', '12', '千吨万人供水工程'],
    ['新增停车位3000个', '3000', '停车位'], // 位/q after the verb 停车
    // near-miss: after an adverb the verb is the predicate and 点 is all that is counted
    ['已收集点120个', '120', '点'],
  ])('%s (%s) → %s', (text, figure, want) => {
    expect(phraseBefore(text, figure)).toBe(want);
  });

  it.each<[string, number, boolean]>([
    ['3个项目', 2, true], ['三项工作', 2, true], ['12元', 2, true],
    ['项目', 0, false], ['各个项目', 2, false], // near-miss: 个 after no numeral
  ])('figureBefore(%s, %i): %s', (view, pos, want) => {
    expect(figureBefore(view, pos)).toBe(want);
  });

  it.each<[string, number, boolean]>([['PM10浓度', 4, true], ['COD5', 4, true], ['10浓度', 2, false], ['PM浓度', 2, false]])('latinCodeBefore(%s, %i): %s', (view, pos, want) => {
    expect(latinCodeBefore(view, pos)).toBe(want);
  });

  it.each<[string, boolean, boolean]>([['5', false, true], ['2023', false, true], ['G', true, false], ['5G', false, false], ['基站', false, false]])('%s: Latin first %s, digits only %s', (word, latin, digits) => {
    expect(latinFirst(word)).toBe(latin);
    expect(allDigits(word)).toBe(digits);
  });
});
