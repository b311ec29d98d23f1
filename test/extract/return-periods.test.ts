import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

/** The figures read from `text`, as "text=value unit kind [range] ‹indicator›". */
function figures(text: string): string[] {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] }).map((q) => {
    expect(text.slice(q.span[0], q.span[1])).toBe(q.text);
    return `${q.text}=${q.value} ${q.unit} ${q.kind}${q.range ? ` [${q.range}]` : ''}${q.qualifier ? ` {${q.qualifier}}` : ''}`;
  });
}

describe('[return-periods] N年一遇 is kind other, unit 年一遇, value N', () => {
  it.each<[string, string, string[]]>([
    ['digits', '行洪标准达到50年一遇。', ['50年一遇=50 年一遇 other']],
    ['a range in digits, from one to another', '设计标准由1~2年一遇提高到3~5年一遇。', ['1~2年一遇=1 年一遇 other [1,2]', '3~5年一遇=3 年一遇 other [3,5]']],
    ['a full-width tilde', '提高到5～10年一遇。', ['5～10年一遇=5 年一遇 other [5,10]']],
    ['a round hundred alone', '防洪标准全部达到百年一遇。', ['百年一遇=100 年一遇 other']],
    ['Chinese numerals', '可抵御五十年一遇洪水。', ['五十年一遇=50 年一遇 other']],
    ['digits 100', '部分河段达到100年一遇。', ['100年一遇=100 年一遇 other']],
    ['a qualifier before', '不低于20年一遇。', ['不低于20年一遇=20 年一遇 other {不低于}']],
  ])('%s', (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it.each<[string, string, string[]]>([
    ['a question with no numeral', '行洪能力达到多少年一遇?', []],
    ['a span of years stays a duration', '用三年时间完成治理。', ['三年=3 年 quantity']],
    ['a 百年 that is no return period', '百年大计,质量第一。', []],
    ['一遇 elsewhere (遇到)', '三年遇到两次洪水。', ['三年=3 年 quantity', '两次=2 次 count']],
  ])('no return period: %s', (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe('[return-periods] the indicator is the standard set (real segmenter)', async () => {
  const { defaultSegmenter } = await import('../../src/segment/jieba.js');
  const jieba = defaultSegmenter();
  const indicators = (text: string) => {
    const pair = { text, view: normalize(text) };
    return extractQuantities(pair, [0, text.length], { segmenter: jieba, exclude: [] }).filter((q) => q.unit === '年一遇').map((q) => `${q.text}→${q.indicator}`);
  };
  it.each<[string, string, string[]]>([
    ['the standard named before', '主要河道行洪标准达到50年一遇。', ['50年一遇→主要河道行洪标准']],
    ['a causative before the standard opens its clause', '用三年时间使防洪标准全部达到百年一遇。', ['百年一遇→防洪标准']],
    ['按 + N年一遇标准: what is built to it', '堤防按五十年一遇标准建设。', ['五十年一遇→堤防']],
    ['an area carries the standard named in its sentence', '主要河道行洪标准达到50年一遇,部分城区达到100年一遇。', ['50年一遇→主要河道行洪标准', '100年一遇→主要河道行洪标准']],
    ['an area with no standard named: none', '堤防按五十年一遇标准建设,城区达到百年一遇。', ['五十年一遇→堤防', '百年一遇→null']],
    // near-miss: a thing with a standard of its own stays
    ['a place that is no area', '易涝点由1~2年一遇提高到3~5年一遇。', ['1~2年一遇→易涝点', '3~5年一遇→易涝点']],
  ])('%s', (_name, text, want) => {
    expect(indicators(text)).toEqual(want);
  });
});
