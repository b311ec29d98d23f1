// The light verbs that open a measure (src/extract/measure-verbs.ts).
import { describe, expect, it } from 'vitest';
import { measureVerbAt } from '../../src/extract/measure-verbs.js';

describe('[measure-verbs] a measure verb, maybe after a modal, opening a clause', () => {
  it.each([
    ['强化工业源治理', 2],
    ['要推进管网改造', 3],
    ['进一步完善机制', 5],
    ['开展耕地质量提升行动', 2],
    ['推广“无感监管”', 2],
    ['全面推广“无感监管”', 4],
  ])('%s', (text, want) => expect(measureVerbAt(text, 0)).toBe(want));

  it.each([
    ['交通不便'],
    ['资金没到位'],
    ['要是下雨'],
    ['全面情况如下'],
  ])('none: %s', (text) => expect(measureVerbAt(text, 0)).toBe(0));

  it('reads at an offset', () => expect(measureVerbAt('一来加强监测', 2)).toBe(2));
});
