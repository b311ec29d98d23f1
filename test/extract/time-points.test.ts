// Through extractQuantities: src/extract/time-points.ts keeps points and parts of the calendar out of the figures.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { isTimePoint } from '../../src/extract/time-points.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] });
}

describe('[time-points] N + a time unit + 前, and a year + 前 + N + unit, are no figures', () => {
  it.each<[string, string[]]>([
    ['比五年前增加了三分之一', ['三分之一']],
    ['利用率由五年前的不足五成提高到七成以上', ['不足五成', '七成以上']],
    ['三个月前已完成整改', []],
    ['两三年前还是荒地', []],
    ['今年前10个月,全市职工医保基金支出5亿元', ['5亿元']],
    ['去年前两个季度新增企业120家', ['120家']],
    ['2024年前三个月受理案件86件', ['2024年', '86件']],
  ])('%s → %o', (input, texts) => {
    expect(quantities(input).map((q) => q.text)).toEqual(texts);
  });

  it.each<[string, string[]]>([
    // a span something is early or late by, a span back from now, a year before which, 前 opening a word
    ['提前3个月完成任务', ['3个月']],
    ['近三年新建水厂3座', ['近三年', '3座']],
    ['五年来累计投入2亿元', ['五年', '2亿元']],
    ['2025年前完成改造', ['2025年']],
    ['用3年前期工作打基础', ['3年']],
    ['10天前后完成', ['10天']],
    ['前3个月免收租金', ['3个月']], // no year before 前: the first months of a lease, a span
  ])('kept: %s → %o', (input, texts) => {
    expect(quantities(input).map((q) => q.text)).toEqual(texts);
  });

  it('reads only time units', () => {
    expect(isTimePoint('三个前', 0, '个', 2)).toBe(false);
    expect(isTimePoint('五年前', 0, '年', 2)).toBe(true);
  });
});
