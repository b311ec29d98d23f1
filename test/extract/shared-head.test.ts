import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';

const jieba = defaultSegmenter();
const indicators = (text: string) =>
  extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: jieba, exclude: [] }).map((q) => [q.text, q.indicator]);

describe('[shared-head] a bare 增速 or a paired head takes up the subject before it', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    ['增速高于 a reference', '中央财政科技支出今年达到3280.2亿元,比上年增长7.2%,增速高于一般公共预算支出2.1个百分点左右。',
      [['3280.2亿元', '中央财政科技支出'], ['7.2%', '中央财政科技支出'], ['2.1个百分点左右', '中央财政科技支出增速']]],
    ['收入…;支出…, then 增速', '统筹基金收入698.3亿元,同比增长6.2%;支出621.4亿元,同比增长11.7%,增速比收入高5.5个百分点。',
      [['698.3亿元', '统筹基金收入'], ['6.2%', '统筹基金收入'], ['621.4亿元', '统筹基金支出'], ['11.7%', '统筹基金支出'], ['5.5个百分点', '统筹基金支出增速']]],
    ['收入…、支出…', '去年全市职工医保基金收入9.6亿元、支出8.7亿元。', [['9.6亿元', '职工医保基金收入'], ['8.7亿元', '职工医保基金支出']]],
    ['进口…,出口…', '全市外贸进口120亿元;出口85亿元。', [['120亿元', '外贸进口'], ['85亿元', '外贸出口']]],
    // near-misses: a head with its own modifiers; 增速 in the subject's own clause; no partner before
    ['own modifiers', '一般公共预算收入52.7亿元;税收收入40.1亿元。', [['52.7亿元', '一般公共预算收入'], ['40.1亿元', '税收收入']]],
    ['增速 in its clause', '全市规上工业增加值增速达到8.5%。', [['8.5%', '规上工业增加值增速']]],
    ['no partner', '今年支出621.4亿元。', [['621.4亿元', '支出']]],
  ])('%s', (_label, input, want) => {
    expect(indicators(input)).toEqual(want);
  });
});
