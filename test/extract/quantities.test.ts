import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import type { Span } from '../../src/model/span.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string, exclude: Span[] = []) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude });
}

type Expect = { text: string; value: number | null; unit: string | null; kind: string; identifier?: true; approximate?: boolean; qualifier?: string | null; range?: [number, number] | null };

describe('[quantities] what is read', () => {
  it.each<[string, Expect]>([
    ['矛盾纠纷化解率97.78%。', { text: '97.78%', value: 97.78, unit: '%', kind: 'percent' }],
    ['百分之六十的案件', { text: '百分之六十', value: 60, unit: '%', kind: 'percent' }],
    ['覆盖率达到97.78％', { text: '97.78％', value: 97.78, unit: '%', kind: 'percent' }],
    ['约五分之一的群众', { text: '约五分之一', value: 20, unit: '%', kind: 'percent', approximate: true, qualifier: '约' }],
    ['约1/3的村', { text: '约1/3', value: 33.3333333333, unit: '%', kind: 'percent', approximate: true, qualifier: '约' }],
    ['占全县2/3以上', { text: '2/3以上', value: 66.6666666667, unit: '%', kind: 'percent', approximate: true, qualifier: '以上' }],
    ['压减1/4', { text: '1/4', value: 25, unit: '%', kind: 'percent' }],
    ['三成以上的纠纷', { text: '三成以上', value: 30, unit: '%', kind: 'percent', approximate: true, qualifier: '以上' }],
    ['较去年提高8个百分点', { text: '8个百分点', value: 8, unit: '百分点', kind: 'percentage_point' }],
    ['下降2.5百分点', { text: '2.5百分点', value: 2.5, unit: '百分点', kind: 'percentage_point' }],
    ['11台无人机', { text: '11台', value: 11, unit: '台', kind: 'count' }],
    ['规范全市353家相关经营主体', { text: '353家', value: 353, unit: '家', kind: 'count' }],
    ['网上巡查收集500余条民情', { text: '500余条', value: 500, unit: '条', kind: 'count', approximate: true, qualifier: '余' }],
    ['500多名干警', { text: '500多名', value: 500, unit: '名', kind: 'count', approximate: true, qualifier: '多' }],
    ['近500名干警', { text: '近500名', value: 500, unit: '名', kind: 'count', approximate: true, qualifier: '近' }],
    ['选派二十名法官', { text: '二十名', value: 20, unit: '名', kind: 'count' }],
    ['两名副院长', { text: '两名', value: 2, unit: '名', kind: 'count' }],
    ['共接待1.2万人次', { text: '1.2万人次', value: 12000, unit: '人次', kind: 'count' }],
    ['完成生命防护工程591公里', { text: '591公里', value: 591, unit: '公里', kind: 'quantity' }],
    ['面积1.5万平方米', { text: '1.5万平方米', value: 15000, unit: '平方米', kind: 'quantity' }],
    ['律师年培训不少于40学时', { text: '不少于40学时', value: 40, unit: '学时', kind: 'quantity', approximate: true, qualifier: '不少于' }],
    ['每期5天培训', { text: '5天', value: 5, unit: '天', kind: 'quantity' }],
    ['近五年选派法官', { text: '近五年', value: 5, unit: '年', kind: 'quantity', approximate: false, qualifier: null }],
    ['用两到三年时间', { text: '两到三年', value: 2, unit: '年', kind: 'quantity', range: [2, 3] }],
    ['建设3至5个中心', { text: '3至5个', value: 3, unit: '个', kind: 'count', range: [3, 5] }],
    ['每月动辄三四千元', { text: '三四千元', value: 3000, unit: '元/月', kind: 'money', range: [3000, 4000], approximate: true }], // said with two neighbouring digits: an estimate; 每月 governs the clause's money (rate-before.ts)
    ['三四十人参加', { text: '三四十人', value: 30, unit: '人', kind: 'count', range: [30, 40], approximate: true }],
    ['再用一两年时间', { text: '一两年', value: 1, unit: '年', kind: 'quantity', range: [1, 2], approximate: true }],
    ['每村配备三五名', { text: '三五名', value: 3, unit: '名', kind: 'count', range: [3, 5], approximate: true }],
    // The power written after the upper bound only (Chinese writes it once) multiplies the lower bound too.
    ['年均增收4～9千元', { text: '4～9千元', value: 4000, unit: '元', kind: 'money', range: [4000, 9000] }],
    ['整治农田7至9千亩', { text: '7至9千亩', value: 7000, unit: '亩', kind: 'quantity', range: [7000, 9000] }],
    ['撬动社会资本2至4亿元', { text: '2至4亿元', value: 2e8, unit: '元', kind: 'money', range: [2e8, 4e8] }],
    ['单个项目补助3~8万元', { text: '3~8万元', value: 30000, unit: '元', kind: 'money', range: [30000, 80000] }],
    ['带动就业四到六万人', { text: '四到六万人', value: 40000, unit: '人', kind: 'count', range: [40000, 60000] }],
    // The unit written after both bounds.
    ['占比提高到30%—40%', { text: '30%—40%', value: 30, unit: '%', kind: 'percent', range: [30, 40] }],
    ['占比达到30%至40%', { text: '30%至40%', value: 30, unit: '%', kind: 'percent', range: [30, 40] }],
    ['每人每月补助400元至800元', { text: '400元至800元', value: 400, unit: '元/人/月', kind: 'money', range: [400, 800] }],
    ['投资1亿元到2.5亿元', { text: '1亿元到2.5亿元', value: 100000000, unit: '元', kind: 'money', range: [100000000, 250000000] }],
    ['PM2.5浓度为35微克/立方米', { text: '35微克/立方米', value: 35, unit: '微克/立方米', kind: 'quantity' }],
    ['居民用水价格0.8元/立方米', { text: '0.8元/立方米', value: 0.8, unit: '元/立方米', kind: 'money' }],
    ['平均水价为每立方米2.5元', { text: '每立方米2.5元', value: 2.5, unit: '元/立方米', kind: 'money' }],
    ['PM2.5浓度为每立方米34微克', { text: '每立方米34微克', value: 34, unit: '微克/立方米', kind: 'quantity' }],
    ['每亩补助200元', { text: '200元', value: 200, unit: '元/亩', kind: 'money' }], // a verb of paying between: the figure's own text
    ['补助标准提高到每部25万元', { text: '每部25万元', value: 250000, unit: '元/部', kind: 'money' }],
    ['补贴标准200元/人', { text: '200元/人', value: 200, unit: '元/人', kind: 'money' }],
    ['引进上百家企业', { text: '上百家', value: 100, unit: '家', kind: 'count', approximate: true, qualifier: '上' }],
    ['吸引上千人参加', { text: '上千人', value: 1000, unit: '人', kind: 'count', approximate: true, qualifier: '上' }],
    ['耗时3个月左右', { text: '3个月左右', value: 3, unit: '个月', kind: 'quantity', approximate: true, qualifier: '左右' }],
    ['投入资金500万元', { text: '500万元', value: 5e6, unit: '元', kind: 'money' }],
    ['追回2.3亿元', { text: '2.3亿元', value: 2.3e8, unit: '元', kind: 'money' }],
    ['执行到位500余万元', { text: '500余万元', value: 5e6, unit: '元', kind: 'money', approximate: true, qualifier: '余' }],
    ['三千五百万元', { text: '三千五百万元', value: 35e6, unit: '元', kind: 'money' }],
    ['从2021年起', { text: '2021年', value: 2021, unit: '年', kind: 'year' }],
    ['2024年上半年组织培训', { text: '2024年上半年', value: 2024, unit: '年', kind: 'year' }],
    ['二〇二五年', { text: '二〇二五年', value: 2025, unit: '年', kind: 'year' }],
    ['截至2023年12月', { text: '2023年12月', value: 2023, unit: '年', kind: 'year' }],
    ['已整改110,其余限期整改', { text: '110', value: 110, unit: null, kind: 'other' }], // a bare figure, its measure word left out
    // numbers to call: kind other, marked identifiers (identifiers.ts)
    ['借12345等平台收办意见', { text: '12345', value: 12345, unit: null, kind: 'other', identifier: true }],
    ['拨打110求助', { text: '110', value: 110, unit: null, kind: 'other', identifier: true }],
    ['二○二四年', { text: '二○二四年', value: 2024, unit: '年', kind: 'year' }],
    ['2021-2025年规划', { text: '2021-2025年', value: 2021, unit: '年', kind: 'year', range: [2021, 2025] }],
    ['截至2024年底', { text: '2024年底', value: 2024, unit: '年', kind: 'year' }],
    ['历时3个多月', { text: '3个多月', value: 3, unit: '个月', kind: 'quantity', approximate: true, qualifier: '多' }],
    ['两年多来', { text: '两年多', value: 2, unit: '年', kind: 'quantity', approximate: true, qualifier: '多' }],
    ['审结案件3.5万余件', { text: '3.5万余件', value: 35000, unit: '件', kind: 'count', approximate: true, qualifier: '余' }],
    ['挽回损失2000余万元', { text: '2000余万元', value: 2e7, unit: '元', kind: 'money', approximate: true, qualifier: '余' }],
    ['七成以上', { text: '七成以上', value: 70, unit: '%', kind: 'percent', approximate: true, qualifier: '以上' }],
    // 60周岁以上老年人: an age naming a group is part of the noun, no figure (age-groups.test.ts); an age measured is one
    ['退休年龄60周岁以上', { text: '60周岁以上', value: 60, unit: '周岁', kind: 'quantity', approximate: true, qualifier: '以上' }],
    ['发生率控制在千分之三以内', { text: '千分之三以内', value: 3, unit: '‰', kind: 'percent', approximate: true, qualifier: '以内' }],
    ['人口出生率为6.8‰', { text: '6.8‰', value: 6.8, unit: '‰', kind: 'percent' }],
    ['不良率控制在3‰以内', { text: '3‰以内', value: 3, unit: '‰', kind: 'percent', approximate: true, qualifier: '以内' }],
    ['力争三年之内建成', { text: '三年之内', value: 3, unit: '年', kind: 'quantity', approximate: true, qualifier: '之内' }],
    ['办理时限压缩在15个工作日之内', { text: '15个工作日之内', value: 15, unit: '个工作日', kind: 'quantity', approximate: true, qualifier: '之内' }],
    ['事故率降至千分之一点五', { text: '千分之一点五', value: 1.5, unit: '‰', kind: 'percent' }],
    ['误差不超过万分之五', { text: '不超过万分之五', value: 5, unit: '‱', kind: 'percent', approximate: true, qualifier: '不超过' }],
    ['满意18票', { text: '18票', value: 18, unit: '票', kind: 'count' }],
    ['不满意两票', { text: '两票', value: 2, unit: '票', kind: 'count' }],
    ['比全省平均水平高0.6个千分点', { text: '0.6个千分点', value: 0.6, unit: '千分点', kind: 'percentage_point' }],
    ['下降1.2千分点', { text: '1.2千分点', value: 1.2, unit: '千分点', kind: 'percentage_point' }],
    ['人口自然增长率为-1.2‰', { text: '-1.2‰', value: -1.2, unit: '‰', kind: 'percent' }],
    ['增速是－3.5%', { text: '－3.5%', value: -3.5, unit: '%', kind: 'percent' }],
    ['工业增加值增长率为负2.1%', { text: '负2.1%', value: -2.1, unit: '%', kind: 'percent' }],
    ['全区经济增长-3.1%', { text: '-3.1%', value: -3.1, unit: '%', kind: 'percent' }],
    ['出口额增长－2.5%', { text: '－2.5%', value: -2.5, unit: '%', kind: 'percent' }],
    ['利润增速−0.8个百分点', { text: '−0.8个百分点', value: -0.8, unit: '百分点', kind: 'percentage_point' }],
    ['进口同比 -4.2%', { text: '-4.2%', value: -4.2, unit: '%', kind: 'percent' }],
    ['最低气温降至-12℃', { text: '-12℃', value: -12, unit: '℃', kind: 'quantity' }],
    ['漏检率为2‱', { text: '2‱', value: 2, unit: '‱', kind: 'percent' }],
    ['出生率为６．８‰', { text: '６．８‰', value: 6.8, unit: '‰', kind: 'percent' }],
    ['死亡率在5‰—7‰之间', { text: '5‰—7‰', value: 5, unit: '‰', kind: 'percent', range: [5, 7] }],
    ['约占7成', { text: '约占7成', qualifier: '约', approximate: true, value: 70, unit: '%', kind: 'percent' }],
    ['步行十分钟即可到达', { text: '十分钟', value: 10, unit: '分钟', kind: 'quantity' }], // (打造十分钟服务圈 names a radius: no figure, measured.ts)
    ['签约合作83对', { text: '83对', value: 83, unit: '对', kind: 'count' }],
    ['每天往返不少于4班', { text: '不少于4班', value: 4, unit: '班', kind: 'count', approximate: true, qualifier: '不少于' }],
    ['下降一个百分点', { text: '一个百分点', value: 1, unit: '百分点', kind: 'percentage_point' }],
    ['用一年时间完成', { text: '一年', value: 1, unit: '年', kind: 'quantity' }],
    ['增长1倍', { text: '1倍', value: 1, unit: '倍', kind: 'quantity' }],
    ['同比增长一倍多', { text: '一倍多', value: 1, unit: '倍', kind: 'quantity', approximate: true, qualifier: '多' }],
    ['是去年的两倍多', { text: '两倍多', value: 2, unit: '倍', kind: 'quantity', approximate: true, qualifier: '多' }],
    ['增长3倍余', { text: '3倍余', value: 3, unit: '倍', kind: 'quantity', approximate: true, qualifier: '余' }],
    ['拨打110报警', { text: '110', value: 110, unit: null, kind: 'other', identifier: true }],
    ['床位1.8万张', { text: '1.8万张', value: 18000, unit: '张', kind: 'count' }],
    ['兩個中心', { text: '兩個', value: 2, unit: '个', kind: 'count' }],
    ['千余名干警', { text: '千余名', value: 1000, unit: '名', kind: 'count', approximate: true, qualifier: '余' }],
    ['逾千名群众', { text: '逾千名', value: 1000, unit: '名', kind: 'count', approximate: true, qualifier: '逾' }],
    // A figure in 万/亿 with no measure word counts the noun around it.
    ['全乡户籍人口4.6万,', { text: '4.6万', value: 46000, unit: null, kind: 'count' }],
    ['约90万城镇居民受益', { text: '约90万', value: 900000, unit: null, kind: 'count', approximate: true, qualifier: '约' }],
    ['带动1.3万余农户增收', { text: '1.3万余', value: 13000, unit: null, kind: 'count', approximate: true, qualifier: '余' }],
    ['服务对象超过二十万。', { text: '超过二十万', value: 200000, unit: null, kind: 'count', approximate: true, qualifier: '超过' }],
    ['年游客量达3亿', { text: '3亿', value: 3e8, unit: null, kind: 'count' }],
    ['参保人数达12万左右', { text: '12万左右', value: 120000, unit: null, kind: 'count', approximate: true, qualifier: '左右' }],
    // after a word of money the figure is in 元, written short
    ['年产值3000万,同比', { text: '3000万', value: 3e7, unit: '元', kind: 'money' }],
    ['累计投入资金达1.2亿', { text: '1.2亿', value: 1.2e8, unit: '元', kind: 'money' }],
    ['镇村集体收入突破两千万。', { text: '突破两千万', value: 2e7, unit: '元', kind: 'money', approximate: true, qualifier: '突破' }],
    // 翻N番: doubled N times, a multiple of the start.
    ['产值翻一番', { text: '翻一番', value: 2, unit: '倍', kind: 'quantity' }],
    ['村集体收入翻了两番', { text: '翻了两番', value: 4, unit: '倍', kind: 'quantity' }],
    ['营业收入翻三番多', { text: '翻三番多', value: 8, unit: '倍', kind: 'quantity', approximate: true, qualifier: '多' }],
    // units of industry and utilities
    ['淘汰20蒸吨以下燃煤锅炉', { text: '20蒸吨以下', value: 20, unit: '蒸吨', kind: 'quantity', approximate: true, qualifier: '以下' }],
    ['日供气8万标方', { text: '8万标方', value: 80000, unit: '标方', kind: 'quantity' }],
    ['节约标准煤1.5万吨', { text: '1.5万吨', value: 15000, unit: '吨', kind: 'quantity' }],
    ['年节能3200吨标准煤', { text: '3200吨标准煤', value: 3200, unit: '吨标准煤', kind: 'quantity' }],
    ['下泄流量不低于2.5立方米/秒', { text: '不低于2.5立方米/秒', value: 2.5, unit: '立方米/秒', kind: 'quantity', approximate: true, qualifier: '不低于' }],
    ['新增光伏装机40兆瓦', { text: '40兆瓦', value: 40, unit: '兆瓦', kind: 'quantity' }],
    ['敷设管网12延米', { text: '12延米', value: 12, unit: '延米', kind: 'quantity' }],
  ])('%s → %o', (input, want) => {
    const [q, ...rest] = quantities(input);
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ approximate: false, qualifier: null, range: null, ...want });
    expect(input.slice(q.span[0], q.span[1])).toBe(q.text);
  });


  it('reads every figure of a sentence, in order', () => {
    const text = '从2021年1.5万平方米增至2.74万平方米,全市事项平均进驻率89.32%(较去年提高8个百分点)';
    expect(quantities(text).map((q) => [q.text, q.kind])).toEqual([
      ['2021年', 'year'], ['1.5万平方米', 'quantity'], ['2.74万平方米', 'quantity'], ['89.32%', 'percent'], ['8个百分点', 'percentage_point'],
    ]);
  });

  it('spans are offsets of the decoded text when it uses full-width forms', () => {
    const text = '收集５００余条民情，解决２６２个问题';
    for (const q of quantities(text)) expect(text.slice(q.span[0], q.span[1])).toBe(q.text);
    expect(quantities(text).map((q) => q.value)).toEqual([500, 262]);
  });
});

