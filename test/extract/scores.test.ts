// Scores in 分 (src/extract/scores.ts), alone and through extractQuantities.
import { describe, expect, it } from 'vitest';
import { scoreEnd } from '../../src/extract/scores.js';
import { readNumeral } from '../../src/extract/numerals.js';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] }).map((q) => [q.text, q.value, q.unit, q.kind]);
}

describe('[scores] 分 after a figure in a clause of scoring', () => {
  it.each([
    ['区教育局满意度测评得分91.2分。', [['91.2分', 91.2, '分', 'quantity']]],
    ['年度综合考评得分为88.6分', [['88.6分', 88.6, '分', 'quantity']]],
    ['满分100分,得分79.5分', [['100分', 100, '分', 'quantity'], ['79.5分', 79.5, '分', 'quantity']]],
    ['该项权重提高到20分', [['20分', 20, '分', 'quantity']]],
    ['考核时被扣3分', [['3分', 3, '分', 'quantity']]],
    ['群众评价平均分九十二分。', [['九十二分', 92, '分', 'quantity']]],
    ['评分在80分以上', [['80分以上', 80, '分', 'quantity']]],
  ])('%s', (input, want) => {
    expect(quantities(input)).toEqual(want);
  });

  it.each([
    ['考评工作十分重要 (the adverb 十分)'],
    ['测评于下午3点15分开始 (a time of day)'],
    ['测评时长15分钟 (minutes)'],
    ['考核占三分之一 (a share, read as a percent)'],
    ['设有2分局 (no scoring clause)'],
    ['全程用了15分 (no scoring clause)'],
  ])('no score: %s', (input) => {
    expect(quantities(input.replace(/ \(.*\)$/, '')).filter((q) => q[2] === '分')).toEqual([]);
  });

  it('scoreEnd gives the end after 分, or 0', () => {
    const view = '测评得分85.5分';
    expect(scoreEnd(view, readNumeral(view, 4)!, '85.5')).toBe(9);
    expect(scoreEnd('用时85分', readNumeral('用时85分', 2)!, '85')).toBe(0);
  });
});
