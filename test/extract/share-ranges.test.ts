// Through extractQuantities: src/extract/share-ranges.ts joins two shares written in full into one range.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] });
}

describe('[share-ranges] two shares of the same unit joined by 至/到/a dash are one range', () => {
  it.each<[string, string, string, [number, number], string | null]>([
    ['贫困发生率降到百分之十五至百分之二十', '百分之十五至百分之二十', '%', [15, 20], null],
    ['达标率提升百分之六十到百分之七十五', '百分之六十到百分之七十五', '%', [60, 75], null],
    ['占比约百分之二十左右至百分之三十', '约百分之二十左右至百分之三十', '%', [20, 30], '约'],
    ['覆盖率达到五成至六成', '五成至六成', '%', [50, 60], null],
    ['成本降低1成到2成', '1成到2成', '%', [10, 20], null],
    ['约四分之一到三分之一的村', '约四分之一到三分之一', '%', [25, 33.3333333333], '约'],
    ['发病率控制在千分之二至千分之四', '千分之二至千分之四', '‰', [2, 4], null],
    ['占1/4—1/2', '1/4—1/2', '%', [25, 50], null],
  ])('%s → %s', (input, text, unit, range, qualifier) => {
    const qs = quantities(input);
    expect(qs.map((q) => [q.text, q.value, q.unit, q.kind, q.range, q.qualifier])).toEqual([[text, range[0], unit, 'percent', range, qualifier]]);
    expect(input.slice(qs[0].span[0], qs[0].span[1])).toBe(qs[0].text);
  });

  it.each<[string, string[]]>([
    ['百分之四十至百分之三十', ['百分之四十', '百分之三十']], // falling: two figures
    ['三成至百分之三十', ['三成', '百分之三十']], // not rising
    ['百分之三十至千分之五', ['百分之三十', '千分之五']], // another unit
    ['三成、四成', ['三成', '四成']], // a series, no link
  ])('no range: %s', (input, texts) => {
    expect(quantities(input).map((q) => [q.text, q.range])).toEqual(texts.map((t) => [t, null]));
  });
});
