// Year ranges with 年 on both ends, and bare years sharing a 年 (src/extract/years.ts).
import { describe, expect, it } from 'vitest';
import { sharesYear, upperYear } from '../../src/extract/years.js';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

function years(text: string) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] })
    .filter((q) => q.kind === 'year').map((q) => [q.text, q.value, q.range]);
}

describe('[years] a range written 年 at both ends is one year figure with its range', () => {
  it.each([
    ['2019年至2021年累计投入3亿元', [['2019年至2021年', 2019, [2019, 2021]]]],
    ['2019年—2021年', [['2019年—2021年', 2019, [2019, 2021]]]],
    ['2019年——2021年', [['2019年——2021年', 2019, [2019, 2021]]]],
    ['2019年到2021年', [['2019年到2021年', 2019, [2019, 2021]]]],
    ['2019年～2021年', [['2019年～2021年', 2019, [2019, 2021]]]],
    ['2019年-2021年', [['2019年-2021年', 2019, [2019, 2021]]]],
    ['2018年至2020年度', [['2018年至2020年度', 2018, [2018, 2020]]]],
    ['2019—2021年 (unchanged)', [['2019—2021年', 2019, [2019, 2021]]]],
    ['2021年至2019年 (not rising: two years)', [['2021年', 2021, null], ['2019年', 2019, null]]],
    ['2019年至2021年3月31日 (a span of dates)', [['2019年', 2019, null]]],
  ])('%s', (input, want) => {
    expect(years(input.replace(/ \(.*\)$/, ''))).toEqual(want);
  });

  it('upperYear reads the second year after the first 年', () => {
    expect(upperYear('2019年至2021年', 5, 2019)).toEqual({ value: 2021, end: 11 });
    expect(upperYear('2019年底至2021年', 5, 2019)).toBeNull();
  });
});

describe('[years] a bare year in a series shares the 年 that closes it', () => {
  it.each([
    ['2021、2022年分别增长4.8%和5.6%', [['2021', 2021, null], ['2022年', 2022, null]]],
    ['2021和2022年', [['2021', 2021, null], ['2022年', 2022, null]]],
    ['2020、2021、2022年', [['2020', 2020, null], ['2021', 2021, null], ['2022年', 2022, null]]],
    ['2021及2022年度', [['2021', 2021, null], ['2022年度', 2022, null]]],
    ['2021年、2022年 (both written)', [['2021年', 2021, null], ['2022年', 2022, null]]],
    ['编号2021、第3项 (no 年 closes the series)', []],
  ])('%s', (input, want) => {
    expect(years(input.replace(/ \(.*\)$/, ''))).toEqual(want);
  });

  it('sharesYear', () => {
    expect(sharesYear('2021、2022年', 4, '2021')).toBe(true);
    expect(sharesYear('2021、2022', 4, '2021')).toBe(false);
    expect(sharesYear('12021、2022年', 5, '2021')).toBe(false);
  });
});
