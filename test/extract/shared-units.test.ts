// Through extractQuantities: src/extract/shared-units.ts gives the first of two coordinated figures the unit written
// once after the second (t71 #9).
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] });
}

describe('[shared-units] a unit written once after the last figure of a list', () => {
  it.each<[string, [string, number | null, string | null, string][]]>([
    ['弃风率、弃光率分别下降1.6个和0.9个百分点', [['1.6个', 1.6, '百分点', 'percentage_point'], ['0.9个百分点', 0.9, '百分点', 'percentage_point']]],
    ['风电、光伏利用小时数分别增加120和85小时', [['120', 120, '小时', 'quantity'], ['85小时', 85, '小时', 'quantity']]],
    ['城乡两级分别投入120和85万元', [['120', 1200000, '元', 'money'], ['85万元', 850000, '元', 'money']]],
    ['优良率、达标率分别提高1.5、2.3个百分点', [['1.5', 1.5, '百分点', 'percentage_point'], ['2.3个百分点', 2.3, '百分点', 'percentage_point']]],
  ])('%s', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.value, q.unit, q.kind])).toEqual(want);
  });

  it.each<[string, [string, string | null][]]>([
    // a whole unit of its own, no front of the other's
    ['优良率提高到30%和5个百分点', [['30%', '%'], ['5个百分点', '百分点']]],
    // not joined alone: a noun between
    ['新增3个县和5个百分点', [['3个', '个'], ['5个百分点', '百分点']]],
    // the first figure's measure word no front of the second's unit
    ['新增站点1.6个和覆盖率0.9%', [['1.6个', '个'], ['0.9%', '%']]],
    ['分别新增16个和9%', [['16个', '个'], ['9%', '%']]],
  ])('%s keeps each figure\'s own unit', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });
});
