import { describe, expect, it } from 'vitest';
import { closesLevelList } from '../../src/extract/level-lists.js';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';
import { extractQuantities } from '../../src/extract/quantities.js';

/** The indicator of the quantity written `figure` in `text`, segmented by jieba with the project's dictionaries. */
function indicatorOf(text: string, figure: string): string | null | undefined {
  const qs = extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: defaultSegmenter(), exclude: [] });
  return qs.find((q) => q.text === figure)?.indicator;
}

describe('[level-lists] N级 after a list of levels', () => {
  it.each<[string, string, boolean]>([
    ['县、乡、村三级', '三级', true],
    ['市、县两级', '两级', true],
    ['省市县三级', '三级', false], // glued levels: read whole (县乡村三级河湖长, indicator.test.ts)
    ['全县三级', '三级', false], // 全县 is a scope, one level is no list
    ['共有三级', '三级', false], // 三级医院: a grade
    ['县、乡、村三级', '三类', false], // no N级
  ])('%s|%s closes a list: %s', (before, word, want) => {
    const view = before.replace(word, '');
    expect(closesLevelList(normalize(view + word), view.length, word)).toBe(want);
  });
});

describe('[level-lists] the list and N级 qualify the noun counted', () => {
  it.each<[string, string, string | null]>([
    ['县、乡、村三级路长1426名', '1426名', '路长'],
    ['全县设立县、乡、村三级河长1426名', '1426名', '河长'],
    ['市、县两级河长300名', '300名', '河长'],
    // near-misses: a grade with no levels listed is part of the name
    ['12家三级医院', '12家', '三级医院'],
    ['全县共有三级医院3家', '3家', '三级医院'],
    ['二级以上医院5家', '5家', '二级以上医院'],
  ])('%s: %s measures %s', (text, figure, want) => {
    expect(indicatorOf(text, figure)).toBe(want);
  });
});