describe('[quantities] a count before a list is a fact unless it introduces the list', () => {
  it.each<[string, string, number]>([
    ['全县共设立县乡村三级河长216名。一是强化巡河责任,二是开展专项行动', '216名', 216],
    ['全市共排查隐患点216个。一是建立台账', '216个', 216],
    ['共开展抽查1260次:其中县级', '1260次', 1260],
    ['今年新增托位1500个;二是鼓励', '1500个', 1500],
    ['配备网格员5名。一是加强培训', '5名', 5],
    ['已整改了1200个问题', '1200个', 1200],
    ['群众反映问题3个,已全部办结', '3个', 3],
    ['共收到代表建议126件', '126件', 126],
    ['提出意见建议300余条', '300余条', 300],
    ['今年解决了1200个问题', '1200个', 1200],
    ['每个站配备两人,所需经费已落实', '两人', 2], // 人 then a comma: people counted, no office named
  ])('%s → %s', (input, text, value) => {
    const qs = quantities(input);
    expect(qs.map((q) => [q.text, q.value, q.kind])).toEqual([[text, value, 'count']]);
  });

  it.each([
    '共设立河长216名。一是', '一连抛出三个问题', '采取三项措施:一是', '216余名。一是',
  ])('a rejected count leaves no identifier behind: %s', (input) => {
    expect(quantities(input).filter((q) => q.kind === 'other')).toEqual([]);
  });
});

