import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';

describe('[elided-subject] a parallel clause carries what it leaves out from the figure before (real segmenter)', async () => {
  const { defaultSegmenter } = await import('../../src/segment/jieba.js');
  const jieba = defaultSegmenter();
  const indicators = (text: string) =>
    extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: jieba, exclude: [] }).map((q) => [q.text, q.indicator]);
  it.each<[string, string, Array<[string, string | null]>]>([
    ['the subject carried after 、', '全县职工医保基金收入1.52亿元、支出1.38亿元。', [['1.52亿元', '职工医保基金收入'], ['1.38亿元', '职工医保基金支出']]],
    ['the subject carried after a comma', '城乡居民医保基金收入3.86亿元,支出3.92亿元。', [['3.86亿元', '城乡居民医保基金收入'], ['3.92亿元', '城乡居民医保基金支出']]],
    ['the head carried after the same linking verb', '城镇居民人均可支配收入达到4.5万元,农村居民达到2.1万元。', [['4.5万元', '城镇居民人均可支配收入'], ['2.1万元', '农村居民人均可支配收入']]],
    ['the head carried to a place', '城区人口达到50万人,农村达到30万人。', [['50万人', '城区人口'], ['30万人', '农村人口']]],
    // near-misses: a verb is no noun's head; a noun phrase of its own; another unit; another linking verb
    ['a verb in place of a noun', '新建城市公园12个、改造8个。', [['12个', '城市公园'], ['8个', null]]],
    ['a verb phrase before: no subject to carry', '已完成除险加固21座,剩余17座。', [['21座', '除险加固'], ['17座', null]]],
    ['a phrase of its own', '全市耕地保有量为520万亩,永久基本农田为430万亩。', [['520万亩', '耕地保有量'], ['430万亩', '基本农田']]],
    ['another unit', '职工医保基金收入1.52亿元、支出38%。', [['1.52亿元', '职工医保基金收入'], ['38%', null]]],
    ['no linking verb before the first figure', '城镇居民人均可支配收入4.5万元,农村居民达到2.1万元。', [['4.5万元', '城镇居民人均可支配收入'], ['2.1万元', '农村居民']]],
  ])('%s', (_label, input, want) => {
    expect(indicators(input)).toEqual(want);
  });
});
