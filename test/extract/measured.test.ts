// Through extractQuantities: src/extract/measured.ts reads a numeral with its unit.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import type { Span } from '../../src/model/span.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string, exclude: Span[] = []) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude });
}

type Expect = { text: string; value: number | null; unit: string | null; kind: string; approximate?: boolean; qualifier?: string | null; range?: [number, number] | null };

describe('[measured] a minus sign negates a figure; a dash between figures is a range or nothing', () => {
  it.each([
    ['降幅由10%-8%不等', [['10%', 10], ['8%', 8]]],
    ['2020年-2025年规划 (one range of years, 年 written at both ends: years.ts)', [['2020年-2025年', 2020]]],
    ['编号A-12号楼共3栋', [['3栋', 3]]],
    ['降幅在5万元-3万元之间 (descending: two figures, no range)', [['5万元', 50000], ['3万元', 30000]]],
    ['3月-5月完成8个项目', [['8个', 8]]],
    ['-3个项目已完工 (a list dash opening the line)', [['3个', 3]]],
  ])('a dash between figures is no minus sign: %s', (input, want) => {
    expect(quantities(input.replace(/ \(.*\)$/, '')).map((q) => [q.text, q.value])).toEqual(want);
  });

  it.each([
    ['收入、利润同比分别增长6.7%、-3.1%', [['6.7%', 6.7], ['-3.1%', -3.1]]],
    ['出口、进口分别增长2.2%和－1.4%', [['2.2%', 2.2], ['－1.4%', -1.4]]],
    ['增速由-2.1%回升至3.5%', [['-2.1%', -2.1], ['3.5%', 3.5]]],
  ])('a minus sign after a non-figure negates: %s', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.value])).toEqual(want);
  });

  it.each([
    ['营业收入增幅为+4.2%', [['+4.2%', 4.2]]],
    ['营业收入增幅为＋4.2%', [['＋4.2%', 4.2]]],
    ['比上年+0.8个百分点', [['+0.8个百分点', 0.8]]],
    ['达标率91.5%(+2.3个百分点)', [['91.5%', 91.5], ['+2.3个百分点', 2.3]]],
    ['净增+860人', [['+860人', 860]]],
    ['收入、支出分别增长+2.2%、-1.4%', [['+2.2%', 2.2], ['-1.4%', -1.4]]],
  ])('a plus sign before a figure is its sign, read like a minus: %s', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.value])).toEqual(want);
  });

  it.each([
    ['构建“1+N”政策体系 (a slogan)', []],
    ['推行3+2模式 (a join after a digit)', []],
    ['形成A+3个试点 (a join after a letter)', []],
    ['区号+86 (a bare number after +)', []],
  ])('a plus that joins a code or a slogan reads nothing: %s', (input, want) => {
    expect(quantities(input.replace(/ \(.*\)$/, '')).map((q) => [q.text, q.value])).toEqual(want);
  });

  it('both ends of a percent range written twice are read, as one range (10%-20%)', () => {
    expect(quantities('提高10%-20%').map((q) => [q.text, q.value, q.range])).toEqual([['10%-20%', 10, [10, 20]]]);
  });

  it('two figures joined by a dash are no range when the second is not larger, or in another unit', () => {
    expect(quantities('由20%-10%').map((q) => q.text)).toEqual(['20%', '10%']);
    expect(quantities('投入300元至5个').map((q) => q.text)).toEqual(['300元', '5个']);
  });
});

describe('[measured] a numeral + unit that is a word, not a figure', () => {
  it.each<[string, string[]]>([
    ['连续两个季度下降', ['两个季度']],
    ['近三个季度', ['近三个季度']],
    ['抽检两次,二次以上不合格的', ['两次', '二次以上']],
    ['二次供水设施改造12处', ['12处']],
  ])('a duration in quarters is a quantity, twice counted is a count, 二次 before a word is a term: %s', (input, texts) => {
    expect(quantities(input).map((q) => q.text)).toEqual(texts);
  });

  it('a phase of a project (二期扩建项目) is no figure', () => {
    expect(quantities('厨余垃圾处理厂二期扩建项目总投资1.35亿元').map((q) => q.text)).toEqual(['1.35亿元']);
  });
});

