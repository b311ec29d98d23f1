import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';

describe('[status-carry] a status or target figure with its subject left out measures the subject before (real segmenter)', async () => {
  const { defaultSegmenter } = await import('../../src/segment/jieba.js');
  const jieba = defaultSegmenter();
  const indicators = (text: string) =>
    extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: jieba, exclude: [] })
      .filter((q) => q.kind !== 'year').map((q) => [q.text, q.indicator]);
  it.each<[string, string, Array<[string, string | null]>]>([
    ['a plan and what is built so far', '今年计划新建家庭病床500张,截至3月底已建成186张。', [['500张', '家庭病床'], ['186张', '家庭病床']]],
    ['the indicator written after the figure is passed over', '力争年内完成128个老旧小区投放点改造,截至8月底,已完成96个。', [['128个', '老旧小区投放点'], ['96个', '老旧小区投放点']]],
    ['目前已 after a target with a year', '到2022年认定自治区级产教融合型企业100家,目前已认定37家。', [['100家', '产教融合型企业'], ['37家', '产教融合型企业']]],
    ['a target after a status, a year between', '目前建成区雨污分流比例为78%,力争2026年底达到85%。', [['78%', '建成区雨污分流比例'], ['85%', '建成区雨污分流比例']]],
    ['money planned and paid so far', '今年市级财政安排供水站改造资金4800万元,已下达3200万元。', [['4800万元', '资金'], ['3200万元', '资金']]],
    ['the next sentence, a speaker label between', '刚才提到运营比例超过80%,现在是多少?\n局长答:目前是52%。', [['超过80%', '运营比例'], ['52%', '运营比例']]],
    // near-misses: no status word; another unit; something else named between; two sentences away; a change before;
    // two things of the unit before (which one is meant is not written)
    ['a verb of another work, no status', '新建城市公园12个、改造8个。', [['12个', '城市公园'], ['8个', null]]],
    ['what is left, no status', '已完成除险加固21座,剩余17座。', [['21座', '除险加固'], ['17座', null]]],
    ['another unit', '计划新建污水处理厂5座,目前已建成3个。', [['5座', '污水处理厂'], ['3个', null]]],
    ['another thing named between', '计划新建家庭病床500张,养老院目前已建成186张。', [['500张', '家庭病床'], ['186张', null]]],
    ['two sentences away', '养老床位500张。今年还将新建。截至3月底已建成186张。', [['500张', '养老床位'], ['186张', null]]],
    ['a change before, the status a level', '安排专项资金1750万元,比上年增长13.9%,目前已拨付到位63%。', [['1750万元', '专项资金'], ['13.9%', '专项资金'], ['63%', null]]],
    ['two things counted in 个 before', '今年计划建成公共停车场9个,新增泊位3600个,目前已建成5个。', [['9个', '公共停车场'], ['3600个', '泊位'], ['5个', null]]],
  ])('%s', (_label, input, want) => {
    expect(indicators(input)).toEqual(want);
  });
});
