import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { quoteMask } from '../../src/extract/quotes.js';
import { unlistedCounts } from '../../src/extract/unlisted-counts.js';

/** The counts flagged in `text`, lists (if any) starting at each "▲" (the marks are removed before reading). */
function flagged(input: string, counted: number[] = []): [number | null, string][] {
  const starts: number[] = [];
  let text = '';
  for (const ch of input) { if (ch === '▲') starts.push(text.length); else text += ch; }
  const view = normalize(text);
  return unlistedCounts(view, 0, view.length, quoteMask(view), starts, counted).map((a) => [a.count, text.slice(a.span[0], a.span[1])]);
}

describe('[unlisted-counts] a count before a colon with no list after it is flagged', () => {
  it.each([
    ['clauses with no markers', '我们将采取三项措施:修缮校舍,补充教师,提高待遇。', [[3, '三项措施']]],
    ['the colon ends the turn', '下一步重点做好两项工作:', [[2, '两项工作']]],
    ['any measure word', '今年要打好三场硬仗:治水治气治土。', [[3, '三场硬仗']]],
    ['以下 and a count closing its paragraph with 。', '我们将采取以下三项措施。\n\n今年以来各县都有进展。', [[3, '三项措施']]],
  ])('%s', (_label, text, want) => {
    expect(flagged(text)).toEqual(want);
  });

  it.each([
    ['a list right after the colon', '我们将采取三项措施:▲一是修缮校舍;二是补充教师;三是提高待遇。'],
    ['a list on the next line but one', '我们将采取两项措施:\n\n▲一是修缮校舍;\n\n二是补充教师。'],
    ['parts inline with 、', '做到三个全覆盖:检测全覆盖、追溯全覆盖、责任全覆盖。'],
    ['a quoted formulation and its clauses', '坚持“三个一律”:违规一律查处,问题一律整改,责任一律追究。'],
    ['the count modifies the verb (从三个方面加大力度:)', '将从三个方面加大力度:修缮校舍,补充教师,提高待遇。'],
    ['a figure, not a count', '工期只有三个月:年底前完工。'],
    ['a count with no colon', '我们采取了三项措施,效果明显。'],
    ['a count closing its paragraph with 。 but no 以下 (a deed reported)', '今年我们采取了三项措施。\n\n各县都有进展。'],
    ['以下 and a count whose headed lines were read', '我们将采取以下两项措施。\n\n▲加快水源建设。开工水库。\n\n实施管网延伸。延伸管网。'],
  ])('not flagged: %s', (_label, text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('not flagged: a list read elsewhere took the count as its own', () => {
    const text = '我们将采取两项措施:今年先摸底。';
    expect(flagged(text, [text.indexOf('两项措施')])).toEqual([]);
  });
});
