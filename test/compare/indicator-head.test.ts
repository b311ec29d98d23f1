import { describe, expect, it } from 'vitest';
import { indicatorHead } from '../../src/compare/indicator-head.js';

describe('[compare/indicator-head] the thing an indicator counts', () => {
  it.each([
    ['车间总数', '车间'],
    ['人口务工就业规模', '人口务工就业'],
    ['新能源汽车数量', '新能源汽车'],
    ['粮食总产量', '粮食总产量'],
    // Near-misses: the count word alone, a head of one character, no count word.
    ['总数', '总数'],
    ['规模', '规模'],
    ['人数', '人数'],
    ['电子营业执照应用率', '电子营业执照应用率'],
  ])('%s → %s', (name, want) => {
    expect(indicatorHead(name)).toBe(want);
  });
});
