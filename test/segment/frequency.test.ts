import { describe, expect, it } from 'vitest';
import { suggestFrequency } from '../../src/segment/frequency.js';

const TOTAL = 60_000_000;
const DICT = new Map([['应', 60_000], ['虎', 3_000], ['缪', 50], ['海', 20_000], ['建', 5_000], ['才', 30_000], ['建才', 10], ['市长', 8_782]]);
const freq = (w: string) => DICT.get(w);

describe('[frequency] jieba suggest_freq for names', () => {
  it.each([
    ['缪应虎', Math.floor((50 / TOTAL) * (60_000 / TOTAL) * (3_000 / TOTAL) * TOTAL) + 1],
    ['海建才', Math.floor(Math.max((20_000 / TOTAL) * (10 / TOTAL), (20_000 / TOTAL) * (5_000 / TOTAL) * (30_000 / TOTAL)) * TOTAL) + 1],
    ['龘龘', Math.floor((2 / TOTAL) * (2 / TOTAL) * TOTAL) + 1],
  ])('%s', (word, expected) => {
    expect(suggestFrequency(word, freq, TOTAL, 2)).toBe(expected);
  });

  it('never lowers a frequency the dictionary already gives', () => {
    expect(suggestFrequency('市长', freq, TOTAL, 2)).toBe(8_782);
  });

  it('makes the whole word outscore every split of it', () => {
    const f = suggestFrequency('缪应虎', freq, TOTAL, 2);
    expect(Math.log(f / TOTAL)).toBeGreaterThan(Math.log(50 / TOTAL) + Math.log(60_000 / TOTAL) + Math.log(3_000 / TOTAL));
  });
});
