import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';
import { extractQuantities } from '../../src/extract/quantities.js';
import { shareHolder, wholeShareHolderEnd } from '../../src/extract/share-holder.js';

/** The indicator of the quantity written `figure` in `text`, segmented by jieba with the project's dictionaries. */
function indicatorOf(text: string, figure: string): string | null | undefined {
  const qs = extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: defaultSegmenter(), exclude: [] });
  return qs.find((q) => q.text === figure)?.indicator;
}

describe('[share-holder] the holder of a share or progress written before its figure', () => {
  it.each<[string, string, string | null]>([
    // must read: a holder ending on a verb taggers read (补助, 支出, 调换的)
    ['改造资金中，中央和省级补助占比约45%。', '约45%', '中央和省级补助占比'],
    ['补助占比45%。', '45%', '补助占比'],
    ['选择产权调换的占比为47.3%。', '47.3%', '选择产权调换的占比'],
    ['其中用于产业发展的占比不低于60%。', '不低于60%', '用于产业发展的占比'],
    ['项目资金支出进度为92.5%。', '92.5%', '项目资金支出进度'],
    ['已支出145.6亿元，支出进度93.3%。', '93.3%', '支出进度'],
    // a bare 占/占比 clause: the share of the subject before; a change in points after it inherits it
    ['其中民生支出33.51亿元，占比80.4%，比上年提高1.6个百分点。', '80.4%', '民生支出占比'],
    ['其中民生支出33.51亿元，占比80.4%，比上年提高1.6个百分点。', '1.6个百分点', '民生支出占比'],
    ['其中新能源装机3120万千瓦，占31.6%。', '31.6%', '新能源装机占比'],
    ['补助占比45%，比上年提高2个百分点。', '2个百分点', '补助占比'],
    // 提升 links a change in points to its rate as 提高 does
    ['供电可靠率99.85%，比上年提升0.05个百分点。', '0.05个百分点', '供电可靠率'],
    ['供电可靠率99.85%，比上年提高0.05个百分点。', '0.05个百分点', '供电可靠率'],
    // near-misses: what already read stays; a share of a named whole keeps its subject
    ['产权单位出资占比不足一成。', '不足一成', '产权单位出资占比'],
    ['全市户籍人口120万人，占全省的8%。', '8%', '户籍人口'],
  ])('%s [%s] → %s', (text, figure, want) => {
    expect(indicatorOf(text, figure)).toBe(want);
  });

  it('reads no holder from a head alone, a holder with a figure, or no head', () => {
    const seg = defaultSegmenter();
    const at = (text: string, figure: string) => shareHolder(normalize(text), text.indexOf(figure), seg);
    expect(at('，占比80.4%', '80.4%')).toBeNull();
    expect(at('民生支出33亿元占比80%', '80%')).toBeNull();
    expect(at('覆盖率达到90%', '90%')).toBeNull();
  });
});

describe('[share-holder] X占Y的: a share of a whole measures its holder X, Y is the denominator', () => {
  it.each<[string, string, string | null]>([
    ['但涉老诈骗案件仍占发案总数的21%。', '21%', '涉老诈骗案件'],
    ['贫困人口约占全县总人口的3%。', '约占全县总人口的3%', '贫困人口'],
    ['老年人口已占总人口的五分之一。', '五分之一', '老年人口'],
    // near-misses: no holder in the clause (the whole stays); a verb in 占 (占用) is no share; 占比 is read by shareHolder
    ['经过努力,占全县总人口的3%。', '3%', '总人口'],
    ['违法占用耕地的5%。', '5%', '违法占用耕地'],
    ['农村人口占比为35%。', '35%', '农村人口占比'],
  ])('%s (%s) → %s', (text, figure, want) => {
    expect(indicatorOf(text, figure)).toBe(want);
  });

  it.each<[string, number]>([
    ['涉老诈骗案件仍占发案总数的', 6], ['贫困人口占全县总人口的', 4], ['老年人口已占总人口的', 4],
    ['占全县总人口的', -1], ['违法占用耕地的', -1], ['被侵占集体资产的', -1], ['占比', -1],
  ])('%s: the holder ends at %i', (clause, want) => {
    expect(wholeShareHolderEnd(clause)).toBe(want);
  });
});
