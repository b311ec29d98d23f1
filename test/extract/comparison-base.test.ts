// src/extract/comparison-base.ts: the base of a comparison and a comparative reference are passed over to the subject.
import { describe, expect, it } from 'vitest';
import { quotedBase } from '../../src/extract/comparison-base.js';
import { phraseBefore } from './walk-before.js';

describe('[comparison-base] the base a figure is read against is no indicator', () => {
  it.each<[string, string, string | null]>([
    ['居民出资比例原则上不低于总投资的10%', '10', '居民出资比例'],
    ['贷款增速比各项贷款增速高13.3个百分点', '13.3', '贷款增速'],
    ['优质农产品比城镇居民低3000元', '3000', '优质农产品'],
    // near-misses: a comparison with nothing measured before it, a bound with no base closed by 的
    ['比上年增长20%', '20', null],
    ['学费不超过每生每学期300元', '300', '学费'],
  ])('%s (%s) → %s', (text, figure, want) => {
    expect(phraseBefore(text, figure)).toBe(want);
  });

  it.each<[string, number]>([
    ['用时比“十二五”', 0], // the quoted period is the base of 比: the clause goes on before it
    ['他说,较“十三五”', 3],
    ['“十四五”', 5], // near-miss: a quoted name with no 比/较 before it
    ['总量', 2], // near-miss: no quotation mark
  ])('%s: the clause starts at %i', (view, want) => {
    expect(quotedBase(view, view.length)).toBe(want);
  });
});