describe('[quantities] figures written in Chinese numerals and compound units', () => {
  it.each<[string, Expect]>([
    ['安排资金一千二百万元', { text: '一千二百万元', value: 12000000, unit: '元', kind: 'money' }],
    ['投入一点二亿元', { text: '一点二亿元', value: 120000000, unit: '元', kind: 'money' }],
    ['筹集资金十亿零五百万元', { text: '十亿零五百万元', value: 1005000000, unit: '元', kind: 'money' }],
    ['覆盖率达到百分之九十五点五', { text: '百分之九十五点五', value: 95.5, unit: '%', kind: 'percent' }],
    ['下降百分之零点五', { text: '百分之零点五', value: 0.5, unit: '%', kind: 'percent' }],
    ['增长百分之一百二十', { text: '百分之一百二十', value: 120, unit: '%', kind: 'percent' }],
    ['减少了百分之二十到三十', { text: '百分之二十到三十', value: 20, unit: '%', kind: 'percent', range: [20, 30] }],
    ['提高百分之二三十', { text: '百分之二三十', value: 20, unit: '%', kind: 'percent', range: [20, 30] }],
    ['约三分之一的村', { text: '约三分之一', value: 33.3333333333, unit: '%', kind: 'percent', approximate: true, qualifier: '约' }],
    ['二〇二四年全市新建公园', { text: '二〇二四年', value: 2024, unit: '年', kind: 'year' }],
    ['二零二四年', { text: '二零二四年', value: 2024, unit: '年', kind: 'year' }],
    ['全年用电量12.5万千瓦时', { text: '12.5万千瓦时', value: 125000, unit: '千瓦时', kind: 'quantity' }],
    // apparent and reactive power: the longest unit, 千 opening it (no 3千 = 3000), 万 scaling the figure
    ['新增主变容量36万千伏安', { text: '36万千伏安', value: 360000, unit: '千伏安', kind: 'quantity' }],
    ['单台主变容量180兆伏安', { text: '180兆伏安', value: 180, unit: '兆伏安', kind: 'quantity' }],
    ['加装无功补偿2.4万千乏', { text: '2.4万千乏', value: 24000, unit: '千乏', kind: 'quantity' }],
    ['电容器组3千乏', { text: '3千乏', value: 3, unit: '千乏', kind: 'quantity' }],
    ['补偿容量八兆乏', { text: '八兆乏', value: 8, unit: '兆乏', kind: 'quantity' }],
    ['新建住房均价8500元/平方米', { text: '8500元/平方米', value: 8500, unit: '元/平方米', kind: 'money' }],
    ['日均客流量2.3万人次/日', { text: '2.3万人次/日', value: 23000, unit: '人次/日', kind: 'count' }],
    ['污水处理能力10万吨/日', { text: '10万吨/日', value: 100000, unit: '吨/日', kind: 'quantity' }],
    ['低保标准每人800元/月', { text: '800元/月', value: 800, unit: '元/月', kind: 'money' }],
    ['全年接待游客三千万人次', { text: '三千万人次', value: 30000000, unit: '人次', kind: 'count' }],
    ['全市有一万余名网格员', { text: '一万余名', value: 10000, unit: '名', kind: 'count', approximate: true, qualifier: '余' }],
    ['零点五个百分点', { text: '零点五个百分点', value: 0.5, unit: '百分点', kind: 'percentage_point' }],
    // Arabic parts with falling multipliers: one figure, the unit after the last part
    ['今年投入1亿2000万元', { text: '1亿2000万元', value: 120000000, unit: '元', kind: 'money' }],
    ['全年投入1億2,000萬元', { text: '1億2,000萬元', value: 120000000, unit: '元', kind: 'money' }],
    ['筹集1亿零500万元', { text: '1亿零500万元', value: 105000000, unit: '元', kind: 'money' }],
    ['服務長者3萬5千人次', { text: '3萬5千人次', value: 35000, unit: '人次', kind: 'count' }],
    ['改造完成3千5百户', { text: '3千5百户', value: 3500, unit: '户', kind: 'count' }],
  ])('%s', (input, want) => {
    const found = quantities(input);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(want);
  });
});

