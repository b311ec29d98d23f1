import { describe, expect, it } from 'vitest';
import { bareShare, changeOfShare } from '../../src/extract/indicator-shares.js';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';

const jieba = defaultSegmenter();

describe('[indicator-shares] a share with no subject of its own is the share of the subject before (real segmenter)', () => {
  it.each<[string, string, string | null]>([
    ['民生支出33.51亿元,占比80.4%', '80.4%', '民生支出占比'],
    ['新能源装机3120万千瓦,占31.6%', '31.6%', '新能源装机占比'],
    ['民生支出33.51亿元,约占80.4%', '80.4%', '民生支出占比'],
    // a clause with a noun of its own is no bare share
    ['民生支出33.51亿元,教育支出占比20.4%', '20.4%', null],
  ])('%s [%s] → %s', (text, figure, want) => {
    expect(bareShare({ text, view: normalize(text) }, normalize(text).indexOf(figure), jieba)).toBe(want);
  });

  it.each<[string, string, string | null]>([
    ['民生支出33.51亿元,占比80.4%,比上年提高1.6个百分点', '1.6个百分点', '民生支出占比'],
    ['民生支出33.51亿元,比上年提高1.6个百分点', '1.6个百分点', null],
  ])('a change of the share: %s → %s', (text, figure, want) => {
    expect(changeOfShare({ text, view: normalize(text) }, normalize(text).indexOf(figure), jieba)).toBe(want);
  });
});
