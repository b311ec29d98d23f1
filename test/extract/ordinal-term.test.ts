import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { ordinalTermCount } from '../../src/extract/ordinal-term.js';

/** The count before "▲" (removed) that the marker after it names by its term: [count, as written]. */
function count(input: string, items?: number): [number, string] | null {
  const at = input.indexOf('▲');
  const text = input.replace('▲', '');
  const c = ordinalTermCount(normalize(text), at, 0, items);
  return c && [c.count, text.slice(c.span[0], c.span[1])];
}

describe('[ordinal-term] 第一个X names its item by X: the count N个X before is the list’s', () => {
  it.each<[string, string, number | undefined, [number, string] | null]>([
    ['quoted count', '围绕“三个提速”开展工作。▲第一个提速是审批', undefined, [3, '三个提速']],
    ['digits', '落实4个联动。▲第一个联动为执法', undefined, [4, '4个联动']],
    ['the items known and matching', '落实两个统筹。▲第一个统筹,城乡', 2, [2, '两个统筹']],
    ['the items known and not matching', '落实两个统筹。▲第一个统筹,城乡', 3, null],
    ['the count is itself an ordinal', '做好第二个统筹。▲第一个统筹,城乡', undefined, null],
    ['one is no list', '做好一个统筹。▲第一个统筹,城乡', undefined, null],
    ['the marker names no term', '落实两个统筹。▲第一,城乡', undefined, null],
    ['another term', '落实两个统筹。▲第一个联动,执法', undefined, null],
  ])('%s', (_label, input, items, expected) => {
    expect(count(input, items)).toEqual(expected);
  });
});
