import { describe, expect, it } from 'vitest';
import { firstNotBelow, keyedWithin } from '../../src/structure/sorted-search.js';

describe('[sorted-search] binary search over items in order', () => {
  const starts = [3, 8, 8, 15];
  it.each<[string, number, number]>([
    ['the first at or after 8', 8, 1],
    ['between two', 9, 3],
    ['before all', 0, 0],
    ['after all', 99, 4],
  ])('firstNotBelow: %s', (_, at, expected) => {
    expect(firstNotBelow(starts.length, (i) => starts[i] < at)).toBe(expected);
  });
  it('firstNotBelow over nothing is 0', () => expect(firstNotBelow(0, () => true)).toBe(0));
  it.each<[string, number, number, number[]]>([
    ['start inclusive, end exclusive', 8, 15, [8, 8]],
    ['an empty stretch', 8, 8, []],
    ['everything', 0, 100, [3, 8, 8, 15]],
  ])('keyedWithin: %s', (_, lo, hi, expected) => {
    expect(keyedWithin(starts, (x) => x, lo, hi)).toEqual(expected);
  });
});
