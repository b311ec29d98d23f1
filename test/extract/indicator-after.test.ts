// src/extract/indicator-after.ts: the noun phrase written after a figure.
import { describe, expect, it } from 'vitest';
import { after } from '../../src/extract/indicator-after.js';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';

/** The phrase after the first `figure` in `text` (null: none). */
function phraseAfter(text: string, figure: string): string | null {
  const view = normalize(text);
  const span = after(view, view.indexOf(figure) + figure.length, defaultSegmenter());
  return span ? text.slice(span[0], span[1]) : null;
}

describe('[indicator-after] the noun counted after a figure (real segmenter)', () => {
  it.each<[string, string, string | null]>([
    // a one-character head the tagger reads as a measure word, glued after a verb: one compound noun
    ['新建100个充电口', '100个', '充电口'],
    ['新增30个停车位,', '30个', '停车位'],
    ['改造20个排水口', '20个', '排水口'],
    ['对全市3260户脱贫户落实帮扶', '3260户', '脱贫户'],
    // an adverb of effort opens the predicate, though taggers call it a noun
    ['组织1200名网格员全力开展排查', '1200名', '网格员'],
    ['抽调120名干部大力推进', '120名', '干部'],
    ['3000名全力做好服务', '3000名', null],
    // near-misses: a verb alone after the figure is the predicate; in a relative clause closed by 的 the walk reads on
    ['建成100个,充电', '100个', null],
    ['12个已建成', '12个', null],
  ])('%s [%s] → %s', (text, figure, want) => {
    expect(phraseAfter(text, figure)).toBe(want);
  });
});
