// Through extractQuantities: src/extract/shares.ts reads shares in words and digit fractions.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import type { Span } from '../../src/model/span.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string, exclude: Span[] = []) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude });
}

describe('[shares] half is a share: 一半 → 50 %', () => {
  it.each<[string, string, string | null]>([
    ['到达时间比去年缩短了近一半', '近一半', '近'],
    ['超过一半的村已完成改造', '超过一半', '超过'],
    ['一半以上的企业', '一半以上', '以上'],
    ['减少了一半', '一半', null],
  ])('%s → %s (qualifier %s)', (input, text, qualifier) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit, q.kind, q.qualifier])).toEqual([[text, 50, '%', 'percent', qualifier]]);
  });

  it.each(['另一半由社会资本承担', '这一半资金'])('not the other half: %s → nothing', (input) => {
    expect(quantities(input)).toEqual([]);
  });
});

describe('[shares] 一半 opening two neighbouring clauses splits in parts', () => {
  it.each(['排水管网的问题,一半在建设,一半在管理', '一半靠政府、一半靠市场'])('%s → nothing', (input) => {
    expect(quantities(input)).toEqual([]);
  });
});

describe('[shares] N成 with its tenth (七成五, 两成半) and 多/余/以上 after it', () => {
  it.each<[string, string, number, string | null]>([
    ['饮用水达标率达到七成五', '七成五', 75, null],
    ['节水灌溉面积占两成半', '两成半', 25, null],
    ['返乡创业人数增加了一成半', '一成半', 15, null],
    ['九成五以上的茶农已入社', '九成五以上', 95, '以上'],
    ['回收率超过八成五', '超过八成五', 85, '超过'],
    ['约六成五的学校已配齐', '约六成五', 65, '约'],
    ['复垦率达到三成多', '三成多', 30, '多'],
    ['旧村改造完成4成多', '4成多', 40, '多'],
    ['参保率提高到7成5', '7成5', 75, null],
    ['两成余的地块尚未确权', '两成余', 20, '余'],
    ['八成以上的村', '八成以上', 80, '以上'],
  ])('%s → %s = %d %% (qualifier %s)', (input, text, value, qualifier) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit, q.kind, q.qualifier])).toEqual([[text, value, '%', 'percent', qualifier]]);
  });

  it.each<[string, string[]]>([
    ['三成五千户仍待改造', ['三成', '五千户']], // 五 opens 五千户
    ['约三成五年内完成', ['约三成', '五年内']], // 五 opens a duration
    ['完成一成半年度任务', ['一成']], // 半 opens 半年度
    ['三成多数群众表示支持', ['三成']], // 多数 is a word
    ['两成两成地推进', ['两成', '两成']], // 两 is no tenth
  ])('the tenth or 多 opening a figure or a word of its own stays out: %s', (input, texts) => {
    expect(quantities(input).map((q) => q.text)).toEqual(texts);
  });
});

describe('[shares] 成 written once after a range of digits makes both bounds tenths', () => {
  it.each<[string, string, [number, number]]>([
    ['资金缺口压缩二到四成', '二到四成', [20, 40]],
    ['产量提高六至八成', '六至八成', [60, 80]],
    ['能耗下降1到2成', '1到2成', [10, 20]],
    ['约有四五成的农户', '约有四五成', [40, 50]],
  ])('%s → %s = %o %%', (input, text, range) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit, q.kind, q.range])).toEqual([[text, range[0], '%', 'percent', range]]);
  });

  it('多 after it qualifies the range: 两到三成多', () => {
    expect(quantities('效率提高两到三成多').map((q) => [q.text, q.range, q.qualifier, q.approximate])).toEqual([['两到三成多', [20, 30], '多', true]]);
  });

  it.each(['游客三五成群', '游客四五成群地走'])('成群 is "in groups", no share: %s', (input) => {
    expect(quantities(input)).toEqual([]);
  });
});