describe('[quantities] a thousands group after a figure cut short starts no figure', () => {
  // Each row: what it shows, the text, the figures read (texts).
  it.each<[string, string, string[]]>([
    ['000多萬元 is no figure', '投入1億2,000多萬元', ['1億']],
    ['000元 is no figure: four digits after 万 are its thousands, one figure', '共1万2,000元', ['1万2,000元']],
    ['a figure after a comma of the sentence is read whole', '分别为1亿，2,000万元', ['1亿', '2,000万元']],
    ['three digits after a percent are a figure', '增长12%，150个', ['12%', '150个']],
    ['four digits after digit, are no thousands group', '达到12,3456人', ['3456人']],
  ])('%s', (_name, input, texts) => {
    expect(quantities(input).map((q) => q.text)).toEqual(texts);
  });
});

describe('[quantities] approximate figures without a plain number: the lower figure written, approximate, no range (but 十几: a range of its unsaid digit)', () => {
  it.each<[string, Expect]>([
    // a bare multiplier after a qualifier
    ['吸引近万名游客观展', { text: '近万名', value: 10000, unit: '名', kind: 'count', qualifier: '近' }],
    ['服务群众上万人次', { text: '上万人次', value: 10000, unit: '人次', kind: 'count', qualifier: '上' }],
    ['拨付专项经费数万元', { text: '数万元', value: 10000, unit: '元', kind: 'money', qualifier: '数' }],
    ['走访商户数千家', { text: '数千家', value: 1000, unit: '家', kind: 'count', qualifier: '数' }],
    ['惠及逾万户居民', { text: '逾万户', value: 10000, unit: '户', kind: 'count', qualifier: '逾' }],
    ['撬动社会资本近千亿元', { text: '近千亿元', value: 1e11, unit: '元', kind: 'money', qualifier: '近' }],
    ['动员几百名党员', { text: '几百名', value: 100, unit: '名', kind: 'count', qualifier: '几' }],
    ['项目总投资上亿元', { text: '上亿元', value: 1e8, unit: '元', kind: 'money', qualifier: '上' }],
    ['参训学员不足百人', { text: '不足百人', value: 100, unit: '人', kind: 'count', qualifier: '不足' }],
    ['报名者多达千人', { text: '多达千人', value: 1000, unit: '人', kind: 'count', qualifier: '多达' }],
    ['登记网格员万余名', { text: '万余名', value: 10000, unit: '名', kind: 'count', qualifier: '余' }],
    // a round count with an indefinite tail, or 几/数 before it
    ['联合二十多个部门', { text: '二十多个', value: 20, unit: '个', kind: 'count', qualifier: '多' }],
    ['帮扶几十家小微企业', { text: '几十家', value: 10, unit: '家', kind: 'count', qualifier: '几' }],
    ['数十家企业', { text: '数十家', value: 10, unit: '家', kind: 'count', qualifier: '数' }],
    ['几百个', { text: '几百个', value: 100, unit: '个', kind: 'count', qualifier: '几' }],
    ['轮训百余人', { text: '百余人', value: 100, unit: '人', kind: 'count', qualifier: '余' }],
    ['吸引数百人围观', { text: '数百人', value: 100, unit: '人', kind: 'count', qualifier: '数' }],
    ['修订三十余项制度', { text: '三十余项', value: 30, unit: '项', kind: 'count', qualifier: '余' }],
    ['招聘两千多名辅警', { text: '两千多名', value: 2000, unit: '名', kind: 'count', qualifier: '多' }],
    ['组建二十来支服务队', { text: '二十来支', value: 20, unit: '支', kind: 'count', qualifier: '来' }],
    ['三百来人参加', { text: '三百来人', value: 300, unit: '人', kind: 'count', qualifier: '来' }],
    ['新增数十万平方米绿地', { text: '数十万平方米', value: 100000, unit: '平方米', kind: 'quantity', qualifier: '数' }],
    ['有数百人报名', { text: '数百人', value: 100, unit: '人', kind: 'count', qualifier: '数' }],
    ['數千家企業', { text: '數千家', value: 1000, unit: '家', kind: 'count', qualifier: '数' }],
    // a digit before a multiplier with an indefinite tail
    ['排查隐患4百余处', { text: '4百余处', value: 400, unit: '处', kind: 'count', qualifier: '余' }],
    ['培训3千多名网格员', { text: '3千多名', value: 3000, unit: '名', kind: 'count', qualifier: '多' }],
    ['受益5万余人', { text: '5万余人', value: 50000, unit: '人', kind: 'count', qualifier: '余' }],
    ['新增2百多家', { text: '2百多家', value: 200, unit: '家', kind: 'count', qualifier: '多' }],
    ['兑现奖补1千余万元', { text: '1千余万元', value: 1e7, unit: '元', kind: 'money', qualifier: '余' }],
    // with no measure word: people after, or money before
    ['带动近万群众增收', { text: '近万', value: 10000, unit: null, kind: 'count', qualifier: '近' }],
    ['惠及数万农户', { text: '数万', value: 10000, unit: null, kind: 'count', qualifier: '数' }],
    ['年投资近亿', { text: '近亿', value: 1e8, unit: '元', kind: 'money', qualifier: '近' }],
  ])('%s → %o', (input, want) => {
    const qs = quantities(input);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ ...want, approximate: true, range: null });
    expect(input.slice(qs[0].span[0], qs[0].span[1])).toBe(qs[0].text);
  });

  // 几 after a round figure is one digit of the place below, 1 to 9: a range with its lower bound the value.
  it.each<[string, Expect & { range: [number, number] }]>([
    ['覆盖十几个街道', { text: '十几个', value: 11, unit: '个', kind: 'count', qualifier: '几', range: [11, 19] }],
    ['整合二十几个部门', { text: '二十几个', value: 21, unit: '个', kind: 'count', qualifier: '几', range: [21, 29] }],
    ['筹集二十几万元', { text: '二十几万元', value: 210000, unit: '元', kind: 'money', qualifier: '几', range: [210000, 290000] }],
    ['拆除违建一百几十处', { text: '一百几十处', value: 110, unit: '处', kind: 'count', qualifier: '几', range: [110, 190] }],
    ['受益群众十几万,', { text: '十几万', value: 110000, unit: null, kind: 'count', qualifier: '几', range: [110000, 190000] }],
    ['历时十几年', { text: '十几年', value: 11, unit: '年', kind: 'quantity', qualifier: '几', range: [11, 19] }],
  ])('%s → %o', (input, want) => {
    const qs = quantities(input);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ ...want, approximate: true });
  });

  it.each<[string, string[]]>([
    // idioms of "countless", places and words of order holding 万/上, nouns of number before 数
    ['成千上万名群众', []], ['成百上千家企业', []], ['数以万计的游客', []], ['千千万万个家庭', []], ['几十年如一日坚守', []],
    ['靠近万福路', []], ['线上万人签名', []], ['网上千人', []], ['人口总数十万', []], ['大多数百姓', []], ['几个问题', []],
    ['几乎没有', []], ['数据显示', []], ['十分重要', []], ['万无一失', []], ['千方百计', []], ['以防万一', []], ['一来二来', []],
    // 来 after a figure that is not round is no approximation; 千瓦 after 数 leaves no figure
    ['三来人', []], ['数千瓦', []],
    // meetings counted: no congress before N次会议
    ['今年先后召开三次会议', ['三次']], ['主任会议研究了3次', ['3次']],
    // durations stay durations
    ['十几年来', ['十几年']], ['近几十年', ['近几十年']], ['提高2.5百分点', ['2.5百分点']],
  ])('%s → %o', (input, want) => {
    expect(quantities(input).map((q) => q.text)).toEqual(want);
  });
});

