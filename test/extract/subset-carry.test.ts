import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';
import { extractQuantities } from '../../src/extract/quantities.js';

/** [figure, indicator] of each quantity of `text`, segmented by jieba with the project's dictionaries. */
const read = (text: string) =>
  extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: defaultSegmenter(), exclude: [] }).map((q) => [q.text, q.indicator]);

describe('[subset-carry] 其中…的N: a part of the set counted before', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['全市农村互助幸福院共1120个，其中正常运营的860个。', [['1120个', '农村互助幸福院'], ['860个', '农村互助幸福院']]],
    ['全市共有1120个农村互助幸福院，其中正常运营的860个。', [['1120个', '农村互助幸福院'], ['860个', '农村互助幸福院']]],
    ['全市建成养老机构30家、床位1200张，其中护理型的800张', [['30家', '养老机构'], ['1200张', '床位'], ['800张', '床位']]],
    // no set before: the relative clause names nothing counted
    ['其中正常运营的860个。', [['860个', null]]],
    // near-misses: a noun after the figure is its own; without 的 the phrase is a noun; another unit is another set
    ['全市农村互助幸福院共1120个，其中正常运营的860个幸福院。', [['1120个', '农村互助幸福院'], ['860个', '幸福院']]],
    ['全市A级旅游景区达到57家，其中5A级景区2家', [['57家', '旅游景区'], ['2家', '景区']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('[subset-carry] a part read with no indicator of its own takes the set too', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['全县农村公厕共860座，其中正常使用的712座。', [['860座', '农村公厕'], ['712座', '农村公厕']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
