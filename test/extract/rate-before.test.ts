// Through extractQuantities: src/extract/rate-before.ts reads the denominator of a rate written before its figure.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] });
}

type Row = [input: string, text: string, value: number, unit: string, qualifier: string | null, range: [number, number] | null];

describe('[rate-before] every unit the parser reads after a numeral is a denominator after 每', () => {
  it.each<Row>([
    ['工业电价每千瓦时0.62元', '每千瓦时0.62元', 0.62, '元/千瓦时', null, null],
    ['农网电价每度0.48元', '每度0.48元', 0.48, '元/度', null, null],
    ['按每度电0.5元结算', '每度电0.5元', 0.5, '元/度', null, null],
    ['容量电价每千瓦0.25元', '每千瓦0.25元', 0.25, '元/千瓦', null, null],
    ['小麦最低收购价每斤1.35元', '每斤1.35元', 1.35, '元/斤', null, null],
    ['节能量奖励每吨标准煤800元', '每吨标准煤800元', 800, '元/吨标准煤', null, null],
    ['危房改造每栋4万元', '每栋4万元', 40000, '元/栋', null, null],
    ['新能源公交车每辆8万元', '每辆8万元', 80000, '元/辆', null, null],
    ['村级公益岗位每个600元', '每个600元', 600, '元/个', null, null],
    ['送教下乡每课时60元', '每课时60元', 60, '元/课时', null, null],
    ['峰谷差价每千瓦时0.8元以上', '每千瓦时0.8元以上', 0.8, '元/千瓦时', '以上', null],
    ['每人每月600元', '每人每月600元', 600, '元/人/月', null, null], // a second denominator of time
  ])('%s → %s (%d %s)', (input, text, value, unit, qualifier, range) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit, q.qualifier, q.range])).toEqual([[text, value, unit, qualifier, range]]);
  });
});

describe('[rate-before] a qualifier or a range between 每X and the amount keeps the rate', () => {
  it.each<Row>([
    ['工业用水每吨不低于6元', '不低于6元', 6, '元/吨', '不低于', null],
    ['土地流转费每亩不少于300元', '不少于300元', 300, '元/亩', '不少于', null],
    ['每千瓦时不超过0.35元', '不超过0.35元', 0.35, '元/千瓦时', '不超过', null],
    ['每亩每年不低于30元', '不低于30元', 30, '元/亩/年', '不低于', null],
    ['收购价每吨1800元至2100元', '每吨1800元至2100元', 1800, '元/吨', null, [1800, 2100]],
    ['分时电价每千瓦时0.4—0.5元', '每千瓦时0.4—0.5元', 0.4, '元/千瓦时', null, [0.4, 0.5]],
    ['护理补贴每人每月补助600元至900元', '600元至900元', 600, '元/人/月', null, [600, 900]],
  ])('%s → %s (%d %s)', (input, text, value, unit, qualifier, range) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit, q.qualifier, q.range])).toEqual([[text, value, unit, qualifier, range]]);
  });
});

describe('[rate-before] words of paying between: the text is the figure, what is paid its indicator', () => {
  it.each<[string, string, number, string, string | null]>([
    ['对改厕农户每户补助两千元', '两千元', 2000, '元/户', '补助'],
    ['储能项目每放电一千瓦时可获补贴0.3元', '0.3元', 0.3, '元/千瓦时', '补贴'],
    ['餐厨垃圾每处理一吨补贴45元', '45元', 45, '元/吨', '补贴'],
    ['示范家庭农场每家最高奖励3万元', '3万元', 30000, '元/家', '奖励'],
    ['每一户补贴800元', '800元', 800, '元/户', '补贴'],
    ['每亩补助不少于150元', '不少于150元', 150, '元/亩', '补助'],
  ])('%s → %s (%d %s, indicator %s)', (input, text, value, unit, indicator) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit, q.indicator])).toEqual([[text, value, unit, indicator]]);
  });
});

describe('[rate-before] the time written first makes the same rate', () => {
  it.each<[string, string, number, string, string | null]>([
    ['低保标准每月每人650元', '每月每人650元', 650, '元/人/月', '低保标准'],
    ['护理补贴每月每人补助450元', '450元', 450, '元/人/月', '补助'],
    ['危房改造每年每户补助1500元', '1500元', 1500, '元/户/年', '补助'],
    ['住院陪护每天每床补贴25元', '25元', 25, '元/床/天', '补贴'],
    ['每年每亩补助120元', '120元', 120, '元/亩/年', '补助'],
  ])('%s → %s (%d %s)', (input, text, value, unit, indicator) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit, q.indicator])).toEqual([[text, value, unit, indicator]]);
  });
});

