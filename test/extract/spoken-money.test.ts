// Through extractQuantities: src/extract/spoken-money.ts reads money said without 元 (一个多亿, 3个亿, 两千来万).
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] });
}
const row = (text: string) => quantities(text).map((q) => [q.text, q.value, q.unit, q.kind, q.qualifier, q.approximate]);

describe('[spoken-money] 个亿 and a round figure with 多/来 before 万/亿 are money', () => {
  it.each<[string, unknown[][]]>([
    ['我们投入了一个多亿,建了中转站', [['一个多亿', 1e8, '元', 'money', '多', true]]],
    ['投入了1个多亿。', [['1个多亿', 1e8, '元', 'money', '多', true]]],
    ['二期投资3个亿。', [['3个亿', 3e8, '元', 'money', null, false]]],
    ['二期工程总投资两个亿出头。', [['两个亿出头', 2e8, '元', 'money', '出头', true]]],
    ['经费一年要两千来万,负担很重', [['两千来万', 2e7, '元', 'money', '来', true]]],
    ['经费每年两千多万。', [['两千多万', 2e7, '元', 'money', '多', true]]],
    ['资金五百余万,已拨付', [['五百余万', 5e6, '元', 'money', '余', true]]],
  ])('%s', (input, want) => {
    expect(row(input)).toEqual(want);
  });

  it.each<[string, unknown[][]]>([
    // no word of funds before it: 两千多万 may count people, left out as before
    ['常住人口两千多万。', []],
    // a measure word after the power says what is counted
    ['服务两千多万人次。', [['两千多万人次', 2e7, '人次', 'count', '多', true]]],
    // a figure that is not round before 多万 is no speech
    ['经费一年要两千五多万。', []],
    // 3亿元 and 3亿 are read by the units, as before
    ['二期投资3亿元。', [['3亿元', 3e8, '元', 'money', null, false]]],
  ])('near-miss: %s', (input, want) => {
    expect(row(input)).toEqual(want);
  });
});
