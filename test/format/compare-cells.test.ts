import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/format/compare-cells.js';

describe('[format/compare-cells] wrap', () => {
  it.each([
    // Without the rule each of these would end a line with the number and open the next with its unit.
    ['建设社区嵌入式养老综合体12个', 26, ['建设社区嵌入式养老综合体', '12个']],
    ['新增老年助餐点60个，覆盖全部街道', 16, ['新增老年助餐点', '60个，覆盖全部街', '道']],
    ['改造管网120公里', 11, ['改造管网', '120公里']],
    ['今年建成2024年计划的项目', 12, ['今年建成', '2024年计划的', '项目']],
    // A number wider than a line is broken as before; a line holding only the number keeps it.
    ['共计12345678901个', 8, ['共计', '12345678', '901个']],
    ['12个', 2, ['12', '个']],
  ])('%j in %d columns → %j', (text, columns, lines) => {
    const got = wrap(text, columns);
    expect(got).toEqual(lines);
    expect(got.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
  });
});
