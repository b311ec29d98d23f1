import { describe, expect, it } from 'vitest';
import { isMarkedHeading, isTopicHeading, plainHeading, sectionNumber } from '../../src/structure/heading-lines.js';
import { normalize } from '../../src/source/normalize.js';

describe('[heading-lines] a section heading read as its plain phrase', () => {
  it.each<[string, string]>([
    ['04 | 古城内违法建设如何遏制', '古城内违法建设如何遏制'],
    ['04|古城内违法建设如何遏制', '古城内违法建设如何遏制'],
    ['1 丨 古城内违法建设如何遏制', '古城内违法建设如何遏制'],
    ['NO.1 网络订餐谁来管', '网络订餐谁来管'],
    ['No.12 | 网络订餐谁来管', '网络订餐谁来管'],
    ['网络订餐“看不见的后厨”谁来管', '网络订餐看不见的后厨谁来管'],
    ['02 | 低级别文物“谁来看、谁来管”', '低级别文物谁来看谁来管'],
    ['“三小”行业如何规范提升', '三小行业如何规范提升'],
    // near-misses: left as they are
    ['农药残留超标问题怎么破', '农药残留超标问题怎么破'],
    ['2023 | 管网改造', '2023 | 管网改造'],
    ['04 管网改造', '04 管网改造'],
    ['NO1 管网改造', 'NO1 管网改造'],
    ['他说：“我们将加快推进。”', '他说：“我们将加快推进。”'],
  ])('%s → %s', (line, plain) => {
    expect(plainHeading(line)).toBe(plain);
  });

  it.each<[string, string | null]>([
    ['04 | 古城', '04 | '],
    ['NO.3 古城', 'NO.3 '],
    ['一、古城', null],
    ['04 古城', null],
  ])('section number of %s', (line, number) => {
    expect(sectionNumber(line)).toBe(number);
  });
});

describe('[heading-lines] a WeChat topic heading: its bar blanked in the view, a topic, a colon, a phrase (t70 #10)', () => {
  it.each<[string, boolean]>([
    ['▍校园安全：“护苗”防线怎样扎牢', true],
    ['▍表态：以问促改，守护成长', true],
    ['【司法保护：强制报告怎样落实】', true],
    ['■ 心理健康：“心病”怎样早发现早干预', true],
    // near-misses: a label with words, a sentence, a short reply under a label, a label's colon at the end
    ['委员张某：请问州民政局，标准是多少？', false],
    ['覃明华：我们将加快推进，确保年底完成。', false],
    ['张某：好的，谢谢', false],
    ['州人大代表彭家旺：', false],
    ['补贴标准：每人每月1070元提高到1170元。', false],
    // a part's heading heads a group of questions instead (groups.ts)
    ['第二场：农村公路养护', false],
    ['问水源：饮用水源地如何保护？', false],
    // a field line: its value is no headline
    ['完成时限：10月前', false],
    ['责任单位：县应急管理局', false],
  ])('%s → %s', (text, heading) => {
    expect(isTopicHeading(normalize(text))).toBe(heading);
    if (heading) expect(plainHeading(normalize(text)).startsWith('■')).toBe(true);
  });
  it.each<[string, boolean]>([
    ['▍表态：以问促改，守护成长', true],
    ['【表态：以问促改，守护成长】', true],
    ['▍问题一｜托育', true],
    ['表态：以问促改，守护成长', false], // no bar: the text's own words
    ['▍委员张某：', false],
    ['▍我们将加快推进。', false],
  ])('marked heading in the text: %s → %s', (line, marked) => {
    expect(isMarkedHeading(line)).toBe(marked);
  });
});
