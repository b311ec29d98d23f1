import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';
import { extractQuantities } from '../../src/extract/quantities.js';

/** [indicator, unit] of the quantity written `figure` in `text`, segmented by jieba with the project's dictionaries. */
function read(text: string, figure: string): [string | null, string | null] | undefined {
  const qs = extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: defaultSegmenter(), exclude: [] });
  const q = qs.find((x) => x.text === figure);
  return q && [q.indicator, q.unit];
}

describe('[indicator] levels, totals, standards and rates of change', () => {
  it.each<[string, string, [string | null, string | null]]>([
    // a total named by its measure takes up the noun of the clause before
    ['去年新增公交专用道42公里，总里程达到262公里。', '262公里', ['公交专用道总里程', '公里']],
    ['全市公交专用道总里程达到260公里。', '260公里', ['公交专用道总里程', '公里']],
    // near-miss: a total in another unit totals something else (the plant's cost, not its capacity)
    ['设计日处理能力300吨，总投资1.2亿元。', '1.2亿元', ['总投资', '元']],
    // a verb naming the kind, opening the subject before 已, is kept
    ['定制公交线路已开通41条。', '41条', ['定制公交线路', '条']],
    ['服务中心已建成12个。', '12个', ['服务中心', '个']],
    // a standard applied names what it measures after the verb applying it
    ['按照每亩每年不低于20元的标准落实管护资金。', '不低于20元', ['管护资金', '元/亩/年']],
    ['按照每人每月300元的标准。', '每人每月300元', [null, '元/人/月']],
    // both ends of a change of a rate keep its denominator and payment
    ['每餐补助由3元提高到5元。', '3元', ['补助', '元/餐']],
    ['每餐补助由3元提高到5元。', '5元', ['补助', '元/餐']],
    ['每餐补助3元。', '3元', ['补助', '元/餐']],
    ['报销周期由45天缩短到20天。', '20天', ['报销周期', '天']],
    // a level reached keeps its indicator (缩短到 as 约为)
    ['岛外线路平均候车时间缩短到约13分钟。', '约13分钟', ['岛外线路平均候车时间', '分钟']],
  ])('%s [%s] → %j', (text, figure, want) => {
    expect(read(text, figure)).toEqual(want);
  });
});

describe('[indicator] a compound noun before the figure is whole', () => {
  it.each<[string, string, [string | null, string | null]]>([
    ['明年6月底前建成粪污集中收集点30个', '30个', ['粪污集中收集点', '个']],
    ['全县建成垃圾收集点120个', '120个', ['垃圾收集点', '个']],
    // near-misses: after an adverb or a predicate verb the verb is the predicate, the head alone is left (as before)
    ['已收集点30个', '30个', ['点', '个']],
    // a question's verb and 了 is no indicator: the thing is not named in its clause
    ['剩下的15处交了没有？', '15处', [null, '处']],
  ])('%s: %s', (text, figure, want) => {
    expect(read(text, figure)).toEqual(want);
  });
});
