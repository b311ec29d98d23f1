import { describe, expect, it } from 'vitest';
import { unitBaseAt } from '../../src/extract/unit-base.js';

describe('[unit-base] one unit opening a value per unit is a base, no figure', () => {
  it.each<[string, number]>([
    ['一亩小麦的纯收益也就两三百元', 2],
    ['一吨煤的价格上涨了200元', 2],
    ['一平方米房屋的租金', 4],
    ['一公斤茶叶的收购价格', 3],
    // near-misses: no value after 的, a larger numeral, a duration, a rank
    ['一亩小麦', 0],
    ['一亩小麦的长势很好', 0],
    ['一万亩小麦的产量', 0],
    ['一年的收入', 0],
    ['一个村的收入', 0],
  ])('%s → %i', (text, length) => {
    expect(unitBaseAt(text, 0)).toBe(length);
  });

  it('一 inside a larger numeral or after 第/每 opens no base', () => {
    expect(unitBaseAt('十一亩小麦的收益', 1)).toBe(0);
    expect(unitBaseAt('第一亩小麦的收益', 1)).toBe(0);
    expect(unitBaseAt('每一亩小麦的收益', 1)).toBe(0);
  });
});