describe('[quantities] numbers that are not facts', () => {
  it.each([
    // ordinals
    '曲靖市六届人大常委会第二十九次会议', '推动第二批事项落地',
    // a session's ordinal with its 第 elided, after the congress, its term or its standing committee
    '邵阳市十八届人大三次会议', '出席湖北省十四届人大一次会议的代表', '县十八届人大常委会二十次会议', '省十三届人民代表大会五次会议', '成立全省首家民意监测中心', '位居全省第一方阵', '选派第一书记', '第3次会议', '年均增长两位数', '保持三位数增长',
    // slashes that are no fraction: a date, a code, an improper or long one
    '3/15消费者权益日', '编号A1/3', '比例3/2', '1/3/5号楼', '1/12',
    // identifiers that are fragments: a standard's number, a room, service hours (identifiers.ts)
    '执行GB 5749-2022标准', '执行GB5749—2022', 'HJ 633-2012', '5号楼302室', '提供7×24小时服务',
    // plan and model names, codes
    '“十四五”规划', '“3+N”行政争议预防机制', '“1+1+N”工作模式', 'PM2.5浓度', '5G网络', '3D打印',
    // grades and levels
    '三级医院', '市县两级', '省市县三级联动',
    // set phrases
    '一年一度', '十分关注', '一些问题', '一起推进', '一直坚持', '一定要', '法治统一', '进一步提升', '坚持一线工作法',
    '一体化管理', '唯一标准', '以防万一', '三令五申', '五湖四海', '推动双向衔接', '涉及多方面', '分批次开展',
    '一对一培养', '实行一票否决', '推行药品购销两票制', '深化一张网运用', '打通最后一公里', '一年四季', '一周一次', '与下一年度预算挂钩', '同一天', '这一年', '每一个案件', '千家万户', '千方百计', '百姓满意',
    // 一 as an article or "single"
    '高效办成一件事', '一支队伍管执法', '一人失信处处受限', '一小区一风格', '建立一个机制',
    // list announcements
    '将从三方面着手', '采取五项举措', '重点抓好三项工作。一是新建', '主要有两个问题:', '明确四项任务,第一,', '构建8个机制,推动', '两个方面的问题', '三大体系', '从五个方面发力', '从资源共享、教师交流、质量提升三个维度进行考核', '从两个层面推进', '提出五方面改进举措',
    '主要有以下三点。一是', '工作主要有两方面。一是',
    // counts of the questions being asked: the structure of the talk
    '一连抛出三个问题', '提出了两个问题', '询问了四方面问题', '我想问两个问题:', '我有三个疑问', '询问了市城管局两个方面的问题', '我提三条建议', '提出两个建议,',
    // dates, times, weekdays, months, list markers (vague amounts such as 数十家, 几百个 are figures: see below)
    '每月3日召开', '3月份', '今年1—10月', '上午9:00开始', '9时30分', '一季度', '二期工程的', '周三例会', '10:23分', '2025-06-12', '1.提升能力', '(2)加强监督',
    // page frame
    '发布时间:2025年06月12日 10:23 来源:曲靖人大', '浏览次数:1234', '2025年6月12日', '2024年11月14日,县人大常委会举行联组会议', '二〇二四年六月二十七日', '发布时间：2025-06-18 14:32:07　来源：鹭岛人大　阅读量：3267', '作者:张三 责任编辑:李四 12名', '【打印】【关闭】 共3页',
    // the base of a rate: 每 + numeral + people or households
    '按每100名寄宿生', '每万人拥有', '每10万人口', '每千户',
    // short bare numbers
    '第12', '共12', '一成不变', '0成', '〔2024〕15号文件', '《条例》(2024修订)',
    // 万/亿 opening a word, or in a set phrase, counts nothing (a bare multiplier needs a written number before it)
    '万众一心', '亿万群众', '千万不要', '成千上万的群众', '不能三天两头换人', '没有三头六臂', '十万火急', '相差十万八千里', '不怕一万就怕万一', '万无一失', '万人空巷',
    // 番 not after 翻, beyond four doublings, and 翻番 naming a goal or asked about (收入翻番 itself is one doubling: unitless.test.ts)
    '没有实现翻番目标', '回收量翻番了吗', '三番五次', '轮番上阵', '翻五番',
    // a quoted formulation whose term is a round-number word (六个百分百, 五个一百) counts nothing
    '落实“八个百分百”要求', '实施“七个一百”工程', '开展“三个万家”活动', '推进“两个千万”行动',
    // 二次 + a word is "secondary" (二次供水, 二次污染), a term, not a count of two
    '改造二次供水设施', '防止二次污染', '带动二次消费', '开展二次复核',
    // a school grade is no duration (一年级, 3年级)
    '一年级新生入学', '三年级以上学生', '小学3年级',
    // years heaped up as an idiom of "a long while" (一年半载, 三年五载), no figure
    '光前期协调就要一年半载', '不是三年五载能办成的', '再拖个三年两载', '这一拖就是十年八年',
    // a numeral, 人 and an institution noun name an office by its staffing (一人所, 两人所), no figure
    '司法所普遍存在“一人所”“两人所”现象', '不少乡镇仍是两人站',
    // a phone number, and a number right after the word of the line it names, are no figures (identifiers.ts, t49 finding 1)
    '拨打0874-3123456咨询', '咨询电话65123456', '可拨打教育服务热线12345转6', '急救电话120', '医保服务热线12393咨询',
    '举报电话12369', '农村供水服务热线０７３１－８４５６７８９０', '或者0871-65123456', '热线电话：0871-65123456',
  ])('%s → nothing', (input) => {
    expect(quantities(input).map((q) => q.text)).toEqual([]);
  });

  it.each([
    ['较去年提高8个百分点', 'percentage_point'],
    ['近五年', 'quantity'],
    ['2024年上半年', 'year'],
    ['借12345等平台', 'other'],
    ['已整改110,其余限期整改', 'other'], // a bare figure, its measure word left out
    ['5年', 'quantity'],
    ['连续两个季度下降', 'quantity'],
    ['连续三年增长', 'quantity'],
  ])('%s is %s, not something else', (input, kind) => {
    expect(quantities(input).map((q) => q.kind)).toEqual([kind]);
  });

  it('a timestamped live line is body text, even when it speaks of 点击量', () => {
    const text = '14:15:04 龙晓云:我市注册用户超过86万人,去年线上活动点击量达到1.2亿人次。';
    expect(quantities(text).map((q) => [q.text, q.value])).toEqual([['超过86万人', 860000], ['1.2亿人次', 120000000]]);
  });

  it.each<[string, [string, number, string][]]>([
    ['新建110千伏变电站3座', [['110千伏', 110, '千伏'], ['3座', 3, '座']]],
    ['改造35千伏线路120公里', [['35千伏', 35, '千伏'], ['120公里', 120, '公里']]],
    ['装机容量1.2万千瓦', [['1.2万千瓦', 12000, '千瓦']]],
    ['年发电量3000千瓦时', [['3000千瓦时', 3000, '千瓦时']]],
    ['一万两千米的堤防', [['一万两千米', 12000, '米']]],
    ['投资2千万元', [['2千万元', 20000000, '元']]],
  ])('a unit that opens with 千 (千伏, 千瓦) keeps it; 千 inside the numeral stays a thousand: %s', (input, expected) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit])).toEqual(expected);
  });

  it('12家三级医院: the count is 12家, the grade is not counted', () => {
    expect(quantities('实现12家三级医院警务室全覆盖').map((q) => q.text)).toEqual(['12家']);
  });

  it.each<[string, string[]]>([
    ['区政府将建立四项制度，把改造纳入考核，完成120个小区', ['120个']],
    ['建立三项机制。推进16件实事', ['16件']],
    ['健全两张清单,建成5个站点', ['5个']],
  ])('numbers inside an unquoted set of institutions are not quantities: %s', (input, texts) => {
    expect(quantities(input).map((q) => q.text)).toEqual(texts);
  });

  it.each<[string, string, string]>([
    ['引导合作社流转经营,每亩补助200元', '200元', '补助'],
    ['对新建充电桩每台补贴3000元', '3000元', '补贴'],
    ['养殖户每户奖补5000元', '5000元', '奖补'],
  ])('a rate naming what is paid has that as its indicator: %s', (input, text, indicator) => {
    expect(quantities(input).map((q) => [q.text, q.indicator])).toEqual([[text, indicator]]);
  });

  it('numbers inside a quoted formulation are not quantities', () => {
    expect(quantities('落实“三项制度”,健全“三张清单”,开展“规范执行三年行动”,推进16件实事').map((q) => q.text)).toEqual(['16件']);
  });

  it('spans given in exclude hold no quantity', () => {
    const text = '建立8个条线';
    expect(quantities(text).map((q) => q.text)).toEqual(['8个']);
    expect(quantities(text, [[2, 4]])).toEqual([]);
  });

  it('only the given range is read', () => {
    const text = '12名委员。11台无人机';
    const pair = { text, view: normalize(text) };
    expect(extractQuantities(pair, [5, text.length], { segmenter: fakeSegmenter, exclude: [] }).map((q) => q.text)).toEqual(['11台']);
  });
});

