import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { moveMarkerWraps, writtenMarker } from '../../src/extract/marker-wraps.js';

/** The view with the breaks inside markers moved, and the markers as written at the moves. */
function moved(text: string): { view: string; markers: string[] } {
  const r = moveMarkerWraps(normalize(text), [[0, text.length]]);
  return { view: r.view, markers: [...r.moved].map((g) => writtenMarker(text, [g + 1, g + 3], r.moved)) };
}

describe('[marker-wraps] a hard wrap inside a list marker is moved before it', () => {
  it.each<[string, string, string]>([
    ['二⏎是', '新建泵站3座;二\n是疏浚河道', '新建泵站3座; 二是疏浚河道'],
    ['一⏎是 at the start', '做好三项工作:一\n是新建泵站', '做好三项工作: 一是新建泵站'],
    ['(二⏎)', '新建泵站3座;（二\n）疏浚河道', '新建泵站3座; (二)疏浚河道'],
    ['(⏎二)', '新建泵站3座;（\n二）疏浚河道', '新建泵站3座; (二)疏浚河道'],
    ['第⏎二', '新建泵站3座;第\n二,疏浚河道', '新建泵站3座; 第二,疏浚河道'],
    ['第二方⏎面是', '抓进度;第二方\n面是抓质量', '抓进度; 第二方面是抓质量'],
  ])('%s', (_label, text, expected) => {
    expect(moved(text).view).toBe(expected);
  });
  it.each<[string, string]>([
    ['a line per item: the break before a marker stays', '新建泵站3座\n二是疏浚河道'],
    ['a wrap inside a word', '新建泵站3座,疏浚河\n道12公里'],
    ['a blank line', '新建泵站3座;二\n\n是疏浚河道'],
    ['统一 broken: no marker', '坚持统\n一是前提'],
  ])('%s: unchanged', (_label, text) => {
    expect(moved(text).view).toBe(normalize(text));
  });
  it('the marker as written leaves the break out', () => {
    expect(moved('新建泵站3座;二\n是疏浚河道').markers).toEqual(['二是']);
  });
});
