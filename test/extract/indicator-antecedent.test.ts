import { describe, expect, it } from 'vitest';
import { antecedent } from '../../src/extract/indicator-antecedent.js';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';

const jieba = defaultSegmenter();

describe('[indicator-antecedent] a bare head takes up its full phrase from earlier in the sentence (real segmenter)', () => {
  it.each<[string, string, string, string | null]>([
    // text, figure, the bare head right before it, the phrase taken up
    ['落实县级农村供水工程维修养护资金,今年安排资金300万元', '300万元', '资金', '县级农村供水工程维修养护资金'],
    ['统筹专项资金,安排资金200万元', '200万元', '资金', '专项资金'],
    // the earlier phrase has a figure of its own in its clause: two counts
    ['全市A级旅游景区达到57家,其中5A级景区2家', '2家', '景区', null],
    // a verb of the figure's own clause names what is counted
    ['按照省定标准补充教师,今年计划招聘教师800名', '800名', '教师', null],
  ])('%s [%s] → %s', (text, figure, head, want) => {
    const view = normalize(text);
    const start = view.indexOf(figure);
    const span = antecedent(view, [start - head.length, start], jieba);
    expect(span && text.slice(span[0], span[1])).toBe(want);
  });
});
