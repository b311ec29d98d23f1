import { describe, expect, it } from 'vitest';
import { firstNotBelow, keyedWithin, rangeLookup } from '../../src/structure/sorted-search.js';

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

describe('[sorted-search] rangeLookup: items with a key in [lo, hi), in their given order', () => {
  // Unsorted on purpose (events are not always in order of start): the lookup keeps the list's own order.
  const items = [{ at: 15, id: 'a' }, { at: 3, id: 'b' }, { at: 8, id: 'c' }, { at: 8, id: 'd' }, { at: 4, id: 'e' }];
  const within = rangeLookup(items, (x) => x.at);
  it.each<[string, number, number, string[]]>([
    ['start inclusive, end exclusive, list order kept', 4, 15, ['c', 'd', 'e']],
    ['everything', 0, 100, ['a', 'b', 'c', 'd', 'e']],
    ['an empty stretch', 9, 15, []],
    ['hi below lo', 10, 2, []],
    ['one key', 8, 9, ['c', 'd']],
  ])('%s', (_, lo, hi, expected) => {
    expect(within(lo, hi).map((x) => x.id)).toEqual(expected);
    expect(within(lo, hi)).toEqual(items.filter((x) => x.at >= lo && x.at < hi));
  });
  it('over nothing', () => expect(rangeLookup([], (x: number) => x)(0, 10)).toEqual([]));
});
