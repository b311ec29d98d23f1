// Through extractQuantities: src/extract/quantity-reading.ts adds the qualifiers around a figure.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import type { Span } from '../../src/model/span.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string, exclude: Span[] = []) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude });
}

describe('[quantity-reading] an approximating word linked to the figure by a copula or a preposition', () => {
  it.each<[string, string, string | null]>([
    ['缺口测算约为12亿元', '约为12亿元', '约'],
    ['总投资大约为8000万元', '大约为8000万元', '大约'],
    ['受益群众大概在3万人', '大概在3万人', '大概'],
    ['参训人员大致有400人', '大致有400人', '大致'],
    ['到场群众约有260人', '约有260人', '约'],
    ['工期大概是6个月', '大概是6个月', '大概'],
    ['大概3个月完成', '大概3个月', '大概'],
    // A conversion: 约合 (大约合) is approximate, 折合 alone is not, 折合约 has 约 before the figure.
    ['新增耕地面积约合7500亩', '约合7500亩', '约'],
    ['折算下来大约合3.6万元', '大约合3.6万元', '大约'],
    ['新增耕地面积折合约7500亩', '约7500亩', '约'],
    ['新增耕地面积折合7500亩 (折合: an exact conversion)', '7500亩', null],
    ['节约为企业带来50万元收益 (节约 is a word)', '50万元', null],
    ['受资金制约在3个县试点 (制约 is a word)', '3个', null],
    ['标准为35元 (no approximating word)', '35元', null],
  ])('%s → %s, qualifier %s', (input, text, qualifier) => {
    const [q] = quantities(input.replace(/ \(.*\)$/, ''));
    expect(q).toMatchObject({ text, qualifier, approximate: qualifier !== null });
  });
});

describe('[quantity-reading] a qualifier closing the line before the figure: a hard wrap of a PDF copy', () => {
  it.each<[string, string, string | null, string | null]>([
    ['确保全市林地保有量不低于\n3280万亩', '不低于\n3280万亩', '不低于', '亩'],
    ['专项资金占比不少于\n15%', '不少于\n15%', '不少于', '%'],
    ['年均接待游客约\n860万人次', '约\n860万人次', '约', '人次'],
    ['缺口测算约为\n12亿元', '约为\n12亿元', '约', '元'],
    ['受益群众逾\n万名', '逾\n万名', '逾', '名'],
    ['特种行业用水每吨不低于\n15元', '不低于\n15元', '不低于', '元/吨'],
    ['覆盖率不低于 \r\n95%', '不低于 \r\n95%', '不低于', '%'], // the line's trailing space and a CRLF
    // Not a qualifier: 节约, 最近 end other words; an indented line opens a paragraph; a blank line ends one.
    ['今年节约\n50万元经费', '50万元', null, '元'],
    ['最近\n3年新增', '3年', null, '年'],
    ['我们的目标是不低于\n    95%', '95%', null, '%'],
    ['标准不低于\n\n95%', '95%', null, '%'],
  ])('%j → %j, qualifier %s', (input, text, qualifier, unit) => {
    const [q] = quantities(input);
    expect(q).toMatchObject({ text, qualifier, approximate: qualifier !== null, unit });
  });

  it('近 + a time across the break is still the past, no approximation', () => {
    expect(quantities('近\n五年来')[0]).toMatchObject({ text: '近\n五年', qualifier: null, approximate: false });
  });
});

describe('[quantity-reading] 上 before 百/千/万/亿 is "as many as", not after a word of place or order', () => {
  it.each<[string, string[], (string | null)[]]>([
    ['吸引上万人参与', ['上万人'], ['上']],
    ['撬动上亿元资金', ['上亿元'], ['上']],
    ['引进上百家企业', ['上百家'], ['上']],
    ['线上千人同时在线 (线上: online)', [], []],
    ['网上万人签名 (网上: on the web)', [], []],
    ['会上百家企业签约 (会上: at the meeting)', [], []],
  ])('%s', (input, texts, qualifiers) => {
    const qs = quantities(input.replace(/ \(.*\)$/, ''));
    expect(qs.map((q) => q.text)).toEqual(texts);
    expect(qs.map((q) => q.qualifier)).toEqual(qualifiers);
  });
});

describe('[quantity-reading] 近 closing a word of nearness is no qualifier; 逼近 is one', () => {
  it.each<[string, string[], (string | null)[]]>([
    ['走近万家群众 (走近: go near)', [], []],
    ['靠近3个村庄 (靠近: near)', ['3个'], [null]],
    ['贴近200名职工 (贴近: close to)', ['200名'], [null]],
    ['将近300名职工', ['将近300名'], ['将近']],
    ['总额逼近万亿元', ['逼近万亿元'], ['逼近']],
  ])('%s', (input, texts, qualifiers) => {
    const qs = quantities(input.replace(/ \(.*\)$/, ''));
    expect(qs.map((q) => q.text)).toEqual(texts);
    expect(qs.map((q) => q.qualifier)).toEqual(qualifiers);
  });
});