describe('[shares] 十分之M: 十 is a denominator as 二十 is (the adverb 十分 never stands before 之 + a numeral)', () => {
  it.each<[string, string, number, string | null]>([
    ['受益面不到十分之一', '不到十分之一', 10, '不到'],
    ['减少了十分之三', '十分之三', 30, null],
    ['约十分之七的村', '约十分之七', 70, '约'],
    ['仅占十分之零点五', '十分之零点五', 5, null],
  ])('%s → %s = %d %%', (input, text, value, qualifier) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit, q.kind, q.qualifier])).toEqual([[text, value, '%', 'percent', qualifier]]);
  });

  it.each<[string, string, number, [number, number], string | null]>([
    // An adjacent pair of numerators (七八 "seven or eight") is a range of shares, as 百分之三四十 and 三四成 are.
    ['十分之七八的村已完成改造', '十分之七八', 70, [70, 80], null],
    ['约十分之六七的企业', '约十分之六七', 60, [60, 70], '约'],
    ['五分之三四的农户', '五分之三四', 60, [60, 80], null],
  ])('a pair over the denominator: %s → %s = %d %% in %j', (input, text, value, range, qualifier) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit, q.kind, q.range, q.qualifier])).toEqual([[text, value, '%', 'percent', range, qualifier]]);
  });

  it.each(['这项工作十分重要', '群众十分之满意', '十分支持', '问题十分之严重'])('the adverb 十分 is no figure: %s', (input) => {
    expect(quantities(input)).toEqual([]);
  });
});

describe('[shares] 强/弱 closing a share is its qualifier: a little over, a little under', () => {
  it.each<[string, string, number, string, string]>([
    ['高龄老人占户籍人口的五分之一强', '五分之一强', 20, '%', '强'],
    ['留守儿童约占在校生的三分之一弱', '三分之一弱', 33.3333333333, '%', '弱'],
    ['民营企业贡献了七成强的税收', '七成强', 70, '%', '强'],
    ['外来人口已占1/4强', '1/4强', 25, '%', '强'],
    ['渗漏损失占供水总量的百分之十五弱', '百分之十五弱', 15, '%', '弱'],
    ['事故率降到千分之二弱', '千分之二弱', 2, '‰', '弱'],
    // A percent in digits takes 强/弱 as 成 does.
    ['病床周转率达到87%强', '87%强', 87, '%', '强'],
    ['空置率为12.5%弱', '12.5%弱', 12.5, '%', '弱'],
    ['返工率降到3‰弱', '3‰弱', 3, '‰', '弱'],
  ])('%s → %s', (input, text, value, unit, qualifier) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit, q.qualifier, q.approximate])).toEqual([[text, value, unit, qualifier, true]]);
  });

  it.each<[string, string]>([
    ['五分之一强化了监管', '五分之一'],
    ['三成弱势群体得到救助', '三成'],
    ['占比达到1/3强度不够', '1/3'],
    ['占比达到45%强化了信心', '45%'],
    ['完成率96%弱项仍多', '96%'],
  ])('强/弱 opening a word is none: %s → %s', (input, text) => {
    expect(quantities(input).map((q) => [q.text, q.qualifier])).toEqual([[text, null]]);
  });
});

describe('[shares] a discount is the share of the price paid: 九折 → 90 %', () => {
  it.each<[string, string, number, string | null]>([
    ['租金不高于市场租赁住房租金的九折', '不高于市场租赁住房租金的九折', 90, '不高于'], // the bound across the whole (quantity-reading.ts)
    ['门票按八五折收取', '八五折', 85, null],
    ['会员打8.5折', '8.5折', 85, null],
    ['团体票7折优惠', '7折', 70, null],
    ['老年人享受半价或五折', '五折', 50, null],
  ])('%s → %s (%d %%)', (input, text, value, qualifier) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit, q.kind, q.qualifier])).toEqual([[text, value, '%', 'percent', qualifier]]);
  });

  it.each<[string, string[]]>([
    ['印制三折页5000份', ['5000份']], // a tri-fold leaflet
    ['三折合人民币', []],
    ['九折腾', []],
    ['第九折', []],
    ['折算为12亩', ['12亩']],
    ['打折促销', []],
  ])('no discount: %s → %j', (input, want) => {
    expect(quantities(input).map((q) => q.text)).toEqual(want);
  });
});

describe('[shares] a rate per a base in words has the shape of 18.3/10万', () => {
  const read = (text: string) => extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: fakeSegmenter, exclude: [] })
    .map((q) => [q.text, q.value, q.unit, q.kind]);
  it('十万分之十八点三 and 18.3/10万 give one value and unit', () => {
    expect(read('孕产妇死亡率为十万分之十八点三')).toEqual([['十万分之十八点三', 18.3, '/10万', 'other']]);
    expect(read('孕产妇死亡率为18.3/10万')).toEqual([['18.3/10万', 18.3, '/10万', 'other']]);
  });
  it('万分之 and 千分之 keep their own units', () => {
    expect(read('不良率万分之五')).toEqual([['万分之五', 5, '‱', 'percent']]);
    expect(read('出生率千分之五点二')).toEqual([['千分之五点二', 5.2, '‰', 'percent']]);
  });
});