describe('[quantities] invariants on any slice of the seed', async () => {
  const { readFileSync } = await import('node:fs');
  const fc = (await import('fast-check')).default;
  const seed = readFileSync(new URL('../../seeds/qujing-2025-safety-rule-of-law.txt', import.meta.url), 'utf8');
  const pair = { text: seed, view: normalize(seed) };

  it('spans slice to the text, stay in the range, do not overlap and come in order', () => {
    fc.assert(fc.property(fc.nat(seed.length), fc.nat(600), (start, len) => {
      const range: Span = [start, Math.min(seed.length, start + len)];
      const found = extractQuantities(pair, range, { segmenter: fakeSegmenter, exclude: [] });
      let last = range[0];
      for (const q of found) {
        expect(seed.slice(q.span[0], q.span[1])).toBe(q.text);
        expect(q.span[0]).toBeGreaterThanOrEqual(last);
        expect(q.span[1]).toBeLessThanOrEqual(range[1]);
        expect(q.approximate).toBe(q.qualifier !== null);
        last = q.span[1];
      }
    }), { numRuns: 200 });
  });
});

describe('[quantities] never throws on strings made of numerals, units and punctuation', async () => {
  const fc = (await import('fast-check')).default;
  const { extractFormulations } = await import('../../src/extract/formulations.js');
  const alphabet = [...'0123456789.,:-+%０１２３一二两三四五六七八九十百千万亿〇○零第近约余多年月日号个名家项条成分之元米平方“”"双重大重期是:;。、 \nA几数来上逾?？吗'];
  it('spans slice to the text for any mix', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
      const text = chars.join('');
      const pair = { text, view: normalize(text) };
      for (const q of extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] })) {
        expect(text.slice(q.span[0], q.span[1])).toBe(q.text);
        expect(q.value === null || Number.isFinite(q.value)).toBe(true);
      }
      for (const f of extractFormulations(pair, [0, text.length])) expect(text.slice(f.span[0], f.span[1])).toBe(f.text);
    }), { numRuns: 2000 });
  });
});

describe('[quantities] the people a bare count in 万 counts', () => {
  it.each<[string, string, string]>([
    ['全县仍有180万农村人口饮水不安全', '180万', '农村人口'],
    ['惠及12万群众', '12万', '群众'],
  ])('%s → %s counts %s', (input, text, indicator) => {
    expect(quantities(input).map((q) => [q.text, q.indicator])).toEqual([[text, indicator]]);
  });
});

describe('[quantities] a change in points after a share in words measures what the share measured', () => {
  it('治理率为百分之八十六,较去年提高九个百分点 → 九个百分点 of 治理率, not of 百分之', () => {
    const qs = quantities('全县农村生活污水治理率为百分之八十六,较去年提高九个百分点');
    expect(qs.map((q) => [q.text, q.indicator])).toEqual([['百分之八十六', '农村生活污水治理率'], ['九个百分点', '农村生活污水治理率']]);
  });
});

describe('[quantities] the figure after a list marker written without a space is read from after the marker', () => {
  it.each<[string, string[]]>([
    ['工作安排:\n1.2026年3月底前完成排查;\n2.6个月内修复45处;\n3.年底前验收。', ['2026年3月底', '6个月内', '45处']],
    ['具体是:\n1、2026年上半年启动;\n2、5个片区同步推进。', ['2026年上半年', '5个']],
    ['分三步:\n1.摸底;\n2.整治;\n3.9个月内验收。', ['9个月内']],
    ['改造情况:\n1.5万户完成改造。', ['1.5万户']],
    ['收入增长1.2%,\n2.3%用于民生。', ['1.2%', '2.3%']],
  ])('%s → %o', (input, texts) => {
    expect(quantities(input).map((q) => q.text)).toEqual(texts);
  });
});