describe('[measured] things counted in the field, with their measure word', () => {
  it.each<[string, string, number, string]>([
    ['年内新增路灯320盏', '320盏', 320, '盏'],
    ['存栏生猪1.2万头', '1.2万头', 12000, '头'],
    ['新打机井12眼', '12眼', 12, '眼'],
    ['新建水窖三十口', '三十口', 30, '口'],
    ['发放米面油500袋', '500袋', 500, '袋'],
    ['投放鱼苗200万尾', '200万尾', 2000000, '尾'],
    ['搭建应急帐篷60顶', '60顶', 60, '顶'],
    ['更换防火门1200扇', '1200扇', 1200, '扇'],
    ['整理历史档案3400卷', '3400卷', 3400, '卷'],
    ['修缮古建筑5处、石刻造像12尊', '5处', 5, '处'],
    ['新增养老床位300床', '300床', 300, '床'],
    ['加密公交班次40趟', '40趟', 40, '趟'],
    // a measure word + 次 counts the times handled, compounds of two measures are one unit
    ['联合抽查重型货车3.4万辆次', '3.4万辆次', 34000, '辆次'],
    ['出动执法船只260艘次', '260艘次', 260, '艘次'],
    ['维护保养起重机械75台次', '75台次', 75, '台次'],
    ['购置喷淋降尘设备80台套', '80台套', 80, '台套'],
    ['全年收治住院病人12万床日', '12万床日', 120000, '床日'],
    // trains
    ['今年开行中欧班列1460列', '1460列', 1460, '列'],
    ['节日期间加开临客16列', '16列', 16, '列'],
  ])('%s → %s (count, %s)', (input, text, value, unit) => {
    const [q] = quantities(input);
    expect([q.text, q.value, q.unit, q.kind]).toEqual([text, value, unit, 'count']);
  });

  it.each([
    '抓两头、带中间', '两眼一抹黑', '其中8列为重点', '有5列入选', '两节期间加强值守', '做好口岸管理', '从头脑里重视', '按二十四节气安排农事', '推行三段式调解',
  ])('a measure word that is also a noun is a word after 一/两, or before its word: %s → nothing', (input) => {
    expect(quantities(input).map((q) => q.text)).toEqual([]);
  });
});

describe('[measured] a rate keeps its denominator of time', () => {
  it.each<[string, Expect]>([
    ['处理能力5万吨/日', { text: '5万吨/日', value: 50000, unit: '吨/日', kind: 'quantity' }],
    ['日均接待约850人次/日', { text: '约850人次/日', value: 850, unit: '人次/日', kind: 'count', approximate: true, qualifier: '约' }],
    ['高峰通行能力1800辆/小时', { text: '1800辆/小时', value: 1800, unit: '辆/小时', kind: 'count' }],
    ['污水处理规模达10万立方米/日', { text: '10万立方米/日', value: 100000, unit: '立方米/日', kind: 'quantity' }],
    ['垃圾处理量达到每日5万吨', { text: '每日5万吨', value: 50000, unit: '吨/日', kind: 'quantity' }],
    ['管护经费按每人每年五元安排', { text: '每人每年五元', value: 5, unit: '元/人/年', kind: 'money' }],
    ['生均公用经费标准提高到每生每年800元', { text: '每生每年800元', value: 800, unit: '元/生/年', kind: 'money' }],
    ['清运频次增加到每周3次', { text: '每周3次', value: 3, unit: '次/周', kind: 'count' }],
    ['人口密度达到800人/平方公里', { text: '800人/平方公里', value: 800, unit: '人/平方公里', kind: 'count' }],
    ['护工费用3000元/月', { text: '3000元/月', value: 3000, unit: '元/月', kind: 'money' }],
  ])('%s → %o', (input, want) => {
    const [q, ...rest] = quantities(input);
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ approximate: false, qualifier: null, range: null, ...want });
  });
});

