// Through extractQuantities: src/extract/shares.ts reads shares in words and digit fractions.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import type { Span } from '../../src/model/span.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string, exclude: Span[] = []) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude });
}

describe('[shares] half is a share: 一半 → 50 %', () => {
  it.each<[string, string, string | null]>([
    ['到达时间比去年缩短了近一半', '近一半', '近'],
    ['超过一半的村已完成改造', '超过一半', '超过'],
    ['一半以上的企业', '一半以上', '以上'],
    ['减少了一半', '一半', null],
  ])('%s → %s (qualifier %s)', (input, text, qualifier) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit, q.kind, q.qualifier])).toEqual([[text, 50, '%', 'percent', qualifier]]);
  });

  it.each(['另一半由社会资本承担', '这一半资金'])('not the other half: %s → nothing', (input) => {
    expect(quantities(input)).toEqual([]);
  });
});

describe('[shares] 一半 opening two neighbouring clauses splits in parts', () => {
  it.each(['排水管网的问题,一半在建设,一半在管理', '一半靠政府、一半靠市场'])('%s → nothing', (input) => {
    expect(quantities(input)).toEqual([]);
  });
});