describe('[quantities] units written in Latin letters or symbols read as their Chinese names do', () => {
  it.each<[string, Expect]>([
    ['全年PM2.5平均浓度27.4μg/m³', { text: '27.4μg/m³', value: 27.4, unit: 'μg/m³', kind: 'quantity' }],
    ['二氧化氮浓度为３１μｇ/ｍ³', { text: '３１μｇ/ｍ³', value: 31, unit: 'μg/m³', kind: 'quantity' }],
    ['人均公共文化设施面积0.25m²', { text: '0.25m²', value: 0.25, unit: 'm²', kind: 'quantity' }],
    ['新建社区用房１６０ｍ²', { text: '１６０ｍ²', value: 160, unit: 'm²', kind: 'quantity' }],
    ['改造老旧厂房3.6万㎡', { text: '3.6万㎡', value: 36000, unit: '㎡', kind: 'quantity' }],
    ['新增绿地45m2,', { text: '45m2', value: 45, unit: 'm2', kind: 'quantity' }],
    ['铺设燃气管道86km', { text: '86km', value: 86, unit: 'km', kind: 'quantity' }],
    ['治理水土流失面积12.5km²', { text: '12.5km²', value: 12.5, unit: 'km²', kind: 'quantity' }],
    ['分布式光伏装机达到65MW', { text: '65MW', value: 65, unit: 'MW', kind: 'quantity' }],
    ['年发电量约3200万kWh', { text: '约3200万kWh', value: 32000000, unit: 'kWh', kind: 'quantity', qualifier: '约' }],
    ['日处理污水8000m³/日', { text: '8000m³/日', value: 8000, unit: 'm³/日', kind: 'quantity' }],
    ['出水总磷不超过0.3mg/L', { text: '不超过0.3mg/L', value: 0.3, unit: 'mg/L', kind: 'quantity', qualifier: '不超过' }],
    ['校园网带宽提升到1000Mbps', { text: '1000Mbps', value: 1000, unit: 'Mbps', kind: 'quantity' }],
    ['单日降雨量达168mm', { text: '168mm', value: 168, unit: 'mm', kind: 'quantity' }],
    ['限速60km/h', { text: '60km/h', value: 60, unit: 'km/h', kind: 'quantity' }],
    ['新建35kV变电站', { text: '35kV', value: 35, unit: 'kV', kind: 'quantity' }],
    ['公用经费标准提高到７５０元／生·年', { text: '７５０元／生·年', value: 750, unit: '元/生/年', kind: 'money' }],
    ['夜间噪声不高于45dB', { text: '不高于45dB', qualifier: '不高于', value: 45, unit: 'dB', kind: 'quantity' }],
  ])('%s → %o', (input, expected) => {
    expect(quantities(input)).toEqual([expect.objectContaining(expected)]);
  });

  it.each(['建成5G基站', '4K超高清频道', '每次5min', '3ms时延', 'PM10浓度'])('%s: letters that are no unit keep the figure out', (input) => {
    expect(quantities(input).filter((q) => q.kind === 'quantity')).toEqual([]);
  });
});

describe('[quantities] a figure right after a word closed by 一 (统一, 唯一, 逐一, 之一) is read', () => {
  it.each<[string, string[]]>([
    ['全区统一两个口径', ['两个']],
    ['全省统一两年内完成清查', ['两年内']],
    ['统一4年内完成更新', ['4年内']],
    ['全县唯一两所中学未达标', ['两所']],
    ['唯一5家商户未整改', ['5家']],
    ['我们逐一6家单位上门走访', ['6家']],
    ['统一两万元标准发放', ['两万元']],
    ['统一一两年内完成', ['一两年内']],
    ['同一3个批次', ['3个']],
    ['共三万一千人', ['三万一千人']],
  ])('%s → %o', (input, texts) => {
    expect(quantities(input).map((q) => q.text)).toEqual(texts);
  });

  it.each(['这一两年', '第一两年'])('%s: 一 that is a numeral or an ordinal lends no figure of its own to what follows', (input) => {
    expect(quantities(input).map((q) => q.text)).not.toContain('两年');
  });
});

describe('[quantities] a count whose colon is followed by the things counted, named one by one, is a fact', () => {
  it.each<[string, string[]]>([
    ['开通了两条公交线路:南环线、北环线。', ['两条']],
    ['确定四个试点村:上坪村、下坪村、岭口村、河湾村。', ['四个']],
    ['全区有两个园区:物流园区和电商园区,入驻企业36家。', ['两个', '36家']],
  ])('%s → %o', (input, texts) => {
    expect(quantities(input).map((q) => q.text)).toEqual(texts);
  });

  it.each(['采取三项措施:一是加强巡查、二是压实责任、三是强化考核。', '主要有两个问题:', '重点抓两件事:第一,稳就业;第二,保民生。'])('%s: a colon before points to be made still announces them', (input) => {
    expect(quantities(input)).toEqual([]);
  });
});

describe('[quantities] 第 before the lower bound scopes over an ordinal range: no count', () => {
  it.each<[string, string[]]>([
    ['第2至4批试点已验收。', []],
    ['第二至四批试点共15个', ['15个']],
    ['第六到八届运动会', []],
    ['第3-5期工程', []],
    ['新建2至4个站点', ['2至4个']],
    ['分2至4批推进', ['2至4批']],
  ])('%s → %o', (input, texts) => {
    expect(quantities(input).map((q) => q.text)).toEqual(texts);
  });
});

describe('[quantities] NUM个 + a figure in one quotation is a formulation: its 个 counts nothing, the figures of its parts stay', () => {
  it.each<[string, string[]]>([
    ['实现“三个100%”,即排查率100%、整改率100%、销号率100%。', ['100%', '100%', '100%']],
    ['实现“三个100%”。', []],
    ['打造“两个15分钟”服务圈', []],
  ])('%s → %o', (input, texts) => {
    expect(quantities(input).map((q) => q.text)).toEqual(texts);
  });
});

describe('[quantities] computing power and storage: their units are units, the shorthand P/E only about 算力', () => {
  it.each<[string, [string, number, string | null][]]>([
    ['全区在用算力总规模达到900PFlops。', [['900PFlops', 900, 'PFlops']]],
    ['智能算力达到650PFLOPS', [['650PFLOPS', 650, 'PFLOPS']]],
    ['超算中心峰值达到8EFLOPS', [['8EFLOPS', 8, 'EFLOPS']]],
    ['总算力提升至2.4EFlops，', [['2.4EFlops', 2.4, 'EFlops']]],
    ['单卡算力300TFLOPS', [['300TFLOPS', 300, 'TFLOPS']]],
    ['车载芯片算力达到254TOPS', [['254TOPS', 254, 'TOPS']]],
    ['存储容量达到80PB', [['80PB', 80, 'PB']]],
    ['政务数据总量3EB', [['3EB', 3, 'EB']]],
    ['云平台存储扩容到640TB', [['640TB', 640, 'TB']]],
    ['全县算力规模达到860P。', [['860P', 860, 'P']]],
    ['智算规模突破2.6万P，', [['突破2.6万P', 26000, 'P']]],
    ['智算中心算力1.5E', [['1.5E', 1.5, 'E']]],
    ['算力总规模达到600PF', [['600PF', 600, 'PF']]],
    // letters no one listed, ending a word of their own: the figure is kept (its numeral), its unit unknown
    ['屋顶光伏装机总量达到4500kWp，', [['4500', 4500, null]]],
    ['峰值算力达到320PFlop。', [['320', 320, null]]],
  ])('%s', (input, expected) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit])).toEqual(expected);
  });

  it.each([
    // a bare capital after a figure is a code or a name unless the clause is about computing power
    '购置3P空调', '园区编号5E', '服务中心开放3P区', '算力调度平台已上线。园区编号5E',
    // one letter, or letters joined on by a digit or a hyphen, stay a name or a code
    '5G网络', '4K超高清', '建成4A级景区', '推广3D打印', '5G-A网络',
  ])('%s → no figure', (input) => {
    expect(quantities(input).map((q) => q.text)).toEqual([]);
  });
});

