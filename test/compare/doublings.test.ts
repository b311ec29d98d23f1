// src/compare/doublings.ts: a doubling is a growth of +100 % (×4: +300 %), a target till it is done.
import { describe, expect, it } from 'vitest';
import { doublingGrowth } from '../../src/compare/doublings.js';
import type { Quantity } from '../../src/model/record.js';

const q = (text: string, value: number | null, unit: string | null): Quantity => ({
  text, value, unit, kind: 'quantity', indicator: '回收量', approximate: false, qualifier: null, range: null, direction: null, span: [0, text.length],
});

describe('[doublings] 翻番 as a growth', () => {
  it.each<[string, number, { value: number; target: boolean }]>([
    ['翻一番', 2, { value: 100, target: true }],
    ['翻番', 2, { value: 100, target: true }],
    ['翻两番', 4, { value: 300, target: true }],
    ['翻了一番', 2, { value: 100, target: false }],
    ['翻了两番多', 4, { value: 300, target: false }],
  ])('%s', (text, value, want) => expect(doublingGrowth(q(text, value, '倍'))).toEqual(want));
  it.each<[string, number, string]>([['两倍', 2, '倍'], ['增长1倍', 1, '倍'], ['65%', 65, '%']])('%s is no doubling', (text, value, unit) => {
    expect(doublingGrowth(q(text, value, unit))).toBeNull();
  });
});