describe('[rate-before] a verb of paying and its object between: the object is what is paid', () => {
  it.each<[string, string, number, string, string]>([
    ['集中培训期间每人每天补贴误餐费40元', '40元', 40, '元/人/天', '误餐费'],
    ['对公益岗位人员每人每月发放岗位补贴500元', '500元', 500, '元/人/月', '岗位补贴'],
    ['对参训学员每人补助交通费100元', '100元', 100, '元/人', '交通费'],
  ])('%s → %s (%d %s, indicator %s)', (input, text, value, unit, indicator) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit, q.indicator])).toEqual([[text, value, unit, indicator]]);
  });
});

describe('[rate-before] 每 + a counted noun (a measure word before it or not) and a verb of paying or investing', () => {
  it.each<[string, string, number, string]>([
    ['美丽乡村建设每村投入60万元', '60万元', 600000, '元/村'],
    ['美丽乡村建设每个村投入60万元', '60万元', 600000, '元/村'],
    ['薄弱学校改造每所学校安排50万元', '50万元', 500000, '元/学校'],
    ['示范社区每个社区奖补20万元', '20万元', 200000, '元/社区'],
    ['每年每村安排奖补资金10万元', '10万元', 100000, '元/村/年'],
    ['每个合作社平均投入35万元', '35万元', 350000, '元/合作社'],
    ['每个站点每年给予运营补贴3万元', '3万元', 30000, '元/站点/年'], // the time after the noun
    ['每户每个供暖季补贴900元', '900元', 900, '元/户/供暖季'], // a denominator before, as written
    ['每亩每年安排管护资金不低于25元', '不低于25元', 25, '元/亩/年'],
    ['对每个新建托位给予一次性补助8000元', '8000元', 8000, '元/新建托位'],
  ])('%s → %s (%d %s)', (input, text, value, unit) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit])).toEqual([[text, value, unit]]);
  });

  it.each<[string, [string, string][]]>([
    ['每个村都投入60万元', [['60万元', '元']]], // 都: the adverb "all", no rate of one village
    ['每年投入800万元', [['800万元', '元/年']]], // a time is no counted noun: 每年 governs the clause's money, a rate per time alone
    ['每亩拥有投入30元', [['30元', '元/亩']]], // 拥有: a verb, no part of a counted noun; 每亩 governs the clause (BASE_CLAUSE)
  ])('%s → %o', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });
});

describe('[rate-before] 每 + a counted noun + 每 + a time, no verb between: two denominators, as 每人每年', () => {
  it.each<Row>([
    ['运营补贴由每站每年6万元调整', '每站每年6万元', 60000, '元/站/年', null, null],
    ['乡村学校公用经费每校每学期1.5万元', '每校每学期1.5万元', 15000, '元/校/学期', null, null],
    ['村级保洁经费每村每月2000元', '每村每月2000元', 2000, '元/村/月', null, null],
    ['取暖补贴每户每年800元', '每户每年800元', 800, '元/户/年', null, null], // 户 is a unit: the same through RATE
    ['每个驿站每年3万元', '每个驿站每年3万元', 30000, '元/驿站/年', null, null], // a measure word before the noun
    ['文化下乡每镇每年不少于4场', '不少于4场', 4, '场/镇/年', '不少于', null], // a count, a bound between
    ['家访每校每学期不少于2次', '不少于2次', 2, '次/校/学期', '不少于', null],
    ['住宿补助每生每学年600元', '每生每学年600元', 600, '元/生/学年', null, null], // 学年 and 学期 are times like 年
    ['专项整治每季度不少于1次', '不少于1次', 1, '次/季度', '不少于', null], // one time alone: the bound kept
    ['公用经费每校每学期再增加1.5万元', '1.5万元', 15000, '元/校/学期', null, null], // a verb of increase between: the figure's own text
    ['每村每年新增不少于3名', '不少于3名', 3, '名/村/年', '不少于', null],
  ])('%s → %s (%d %s)', (input, text, value, unit, qualifier, range) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit, q.qualifier, q.range])).toEqual([[text, value, unit, qualifier, range]]);
  });

  it.each<[string, [string, string][]]>([
    ['每个村都每年60万元', [['每年60万元', '元/年']]], // 都: the adverb "all", no noun of the pair
    ['标准由每站每年8万元调整为5万元', [['每站每年8万元', '元/站/年'], ['5万元', '元/站/年']]], // the new figure carries the rate
  ])('%s → %o', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });
});

