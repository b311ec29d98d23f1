import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { perBaseAt } from '../../src/extract/per-base.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

/** The figures read from `text`, as "text=value unit kind qualifier". */
function figures(text: string): string[] {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] }).map((q) => {
    expect(text.slice(q.span[0], q.span[1])).toBe(q.text);
    return `${q.text}=${q.value} ${q.unit} ${q.kind} ${q.qualifier}`;
  });
}

describe('[per-base] a rate written per a base after a slash (t49 finding 3)', () => {
  it.each<[string, string, string[]]>([
    ['per 100,000', '孕产妇死亡率为8.7/10万，', ['8.7/10万=8.7 /10万 other null']],
    ['one per 100,000 is no fraction 1/10', '发病率为1/10万。', ['1/10万=1 /10万 other null']],
    ['the people counted, as 每10万人口 writes them', '发病率约3.2/10万人口。', ['约3.2/10万人口=3.2 /10万人 other 约']],
    ['per ten thousand', '发生率为5/万。', ['5/万=5 /万 other null']],
    ['in words of power', '死亡率为4.5/十万。', ['4.5/十万=4.5 /十万 other null']],
    ['a qualifier after the base', '控制在5.1/10万以下。', ['5.1/10万以下=5.1 /10万 other 以下']],
  ])('%s', (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it.each<[string, string]>([
    ['a fraction', '约1/3的群众'],
    ['a fraction with a qualifier', '占1/5左右'],
    ['a date', '2024/10/12发布'],
    ['money after the base', '补助3/10万元'],
    ['a count of visits after the base', '服务3/10万人次'],
    ['a figure in 万 before the slash', '完成3万/10万'],
  ])('no per-base rate: %s', (_name, text) => {
    const view = normalize(text);
    for (let i = 0; i < view.length; i++) expect(perBaseAt(view, i)).toBeNull();
  });
});
