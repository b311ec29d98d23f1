// Durations in pieces (src/extract/durations.ts), alone and through extractQuantities.
import { describe, expect, it } from 'vitest';
import { compoundDuration, halfOrMore } from '../../src/extract/durations.js';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] })
    .map((q) => [q.text, q.value, q.unit, q.kind, q.qualifier]);
}

describe('[durations] 个多 / 个半 + a time unit', () => {
  it.each([
    ['个半小时', '小时', null, 0.5, 4],
    ['个多小时', '小时', '多', 0, 4],
    ['个半月', '个月', null, 0.5, 3],
    ['个多星期', '周', '多', 0, 4],
    ['个半钟头', '小时', null, 0.5, 4],
  ])('%s → %s', (input, unit, inner, half, end) => {
    expect(halfOrMore(input, 0)).toEqual({ unit, inner, half, end });
  });

  it.each([['个半'], ['个多项目'], ['个小时']])('none: %s', (input) => {
    expect(halfOrMore(input, 0)).toBeNull();
  });
});

describe('[durations] a compound duration is one figure in its smallest unit', () => {
  it.each([
    ['小时30分钟', 1, 90, '分钟', 6],
    ['个小时15分', 2, 135, '分钟', 6],
    ['分30秒', 4, 270, '秒', 4],
    ['分钟20秒', 3, 200, '秒', 5],
    ['小时20分30秒', 1, 4830, '秒', 8],
    ['小时二十分钟', 2, 140, '分钟', 6],
  ])('N%s (N = %d) → %d %s', (input, value, total, unit, end) => {
    expect(compoundDuration(input, 0, value)).toMatchObject({ value: total, unit, end });
  });

  it.each([['分钟'], ['小时'], ['分之一'], ['小时75分钟'], ['分'], ['小时3个项目']])('none after N: %s', (input) => {
    expect(compoundDuration(input, 0, 1)).toBeNull();
  });
});

describe('[durations] through the quantity scan', () => {
  it.each([
    ['窗口延长服务两个小时', [['两个小时', 2, '小时', 'quantity', null]]],
    ['每天开放8个小时', [['8个小时', 8, '小时', 'quantity', null]]],
    ['整改用了三个星期', [['三个星期', 3, '周', 'quantity', null]]],
    ['排队缩短到一个半小时', [['一个半小时', 1.5, '小时', 'quantity', null]]],
    ['审批压缩至3个半小时以内', [['3个半小时以内', 3.5, '小时', 'quantity', '以内']]],
    ['培训持续两个多星期', [['两个多星期', 2, '周', 'quantity', '多']]],
    ['平均接通时长2分15秒', [['2分15秒', 135, '秒', 'quantity', null]]],
    ['急救到场用时1小时10分钟', [['1小时10分钟', 70, '分钟', 'quantity', null]]],
    ['3个月内完成', [['3个月内', 3, '个月', 'quantity', '内']]], // 内 after a time is 以内
    ['1个工作日办结', [['1个工作日', 1, '个工作日', 'quantity', null]]],
  ])('%s', (input, want) => {
    expect(quantities(input)).toEqual(want);
  });

  it.each([['上午9点30分开会'], ['一个小组'], ['各个小时段'], ['中午只供应一个小时 (一个 as an article, as in fixture 94)'], ['休整一个星期']])('no duration: %s', (input) => {
    expect(quantities(input.replace(/ \(.*\)$/, '')).filter((q) => q[3] === 'quantity')).toEqual([]);
  });
});

describe('[durations] 半 after a time unit adds a half, 半 before one is a half', () => {
  it.each([
    ['整治工程争取一年半完工', [['一年半', 1.5, '年', 'quantity', null]]],
    ['项目建设周期两年半左右', [['两年半左右', 2.5, '年', 'quantity', '左右']]],
    ['培训为期三天半', [['三天半', 3.5, '天', 'quantity', null]]],
    ['试点运行了4年半', [['4年半', 4.5, '年', 'quantity', null]]],
    ['整改期限为三个半月', [['三个半月', 3.5, '个月', 'quantity', null]]],
    ['规划期还剩半年', [['半年', 0.5, '年', 'quantity', null]]],
    ['半个月内办结', [['半个月内', 0.5, '个月', 'quantity', '内']]],
    ['群众平均等候半小时', [['半小时', 0.5, '小时', 'quantity', null]]],
    ['近半年来受理投诉', [['近半年', 0.5, '年', 'quantity', null]]],
  ])('%s', (input, want) => {
    expect(quantities(input)).toEqual(want);
  });

  it.each([['今年上半年完成'], ['下半年启动'], ['每半年通报一次'], ['大半年过去了'], ['半年度报告'], ['一半以上的村']])('no half duration: %s', (input) => {
    expect(quantities(input).filter((q) => q[3] === 'quantity')).toEqual([]);
  });

  it.each([['近三年半数以上的项目', [['近三年', 3, '年', 'quantity', null]]]])('半 opening a word is no half: %s', (input, want) => {
    expect(quantities(input).filter((q) => q[3] === 'quantity')).toEqual(want);
  });
});

describe('[durations] 日 as a span of days (dayAt), never a date', () => {
  it.each<[string, unknown[][]]>([
    ['企业书面投诉一律在3日内答复', [['3日内', 3, '日', 'quantity', '内']]],
    ['投诉3日内回复', [['3日内', 3, '日', 'quantity', '内']]],
    ['用时3日', [['3日', 3, '日', 'quantity', null]]],
    ['为期5日的集中整治', [['5日', 5, '日', 'quantity', null]]],
    ['受理后30日以内办结', [['30日以内', 30, '日', 'quantity', '以内']]],
    ['审批时限压缩至3日', [['3日', 3, '日', 'quantity', null]]],
    ['近7日新增病例', [['近7日', 7, '日', 'quantity', null]]], // the past seven days, as 近五年
    ['5个工作日内办结', [['5个工作日内', 5, '个工作日', 'quantity', '内']]], // as before, with 内
  ])('%s', (input, want) => {
    expect(quantities(input)).toEqual(want);
  });

  it.each<[string, unknown[][]]>([
    ['10月3日上午召开会议', []], // a date
    ['3日上午召开会议', []], // a day of the month
    ['每月5日前发放', []], // a day of every month
    ['次月3日内报送', []], // 次月: a day of the next month
    ['会议于3日召开', []], // no bound after, no word of a span before: a date
  ])('no span: %s', (input, want) => {
    expect(quantities(input)).toEqual(want);
  });
});

describe('[durations] 内 right after a time is 以内', () => {
  it.each<[string, unknown[][]]>([
    ['社会投资小型低风险项目控制在15个工作日内', [['15个工作日内', 15, '个工作日', 'quantity', '内']]],
    ['一般诉求要求在24小时内响应', [['24小时内', 24, '小时', 'quantity', '内']]],
    ['紧急诉求要求30分钟内响应', [['30分钟内', 30, '分钟', 'quantity', '内']]],
    ['在三个月内完成整改', [['三个月内', 3, '个月', 'quantity', '内']]],
    ['3秒内接听率', [['3秒内', 3, '秒', 'quantity', '内']]],
  ])('%s', (input, want) => {
    expect(quantities(input)).toEqual(want);
  });

  it.each<[string, unknown[][]]>([
    ['学习三年内容', [['三年', 3, '年', 'quantity', null]]], // 内容: a word
    ['建成3个内设机构', [['3个', 3, '个', 'count', null]]], // not after a time
    ['两年内部审计', [['两年', 2, '年', 'quantity', null]]],
  ])('no 内: %s', (input, want) => {
    expect(quantities(input)).toEqual(want);
  });
});