describe('[measured] a phase of a project is no count of sessions', () => {
  it.each<[string, string[]]>([
    ['滨江绿道二期全长8.6公里', ['8.6公里']],
    ['污水处理厂一期项目已投运', []],
    ['湿地公园三期占地120亩', ['120亩']],
    ['推进产业园二期建设', []],
    // counts of sessions stay counts
    ['培训分三期实施', ['三期']],
    ['共举办了三期培训班', ['三期']],
    ['举办培训班5期', ['5期']],
    ['开办两期研修班', ['两期']],
  ])('%s → %o', (input, texts) => {
    expect(quantities(input).map((q) => q.text)).toEqual(texts);
  });
});

describe('[measured] 期间 is the word "during": the numeral before it names a day or a period, no sessions', () => {
  it.each<[string, string[]]>([
    ['双11期间开展专项检查', []],
    ['双十一期间加强快递网点巡查', []],
    ['618期间受理投诉', []],
    ['2026期间完成', []],
    ['双12期间受理消费投诉320件', ['320件']],
    // a count of sessions before another word stays a count
    ['已开办7期,间隔较长', ['7期']],
    ['共办培训班9期', ['9期']],
  ])('%s → %o', (input, texts) => {
    expect(quantities(input).map((q) => q.text)).toEqual(texts);
  });
});

describe('[measured] a slogan of parallel clauses ending with 一 + unit counts nothing', () => {
  it.each<[string, string[]]>([
    ['确保建一亩、成一亩、管好一亩。', []],
    ['修一公里、管一公里,建好一公里', []],
    ['确保高标准农田建一亩、成一亩', []], // the first clause carries the sentence's lead: the second is short
    ['改造农田一亩、新建3亩', ['一亩', '3亩']], // not the same 一 + unit
    ['建一亩、成三亩', ['一亩', '三亩']],
    ['新建一亩示范田', ['一亩']],
  ])('%s → %o', (input, texts) => {
    expect(quantities(input).map((q) => q.text)).toEqual(texts);
  });
});

describe('[measured] 来 between a round figure and its measure word is "about"', () => {
  it.each<[string, string[], (string | null)[]]>([
    ['组建二十来支志愿服务队', ['二十来支'], ['来']],
    ['历时十来天', ['十来天'], ['来']],
    ['三百来名居民到场', ['三百来名'], ['来']],
    ['培训100来人', ['100来人'], ['来']],
    ['一来缺资金,二来缺人手 (firstly, secondly: no round figure)', [], []],
    ['三来人 (three is no round figure)', [], []],
    ['近十年来 (来 after the unit: "over the past years")', ['近十年'], [null]],
  ])('%s', (input, texts, qualifiers) => {
    const qs = quantities(input.replace(/ \(.*\)$/, ''));
    expect(qs.map((q) => q.text)).toEqual(texts);
    expect(qs.map((q) => q.qualifier)).toEqual(qualifiers);
  });
});

describe('[measured] 余/多 before 万/亿 scales every measure word', () => {
  function all(text: string) {
    const pair = { text, view: normalize(text) };
    return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] }).map((q) => [q.text, q.value, q.unit, q.kind, q.qualifier]);
  }
  it.each([
    ['发放消费券2380余万张', [['2380余万张', 23800000, '张', 'count', '余']]],
    ['回收问卷45余万份', [['45余万份', 450000, '份', 'count', '余']]],
    ['检测车辆8多万辆', [['8多万辆', 80000, '辆', 'count', '多']]],
    ['抽检2.6余万批次', [['2.6余万批次', 26000, '批次', 'count', '余']]],
    ['服务群众70余万件次', [['70余万件次', 700000, '件次', 'count', '余']]],
    ['新建管网3余万公里', [['3余万公里', 30000, '公里', 'quantity', '余']]],
    ['植树1.3余亿株', [['1.3余亿株', 130000000, '株', 'count', '余']]],
    ['收到千余万条留言', [['千余万条', 10000000, '条', 'count', '余']]],
    ['惠及40余万人', [['40余万人', 400000, '人', 'count', '余']]],
  ])('%s', (input, want) => {
    expect(all(input)).toEqual(want);
  });
});

