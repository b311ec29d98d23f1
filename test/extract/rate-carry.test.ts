// Through extractQuantities: src/extract/rate-carry.ts gives the figure a rate changes to the rate's unit.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] });
}

describe('[rate-carry] the level a rate changes to is in the rate', () => {
  it.each<[string, [string, string][]]>([
    ['高龄津贴由每人每月60元提高到100元', [['每人每月60元', '元/人/月'], ['100元', '元/人/月']]],
    ['土地流转费从每亩300元增至450元', [['每亩300元', '元/亩'], ['450元', '元/亩']]],
    ['污水处理费由每吨0.95元调整为1.2元', [['每吨0.95元', '元/吨'], ['1.2元', '元/吨']]],
    ['保洁费由每户每月10元下调至8元', [['每户每月10元', '元/户/月'], ['8元', '元/户/月']]],
    ['新增泊位由每年600个提高到900个', [['每年600个', '个/年'], ['900个', '个/年']]],
    ['户均补助由2000元提高到2600元', [['2000元', '元/户'], ['2600元', '元/户']]],
    ['补助由每人每月80元提高到不低于100元', [['每人每月80元', '元/人/月'], ['不低于100元', '元/人/月']]],
  ])('%s', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });

  it.each<[string, [string, string][]]>([
    // another unit, or words between that are no verb of change
    ['每人每月80元,全年发放1200万元', [['每人每月80元', '元/人/月'], ['1200万元', '元']]],
    ['每亩补助200元提高到2.5%', [['200元', '元/亩'], ['2.5%', '%']]],
    ['每人每月80元,提高到100元', [['每人每月80元', '元/人/月'], ['100元', '元']]],
  ])('no carry: %s', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });
});

describe('[rate-carry] the other bound of a floor-and-ceiling pair is in the rate too', () => {
  it.each<[string, [string, string, string | null][]]>([
    ['按照每人每月不低于400元、最高1000元的标准发放', [['不低于400元', '元/人/月', '不低于'], ['最高1000元', '元/人/月', '最高']]],
    ['每亩最低200元,最高500元', [['最低200元', '元/亩', '最低'], ['最高500元', '元/亩', '最高']]],
    ['每户不少于2000元、不超过5000元', [['不少于2000元', '元/户', '不少于'], ['不超过5000元', '元/户', '不超过']]],
  ])('%s', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit, q.qualifier])).toEqual(want);
  });

  it.each<[string, [string, string, string | null][]]>([
    // no bound word on either figure, or words between that join no bounds
    ['每亩200元、全年发放500万元', [['每亩200元', '元/亩', null], ['500万元', '元', null]]],
    ['每亩不低于200元,共计最高500万元', [['不低于200元', '元/亩', '不低于'], ['最高500万元', '元', '最高']]],
    ['每亩200元、最高500元', [['每亩200元', '元/亩', null], ['最高500元', '元', '最高']]], // the first is no bound
  ])('no carry: %s', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit, q.qualifier])).toEqual(want);
  });
});

describe('[rate-carry] a change compared with a rate, and the next step of a plan, are in the rate', () => {
  it.each<[string, [string, string][]]>([
    ['个人缴费标准为每人每年380元,比上年提高30元', [['每人每年380元', '元/人/年'], ['30元', '元/人/年']]],
    ['补助标准为每亩200元,较去年增加了50元', [['每亩200元', '元/亩'], ['50元', '元/亩']]],
    ['第一步,2026年提高到每亩每年650元;第二步,2028年再提高到800元', [['2026年', '年'], ['每亩每年650元', '元/亩/年'], ['2028年', '年'], ['800元', '元/亩/年']]],
    ['第一步提高到每亩650元;第二步再提高到800元', [['每亩650元', '元/亩'], ['800元', '元/亩']]],
    ['2025年提高到每人每月600元,2027年提高到800元', [['2025年', '年'], ['每人每月600元', '元/人/月'], ['2027年', '年'], ['800元', '元/人/月']]],
  ])('%s', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });

  it.each<[string, [string, string][]]>([
    // a clause prefix averages over its own clause; a new clause with nothing of a step; a sentence between
    ['户均补助3000元,比上年增加500元', [['3000元', '元/户'], ['500元', '元']]],
    ['每人每月80元,提高到100元', [['每人每月80元', '元/人/月'], ['100元', '元']]],
    ['第一步提高到每亩650元。第二步再提高到800元', [['每亩650元', '元/亩'], ['800元', '元']]],
    ['每人每年380元,比上年提高5%', [['每人每年380元', '元/人/年'], ['5%', '%']]],
  ])('no carry: %s', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });
});

