import { describe, expect, it } from 'vitest';
import { plainHeading, sectionNumber } from '../../src/structure/heading-lines.js';

describe('[heading-lines] a section heading read as its plain phrase', () => {
  it.each<[string, string]>([
    ['04 | 古城内违法建设如何遏制', '古城内违法建设如何遏制'],
    ['04|古城内违法建设如何遏制', '古城内违法建设如何遏制'],
    ['1 丨 古城内违法建设如何遏制', '古城内违法建设如何遏制'],
    ['NO.1 网络订餐谁来管', '网络订餐谁来管'],
    ['No.12 | 网络订餐谁来管', '网络订餐谁来管'],
    ['网络订餐“看不见的后厨”谁来管', '网络订餐看不见的后厨谁来管'],
    ['02 | 低级别文物“谁来看、谁来管”', '低级别文物谁来看谁来管'],
    ['“三小”行业如何规范提升', '三小行业如何规范提升'],
    // near-misses: left as they are
    ['农药残留超标问题怎么破', '农药残留超标问题怎么破'],
    ['2023 | 管网改造', '2023 | 管网改造'],
    ['04 管网改造', '04 管网改造'],
    ['NO1 管网改造', 'NO1 管网改造'],
    ['他说：“我们将加快推进。”', '他说：“我们将加快推进。”'],
  ])('%s → %s', (line, plain) => {
    expect(plainHeading(line)).toBe(plain);
  });

  it.each<[string, string | null]>([
    ['04 | 古城', '04 | '],
    ['NO.3 古城', 'NO.3 '],
    ['一、古城', null],
    ['04 古城', null],
  ])('section number of %s', (line, number) => {
    expect(sectionNumber(line)).toBe(number);
  });
});