describe('[measured] N年 inside a name (school type, system, programme, return period) is no duration', () => {
  it.each<[string, string[]]>([
    ['新建河西九年一贯制学校', []],
    ['试点十二年一贯制办学', []],
    ['巩固九年义务教育成果', []],
    ['推行十五年免费教育', []],
    ['实施农村供水三年行动计划', []],
    ['编制全区五年规划', []],
    ['实行三年制中职教育', []],
    ['新建9年一贯制学校4所 (the count of schools stays)', ['4所']],
  ])('%s → %o', (input, texts) => {
    expect(quantities(input.replace(/ \(.*\)$/, '')).map((q) => q.text)).toEqual(texts);
  });

  // A return period is a design standard however its numeral is written: no span of time in 年, a figure of kind other
  // in 年一遇 (return-periods.ts).
  it.each<[string, string[]]>([
    ['河堤按30年一遇标准加固', ['30年一遇 年一遇 other']],
    ['城区防洪标准提高到百年一遇', ['百年一遇 年一遇 other']],
    ['排涝标准为二十年一遇', ['二十年一遇 年一遇 other']],
    ['大坝按千年一遇洪水校核', ['千年一遇 年一遇 other']],
    ['防洪堤按100年一遇设防', ['100年一遇 年一遇 other']],
    ['江堤按五十年一遇标准加高,长12公里 (the length stays)', ['五十年一遇 年一遇 other', '12公里 公里 quantity']],
  ])('a return period, no duration: %s → %o', (input, texts) => {
    expect(quantities(input.replace(/ \(.*\)$/, '')).map((q) => `${q.text} ${q.unit} ${q.kind}`)).toEqual(texts);
  });

  it.each<[string, string[]]>([
    ['用三年时间完成改造', ['三年']],
    ['力争三年内全部建成', ['三年内']],
    ['对超过三年的项目清理', ['超过三年']],
    ['近两年制定办法9件 (制定 is a verb)', ['近两年', '9件']],
  ])('durations keep their contexts: %s → %o', (input, texts) => {
    expect(quantities(input.replace(/ \(.*\)$/, '')).map((q) => q.text)).toEqual(texts);
  });
});

describe('[measured] N大 + a noun of classes or sectors counts that noun (大 is an intensifier)', () => {
  it.each<[string, [string, number, string][]]>([
    ['巡视反馈的问题共4大类208个', [['4大类', 4, '类'], ['208个', 208, '个']]],
    ['归纳为六大类', [['六大类', 6, '类']]],
    ['覆盖2大行业9个领域', [['2大行业', 2, '行业'], ['9个', 9, '个']]],
    ['培育11大产业', [['11大产业', 11, '产业']]],
    ['形成三大板块', [['三大板块', 3, '板块']]],
    ['聚焦两大领域', [['两大领域', 2, '领域']]],
    ['划为五大片区', [['五大片区', 5, '片区']]],
  ])('%s', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit])).toEqual(want);
    expect(quantities(input).every((q) => q.kind === 'count')).toBe(true);
  });

  it('a class count announcing its list is no figure (分为3大类:一是…)', () => {
    expect(quantities('问题分为3大类:一是资金闲置;二是项目滞后;三是台账不全。').map((q) => q.text)).toEqual([]);
  });
});

describe('[measured] spoken money: 块 + N毛, 毛钱, 角钱, 分钱', () => {
  it.each<[string, [string, number, string | null][]]>([
    ['运维经费按照每立方米一块五毛钱左右测算', [['每立方米一块五毛钱左右', 1.5, '元/立方米']]],
    ['水价每吨两块五毛钱', [['每吨两块五毛钱', 2.5, '元/吨']]],
    ['一张票3块5角', [['3块5角', 3.5, '元']]],
    ['每斤涨了五毛钱', [['五毛钱', 0.5, '元/斤']]],
    ['票价涨了五毛钱', [['五毛钱', 0.5, '元']]],
    ['五分钱', [['五分钱', 0.05, '元']]],
  ])('%s → %o', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit])).toEqual(want);
  });

  it.each<[string, [string, number, string | null][]]>([
    ['立了三块牌子', [['三块', 3, '块']]], // 块 a measure word
    ['测评得了五分', []], // no 钱: no money
  ])('no money: %s → %o', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit])).toEqual(want);
  });

  it('a spoken amount and its words are no subject of the figure in the next clause', () => {
    const qs = quantities('运维经费按照每立方米一块五毛钱左右测算,全年需要几百万元');
    expect(qs.map((q) => q.text)).toEqual(['每立方米一块五毛钱左右', '几百万元']);
    expect(qs[1].indicator ?? '').not.toContain('毛钱');
  });
});

