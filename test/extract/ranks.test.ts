import { describe, expect, it } from 'vitest';
import { readRank } from '../../src/extract/ranks.js';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

/** The rank whose 第 (or 首, 前) is the first one of the input: [text, value, unit, subject]. */
function rank(input: string): [string, number, string, string | null] | null {
  const view = normalize(input);
  const r = readRank(view, view.search(/[第首前]/u));
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
    // a superlative in words is rank 1, 2 …: without 位/名 the rank ends its phrase
    ['a superlative in words', '全市经济增速位居全省第一。', ['第一', 1, '位', '经济增速']],
    ['首位 is the first place', '营商环境评价排名全市首位,', ['首位', 1, '位', '营商环境评价']],
    ['adverbs of time are not the subject', '我市营商环境评价连续三年位列全省第二。', ['第二', 2, '位', '营商环境评价']],
    ['the scope before the verb is not the subject', '群众满意度全省排名第3,', ['第3', 3, '位', '群众满意度']],
    ['跃居', '科技创新指数跃居全市第一,', ['第一', 1, '位', '科技创新指数']],
    ['稳居 in digits with 名', '外贸进出口总额稳居全省第2名。', ['第2名', 2, '名', '外贸进出口总额']],
    ['排名第一的', '排名第一的是城东区。', ['第一', 1, '位', null]],
  ])('%s', (_label, input, want) => {
    expect(rank(input)).toEqual(want);
  });

  it.each([
    ['an ordinal of a meeting', '第5次会议审议了报告。'],
    ['no verb of ranking', '我们完成了第3位患者的手术。'],
    ['a batch', '列入第一批试点。'],
    ['a tier, not a place', '位居全省第一方阵。'],
    ['a first secretary', '选派第一书记20名。'],
    ['a quarter', '排在第一季度的项目'],
    ['a first responsible person', '全市第一责任人'],
    ['a priority (把…排在首位)', '始终把安全生产排在首位。'],
    ['a priority in digits', '将民生工作摆在第1位。'],
    ['首 without 位', '位居全国首批试点。'],
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

describe('[ranks] as quantities: superlatives, top groups and ranks joined by 、', () => {
  const read = (text: string) => extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: fakeSegmenter, exclude: [] })
    .filter((q) => q.kind === 'other')
    .map((q) => [q.text, q.value, q.unit, q.qualifier, q.indicator]);
  it.each<[string, string, Array<[string, number, string, string | null, string | null]>]>([
    ['前三 is a bound: value 3 with 前', '县域经济综合实力进入全省前三。', [['前三', 3, '位', '前', '县域经济综合实力']]],
    ['前10名', '旅游收入排名全国前10名。', [['前10名', 10, '名', '前', '旅游收入']]],
    // a bottom group as a top group: value 3 with 后, no count of 位/名
    ['后3位 is a bound: value 3 with 后', '年度考核排名后3位的县区由市政府约谈。', [['后3位', 3, '位', '后', '年度考核']]],
    ['后五名', '群众满意度居全市后五名。', [['后五名', 5, '名', '后', '群众满意度']]],
    ['a preposition opening the clause is no part of the subject', '对年度考核排名后3位的县区实行约谈。', [['后3位', 3, '位', '后', '年度考核']]],
    ['对外 opens a noun', '对外贸易总额居全省第2位。', [['第2位', 2, '位', null, '对外贸易总额']]],
    ['位列前3位', '污水处理率位列全省前3位。', [['前3位', 3, '位', '前', '污水处理率']]],
    ['居全省前10位', '数字经济规模居全省前10位。', [['前10位', 10, '位', '前', '数字经济规模']]],
    ['后三 ending its phrase', '满意度排名后三的乡镇作表态发言。', [['后三', 3, '位', '后', '满意度']]],
    ['落后3位 is a change, no group', '排名比上年落后3位。', []],
    ['此后3年 is a time', '此后3年内完成改造。', []],
    ['先后3名 is an order in time', '排名靠前的单位先后3名代表发言。', []],
    ['后5% is a share', '排名后5%的企业', []],
    ['a rank joined by 、 shares the verb and subject', '增速跃居全省第一、全国第五。', [['第一', 1, '位', null, '增速'], ['第五', 5, '位', null, '增速']]],
    ['the place moved to shares the verb and subject of the place moved from', '综合排名由第8位上升至第3位。', [['第8位', 8, '位', null, '综合'], ['第3位', 3, '位', null, '综合']]],
    ['moving in words', '营商环境评价排名由全省第十上升到第三。', [['第十', 10, '位', null, '营商环境评价'], ['第三', 3, '位', null, '营商环境评价']]],
    ['a long subject', '全市高质量发展综合绩效考核位居全省第二名,', [['第二名', 2, '名', null, '高质量发展综合绩效考核']]],
    ['首位', '营商环境评价排名全市首位,', [['首位', 1, '位', null, '营商环境评价']]],
    // no figure where the text gives none
    ['前列 gives nothing', '居全国前列。', []],
    ['名列前茅 gives nothing', '名列前茅。', []],
    ['前三季度 is a time', '前三季度全市税收增长8%。', []],
    ['前5% is a share', '排名前5%的企业', []],
    ['a list of ordinals is no rank', '第一、第二、第三', []],
    ['第一次 is an ordinal', '排在第一次会议之后', []],
    ['a move with no place before it', '全市农业总产值上升至第一产业首位', []],
    ['倒数第一 counts from the bottom, never rank 1', '全县排名倒数第一。', []],
    ['保持', '群众安全感连续五年保持全省第一。', [['第一', 1, '位', null, '群众安全感']]],
    ['第一个 is an ordinal', '成为全省第一个实现全覆盖的县', []],
  ])('%s', (_label, text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('[ranks] as quantities: marked rank, never a change', () => {
  const read = (text: string) => extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: fakeSegmenter, exclude: [] })
    .map((q) => [q.text, q.rank ?? false, q.direction]);
  it.each<[string, string, Array<[string, boolean, string | null]>]>([
    ['在全省排第十位', '农村生活污水治理率为31.5%，在全省排第十位。', [['31.5%', false, null], ['第十位', true, null]]],
    ['位列第2名', '营商环境位列全省第2名。', [['第2名', true, null]]],
    ['排名前三', '市场主体活跃度排名前三。', [['前三', true, null]]],
    ['a place moved to', '排名由第8位上升至第3位。', [['第8位', true, null], ['第3位', true, null]]],
  ])('%s', (_label, input, want) => {
    expect(read(input)).toEqual(want);
  });

  it.each<[string, string, string | null]>([
    ['the object after 把 in the clause before is ranked', '下一步我们力争把治理率提高到40%，排名进入全省前五。', '治理率'],
    // near-miss: no 把, the subject of the clause before stays whole
    ['no 把', '全市污水治理率提高到40%，排名进入全省前五。', '污水治理率'],
  ])('subject: %s', (_label, text, want) => {
    const found = extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: fakeSegmenter, exclude: [] });
    expect(found.find((q) => q.rank)?.indicator).toBe(want);
  });

  it.each<[string, string, Array<[string, boolean, string | null]>]>([
    ['an ordinal of a meeting', '第5次会议审议了报告。', []],
    ['a count of places is no rank', '全市建成养老机构120家。', [['120家', false, null]]],
  ])('leaves alone: %s', (_label, input, want) => {
    expect(read(input)).toEqual(want);
  });
});