describe('[rate-before] a quarter (每季度, 每季) is a denominator of time like 每年', () => {
  it.each<Row>([
    ['走访每季度不少于2次', '不少于2次', 2, '次/季度', '不少于', null],
    ['巡查每季度最多3次', '最多3次', 3, '次/季度', '最多', null],
    ['运营补贴每季度5万元', '每季度5万元', 50000, '元/季度', null, null],
    ['保洁费每季120元', '每季120元', 120, '元/季', null, null],
  ])('%s → %s (%d %s)', (input, text, value, unit, qualifier, range) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit, q.qualifier, q.range])).toEqual([[text, value, unit, qualifier, range]]);
  });

  it('the frequency is no indicator (real segmenter: 每季度/l is one word)', async () => {
    const { defaultSegmenter } = await import('../../src/segment/jieba.js');
    const text = '每季度不少于1次';
    const pair = { text, view: normalize(text) };
    const [q] = extractQuantities(pair, [0, text.length], { segmenter: defaultSegmenter(), exclude: [] });
    expect([q.unit, q.indicator]).toEqual(['次/季度', null]);
  });
});

describe('[rate-before] 每 + a counted noun right before an amount of money is its denominator, a verb of paying between or not', () => {
  it.each<Row>([
    ['学生午餐每餐6元', '每餐6元', 6, '元/餐', null, null],
    ['示范村每村30万元', '每村30万元', 300000, '元/村', null, null],
    ['薄弱学校每所学校50万元', '每所学校50万元', 500000, '元/学校', null, null],
    ['陪护床位每床不超过40元', '不超过40元', 40, '元/床', '不超过', null],
  ])('%s → %s (%d %s)', (input, text, value, unit, qualifier, range) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit, q.qualifier, q.range])).toEqual([[text, value, unit, qualifier, range]]);
  });

  it.each<[string, [string, string][]]>([
    ['每村5名', [['5名', '名']]], // a count of people after 每村 is no money: left as before
    ['每个村都60万元', [['60万元', '元']]], // 都: the adverb "all", no rate of one village
    ['每年全县5亿元', [['5亿元', '元/年']]], // 每年 governs the clause, 全县 is no counted noun after it: per year, not per county
  ])('%s → %o', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });
});

describe('[rate-before] no rate', () => {
  it.each<[string, [string, string][]]>([
    ['每期4天', [['4天', '天']]], // how long each session lasts, no days per session
    ['每年新增300家', [['300家', '家']]], // 新增 is no word of paying: the 每年 governs the verb
    ['每放电一千瓦时', []], // 一千瓦时 is the unit of a rate, no figure of 1
    ['一年一千瓦时的电量', [['一千瓦时', '千瓦时']]], // no 每: a figure
    ['户均0.56元/千瓦时', [['0.56元/千瓦时', '元/千瓦时']]], // the written form, as before
  ])('%s → %o', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });
});

describe('[rate-before] 每 + a time earlier in the clause governs its amounts of money', () => {
  it.each<[string, [string, string][]]>([
    ['每月可领取补贴540元', [['540元', '元/月']]],
    ['每年为困难群众发放补贴3000元', [['3000元', '元/年']]],
    ['每季度向每户发放', []], // no figure
    ['每学期可申请助学金最高2000元', [['最高2000元', '元/学期']]],
    ['每人每月可领取生活补助600元', [['600元', '元/人/月']]], // the denominator before the time
    ['每周安排经费约5万元', [['约5万元', '元/周']]],
  ])('%s → %o', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });

  it.each<[string, [string, string][]]>([
    ['每年新增300家企业', [['300家', '家']]], // a count: what the year adds, not a rate
    ['每月开展检查,共投入经费20万元', [['20万元', '元']]], // the comma closes the clause of 每月
    ['每年3月投入200万元', [['200万元', '元']]], // a figure between (3月): 每年 governs that one
    ['每月10日前上报,补贴500元', [['500元', '元']]],
    ['每年增长5%', [['5%', '%']]], // a percent has no denominator
  ])('no period: %s → %o', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });
});

