import { describe, expect, it } from 'vitest';
import { readRank } from '../../src/extract/ranks.js';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

/** The rank whose 第 is the first one of the input: [text, value, unit, subject]. */
function rank(input: string): [string, number, string, string | null] | null {
  const view = normalize(input);
  const r = readRank(view, view.indexOf('第'));
  return r && [input.slice(r.span[0], r.span[1]), r.value, r.unit, r.subject && input.slice(r.subject[0], r.subject[1])];
}

describe('[ranks] a position after a verb of ranking', () => {
  it.each<[string, string, [string, number, string, string | null]]>([
    ['the subject in the clause before', '增速比全省平均水平低0.6个百分点,在全省11个设区市中排名第5位。', ['第5位', 5, '位', '增速']],
    ['居 with the league', '全市经济增速居全省第3位。', ['第3位', 3, '位', '经济增速']],
    ['位列 with a counted league, 名', '旅游收入位列全国35个大中城市第8名。', ['第8名', 8, '名', '旅游收入']],
    ['the frame after the subject', '营商环境评价在全省16个地市中排名第2位。', ['第2位', 2, '位', '营商环境评价']],
    ['Chinese numeral with 位', '考核排名全省第二位。', ['第二位', 2, '位', '考核']],
    ['a bare digit ending its phrase', '满意度排名第4,较去年前进两位。', ['第4', 4, '位', '满意度']],
    ['位居', '县域经济综合实力位居全省第12位。', ['第12位', 12, '位', '县域经济综合实力']],
  ])('%s', (_label, input, want) => {
    expect(rank(input)).toEqual(want);
  });

  it.each([
    ['an ordinal of a meeting', '第5次会议审议了报告。'],
    ['no verb of ranking', '我们完成了第3位患者的手术。'],
    ['a batch', '列入第一批试点。'],
    ['a superlative in words', '位居全省第一。'],
    ['居民 is no verb', '居民第3名是谁'],
    ['安排 is no verb of ranking', '安排第3名志愿者值守。'],
  ])('%s: none', (_label, input) => {
    expect(rank(input)).toBeNull();
  });
});

describe('[ranks] as quantities: kind other, and the league counted before it ends before the rank', () => {
  it('第5位 is a quantity; 11个 counts 设区市', () => {
    const text = '增速比全省平均水平低0.6个百分点,在全省11个设区市中排名第5位。';
    const pair = { text, view: normalize(text) };
    const found = extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] });
    expect(found.find((q) => q.text === '第5位')).toMatchObject({ value: 5, unit: '位', kind: 'other', indicator: '增速' });
    expect(found.map((q) => q.text)).toEqual(['0.6个百分点', '11个', '第5位']);
  });
});
