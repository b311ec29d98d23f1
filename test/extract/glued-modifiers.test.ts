// src/extract/glued-modifiers.ts: modifiers glued before the phrase, kept or ending it.
import { describe, expect, it } from 'vitest';
import { phraseBefore } from './walk-before.js';

describe('[glued-modifiers] modifiers before the phrase', () => {
  it.each<[string, string, string | null]>([
    ['规模以上企业234家', '234', '规模以上企业'], // a grade's bound
    ['万元GDP能耗下降3%', '3', '万元GDP能耗'], // a round sum as the base of measure
    ['秒批率达到90%', '90', '秒批率'], // a unit read as a numeral with no numeral before it
    ['月平均工资5000元', '5000', '月平均工资'],
    ['就地转化率达到60%', '60', '就地转化率'], // 地 is no adverbial particle before a noun
    ['报销周期缩短至10天', '10', '报销周期'], // a period noun after its process
    ['国家和省级集采药品300种', '300', '集采药品'], // the last of coordinated modifiers is left out
    // near-misses: a bound after a figure and its unit closes the figure's range; a comparison's base is no phrase
    ['改造10蒸吨以下锅炉12台', '12', '锅炉'],
    ['比上年增长20%', '20', null],
  ])('%s (%s) → %s', (text, figure, want) => {
    expect(phraseBefore(text, figure)).toBe(want);
  });
});
