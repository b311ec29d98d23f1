// Through extractQuantities: src/extract/unitless.ts reads figures with no measure word after them.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import type { Span } from '../../src/model/span.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string, exclude: Span[] = []) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude });
}

describe('[unitless] a coefficient, an index or a ratio has no unit', () => {
  it.each<[string, [string, number, string | null][]]>([
    ['农田灌溉水有效利用系数提高到0.62', [['0.62', 0.62, null]]],
    ['基尼系数为0.45', [['0.45', 0.45, null]]],
    ['地块容积率不超过2.5', [['不超过2.5', 2.5, '不超过']]],
    ['综合指数达到86.5', [['86.5', 86.5, null]]],
    ['有效利用系数由0.55提高到0.62', [['0.55', 0.55, null], ['0.62', 0.62, null]]],
    ['绿地率控制在0.35以上', [['0.35以上', 0.35, '以上']]],
    ['基尼系数为零点四五', [['零点四五', 0.45, null]]],
  ])('%s → %o', (input, want) => {
    const qs = quantities(input);
    expect(qs.map((q) => [q.text, q.value, q.qualifier])).toEqual(want);
    for (const q of qs) expect([q.unit, q.kind]).toEqual([null, 'other']);
  });

  it('the second figure of 由X提高到Y measures what the first does', () => {
    expect(quantities('农村生活污水治理率由0.55提高到0.62').map((q) => [q.text, q.indicator])).toEqual([['0.55', '农村生活污水治理率'], ['0.62', '农村生活污水治理率']]);
  });

  it.each(['同比为1.2', '版本号为2.5', '得分为85', '比例为3:1', '系数为2024年'])('no coefficient before, or no bare figure: %s → no bare figure', (input) => {
    expect(quantities(input).filter((q) => q.kind === 'other' && q.unit === null)).toEqual([]);
  });

  it('a ratio after 比例为 is a ratio in 比 (ratios.ts), not a bare 3', () => {
    expect(quantities('比例为3:1').map((q) => [q.text, q.value, q.unit, q.kind])).toEqual([['3:1', 3, '比', 'other']]);
  });
});

describe('[unitless] a lone 万/亿 with no measure word counts people, or money after a word of money', () => {
  it.each<[string, [string, number, string | null, string, string | null][]]>([
    ['带动近万群众就业', [['近万', 10000, null, 'count', '近']]],
    ['惠及上万农户', [['上万', 10000, null, 'count', '上']]],
    ['参与者逾万。', [['逾万', 10000, null, 'count', '逾']]],
    ['受益居民万余,', [['万余', 10000, null, 'count', '余']]],
    ['年投资近亿', [['近亿', 1e8, '元', 'money', '近']]],
    ['惠及数十万群众', [['数十万', 100000, null, 'count', '数']]],
    ['靠近万福路', []], // a place: 靠近 is a word and 万福路 no people
    ['接近万家灯火的夜景', []], // 万家灯火: no people nor money named
    ['打造超万亿级产业集群', []], // a scale (级), no count
    ['近万亿元', [['近万亿元', 1e12, '元', 'money', '近']]], // with its unit it is money
  ])('%s → %o', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit, q.kind, q.qualifier])).toEqual(want);
  });
});

describe('[unitless] a decimal after a verb of change, a Chinese decimal after 由', () => {
  it.each<[string, [string, number][]]>([
    ['死亡率降至0.042,比上年下降0.011', [['0.042', 0.042], ['0.011', 0.011]]],
    ['灌溉水有效利用系数由零点五一提高到零点五三', [['零点五一', 0.51], ['零点五三', 0.53]]],
  ])('%s', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.value])).toEqual(want);
  });
  it.each(['事故下降3', '比上年增加12'])('an integer with no unit after a verb stays unread: %s', (input) => {
    expect(quantities(input)).toEqual([]);
  });
});

describe('[unitless] a decimal after a verb of change with a word after it is left to its unit', () => {
  it('较上年提高1.6分 gives no bare 1.6', () => {
    expect(quantities('较上年提高1.6分').filter((q) => q.unit === null)).toEqual([]);
  });
});

describe('[unitless] 翻番 with or without a numeral is a doubling', () => {
  it.each<[string, string, number, string | null]>([
    ['力争实现回收量翻番', '翻番', 2, '回收量'],
    ['使全区再生资源回收量在今年基础上翻一番', '翻一番', 2, '再生资源回收量'],
    ['产值翻两番', '翻两番', 4, '产值'],
  ])('%s → %s', (input, text, value, indicator) => {
    const q = quantities(input).find((x) => x.unit === '倍')!;
    expect([q.text, q.value, q.kind]).toEqual([text, value, 'quantity']);
    if (indicator) expect(q.indicator).toContain(indicator.slice(-3));
  });
  it.each(['没有实现翻番目标', '回收量翻番了吗', '推翻番号', '离翻番还有差距'])('%s → no doubling', (input) => {
    expect(quantities(input).filter((q) => q.unit === '倍')).toEqual([]);
  });
});
