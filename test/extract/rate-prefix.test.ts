// Through extractQuantities: src/extract/rate-prefix.ts reads a rate's denominator opening the clause of its figure.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] });
}

type Row = [input: string, text: string, value: number, unit: string];

describe('[rate-prefix] X均 is 每X: money or a count per head, household, mu …', () => {
  it.each<Row>([
    ['脱贫户户均补助2500元', '2500元', 2500, '元/户'],
    ['农村居民人均可支配收入1.86万元', '1.86万元', 18600, '元/人'],
    ['茶园亩均投入1800元', '1800元', 1800, '元/亩'],
    ['试点村村均集体经济收入12万元', '12万元', 120000, '元/村'],
    ['法官人均结案260件', '260件', 260, '件/人'],
    ['易地搬迁户户均增收约3000元', '约3000元', 3000, '元/户'],
    // a time after X均 is a second denominator, as 每人每年
    ['护林员人均年补助9000元', '9000元', 9000, '元/人/年'],
    ['保洁员人均每月工资不低于1800元', '不低于1800元', 1800, '元/人/月'],
    ['失能老人人均每年护理补贴600元', '600元', 600, '元/人/年'],
    // a time right before X均 is a second denominator too (月人均 as 人均每月; t70 finding 9c)
    ['城乡低保对象月人均补差412元', '412元', 412, '元/人/月'],
    ['农民年人均纯收入1.2万元', '1.2万元', 12000, '元/人/年'],
    ['家庭月人均收入低于700元', '低于700元', 700, '元/人/月'],
  ])('%s → %s (%d %s)', (input, text, value, unit) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit])).toEqual([[text, value, unit]]);
  });

  it.each<[string, string, string]>([
    // 均 as "all": 个人均可, 各村均, 学生均须
    ['参保个人均可领取200元补助', '200元', '元'],
    ['各村均建成服务站2个', '2个', '个'],
    ['在校学生均须完成32学时', '32学时', '学时'],
    // a measurement, a time, an age or a change after X均 keeps its unit: the average the indicator names
    ['人均公园绿地面积14.5平方米', '14.5平方米', '平方米'],
    ['人均预期寿命79.2岁', '79.2岁', '岁'],
    ['人均受教育年限10.8年', '10.8年', '年'],
    ['人均可支配收入增长7.2%', '7.2%', '%'],
  ])('no rate: %s → %s in %s', (input, text, unit) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual([[text, unit]]);
  });

  it.each<[string, string, string]>([
    // 年/月 closing a date or a span before X均 is no denominator: the year of the figure, this year, the whole year
    ['今年人均补助500元', '500元', '元/人'],
    ['全年人均补助500元', '500元', '元/人'],
    ['上月人均补助500元', '500元', '元/人'],
    ['本月人均补助500元', '500元', '元/人'],
    ['去年人均补助500元', '500元', '元/人'],
  ])('no time before X均: %s → %s in %s', (input, text, unit) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual([[text, unit]]);
  });

  it.each<Row>([
    // The unit is the character before 均: a county, a township, a venue, a shop, an enterprise, a visit.
    ['县均投入500万元', '500万元', 5000000, '元/县'],
    ['全省县均投入财政资金800万元', '800万元', 8000000, '元/县'],
    ['2024年,乡均建成示范基地2个', '2个', 2, '个/乡'],
    ['实现镇均集体经济收入80万元', '80万元', 800000, '元/镇'],
    ['全年场均观众4200人', '4200人', 4200, '人/场'],
    ['便利店店均日销售额1.2万元', '1.2万元', 12000, '元/店/日'],
    ['规上企业的企均研发投入650万元', '650万元', 6500000, '元/企'],
    ['住院次均费用8600元', '8600元', 8600, '元/次'],
    ['示范校校均配备专职教师12名', '12名', 12, '名/校'],
    ['乡镇卫生院床均业务收入3.5万元', '3.5万元', 35000, '元/床'],
  ])('X均 with X any unit noun: %s → %s (%d %s)', (input, text, value, unit) => {
    expect(quantities(input).filter((q) => q.text === text).map((q) => [q.text, q.value, q.unit])).toEqual([[text, value, unit]]);
  });

  it.each<[string, string, string]>([
    // 均 the adverb "all" after a noun counted, pointed at or ending in X: each of them, no rate.
    ['三个县均投入500万元', '500万元', '元'],
    ['两县均投入300万元', '300万元', '元'],
    ['该县均投入300万元', '300万元', '元'],
    ['全县均投入300万元', '300万元', '元'],
    ['五个贫困县均投入300万元', '300万元', '元'],
    ['四个村均获得奖补资金20万元', '20万元', '元'],
    ['两人均获得奖励500元', '500元', '元'],
    ['农贸市场均配备快检设备3台', '3台', '台'],
    ['连锁门店均销售商品500件', '500件', '件'],
    ['试点县均有服务中心3个', '3个', '个'],
    ['培训班次均不少于40人', '不少于40人', '人'],
    ['首次均获得补贴500元', '500元', '元'],
    // 平均, 均衡, 均为: other words.
    ['县均衡配置教师300名', '300名', '名'],
    ['平均投入500万元', '500万元', '元'],
  ])('no rate: %s → %s in %s', (input, text, unit) => {
    expect(quantities(input).filter((q) => q.text === text).map((q) => [q.text, q.unit])).toEqual([[text, unit]]);
  });

  it('a figure between the prefix and the next figure takes the prefix, not the next one', () => {
    expect(quantities('户均补助3000元,比上年增加500元').map((q) => [q.text, q.unit])).toEqual([['3000元', '元/户'], ['500元', '元']]);
    expect(quantities('人均补助200元和物资2批').map((q) => [q.text, q.unit])).toEqual([['200元', '元/人'], ['2批', '批']]);
  });
});