describe('[quantity-reading] 还多 and 出头 closing a figure qualify it', () => {
  it.each<[string, string, string]>([
    ['村集体收入比过去翻了两番还多', '翻了两番还多', '多'],
    ['游客量增长了一倍还多', '一倍还多', '多'],
    ['专职网格员平均年龄三十岁出头', '三十岁出头', '出头'],
    ['护理员月薪4000元出头的居多', '4000元出头', '出头'],
  ])('%s → %s, qualifier %s', (input, text, qualifier) => {
    const [q] = quantities(input);
    expect(q).toMatchObject({ text, qualifier, approximate: true });
  });

  it.each<[string, string]>([
    ['争取资金80万元还多方筹措', '80万元'],
    ['选出30名出头露面的代表', '30名'],
  ])('还多, 出头 opening another word are none: %s → %s', (input, text) => {
    expect(quantities(input).map((q) => [q.text, q.qualifier])).toEqual([[text, null]]);
  });
});

describe('[quantity-reading] bound words before a figure (comparatives, extremes) are its qualifier', () => {
  it.each<[string, string, string]>([
    ['出水氨氮低于1.2毫克/升', '低于1.2毫克/升', '低于'],
    ['年均浓度高于28微克/立方米', '高于28微克/立方米', '高于'],
    ['负债率不高于6%', '不高于6%', '不高于'],
    ['办理时限少于12天', '少于12天', '少于'],
    ['每年巡查多于4次', '多于4次', '多于'],
    ['误差小于0.3%', '小于0.3%', '小于'],
    ['单笔大于200万元的支出', '大于200万元', '大于'],
    ['每户最高补助5000元 (the figure after a verb: no bound)', '5000元', ''],
    ['奖励标准最高6000元', '最高6000元', '最高'],
    ['补贴最低150元', '最低150元', '最低'],
    ['每季度最多2次', '最多2次', '最多'],
    ['每人最少40学时', '最少40学时', '最少'],
    ['审批时限最长20个工作日', '最长20个工作日', '最长'],
    ['最短5天即可完成', '最短5天', '最短'],
    ['最快2天办结', '最快2天', '最快'],
    ['单户奖励最高可达8000元', '最高可达8000元', '最高'],
    ['补助最低为120元', '最低为120元', '最低'],
  ])('%s → %s, qualifier %s', (input, text, qualifier) => {
    const qs = quantities(input.replace(/ \(.*\)$/, ''));
    expect(qs[0]).toMatchObject({ text, qualifier: qualifier || null, approximate: qualifier !== '' });
  });
});

describe('[quantity-reading] a bound word separated from its figure by a modal (and a verb) or a coverb still qualifies it', () => {
  it.each<[string, string, string, string | null]>([
    ['每座最高可获得6万元', '最高可获得6万元', '最高', null],
    ['每位学生最多可申请4次', '最多可申请4次', '最多', null],
    ['每家最低可领取300元', '最低可领取300元', '最低', null],
    ['每名职工至多可报销3万元', '至多可报销3万元', '至多', null],
    ['每所学校至少要有2名', '至少要有2名', '至少', null],
    ['每个社区至少与2家三甲医院结对', '至少与2家', '至少', null],
    ['每户最多能够领取5袋', '最多能够领取5袋', '最多', null],
  ])('%s → %s, qualifier %s', (input, text, qualifier) => {
    const qs = quantities(input);
    expect(qs[0]).toMatchObject({ text, qualifier, approximate: true });
  });

  it.each<[string, string]>([
    ['每户最高补助5000元 (a verb alone after 最高: no bound, as before)', '5000元'],
    ['最高人民法院2名法官 (最高 of a name, no modal)', '2名'],
    ['人数最多的村有3名 (最多 modifying a noun through 的: no bound of the figure)', '3名'],
  ])('%s → %s, no qualifier', (input, text) => {
    const qs = quantities(input.replace(/ \(.*\)$/, ''));
    expect(qs[0]).toMatchObject({ text, qualifier: null });
  });
});

