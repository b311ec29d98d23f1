// A figure broken at a line's end or across a page number (src/source/number-wraps.ts).
import { describe, expect, it } from 'vitest';
import { findNumberWraps } from '../../src/source/number-wraps.js';
import { joinWraps } from '../../src/source/joined.js';

const joined = (text: string) => joinWraps(text, findNumberWraps(text)).joined;

describe('[number-wraps] digits ending a line and digits opening the next are one figure', () => {
  it.each([
    ['为推进老旧小区改造，全年新增投入３５\n８０万元，用于改造。', '为推进老旧小区改造，全年新增投入３５８０万元，用于改造。'],
    ['“十四五”以来全市累计完成投资47\n5亿元', '“十四五”以来全市累计完成投资475亿元'],
    ['农村客运班线已经覆盖全县１１\n８个行政村', '农村客运班线已经覆盖全县１１８个行政村'],
    ['集中式饮用水水源地达标率提高到9\n6.5%', '集中式饮用水水源地达标率提高到96.5%'],
    ['今年城区雨污分流新建管网2\n6km', '今年城区雨污分流新建管网26km'],
    ['trailing spaces: 安排资金12  \n40万元', 'trailing spaces: 安排资金1240万元'],
    ['CRLF: 安排资金12\r\n40万元', 'CRLF: 安排资金1240万元'],
    ['page footer: 增加投入15\n\n— 7 —\n\n30万元。', 'page footer: 增加投入1530万元。'],
    ['full-width footer: 增加投入１５\n\n－ 7 －\n\n３０万元。', 'full-width footer: 增加投入１５３０万元。'],
    ['page line: 增加投入15\n第7页\n30万元。', 'page line: 增加投入1530万元。'],
  ])('%s', (text, want) => {
    expect(joined(text)).toBe(want);
  });

  it.each([
    ['a blank line ends a paragraph', '资金到位12\n\n40万元已拨付'],
    ['a list item opens the next line', '共分两步推进，第一步完成12\n2.开展验收'],
    ['a list item with 、', '整改问题12\n2、建立台账'],
    ['a bare number after the break', '受理件数12\n40，办结率高'],
    ['a number alone on its line (a table cell)', '合计\n12\n40万元'],
    ['a field of the page frame', '浏览次数：1234\n2024年起实施'],
    ['a line that closes a sentence', '完成12。\n40万元已拨付'],
    ['no digit opens the next line (and no unit reader given)', '今年市级财政增加投入12\n万元'],
    ['a heading ends in its number', '问题1\n2024年以来全市新增养老床位'],
  ])('%s: no join', (_why, text) => {
    expect(findNumberWraps(text)).toEqual([]);
  });

  it.each([
    ['万元 on the next line', '今年市级财政增加投入1260\n万元，', '今年市级财政增加投入1260万元，'],
    ['a measure word after a page number', '全区今年新建公办幼儿园4\n\n— 2 —\n\n所，', '全区今年新建公办幼儿园4所，'],
  ])('the unit opening the next line, with a unit reader: %s', (_why, text, want) => {
    const opensUnit = (s: string) => /^(?:万元|所)/.test(s);
    expect(joinWraps(text, findNumberWraps(text, [], opensUnit)).joined).toBe(want);
  });

  it.each([
    ['after a wrap of the document', '何振华答：我们将对吸纳搬迁群众就业的扶贫\n车间给予最高1\n0万元的奖补。', [[20, 21]], '车间给予最高10万元的奖补。'],
    ['after a figure joined on the line before', '全县共建成集中安置点6\n8个，群众4\n6户。', [], '全县共建成集中安置点68个，群众46户。'],
  ])('a short line that goes on a paragraph: %s', (_why, text, taken, want) => {
    const cuts = findNumberWraps(text, taken as [number, number][]);
    const all = [...(taken as [number, number][]), ...cuts].sort((a, b) => a[0] - b[0]);
    expect(joinWraps(text, all).joined.endsWith(want)).toBe(true);
  });

  it('a short line after a line that ends its paragraph is still a heading', () => {
    expect(findNumberWraps('前文已经说完。\n车间给予最高1\n0万元的奖补。')).toEqual([]);
  });

  it('a break already cut as a wrap of the document is not cut twice', () => {
    const text = '今年市级财政增加投入12\n60万元';
    expect(findNumberWraps(text, [[12, 13]])).toEqual([]);
    expect(findNumberWraps(text)).toEqual([[12, 13]]);
  });
});