describe('[rate-prefix] 每 + a power of ten + what is counted is the base of an indicator', () => {
  it.each<Row>([
    ['全县每千名老年人拥有养老床位仅29张', '29张', 29, '张/千人'],
    ['每万人口拥有全科医生3.2名', '3.2名', 3.2, '名/万人'],
    ['每千人口执业(助理)医师2.9人', '2.9人', 2.9, '人/千人'],
    ['每百户城镇居民家庭拥有家用汽车41辆', '41辆', 41, '辆/百户'],
    ['每10万人口拥有公共文化设施面积1300平方米', '1300平方米', 1300, '平方米/10万人'],
    ['按每100名住校生配备1名宿管员', '1名', 1, '名/100人'],
    ['每千人口拥有婴幼儿托位数达到3.5个', '3.5个', 3.5, '个/千人'],
    // A qualifier of the population before 人口 leaves the base people; the 户 of 户籍 counts no households.
    ['每千常住人口注册护士4.1人', '4.1人', 4.1, '人/千人'],
    ['每千户籍人口养老床位6.4张', '6.4张', 6.4, '张/千人'],
    ['每万服务人口家庭医生2.8名', '2.8名', 2.8, '名/万人'],
    ['每万名城镇人口公厕5.2座', '5.2座', 5.2, '座/万人'],
  ])('%s → %s (%d %s)', (input, text, value, unit) => {
    expect(quantities(input).filter((q) => q.text === text).map((q) => [q.text, q.value, q.unit])).toEqual([[text, value, unit]]);
  });

  it.each<Row>([
    // 千 opening a unit of measurement is no base of 1,000: the unit whole is the denominator, as in 0.6元/千瓦时.
    ['每千瓦时电价补贴提高后达到0.6元', '0.6元', 0.6, '元/千瓦时'],
    ['某市居民每千瓦时电价0.52元', '0.52元', 0.52, '元/千瓦时'],
    ['分布式光伏每千瓦装机补贴0.3元', '0.3元', 0.3, '元/千瓦'],
    ['每千米管网改造投资380万元', '380万元', 3800000, '元/千米'],
    ['每千克收购价格4.6元', '4.6元', 4.6, '元/千克'],
    // 万元 is 元 multiplied, the base as written (吨标准煤/万元, as 每万元GDP能耗 is reported).
    ['每万元地区生产总值能耗0.42吨标准煤', '0.42吨标准煤', 0.42, '吨标准煤/万元'],
    ['每千名儿童拥有托位4.5个', '4.5个', 4.5, '个/千人'],
  ])('a unit opening with the power: %s → %s (%d %s)', (input, text, value, unit) => {
    expect(quantities(input).filter((q) => q.text === text).map((q) => [q.text, q.value, q.unit])).toEqual([[text, value, unit]]);
  });

  it.each<[string, string[]]>([
    ['全县千名干部下基层,走访农户3200户', ['户']],
  ])('no base: %s', (input, units) => {
    expect(quantities(input).map((q) => q.unit)).toEqual(units);
  });
});