describe('[rate-before] 一 + a time right before an amount of money is a period, and no duration of its own', () => {
  it.each<[string, [string, string][]]>([
    ['运维费用全市一年约3000万元', [['约3000万元', '元/年']]],
    ['一个月1200元', [['一个月1200元', '元/月']]],
    ['护理费一天200元', [['一天200元', '元/天']]],
  ])('%s → %o', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });

  it.each<[string, [string, string][]]>([
    ['近一年投入3000万元', [['近一年', '年'], ['3000万元', '元']]], // the past year: a span, the money its total
    ['第一年3000万元', [['3000万元', '元']]], // the first year
    ['用一年时间投入5亿元', [['一年', '年'], ['5亿元', '元']]], // 时间 between: a duration
    ['一年3个月', [['一年', '年'], ['3个月', '个月']]], // no money after it
    ['这一年1200元', [['1200元', '元']]], // a determiner
  ])('no period: %s → %o', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });
});

describe('[rate-before] 每 + a base of things governs every figure of its clause, words between (BASE_CLAUSE)', () => {
  it.each<[string, [string, string][]]>([
    ['每亩产量500公斤', [['500公斤', '公斤/亩']]],
    ['每亩施肥20公斤', [['20公斤', '公斤/亩']]],
    ['每户用水5吨', [['5吨', '吨/户']]],
    ['每人培训10小时', [['10小时', '小时/人']]], // hours per person, with the verb between
    ['每人每月服务时长不少于10小时', [['不少于10小时', '小时/人/月']]],
    ['每年每人培训不少于60学时', [['不少于60学时', '学时/人/年']]], // the time written first
    ['每户用水每月约5吨', [['约5吨', '吨/户/月']]], // 户 opens the noun before 每月: the base, 用水 what is measured (HEAD_BASES)
    ['每所学校每年不少于2次', [['不少于2次', '次/学校/年']]], // a noun after a measure word stays whole
    ['每亩年均节水40立方米左右', [['40立方米左右', '立方米/亩']]], // 年均 is an average, no /年 (as for money)
    ['每户补助标准由一千五百元提高到两千元', [['一千五百元', '元/户'], ['两千元', '元/户']]],
    ['每吨垃圾转运成本160元', [['160元', '元/吨']]],
  ])('%s → %o', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });

  it.each<[string, [string, string][]]>([
    ['每期培训5天', [['5天', '天']]], // 期 is no base of things: how long each session lasts
    ['每年新增300家', [['300家', '家']]], // a time alone governs money only
    ['每户都已签约,共签约3000户', [['3000户', '户']]], // the comma closes the clause of 每户
    ['每亩增产10%', [['10%', '%']]], // a percent has no denominator
  ])('no base: %s → %o', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });
});

describe('[rate-before] after 每 + a measure word, a word of cost is what is measured, never the denominator', () => {
  it.each<[string, [string, string, string | null][]]>([
    ['每座投资在三百万到八百万元不等', [['三百万到八百万元', '元/座', '投资']]], // 投资在 is no thing counted
    ['每座投资300万元到800万元不等', [['300万元到800万元', '元/座', '投资']]],
    ['每座桥梁造价300万元', [['300万元', '元/桥梁', '造价']]], // the noun before the cost is the denominator
    ['每所学校约50万元', [['约50万元', '元/学校', null]]], // the qualifier 约 is no part of the noun
  ])('%s → %o', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit, q.indicator])).toEqual(want);
  });

  it.each<[string, [string, string][]]>([
    ['每所学校50万元', [['每所学校50万元', '元/学校']]], // no cost word: the noun, as before
    ['每餐6元', [['每餐6元', '元/餐']]],
    ['全县投资在三百万元以上', [['三百万元以上', '元']]], // no 每: no rate
  ])('unchanged: %s → %o', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });
});

describe('[rate-before] 每 + a time opening the clause is the period of a volume, mass or length, as of money', () => {
  it.each<[string, [string, string][]]>([
    ['供气能力每天增加1500万立方米', [['1500万立方米', '立方米/天']]],
    ['每天回收量五六十吨', [['五六十吨', '吨/天']]],
    ['每年漏损水量约1600万立方米', [['约1600万立方米', '立方米/年']]],
    ['每天四百吨以上', [['每天四百吨以上', '吨/天']]], // right before the figure, as before
  ])('%s → %o', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });

  it.each<[string, [string, string][]]>([
    ['每天运行8小时', [['8小时', '小时']]], // a duration: how long, no rate
    ['每年增长1.5倍', [['1.5倍', '倍']]], // a multiple
    ['每年新增300家企业', [['300家', '家']]], // a count stays what the year adds
    ['每天巡查,共清运垃圾50吨', [['50吨', '吨']]], // the comma closes the clause of 每天
  ])('no period: %s → %o', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });
});