describe('[quantity-reading] a hedge before a copula or a share verb qualifies the figure after it', () => {
  it.each<[string, string, string, string | null]>([
    ['尚未追回的12万元约占0.21%', '约占0.21%', '约', null],
    ['其中农村学生约占六成', '约占六成', '约', null],
    ['流动人口近占四成', '近占四成', '近', null],
    ['耕地面积约达3200亩', '约达3200亩', '约', null],
    ['受益人口约为总人口的三成', '约为总人口的三成', '约', '总人口'],
    ['林地约占全县国土面积的62%', '约占全县国土面积的62%', '约', null],
    ['大约占总量的两成', '大约占总量的两成', '大约', null],
  ])('%s → %s, qualifier %s', (input, text, qualifier, indicator) => {
    const qs = quantities(input).filter((q) => q.kind === 'percent' || q.unit === '亩');
    expect(qs[qs.length - 1]).toMatchObject({ text, qualifier, approximate: true });
    if (indicator) expect(qs[qs.length - 1].indicator).toBe(indicator);
  });

  it.each<[string, string]>([
    ['节约为全市的三成 (节约 is a word)', '三成'],
    ['占总数的三成 (no hedge)', '三成'],
    ['约有2人占全县的三成 (a figure between: the hedge is its own)', '三成'],
  ])('%s → %s, no qualifier', (input, text) => {
    const qs = quantities(input.replace(/ \(.*\)$/, ''));
    expect(qs[qs.length - 1]).toMatchObject({ text, qualifier: null });
  });
});

describe('[quantity-reading] a qualifier after the noun a measure word counts, closing the clause, qualifies the figure', () => {
  it.each<[string, string, number, string, string]>([
    ['每年改造90个小区左右。', '90个小区左右', 90, '左右', '小区'],
    ['计划新建40所幼儿园上下，', '40所幼儿园上下', 40, '上下', '幼儿园'],
    ['力争培育20家企业以上。', '20家企业以上', 20, '以上', '企业'],
    ['每批安置15名学员以内；', '15名学员以内', 15, '以内', '学员'],
    ['每年治理60个村左右', '60个村左右', 60, '左右', '村'],
    ['每期招收30名学员之内。', '30名学员之内', 30, '之内', '学员'],
  ])('%s → %s (%s, indicator %s)', (input, text, value, qualifier, indicator) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.qualifier, q.approximate, q.indicator])).toEqual([[text, value, qualifier, true, indicator]]);
  });

  it.each<[string, string, string | null]>([
    ['全县有12家规模以上企业。', '12家', null], // 规模以上 before its noun: a name, not a bound of 12
    ['辖区有3个县级以上医院，', '3个', null],
    ['新建90个小区左右的停车场。', '90个', null], // not at the clause's end
    ['每年改造90个左右小区。', '90个左右', '左右'], // right after the measure word, as before
  ])('%s → %s, qualifier %s', (input, text, qualifier) => {
    expect(quantities(input).map((q) => [q.text, q.qualifier])).toEqual([[text, qualifier]]);
  });
});

describe('[quantity-reading] a bound before a named whole qualifies the share of it', () => {
  it.each<[string, string, string]>([
    ['居民出资比例原则上不低于总投资的10%', '不低于总投资的10%', '不低于'],
    ['租金不高于同地段市场租金的九折', '不高于同地段市场租金的九折', '不高于'],
    ['新增债务不超过上年的三成', '不超过上年的三成', '不超过'],
    ['财政投入高于全省平均水平的15%', '高于全省平均水平的15%', '高于'],
  ])('%s → %s, qualifier %s', (input, text, qualifier) => {
    const qs = quantities(input);
    expect(qs[qs.length - 1]).toMatchObject({ text, qualifier, approximate: true });
  });

  it.each<[string, string]>([
    ['高于全省平均水平的1.2倍 (no share: the multiple as written)', '1.2倍'],
    ['不低于3000元,占总投资的10% (a figure and a clause between)', '10%'],
    ['总投资的10% (no bound)', '10%'],
  ])('%s → %s, no qualifier', (input, text) => {
    const qs = quantities(input.replace(/ \(.*\)$/, ''));
    expect(qs[qs.length - 1]).toMatchObject({ text, qualifier: null });
  });
});

describe('[quantity-reading] 突破, 刚过 and 至少 + a verb bound the figure', () => {
  it.each<[string, string, string]>([
    ['绿色贷款余额突破两千亿元', '突破两千亿元', '突破'],
    ['上市公司市值突破五千亿元', '突破五千亿元', '突破'],
    ['持证上岗率刚过一半', '刚过一半', '刚过'],
    ['参训人数刚超过3000人', '刚超过3000人', '刚超过'],
    ['对患者至少提供4次面对面随访', '至少提供4次', '至少'],
    ['至少4次', '至少4次', '至少'],
  ])('%s → %s (%s)', (input, text, qualifier) => {
    const [q] = quantities(input);
    expect([q.text, q.qualifier, q.approximate]).toEqual([text, qualifier, true]);
  });

  it.each<[string, string]>([
    ['每户最高补助5000元', '5000元'], // 最高 + a verb alone: the verb's own figure, as before
    ['取得重大突破,新增3项', '3项'], // 突破 a noun, not before the figure
    ['过一半', '一半'], // 过 alone is no qualifier
  ])('no bound: %s → %s', (input, text) => {
    const [q] = quantities(input);
    expect([q.text, q.qualifier]).toEqual([text, null]);
  });
});