describe('[rate-prefix] 日均, or 日 opening a phrase of capacity, is 每日: an amount, money or a count per day', () => {
  it.each<Row>([
    ['新区污水厂日处理能力达到8万立方米', '8万立方米', 80000, '立方米/日'],
    ['日处理能力达到12万吨', '12万吨', 120000, '吨/日'],
    ['县城日供水量4.5万吨', '4.5万吨', 45000, '吨/日'],
    ['全县城镇污水日处理能力达到9万立方米', '9万立方米', 90000, '立方米/日'],
    ['日均处理生活垃圾860吨', '860吨', 860, '吨/日'],
    ['日均接诊患者2400人次', '2400人次', 2400, '人次/日'],
    ['景区节假日日均接待游客3.2万人次', '3.2万人次', 32000, '人次/日'],
  ])('%s → %s (%d %s)', (input, text, value, unit) => {
    expect(quantities(input).filter((q) => q.text === text).map((q) => [q.text, q.value, q.unit])).toEqual([[text, value, unit]]);
  });

  it.each<[string, string, string]>([
    // an average of a level, a temperature or a concentration is no rate; a percent neither
    ['年均气温16.5℃', '16.5℃', '℃'],
    ['河道日均水位3.2米', '3.2米', '米'],
    ['年均增长8%', '8%', '%'],
    // 年均 averages a change over years (年均增收): no rate per year
    ['近三年年均增收2000元', '2000元', '元'],
    // 日 closing a word (工作日, 节假日) and 均 the adverb "all"
    ['工作日均可办理业务300件', '300件', '件'],
    ['节假日处理量达到500件', '500件', '件'],
    ['每个工作日办理能力300件', '300件', '件'],
    ['当日处理量达到500件', '500件', '件'],
    ['近日处理能力提升到800吨', '800吨', '吨'],
    ['截至5月14日处理量达到600吨', '600吨', '吨'],
  ])('no rate: %s → %s in %s', (input, text, unit) => {
    expect(quantities(input).filter((q) => q.text === text).map((q) => q.unit)).toEqual([unit]);
  });
});

describe('[rate-prefix] perAt: an X均 prefix opening at a position (the word a tagger cuts into 亩|均)', async () => {
  const { perAt } = await import('../../src/extract/rate-prefix.js');
  it.each<[string, number, number]>([
    ['亩均投入约52元', 0, 2],
    ['茶园亩均投入1800元', 2, 4],
    ['试点县县均投入500万元', 3, 5],
    ['户均增收3000元', 0, 2],
    // near-misses: 均 "all" after a determiner or before 可/已, no 均 at all, and a position inside the word
    ['各村均投入50万元', 1, -1],
    ['三个村均投入50万元', 2, -1],
    ['个人均可领取200元', 1, -1],
    ['亩产均衡', 0, -1],
    ['亩均投入', 1, -1],
  ])('%s at %i → %i', (view, at, want) => {
    expect(perAt(view, at)).toBe(want);
  });
});