describe('[quantities] ratios (unit 比) and return periods (unit 年一遇) are kind other, never durations or times', () => {
  it.each<[string, string[]]>([
    ['生师比达到小学19:1、初中13.5:1', ['19:1=19 比 other', '13.5:1=13.5 比 other']],
    ['新老队员按1:1结对', ['1:1=1 比 other']],
    ['1∶1配套', ['1∶1=1 比 other']], // ∶, the ratio sign (a matching fund), was read as no figure before ratios were
    ['由1~2年一遇提高到3~5年一遇', ['1~2年一遇=1 年一遇 other [1,2]', '3~5年一遇=3 年一遇 other [3,5]']],
    ['行洪标准达到50年一遇', ['50年一遇=50 年一遇 other']],
    ['按百年一遇标准设防', ['百年一遇=100 年一遇 other']],
    ['防洪标准达到二十年一遇', ['二十年一遇=20 年一遇 other']],
    // near-misses: a span of years, a time of day, a count of years
    ['用3—5年时间', ['3—5年=3 年 quantity [3,5]']],
    ['会议于10:30开始,历时50年', ['50年=50 年 quantity']],
  ])('%s → %j', (input, want) => {
    expect(quantities(input).map((q) => `${q.text}=${q.value} ${q.unit} ${q.kind}${q.range ? ` [${q.range}]` : ''}`)).toEqual(want);
  });
});

describe('[quantities] units inside and after: 个多百分点, 路, 个等级, 克标准煤; 方面的 + a noun; 一二把手', () => {
  it.each<[string, [string, number, string | null, string, string | null][]]>([
    ['比第七次人口普查时提高了两个多百分点', [['两个多百分点', 2, '百分点', 'percentage_point', '多']]],
    ['提高一个半百分点', [['一个半百分点', 1.5, '百分点', 'percentage_point', null]]],
    ['布设高清视频监控120路', [['120路', 120, '路', 'count', null]]],
    ['耕地质量等级提升0.1个等级', [['0.1个等级', 0.1, '等级', 'quantity', null]]],
    ['下降到305克标准煤', [['305克标准煤', 305, '克标准煤', 'quantity', null]]],
    ['梳理形成4个方面的审议意见,交区政府研究处理', [['4个方面', 4, '方面', 'count', null]]],
  ])('%s', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit, q.kind, q.qualifier])).toEqual(want);
  });

  it.each([
    '也是一二把手亲自抓的结果', '二把手负总责', '兵分两路', '两路并进', '一路走来', '3路公交车',
    // 方面的 + the talk's own nouns, or with its list after it, still announces
    '两个方面的问题', '重点抓好三个方面的工作:一是抓规划', '从三个方面的工作入手。一是抓规划',
  ])('%s → nothing', (input) => {
    expect(quantities(input).map((q) => q.text)).toEqual([]);
  });
});

describe('[quantities] time words read whole: 今明两年, 五年一周期', () => {
  it.each<[string, string[]]>([
    ['剩余部分县财政将在今明两年预算中足额安排。', []],
    ['今明两天有降雨。', []],
    ['每年培训教师2000人次以上,五年一周期全员轮训。', ['2000人次以上', '五年']],
    // near-misses: a span of years or weeks stays one
    ['今后两年完成改造。', ['两年']],
    ['用一周时间完成。', ['一周']],
    ['培训两周期间完成考核。', ['两周']],
    ['近两年选派法官30名。', ['近两年', '30名']],
  ])('%s', (input, want) => {
    expect(quantities(input).map((q) => q.text)).toEqual(want);
  });
});

describe('[quantities] figures as officials say them (t58)', () => {
  const row = (text: string) => extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: fakeSegmenter, exclude: [] })
    .map((q) => [q.text, q.value, q.unit, q.qualifier, q.approximate, q.range, q.direction]);
  it.each<[string, unknown[][]]>([
    ['平均每天撮合成功不下200单。', [['不下200单', 200, '单', '不下', true, null, null]]],
    ['巡查次数不下五百次。', [['不下五百次', 500, '次', '不下', true, null, null]]],
    ['询问历时近3小时。', [['近3小时', 3, '小时', '近', true, null, null]]],
    ['每天回收五六十吨。', [['五六十吨', 50, '吨/天', null, true, [50, 60], null]]], // 每天 opening the clause is the period of the tonnage (rate-before.ts)
    ['有一千五六百人。', [['一千五六百人', 1500, '人', null, true, [1500, 1600], null]]],
    ['比全省平均高出0.9个百分点。', [['0.9个百分点', 0.9, '百分点', null, false, null, 'up']]],
    ['比先进地区低1个多百分点。', [['1个多百分点', 1, '百分点', '多', true, null, 'down']]],
    ['比去年同期多出近十万人次。', [['近十万人次', 100000, '人次', '近', true, null, 'up']]],
    ['贷款利率下降42个基点。', [['42个基点', 42, '基点', null, false, null, 'down']]],
  ])('reads %s', (input, want) => {
    expect(row(input)).toEqual(want);
  });
  it.each<[string, unknown[][]]>([
    // 近 opening its clause: the past five years, no approximation (gold)
    ['近五年引进人才。', [['近五年', 5, '年', null, false, null, null]]],
    // stated bounds are no estimate
    ['用两到三年完成。', [['两到三年', 2, '年', null, false, [2, 3], null]]],
    // 比例 is a noun, no comparison
    ['比例高30%。', [['30%', 30, '%', null, false, null, null]]],
    // a policy's name in quotes, a disease term, time adverbials: no figures
    ['落实“7天无理由退货”。', []],
    ['这两年投入很多。', []],
    ['星级每两年复评一次。', []],
    ['力争每3至5年提升。', []],
    ['新城区近三年新增。', [['近三年', 3, '年', null, false, null, null]]],
    ['两年内,全县完成改造。', []],
    // a deadline after a verb stays a figure
    ['询问历时近3小时,用了近三年。', [['近3小时', 3, '小时', '近', true, null, null], ['近三年', 3, '年', '近', true, null, null]]],
    ['力争两年内完成。', [['两年内', 2, '年', '内', true, null, null]]],
    // 3单位, 两单元: 单 opens a word
    ['全市有3单位。', []],
  ])('near-miss %s', (input, want) => {
    expect(row(input)).toEqual(want);
  });
});