describe('[measured] 一分钱 is "every cent", an idiom', () => {
  it.each(['确保每一分钱都用在刀刃上', '绝不让一分钱被截留挪用', '不花一分钱'])('%s → none', (input) => {
    expect(quantities(input)).toEqual([]);
  });
});

describe('[measured] 门 counts courses, and a qualifier after a bracketed alternative unit is the figure\'s (t52 finding 9, t49 finding 5)', () => {
  it.each<[string, Expect]>([
    ['开设课后服务课程1200余门', { text: '1200余门', value: 1200, unit: '门', kind: 'count', approximate: true, qualifier: '余' }],
    ['开齐开足3门课程', { text: '3门', value: 3, unit: '门', kind: 'count', approximate: false, qualifier: null }],
    ['今年计划再筹集6000套（间）以上', { text: '6000套（间）以上', value: 6000, unit: '套', kind: 'count', approximate: true, qualifier: '以上' }],
    ['累计筹集4.5万套（间）', { text: '4.5万套（间）', value: 45000, unit: '套', kind: 'count', approximate: false, qualifier: null }],
    ['服务1.2万人（次）左右', { text: '1.2万人（次）左右', value: 12000, unit: '人', kind: 'count', approximate: true, qualifier: '左右' }],
  ])('%s', (text, want) => {
    expect(quantities(text)).toEqual([expect.objectContaining(want)]);
  });

  it.each<[string, string[]]>([
    ['登录12345门户网站', []], // 门户: a portal, no course
    ['三门峡市人民医院', []],
    ['一门心思抓落实', []], // 一门 before a noun of the mind: a word
    ['新建住房300套（含公租房）以上', ['300套']], // a note in brackets: the unit ends before it
  ])('no 门 / no bracketed unit: %s', (text, want) => {
    expect(quantities(text).filter((q) => !q.identifier).map((q) => q.text)).toEqual(want);
  });
});

describe('[measured] numbers inside names, rules and rhythms are no figures (t49 finding 7, t52 finding 10, t51 smaller issues)', () => {
  it.each<[string, string[]]>([
    ['全县学前三年毛入园率达到91.2%', ['91.2%']], // 学前三年: the stage the rate measures
    ['建成“15分钟养老服务圈”', []],
    ['打造30分钟急救圈和1小时经济圈', []],
    ['打造十分钟服务圈', []],
    ['实行两部制水价', []],
    ['推行三班制', []],
    ['实行半年一述职', []],
    ['三年一评估', []],
    ['有的一年停七八次', ['七八次']], // 一年: per year
    ['一年巡河不足10次', ['不足10次']],
    // a frequency denied ("not even once a year") and one said in a longer verb phrase: 一年 is the period (t70 finding 9g)
    ['有的孩子一年见不到父母一面', []],
    ['一个月都回不了一趟家', []],
    ['一年开展专项检查三次', ['三次']],
    // near-misses: a span of time, a count before 制度, a figure before 内
    ['15分钟内到达现场', ['15分钟内']],
    ['建立两项制度', []], // a formulation (formulations.ts), read there
    ['用了一年时间', ['一年']],
    ['半年内完成', ['半年内']],
    ['学制三年', ['三年']],
    ['一年投入3次以上培训经费500万元', ['3次以上', '500万元']],
    ['两年后开展3次评估', ['两年', '3次']],
    ['经过一年努力全面完成', ['一年']], // 全面: no count of meetings
    ['一年内建成两个中心', ['一年内', '两个']],
  ])('%s → %j', (text, want) => {
    expect(quantities(text).map((q) => q.text)).toEqual(want);
  });
});

describe('[measured] a count of people pointing back at the askers is no figure', () => {
  it.each([
    ['县卫生健康局局长谭志强集中回答了以上三位委员和代表的提问。', []],
    ['对两位的提问，韩广明一并作了回答。', []],
    ['会上，共有8位常委会组成人员提出询问。', [['8位', 8]]],
    ['新招聘3位全科医生。', [['3位', 3]]],
  ])('%s', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.value])).toEqual(want);
  });
});
