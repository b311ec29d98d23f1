import { describe, expect, it } from 'vitest';
import { directionAt } from '../../src/extract/change-direction.js';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

/** Each quantity of the input as [text, value, direction]. */
function read(text: string): Array<[string, number | null, string | null]> {
  return extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: fakeSegmenter, exclude: [] })
    .map((q) => [q.text, q.value, q.direction]);
}

describe('[change-direction] the verb of change before a figure gives its direction', () => {
  it.each<[string, string, Array<[string, number | null, string | null]>]>([
    ['同比下降 a percent', '全市PM2.5平均浓度同比下降8.6%。', [['8.6%', 8.6, 'down']]],
    ['下降了 percentage points', '贫困发生率较上年下降了2.3个百分点。', [['2.3个百分点', 2.3, 'down']]],
    ['减少了 an area', '耕地面积减少了1.3万亩，下降1.5%。', [['1.3万亩', 13000, 'down'], ['1.5%', 1.5, 'down']]],
    ['降低, 回落, 下滑', '成本降低12%，价格回落3.5%，销量下滑4%。', [['12%', 12, 'down'], ['3.5%', 3.5, 'down'], ['4%', 4, 'down']]],
    ['负增长 is down, the value as written', '出口额负增长1.2%。', [['1.2%', 1.2, 'down']]],
    ['增长 with 约 between', '旅游收入同比增长约15%。', [['约15%', 15, 'up']]],
    ['提高, 上升, 增加', '合格率提高2.3个百分点，发案率上升1.6%，床位增加120张。',
      [['2.3个百分点', 2.3, 'up'], ['1.6%', 1.6, 'up'], ['120张', 120, 'up']]],
    ['a written minus stays negative', '出口额同比增长-2.3%。', [['-2.3%', -2.3, 'up']]],
    ['分别 … 、 carries the direction', '发案数和死亡人数同比分别下降了10.5%、14.8%。', [['10.5%', 10.5, 'down'], ['14.8%', 14.8, 'down']]],
    ['分别 … 和 carries the direction', '事故起数和死亡人数同比分别下降10.5%和14.8%。', [['10.5%', 10.5, 'down'], ['14.8%', 14.8, 'down']]],
  ])('%s', (_label, input, want) => {
    expect(read(input)).toEqual(want);
  });

  it.each<[string, string, Array<[string, number | null, string | null]>]>([
    ['a level reached after 到', '失业率下降到5%。', [['5%', 5, null]]],
    ['a level reached after 至', '贫困人口减少至1万人以下。', [['1万人以下', 10000, null]]],
    ['a rate named before its figure', '地区生产总值增长率为8%。', [['8%', 8, null]]],
    ['降幅 is a noun, no verb', '降幅为3%。', [['3%', 3, null]]],
    ['no verb at all', '全市有养老机构120家。', [['120家', 120, null]]],
    ['改造提升: upgraded, no change', '全年改造提升农贸市场15个。', [['15个', 15, null]]],
    ['和 without 分别 carries nothing', '发案数下降10%和全年建成120个站点。', [['10%', 10, 'down'], ['120个', 120, null]]],
    ['a year after a verb of change', '比2020年下降', [['2020年', 2020, null]]],
  ])('leaves alone: %s', (_label, input, want) => {
    expect(read(input)).toEqual(want);
  });

  it('says where the verb starts, for 负增长 the noun before it is the indicator', () => {
    const view = '出口额负增长1.2%';
    expect(directionAt(view, view.indexOf('1'))).toEqual({ direction: 'down', verb: 3, negativeGrowth: true });
    expect(directionAt('增长率1.2%', 3)).toBeNull();
  });

  it('负增长 is no indicator', () => {
    const text = '全市外贸出口额负增长1.2%。';
    const [q] = extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: fakeSegmenter, exclude: [] });
    expect(q.indicator).not.toBe('负增长');
    expect(q.direction).toBe('down');
  });
});
