import { describe, expect, it } from 'vitest';
import { villageGroupAt } from '../../src/extract/group-names.js';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] }).map((q) => q.text);
}

describe('[group-names] a village group named by its number is no count', () => {
  // Each row: the text and the quantities read from it.
  it.each<[string, string[]]>([
    ['我们村三组、五组一到旱季就停水。', []],
    ['石桥村3组和7组的道路还没有硬化。', []],
    ['幸福社区二组有12户还没通自来水。', ['12户']],
    ['我们村十二组、十三组和十五组共有86户。', ['86户']],
    ['白音嘎查一组的草场退化严重。', []],
    // counts: a measure word between, no village before, another word after 组
    ['全村12个组都通了自来水。', ['12个']],
    ['我们分三组开展检查。', ['三组']],
    ['检查组分成两组,抽查了三组数据。', ['两组', '三组']],
    ['村里成立了三个组织。', ['三个']],
  ])('%s → %j', (text, expected) => {
    expect(quantities(text)).toEqual(expected);
  });

  it.each<[string, string, number]>([
    ['我们村三组', '三', 2],
    ['村三组、五组', '五', 2],
    ['村十二组', '十二', 3],
    ['分三组', '三', 0],
    ['村三组织', '三', 0],
  ])('%s at %s → length %i', (text, at, length) => {
    const view = normalize(text);
    expect(villageGroupAt(view, text.lastIndexOf(at))).toBe(length);
  });
});
