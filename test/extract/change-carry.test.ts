// Through extractQuantities: src/extract/change-carry.ts gives the level a change reaches the indicator of the level it starts from.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';

const segmenter = defaultSegmenter();
/** The figures of `text` with their indicators, in reading order. */
function indicators(text: string): [string, string | null][] {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter, exclude: [] }).map((q) => [q.text, q.indicator]);
}

describe('[change-carry] both ends of 由…到/至… share the indicator', () => {
  it.each<[string, [string, string | null][]]>([
    ['垃圾分类覆盖率由62.5%提高到88.1%', [['62.5%', '垃圾分类覆盖率'], ['88.1%', '垃圾分类覆盖率']]],
    ['农村卫生厕所普及率由2021年的64%提升至目前的90%', [['2021年', null], ['64%', '农村卫生厕所普及率'], ['90%', '农村卫生厕所普及率']]],
    ['义务教育巩固率由去年的95%提升至今年的98%', [['95%', '义务教育巩固率'], ['98%', '义务教育巩固率']]],
    ['空置率由18%下降到9%', [['18%', '空置率'], ['9%', '空置率']]],
    ['不动产登记时限由15个工作日压缩至3个工作日', [['15个工作日', '不动产登记时限'], ['3个工作日', '不动产登记时限']]],
  ])('%s', (text, want) => {
    expect(indicators(text)).toEqual(want);
  });

  it.each<[string, [string, string | null][]]>([
    // no 由/从 before the first figure, or a phrase of its own before the second
    ['覆盖率62.5%,提高到88.1%', [['62.5%', '覆盖率'], ['88.1%', null]]],
    ['覆盖率由62.5%提高到88.1%,满意度达到90%', [['62.5%', '覆盖率'], ['88.1%', '覆盖率'], ['90%', '满意度']]],
  ])('no carry past its pair: %s', (text, want) => {
    expect(indicators(text)).toEqual(want);
  });
});

describe('[change-carry] the years of the two levels stand between them; a phrase before the first is the first\'s (t70 finding 9b)', () => {
  it.each<[string, [string, string | null][]]>([
    ['全关区备案企业由2023年的426家增加到2025年的783家', [['2023年', null], ['426家', '全关区备案企业'], ['2025年', null], ['783家', '全关区备案企业']]],
    // a topic opening the sentence is no phrase of the second level
    ['在服务企业方面,全关区备案企业由2023年的426家增加到2025年的783家', [['2023年', null], ['426家', '全关区备案企业'], ['2025年', null], ['783家', '全关区备案企业']]],
    ['人均判赔额从2021年的8.7万元提高到2025年的21.4万元', [['2021年', null], ['8.7万元', '人均判赔额'], ['2025年', null], ['21.4万元', '人均判赔额']]],
    ['试点医院由目前的12家扩大到30家', [['12家', '试点医院'], ['30家', '试点医院']]],
  ])('%s', (text, want) => {
    expect(indicators(text)).toEqual(want);
  });

  it.each<[string, [string, string | null][]]>([
    // two different nouns: the second level's own noun after it stays
    ['定点机构由原来的3家医院扩大到12家卫生院', [['3家', '医院'], ['12家', '卫生院']]],
    // a year between that is no level's time, and a figure of another kind
    ['覆盖率由62.5%提高到2025年的88.1%,满意度达到90%', [['62.5%', '覆盖率'], ['2025年', null], ['88.1%', '覆盖率'], ['90%', '满意度']]],
    // the subject of 由 read whole by the second level, a part of it by the first: the second keeps the whole
    ['线上销售占比由两成提高到三成至四成', [['两成', '线上销售'], ['三成至四成', '线上销售占比']]],
    ['企业由2023年的426家增加到2025年的5.2亿元', [['2023年', null], ['426家', '企业'], ['2025年', null], ['5.2亿元', null]]],
  ])('no carry past its own: %s', (text, want) => {
    expect(indicators(text)).toEqual(want);
  });
});

describe('[change-carry] the level after a change measures what the change does', () => {
  it.each<[string, [string, string | null][]]>([
    ['结案率同比上升1.6个百分点至93.2%', [['1.6个百分点', '结案率'], ['93.2%', '结案率']]],
    ['调解成功率较去年提高0.5个百分点,达88.4%', [['0.5个百分点', '调解成功率'], ['88.4%', '调解成功率']]],
    ['诉讼费用同比下降4.1%,为3.6亿元', [['4.1%', '诉讼费用'], ['3.6亿元', '诉讼费用']]],
    ['收案数同比增长12%,达到5200件', [['12%', '收案数'], ['5200件', '收案数']]],
    ['空置率同比下降2个百分点到7%', [['2个百分点', '空置率'], ['7%', '空置率']]],
  ])('%s', (text, want) => {
    expect(indicators(text)).toEqual(want);
  });

  it.each<[string, [string, string | null][]]>([
    // a level with a phrase of its own, a figure after a comma with no 达/为, percentage points of money
    ['结案率同比上升1.6个百分点,满意度达93.2%', [['1.6个百分点', '结案率'], ['93.2%', '满意度']]],
    ['诉讼费用同比下降4.1%,2025年再降', [['4.1%', '诉讼费用'], ['2025年', null]]],
  ])('no carry: %s', (text, want) => {
    expect(indicators(text)).toEqual(want);
  });
});

describe('[change-carry] a phrase read back into the first figure\'s unit is none of the second\'s', () => {
  it.each<[string, [string, string | null][]]>([
    ['供电煤耗由2015年的每千瓦时318克标准煤下降到305克标准煤', [['2015年', null], ['每千瓦时318克标准煤', '供电煤耗'], ['305克标准煤', '供电煤耗']]],
  ])('%s', (input, want) => {
    expect(indicators(input)).toEqual(want);
  });
});