describe('[rate-carry] every item of a 、-list under one 每 frame is in its rate', () => {
  it.each<[string, [string, string][]]>([
    ['按照每公里每年县道1万元、乡道0.5万元、村道0.3万元的标准', [['1万元', '元/公里/年'], ['0.5万元', '元/公里/年'], ['0.3万元', '元/公里/年']]],
    ['每人每月伙食补贴300元、交通补贴200元', [['300元', '元/人/月'], ['200元', '元/人/月']]],
  ])('%s', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });

  it.each<[string, [string, string][]]>([
    ['每人每月补贴300元、一次性补贴1000元', [['300元', '元/人/月'], ['1000元', '元']]], // a one-off is no monthly amount
    ['每人每月补贴300元、累计发放1200万元', [['300元', '元/人/月'], ['1200万元', '元']]], // a total
    ['县道1万元、乡道0.5万元', [['1万元', '元'], ['0.5万元', '元']]], // no 每 frame
    ['每公里每年县道1万元,乡道0.5万元', [['1万元', '元/公里/年'], ['0.5万元', '元']]], // a comma, no 、-list: as before
  ])('no carry: %s', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });
});

describe('[rate-carry] the figures of one 分别 list share the unit written on the first (t70 finding 9c)', () => {
  it.each<[string, [string, string][]]>([
    ['城乡低保对象月人均补差分别达到412元和286元', [['412元', '元/人/月'], ['286元', '元/人/月']]],
    ['城乡低保标准分别为每人每月580元、420元和300元', [['每人每月580元', '元/人/月'], ['420元', '元/人/月'], ['300元', '元/人/月']]],
    ['两县分别投入每亩200元和150元', [['每亩200元', '元/亩'], ['150元', '元/亩']]],
  ])('%s', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });

  it.each<[string, [string, string][]]>([
    ['分别为每人每月580元和一次性补助2000元', [['每人每月580元', '元/人/月'], ['2000元', '元']]], // a label of its own
    ['每人每月补贴580元和2000元', [['580元', '元/人/月'], ['2000元', '元']]], // no 分别: 和 alone joins no list of one measure
    ['分别为每人每月580元,全年共2000元', [['每人每月580元', '元/人/月'], ['2000元', '元']]], // another clause
  ])('no carry: %s', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });
});

// The items must be sorts of one thing (nouns), not actions: jieba's tags, as a real transcript gets them.
describe('[rate-carry] a 、-list carries the rate over sorts, never over actions', () => {
  const jieba = (text: string) => extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: defaultSegmenter(), exclude: [] });
  it.each<[string, [string, string][]]>([
    ['按照每公里每年县道1万元、乡道0.5万元、村道0.3万元的标准', [['1万元', '元/公里/年'], ['0.5万元', '元/公里/年'], ['0.3万元', '元/公里/年']]],
    ['每人每月城区600元、农村400元', [['600元', '元/人/月'], ['400元', '元/人/月']]],
    ['全县每年养护资金县道1万元、乡道0.5万元', [['1万元', '元/年'], ['0.5万元', '元/年']]], // 养护 pays for the items, no item's label
    ['每人每月伙食补贴300元、交通补贴200元', [['300元', '元/人/月'], ['200元', '元/人/月']]],
    ['每人每月生活费500元、护理费300元', [['500元', '元/人/月'], ['300元', '元/人/月']]], // fees named by a noun (生活费 is vn to jieba)
  ])('%s', (input, want) => {
    expect(jieba(input).map((q) => [q.text, q.unit])).toEqual(want);
  });

  it.each<[string, [string, string][]]>([
    ['每天收费5元、罚款200元', [['5元', '元/天'], ['200元', '元']]], // a charge and a fine: verb + object, no sorts
    ['每天停车费5元、罚款200元', [['5元', '元/天'], ['200元', '元']]], // the fine alone is an action
    ['每人每月补贴300元、奖励200元', [['300元', '元/人/月'], ['200元', '元']]], // 奖励 a verbal noun
    ['每户每年补贴300元、补贴发放200元', [['300元', '元/户/年'], ['200元', '元']]], // a verb in the label
  ])('no carry: %s', (input, want) => {
    expect(jieba(input).map((q) => [q.text, q.unit])).toEqual(want);
  });
});

describe('[rate-carry] a level set for a quoted period’s end is in the rate', () => {
  it('每千人口…2.57个，“十四五”末要达到4.5个 → both 个/千人', () => {
    expect(quantities('每千人口拥有3岁以下婴幼儿托位数为2.57个，“十四五”末要达到4.5个').filter((q) => q.unit !== '岁').map((q) => [q.text, q.unit]))
      .toEqual([['2.57个', '个/千人'], ['4.5个', '个/千人']]);
  });
  it('another clause with no period’s name keeps its unit', () => {
    expect(quantities('每千人口拥有托位数为2.57个，其中普惠托位达到1.5个').map((q) => [q.text, q.unit])).toEqual([['2.57个', '个/千人'], ['1.5个', '个']]);
  });
});
